import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type Principal } from '@app/contracts';
import { CurrentPrincipal } from './principal';
import { Roles } from './roles.decorator';

@ApiTags('auth')
@Controller('me')
export class MeController {
  /** Who the API key belongs to: lets a client check its key and role. */
  @Get()
  @Roles(...ROLES)
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
