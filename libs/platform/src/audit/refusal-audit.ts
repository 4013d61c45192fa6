import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ProblemException } from '../http/problem.exception';
import type { RequestContext } from '../http/request-context';
import { clientNetwork } from '../rate-limit/client-network';
import { RateLimiter } from '../rate-limit/rate-limiter';
import { AuditService } from './audit.service';
import { needsRefusalAudit } from './refused-requests';

/**
 * At most this many refusal rows per client address (an IPv6 client's /64, see clientNetwork)
 * and HTTP status per minute: an attacker sending junk tokens must not be able to fill the
 * audit table (nor slow every request with inserts). The counters are the rate limiter's, in
 * Postgres, shared by every replica.
 */
export const REFUSAL_AUDITS_PER_MINUTE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Writes `http.request.refused` for refused requests no service has audited (see needsRefusalAudit). */
@Injectable()
export class RefusalAudit {
  private readonly logger = new Logger('RefusalAudit');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Counts one refusal row for this address and status and says whether it fits the bound.
   * Services that audit a refusal with more detail themselves (a throttled sign-in) ask first,
   * so the bound holds for them too.
   */
  async withinBound(context: RequestContext, status: number): Promise<boolean> {
    const { count } = await this.limiter.hit(`audit-refusal:${clientNetwork(context.clientAddress)}:${status}`, 60);
    return count <= REFUSAL_AUDITS_PER_MINUTE;
  }

  /**
   * `route` is the route's pattern (`PATCH /api/v1/webhooks/:id`), not the URL: a path can
   * carry tokens, a query string always may. `principal` is the signed-in caller, if any.
   */
  async record(context: RequestContext, problem: ProblemException, route: string, principal: string | undefined): Promise<void> {
    if (!needsRefusalAudit(problem.status, problem.code, context.refusalAudited)) return;
    try {
      if (!(await this.withinBound(context, problem.status))) return;
      await this.audit.record(this.dataSource.manager, {
        actorId: principal && UUID.test(principal) ? principal : null,
        action: 'http.request.refused',
        subjectType: 'route',
        subjectId: route,
        after: { status: problem.status, code: problem.code },
        ...context.origin,
      });
    } catch (error) {
      // The client still gets its 4xx; a failing audit write is the operator's problem.
      this.logger.error({ err: error }, 'refusal audit failed');
    }
  }
}
