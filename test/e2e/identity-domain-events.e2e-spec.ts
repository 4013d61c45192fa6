import request from 'supertest';
import { InvitationsService } from '@bluecarbon/identity';
import { createOrganisation, dataSourceOf, signedInMember, type SignedInUser, type TestOrganisation, uniqueSuffix } from '../support/identity-fixtures';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

/**
 * Identity's changes are audited and announced through the outbox in the transaction that
 * makes them: an event exists exactly when the change committed.
 */
describe(`identity changes reach the outbox on the ${engineName()} engine`, () => {
  let api: TestApi;
  let enping: TestOrganisation;
  let coordinator: SignedInUser;
  let otherCoordinator: SignedInUser;

  beforeAll(async () => {
    api = await startTestApi();
    enping = await createOrganisation(api, { kind: 'jurisdiction', name: 'Enping events test' });
    coordinator = await signedInMember(api, enping, 'coordinator');
    otherCoordinator = await signedInMember(api, await createOrganisation(api, { kind: 'jurisdiction', name: 'Taishan events test' }), 'coordinator');
  });
  afterAll(async () => {
    await api?.close();
  });

  async function trail(subjectId: string): Promise<{ audit: string[]; outbox: { type: string; payload: Record<string, unknown> }[] }> {
    const audit: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY at, id`, [subjectId]);
    const outbox: { type: string; payload: Record<string, unknown> }[] = await dataSourceOf(api).query(
      `SELECT type, payload FROM outbox_event WHERE payload ->> 'membershipId' = $1 OR payload ->> 'userId' = $1 OR payload ->> 'invitationId' = $1
        ORDER BY created_at, id`,
      [subjectId],
    );
    return { audit: audit.map((row) => row.action), outbox };
  }

  it('a role change commits its audit entry and its outbox event together; a stale or refused one leaves neither', async () => {
    const member = await signedInMember(api, enping, 'contributor');
    const [{ id: membershipId }]: { id: string }[] = await dataSourceOf(api).query(`SELECT id FROM membership WHERE user_id = $1`, [member.id]);
    const url = `/api/v1/organisations/${enping.id}/members/${membershipId}`;

    await request(api.server).patch(url).set(otherCoordinator.auth).set('If-Match', '"1"').send({ role: 'coordinator' }).expect(403);
    await request(api.server).patch(url).set(coordinator.auth).set('If-Match', '"7"').send({ role: 'coordinator' }).expect(412);
    expect(await trail(membershipId)).toEqual({ audit: [], outbox: [] });

    await request(api.server).patch(url).set(coordinator.auth).set('If-Match', '"1"').send({ role: 'coordinator' }).expect(200);
    const { audit, outbox } = await trail(membershipId);
    expect(audit).toEqual(['identity.membership.updated']);
    expect(outbox).toEqual([
      {
        type: 'identity.membership.updated',
        payload: expect.objectContaining({ membershipId, userId: member.id, organisationId: enping.id, role: 'coordinator', actorId: coordinator.id }),
      },
    ]);
  });

  it('disabling and enabling an account are announced; a second disable changes nothing and announces nothing', async () => {
    const member = await signedInMember(api, enping, 'contributor');
    const [{ id: membershipId }]: { id: string }[] = await dataSourceOf(api).query(`SELECT id FROM membership WHERE user_id = $1`, [member.id]);
    const base = `/api/v1/organisations/${enping.id}/members/${membershipId}`;
    await request(api.server).post(`${base}/disable`).set(coordinator.auth).expect(200);
    await request(api.server).post(`${base}/disable`).set(coordinator.auth).expect(200);
    await request(api.server).post(`${base}/enable`).set(coordinator.auth).expect(200);
    const { outbox } = await trail(member.id);
    const changes = outbox.map((event) => event.type).filter((type) => type.startsWith('identity.user.'));
    expect(changes).toEqual(['identity.user.disabled', 'identity.user.enabled']);
  });

  it("an invitation made inside another module's transaction that rolls back leaves no event, no audit entry, no invitation", async () => {
    const invitations = api.app.get(InvitationsService);
    const email = `rolled.back.${uniqueSuffix()}@example.org`;
    let invitationId = '';
    await expect(
      dataSourceOf(api).transaction(async (manager) => {
        invitationId = (await invitations.inviteWithin(manager, null, enping.id, { email, role: 'contributor' })).id;
        throw new Error('the workflow that asked for it failed after');
      }),
    ).rejects.toThrow('failed after');
    expect(invitationId).not.toBe('');
    expect(await trail(invitationId)).toEqual({ audit: [], outbox: [] });

    const committed = await dataSourceOf(api).transaction((manager) => invitations.inviteWithin(manager, null, enping.id, { email, role: 'contributor' }));
    const { audit, outbox } = await trail(committed.id);
    expect(audit).toEqual(['identity.invitation.created']);
    expect(outbox).toEqual([{ type: 'identity.invitation.created', payload: expect.objectContaining({ invitationId: committed.id, email }) }]);
  });
});
