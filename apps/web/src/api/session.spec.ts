import { session } from './session';

describe('the session held to second-factor enrolment', () => {
  afterEach(() => session.clear());

  it('is held to enrolment only while the sign-in said so, and not after signing out', () => {
    session.set({ accessToken: 'enrolment-token', refreshToken: null, mfaEnrolmentRequired: true });
    expect(session.isSignedIn()).toBe(true);
    expect(session.enrolmentOnly()).toBe(true);
    session.clear();
    expect(session.enrolmentOnly()).toBe(false);
  });

  it('is a full session when the sign-in needs no enrolment', () => {
    session.set({ accessToken: 'access', refreshToken: null, mfaEnrolmentRequired: false });
    expect(session.enrolmentOnly()).toBe(false);
  });
});
