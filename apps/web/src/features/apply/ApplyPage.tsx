import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas } from '../../api/client';
import { isProblem, toFormError, type FormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { formatDateTime } from '../../i18n/format';
import { currentLocale } from '../../i18n/i18n';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../i18n/locale';
import { localized } from '../../i18n/localized';
import { timeZoneChoices } from '../account';
import { APPLICATION_FIELDS, type ApplicationForm, applicationBody, LEVELS } from './application';

type Receipt = Schemas['ApplicationReceiptResponse'];

/**
 * The public form for a city, state or country that wants to join the network: no account
 * needed. Its answer is the same whatever the jurisdiction (new, already applying, long
 * active), so it never tells a stranger who is in the network; the steward replies by mail.
 */
export function ApplyPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [form, setForm] = useState<ApplicationForm>(() => ({
    organisationName: '',
    organisationNameLocal: '',
    jurisdictionCode: '',
    jurisdictionName: '',
    jurisdictionNameLocal: '',
    level: 'city',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    contactName: '',
    contactEmail: '',
    mangroveAreaHa: '',
    motivation: '',
    preferredLanguage: locale,
  }));
  const [error, setError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  // One key per body: a retry after a lost answer is recognised, a corrected form is new.
  const idempotency = useRef<{ body: string; key: string } | null>(null);

  const set = (name: keyof ApplicationForm) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [name]: event.target.value }));
  const fields = error?.fields ?? {};
  const other = form.preferredLanguage !== 'en' ? LOCALE_NAMES[form.preferredLanguage] : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = applicationBody(form);
    const text = JSON.stringify(body);
    if (idempotency.current?.body !== text) idempotency.current = { body: text, key: crypto.randomUUID() };
    setPending(true);
    setError(null);
    const result = await api.POST('/api/v1/onboarding/applications', { body, headers: { 'Idempotency-Key': idempotency.current.key } }).catch(() => null);
    setPending(false);
    if (!result) return setError({ code: 'network', status: 0, message: t('common.networkError'), fields: {} });
    if (result.error !== undefined || !result.response.ok) {
      return setError(
        isProblem(result.error)
          ? toFormError(result.error, APPLICATION_FIELDS)
          : { code: 'http_error', status: result.response.status, message: t('common.networkError'), fields: {} },
      );
    }
    setReceipt(result.data as Receipt);
    window.scrollTo(0, 0);
  }

  if (receipt) {
    return (
      <main id="main" className="narrow">
        <h1>{t('apply.receivedTitle')}</h1>
        <Alert tone="success">
          {t('apply.received', {
            organisation: localized(receipt.organisationName, locale),
            code: receipt.jurisdictionCode,
            email: receipt.contactEmail,
            language: LOCALE_NAMES[receipt.preferredLanguage as Locale] ?? receipt.preferredLanguage,
          })}
        </Alert>
        <dl className="summary">
          <dt>{t('apply.reference')}</dt>
          <dd>{receipt.id}</dd>
          <dt>{t('apply.sentAt')}</dt>
          <dd>{formatDateTime(locale, receipt.createdAt)}</dd>
          <dt>{t('apply.jurisdictionCode')}</dt>
          <dd>{receipt.jurisdictionCode}</dd>
          <dt>{t('apply.contactName')}</dt>
          <dd>{receipt.contactName}</dd>
        </dl>
        <p>
          <Link to="/">{t('apply.backToSignIn')}</Link>
        </p>
      </main>
    );
  }

  return (
    <main id="main" className="form-page">
      <h1>{t('apply.title')}</h1>
      <p>{t('apply.intro')}</p>
      {error && <Alert tone="error">{error.message}</Alert>}
      <form onSubmit={submit} noValidate>
        <SelectField
          label={t('apply.preferredLanguage')}
          hint={t('apply.preferredLanguageHint')}
          name="preferredLanguage"
          value={form.preferredLanguage}
          onChange={set('preferredLanguage')}
          error={fields.preferredLanguage}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </SelectField>
        <fieldset className="choice-group">
          <legend>{t('apply.organisation')}</legend>
          <Field
            label={t('apply.organisationName')}
            hint={t('apply.organisationNameHint')}
            name="organisationName"
            required
            maxLength={2000}
            value={form.organisationName}
            onChange={set('organisationName')}
            error={fields.organisationName}
          />
          {other && (
            <Field
              label={t('apply.nameIn', { language: other })}
              hint={t('apply.optional')}
              name="organisationNameLocal"
              maxLength={2000}
              value={form.organisationNameLocal}
              onChange={set('organisationNameLocal')}
            />
          )}
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('apply.jurisdiction')}</legend>
          <Field
            label={t('apply.jurisdictionName')}
            hint={t('apply.jurisdictionNameHint')}
            name="jurisdictionName"
            required
            maxLength={2000}
            value={form.jurisdictionName}
            onChange={set('jurisdictionName')}
            error={fields.jurisdictionName}
          />
          {other && (
            <Field
              label={t('apply.nameIn', { language: other })}
              hint={t('apply.optional')}
              name="jurisdictionNameLocal"
              maxLength={2000}
              value={form.jurisdictionNameLocal}
              onChange={set('jurisdictionNameLocal')}
            />
          )}
          <Field
            label={t('apply.jurisdictionCode')}
            hint={t('apply.jurisdictionCodeHint', { examples: 'BR-RJ-MARICA, CN-GD-ZHANJIANG' })}
            name="jurisdictionCode"
            required
            autoCapitalize="characters"
            spellCheck={false}
            value={form.jurisdictionCode}
            onChange={set('jurisdictionCode')}
            error={fields.jurisdictionCode}
          />
          <SelectField label={t('apply.level')} name="level" value={form.level} onChange={set('level')} error={fields.level}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`apply.levels.${level}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('apply.timeZone')}
            hint={t('apply.timeZoneHint')}
            name="timeZone"
            value={form.timeZone}
            onChange={set('timeZone')}
            error={fields.timeZone}
          >
            {timeZoneChoices(form.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('apply.mangroveAreaHa')}
            hint={t('apply.mangroveAreaHaHint')}
            name="mangroveAreaHa"
            inputMode="decimal"
            value={form.mangroveAreaHa}
            onChange={set('mangroveAreaHa')}
            error={fields.mangroveAreaHa}
          />
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t('apply.contact')}</legend>
          <Field
            label={t('apply.contactName')}
            name="contactName"
            autoComplete="name"
            required
            value={form.contactName}
            onChange={set('contactName')}
            error={fields.contactName}
          />
          <Field
            label={t('apply.contactEmail')}
            hint={t('apply.contactEmailHint')}
            type="email"
            name="contactEmail"
            autoComplete="email"
            required
            value={form.contactEmail}
            onChange={set('contactEmail')}
            error={fields.contactEmail}
          />
        </fieldset>
        <TextAreaField
          label={t('apply.motivation')}
          hint={t('apply.motivationHint')}
          name="motivation"
          required
          rows={5}
          maxLength={8000}
          value={form.motivation}
          onChange={set('motivation')}
          error={fields.motivation}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('apply.submitting') : t('apply.submit')}
        </button>
      </form>
    </main>
  );
}
