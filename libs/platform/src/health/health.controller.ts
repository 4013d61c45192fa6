import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { DatabaseEngine } from '../config/app-config';
import { Public } from '../http/public.decorator';
import { HealthService, type Readiness } from './health.service';

class LiveResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

class DatabaseReadiness {
  @ApiProperty({ enum: ['embedded', 'server'] }) engine!: DatabaseEngine;
  @ApiProperty() version!: string;
  @ApiProperty({ example: 'C.UTF-8' }) ctype!: string;
}

class ReadinessResponse implements Readiness {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: DatabaseReadiness }) database!: DatabaseReadiness;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependencies checked)' })
  @ApiOkResponse({ type: LiveResponse })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'The database answers and suits the product (engine, locale); 503 from the moment the process is asked to stop' })
  @ApiOkResponse({ type: ReadinessResponse, description: 'Ready; names the engine: embedded or server' })
  @ApiServiceUnavailableResponse({ description: 'Not ready; problem+json says why' })
  ready(): Promise<Readiness> {
    return this.health.readiness();
  }
}
