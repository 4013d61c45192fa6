import { randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import argon2 from 'argon2';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ARGON2_OPTIONS, type OrganisationKind, type Role } from '@bluecarbon/identity';
import type { TestApi } from './test-app';

/**
 * Factories for people and organisations, for any module's e2e tests. Everything is created
 * with unique names (test files share one server database), straight through SQL so that a
 * test of projects does not depend on the invitation flow working.
 */

/** Passes the password policy; shared by every fixture user (hashed once per test process). */
export const TEST_PASSWORD = 'mangrove roots hold the coastline';
let testPasswordHash: Promise<string> | null = null;

export function dataSourceOf(api: TestApi): DataSource {
  return api.app.get<DataSource>(getDataSourceToken());
}

export function uniqueSuffix(): string {
  return randomBytes(5).toString('hex');
}

/** A jurisdiction code no other test uses, e.g. `ZZ-T3F9A01C2B`. */
export function uniqueJurisdictionCode(): string {
  return `ZZ-T${uniqueSuffix().toUpperCase()}`;
}

export interface TestOrganisation {
  id: string;
  kind: OrganisationKind;
  jurisdictionCode: string | null;
  jurisdictionId: string | null;
}

export async function createOrganisation(
  api: TestApi,
  options: { kind: OrganisationKind; jurisdictionCode?: string; jurisdictionId?: string | null; name?: string },
): Promise<TestOrganisation> {
  const jurisdictionCode = options.kind === 'jurisdiction' ? (options.jurisdictionCode ?? uniqueJurisdictionCode()) : null;
  const name = options.name ?? `Test ${options.kind} ${uniqueSuffix()}`;
  const [row]: { id: string }[] = await dataSourceOf(api).query(
    `INSERT INTO organisation (kind, name, jurisdiction_code, jurisdiction_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [options.kind, JSON.stringify({ en: name, 'zh-CN': `测试 ${name}` }), jurisdictionCode, options.jurisdictionId ?? null],
  );
  return { id: row.id, kind: options.kind, jurisdictionCode, jurisdictionId: options.jurisdictionId ?? null };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  role: Role;
}

export async function createUser(
  api: TestApi,
  options: { organisation: TestOrganisation; role: Role; locales?: string[]; email?: string; preferredLocale?: string },
): Promise<TestUser> {
  const email = options.email ?? `${options.role}.${uniqueSuffix()}@test.bluecarbon.example`;
  const hash = await (testPasswordHash ??= argon2.hash(TEST_PASSWORD, ARGON2_OPTIONS));
  const dataSource = dataSourceOf(api);
  const [user]: { id: string }[] = await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, preferred_locale) VALUES ($1, $2, $3, $4) RETURNING id`,
    [email, `Test ${options.role}`, hash, options.preferredLocale ?? 'en'],
  );
  const locales = options.locales ?? (options.role === 'translator' || options.role === 'reviewer' ? ['en'] : []);
  await dataSource.query(`INSERT INTO membership (user_id, organisation_id, role, locales) VALUES ($1, $2, $3, $4)`, [
    user.id,
    options.organisation.id,
    options.role,
    locales,
  ]);
  return { id: user.id, email, password: TEST_PASSWORD, organisationId: options.organisation.id, role: options.role };
}

export interface Session {
  accessToken: string;
  refreshToken: string | null;
  /** `{ Authorization: 'Bearer …' }`, for supertest's `.set()`. */
  auth: { Authorization: string };
}

export async function signIn(api: TestApi, user: { email: string; password: string }, extra: Record<string, string> = {}): Promise<Session> {
  const response = await request(api.server).post('/api/v1/auth/login').send({ email: user.email, password: user.password, ...extra });
  if (response.status !== 200) throw new Error(`sign-in of ${user.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    auth: { Authorization: `Bearer ${response.body.accessToken}` },
  };
}

export type SignedInUser = TestUser & Session;

/** A user with a role in the organisation, already signed in. */
export async function signedInMember(
  api: TestApi,
  organisation: TestOrganisation,
  role: Role,
  options: { locales?: string[] } = {},
): Promise<SignedInUser> {
  const user = await createUser(api, { organisation, role, locales: options.locales });
  return { ...user, ...(await signIn(api, user)) };
}

/**
 * The cast of the access-matrix and cross-jurisdiction tests: two partner cities (`own` is
 * where the coordinator and contributor work, `other` is a neighbour), plus one user of
 * every other role in an organisation of the right kind.
 */
export interface Cast {
  own: TestOrganisation;
  other: TestOrganisation;
  organisations: Record<'platform' | 'steward' | 'international' | 'languageTeam', TestOrganisation>;
  users: Record<Role, SignedInUser>;
}

export async function createCast(api: TestApi): Promise<Cast> {
  const own = await createOrganisation(api, { kind: 'jurisdiction' });
  const other = await createOrganisation(api, { kind: 'jurisdiction' });
  const organisations = {
    platform: await createOrganisation(api, { kind: 'platform' }),
    steward: await createOrganisation(api, { kind: 'steward' }),
    international: await createOrganisation(api, { kind: 'international' }),
    languageTeam: await createOrganisation(api, { kind: 'language_team' }),
  };
  const users = {
    admin: await signedInMember(api, organisations.platform, 'admin'),
    steward: await signedInMember(api, organisations.steward, 'steward'),
    coordinator: await signedInMember(api, own, 'coordinator'),
    contributor: await signedInMember(api, own, 'contributor'),
    observer: await signedInMember(api, organisations.international, 'observer'),
    translator: await signedInMember(api, organisations.languageTeam, 'translator', { locales: ['en'] }),
    reviewer: await signedInMember(api, organisations.languageTeam, 'reviewer', { locales: ['en'] }),
  };
  return { own, other, organisations, users };
}

/** Audit events written while handling one request (tests send their own X-Request-Id). */
export async function auditActionsOf(api: TestApi, requestId: string): Promise<string[]> {
  const rows: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE request_id = $1 ORDER BY at`, [
    requestId,
  ]);
  return rows.map((row) => row.action);
}
