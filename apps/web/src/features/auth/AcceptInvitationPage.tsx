import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { isProblem, toFormError, type FormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';

const FIELDS = ['displayName', 'password'];

/** The page the invitation mail links to (`/invitations/accept?token=…`): a name and a password make the account. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);
  const [accepted, setAccepted] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await api.POST('/api/v1/invitations/accept', { body: { token, displayName, password } }).catch(() => null);
    setPending(false);
    if (!result) return setError({ code: 'network', status: 0, message: t('common.networkError'), fields: {} });
    if (result.error !== undefined)
      return setError(
        isProblem(result.error)
          ? toFormError(result.error, FIELDS)
          : { code: 'http', status: result.response.status, message: result.response.statusText, fields: {} },
      );
    setAccepted(true);
  }

  if (!token) {
    return (
      <main id="main" className="narrow">
        <h1>{t('invitation.title')}</h1>
        <Alert tone="error">{t('invitation.missingToken')}</Alert>
      </main>
    );
  }
  if (accepted) {
    return (
      <main id="main" className="narrow">
        <h1>{t('invitation.title')}</h1>
        <Alert tone="success">{t('invitation.accepted')}</Alert>
        <Link className="button primary" to="/">
          {t('invitation.goToSignIn')}
        </Link>
      </main>
    );
  }
  return (
    <main id="main" className="narrow">
      <h1>{t('invitation.title')}</h1>
      <p>{t('invitation.intro')}</p>
      {error && <Alert tone="error">{error.message}</Alert>}
      <form onSubmit={submit} noValidate>
        <Field
          label={t('invitation.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={error?.fields.displayName}
        />
        <Field
          label={t('invitation.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={256}
          hint={t('invitation.passwordRules')}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={error?.fields.password}
        />
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('invitation.submitting') : t('invitation.submit')}
        </button>
      </form>
    </main>
  );
}
