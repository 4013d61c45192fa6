import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { type Me, ME_QUERY } from '../../api/me';
import { Alert } from '../../components/Alert';
import { ConflictAlert } from '../../components/ConflictAlert';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { type Locale, LOCALE_NAMES, LOCALES } from '../../i18n/locale';
import { saveFailure, type SaveFailure } from '../../api/save-failure';
import { timeZoneChoices } from './timeZones';

const FIELDS = ['displayName', 'preferredLocale', 'timeZone'];
/** The select's value for "no zone of my own": the API's null. */
const FOLLOW_CITY = '';

interface Draft {
  displayName: string;
  preferredLocale: Locale;
  timeZone: string;
}

function draftOf(me: Me): Draft {
  return { displayName: me.displayName, preferredLocale: me.preferredLocale, timeZone: me.timeZoneChosen ? me.timeZone : FOLLOW_CITY };
}

/**
 * The signed-in user's name, language and time zone. The save is based on the version this form
 * was filled from (If-Match), not on whatever was fetched since: a change made elsewhere meanwhile
 * is answered 412 and shown, never overwritten.
 */
export function ProfilePage({ me, onReload }: { me: Me; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [base, setBase] = useState<Me>(me);
  const [draft, setDraft] = useState<Draft>(() => draftOf(me));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(base));
  // The zone the city gives (shown on "follow my city"): only known while the user has none of their own.
  const cityZone = base.timeZoneChosen ? null : base.timeZone;
  const zones = useMemo(() => timeZoneChoices(draft.timeZone || null), [draft.timeZone]);

  // A newer account (the language switcher saved, a reload) refills an untouched form.
  useEffect(() => {
    if (me.version !== base.version && !dirty) {
      setBase(me);
      setDraft(draftOf(me));
    }
  }, [me, base.version, dirty]);

  function change<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    setSaved(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    setSaved(false);
    try {
      const updated = unwrap(
        await api.PATCH('/api/v1/me', {
          params: { header: { 'If-Match': `"${base.version}"` } },
          // Trimmed here: the API takes a name of spaces as given (MinLength only).
          body: { displayName: draft.displayName.trim(), preferredLocale: draft.preferredLocale, timeZone: draft.timeZone || null },
        }),
      );
      client.setQueryData(ME_QUERY, updated);
      setBase(updated);
      setDraft(draftOf(updated));
      setSaved(true);
    } catch (error) {
      setFailure(saveFailure(error, FIELDS, t('common.networkError')));
    } finally {
      setPending(false);
    }
  }

  async function reload() {
    const fresh = (await onReload()) as { data?: Me } | undefined;
    const next = fresh?.data ?? client.getQueryData<Me>(ME_QUERY);
    if (next) {
      setBase(next);
      setDraft(draftOf(next));
    }
    setFailure(null);
  }

  const fieldErrors = failure?.kind === 'invalid' ? failure.error.fields : {};
  return (
    <main id="main" className="narrow">
      <h1>{t('profile.title')}</h1>
      <p>{t('profile.intro', { email: base.email })}</p>
      {failure?.kind === 'conflict' && <ConflictAlert onReload={() => void reload()} />}
      {failure?.kind === 'invalid' && <Alert tone="error">{failure.error.message}</Alert>}
      {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Field
          label={t('profile.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={draft.displayName}
          onChange={(event) => change('displayName', event.target.value)}
          error={fieldErrors.displayName}
        />
        <SelectField
          label={t('profile.preferredLocale')}
          name="preferredLocale"
          hint={t('profile.preferredLocaleHint')}
          value={draft.preferredLocale}
          onChange={(event) => change('preferredLocale', event.target.value as Locale)}
          error={fieldErrors.preferredLocale}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('profile.timeZone')}
          name="timeZone"
          hint={t('profile.timeZoneHint')}
          value={draft.timeZone}
          onChange={(event) => change('timeZone', event.target.value)}
          error={fieldErrors.timeZone}
        >
          <option value={FOLLOW_CITY}>{cityZone ? t('profile.followCityZone', { zone: cityZone }) : t('profile.followCity')}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <button type="submit" className="primary" disabled={pending || !dirty}>
            {pending ? t('profile.saving') : t('profile.save')}
          </button>
          <Link to="/me/notifications">{t('profile.notificationsLink')}</Link>
        </div>
      </form>
      <h2>{t('mfa.title')}</h2>
      <p>
        {me.mfaEnabled ? t('mfa.on') : t('mfa.off')} <Link to="/me/mfa">{me.mfaEnabled ? t('mfa.manage') : t('mfa.setUp')}</Link>
      </p>
    </main>
  );
}
