import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, CurrentActor, RequirePermission } from '@bluecarbon/identity';
import { TasksQuery } from '../dto/document.dto';
import { TasksService } from './tasks.service';

@ApiTags('documents')
@Controller('translation-tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @RequirePermission('translate', 'translation')
  @ApiOkResponse({ description: 'Documents with untranslated, outdated or unreviewed segments in your locales, soonest due first' })
  async queue(@CurrentActor() actor: AuthenticatedActor, @Query() query: TasksQuery) {
    return this.tasks.queue(actor, query.locale, query.limit, query.cursor);
  }
}
