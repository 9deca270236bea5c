import {
  AddFairOpportunitiesSchema,
  CohortSchema,
  CreateCohortSchema,
  CreateFairSchema,
  CreateShortlistSchema,
  EmployerShortlistSchema,
  FairListQuerySchema,
  FairPageSchema,
  FairShortlistsSchema,
  FairSchema,
  RegisterAttendeesSchema,
  RegistrationResultSchema,
  ShortlistAcceptedSchema,
  ShortlistResultsSchema,
  ShortlistStatusSchema,
} from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreateFairDto extends createZodDto(CreateFairSchema) {}
export class RegisterAttendeesDto extends createZodDto(RegisterAttendeesSchema) {}
export class AddFairOpportunitiesDto extends createZodDto(AddFairOpportunitiesSchema) {}
export class CreateShortlistDto extends createZodDto(CreateShortlistSchema) {}
export class CreateCohortDto extends createZodDto(CreateCohortSchema) {}
export class FairListQueryDto extends createZodDto(FairListQuerySchema) {}
export class IdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
export class ShortlistOpportunityParamDto extends createZodDto(z.strictObject({ id: z.uuid(), opportunityId: z.uuid() })) {}
// Response shapes, for the OpenAPI document.
export class FairDto extends createZodDto(FairSchema) {}
export class FairPageDto extends createZodDto(FairPageSchema) {}
export class FairShortlistsDto extends createZodDto(FairShortlistsSchema) {}
export class RegistrationResultDto extends createZodDto(RegistrationResultSchema) {}
export class ShortlistAcceptedDto extends createZodDto(ShortlistAcceptedSchema) {}
export class ShortlistStatusDto extends createZodDto(ShortlistStatusSchema) {}
export class ShortlistResultsDto extends createZodDto(ShortlistResultsSchema) {}
export class EmployerShortlistDto extends createZodDto(EmployerShortlistSchema) {}
export class CohortDto extends createZodDto(CohortSchema) {}
