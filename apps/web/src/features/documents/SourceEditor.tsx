import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { type FormError, toFormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { TextAreaField } from '../../components/TextAreaField';
import { currentLocale } from '../../i18n/i18n';
import { AlignmentResult } from './AlignmentResult';
import { conflictKind, diffLines, hasConflictMarkers, mergeDraft } from './diff';
import { MarkdownDiff } from './MarkdownDiff';
import { type DocumentDetail, documentKey, fetchDocument, type SavedDocument, saveRevision } from './queries';

const FIELDS = ['markdown', 'message'] as const;

/** The text an edit started from, and the ETag to save over. */
interface Base {
  markdown: string;
  etag: string;
}

/**
 * The source Markdown and a revision message, saved with If-Match over the version the edit
 * started from. When someone saved in between, nothing is overwritten: the merge prompt shows
 * their text against the user's, and the user keeps theirs, takes the other, or edits a merge.
 */
export function SourceEditor({ document, onSaved }: { document: DocumentDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const languages = new Intl.DisplayNames([currentLocale()], { type: 'language' });
  const [base, setBase] = useState<Base>({ markdown: document.markdown, etag: document.etag });
  const [draft, setDraft] = useState(document.markdown);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<{ theirs: DocumentDetail; mine: string } | null>(null);
  const [result, setResult] = useState<SavedDocument | null>(null);
  const [unchanged, setUnchanged] = useState(false);
  const [merged, setMerged] = useState<number | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(markdown: string, over: Base): Promise<void> {
    setBusy(true);
    setError(null);
    setResult(null);
    setUnchanged(false);
    try {
      const saved = await saveRevision(document.id, over.etag, markdown, message);
      // The base is what was just saved, at the version the save answered: not a later fetch,
      // which could carry someone else's newer text into the editor unannounced.
      setBase({ markdown, etag: `"${saved.version}"` });
      setDraft(markdown);
      setConflict(null);
      setMerged(null);
      if (saved.created) {
        setMessage('');
        setResult(saved);
        onSaved();
      } else setUnchanged(true);
      await client.invalidateQueries({ queryKey: documentKey(document.id) });
      void client.invalidateQueries({ queryKey: ['documents', 'revisions', document.id] });
      void client.invalidateQueries({ queryKey: ['documents', 'render', document.id] });
    } catch (failure) {
      await refused(failure, markdown, over);
    } finally {
      setBusy(false);
    }
  }

  async function refused(failure: unknown, mine: string, over: Base): Promise<void> {
    const problem = failure instanceof ProblemError ? failure.problem : null;
    if (!problem) {
      setError({ code: 'network', status: 0, message: t('common.networkError'), fields: {} });
      return;
    }
    if (problem.status !== 412 && problem.status !== 409) {
      setError(toFormError(problem, FIELDS));
      return;
    }
    const theirs = await fetchDocument(document.id);
    client.setQueryData(documentKey(document.id), theirs);
    const kind = conflictKind(over.markdown, mine, theirs.markdown);
    // Only the version moved (a publication, a new title): the text is still the one edited.
    if (kind === 'retry') await save(mine, { markdown: theirs.markdown, etag: theirs.etag });
    else if (kind === 'same') {
      setBase({ markdown: theirs.markdown, etag: theirs.etag });
      setUnchanged(true);
    } else setConflict({ theirs, mine });
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (hasConflictMarkers(draft)) {
      setError({ code: 'merge_markers', status: 0, message: t('documents.editor.markersLeft'), fields: { markdown: t('documents.editor.markersLeft') } });
      return;
    }
    void save(draft, base);
  }

  function takeTheirs(theirs: DocumentDetail): void {
    setBase({ markdown: theirs.markdown, etag: theirs.etag });
    setDraft(theirs.markdown);
    setConflict(null);
    setMerged(null);
  }

  function editMerge(theirs: DocumentDetail, mine: string): void {
    const draftMerge = mergeDraft(base.markdown, mine, theirs.markdown, { mine: t('documents.merge.yours'), theirs: t('documents.merge.theirs') });
    setBase({ markdown: theirs.markdown, etag: theirs.etag });
    setDraft(draftMerge.text);
    setMerged(draftMerge.conflicts);
    setConflict(null);
  }

  return (
    <section aria-labelledby="source-heading" className="source-editor">
      <h2 id="source-heading">{t('documents.editor.title')}</h2>
      {conflict && (
        <MergePrompt
          theirs={conflict.theirs}
          mine={conflict.mine}
          busy={busy}
          onKeepMine={() => void save(conflict.mine, { markdown: conflict.theirs.markdown, etag: conflict.theirs.etag })}
          onTakeTheirs={() => takeTheirs(conflict.theirs)}
          onEditMerge={() => editMerge(conflict.theirs, conflict.mine)}
        />
      )}
      {merged !== null && <Alert tone="info">{merged ? t('documents.merge.draftConflicts', { count: merged }) : t('documents.merge.draftClean')}</Alert>}
      {result && <AlignmentResult saved={result} />}
      {unchanged && <Alert tone="info">{t('documents.editor.unchanged')}</Alert>}
      {error && <Alert tone="error">{error.message}</Alert>}
      <form onSubmit={submit}>
        <TextAreaField
          label={t('documents.editor.markdown', { language: languages.of(document.sourceLocale), format: 'Markdown' })}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          error={error?.fields.markdown}
          rows={16}
          className="markdown-input"
          lang={document.sourceLocale}
          readOnly={Boolean(conflict)}
        />
        <Field
          label={t('documents.editor.message')}
          hint={t('documents.editor.messageHint')}
          value={message}
          maxLength={500}
          onChange={(event) => setMessage(event.target.value)}
          error={error?.fields.message}
        />
        <button type="submit" className="primary" disabled={busy || Boolean(conflict) || draft === base.markdown}>
          {t('documents.editor.save')}
        </button>
      </form>
    </section>
  );
}

function MergePrompt({
  theirs,
  mine,
  busy,
  onKeepMine,
  onTakeTheirs,
  onEditMerge,
}: {
  theirs: DocumentDetail;
  mine: string;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onEditMerge: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // The prompt takes the focus: the save the user pressed did not happen, this is what to decide.
  useEffect(() => ref.current?.focus(), []);
  return (
    <section ref={ref} tabIndex={-1} className="merge-prompt" role="alertdialog" aria-labelledby="merge-heading" aria-describedby="merge-explained">
      <h3 id="merge-heading">{t('documents.merge.title')}</h3>
      <p id="merge-explained">{t('documents.merge.explained', { revision: theirs.currentRevision })}</p>
      <MarkdownDiff ops={diffLines(theirs.markdown, mine)} label={t('documents.merge.diffLabel')} />
      <p className="hint">{t('documents.merge.legend')}</p>
      <div className="actions">
        <button type="button" onClick={onEditMerge} disabled={busy}>
          {t('documents.merge.edit')}
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={busy}>
          {t('documents.merge.takeTheirs')}
        </button>
        <button type="button" className="danger" onClick={onKeepMine} disabled={busy}>
          {t('documents.merge.keepMine')}
        </button>
      </div>
    </section>
  );
}
