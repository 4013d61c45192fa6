import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ActorContext, Ctx, RequirePermission } from '@bluecarbon/identity';
import { DocumentResponse, type DocumentView } from '@bluecarbon/documents';
import { ApiPageResponse, type Page, PageQuery, VersionedResponse } from '@bluecarbon/platform';
import { IdParams } from '../dto/common.dto';
import { AttachProjectDocumentDto } from '../dto/project-document.dto';
import { ProjectDocumentsService } from './project-documents.service';

@ApiTags('projects')
@Controller('projects/:id/documents')
export class ProjectDocumentsController {
  constructor(private readonly documents: ProjectDocumentsService) {}

  @Post()
  @RequirePermission('create', 'document')
  @ApiOperation({ summary: 'Attach a document to the project (its description, to translate): a document of the project’s city about it' })
  @VersionedResponse({ type: DocumentResponse, status: 201, location: '/api/v1/documents/:id' })
  attach(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Body() body: AttachProjectDocumentDto): Promise<DocumentView> {
    return this.documents.attach(ctx, params.id, body);
  }

  @Get()
  @RequirePermission('read', 'project')
  @ApiOperation({ summary: 'The documents about the project that you may read, oldest first' })
  @ApiPageResponse(DocumentResponse)
  list(@Ctx() ctx: ActorContext, @Param() params: IdParams, @Query() query: PageQuery): Promise<Page<DocumentView>> {
    return this.documents.list(ctx, params.id, query);
  }
}
