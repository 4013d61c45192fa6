import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENTS_TRANSLATIONS } from '@bluecarbon/documents/testing';
import { IDENTITY_TRANSLATIONS } from '@bluecarbon/identity';
import { METHODOLOGY_TRANSLATIONS } from '@bluecarbon/methodology/testing';
import { NOTIFICATIONS_TRANSLATIONS } from '@bluecarbon/notifications';
import { ONBOARDING_TRANSLATIONS } from '@bluecarbon/onboarding/testing';
import { PROJECTS_TRANSLATIONS } from '@bluecarbon/projects/testing';
import { addTranslations, buildProblem, type Locale, PLATFORM_TRANSLATIONS, SUPPORTED_LOCALES } from '@bluecarbon/platform';

/**
 * Every problem code and every validation rule, rendered as a client receives it, in every
 * locale: no raw key, no unresolved nesting, and in zh-CN no Latin-script word that is not a
 * code, a name or a value. Values are filled in with Chinese stand-ins so that only the
 * catalogue's own words remain; parameters that are themselves translated (a resource kind,
 * a reason code nested with `$t(…{{reason}})`) are walked through every value they can take.
 */
type Tree = { [key: string]: string | Tree };

const BUNDLES = [
  DOCUMENTS_TRANSLATIONS,
  IDENTITY_TRANSLATIONS,
  METHODOLOGY_TRANSLATIONS,
  NOTIFICATIONS_TRANSLATIONS,
  ONBOARDING_TRANSLATIONS,
  PROJECTS_TRANSLATIONS,
];
for (const bundle of BUNDLES) addTranslations(bundle);

const english: Tree = {};
for (const tree of [PLATFORM_TRANSLATIONS.en, ...BUNDLES.map((bundle) => bundle.en)] as Tree[]) merge(english, tree);

function merge(into: Tree, from: Tree): void {
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === 'object' && typeof into[key] === 'object') merge(into[key] as Tree, value);
    else into[key] = value;
  }
}

function group(dotted: string): Tree {
  return dotted.split('.').reduce<Tree>((node, part) => (node?.[part] as Tree) ?? {}, english);
}

/**
 * Words a Chinese message may keep: protocol and format names, header and member names a
 * client acts on, and examples of values (codes, time zones, locale tags).
 */
const ALLOWED_LATIN = new Set(
  [
    'API',
    'JSON',
    'XML',
    'XLIFF',
    'TMX',
    'TBX',
    'DOCTYPE',
    'DTD',
    'URL',
    'URI',
    'UUID',
    'ISO',
    'IANA',
    'ETag',
    'If-Match',
    'Idempotency-Key',
    'Content-Type',
    'application/xliff+xml',
    'application/xml',
    'LC_CTYPE',
    'UTF-8',
    'UTF-16',
    'C.UTF-8',
    'en_US.UTF-8',
    'i18next',
    'Webhook',
    'MiB',
    // Unicode's own name for U+0000 and ISO 8601's UTC designator: notation a user types, not English.
    'NUL',
    'Z',
    'true',
    'false',
    'en',
    'zh-CN',
    'pt-BR',
    'BR-SE',
    'CN-GD-ENPING',
    'Asia/Shanghai',
    'America/Sao_Paulo',
    'revision',
    'current',
    'errors',
    'issues',
    'id',
    'xliff',
    'source',
    'file',
    'segment',
    'trans-unit',
  ].map((word) => word.toLowerCase()),
);

const STAND_IN = '值';

function latinWords(message: string): string[] {
  // Element names in angle brackets (<tmx>, <body>), code points (U+0000) and example timestamps
  // (2030-09-14T08:00:00Z) are notation a file or a field must contain, not words.
  const notation = /<\/?[\w:.-]+>|\bU\+[0-9A-F]{4,6}\b|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})/g;
  const words = message.replace(notation, '').match(/[A-Za-z][A-Za-z0-9_.:/+-]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  return words.filter((word) => !ALLOWED_LATIN.has(word.toLowerCase()));
}

function rawKeys(message: string): string[] {
  return message.match(/\$t\(|\b(errors|validation|documents|identity|methodology|onboarding|projects|resources)\.[\w.]+/g) ?? [];
}

/** Parameter sets that visit every translated value the message's placeholders can take. */
function parameterSets(template: string): Record<string, unknown>[] {
  const nested = [...template.matchAll(/\$t\(([\w.]+)\.\{\{(\w+)\}\}\)/g)].map(([, prefix = '', name = '']) => ({
    name,
    values: Object.keys(group(prefix)),
    texts: Object.values(group(prefix)),
  }));
  // The nested messages' own placeholders are filled from the same parameters.
  const texts = [template, ...nested.flatMap((n) => n.texts.filter((text): text is string => typeof text === 'string'))];
  const names = [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '')))];
  const base: Record<string, unknown> = Object.fromEntries(names.map((name) => [name, nested.find((n) => n.name === name)?.values[0] ?? STAND_IN]));
  const sets: Record<string, unknown>[] = [base];
  for (const { name, values } of nested) for (const value of values) sets.push({ ...base, [name]: value });
  if (names.includes('resource')) for (const kind of [...Object.keys(group('resources')), '']) sets.push({ ...base, resource: kind });
  return sets;
}

const codes = Object.keys(group('errors'));
const rules = Object.keys(group('validation'));

describe('every answer in the caller language', () => {
  it('finds the catalogues', () => {
    expect(codes.length).toBeGreaterThan(80);
    expect(rules).toEqual(expect.arrayContaining(['isDefined', 'maxLength', 'unknownField', 'notOnlySourceLocale']));
  });

  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('problem codes in %s: no raw key, and no English word in zh-CN', (locale: Locale) => {
    const failures: string[] = [];
    for (const code of codes) {
      const template = (group(`errors.${code}`) as Record<string, string>).detail ?? '';
      for (const params of parameterSets(template)) {
        const problem = buildProblem({ status: 400, code, locale, params });
        for (const text of [problem.title, problem.detail]) {
          if (rawKeys(text).length || text === `errors.${code}.detail` || text === `errors.${code}.title`) failures.push(`${code}: raw key in "${text}"`);
          if (locale === 'zh-CN' && latinWords(text).length) failures.push(`${code}: ${latinWords(text).join(', ')} in "${text}"`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it.each(SUPPORTED_LOCALES.map((locale) => [locale]))('validation rules in %s: no raw key, and no English word in zh-CN', (locale: Locale) => {
    const failures: string[] = [];
    for (const rule of rules) {
      const problem = buildProblem({ status: 400, code: 'validation_failed', locale, fieldErrors: [{ field: STAND_IN, rule, args: [3, 5] }] });
      const message = problem.errors?.[0]?.message ?? '';
      if (rawKeys(message).length || message === `validation.${rule}`) failures.push(`${rule}: raw key in "${message}"`);
      if (locale === 'zh-CN' && latinWords(message).length) failures.push(`${rule}: ${latinWords(message).join(', ')} in "${message}"`);
    }
    expect(failures).toEqual([]);
  });

  it('names in the caller language every kind of record an answer can mention', () => {
    const kinds = new Set<string>();
    const pattern = /(?:RESOURCE = |Problems\.(?:notFound|conflict|preconditionFailed)\()'([a-z_]+)'/g;
    for (const file of sourceFiles(path.join(__dirname, '../../../libs'))) {
      for (const [, kind = ''] of readFileSync(file, 'utf8').matchAll(pattern)) kinds.add(kind);
    }
    expect(kinds.size).toBeGreaterThan(10);
    const named = new Set(Object.keys(group('resources')));
    expect([...kinds].filter((kind) => !named.has(kind))).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [full] : [];
  });
}
