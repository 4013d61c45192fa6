import { Injectable } from '@nestjs/common';
import type { ActorContext } from '@bluecarbon/identity';
import { type DocumentView, DocumentsService, toDocumentView, withRevisionSummary } from '@bluecarbon/documents';
import type { Page, PageQuery } from '@bluecarbon/platform';
import type { AttachProjectDocumentDto } from '../dto/project-document.dto';
import { ProjectsService } from '../projects/projects.service';

/**
 * A project's documents (its description in zh-CN, en and pt-BR, …) are documents of the
 * documents lib whose subject is the project: translated, reviewed and published there. Seeing
 * them needs the project visible (a draft of another city is 404 here as it is on the
 * project) and each document readable; attaching one is the documents lib's create in the
 * project's city, so its rules (who writes in a city) decide.
 */
@Injectable()
export class ProjectDocumentsService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly documents: DocumentsService,
  ) {}

  async list(ctx: ActorContext, projectId: string, query: PageQuery): Promise<Page<DocumentView>> {
    const project = await this.projects.load(ctx, projectId, 'read');
    const page = await this.documents.listOfSubject(ctx.actor, { type: 'project', id: project.id }, query.limit, query.cursor);
    return { ...page, items: page.items.map(toDocumentView) };
  }

  async attach(ctx: ActorContext, projectId: string, input: AttachProjectDocumentDto): Promise<ReturnType<typeof withRevisionSummary>> {
    const project = await this.projects.load(ctx, projectId, 'read');
    const created = await this.documents.create(ctx, { ...input, subjectType: 'project', subjectId: project.id, jurisdictionCode: project.jurisdictionCode });
    return withRevisionSummary(created);
  }
}
