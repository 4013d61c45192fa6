import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService, type ActorContext } from '@bluecarbon/identity';
import { DEFAULT_LOCALE, type Locale, SUPPORTED_LOCALES, translate } from '@bluecarbon/platform';
import { asProblem } from '../documents-problems';
import { exportI18nextJson, type I18nextResource, importI18nextJson, missingKeys, type UiString, type UnusedForm, unknownKeys } from '../domain/i18next-json';
import { DocumentEvents } from '../events/document-events.service';
import { type UiStringRow, UiStringsRepository } from '../repositories/ui-strings.repository';

/** The locale UI strings are written in first; other locales are checked against it. */
export const UI_SOURCE_LOCALE = DEFAULT_LOCALE;

export interface LocaleGaps {
  locale: string;
  keys: number;
  missingKeys: string[];
  missingPlurals: string[];
}

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
    private readonly uiStrings: UiStringsRepository,
  ) {}

  /**
   * The namespace in `locale`, the plural forms it lacks, those it has that no count selects,
   * and the keys of the source locale (UI strings are written in English first) that it has
   * not translated at all.
   */
  async export(namespace: string, locale: string): Promise<{ resource: I18nextResource; missing: string[]; unused: string[]; missingKeys: string[] }> {
    const strings = await this.strings(namespace, locale);
    const source = locale === UI_SOURCE_LOCALE ? strings : await this.strings(namespace, UI_SOURCE_LOCALE);
    const { resource, missing, unused } = exportI18nextJson(strings, locale);
    return { resource, missing, unused: unused.map((form) => form.key), missingKeys: missingKeys(source, strings) };
  }

  /** Every namespace, with how many keys each locale has. */
  async namespaces(): Promise<{ namespace: string; keys: Record<string, number> }[]> {
    const byNamespace = new Map<string, Record<string, number>>();
    for (const row of await this.uiStrings.namespaces()) {
      const keys = byNamespace.get(row.namespace) ?? {};
      keys[row.locale] = Number(row.keys);
      byNamespace.set(row.namespace, keys);
    }
    return [...byNamespace].map(([namespace, keys]) => ({ namespace, keys }));
  }

  /**
   * What each supported locale lacks against the source: keys absent or blank, and plural forms
   * the locale needs. A namespace nobody wrote yet answers zeros, as its export answers `{}`.
   */
  async gaps(namespace: string): Promise<{ namespace: string; sourceLocale: string; locales: LocaleGaps[] }> {
    const byLocale = new Map<string, UiString[]>();
    for (const row of await this.uiStrings.allLocales(namespace)) {
      const strings = byLocale.get(row.locale) ?? [];
      strings.push(toUiString(row));
      byLocale.set(row.locale, strings);
    }
    const source = byLocale.get(UI_SOURCE_LOCALE) ?? [];
    const locales = [UI_SOURCE_LOCALE, ...SUPPORTED_LOCALES.filter((locale) => locale !== UI_SOURCE_LOCALE)].map((locale) => {
      const strings = byLocale.get(locale) ?? [];
      return { locale, keys: strings.length, missingKeys: missingKeys(source, strings), missingPlurals: exportI18nextJson(strings, locale).missing };
    });
    return { namespace, sourceLocale: UI_SOURCE_LOCALE, locales };
  }

  private async strings(namespace: string, locale: string): Promise<UiString[]> {
    return (await this.uiStrings.namespace(namespace, locale)).map(toUiString);
  }

  /** Replaces the given keys of a namespace in one locale (keys not in the file stay). */
  async import(ctx: ActorContext, namespace: string, locale: string, file: unknown) {
    const { actor } = ctx;
    // UI strings belong to no city: the policy sees a shared translation in `locale`.
    await this.access.assert(ctx, 'translate', { kind: 'translation', locale, jurisdictionCode: null, jurisdictionId: null }, namespace);
    const parsed = asProblem(() => importI18nextJson(JSON.stringify(file ?? null), locale));
    // Read before the transaction: the embedded engine has one session.
    const unknown = locale === UI_SOURCE_LOCALE ? [] : unknownKeys(await this.strings(namespace, UI_SOURCE_LOCALE), parsed.strings);
    await this.dataSource.transaction(async (manager) => {
      if (parsed.strings.length) {
        const strings = parsed.strings.map((entry) => ({ key: entry.key, text: entry.text ?? null, plural: entry.plural ?? null }));
        await this.uiStrings.upsert(manager, { namespace, locale, updatedBy: actor.userId }, strings);
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
    return {
      namespace,
      locale,
      imported: parsed.strings.length,
      keys: parsed.strings.map((entry) => entry.key),
      unused: parsed.unused.map((form) => ({ key: form.key, message: unusedMessage(ctx.locale, locale, form) })),
      missing: parsed.missing,
      unknownKeys: unknown,
    };
  }
}

function toUiString(row: UiStringRow): UiString {
  return { key: row.key, ...(row.plural ? { plural: row.plural } : { text: row.text ?? '' }) };
}

/** Why a form is kept but never shown, in the caller's language. */
function unusedMessage(callerLocale: Locale, locale: string, form: UnusedForm): string {
  return translate(callerLocale, 'documents.i18next.unusedForm', { key: form.key, locale, forms: form.usedInstead.join(', ') });
}
