import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ProblemError, type Schemas, unwrap } from '../../api/client';
import type { Me } from '../../api/me';
import { toFormError, type FormError } from '../../api/problem';
import { Alert } from '../../components/Alert';
import { Field } from '../../components/Field';
import { groupedSecret, qrDrawing } from './qr';

type Enrolment = Schemas['TotpEnrolmentResponse'];

function formErrorOf(caught: unknown, fields: string[], networkMessage: string): FormError {
  if (caught instanceof ProblemError) return toFormError(caught.problem, fields);
  return { code: 'network', status: 0, message: networkMessage, fields: {} };
}

/**
 * Two-step sign-in with an authenticator app (TOTP): start, scan or type the key, confirm with
 * a code, keep the recovery codes shown once; or turn it off with a code. Reached from the
 * profile, from the mailed enrolment link (`/me/mfa/enrol?token=`, where a role requires a
 * second factor in production), and alone when a session may do nothing but enrol.
 */
export function MfaPage({
  me,
  onReload,
  enrolmentOnly = false,
  onDone,
}: {
  me: Me;
  onReload: () => Promise<unknown>;
  enrolmentOnly?: boolean;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const enrolmentToken = search.get('token') ?? undefined;
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<FormError | null>(null);
  const [pending, setPending] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');

  async function run(action: () => Promise<void>, fields: string[]) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(formErrorOf(caught, fields, t('common.networkError')));
    } finally {
      setPending(false);
    }
  }

  const start = () =>
    run(async () => {
      setNotice(null);
      try {
        setEnrolment(unwrap(await api.POST('/api/v1/me/mfa/totp', { body: enrolmentToken ? { enrolmentToken } : {} })));
      } catch (caught) {
        // Where a role requires a factor (production), a password alone may not enrol: a link goes to the mailbox.
        if (caught instanceof ProblemError && caught.problem.code === 'mfa_enrolment_link_sent') return setNotice(t('mfa.linkSent', { email: me.email }));
        throw caught;
      }
    }, ['enrolmentToken']);

  function confirm(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      setRecoveryCodes(unwrap(await api.POST('/api/v1/me/mfa/totp/confirm', { body: { code: code.trim() } })).recoveryCodes);
      setCode('');
    }, ['code']);
  }

  function disable(event: FormEvent) {
    event.preventDefault();
    void run(async () => {
      const body = recoveryCode.trim() ? { recoveryCode: recoveryCode.trim() } : { totpCode: code.trim() };
      unwrap(await api.DELETE('/api/v1/me/mfa/totp', { body }));
      setCode('');
      setRecoveryCode('');
      setEnrolment(null);
      await onReload();
    }, ['totpCode', 'recoveryCode']);
  }

  async function finish() {
    setRecoveryCodes(null);
    setEnrolment(null);
    if (onDone) return onDone();
    await onReload();
  }

  return (
    <main id="main" className="form-page">
      <h1>{t('mfa.title')}</h1>
      {enrolmentOnly && <Alert tone="info">{t('signIn.enrolmentRequired')}</Alert>}
      {notice && <Alert tone="info">{notice}</Alert>}
      {error && <Alert tone="error">{error.message}</Alert>}
      {recoveryCodes ? (
        <section aria-labelledby="recovery-title">
          <h2 id="recovery-title">{t('mfa.recoveryTitle')}</h2>
          <p>{t('mfa.recoveryIntro')}</p>
          <ol className="recovery-codes">
            {recoveryCodes.map((recovery) => (
              <li key={recovery}>
                <code>{recovery}</code>
              </li>
            ))}
          </ol>
          <button type="button" className="primary" onClick={() => void finish()}>
            {enrolmentOnly ? t('mfa.storedSignInAgain') : t('mfa.stored')}
          </button>
        </section>
      ) : me.mfaEnabled ? (
        <>
          <p role="status">{t('mfa.on')}</p>
          <h2>{t('mfa.disableTitle')}</h2>
          <form onSubmit={disable} noValidate>
            <Field
              label={t('mfa.code')}
              hint={t('mfa.codeHint')}
              name="totpCode"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={error?.fields.totpCode}
            />
            <Field
              label={t('mfa.recoveryCode')}
              hint={t('mfa.recoveryCodeHint')}
              name="recoveryCode"
              autoComplete="off"
              spellCheck={false}
              value={recoveryCode}
              onChange={(event) => setRecoveryCode(event.target.value)}
              error={error?.fields.recoveryCode}
            />
            <button type="submit" disabled={pending}>
              {t('mfa.disable')}
            </button>
          </form>
        </>
      ) : enrolment ? (
        <>
          <h2>{t('mfa.scanTitle')}</h2>
          <p>{t('mfa.scanIntro')}</p>
          <QrCode text={enrolment.otpauthUri} label={t('mfa.qrLabel')} />
          <p>
            {t('mfa.secretIntro')} <code className="secret">{groupedSecret(enrolment.secret)}</code>
          </p>
          <h2>{t('mfa.confirmTitle')}</h2>
          <form onSubmit={confirm} noValidate>
            <Field
              label={t('mfa.code')}
              hint={t('mfa.codeHint')}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]{6}"
              maxLength={6}
              required
              value={code}
              onChange={(event) => setCode(event.target.value)}
              error={error?.fields.code}
            />
            <button type="submit" className="primary" disabled={pending}>
              {t('mfa.confirm')}
            </button>
          </form>
        </>
      ) : (
        <>
          {/* Held to enrolment, the password alone does not sign in: the notice above says why. */}
          {!enrolmentOnly && <p role="status">{t('mfa.off')}</p>}
          <p>{t('mfa.intro')}</p>
          <button type="button" className="primary" disabled={pending} onClick={() => void start()}>
            {t('mfa.start')}
          </button>
        </>
      )}
      {!enrolmentOnly && (
        <p>
          <Link to="/me">{t('notifications.backToProfile')}</Link>
        </p>
      )}
    </main>
  );
}

function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = qrDrawing(text);
  return (
    <svg className="qr" role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} width={size * 5} height={size * 5} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
