import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { conceptKey, fetchConcept, saveTerms } from './queries';
import { type Concept, sameTerms, sortTerms, TERM_STATUSES, type Term, type TermRow, termsToSave } from './terms';
import { TermList } from './TermList';

type Status =
  { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid'; message: string } | { kind: 'conflict'; theirs: Concept } | { kind: 'failed'; message: string };

const rowsOf = (terms: readonly Term[] | undefined): TermRow[] => sortTerms(terms).map((term) => ({ ...term }));

/**
 * A reviewer's form for the terms of one locale. It saves over the version it was opened on
 * (If-Match): when someone changed this locale's terms meanwhile, their terms are shown and
 * the reviewer chooses; nothing is overwritten without that choice. A change to another
 * locale only (same concept, new version) is no conflict for these terms: saved over it.
 */
export function TermsForm({ concept, locale, language }: { concept: Concept; locale: string; language: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const formId = useId();
  const [base, setBase] = useState(concept);
  const [rows, setRows] = useState<TermRow[]>(() => rowsOf(concept.terms[locale]));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const dirty = !sameTerms(
    rows.filter((row) => row.text.trim()),
    base.terms[locale],
  );

  // A newer concept (a refetch, a save of another locale) replaces an untouched form, never one being edited.
  useEffect(() => {
    if (!dirty && concept.version !== base.version && status.kind !== 'conflict') {
      setBase(concept);
      setRows(rowsOf(concept.terms[locale]));
    }
  }, [concept, base.version, dirty, locale, status.kind]);

  function update(index: number, change: Partial<TermRow>): void {
    setRows(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
    if (status.kind !== 'conflict') setStatus({ kind: 'idle' });
  }

  async function save(version: number): Promise<void> {
    const checked = termsToSave(rows);
    if ('problem' in checked) {
      setStatus({ kind: 'invalid', message: t(`glossary.edit.${checked.problem.kind}`, { text: checked.problem.text }) });
      return;
    }
    try {
      const saved = await saveTerms(concept.id, locale, checked.terms, version);
      client.setQueryData(conceptKey(concept.id), saved);
      void client.invalidateQueries({ queryKey: ['glossary', 'history', concept.id] });
      void client.invalidateQueries({ queryKey: ['glossary', 'list'] });
      setBase(saved);
      setRows(rowsOf(saved.terms[locale]));
      setStatus({ kind: 'saved' });
    } catch (error) {
      if (error instanceof ProblemError && error.problem.status === 412) {
        const theirs = await fetchConcept(concept.id);
        // Their change is part of the history shown below.
        void client.invalidateQueries({ queryKey: ['glossary', 'history', concept.id] });
        if (sameTerms(theirs.terms[locale], base.terms[locale])) {
          setBase({ ...base, version: theirs.version });
          await save(theirs.version);
        } else setStatus({ kind: 'conflict', theirs });
      } else setStatus({ kind: 'failed', message: error instanceof ProblemError ? error.problem.detail : t('common.networkError') });
    }
  }

  return (
    <form
      aria-labelledby={`${formId}-title`}
      className="terms-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save(base.version);
      }}
    >
      <h3 id={`${formId}-title`}>{t('glossary.edit.title', { language })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('glossary.edit.term')}</th>
            <th scope="col">{t('glossary.edit.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('glossary.edit.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td>
                <input
                  lang={locale}
                  aria-label={t('glossary.edit.termN', { n: index + 1, language })}
                  value={row.text}
                  maxLength={200}
                  onChange={(event) => update(index, { text: event.target.value })}
                />
              </td>
              <td>
                <select
                  aria-label={t('glossary.edit.statusN', { n: index + 1, language })}
                  value={row.status}
                  onChange={(event) => update(index, { status: event.target.value as TermRow['status'] })}
                >
                  {TERM_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {t(`glossary.status.${value}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => setRows(rows.filter((_, i) => i !== index))}>
                  {t('glossary.edit.remove', { n: index + 1 })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {status.kind === 'saved' && <Alert tone="success">{t('glossary.edit.saved')}</Alert>}
      {status.kind === 'invalid' && <Alert tone="error">{status.message}</Alert>}
      {status.kind === 'failed' && <Alert tone="error">{status.message}</Alert>}
      {status.kind === 'conflict' && (
        <div className="alert alert-error" role="alert">
          <p>{t('glossary.edit.conflict')}</p>
          <p>
            <strong>{t('glossary.edit.theirTerms')}</strong>
          </p>
          <TermList terms={status.theirs.terms[locale]} locale={locale} />
          <div className="actions">
            <button
              type="button"
              onClick={() => {
                setBase(status.theirs);
                setRows(rowsOf(status.theirs.terms[locale]));
                client.setQueryData(conceptKey(concept.id), status.theirs);
                setStatus({ kind: 'idle' });
              }}
            >
              {t('glossary.edit.useTheirs')}
            </button>
            <button
              type="button"
              onClick={() => {
                setBase(status.theirs);
                void save(status.theirs.version);
              }}
            >
              {t('glossary.edit.keepMine')}
            </button>
          </div>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={() => setRows([...rows, { text: '', status: rows.length ? 'admitted' : 'preferred' }])}>
          {t('glossary.edit.add')}
        </button>
        <button type="submit" className="primary" disabled={!dirty && status.kind !== 'conflict'}>
          {t('glossary.edit.save', { language })}
        </button>
      </div>
    </form>
  );
}
