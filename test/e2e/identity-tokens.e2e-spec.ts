import { SignJWT } from 'jose';
import request from 'supertest';
import { createOrganisation, createUser, signIn, type Session, type TestUser } from '../support/identity-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';
const key = new TextEncoder().encode(SECRET);

describe('access tokens are checked for signature, algorithm, expiry, issuer and audience', () => {
  let api: TestApi;
  let user: TestUser;
  let session: Session;

  beforeAll(async () => {
    api = await startTestApi({ JWT_SECRET: SECRET, JWT_ISSUER: 'bc-test', JWT_AUDIENCE: 'bc-test-api' });
    const organisation = await createOrganisation(api, { kind: 'steward' });
    user = await createUser(api, { organisation, role: 'steward' });
    session = await signIn(api, user);
  });
  afterAll(() => api.close());

  const me = (token: string) => request(api.server).get('/api/v1/me').set('Authorization', `Bearer ${token}`);
  const sessionOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid;
  const forge = (claims: { exp?: number; iss?: string; aud?: string; sub?: string; scope?: string; sid?: string | null }, signingKey = key, alg = 'HS256') => {
    const now = Math.floor(Date.now() / 1000);
    const sid = claims.sid === undefined ? sessionOf(session.accessToken) : claims.sid;
    return new SignJWT({ scope: claims.scope ?? 'full', ...(sid === null ? {} : { sid }) })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setSubject(claims.sub ?? user.id)
      .setIssuer(claims.iss ?? 'bc-test')
      .setAudience(claims.aud ?? 'bc-test-api')
      .setIssuedAt(now - 10)
      .setExpirationTime(claims.exp ?? now + 300)
      .sign(signingKey);
  };

  it('accepts its own token and a correctly forged one (proving the forgeries below differ in one thing only)', async () => {
    await me(session.accessToken).expect(200);
    await me(await forge({})).expect(200);
  });

  it('refuses no token and a malformed header with 401 problem+json', async () => {
    const none = await request(api.server).get('/api/v1/me').expect(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    await request(api.server).get('/api/v1/me').set('Authorization', session.accessToken).expect(401);
    await request(api.server).get('/api/v1/me').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
  });

  it('refuses an expired token', async () => {
    await me(await forge({ exp: Math.floor(Date.now() / 1000) - 60 })).expect(401);
  });

  it('refuses a tampered signature and a tampered payload', async () => {
    const [header, payload, signature] = session.accessToken.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    await me(`${header}.${payload}.${flipped}`).expect(401);
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const otherPayload = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    await me(`${header}.${otherPayload}.${signature}`).expect(401);
  });

  it('refuses alg none and algorithms outside the allow-list', async () => {
    const [, payload] = session.accessToken.split('.');
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await me(`${noneHeader}.${payload}.`).expect(401);
    await me(`${noneHeader}.${payload}`).expect(401);
    await me(await forge({}, key, 'HS512')).expect(401);
  });

  it('refuses a wrong audience, a wrong issuer and a wrong key', async () => {
    await me(await forge({ aud: 'someone-else' })).expect(401);
    await me(await forge({ iss: 'someone-else' })).expect(401);
    await me(await forge({}, new TextEncoder().encode('another-secret-that-is-long-enough-for-hs256-9876'))).expect(401);
  });

  it('refuses a token for a user that does not exist and an unknown scope', async () => {
    await me(await forge({ sub: '00000000-0000-4000-8000-000000000000' })).expect(401);
    await me(await forge({ scope: 'superuser' })).expect(401);
  });

  it("refuses a token without a session, with an unknown one, with a malformed one and with another user's", async () => {
    await me(await forge({ sid: null })).expect(401);
    await me(await forge({ sid: '00000000-0000-4000-8000-000000000000' })).expect(401);
    await me(await forge({ sid: 'not-a-uuid' })).expect(401);
    await me(await forge({ sub: 'not-a-uuid' })).expect(401);
    const organisation = await createOrganisation(api, { kind: 'international' });
    const other = await signIn(api, await createUser(api, { organisation, role: 'observer' }));
    await me(await forge({ sid: sessionOf(other.accessToken) })).expect(401);
  });
});
