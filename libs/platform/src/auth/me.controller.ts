import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PrincipalSchema, ROLES, type Principal } from '@app/contracts';
import { createZodDto } from '../openapi/zod-dto';
import { CurrentPrincipal } from './principal';
import { Roles } from './roles.decorator';

class PrincipalDto extends createZodDto(PrincipalSchema) {}

@ApiTags('auth')
@Controller('me')
export class MeController {
  /** Who the API key belongs to: lets a client check its key and role. */
  @Get()
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Who this API key is', description: "The key's id, organisation and role: a console signs in by calling this with the key it was given." })
  @ApiOkResponse({ type: PrincipalDto.Output })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
