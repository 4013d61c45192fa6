import type { Role } from '@bluecarbon/identity';
import type { Cast } from './identity-fixtures';
import type { TestApi } from './test-app';

type Auth = { Authorization: string };

/**
 * How test/e2e/if-match-concurrency.e2e-spec.ts writes one route that takes If-Match: two
 * writes with the same ETag, at once. Each module declares its routes in the `concurrency`
 * export of its test/support/<module>-fixtures.ts, keyed `METHOD /api/v1/path`; a route that
 * takes If-Match without an entry fails the test. What an entry leaves out comes from the
 * access matrix: its path factories (on the cast's own city) and bodies, else the OpenAPI
 * examples.
 */
export interface ConcurrencyCase {
  /** Who writes: the cast member of this role. */
  as: Role;
  /**
   * A fresh record in the state the write needs, as path parameters by name, when the
   * access-matrix factory's record is not (e.g. it makes a published version and this route
   * edits drafts).
   */
  params?: (api: TestApi, cast: Cast) => Promise<Record<string, string>>;
  /** The body, when the access-matrix body or the OpenAPI example would not be accepted. */
  body?: (api: TestApi, cast: Cast, params: Record<string, string>) => Promise<object> | object;
  /** The current ETag, for a record without a GET of its own (nor of the action's parent path). */
  etag?: (api: TestApi, cast: Cast, params: Record<string, string>, auth: Auth) => Promise<string>;
  /** Rows besides audit events that each successful write adds (a translation's history), counted before and after. */
  history?: (api: TestApi, params: Record<string, string>) => Promise<number>;
  /**
   * What the loser may answer instead of 412, as the route documents: a state change that
   * checks the state first answers 409 to a request that arrives after the winner committed.
   */
  loserMayAnswer?: number[];
}

export type ConcurrencyPlugin = Record<string, ConcurrencyCase>;
