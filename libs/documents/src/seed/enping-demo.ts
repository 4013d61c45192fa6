/**
 * The demo's bilingual document: Enping's project description, written in Chinese, with its
 * English translation segment by segment (placeholders as the segmenter numbers them). The
 * last English segments are left in review and untranslated, and Portuguese not started, so
 * a newcomer's translator queue has work in it.
 */
export const ENPING_DEMO_TITLE = 'Enping Zhenhai Bay mangrove project: description';

export const ENPING_DEMO_MARKDOWN = `# 恩平镇海湾红树林保护与修复项目

## 概况

恩平市位于广东省西南部，镇海湾沿岸现有红树林68公顷。项目计划在五年内修复12公顷退化红树林。

## 碳汇

项目采用深圳红树林保护碳汇方法学。预计计入期内产生碳汇3756吨二氧化碳当量。

- **计入期**：20年
- **主管单位**：恩平市自然资源局

## 下一步

恩平市将于2027年提交首份监测报告。
`;

/** English per segment, in document order; `state` is what the demo starts with. */
export const ENPING_DEMO_ENGLISH: { text: string; state: 'approved' | 'translated' }[] = [
  { text: 'Zhenhai Bay Mangrove Conservation and Restoration Project, Enping', state: 'approved' },
  { text: 'Overview', state: 'approved' },
  { text: 'Enping lies in the southwest of Guangdong Province, with 68 hectares of mangrove along Zhenhai Bay.', state: 'approved' },
  { text: 'The project plans to restore 12 hectares of degraded mangrove within five years.', state: 'approved' },
  { text: 'Carbon sink', state: 'approved' },
  { text: 'The project applies the Shenzhen mangrove conservation carbon sink methodology.', state: 'approved' },
  { text: 'It expects a carbon sink of 3,756 tCO2e over the crediting period.', state: 'approved' },
  { text: '{1}Crediting period{/1}: 20 years', state: 'approved' },
  { text: '{1}Competent authority{/1}: Enping Natural Resources Bureau', state: 'approved' },
  { text: 'Next steps', state: 'translated' },
];
