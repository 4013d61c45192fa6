import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ActorContext } from '@bluecarbon/identity';
import { Problems } from '@bluecarbon/platform';
import { DocumentsService } from '../documents/documents.service';
import type { QaFinding } from '../domain/qa';
import { GlossaryService } from '../glossary/glossary.service';
import { TranslationsRepository } from '../repositories/translations.repository';
import { requireTarget } from './translations.service';

/**
 * QA of a text the translator is still typing, against the segment's current source and the
 * glossary: the checks a save would run, without saving. Only for those who may save it, so
 * it tells no one more than the editor they could open.
 */
@Injectable()
export class QaCheckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly glossary: GlossaryService,
    private readonly translations: TranslationsRepository,
  ) {}

  async check(ctx: ActorContext, documentId: string, segmentId: string, locale: string, text: string): Promise<{ findings: QaFinding[]; blocking: boolean }> {
    const document = await this.documents.get(ctx, documentId);
    await this.documents.assertTranslationWrite(ctx, document, locale, 'translate', segmentId);
    requireTarget(document, locale);
    const row = await this.translations.segment(this.dataSource.manager, documentId, segmentId, locale);
    if (!row) throw Problems.notFound('segment');
    return this.glossary.check(row.source_text, text, document.sourceLocale, locale);
  }
}
