import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { loggerOptions, PinoNestLogger } from '../http/logging';
import { OutboxRelay } from './outbox-relay';
import type { ClaimedEvent, OutboxService } from './outbox.service';

describe('outbox relay: a failing handler in the log', () => {
  const lines: string[] = [];
  beforeAll(() => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    Logger.overrideLogger(new PinoNestLogger(pino(loggerOptions('info'), stream)));
  });
  afterAll(() => Logger.overrideLogger(false));

  it("logs a handler's database error as the app logs any, without the value it was given", async () => {
    const event = { id: '1', type: 'identity.invitation.created', attempts: 1 } as ClaimedEvent;
    const markFailed = jest.fn(async () => undefined);
    const outbox = { claim: async () => [event], markDelivered: async () => undefined, markFailed } as unknown as OutboxService;
    const relay = new OutboxRelay(outbox);
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "alice@example.org"'), { code: '22P02' });
    relay.register(event.type, async () => {
      throw new QueryFailedError('SELECT $1::uuid', ['alice@example.org'], driverError);
    });

    expect(await relay.runOnce()).toBe(1);

    expect(markFailed).toHaveBeenCalledTimes(1);
    const logged = lines.map((line) => JSON.parse(line) as { eventId?: string; err?: { code?: string } });
    expect(logged).toEqual([expect.objectContaining({ eventId: '1', err: expect.objectContaining({ code: '22P02' }) })]);
    expect(lines.join('\n')).not.toContain('alice@example.org');
  });
});
