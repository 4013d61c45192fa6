import { signatureHeader, subscriptionReceives, verifySignature } from './webhook-signature';

describe('webhook signatures', () => {
  const body = JSON.stringify({ id: 'e1', type: 'onboarding.step.approved' });

  it('verifies its own signature and refuses a changed body, another secret or an old timestamp', () => {
    const header = signatureHeader('whsec_a', body, 1_700_000_000);
    expect(header).toMatch(/^t=1700000000,v1=[0-9a-f]{64}$/);
    expect(verifySignature('whsec_a', body, header, 1_700_000_010)).toBe(true);
    expect(verifySignature('whsec_a', `${body} `, header, 1_700_000_010)).toBe(false);
    expect(verifySignature('whsec_b', body, header, 1_700_000_010)).toBe(false);
    expect(verifySignature('whsec_a', body, header, 1_700_001_000)).toBe(false);
    expect(verifySignature('whsec_a', body, 'garbage', 1_700_000_000)).toBe(false);
  });

  it('routes a partner event to that partner and to the steward side only', () => {
    const event = { type: 'onboarding.step.approved', jurisdictionCode: 'BR-SE' };
    expect(subscriptionReceives({ jurisdictionCode: 'BR-SE', eventTypes: [] }, event)).toBe(true);
    expect(subscriptionReceives({ jurisdictionCode: null, eventTypes: [] }, event)).toBe(true);
    expect(subscriptionReceives({ jurisdictionCode: 'CN-GD-ENPING', eventTypes: [] }, event)).toBe(false);
    expect(subscriptionReceives({ jurisdictionCode: null, eventTypes: ['onboarding.step.submitted'] }, event)).toBe(false);
  });
});
