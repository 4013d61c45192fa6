import { diffText, similarity } from './similarity';

describe('similarity', () => {
  it('works on Chinese text without spaces', () => {
    expect(similarity('红树林是重要的蓝碳生态系统。', '红树林是重要的蓝碳生态系统。')).toBe(1);
    expect(similarity('红树林是重要的蓝碳生态系统。', '红树林是极其重要的蓝碳生态系统。')).toBeGreaterThan(0.85);
    expect(similarity('红树林是重要的蓝碳生态系统。', '恩平正在编制监测计划。')).toBeLessThan(0.3);
  });

  it('ignores case and spacing, counts a placeholder as one character', () => {
    expect(similarity('Mangroves  store carbon', 'mangroves store carbon')).toBe(1);
    expect(similarity('{1}Mangroves{/1} store carbon', '{2}Mangroves{/2} store carbon')).toBeCloseTo(1 - 2 / 24, 5);
  });
});

describe('diffText', () => {
  it('diffs Chinese by character', () => {
    expect(diffText('每年冬季有200多种鸟类', '每年冬季有230多种鸟类', 'zh-CN')).toEqual([
      { op: 'equal', text: '每年冬季有2' },
      { op: 'delete', text: '0' },
      { op: 'insert', text: '3' },
      { op: 'equal', text: '0多种鸟类' },
    ]);
  });

  it('diffs English and Portuguese by word', () => {
    expect(diffText('more than 200 bird species', 'more than 230 bird species', 'en')).toEqual([
      { op: 'equal', text: 'more than ' },
      { op: 'delete', text: '200' },
      { op: 'insert', text: '230' },
      { op: 'equal', text: ' bird species' },
    ]);
    expect(diffText('O manguezal armazena carbono.', 'O manguezal armazena muito carbono.', 'pt-BR')).toEqual([
      { op: 'equal', text: 'O manguezal armazena ' },
      { op: 'insert', text: 'muito ' },
      { op: 'equal', text: 'carbono.' },
    ]);
  });

  it('keeps placeholders whole', () => {
    expect(diffText('the {1}reserve{/1}', 'the {2}reserve{/2}', 'en').filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: '{1}' },
      { op: 'insert', text: '{2}' },
      { op: 'delete', text: '{/1}' },
      { op: 'insert', text: '{/2}' },
    ]);
  });
});
