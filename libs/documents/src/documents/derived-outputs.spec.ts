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

describe('DerivedOutputs.fresh', () => {
  /** A table whose fingerprint is its rows joined, read as the database would: rows and their fingerprint together. */
  function table(initial: string[]) {
    const state = { rows: initial, reads: 0 };
    return {
      state,
      fingerprint: async () => state.rows.join('|'),
      read: async () => {
        state.reads += 1;
        return { fingerprint: state.rows.join('|'), rows: [...state.rows] };
      },
    };
  }

  it('reads the rows once while their fingerprint stays, and again after a save', async () => {
    const outputs = new DerivedOutputs();
    const rows = table(['译文']);
    const render = () => outputs.fresh(['render', 'd', 1, 'zh-CN'], rows.fingerprint, rows.read, async (texts) => texts.join());
    expect(await render()).toBe('译文');
    expect(await render()).toBe('译文');
    expect(rows.state.reads).toBe(1);
    rows.state.rows = ['新译文'];
    expect(await render()).toBe('新译文');
    expect(rows.state.reads).toBe(2);
  });

  it('never serves another document, locale or revision the same rows made', async () => {
    const outputs = new DerivedOutputs();
    const rows = table(['译文']);
    const seen = new Set<string>();
    for (const inputs of [
      ['render', 'd', 1, 'zh-CN'],
      ['render', 'e', 1, 'zh-CN'],
      ['render', 'd', 2, 'zh-CN'],
      ['render', 'd', 1, 'pt-BR'],
      ['xliff', 'd', 1, 'zh-CN'],
    ]) {
      seen.add(await outputs.fresh(inputs, rows.fingerprint, rows.read, async (texts) => `${inputs.join('/')}:${texts.join()}`));
    }
    expect(seen.size).toBe(5);
  });

  it('does not keep an output under the fingerprint of rows saved over before they were read', async () => {
    const outputs = new DerivedOutputs();
    const rows = table(['A']);
    const render = () => outputs.fresh(['d'], rows.fingerprint, rows.read, async (texts) => texts.join());
    // A save lands between reading the fingerprint (A) and the rows.
    const racing = outputs.fresh(
      ['d'],
      rows.fingerprint,
      async () => {
        rows.state.rows = ['B'];
        return rows.read();
      },
      async (texts) => texts.join(),
    );
    expect(await racing).toBe('B');
    rows.state.rows = ['A']; // saved back
    expect(await render()).toBe('A');
  });

  it('answers from the rows as read when saves keep racing every read', async () => {
    const outputs = new DerivedOutputs();
    let version = 0;
    const output = await outputs.fresh(
      ['d'],
      async () => `v${version}`,
      async () => {
        version += 1;
        return { fingerprint: `v${version}`, rows: version };
      },
      async (rows) => rows,
    );
    expect(output).toBe(3);
  });
});
