import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../http/public.decorator';
import { HealthService, type Readiness } from './health.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependencies checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database answers and suits the product (engine, locale); 503 from the moment the process is asked to stop' })
  @ApiOkResponse({ description: 'Ready; names the engine: embedded or server' })
  @ApiServiceUnavailableResponse({ description: 'Not ready; problem+json says why' })
  ready(): Promise<Readiness> {
    return this.health.readiness();
  }
}
