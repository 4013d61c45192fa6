import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, type Schemas, unwrap } from '../../api/client';
import type { Me } from '../../api/me';
import { Alert } from '../../components/Alert';
import { ConflictAlert } from '../../components/ConflictAlert';
import { QueryState } from '../../components/QueryState';
import { currentLocale } from '../../i18n/i18n';
import { localized } from '../../i18n/localized';
import { saveFailure, type SaveFailure } from '../../api/save-failure';

type Member = Schemas['MemberResponse'];
type Role = Member['role'];
type OrganisationKind = Schemas['OrganisationResponse']['kind'];

/** The roles that manage an organisation's members (the API checks it again: admins anywhere, the others at home). */
export const MANAGING_ROLES: readonly Role[] = ['admin', 'steward', 'coordinator'];

/**
 * Roles a member of each kind of organisation may hold: a copy of identity's
 * ROLES_BY_ORGANISATION_KIND (the web cannot import a server lib), so the select offers only
 * what the API accepts; the API still refuses the rest.
 */
const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
  platform: ['admin'],
  steward: ['steward', 'contributor', 'observer'],
  jurisdiction: ['coordinator', 'contributor'],
  international: ['observer'],
  language_team: ['translator', 'reviewer'],
  buyer: ['bidder'],
};

/** The organisations this user manages the members of. */
export function managedOrganisations(me: Me): Schemas['OrganisationResponse'][] {
  return me.memberships.filter((membership) => MANAGING_ROLES.includes(membership.role)).map((membership) => membership.organisation);
}

/** An organisation's members: change a role (If-Match on the member's version), disable or enable an account. */
export function MembersPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { organisationId = '' } = useParams();
  const organisation = managedOrganisations(me).find((candidate) => candidate.id === organisationId);
  const members = useQuery({
    queryKey: ['members', organisationId],
    queryFn: async (): Promise<Member[]> => unwrap(await api.GET('/api/v1/organisations/{organisationId}/members', { params: { path: { organisationId } } })),
  });
  const name = organisation ? localized(organisation.name, currentLocale()) : '';
  return (
    <main id="main">
      <h1>{name ? t('members.titleOf', { name }) : t('members.title')}</h1>
      {members.data ? (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('members.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.status')}</th>
                <th scope="col">{t('members.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <MemberRow
                  key={member.membershipId}
                  organisationId={organisationId}
                  member={member}
                  roles={organisation ? ROLES_BY_KIND[organisation.kind] : [member.role]}
                  isSelf={member.userId === me.id}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <QueryState isLoading={members.isLoading} error={members.error} onRetry={() => void members.refetch()} />
      )}
    </main>
  );
}

function MemberRow({ organisationId, member, roles, isSelf }: { organisationId: string; member: Member; roles: readonly Role[]; isSelf: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [pending, setPending] = useState(false);
  const path = { organisationId, membershipId: member.membershipId };
  const refresh = () => client.invalidateQueries({ queryKey: ['members', organisationId] });
  const roleOptions = roles.includes(member.role) ? roles : [member.role, ...roles];

  async function run(action: () => Promise<unknown>) {
    setPending(true);
    setFailure(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setFailure(saveFailure(error, ['role'], t('common.networkError')));
    } finally {
      setPending(false);
    }
  }

  const saveRole = () =>
    run(async () =>
      unwrap(
        await api.PATCH('/api/v1/organisations/{organisationId}/members/{membershipId}', {
          params: { path, header: { 'If-Match': `"${member.version}"` } },
          body: { role },
        }),
      ),
    );
  const toggle = () =>
    run(async () =>
      unwrap(
        member.status === 'active'
          ? await api.POST('/api/v1/organisations/{organisationId}/members/{membershipId}/disable', { params: { path } })
          : await api.POST('/api/v1/organisations/{organisationId}/members/{membershipId}/enable', { params: { path } }),
      ),
    );

  return (
    <>
      <tr>
        <th scope="row">{member.displayName}</th>
        <td>{member.email}</td>
        <td>
          {isSelf || roleOptions.length < 2 ? (
            t(`home.roles.${member.role}`)
          ) : (
            <div className="row-edit">
              <select aria-label={t('members.roleOf', { name: member.displayName })} value={role} onChange={(event) => setRole(event.target.value as Role)}>
                {roleOptions.map((option) => (
                  <option key={option} value={option}>
                    {t(`home.roles.${option}`)}
                  </option>
                ))}
              </select>
              {role !== member.role && (
                <button type="button" disabled={pending} onClick={() => void saveRole()}>
                  {t('members.saveRole')}
                </button>
              )}
            </div>
          )}
        </td>
        <td>{t(`members.statuses.${member.status}`)}</td>
        <td>
          {!isSelf && (
            <button
              type="button"
              disabled={pending}
              aria-label={t(member.status === 'active' ? 'members.disableOf' : 'members.enableOf', { name: member.displayName })}
              onClick={() => void toggle()}
            >
              {member.status === 'active' ? t('members.disable') : t('members.enable')}
            </button>
          )}
        </td>
      </tr>
      {failure && (
        <tr>
          <td colSpan={5}>
            {failure.kind === 'conflict' ? (
              <ConflictAlert
                onReload={() => {
                  setFailure(null);
                  void refresh();
                }}
              />
            ) : (
              <Alert tone="error">{[failure.error.message, ...Object.values(failure.error.fields)].join(' ')}</Alert>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
