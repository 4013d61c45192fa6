import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@bluecarbon/platform';
import type { AuthenticatedActor } from '../access/actor';
import { CurrentActor } from '../access/current-actor.decorator';
import { RequirePermission } from '../access/permission.decorator';
import { AuditEventResponse, AuditPageResponse, AuditQuery } from '../dto/audit.dto';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit')
@Controller('audit')
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Get()
  @RequirePermission('read_audit', 'audit')
  @ApiOperation({ summary: "The audit trail, newest first: all of it for admins and stewards, their jurisdiction's for coordinators" })
  @ApiOkResponse({ type: AuditPageResponse })
  list(@CurrentActor() actor: AuthenticatedActor, @Query() query: AuditQuery): Promise<Page<AuditEventResponse>> {
    return this.auditLog.list(actor, query);
  }
}
