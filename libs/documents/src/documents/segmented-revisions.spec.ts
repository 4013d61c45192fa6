import type { DataSource } from 'typeorm';
import { DocumentsRepository } from '../repositories/documents.repository';
import { SegmentedRevisions } from './segmented-revisions';

/** The one query it makes: the revision's segmentation rules. */
const revisionsWritten = (segmentation: number): SegmentedRevisions => {
  const manager = { query: async () => [{ segmentation }] };
  const dataSource = { manager, ...manager } as unknown as DataSource;
  return new SegmentedRevisions(dataSource, new DocumentsRepository(dataSource));
};

describe('SegmentedRevisions', () => {
  it('segments a revision once and shares it', async () => {
    const revisions = revisionsWritten(2);
    const load = jest.fn(async () => 'One sentence. Another one.');
    const first = await revisions.get('d', 1, 'en', load);
    const again = await revisions.get('d', 1, 'en', load);
    expect(again).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
    expect(first.segments.map((segment) => segment.text)).toEqual(['One sentence.', 'Another one.']);
  });

  it('keeps a new revision apart and forgets the least recently used beyond its capacity', async () => {
    const revisions = revisionsWritten(2);
    const load = jest.fn(async () => 'Text.');
    for (let revision = 1; revision <= 17; revision++) await revisions.get('d', revision, 'en', load);
    expect(load).toHaveBeenCalledTimes(17);
    await revisions.get('d', 17, 'en', load);
    expect(load).toHaveBeenCalledTimes(17);
    await revisions.get('d', 1, 'en', load); // evicted by the 17th
    expect(load).toHaveBeenCalledTimes(18);
  });

  it('does not keep a failed load', async () => {
    const revisions = revisionsWritten(2);
    await expect(revisions.get('d', 1, 'en', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    await expect(revisions.get('d', 1, 'en', async () => 'Back.')).resolves.toMatchObject({ segments: [expect.objectContaining({ text: 'Back.' })] });
  });

  it('segments a revision with the rules it was written with', async () => {
    const text = async () => 'The U.S. EPA agrees! He said "Stop. Now." Then he left.';
    const old = await revisionsWritten(1).get('d', 1, 'en', text);
    const current = await revisionsWritten(2).get('d', 1, 'en', text);
    expect(old.segments.map((segment) => segment.text)).toEqual(['The U.S.', 'EPA agrees!', 'He said "Stop.', 'Now."', 'Then he left.']);
    expect(current.segments.map((segment) => segment.text)).toEqual(['The U.S. EPA agrees!', 'He said "Stop. Now."', 'Then he left.']);
  });
});
