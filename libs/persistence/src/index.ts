export * from './entities';
export * from './migrations';
export * from './data-source';
export * from './persistence.module';
export * from './repositories/api-key.repository';
export * from './repositories/organisation.repository';
export * from './services/organisation.service';
export * from './opportunities';
