import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { LivenessSchema, ReadinessSchema, type Readiness } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import { createZodDto } from '../openapi/zod-dto';
import { Public } from '../auth/roles.decorator';
import { ApiErrors } from '../openapi/error-responses';
import { ReadinessRegistry } from './readiness.registry';

class LivenessDto extends createZodDto(LivenessSchema) {}
class ReadinessDto extends createZodDto(ReadinessSchema) {}

@ApiTags('health')
@Public()
@ApiErrors(429)
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessRegistry) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness probe', description: 'The process is up and serving HTTP. No API key.' })
  @ApiOkResponse({ type: LivenessDto.Output })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** PostgreSQL and Redis answer: 200, else 503 with which one failed. */
  @Get('ready')
  @ApiOperation({ summary: 'Readiness probe', description: 'PostgreSQL and Redis answer: 200; else 503 with the same body naming the check that failed. No API key.' })
  @ApiOkResponse({ type: ReadinessDto.Output })
  @ApiServiceUnavailableResponse({ type: ReadinessDto.Output, description: 'A dependency does not answer (`status: not_ready`; `checks` says which)' })
  async ready(@Res({ passthrough: true }) res: FastifyReply): Promise<Readiness> {
    const result = await this.readiness.run();
    res.status(result.ready ? 200 : 503);
    return { status: result.ready ? 'ready' : 'not_ready', checks: result.checks };
  }
}
