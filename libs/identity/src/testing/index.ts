// For specs only (`@bluecarbon/identity/testing`); tools/build.mjs leaves `testing/` out. The
// demo people stay production data (the embedded demo seeds them); only this export is for tests.
export { IdentityHousekeeping } from '../housekeeping/identity-housekeeping';
export { totpCodeAt } from '../mfa/totp';
export { ARGON2_OPTIONS } from '../passwords/password-hasher';
export { DEMO_USERS } from '../seed/demo-data';
