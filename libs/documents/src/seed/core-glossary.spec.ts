import { SUPPORTED_LOCALES } from '@bluecarbon/platform';
import { Glossary } from '../domain/glossary';
import { runQaChecks } from '../domain/qa';
import { segmentMarkdown } from '../domain/segmenter';
import { fixture } from '../domain/testing/fixtures';
import { CORE_GLOSSARY } from './core-glossary';

describe('the core glossary', () => {
  it('has a preferred term in zh-CN, en and pt-BR for every concept, and no term in two concepts', () => {
    for (const concept of CORE_GLOSSARY) {
      for (const locale of SUPPORTED_LOCALES) {
        expect({ id: concept.id, locale, preferred: concept.terms[locale]?.filter((t) => t.status === 'preferred').length }).toEqual({
          id: concept.id,
          locale,
          preferred: 1,
        });
      }
    }
    for (const locale of SUPPORTED_LOCALES) {
      const terms = CORE_GLOSSARY.flatMap((c) => (c.terms[locale] ?? []).map((t) => t.text.toLowerCase()));
      expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
    }
    expect(CORE_GLOSSARY.map((c) => c.id)).toEqual(expect.arrayContaining(['mangrove', 'blue-carbon', 'carbon-sink', 'methodology', 'carbon-sink-auction']));
  });

  // The fixtures are correct translations of each other: QA must not block any of them, and
  // what it warns about must be explainable to a translator.
  const warnings: Record<string, string[]> = {
    'methodology-section zh-CN → en': [
      // "proponents shall use…": the translation shortens the term.
      '5 documents.qa.glossary.missing {"term":"项目业主","expected":"project proponent"}',
      // "below-ground to above-ground biomass": the term is split by an ellipsis.
      '16 documents.qa.glossary.missing {"term":"地下生物量","expected":"below-ground biomass"}',
    ],
    'methodology-section en → zh-CN': [],
    // "3,756 tCO2e" renders 二氧化碳当量 by the unit's symbol.
    'project-description zh-CN → en': ['8 documents.qa.glossary.missing {"term":"二氧化碳当量","expected":"CO2 equivalent"}'],
    'project-description en → zh-CN': [],
  };

  it.each([
    ['methodology-section', 'zh-CN', 'en'],
    ['methodology-section', 'en', 'zh-CN'],
    ['project-description', 'zh-CN', 'en'],
    ['project-description', 'en', 'zh-CN'],
  ])('raises no error and only explainable warnings on the %s fixture, %s → %s', async (name, from, to) => {
    const glossary = new Glossary(CORE_GLOSSARY);
    const source = await segmentMarkdown(fixture(`${name}.${from}.md`), from);
    const target = await segmentMarkdown(fixture(`${name}.${to}.md`), to);
    const findings = source.segments.flatMap((s, i) =>
      runQaChecks({ source: s.text, target: target.segments[i]?.text ?? '', sourceLocale: from, targetLocale: to }, { glossary }).map((f) => ({ i, ...f })),
    );
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => `${f.i} ${f.messageKey} ${JSON.stringify(f.params)}`)).toEqual(warnings[`${name} ${from} → ${to}`]);
  });
});
