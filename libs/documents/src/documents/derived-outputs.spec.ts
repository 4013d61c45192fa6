import { DerivedOutputs } from './derived-outputs';

describe('DerivedOutputs', () => {
  it('computes once for the same inputs, again when any input changes', async () => {
    const outputs = new DerivedOutputs();
    const compute = jest.fn(async () => ({ html: '<p>译文</p>' }));
    const first = await outputs.get(['render', 'd', 1, 'zh-CN', [[0, '译文']]], compute);
    expect(await outputs.get(['render', 'd', 1, 'zh-CN', [[0, '译文']]], compute)).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    await outputs.get(['render', 'd', 1, 'zh-CN', [[0, '新译文']]], compute); // a saved translation
    await outputs.get(['render', 'd', 2, 'zh-CN', [[0, '译文']]], compute); // a new revision
    await outputs.get(['render', 'd', 1, 'pt-BR', [[0, '译文']]], compute); // another locale
    expect(compute).toHaveBeenCalledTimes(4);
  });

  it('shares one computation between requests arriving together', async () => {
    const outputs = new DerivedOutputs();
    let finish!: (value: string) => void;
    const compute = jest.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const together = [outputs.get(['x'], compute), outputs.get(['x'], compute)];
    finish('done');
    expect(await Promise.all(together)).toEqual(['done', 'done']);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('does not keep a failure', async () => {
    const outputs = new DerivedOutputs();
    await expect(outputs.get(['x'], () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await outputs.get(['x'], async () => 'ok')).toBe('ok');
  });

  it('forgets the least recently used beyond its capacity', async () => {
    const outputs = new DerivedOutputs();
    const compute = jest.fn(async () => 'output');
    for (let revision = 1; revision <= 17; revision++) await outputs.get(['d', revision], compute);
    await outputs.get(['d', 17], compute);
    expect(compute).toHaveBeenCalledTimes(17);
    await outputs.get(['d', 1], compute); // evicted by the 17th
    expect(compute).toHaveBeenCalledTimes(18);
  });
});
