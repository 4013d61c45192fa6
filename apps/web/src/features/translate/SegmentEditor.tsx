import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { toFormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { formatDateTime, formatPercent } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { type EditorAction, editorAction } from './keyboard';
import { shownFindings } from './qa-display';
import { checkQa, fetchTranslation, reviewTranslation, saveTranslation, useHistory, useSuggestions } from './queries';
import { SourceDiff } from './SourceDiff';
import { tokenProblems, widenToTokens } from './tokens';
import { TokenText } from './TokenText';
import type { QaFinding, Segment } from './types';

interface Props {
  documentId: string;
  locale: string;
  segment: Segment;
  before: Segment | undefined;
  after: Segment | undefined;
  reviewer: boolean;
  onSaved: (segment: Segment) => void;
  onNavigate: (action: 'next' | 'previous' | 'nextUntranslated') => void;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'refused' } | { kind: 'conflict'; theirs: Segment } | { kind: 'failed'; message: string };

/**
 * One segment being translated. It saves on the version it was opened with (If-Match): when
 * someone saved first, their text is shown beside the one typed here and the translator
 * chooses; nothing is overwritten without being seen.
 */
export function SegmentEditor({ documentId, locale, segment, before, after, reviewer, onSaved, onNavigate }: Props) {
  const { t } = useTranslation();
  const textareaId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [base, setBase] = useState(segment);
  const [text, setText] = useState(segment.text ?? '');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [apiFindings, setApiFindings] = useState<QaFinding[]>(segment.qaFindings);
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const [historyOpen, setHistoryOpen] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const commentId = useId();
  const suggestions = useSuggestions(documentId, segment.segmentId, locale);
  const history = useHistory(documentId, segment.segmentId, locale, base.version, historyOpen);
  const memory = suggestions.data?.memory ?? [];
  const glossary = suggestions.data?.glossary ?? [];

  // QA as the translator types, by the API (glossary and numbers as a save checks them).
  useEffect(() => {
    if (text === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      checkQa(documentId, segment.segmentId, locale, text, controller.signal).then(setApiFindings, () => undefined);
    }, 350);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [documentId, segment.segmentId, locale, text]);

  const problems = tokenProblems(segment.sourceText, text);
  const findings = shownFindings(
    problems,
    (problem) => t(`translate.tokenProblem.${problem.rule}`, { placeholder: problem.placeholder }),
    text === '' ? [] : apiFindings,
  );

  async function save(next: boolean, version = base.version): Promise<void> {
    if (problems.length) {
      setStatus({ kind: 'refused' });
      return;
    }
    try {
      const saved = await saveTranslation(documentId, segment.segmentId, locale, text, version);
      setBase(saved);
      setApiFindings(saved.qaFindings);
      setStatus({ kind: 'saved' });
      onSaved(saved);
      if (next) onNavigate('next');
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 412) {
        setStatus({ kind: 'conflict', theirs: await fetchTranslation(documentId, segment.segmentId, locale) });
      } else setStatus({ kind: 'failed', message: error instanceof ProblemError ? error.problem.detail : t('common.networkError') });
    }
  }

  async function review(decision: 'approved' | 'rejected', reason?: string): Promise<void> {
    try {
      const reviewed = await reviewTranslation(documentId, base, locale, decision, reason);
      setBase(reviewed);
      setStatus({ kind: 'saved' });
      closeRejection();
      onSaved(reviewed);
    } catch (error) {
      const fieldError = error instanceof ProblemError ? toFormError(error.problem, ['comment']).fields.comment : undefined;
      if (fieldError) setCommentError(fieldError);
      else if (error instanceof ProblemError && error.problem.status === 412) {
        setStatus({ kind: 'conflict', theirs: await fetchTranslation(documentId, segment.segmentId, locale) });
      } else setStatus({ kind: 'failed', message: error instanceof ProblemError ? error.problem.detail : t('common.networkError') });
    }
  }

  // The reason box takes the focus when it opens, and gives it back to Reject when it closes.
  useEffect(() => {
    if (rejecting) commentBox.current?.focus();
  }, [rejecting]);

  function closeRejection(): void {
    if (rejecting) requestAnimationFrame(() => rejectButton.current?.focus());
    setRejecting(false);
    setComment('');
    setCommentError(undefined);
  }

  function reject(): void {
    // Checked here too, so the message speaks of the reason, not of a field name.
    if (!comment.trim()) setCommentError(t('translate.editor.rejectReasonRequired'));
    else void review('rejected', comment.trim());
  }

  function insertAtCursor(insert: string): void {
    const element = textarea.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + insert + text.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + insert.length, start + insert.length);
    });
  }

  function run(action: EditorAction): void {
    if (action.type === 'save') void save(false);
    else if (action.type === 'saveAndNext') void save(true);
    else if (action.type === 'copySource') setText(segment.sourceText);
    else if (action.type === 'insertSuggestion') {
      const suggestion = memory[action.index];
      if (suggestion) setText(suggestion.targetText);
    } else if (action.type === 'approve') {
      if (reviewer) void review('approved');
    } else onNavigate(action.type);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    const action = editorAction(event);
    if (action) {
      event.preventDefault();
      run(action);
      return;
    }
    // A deletion next to a placeholder removes all of it, never half a chip.
    if (event.key !== 'Backspace' && event.key !== 'Delete') return;
    const element = event.currentTarget;
    let start = element.selectionStart;
    let end = element.selectionEnd;
    if (start === end) [start, end] = event.key === 'Backspace' ? [Math.max(0, start - 1), start] : [start, Math.min(text.length, start + 1)];
    const [from, to] = widenToTokens(text, start, end);
    if (from === start && to === end) return;
    event.preventDefault();
    setText(text.slice(0, from) + text.slice(to));
    requestAnimationFrame(() => element.setSelectionRange(from, from));
  }

  const highlights = glossary.map((match) => ({
    start: match.start,
    end: match.end,
    title: t('translate.editor.termTitle', { expected: match.expected.join(' / '), forbidden: match.forbidden.join(' / ') || '—' }),
  }));
  const locale_ = currentLocale();

  return (
    <section className="segment-editor" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('translate.editor.segmentTitle', { number: segment.ordinal + 1 })}</h2>
      {before && (
        <p className="context">
          <span className="muted">{t('translate.editor.before')}</span> <TokenText text={before.sourceText} />
        </p>
      )}
      <div className="source-box">
        <h3>{t('translate.editor.source')}</h3>
        <p>
          <TokenText text={segment.sourceText} highlights={highlights} onToken={insertAtCursor} />
        </p>
      </div>
      {after && (
        <p className="context">
          <span className="muted">{t('translate.editor.after')}</span> <TokenText text={after.sourceText} />
        </p>
      )}
      {segment.outdated && segment.previousSourceText && segment.sourceDiff && <SourceDiff previous={segment.previousSourceText} diff={segment.sourceDiff} />}
      {base.state === 'draft' && base.rejectionComment && (
        <section className="rejection" aria-labelledby={`${commentId}-rejection`}>
          <h3 id={`${commentId}-rejection`}>{t('translate.editor.rejectedTitle')}</h3>
          <p>{base.rejectionComment}</p>
        </section>
      )}
      <div className="field">
        <label htmlFor={textareaId}>{t('translate.editor.translation')}</label>
        <textarea
          id={textareaId}
          ref={textarea}
          rows={4}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            if (status.kind !== 'conflict') setStatus({ kind: 'idle' });
          }}
          onKeyDown={onKeyDown}
          aria-describedby={`${textareaId}-qa`}
        />
      </div>
      {text && (
        <p className="preview" aria-hidden="true">
          <TokenText text={text} />
        </p>
      )}
      <div id={`${textareaId}-qa`} aria-live="polite">
        {findings.length > 0 && (
          <ul className="findings" aria-label={t('translate.editor.qa')}>
            {findings.map((finding) => (
              <li key={finding.message} className={`finding finding-${finding.severity}`}>
                <strong>{t(`translate.severity.${finding.severity}`)}</strong> {finding.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {status.kind === 'refused' && <Alert tone="error">{t('translate.editor.refused')}</Alert>}
      {status.kind === 'saved' && <Alert tone="success">{t('translate.editor.saved')}</Alert>}
      {status.kind === 'failed' && <Alert tone="error">{status.message}</Alert>}
      {status.kind === 'conflict' && (
        <div className="alert alert-error" role="alert">
          <p>{t('translate.editor.conflict')}</p>
          <p>
            <strong>{t('translate.editor.theirText')}</strong> <q>{status.theirs.text ?? '—'}</q>
          </p>
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setText(status.theirs.text ?? '');
                setBase(status.theirs);
                setStatus({ kind: 'idle' });
                onSaved(status.theirs);
              }}
            >
              {t('translate.editor.useTheirs')}
            </button>
            <button
              type="button"
              onClick={() => {
                setBase(status.theirs);
                void save(false, status.theirs.version);
              }}
            >
              {t('translate.editor.keepMine')}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" aria-keyshortcuts="Control+Enter" onClick={() => void save(false)}>
          {t('translate.editor.save')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+Enter" onClick={() => void save(true)}>
          {t('translate.editor.saveAndNext')}
        </button>
        <button type="button" aria-keyshortcuts="Alt+C" onClick={() => setText(segment.sourceText)}>
          {t('translate.editor.copySource')}
        </button>
        {reviewer && (
          <>
            <button type="button" aria-keyshortcuts="Alt+A" onClick={() => void review('approved')}>
              {t('translate.editor.approve')}
            </button>
            <button
              type="button"
              ref={rejectButton}
              aria-expanded={rejecting}
              aria-controls={rejecting ? `${commentId}-form` : undefined}
              onClick={() => (rejecting ? closeRejection() : setRejecting(true))}
            >
              {t('translate.editor.reject')}
            </button>
          </>
        )}
      </div>
      {reviewer && rejecting && (
        <form
          id={`${commentId}-form`}
          className="reject-form"
          aria-label={t('translate.editor.rejectTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            reject();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeRejection();
          }}
        >
          <div className="field">
            <label htmlFor={commentId}>{t('translate.editor.rejectReason')}</label>
            <textarea
              id={commentId}
              ref={commentBox}
              rows={3}
              maxLength={2000}
              value={comment}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={`${commentId}-hint${commentError ? ` ${commentId}-error` : ''}`}
              onChange={(event) => {
                setComment(event.target.value);
                setCommentError(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  reject();
                }
              }}
            />
            <p id={`${commentId}-hint`} className="hint">
              {t('translate.editor.rejectHint')}
            </p>
            {commentError && (
              <p id={`${commentId}-error`} className="field-error">
                {commentError}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="primary" aria-keyshortcuts="Control+Enter">
              {t('translate.editor.sendBack')}
            </button>
            <button type="button" onClick={closeRejection}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      <section aria-labelledby="memory-heading">
        <h3 id="memory-heading">{t('translate.editor.memory')}</h3>
        {memory.length === 0 && <p className="muted">{t('translate.editor.noMemory')}</p>}
        <ol className="suggestions">
          {memory.slice(0, 9).map((suggestion, index) => (
            <li key={`${suggestion.sourceText}-${index}`}>
              <span className="score">{formatPercent(locale_, suggestion.score)}</span> <span className="muted">{suggestion.sourceText}</span>
              <br />
              {suggestion.targetText}{' '}
              <button type="button" className="link-button" onClick={() => setText(suggestion.targetText)}>
                {t('translate.editor.insertSuggestion', { keys: `Alt+${index + 1}` })}
              </button>
            </li>
          ))}
        </ol>
      </section>
      {glossary.length > 0 && (
        <section aria-labelledby="glossary-heading">
          <h3 id="glossary-heading">{t('translate.editor.glossary')}</h3>
          <ul className="terms">
            {glossary.map((match) => (
              <li key={`${match.conceptId}-${match.start}`}>
                <mark className="term">{match.sourceTerm}</mark> → {match.expected.join(' / ')}
                {match.forbidden.length > 0 && <span className="forbidden"> {t('translate.editor.forbidden', { terms: match.forbidden.join(' / ') })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <details className="history" onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
        <summary>{t('translate.editor.history')}</summary>
        {history.isLoading && <p className="muted">{t('common.loading')}</p>}
        {history.data?.length === 0 && <p className="muted">{t('translate.editor.noHistory')}</p>}
        <ol className="history-list">
          {history.data?.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <strong>{t(`translate.history.${entry.action}`)}</strong> <span className="muted">{formatDateTime(locale_, entry.at)}</span>{' '}
              <span className={`badge state-${entry.outdated ? 'outdated' : entry.state}`}>
                {t(`translate.state.${entry.outdated ? 'outdated' : entry.state}`)}
              </span>
              {entry.text && (
                <>
                  <br />
                  <TokenText text={entry.text} />
                </>
              )}
              {entry.comment && (
                <p className="history-comment">
                  {t('translate.editor.comment')} {entry.comment}
                </p>
              )}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
