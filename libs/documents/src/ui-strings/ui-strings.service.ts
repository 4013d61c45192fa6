import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
import { asProblem } from '../documents-problems';
import { exportI18nextJson, type I18nextResource, importI18nextJson, type PluralCategory, type UiString } from '../engine/i18next-json';
import { DocumentEvents } from '../events/document-events.service';

/**
 * UI string namespaces for developers' i18next files: short strings, stored per key and
 * locale, plural forms by the locale's own categories (zh: other; pt: one/many/other).
 */
@Injectable()
export class UiStringsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly events: DocumentEvents,
  ) {}

  async export(namespace: string, locale: string): Promise<{ resource: I18nextResource; missing: string[] }> {
    const rows: { key: string; text: string | null; plural: Partial<Record<PluralCategory, string>> | null }[] = await this.dataSource.query(
      `SELECT key, text, plural FROM ui_string WHERE namespace = $1 AND locale = $2 ORDER BY key`,
      [namespace, locale],
    );
    const strings: UiString[] = rows.map((row) => ({ key: row.key, ...(row.plural ? { plural: row.plural } : { text: row.text ?? '' }) }));
    const { resource, missing } = exportI18nextJson(strings, locale);
    return { resource, missing };
  }

  /** Replaces the given keys of a namespace in one locale (keys not in the file stay). */
  async import(ctx: ActorContext, namespace: string, locale: string, file: unknown) {
    const { actor } = ctx;
    // UI strings belong to no city: the policy sees a shared translation in `locale`.
    await this.access.assert(ctx, 'translate', { kind: 'translation', locale, jurisdictionCode: null, jurisdictionId: null }, namespace);
    const parsed = asProblem(() => importI18nextJson(JSON.stringify(file ?? null), locale));
    await this.dataSource.transaction(async (manager) => {
      if (parsed.strings.length) {
        await manager.query(
          `INSERT INTO ui_string (namespace, locale, key, text, plural, updated_by)
           SELECT $1, $2, v.key, v.text, v.plural::jsonb, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS v(key, text, plural)
           ON CONFLICT (namespace, locale, key) DO UPDATE SET text = EXCLUDED.text, plural = EXCLUDED.plural, updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [
            namespace,
            locale,
            actor.userId,
            parsed.strings.map((entry) => entry.key),
            parsed.strings.map((entry) => entry.text ?? null),
            parsed.strings.map((entry) => (entry.plural ? JSON.stringify(entry.plural) : null)),
          ],
        );
      }
      await this.events.record(manager, {
        type: 'documents.ui_strings.imported',
        actor,
        context: ctx,
        subjectType: 'ui_string_namespace',
        subjectId: `${namespace}/${locale}`,
        document: null,
        after: { namespace, locale, keys: parsed.strings.length },
      });
    });
    return { namespace, locale, imported: parsed.strings.length, unexpected: parsed.unexpected, missing: parsed.missing };
  }
}
