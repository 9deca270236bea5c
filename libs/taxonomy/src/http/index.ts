// Nest side of the taxonomy, kept out of the lib's main index so scripts and the engine load no framework.
export * from './taxonomy.module';
export * from './taxonomy.service';
export * from './taxonomy.controller';
export * from './label-resolution';
