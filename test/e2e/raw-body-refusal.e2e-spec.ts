import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type RawBodyRoute, rawBodyRoutes } from '@bluecarbon/platform';
import { acceptedPartner, stepId, stewardSide, uploadFile } from '../support/onboarding-fixtures';
import { startTestApi, type TestApi } from '../support/test-app';

interface UploadOutcome {
  status: number;
  code: string;
  /** Bytes the client had handed to the socket when the answer arrived. */
  sentWhenAnswered: number;
  total: number;
}

/**
 * Streams `total` bytes in 64 KiB chunks, as fast as the server takes them, and stops when the
 * answer arrives. A server that reads the whole upload before refusing answers only once all
 * of it is sent; one that refuses first answers while most of it is still unsent.
 */
function streamUpload(port: number, path: string, headers: Record<string, string>, total: number): Promise<UploadOutcome> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let sent = 0;
    let answered = false;
    const upload = http.request({ host: '127.0.0.1', port, method: 'POST', path, headers: { ...headers, 'Content-Length': String(total) } });
    upload.on('response', (response) => {
      answered = true;
      const sentWhenAnswered = sent;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        resolve({ status: response.statusCode ?? 0, code: text ? JSON.parse(text).code : '', sentWhenAnswered, total });
      });
    });
    // Once answered, the server closes the connection: writing on into it may fail.
    upload.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += part.length;
        if (!upload.write(part)) {
          upload.once('drain', pump);
          return;
        }
      }
      if (!answered) upload.end();
    };
    pump();
  });
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const pathOf = (route: RawBodyRoute, id: string) => route.url.replace(/:\w+/g, id);

describe('raw-body routes refuse a caller before reading the upload', () => {
  let api: TestApi;
  let port: number;
  let routes: readonly RawBodyRoute[];

  beforeAll(async () => {
    api = await startTestApi();
    await api.app.listen(0, '127.0.0.1');
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    routes = rawBodyRoutes(api.app.getHttpAdapter().getInstance() as unknown as FastifyInstance);
  });
  afterAll(() => api?.close());

  // Just under each route's limit: an upload the old code read in full before it refused.
  const sizeFor = (route: RawBodyRoute) => Math.min(route.maxBytes, 20 * 1024 * 1024) - 1;

  it('finds the raw-body routes the libs registered (evidence files, XLIFF import)', () => {
    expect(routes.map((route) => route.url).sort()).toEqual(
      expect.arrayContaining(['/api/v1/documents/:id/xliff', '/api/v1/onboarding/steps/:stepId/evidence/files']),
    );
  });

  it('answers a junk bearer with 401 while the client is still sending, on every raw-body route', async () => {
    for (const route of routes) {
      const outcome = await streamUpload(
        port,
        pathOf(route, UNKNOWN_ID),
        { Authorization: 'Bearer junk.junk.junk', 'Content-Type': route.contentTypes[0] },
        sizeFor(route),
      );
      expect({ url: route.url, status: outcome.status, code: outcome.code }).toEqual({ url: route.url, status: 401, code: 'unauthorized' });
      expect({ url: route.url, early: outcome.sentWhenAnswered < outcome.total / 2 }).toEqual({ url: route.url, early: true });
    }
  }, 120_000);

  it('answers a signed-in caller without access to the target with 404/403 before reading, on every raw-body route', async () => {
    const { steward } = await stewardSide(api);
    const partner = await acceptedPartner(api, steward);
    for (const route of routes) {
      const outcome = await streamUpload(
        port,
        pathOf(route, UNKNOWN_ID),
        { ...partner.coordinator.auth, 'Content-Type': route.contentTypes[0] },
        sizeFor(route),
      );
      expect({ url: route.url, refused: [403, 404].includes(outcome.status) }).toEqual({ url: route.url, refused: true });
      expect({ url: route.url, early: outcome.sentWhenAnswered < outcome.total / 2 }).toEqual({ url: route.url, early: true });
    }
  }, 120_000);

  it("answers a city uploading to another city's step with 404 before reading, and the owner's upload still works", async () => {
    const { steward } = await stewardSide(api);
    const enping = await acceptedPartner(api, steward);
    const taishan = await acceptedPartner(api, steward);
    const taishanStep = await stepId(api, taishan.caseId, 'focal_point', taishan.coordinator.auth);
    const outcome = await streamUpload(
      port,
      `/api/v1/onboarding/steps/${taishanStep}/evidence/files?fileName=x.pdf`,
      { ...enping.coordinator.auth, 'Content-Type': 'application/pdf' },
      20 * 1024 * 1024 - 1,
    );
    expect(outcome).toMatchObject({ status: 404, code: 'not_found' });
    expect(outcome.sentWhenAnswered).toBeLessThan(outcome.total / 2);
    await uploadFile(api, taishanStep, taishan.coordinator.auth, Buffer.from('%PDF-1.4 focal point letter')).expect(201);
  }, 120_000);
});
