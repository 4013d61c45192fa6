/**
 * The demo's work for the Chinese (and Portuguese) translators: Taishan's project description,
 * written in English by Taishan's demo coordinator, not yet translated. Its sentences share
 * numbers, placeholders and glossary terms (mangrove, carbon sink, methodology, crediting
 * period, project proponent, sample plot, monitoring report) with what the team translated
 * before: TAISHAN_DEMO_MEMORY gives exact and fuzzy matches for some of them.
 */
export const TAISHAN_DEMO_TITLE = 'Taishan Zhenhai Bay mangrove project: description';

export const TAISHAN_DEMO_MARKDOWN = `# Taishan Zhenhai Bay mangrove restoration project

## Overview

Taishan lies in the southwest of Guangdong Province, with 96 hectares of mangrove along Zhenhai Bay. The project plans to restore 15 hectares of degraded mangrove within five years.

## Carbon sink

The project applies the Shenzhen mangrove conservation carbon sink methodology. It expects a carbon sink of 4,120 tCO2e over the crediting period.

- **Crediting period**: 20 years
- **Project proponent**: Taishan Natural Resources Bureau

## Monitoring

Sample plots are measured every year, and the diameter at breast height of each tree is recorded. Taishan will submit its first monitoring report in 2028.
`;

/** Days from the seed's run to the description's due date: the demo's work is always ahead. */
export const TAISHAN_DEMO_DUE_IN_DAYS = 60;

/** Approved English→Chinese pairs from the team's earlier work, kept without their document. */
export const TAISHAN_DEMO_MEMORY: { sourceText: string; targetText: string }[] = [
  {
    sourceText: 'Enping lies in the southwest of Guangdong Province, with 68 hectares of mangrove along Zhenhai Bay.',
    targetText: '恩平市位于广东省西南部，镇海湾沿岸现有红树林68公顷。',
  },
  { sourceText: 'The project plans to restore 12 hectares of degraded mangrove within five years.', targetText: '项目计划在五年内修复12公顷退化红树林。' },
  { sourceText: 'The project applies the Shenzhen mangrove conservation carbon sink methodology.', targetText: '项目采用深圳红树林保护碳汇方法学。' },
  { sourceText: 'It expects a carbon sink of 3,756 tCO2e over the crediting period.', targetText: '预计计入期内产生碳汇3756吨二氧化碳当量。' },
  { sourceText: '{1}Crediting period{/1}: 20 years', targetText: '{1}计入期{/1}：20年' },
  { sourceText: 'Enping will submit its first monitoring report in 2027.', targetText: '恩平市将于2027年提交首份监测报告。' },
];
