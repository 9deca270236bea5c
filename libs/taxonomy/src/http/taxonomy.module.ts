import { Global, Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';

/**
 * The taxonomy endpoints and the injectable TaxonomyService, shared by profile-service and
 * vacancy-service (append `TaxonomyModule` to the app's imports; needs PersistenceModule's DataSource).
 * Global, so feature modules of an app inject TaxonomyService without importing this module again.
 */
@Global()
@Module({
  controllers: [TaxonomyController],
  providers: [TaxonomyService],
  exports: [TaxonomyService],
})
export class TaxonomyModule {}
