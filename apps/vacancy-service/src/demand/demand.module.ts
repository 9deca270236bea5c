import { Module } from '@nestjs/common';
import { DemandController } from './demand.controller';

/** POST /demand/indicators, GET /demand; needs the taxonomy (TaxonomyModule) for occupation ids. */
@Module({ controllers: [DemandController] })
export class DemandModule {}
