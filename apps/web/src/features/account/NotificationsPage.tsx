import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas, unwrap } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConflictAlert } from '../../components/ConflictAlert';
import { QueryState } from '../../components/QueryState';
import { saveFailure, type SaveFailure } from '../../api/save-failure';

type Preferences = Schemas['NotificationPreferencesResponse'];
type Choice = Schemas['NotificationChoiceDto'];
type Delivery = Choice['delivery'];
const DELIVERIES: readonly Delivery[] = ['immediately', 'daily', 'never'];
const QUERY = ['notification-preferences'] as const;

function choicesOf(preferences: Preferences): Record<string, Delivery> {
  return Object.fromEntries(preferences.choices.map((choice) => [choice.kind, choice.delivery]));
}

/** The page the mail footer links to: for each kind of notification, immediately, in a daily digest, or never. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const preferences = useQuery({
    queryKey: QUERY,
    queryFn: async (): Promise<Preferences> => unwrap(await api.GET('/api/v1/me/notification-preferences')),
  });
  return (
    <main id="main" className="narrow">
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      {preferences.data ? (
        <PreferencesForm preferences={preferences.data} onReload={() => preferences.refetch()} />
      ) : (
        <QueryState isLoading={preferences.isLoading} error={preferences.error} onRetry={() => void preferences.refetch()} />
      )}
      <p>
        <Link to="/me">{t('notifications.backToProfile')}</Link>
      </p>
    </main>
  );
}

/** Sends only the kinds changed here, on the version it was filled from (If-Match): a change made elsewhere is a 412, shown. */
function PreferencesForm({ preferences, onReload }: { preferences: Preferences; onReload: () => Promise<{ data?: Preferences }> }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [base, setBase] = useState(preferences);
  const [draft, setDraft] = useState(() => choicesOf(preferences));
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  const savedChoices = choicesOf(base);
  const changed: Choice[] = base.choices.flatMap(({ kind }) => {
    const delivery = draft[kind];
    return delivery && delivery !== savedChoices[kind] ? [{ kind, delivery }] : [];
  });

  useEffect(() => {
    if (preferences.version !== base.version && changed.length === 0) {
      setBase(preferences);
      setDraft(choicesOf(preferences));
    }
  }, [preferences, base.version, changed.length]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    setSaved(false);
    try {
      const updated = unwrap(
        await api.PATCH('/api/v1/me/notification-preferences', { params: { header: { 'If-Match': `"${base.version}"` } }, body: { choices: changed } }),
      );
      client.setQueryData(QUERY, updated);
      setBase(updated);
      setDraft(choicesOf(updated));
      setSaved(true);
    } catch (error) {
      setFailure(saveFailure(error, ['choices'], t('common.networkError')));
    } finally {
      setPending(false);
    }
  }

  async function reload() {
    const fresh = (await onReload()).data;
    if (fresh) {
      setBase(fresh);
      setDraft(choicesOf(fresh));
    }
    setFailure(null);
  }

  return (
    <form onSubmit={submit} noValidate>
      {failure?.kind === 'conflict' && <ConflictAlert onReload={() => void reload()} />}
      {failure?.kind === 'invalid' && <Alert tone="error">{[failure.error.message, ...Object.values(failure.error.fields)].join(' ')}</Alert>}
      {saved && <Alert tone="success">{t('notifications.saved')}</Alert>}
      {base.choices.map(({ kind }) => (
        <fieldset key={kind} className="choice-group">
          <legend>{t(`notifications.kinds.${kind}`, { defaultValue: kind })}</legend>
          <div className="choices">
            {DELIVERIES.map((delivery) => (
              <label key={delivery} className="choice">
                <input
                  type="radio"
                  name={kind}
                  value={delivery}
                  checked={draft[kind] === delivery}
                  onChange={() => {
                    setDraft((current) => ({ ...current, [kind]: delivery }));
                    setSaved(false);
                  }}
                />
                {t(`notifications.delivery.${delivery}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <button type="submit" className="primary" disabled={pending || changed.length === 0}>
        {pending ? t('notifications.saving') : t('notifications.save')}
      </button>
    </form>
  );
}
