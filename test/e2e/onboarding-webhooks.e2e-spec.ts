import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { EVENT_ID_HEADER, ReminderJob, SIGNATURE_HEADER, verifySignature } from '@bluecarbon/onboarding/testing';
import { MAX_DELIVERY_ATTEMPTS, OutboxRelay, OutboxService } from '@bluecarbon/platform';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { dataSourceOf } from '../support/identity-fixtures';
import { isolatedDatabase } from '../support/isolated-database';
import { acceptedPartner, stepId, stewardSide, type TestPartner } from '../support/onboarding-fixtures';
import { engineName, startTestApi, type TestApi, testConfig } from '../support/test-app';

type Mode = 'ok' | 'fail' | 'drop';

/** A partner's HTTP endpoint on 127.0.0.1 that records what arrives and answers as told. */
class Receiver {
  mode: Mode = 'ok';
  readonly received: { id: string; signature: string; body: string }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({
          id: String(req.headers[EVENT_ID_HEADER]),
          signature: String(req.headers[SIGNATURE_HEADER]),
          body: Buffer.concat(chunks).toString('utf8'),
        });
        if (this.mode === 'drop') return res.socket?.destroy(); // processed, but the answer never arrives
        res.statusCode = this.mode === 'ok' ? 204 : 500;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  idsOf(eventId: string): number {
    return this.received.filter((entry) => entry.id === eventId).length;
  }
}

describe(`onboarding webhooks and reminders on the ${engineName()} engine`, () => {
  let database: Awaited<ReturnType<typeof isolatedDatabase>>;
  let api: TestApi;
  let people: Awaited<ReturnType<typeof stewardSide>>;
  let partner: TestPartner;
  let other: TestPartner;
  const receiver = new Receiver();
  let relay: OutboxRelay;
  let dataSource: DataSource;
  let subscription: { id: string; secret: string };

  beforeAll(async () => {
    // The relay claims every pending event: no other test file's events may be in reach.
    database = await isolatedDatabase();
    api = await startTestApi(database.overrides);
    dataSource = dataSourceOf(api);
    relay = api.app.get(OutboxRelay);
    await receiver.start();
    people = await stewardSide(api);
    partner = await acceptedPartner(api, people.steward);
    other = await acceptedPartner(api, people.steward);
    await drain();
    const created = await request(api.server)
      .post('/api/v1/onboarding/webhooks')
      .set(people.steward.auth)
      .send({ organisationId: people.steward.organisationId, url: receiver.url })
      .expect(201);
    expect(created.body.secret).toMatch(/^whsec_/);
    subscription = created.body;
  });
  afterAll(async () => {
    await api.close();
    await receiver.stop();
    await database.drop();
  });

  async function drain(): Promise<void> {
    for (let round = 0; round < 50 && (await relay.runOnce(100)) > 0; round += 1);
  }

  /** A comment is the smallest onboarding event; returns its outbox event id. */
  async function commentEvent(on: TestPartner = partner): Promise<string> {
    const step = await stepId(api, on.caseId, 'focal_point', on.coordinator.auth);
    const comment = await request(api.server).post(`/api/v1/onboarding/steps/${step}/comments`).set(on.coordinator.auth).send({ body: 'progress' }).expect(201);
    const [event] = await dataSource.query(`SELECT id FROM outbox_event WHERE type = 'onboarding.step.commented' AND payload->>'commentId' = $1`, [
      comment.body.id,
    ]);
    return event.id;
  }

  async function makeDue(eventId: string): Promise<void> {
    await dataSource.query(`UPDATE outbox_event SET available_at = now() WHERE id = $1`, [eventId]);
  }

  const deliveryOf = async (eventId: string) =>
    (
      await dataSource.query(`SELECT status, attempts, last_status_code FROM webhook_delivery WHERE event_id = $1 AND subscription_id = $2`, [
        eventId,
        subscription.id,
      ])
    )[0];

  it('delivers a signed event with its id, only to subscriptions that may see it', async () => {
    const scoped = await request(api.server)
      .post('/api/v1/onboarding/webhooks')
      .set(other.coordinator.auth)
      .send({ organisationId: other.organisation.id, url: `${receiver.url}?city=other` })
      .expect(201);
    const eventId = await commentEvent();
    await drain();
    expect(receiver.idsOf(eventId)).toBe(1); // the steward's, not the other city's
    const delivery = receiver.received.find((entry) => entry.id === eventId)!;
    expect(verifySignature(subscription.secret, delivery.body, delivery.signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ id: eventId, type: 'onboarding.step.commented', data: { jurisdictionCode: partner.code } });
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'delivered', attempts: 1, last_status_code: 204 });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1`, [scoped.body.id]);
    expect(n).toBe(0);
  });

  it('retries a failed delivery with backoff and shows it in the delivery log', async () => {
    receiver.mode = 'fail';
    const eventId = await commentEvent();
    await drain();
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'pending', attempts: 1, last_status_code: 500 });
    const [outbox] = await dataSource.query(`SELECT available_at > now() + interval '1 second' AS later FROM outbox_event WHERE id = $1`, [eventId]);
    expect(outbox.later).toBe(true); // backing off
    receiver.mode = 'ok';
    await makeDue(eventId);
    await drain();
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'delivered', attempts: 2 });

    const log = await request(api.server).get(`/api/v1/onboarding/webhooks/${subscription.id}/deliveries`).set(people.steward.auth).expect(200);
    expect(log.body.items[0]).toMatchObject({ eventId, status: 'delivered', attempts: 2 });
    await request(api.server).get(`/api/v1/onboarding/webhooks/${subscription.id}/deliveries`).set(partner.coordinator.auth).expect(404);
  });

  it('survives a worker crash mid-delivery: at least once, never lost, same id to dedupe on', async () => {
    // The receiver processes the event but the answer is lost (as if the worker died).
    receiver.mode = 'drop';
    const eventId = await commentEvent();
    await drain();
    receiver.mode = 'ok';
    await makeDue(eventId);
    await drain();
    expect(receiver.idsOf(eventId)).toBe(2);
    expect(new Set(receiver.received.filter((entry) => entry.id === eventId).map((entry) => JSON.parse(entry.body).id)).size).toBe(1);
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'delivered' });

    // A worker claims the event and dies before delivering: another takes it over after the lease.
    const lost = await commentEvent();
    const claimed = await api.app.get(OutboxService).claim(100, 1);
    expect(claimed.map((event) => event.id)).toContain(lost);
    await drain();
    expect(receiver.idsOf(lost)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await drain();
    expect(receiver.idsOf(lost)).toBe(1);
  });

  it('dead-letters a delivery after the last attempt', async () => {
    receiver.mode = 'fail';
    const eventId = await commentEvent();
    await dataSource.query(`UPDATE outbox_event SET attempts = $2 WHERE id = $1`, [eventId, MAX_DELIVERY_ATTEMPTS - 1]);
    await drain();
    receiver.mode = 'ok';
    expect(await deliveryOf(eventId)).toMatchObject({ status: 'dead' });
    const [outbox] = await dataSource.query(`SELECT dead_at IS NOT NULL AS dead FROM outbox_event WHERE id = $1`, [eventId]);
    expect(outbox.dead).toBe(true);
  });

  it('sends one reminder per step and day, even from two workers at once', async () => {
    const step = await stepId(api, partner.caseId, 'focal_point', partner.coordinator.auth);
    // Two days overdue in the city's own calendar (the job counts days there, not in UTC).
    await dataSource.query(
      `UPDATE onboarding_step s SET due_on = (now() AT TIME ZONE j.time_zone)::date - 2
         FROM onboarding_case c JOIN jurisdiction j ON j.id = c.jurisdiction_id
        WHERE s.id = $1 AND c.id = s.case_id`,
      [step],
    );
    const contexts: INestApplicationContext[] = [];
    const jobs: ReminderJob[] = [];
    if (engineName() === 'server') {
      // Two worker processes, each with its own pool.
      for (let index = 0; index < 2; index += 1) {
        const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(testConfig(database.overrides)), { logger: false });
        await context.init();
        await context.get(OutboxRelay).stop();
        contexts.push(context);
        jobs.push(context.get(ReminderJob));
      }
    } else {
      jobs.push(api.app.get(ReminderJob), api.app.get(ReminderJob));
    }
    try {
      await Promise.all([...jobs, ...jobs].map((job) => job.runOnce()));
      const reminders = await dataSource.query(`SELECT reminder_day FROM onboarding_step_reminder WHERE step_id = $1`, [step]);
      expect(reminders).toHaveLength(1);
      const events = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'onboarding.step.reminder' AND payload->>'stepId' = $1`, [step]);
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ kind: 'overdue', daysLeft: -2, jurisdictionCode: partner.code });
    } finally {
      for (const context of contexts) await context.close();
    }
  });
});
