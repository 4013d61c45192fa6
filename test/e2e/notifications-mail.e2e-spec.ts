import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { Role } from '@bluecarbon/identity';
import { DigestJob, NotificationDispatcher } from '@bluecarbon/notifications/testing';
import { type ClaimedEvent, OutboxRelay, OutboxService } from '@bluecarbon/platform';
import { createDocument } from '../support/documents-fixtures';
import {
  createOrganisation,
  createUser,
  dataSourceOf,
  signIn,
  type TestOrganisation,
  type TestUser,
  uniqueJurisdictionCode,
} from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { decodeBody, decodeSubject, type ReceivedMail, startSmtp } from '../support/smtp';
import { engineName, startTestApi, type TestApi } from '../support/test-app';

const LOCALES = ['zh-CN', 'en', 'pt-BR'] as const;
type Locale = (typeof LOCALES)[number];
const WEB = 'https://portal.example.org';

/** Each kind's event as its producer writes it, who should receive it, and its subject in each language. */
const KINDS: {
  kind: string;
  type: string;
  payload: (city: City) => Record<string, unknown>;
  audience: 'stewards' | 'city' | 'translators';
  subject: Record<Locale, string>;
}[] = [
  {
    kind: 'step_submitted',
    type: 'onboarding.step.submitted',
    payload: (city) => stepPayload(city),
    audience: 'stewards',
    subject: {
      'zh-CN': `${'{city}'}的步骤 site_survey 等待您审核`,
      en: 'Step site_survey of {city} awaits your review',
      'pt-BR': 'A etapa site_survey de {city} aguarda sua revisão',
    },
  },
  {
    kind: 'step_changes_requested',
    type: 'onboarding.step.changes_requested',
    payload: (city) => stepPayload(city),
    audience: 'city',
    subject: { 'zh-CN': '步骤 site_survey 需要修改', en: 'Changes requested on step site_survey', 'pt-BR': 'Alterações pedidas na etapa site_survey' },
  },
  {
    kind: 'step_approved',
    type: 'onboarding.step.approved',
    payload: (city) => stepPayload(city),
    audience: 'city',
    subject: { 'zh-CN': '步骤 site_survey 已获批准', en: 'Step site_survey approved', 'pt-BR': 'Etapa site_survey aprovada' },
  },
  {
    kind: 'step_due_soon',
    type: 'onboarding.step.reminder',
    payload: (city) => ({ ...stepPayload(city), kind: 'due_soon', daysLeft: 3, dueOn: '2026-12-24', actorId: undefined }),
    audience: 'city',
    subject: {
      'zh-CN': '步骤 site_survey 将于 2026-12-24 到期',
      en: 'Step site_survey is due on 2026-12-24',
      'pt-BR': 'O prazo da etapa site_survey é 2026-12-24',
    },
  },
  {
    kind: 'step_overdue',
    type: 'onboarding.step.reminder',
    payload: (city) => ({ ...stepPayload(city), kind: 'overdue', daysLeft: -1, dueOn: '2026-12-01', actorId: undefined }),
    audience: 'city',
    subject: { 'zh-CN': '步骤 site_survey 已逾期', en: 'Step site_survey is overdue', 'pt-BR': 'A etapa site_survey está atrasada' },
  },
  {
    kind: 'translation_assigned',
    type: 'documents.document.created',
    payload: () => ({ documentId: randomUUID(), subjectId: randomUUID(), targetLocales: ['pt-BR'], jurisdictionId: null, actorId: randomUUID() }),
    audience: 'translators',
    subject: { 'zh-CN': '有新文档待翻译（pt-BR）', en: 'A new document to translate (pt-BR)', 'pt-BR': 'Um novo documento para traduzir (pt-BR)' },
  },
  {
    kind: 'translation_outdated',
    type: 'documents.revision.created',
    payload: () => ({ documentId: randomUUID(), revision: 2, targetLocales: ['pt-BR'], outdatedSegments: 3, jurisdictionId: null, actorId: randomUUID() }),
    audience: 'translators',
    subject: { 'zh-CN': '有译文需要更新（pt-BR）', en: 'Translations to update (pt-BR)', 'pt-BR': 'Traduções para atualizar (pt-BR)' },
  },
  {
    kind: 'adaptation_decided',
    type: 'methodology.adaptation.approved',
    payload: (city) => ({
      adaptationId: randomUUID(),
      revision: 1,
      status: 'approved',
      methodologyKey: 'mangrove-conservation',
      version: '1.0.0',
      jurisdictionId: city.jurisdictionId,
      actorId: randomUUID(),
    }),
    audience: 'city',
    subject: {
      'zh-CN': 'mangrove-conservation 1.0.0 的本地化调整：已批准',
      en: 'Adaptation of mangrove-conservation 1.0.0: approved',
      'pt-BR': 'Adaptação de mangrove-conservation 1.0.0: aprovada',
    },
  },
];

interface City {
  organisation: TestOrganisation;
  jurisdictionId: string;
  code: string;
}

function stepPayload(city: City): Record<string, unknown> {
  return {
    caseId: randomUUID(),
    stepId: randomUUID(),
    stepKey: 'site_survey',
    from: 'open',
    to: 'submitted',
    jurisdictionId: city.jurisdictionId,
    jurisdictionCode: city.code,
    actorId: randomUUID(),
  };
}

describe(`notification mail through a real SMTP server, on the ${engineName()} engine`, () => {
  let api: TestApi;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let city: City;
  const people: Record<'stewards' | 'city' | 'translators', Record<Locale, TestUser>> = { stewards: {}, city: {}, translators: {} } as never;
  /** Everyone this test made, the outsiders included. */
  const known = new Set<string>();

  beforeAll(async () => {
    smtp = await startSmtp();
    // The relay claims every pending event: other test files' events must be out of reach.
    database = await isolatedDatabase();
    api = await startTestApi({ ...database.overrides, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, PUBLIC_WEB_URL: WEB });
    const jurisdictionId = randomUUID();
    const code = uniqueJurisdictionCode();
    city = { organisation: await createOrganisation(api, { kind: 'jurisdiction', jurisdictionCode: code, jurisdictionId }), jurisdictionId, code };
    const stewards = await createOrganisation(api, { kind: 'steward' });
    const team = await createOrganisation(api, { kind: 'language_team' });
    // A contributor of another city and a translator of another locale must hear nothing.
    const elsewhere = await createOrganisation(api, { kind: 'jurisdiction', jurisdictionId: randomUUID() });
    for (const outsider of [
      await createUser(api, { organisation: elsewhere, role: 'coordinator' }),
      await createUser(api, { organisation: team, role: 'translator', locales: ['zh-CN'] }),
    ]) {
      known.add(outsider.email.toLowerCase());
    }
    for (const locale of LOCALES) {
      people.stewards[locale] = await createUser(api, { organisation: stewards, role: 'steward', preferredLocale: locale });
      people.city[locale] = await createUser(api, { organisation: city.organisation, role: 'coordinator', preferredLocale: locale });
      people.translators[locale] = await createUser(api, { organisation: team, role: 'translator', locales: ['pt-BR'], preferredLocale: locale });
    }
    for (const group of Object.values(people)) for (const user of Object.values(group)) known.add(user.email.toLowerCase());
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => smtp?.server.close(() => resolve()));
    await database?.drop();
  });

  const relayAll = async () => {
    while ((await api.app.get(OutboxRelay).runOnce()) > 0);
  };
  const enqueue = (type: string, payload: Record<string, unknown>) =>
    dataSourceOf(api).transaction((manager) => api.app.get(OutboxService).enqueue(manager, type, payload));
  const mailsSince = (before: number): ReceivedMail[] => smtp.mails.slice(before);
  const to = (mails: ReceivedMail[], user: TestUser) => mails.filter((mail) => mail.to.includes(user.email.toLowerCase()) || mail.to.includes(user.email));
  const linkIn = (raw: string) => /(https:\/\/portal\.example\.org\/api\/v1\/notifications\/unsubscribe\?token=[^\s]+)/.exec(decodeBody(raw))?.[1] as string;

  it.each(KINDS.map((entry) => [entry.kind, entry]))(
    'mails %s to its audience, each in their language, once even when the event is delivered again',
    async (_kind, entry) => {
      const before = smtp.mails.length;
      const eventId = await enqueue(entry.type, entry.payload(city));
      await relayAll();
      // The relay delivers at least once: the same event handed over again (as after a crash
      // before it was marked delivered), and twice at once, mails nobody a second time.
      await dataSourceOf(api).query(`UPDATE outbox_event SET delivered_at = NULL, attempts = 0 WHERE id = $1`, [eventId]);
      await relayAll();
      const [row] = await dataSourceOf(api).query(`SELECT id, type, payload, attempts, created_at FROM outbox_event WHERE id = $1`, [eventId]);
      const event: ClaimedEvent = { id: row.id, type: row.type, payload: row.payload, attempts: row.attempts, createdAt: row.created_at };
      const dispatcher = api.app.get(NotificationDispatcher);
      await Promise.all([dispatcher.deliver(event), dispatcher.deliver(event)]);

      // The isolated database holds the demo people too: count only this test's.
      const mails = mailsSince(before).filter((mail) => mail.to.some((address) => known.has(address)));
      expect(mails).toHaveLength(LOCALES.length);
      for (const locale of LOCALES) {
        const mine = to(mails, people[entry.audience][locale]);
        expect(mine).toHaveLength(1);
        const [mail] = mine as [ReceivedMail];
        expect(decodeSubject(mail.raw)).toBe(entry.subject[locale].replace('{city}', city.code));
        expect(mail.raw).toMatch(new RegExp(`^Content-Language: ${locale}\\r?$`, 'im'));
        expect(mail.raw).toMatch(/^List-Unsubscribe:\s+<https:\/\/portal\.example\.org\/api\/v1\/notifications\/unsubscribe\?token=/im);
        expect(decodeBody(mail.raw)).toContain(`${WEB}/`);
      }
    },
  );

  it('tells nobody about their own action, nor people of another city', async () => {
    const before = smtp.mails.length;
    await enqueue('onboarding.step.approved', { ...stepPayload(city), actorId: people.city.en.id });
    await relayAll();
    const mails = mailsSince(before).filter((mail) => mail.to.some((address) => known.has(address)));
    expect(
      mails
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual([people.city['zh-CN'].email, people.city['pt-BR'].email].map((email) => email.toLowerCase()).sort());
  });

  it('queues notices for a daily digest when the user chose it, and mails them together once the day is over', async () => {
    const user = people.city['pt-BR'];
    const session = await signIn(api, user);
    const auth = { Authorization: `Bearer ${session.accessToken}` };
    const read = await request(api.server).get('/api/v1/me/notification-preferences').set(auth).expect(200);
    expect(read.body.choices).toContainEqual({ kind: 'step_overdue', delivery: 'immediately' });
    const changed = await request(api.server)
      .patch('/api/v1/me/notification-preferences')
      .set(auth)
      .set('If-Match', read.headers.etag)
      .send({
        choices: [
          { kind: 'step_overdue', delivery: 'daily' },
          { kind: 'step_approved', delivery: 'daily' },
        ],
      })
      .expect(200);
    expect(changed.body.choices).toContainEqual({ kind: 'step_overdue', delivery: 'daily' });
    expect(changed.headers.etag).not.toBe(read.headers.etag);

    const before = smtp.mails.length;
    await enqueue('onboarding.step.reminder', { ...stepPayload(city), kind: 'overdue', dueOn: '2026-12-01', actorId: undefined });
    await enqueue('onboarding.step.approved', stepPayload(city));
    await relayAll();
    // The others are mailed at once; the digest reader is not, yet.
    expect(to(mailsSince(before), user)).toEqual([]);
    expect(to(mailsSince(before), people.city.en)).toHaveLength(2);

    const digests = api.app.get(DigestJob);
    expect(await digests.runOnce(new Date())).toBe(0); // today's notices wait for the day to end
    const tomorrow = new Date(Date.now() + 86_400_000);
    const [first, second] = await Promise.all([digests.runOnce(tomorrow), digests.runOnce(tomorrow)]);
    expect(first + second).toBe(1);
    const [digest, ...more] = to(mailsSince(before), user);
    expect(more).toEqual([]);
    expect(decodeSubject(digest!.raw)).toBe('Portal Carbono Azul: seu resumo diário (2)');
    const body = decodeBody(digest!.raw);
    expect(body).toContain('A etapa site_survey está atrasada');
    expect(body).toContain('Etapa site_survey aprovada');
    expect(await digests.runOnce(tomorrow)).toBe(0);
  });

  it("mails each digest soon after the reader's own midnight: their chosen zone, else their city's, else UTC", async () => {
    const code = uniqueJurisdictionCode();
    const [shenzhen]: { id: string }[] = await dataSourceOf(api).query(
      `INSERT INTO jurisdiction (code, name, level, country, primary_locale, time_zone, status)
       VALUES ($1, '{"en":"Digest city"}', 'city', 'CN', 'zh-CN', 'Asia/Shanghai', 'active') RETURNING id`,
      [code],
    );
    const cityOfShanghaiTime = await createOrganisation(api, { kind: 'jurisdiction', jurisdictionCode: code, jurisdictionId: shenzhen!.id });
    const readers = {
      byCity: await createUser(api, { organisation: cityOfShanghaiTime, role: 'coordinator', preferredLocale: 'zh-CN' }),
      byChoice: await createUser(api, { organisation: cityOfShanghaiTime, role: 'contributor', preferredLocale: 'pt-BR' }),
      byDefault: await createUser(api, { organisation: await createOrganisation(api, { kind: 'international' }), role: 'observer' }),
    };
    await dataSourceOf(api).query(`UPDATE app_user SET time_zone = 'America/Sao_Paulo' WHERE id = $1`, [readers.byChoice.id]);
    // One notice each, queued at 15:00 UTC: 23:00 in Shanghai, 12:00 in São Paulo.
    for (const reader of Object.values(readers)) {
      await dataSourceOf(api).query(
        `INSERT INTO notification_digest_item (event_id, user_id, kind, params, created_at)
         VALUES ($1, $2, 'step_approved', $3, '2026-03-10T15:00:00Z')`,
        [randomUUID(), reader.id, { city: code, step: 'site_survey', path: '/onboarding' }],
      );
    }
    const digests = api.app.get(DigestJob);
    const mailedAt = async (instant: string) => {
      const before = smtp.mails.length;
      await digests.runOnce(new Date(instant));
      return Object.entries(readers)
        .filter(([, reader]) => to(mailsSince(before), reader).length > 0)
        .map(([name]) => name);
    };
    expect(await mailedAt('2026-03-10T16:30:00Z')).toEqual(['byCity']); // 00:30 in Shanghai
    expect(await mailedAt('2026-03-11T00:30:00Z')).toEqual(['byDefault']); // 00:30 UTC, 21:30 in São Paulo
    expect(await mailedAt('2026-03-11T03:30:00Z')).toEqual(['byChoice']); // 00:30 in São Paulo
    expect(await mailedAt('2026-03-12T03:30:00Z')).toEqual([]);
  });

  it('refuses a stale If-Match on the preferences, and of two edits at once exactly one wins', async () => {
    const user = people.translators.en;
    const auth = { Authorization: `Bearer ${(await signIn(api, user)).accessToken}` };
    const etag = (await request(api.server).get('/api/v1/me/notification-preferences').set(auth).expect(200)).headers.etag as string;
    const edit = (delivery: string) =>
      request(api.server)
        .patch('/api/v1/me/notification-preferences')
        .set(auth)
        .set('If-Match', etag)
        .send({ choices: [{ kind: 'adaptation_decided', delivery }] });
    const answers = await Promise.all([edit('daily'), edit('never')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const stored = await request(api.server).get('/api/v1/me/notification-preferences').set(auth).expect(200);
    const winner = answers.find((answer) => answer.status === 200)!;
    expect(stored.body).toEqual(winner.body);
    const bad = await request(api.server)
      .patch('/api/v1/me/notification-preferences')
      .set(auth)
      .set('If-Match', stored.headers.etag)
      .set('Accept-Language', 'pt-BR')
      .send({ choices: [{ kind: 'adaptation_decided', delivery: 'weekly' }] })
      .expect(400);
    expect(bad.body.fieldErrors?.[0]?.field ?? JSON.stringify(bad.body)).toContain('delivery');
  });

  it("unsubscribes without signing in, answering in the recipient's language, and that kind stops", async () => {
    const user = people.stewards['zh-CN'];
    const before = smtp.mails.length;
    await enqueue('onboarding.step.submitted', stepPayload(city));
    await relayAll();
    const [mail] = to(mailsSince(before), user);
    const link = new URL(linkIn(mail!.raw));
    const answer = await request(api.server).get(`${link.pathname}${link.search}`).set('Accept-Language', 'en').expect(200);
    expect(answer.body).toEqual({
      kind: 'step_submitted',
      delivery: 'never',
      locale: 'zh-CN',
      message: '您将不再收到关于“提交审核的入驻步骤”的邮件。您可以在通知设置中更改。',
    });

    const after = smtp.mails.length;
    await enqueue('onboarding.step.submitted', stepPayload(city));
    await relayAll();
    expect(to(mailsSince(after), user)).toEqual([]);
    expect(to(mailsSince(after), people.stewards.en)).toHaveLength(1);
    // Other kinds still reach them.
    const [audit] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE subject_id = $1 AND action = 'notifications.unsubscribed'`, [user.id]);
    expect(audit).toBeDefined();
  });

  it('refuses forged unsubscribe links, in the caller language, changing nothing', async () => {
    const user = people.stewards['pt-BR'];
    const before = smtp.mails.length;
    await enqueue('onboarding.step.submitted', stepPayload(city));
    await relayAll();
    const token = new URL(linkIn(to(mailsSince(before), user)[0]!.raw)).searchParams.get('token')!;
    const [, kind, signature = ''] = token.split('.');
    const victim = people.stewards.en;
    const forgeries = [
      `${victim.id}.${kind}.${signature}`, // another user with this signature
      `${user.id}.step_approved.${signature}`, // another kind
      `${user.id}.${kind}.${signature.slice(0, -2)}AA`,
      `${user.id}.${kind}`,
      '',
    ];
    for (const forged of forgeries) {
      const answer = await request(api.server).get('/api/v1/notifications/unsubscribe').query({ token: forged }).set('Accept-Language', 'pt-BR');
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const invalid = await request(api.server)
      .get('/api/v1/notifications/unsubscribe')
      .query({ token: forgeries[0] })
      .set('Accept-Language', 'pt-BR')
      .expect(400);
    expect(invalid.body).toMatchObject({ code: 'unsubscribe_invalid', title: 'Link de cancelamento inválido' });
    const rows = await dataSourceOf(api).query(`SELECT user_id FROM notification_preferences WHERE user_id = ANY($1::uuid[])`, [[user.id, victim.id]]);
    expect(rows).toEqual([]);
  });

  it('limits unsubscribe attempts per network', async () => {
    let status = 0;
    for (let attempt = 0; attempt < 40 && status !== 429; attempt++) {
      status = (
        await request(api.server)
          .get('/api/v1/notifications/unsubscribe')
          .query({ token: `${randomUUID()}.step_approved.x` })
      ).status;
    }
    expect(status).toBe(429);
  });

  it('hears from the producers themselves: a document created through the API tells its translators', async () => {
    const coordinator = await signIn(api, people.city.en);
    const before = smtp.mails.length;
    await createDocument(
      api,
      { Authorization: `Bearer ${coordinator.accessToken}` },
      { jurisdictionCode: city.code, targetLocales: ['pt-BR'], markdown: 'Mangroves store carbon.\n' },
    );
    await relayAll();
    for (const locale of LOCALES) {
      expect(to(mailsSince(before), people.translators[locale]).map((mail) => decodeSubject(mail.raw))).toEqual([KINDS[5]!.subject[locale]]);
    }
  });

  it('tells only active accounts', async () => {
    const role: Role = 'coordinator';
    const gone = await createUser(api, { organisation: city.organisation, role });
    await dataSourceOf(api).query(`UPDATE app_user SET status = 'disabled' WHERE id = $1`, [gone.id]);
    const before = smtp.mails.length;
    await enqueue('onboarding.step.approved', stepPayload(city));
    await relayAll();
    expect(to(mailsSince(before), gone)).toEqual([]);
  });
});
