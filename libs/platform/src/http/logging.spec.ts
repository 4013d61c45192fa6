import { Writable } from 'node:stream';
import pino from 'pino';
import { loggerOptions, REDACTED, redactSecrets } from './logging';

describe('redactSecrets', () => {
  it('replaces secrets at any depth and keeps everything else', () => {
    const input = {
      email: 'a@b.org',
      password: 'hunter2hunter2',
      nested: { refreshToken: 'abc', list: [{ clientSecret: 's', name: 'ok' }] },
      apiKey: 'k',
    };
    expect(redactSecrets(input)).toEqual({
      email: 'a@b.org',
      password: REDACTED,
      nested: { refreshToken: REDACTED, list: [{ clientSecret: REDACTED, name: 'ok' }] },
      apiKey: REDACTED,
    });
    expect(input.password).toBe('hunter2hunter2');
  });

  it('leaves class instances (requests, errors) to their serializers', () => {
    class Request {
      get method() {
        return 'GET';
      }
    }
    const request = new Request();
    const error = new Error('boom');
    expect(redactSecrets({ req: request, err: error })).toEqual({ req: request, err: error });
    expect((redactSecrets({ req: request }) as { req: Request }).req.method).toBe('GET');
  });
});

describe('logger', () => {
  it('never writes authorization headers, cookies or password fields', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino(loggerOptions('info'), sink);
    logger.info({ req: { headers: { authorization: 'Bearer xyz', cookie: 'sid=1' } }, body: { password: 'p4ss' } }, 'hello');
    const output = lines.join('');
    expect(output).toContain('hello');
    expect(output).not.toContain('xyz');
    expect(output).not.toContain('sid=1');
    expect(output).not.toContain('p4ss');
  });
});
