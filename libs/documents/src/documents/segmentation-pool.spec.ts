import { AppConfig, loadEnvironment, Metrics } from '@bluecarbon/platform';
import { revisionSourceOf } from './revision-source';
import { SEGMENT_IN_WORKER_FROM_CHARS, SegmentationPool } from './segmentation-pool';

/** A long document with every kind of block and inline markup the segmenter handles, numbered so no two blocks are alike. */
function longDocument(locale: 'en' | 'zh-CN', blocks: number): string {
  const parts: string[] = [];
  for (let n = 0; n < blocks; n += 1)
    parts.push(
      locale === 'en'
        ? [
            `## Stratum ${n}: fringe mangroves`,
            `The plot ${n} holds **${n * 3}.5 t** of carbon per hectare. Dr. Li measured it in *2024*; see [the survey](https://example.org/${n}).`,
            `- Monitoring round ${n}, with \`agb_stock\` at ${n}.${n % 10}`,
            `| stratum | area |\n|---|---|\n| S-${n} | ${n} ha of *Kandelia* |`,
            `> A lone surrogate \uD800 in block ${n} is stored as U+FFFD.[^n${n}]\n\n[^n${n}]: Footnote ${n}.`,
          ].join('\n\n')
        : [
            `## 第 ${n} 层：红树林边缘`,
            `样地 ${n} 每公顷储存 **${n * 3}.5 吨**碳。李博士于 *2024 年*测量；见[调查](https://example.org/${n})。`,
            `- 第 ${n} 轮监测，\`agb_stock\` 为 ${n}.${n % 10}。`,
          ].join('\n\n'),
    );
  return parts.join('\n\n');
}

describe('segmentation pool', () => {
  const metrics = new Metrics();
  const pool = new SegmentationPool(new AppConfig(loadEnvironment({ SEGMENTATION_POOL_SIZE: '2' })), metrics);
  afterAll(() => pool.onModuleDestroy());

  const completedInThreads = async () =>
    Number((await metrics.registry.getSingleMetricAsString('bluecarbon_segmentation_pool_completed')).trim().split(' ').pop());

  it('segments a short revision in place and a long one in a thread, with the same segments either way', async () => {
    const short = longDocument('en', 3);
    expect(short.length).toBeLessThan(SEGMENT_IN_WORKER_FROM_CHARS);
    expect(await pool.revisionSource(short, 'en')).toEqual(await revisionSourceOf({ input: short, locale: 'en' }));
    expect(await completedInThreads()).toBe(0);

    const long = longDocument('en', 300);
    expect(long.length).toBeGreaterThan(SEGMENT_IN_WORKER_FROM_CHARS);
    const inThread = await pool.revisionSource(long, 'en');
    expect(await completedInThreads()).toBe(1);
    expect(inThread).toEqual(await revisionSourceOf({ input: long, locale: 'en' }));
    expect(inThread.segments.length).toBeGreaterThan(1500);
    expect(inThread.markdown).not.toContain('\uD800');
  });

  it('gives each of two revisions segmented at once its own answer', async () => {
    const english = longDocument('en', 280);
    const chinese = longDocument('zh-CN', 900);
    expect(chinese.length).toBeGreaterThan(SEGMENT_IN_WORKER_FROM_CHARS);
    const [fromEnglish, fromChinese] = await Promise.all([pool.revisionSource(english, 'en'), pool.revisionSource(chinese, 'zh-CN')]);
    expect(fromEnglish).toEqual(await revisionSourceOf({ input: english, locale: 'en' }));
    expect(fromChinese).toEqual(await revisionSourceOf({ input: chinese, locale: 'zh-CN' }));
    expect(fromChinese.segments[1]?.words).toBeGreaterThan(5);
  });
});
