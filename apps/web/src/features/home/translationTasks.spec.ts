import { type TranslationTask, workLeft } from './translationTasks';

const task = (counts: Partial<TranslationTask>): TranslationTask => ({
  documentId: 'd1',
  title: 'Enping PDD',
  jurisdictionCode: 'CN-GD-ENPING',
  locale: 'pt-BR',
  dueOn: null,
  segments: 40,
  untranslated: 0,
  outdated: 0,
  awaitingReview: 0,
  ...counts,
});

describe("what is left on a translator's document", () => {
  it('lists the kinds of work left, the biggest first, and leaves out what is done', () => {
    expect(workLeft(task({ untranslated: 3, outdated: 0, awaitingReview: 12 }))).toEqual([
      { kind: 'awaitingReview', count: 12 },
      { kind: 'untranslated', count: 3 },
    ]);
  });

  it('has nothing to say about a document with nothing left', () => {
    expect(workLeft(task({}))).toEqual([]);
  });
});
