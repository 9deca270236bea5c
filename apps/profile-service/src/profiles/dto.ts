import {
  CreateProfileSchema,
  PatchProfileSchema,
  ProfileExportSchema,
  ProfileListQuerySchema,
  ProfilePageSchema,
  ProfileSchema,
  RestrictedRecordInputSchema,
  RestrictedRecordSchema,
  WithdrawConsentSchema,
} from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreateProfileDto extends createZodDto(CreateProfileSchema) {}
export class PatchProfileDto extends createZodDto(PatchProfileSchema) {}
export class ProfileListQueryDto extends createZodDto(ProfileListQuerySchema) {}
export class WithdrawConsentDto extends createZodDto(WithdrawConsentSchema) {}
export class RestrictedRecordInputDto extends createZodDto(RestrictedRecordInputSchema) {}
export class ProfileIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}

// Response shapes, for the OpenAPI document.
export class ProfileDto extends createZodDto(ProfileSchema) {}
export class ProfilePageDto extends createZodDto(ProfilePageSchema) {}
export class ProfileExportDto extends createZodDto(ProfileExportSchema) {}
export class RestrictedRecordDto extends createZodDto(RestrictedRecordSchema) {}
