import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { PluralCategory } from '../domain/i18next-json';

export interface UiStringRow {
  key: string;
  text: string | null;
  plural: Partial<Record<PluralCategory, string>> | null;
}

/** Named queries over `ui_string`. */
@Injectable()
export class UiStringsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A namespace's strings in one locale, by key. */
  namespace(namespace: string, locale: string): Promise<UiStringRow[]> {
    return this.dataSource.query(`SELECT key, text, plural FROM ui_string WHERE namespace = $1 AND locale = $2 ORDER BY key`, [namespace, locale]);
  }

  /** Every namespace with its key count per locale (a plural key counts once). */
  namespaces(): Promise<{ namespace: string; locale: string; keys: number }[]> {
    return this.dataSource.query(`SELECT namespace, locale, count(*)::int AS keys FROM ui_string GROUP BY namespace, locale ORDER BY namespace, locale`);
  }

  /** A namespace's strings in every locale, by locale and key. */
  allLocales(namespace: string): Promise<(UiStringRow & { locale: string })[]> {
    return this.dataSource.query(`SELECT locale, key, text, plural FROM ui_string WHERE namespace = $1 ORDER BY locale, key`, [namespace]);
  }

  /** Writes the given keys (a key already stored takes the new text); other keys stay. */
  async upsert(manager: EntityManager, target: { namespace: string; locale: string; updatedBy: string }, strings: readonly UiStringRow[]): Promise<void> {
    await manager.query(
      `INSERT INTO ui_string (namespace, locale, key, text, plural, updated_by)
       SELECT $1, $2, v.key, v.text, v.plural::jsonb, $3 FROM unnest($4::text[], $5::text[], $6::text[]) AS v(key, text, plural)
       ON CONFLICT (namespace, locale, key) DO UPDATE SET text = EXCLUDED.text, plural = EXCLUDED.plural, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [
        target.namespace,
        target.locale,
        target.updatedBy,
        strings.map((entry) => entry.key),
        strings.map((entry) => entry.text),
        strings.map((entry) => (entry.plural ? JSON.stringify(entry.plural) : null)),
      ],
    );
  }
}
