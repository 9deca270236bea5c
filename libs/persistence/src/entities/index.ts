import { ApiKeyEntity } from './api-key.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutboxEntity } from './outbox.entity';

export { ApiKeyEntity, OrganisationEntity, OutboxEntity };

export const ENTITIES = [OrganisationEntity, ApiKeyEntity, OutboxEntity];
