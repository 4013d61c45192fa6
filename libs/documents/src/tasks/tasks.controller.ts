import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, RequirePermission } from '@bluecarbon/identity';
import { ApiPageResponse } from '@bluecarbon/platform';
import { TasksQuery } from '../dto/document.dto';
import { TaskResponse } from '../dto/views.dto';
import { TasksService } from './tasks.service';

@ApiTags('documents')
@Controller('translation-tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('translate', 'translation')
  @ApiOperation({ summary: 'Documents with untranslated, outdated or unreviewed segments in your locales, soonest due first' })
  @ApiPageResponse(TaskResponse)
  async queue(@CurrentActor() actor: AuthenticatedActor, @Query() query: TasksQuery) {
    return this.tasks.queue(actor, query.locale, query.limit, query.cursor);
  }
}
