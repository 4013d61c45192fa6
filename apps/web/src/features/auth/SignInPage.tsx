import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { isProblem, toFormError, type FormError } from '../../api/problem';
import { session } from '../../api/session';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';

const FIELDS = ['email', 'password', 'totpCode'];

/** Email and password; a second step asks for the authenticator code when the API says so (401 mfa_required). */
export function SignInPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await api.POST('/api/v1/auth/login', { body: { email, password, ...(needsCode ? { totpCode } : {}) } }).catch(() => null);
    setPending(false);
    if (!result) return setError({ code: 'network', status: 0, message: t('common.networkError'), fields: {} });
    if (result.error && isProblem(result.error)) {
      if (result.error.code === 'mfa_required' && !needsCode) return setNeedsCode(true);
      return setError(toFormError(result.error, FIELDS));
    }
    session.set(unwrap(result));
  }

  return (
    <main id="main" className="narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      {error && <Alert tone="error">{error.message}</Alert>}
      {needsCode && !error && <Alert tone="info">{t('signIn.totpNeeded')}</Alert>}
      <form onSubmit={submit} noValidate>
        <Field
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={error?.fields.email}
        />
        <Field
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={error?.fields.password}
        />
        {needsCode && (
          <Field
            label={t('signIn.totpCode')}
            hint={t('signIn.totpHint')}
            name="totpCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            autoFocus
            value={totpCode}
            onChange={(event) => setTotpCode(event.target.value)}
            error={error?.fields.totpCode}
          />
        )}
        <button type="submit" className="primary" disabled={pending}>
          {pending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/password/reset">{t('reset.forgot')}</Link>
      </p>
      <p className="apply-invitation">
        {t('signIn.notPartnerYet')} <Link to="/apply">{t('signIn.apply')}</Link>
      </p>
    </main>
  );
}
