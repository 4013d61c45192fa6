import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { headersSetBy, securityPolicies } from './security-headers';

/** What helmet itself leaves on a real response, headers Node already had included. */
function onRealResponse(policy: ReturnType<typeof securityPolicies>['strict']): Record<string, unknown> {
  const response = new ServerResponse(new IncomingMessage(new Socket()));
  response.setHeader('X-Powered-By', 'something');
  policy(response.req, response, (error?: unknown) => {
    if (error) throw error;
  });
  return response.getHeaders();
}

describe('security headers taken once from helmet', () => {
  it.each(['strict', 'docs'] as const)('are exactly what helmet sets on a real response with the %s policy', (name) => {
    const policy = securityPolicies()[name];
    const recorded = Object.fromEntries(Object.entries(headersSetBy(policy)).map(([header, value]) => [header.toLowerCase(), value]));
    expect(recorded).toEqual(onRealResponse(policy));
    expect(Object.keys(recorded)).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-content-type-options']));
  });

  it('keep the two policies apart: inline scripts only for the docs', () => {
    const { docs, strict } = securityPolicies();
    expect(headersSetBy(docs)['Content-Security-Policy']).toContain(`script-src 'self' 'unsafe-inline'`);
    expect(headersSetBy(strict)['Content-Security-Policy']).toContain(`script-src 'self';`);
  });
});
