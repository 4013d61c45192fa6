import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, NavLink, Route, Routes } from 'react-router';
import { ProblemError } from '../api/client';
import { type Me, roles, savePreferredLocale, signOut, useMe } from '../api/me';
import { session } from '../api/session';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { QueryState } from '../components/QueryState';
import { MfaPage } from '../features/account/MfaPage';
import { NotificationsPage } from '../features/account/NotificationsPage';
import { ProfilePage } from '../features/account/ProfilePage';
import { ApplyPage } from '../features/apply/ApplyPage';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { DocumentPage, DocumentsPage, NewDocumentPage, RenderedPage, RevisionsPage, worksWithDocuments } from '../features/documents';
import { HomePage } from '../features/home/HomePage';
import { managedOrganisations, MembersPage } from '../features/members/MembersPage';
import { ConceptPage, GlossaryPage } from '../features/glossary';
import { CasePage } from '../features/onboarding/CasePage';
import { OverviewPage } from '../features/onboarding/OverviewPage';
import { EditorPage, QueuePage } from '../features/translate';
import { UiStringsPage } from '../features/ui-strings';
import { applyLocale, currentLocale } from '../i18n/i18n';
import { chooseLocale, type Locale } from '../i18n/locale';

/** Who keeps the glossary and the UI strings (language teams), or oversees them (the steward, administrators). */
const LANGUAGE_ROLES = ['translator', 'reviewer', 'steward', 'admin'];

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A refused request (4xx problem) will not change by asking again.
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
    },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Shell />
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function useSignedIn(): boolean {
  return useSyncExternalStore(session.subscribe, session.isSignedIn);
}

function useEnrolmentOnly(): boolean {
  return useSyncExternalStore(session.subscribe, session.enrolmentOnly);
}

function Shell() {
  const { t, i18n } = useTranslation();
  const signedIn = useSignedIn();
  const enrolmentOnly = useEnrolmentOnly();
  const me = useMe(signedIn);
  const client = useQueryClient();
  const locale = chooseLocale({ preferred: i18n.language });

  // Signed in: the account's language wins (remembered per user by the API).
  useEffect(() => {
    const preferred = me.data?.preferredLocale;
    if (preferred && preferred !== currentLocale()) void applyLocale(chooseLocale({ preferred }));
  }, [me.data?.preferredLocale]);

  async function changeLocale(next: Locale) {
    await applyLocale(next);
    // A session held to enrolment may not change the account: the choice stays on this device.
    if (me.data && me.data.preferredLocale !== next && !enrolmentOnly) client.setQueryData(['me'], await savePreferredLocale(me.data, next));
    // Everything the API wrote in the old language (problem details, names) is asked again.
    await client.invalidateQueries();
  }

  async function leave() {
    await signOut();
    client.clear();
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        {signedIn && me.data && !enrolmentOnly && (
          <nav aria-label={t('app.mainNavigation')}>
            <NavLink to="/" end>
              {t('app.home')}
            </NavLink>
            {roles(me.data).some((role) => ['admin', 'steward', 'observer'].includes(role)) && <NavLink to="/onboarding/overview">{t('app.overview')}</NavLink>}
            {managedOrganisations(me.data)
              .slice(0, 1)
              .map((organisation) => (
                <NavLink key={organisation.id} to={`/organisations/${organisation.id}/members`}>
                  {t('app.members')}
                </NavLink>
              ))}
            {worksWithDocuments(me.data) && <NavLink to="/documents">{t('app.documents')}</NavLink>}
            {roles(me.data).some((role) => ['translator', 'reviewer'].includes(role)) && <NavLink to="/translate">{t('app.translate')}</NavLink>}
            {roles(me.data).some((role) => LANGUAGE_ROLES.includes(role)) && (
              <>
                <NavLink to="/glossary">{t('app.glossary')}</NavLink>
                <NavLink to="/ui-strings">{t('app.uiStrings')}</NavLink>
              </>
            )}
            <NavLink to="/me">{t('app.profile')}</NavLink>
          </nav>
        )}
        <div className="top-end">
          <LanguageSwitcher current={locale} onChange={(next) => void changeLocale(next)} />
          {signedIn && me.data && (
            <>
              <span className="who">{t('app.signedInAs', { name: me.data.displayName })}</span>
              <button type="button" onClick={() => void leave()}>
                {t('app.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <Routes>
        <Route path="/invitations/accept" element={<AcceptInvitationPage />} />
        <Route path="/password/reset" element={<ResetPasswordPage />} />
        <Route path="/apply" element={<ApplyPage />} />
        <Route
          path="*"
          element={
            signedIn && enrolmentOnly && me.data ? (
              // Until a second factor is set up, this session may do nothing else (the API refuses the rest).
              <MfaPage me={me.data} onReload={() => me.refetch()} enrolmentOnly onDone={() => void leave()} />
            ) : signedIn ? (
              <SignedInRoutes me={me.data} loading={me.isLoading} error={me.error} retry={() => void me.refetch()} reloadMe={() => me.refetch()} />
            ) : (
              <SignInPage />
            )
          }
        />
      </Routes>
    </>
  );
}

function SignedInRoutes({
  me,
  loading,
  error,
  retry,
  reloadMe,
}: {
  me: Me | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
  reloadMe: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  if (!me) {
    return (
      <main id="main">
        <QueryState isLoading={loading} error={error} onRetry={retry} />
      </main>
    );
  }
  return (
    <Routes>
      <Route path="/" element={<HomePage me={me} />} />
      <Route path="/onboarding/overview" element={<OverviewPage />} />
      <Route path="/onboarding/cases/:id" element={<CasePage roles={roles(me)} />} />
      <Route path="/translate" element={<QueuePage />} />
      <Route path="/translate/documents/:id/:locale" element={<EditorPage me={me} />} />
      <Route path="/glossary" element={<GlossaryPage />} />
      <Route path="/glossary/:conceptId" element={<ConceptPage me={me} />} />
      <Route path="/ui-strings" element={<UiStringsPage me={me} />} />
      <Route path="/documents" element={<DocumentsPage me={me} />} />
      <Route path="/documents/new" element={<NewDocumentPage me={me} />} />
      <Route path="/documents/:id" element={<DocumentPage me={me} />} />
      <Route path="/documents/:id/revisions" element={<RevisionsPage />} />
      <Route path="/documents/:id/view/:locale" element={<RenderedPage />} />
      <Route path="/me" element={<ProfilePage me={me} onReload={reloadMe} />} />
      <Route path="/me/notifications" element={<NotificationsPage />} />
      <Route path="/me/mfa" element={<MfaPage me={me} onReload={reloadMe} />} />
      <Route path="/me/mfa/enrol" element={<MfaPage me={me} onReload={reloadMe} />} />
      <Route path="/organisations/:organisationId/members" element={<MembersPage me={me} />} />
      <Route
        path="*"
        element={
          <main id="main">
            <h1>{t('common.notFound')}</h1>
            <Link to="/">{t('common.backHome')}</Link>
          </main>
        }
      />
    </Routes>
  );
}
