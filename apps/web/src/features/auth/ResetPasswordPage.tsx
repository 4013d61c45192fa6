import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { type FormError, isProblem, toFormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';

/** The page the password reset mail links to (`/password/reset?token=…`); without a token, it asks for the link. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [value, setValue] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = token
      ? await api.POST('/api/v1/auth/password/reset', { body: { token, password: value } }).catch(() => null)
      : await api.POST('/api/v1/auth/password/forgot', { body: { email: value } }).catch(() => null);
    setPending(false);
    if (!result) return setError({ code: 'network', status: 0, message: t('common.networkError'), fields: {} });
    if (result.error !== undefined || !result.response.ok) {
      const problem = result.error;
      return setError(
        isProblem(problem)
          ? toFormError(problem, ['password', 'email'])
          : { code: 'http', status: result.response.status, message: result.response.statusText, fields: {} },
      );
    }
    setDone(true);
  }

  const field = token ? 'password' : 'email';
  return (
    <main id="main" className="narrow">
      <h1>{t('reset.title')}</h1>
      {done ? (
        <>
          <Alert tone="success">{token ? t('reset.done') : t('reset.sent')}</Alert>
          <Link className="button primary" to="/">
            {t('invitation.goToSignIn')}
          </Link>
        </>
      ) : (
        <>
          <p>{token ? t('reset.intro') : t('reset.forgotIntro')}</p>
          {error && <Alert tone="error">{error.message}</Alert>}
          <form onSubmit={submit} noValidate>
            {token ? (
              <Field
                label={t('reset.newPassword')}
                type="password"
                name="password"
                autoComplete="new-password"
                required
                hint={t('invitation.passwordRules')}
                value={value}
                onChange={(event) => setValue(event.target.value)}
                error={error?.fields[field]}
              />
            ) : (
              <Field
                label={t('signIn.email')}
                type="email"
                name="email"
                autoComplete="username"
                required
                value={value}
                onChange={(event) => setValue(event.target.value)}
                error={error?.fields[field]}
              />
            )}
            <button type="submit" className="primary" disabled={pending}>
              {token ? t('reset.submit') : t('reset.send')}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
