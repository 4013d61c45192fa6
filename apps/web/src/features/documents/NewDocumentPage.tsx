import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ProblemError } from '../../api/client';
import type { Me } from '../../api/me';
import { type FormError, toFormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { currentLocale } from '../../i18n/i18n';
import { LOCALES } from '../../i18n/locale';
import { localized } from '../../i18n/localized';
import { creatableJurisdictions } from './access';
import { createDocument, type NewDocument } from './queries';

const FIELDS = ['title', 'jurisdictionCode', 'sourceLocale', 'targetLocales', 'dueOn', 'markdown', 'message'] as const;
const SHARED = 'shared';

/** A new document from Markdown pasted or read from a .md file; the API's messages land at their fields. */
export function NewDocumentPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const client = useQueryClient();
  const choices = creatableJurisdictions(me);
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const targetsId = useId();
  const fileId = useId();
  const [title, setTitle] = useState('');
  const [jurisdiction, setJurisdiction] = useState(choices[0]?.code ?? SHARED);
  const [sourceLocale, setSourceLocale] = useState<string>('zh-CN');
  const [targets, setTargets] = useState<string[]>(['en', 'pt-BR']);
  const [dueOn, setDueOn] = useState('');
  const [markdown, setMarkdown] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    setMarkdown(await file.text());
    setFileNote(t('documents.form.fileRead', { name: file.name }));
    if (!title) setTitle(file.name.replace(/\.(md|markdown|txt)$/i, ''));
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body: NewDocument = {
      title,
      subjectType: 'project',
      sourceLocale: sourceLocale as NewDocument['sourceLocale'],
      targetLocales: targets.filter((target) => target !== sourceLocale) as NewDocument['targetLocales'],
      markdown,
      ...(jurisdiction !== SHARED ? { jurisdictionCode: jurisdiction } : {}),
      ...(dueOn ? { dueOn } : {}),
    };
    try {
      const created = await createDocument(body);
      await client.invalidateQueries({ queryKey: ['documents', 'list'] });
      void navigate(`/documents/${created.id}`, { state: { created: created.revisionSummary } });
    } catch (failure) {
      setError(
        failure instanceof ProblemError ? toFormError(failure.problem, FIELDS) : { code: 'network', status: 0, message: t('common.networkError'), fields: {} },
      );
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (name: (typeof FIELDS)[number]) => error?.fields[name];
  return (
    <main id="main">
      <p>
        <Link to="/documents">{t('documents.backToList')}</Link>
      </p>
      <h1>{t('documents.form.title')}</h1>
      {error && <Alert tone="error">{error.message}</Alert>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field
          label={t('documents.form.documentTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError('title')}
          required
        />
        <SelectField
          label={t('documents.jurisdiction')}
          value={jurisdiction}
          onChange={(event) => setJurisdiction(event.target.value)}
          error={fieldError('jurisdictionCode')}
        >
          {choices.map((choice) => (
            <option key={choice.code ?? SHARED} value={choice.code ?? SHARED}>
              {choice.organisation ? `${localized(choice.organisation.name, locale)} (${choice.code})` : t('documents.shared')}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('documents.form.sourceLocale')}
          value={sourceLocale}
          onChange={(event) => setSourceLocale(event.target.value)}
          error={fieldError('sourceLocale')}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code}>
              {languages.of(code) ?? code}
            </option>
          ))}
        </SelectField>
        <fieldset className="choice-group" aria-describedby={fieldError('targetLocales') ? `${targetsId}-error` : undefined}>
          <legend>{t('documents.form.targetLocales')}</legend>
          <div className="choices">
            {LOCALES.filter((code) => code !== sourceLocale).map((code) => (
              <label key={code} className="choice">
                <input
                  type="checkbox"
                  checked={targets.includes(code)}
                  onChange={(event) => setTargets((current) => (event.target.checked ? [...current, code] : current.filter((item) => item !== code)))}
                />
                {languages.of(code) ?? code}
              </label>
            ))}
          </div>
          {fieldError('targetLocales') && (
            <p id={`${targetsId}-error`} className="field-error">
              {fieldError('targetLocales')}
            </p>
          )}
        </fieldset>
        <Field label={t('documents.dueOn')} type="date" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={fieldError('dueOn')} />
        <div className="field">
          <label htmlFor={fileId}>{t('documents.form.upload', { format: 'Markdown' })}</label>
          <input id={fileId} type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" onChange={(event) => void readFile(event.target.files?.[0])} />
          {fileNote && (
            <p className="hint" role="status">
              {fileNote}
            </p>
          )}
        </div>
        <TextAreaField
          label={t('documents.form.markdown', { format: 'Markdown' })}
          hint={t('documents.form.markdownHint')}
          value={markdown}
          onChange={(event) => setMarkdown(event.target.value)}
          error={fieldError('markdown')}
          rows={14}
          className="markdown-input"
          lang={sourceLocale}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('documents.form.create')}
        </button>
      </form>
    </main>
  );
}
