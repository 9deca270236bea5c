import { ApiKeyEntity } from './api-key.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutboxEntity } from './outbox.entity';

export { ApiKeyEntity, OrganisationEntity, OutboxEntity };

export const ENTITIES: Array<new () => object> = [OrganisationEntity, ApiKeyEntity, OutboxEntity];
import { OpportunityEntity } from '../opportunities/opportunity.entity';
ENTITIES.push(OpportunityEntity);
import { AuditLogEntity, ProfileEntity, RestrictedRecordEntity } from '../profiles/entities';
ENTITIES.push(ProfileEntity, RestrictedRecordEntity, AuditLogEntity);
