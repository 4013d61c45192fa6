import { randomBytes } from 'node:crypto';
import { PATH_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import argon2 from 'argon2';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type Actor, type Decision, type OrganisationKind, PERMISSION, type Resource, type Role, type RoutePermission } from '@bluecarbon/identity';
import { ARGON2_OPTIONS } from '@bluecarbon/identity/testing';
import { API_PREFIX, IF_MATCH, IS_PUBLIC, VERSIONED } from '@bluecarbon/platform';
import type { ConcurrencyPlugin } from './concurrency';
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
  const response = await request(api.server)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: user.password, ...extra });
  if (response.status !== 200) throw new Error(`sign-in of ${user.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    auth: { Authorization: `Bearer ${response.body.accessToken}` },
  };
}

export type SignedInUser = TestUser & Session;

/** A user with a role in the organisation, already signed in. */
export async function signedInMember(api: TestApi, organisation: TestOrganisation, role: Role, options: { locales?: string[] } = {}): Promise<SignedInUser> {
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
  organisations: Record<'platform' | 'steward' | 'international' | 'languageTeam' | 'buyer', TestOrganisation>;
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
    buyer: await createOrganisation(api, { kind: 'buyer' }),
  };
  const users = {
    admin: await signedInMember(api, organisations.platform, 'admin'),
    steward: await signedInMember(api, organisations.steward, 'steward'),
    coordinator: await signedInMember(api, own, 'coordinator'),
    contributor: await signedInMember(api, own, 'contributor'),
    observer: await signedInMember(api, organisations.international, 'observer'),
    translator: await signedInMember(api, organisations.languageTeam, 'translator', { locales: ['en'] }),
    reviewer: await signedInMember(api, organisations.languageTeam, 'reviewer', { locales: ['en'] }),
    bidder: await signedInMember(api, organisations.buyer, 'bidder'),
  };
  return { own, other, organisations, users };
}

/** Audit events written while handling one request (tests send their own X-Request-Id). */
export async function auditActionsOf(api: TestApi, requestId: string): Promise<string[]> {
  const rows: { action: string }[] = await dataSourceOf(api).query(`SELECT action FROM audit_event WHERE request_id = $1 ORDER BY at`, [requestId]);
  return rows.map((row) => row.action);
}

// ---------------------------------------------------------------------------------------
// Route discovery for the access matrix: every controller route Nest registered, with the
// @Public() marker and the permission named by @RequirePermission().

export interface DiscoveredRoute {
  method: string;
  /** OpenAPI form: `/api/v1/organisations/{organisationId}`. */
  path: string;
  isPublic: boolean;
  permission: RoutePermission | null;
  controller: string;
  /** Request headers the handler reads with `@Headers(name)`, lower-case (e.g. `content-type`). */
  headers: string[];
  /** The handler takes `@IfMatch()`. */
  ifMatch: boolean;
  /** The handler answers a versioned resource with its ETag (`@VersionedResponse()`). */
  versioned: boolean;
  /** The handler reads the request body (`@Body()`). */
  body: boolean;
}

export function discoverRoutes(api: TestApi): DiscoveredRoute[] {
  const routes: DiscoveredRoute[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
      if (!controller) continue;
      const controllerPaths = asArray(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const methodPaths = Reflect.getMetadata(PATH_METADATA, handler);
        const method = Reflect.getMetadata(METHOD_METADATA, handler);
        if (methodPaths === undefined || method === undefined) continue;
        const isPublic = Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller));
        const permission: RoutePermission | null = Reflect.getMetadata(PERMISSION, handler) ?? Reflect.getMetadata(PERMISSION, controller) ?? null;
        const args: Record<string, { data?: unknown }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
        const argTypes = Object.keys(args).map((key) => Number(key.split(':')[0]));
        const headers = Object.entries(args)
          .filter(([type, arg]) => Number(type.split(':')[0]) === RouteParamtypes.HEADERS && typeof arg.data === 'string')
          .map(([, arg]) => String(arg.data).toLowerCase());
        for (const base of controllerPaths) {
          for (const own of asArray(methodPaths)) {
            const joined = ['', API_PREFIX, base, own]
              .map((part) => String(part).replace(/^\/+|\/+$/g, ''))
              .filter(Boolean)
              .join('/');
            routes.push({
              method: RequestMethod[method as RequestMethod],
              path: `/${joined}`.replace(/:(\w+)/g, '{$1}'),
              isPublic,
              permission,
              controller: controller.name,
              headers,
              ifMatch: Reflect.getMetadata(IF_MATCH, handler) === true,
              versioned: Reflect.getMetadata(VERSIONED, handler) !== undefined,
              body: argTypes.includes(RouteParamtypes.BODY),
            });
          }
        }
      }
    }
  }
  return routes;
}

function asArray<T>(value: T | T[]): T[] {
  return Array.isArray(value) ? value : [value];
}

interface SchemaObject {
  $ref?: string;
  type?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  example?: unknown;
  enum?: unknown[];
  allOf?: SchemaObject[];
  items?: SchemaObject;
}

export interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: SchemaObject }> };
  parameters?: { in: string; name: string; required?: boolean }[];
  responses?: Record<string, { headers?: Record<string, unknown> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, SchemaObject> };
}

/**
 * A valid request body built from the `example` of each property in the OpenAPI schema, so a
 * refused write is refused for who sends it and not for what is sent. Throws for a required
 * property without an example: give it one in its DTO (`@ApiProperty({ example })`).
 */
export function exampleBody(document: OpenApiDocument, method: string, path: string): Record<string, unknown> | undefined {
  const schema = document.paths[path]?.[method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
  return schema ? (exampleOf(document, schema, `${method} ${path}`) as Record<string, unknown>) : undefined;
}

function exampleOf(document: OpenApiDocument, schema: SchemaObject, where: string): unknown {
  const resolved = resolve(document, schema);
  if (resolved.example !== undefined) return resolved.example;
  if (resolved.properties) {
    const body: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(resolved.properties)) {
      const value = resolve(document, property);
      if (value.example !== undefined || value.properties || (value.type === 'array' && resolved.required?.includes(name))) {
        body[name] = exampleOf(document, value, `${where} .${name}`);
      } else if (resolved.required?.includes(name)) {
        if (value.enum?.length) body[name] = value.enum[0];
        else throw new Error(`${where}: required field "${name}" has no example in its DTO`);
      }
    }
    return body;
  }
  if (resolved.enum?.length) return resolved.enum[0];
  if (resolved.type === 'array' && resolved.items) return [exampleOf(document, resolved.items, `${where}[]`)];
  throw new Error(`${where}: no example in the schema`);
}

function resolve(document: OpenApiDocument, schema: SchemaObject): SchemaObject {
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = document.components?.schemas?.[name];
  if (!target) throw new Error(`unknown schema ${schema.$ref}`);
  return resolve(document, target);
}

// ---------------------------------------------------------------------------------------
// Access-matrix plugins. test/e2e/access-matrix.e2e-spec.ts loads `accessMatrix` from every
// test/support/*-fixtures.ts, so each module covers its own routes in its own file.

/**
 * Fills one path parameter with a record that belongs to `subject` (a partner city's
 * organisation: use its jurisdictionCode / jurisdictionId) and tells the policy what that
 * record is. `state` matters: a draft of another city must come back 404.
 */
export type MatrixParamFactory = (api: TestApi, subject: TestOrganisation, cast: Cast) => Promise<{ value: string; resource: Partial<Resource> }>;

export type MatrixBodyFactory = (api: TestApi, subject: TestOrganisation, cast: Cast) => Promise<{ body: object; resource: Partial<Resource> }>;

export type MatrixDecision = (actor: Actor, resource: Resource) => Decision;

export interface AccessMatrixPlugin {
  /** Routes this module deliberately opens to callers without a token, as `METHOD /api/v1/…`. */
  publicRoutes?: string[];
  /**
   * Factories by `<segment before the parameter>.<parameter>` (e.g. `jurisdictions.id` for
   * `/onboarding/jurisdictions/{id}`) or by bare parameter name (e.g. `organisationId`).
   */
  params?: Record<string, MatrixParamFactory>;
  /**
   * For writes whose subject travels in the body (e.g. `POST /api/v1/projects` with a
   * jurisdictionId), by `METHOD /api/v1/path`: the body to send for `subject` and what the
   * policy should know. Without one, the OpenAPI examples are sent and the record is taken
   * as shared material of no jurisdiction (playbooks, methodology, the directory).
   */
  bodies?: Record<string, MatrixBodyFactory>;
  /**
   * For routes whose service applies a module rule on top of identity's policy (documented in
   * the module's README), by `METHOD /api/v1/path`: that rule, as the exported pure function
   * the service itself calls. Asked only once the guard let the role through; without an
   * entry, identity's `decide` is the expected answer.
   */
  decisions?: Record<string, MatrixDecision>;
  /** Runs once after the cast exists, e.g. to link the cast's cities to Jurisdiction records. */
  prepare?: (api: TestApi, cast: Cast) => Promise<void>;
}

/** Identity's part of the access matrix. */
export const accessMatrix: AccessMatrixPlugin = {
  publicRoutes: [
    'POST /api/v1/auth/login',
    'POST /api/v1/auth/refresh',
    'POST /api/v1/auth/password/forgot',
    'POST /api/v1/auth/password/reset',
    'POST /api/v1/invitations/accept',
  ],
  params: {
    organisationId: async (_api, subject) => ({
      value: subject.id,
      resource: { organisationId: subject.id, jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
    }),
    // A fresh contributor of the subject city, whom each allowed write may change or disable.
    'members.membershipId': async (api, subject) => {
      const user = await createUser(api, { organisation: subject, role: 'contributor' });
      const [row]: { id: string }[] = await dataSourceOf(api).query(`SELECT id FROM membership WHERE user_id = $1`, [user.id]);
      return {
        value: row.id,
        resource: { organisationId: subject.id, jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
      };
    },
    // A pending invitation into the subject organisation, which each allowed resend renews.
    'invitations.invitationId': async (api, subject) => {
      const [row]: { id: string }[] = await dataSourceOf(api).query(
        `INSERT INTO invitation (organisation_id, email, role, token_hash, expires_at) VALUES ($1, $2, 'contributor', $3, now() + interval '1 day') RETURNING id`,
        [subject.id, `matrix.${uniqueSuffix()}@example.org`, `matrix-${uniqueSuffix()}`],
      );
      return {
        value: row.id,
        resource: { organisationId: subject.id, jurisdictionCode: subject.jurisdictionCode, jurisdictionId: subject.jurisdictionId },
      };
    },
  },
};

/** Identity's routes that take If-Match. */
export const concurrency: ConcurrencyPlugin = {
  'PATCH /api/v1/me': { as: 'contributor' },
  'PATCH /api/v1/organisations/{organisationId}': { as: 'coordinator' },
  'PATCH /api/v1/organisations/{organisationId}/members/{membershipId}': { as: 'coordinator' },
};
