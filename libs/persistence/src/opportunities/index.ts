export * from './opportunity.entity';
export * from './opportunity.mapper';
export * from './opportunity-access';
export * from './opportunity.repository';
export * from './opportunity.service';
export * from './opportunity-import.service';
