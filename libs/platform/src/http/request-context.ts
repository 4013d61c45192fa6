import type { Locale } from '../i18n/negotiate-locale';

/** What a service may know about the HTTP request it serves, without knowing HTTP. */
export interface RequestContextInit {
  requestId: string;
  locale: Locale;
  /** The client's address as the proxy chain reports it (trustProxy), for audit and rate limits. */
  clientAddress: string;
}

/**
 * The per-request facts services need: who to answer in which language, what to write into
 * audit entries, which address to count for rate limits. Made once per request (see
 * requestContextOf) and shared by the handler, the services and the problem filter, so a
 * refusal a service audited itself is seen by the filter on the same object.
 */
export class RequestContext {
  readonly requestId: string;
  readonly locale: Locale;
  readonly clientAddress: string;
  // Shared with every context made from this one (an ActorContext), so a mark set through
  // either is seen by the problem filter.
  private readonly refusal: { audited: boolean };

  constructor(from: RequestContextInit | RequestContext) {
    this.requestId = from.requestId;
    this.locale = from.locale;
    this.clientAddress = from.clientAddress;
    this.refusal = from instanceof RequestContext ? from.refusal : { audited: false };
  }

  /**
   * Says that this request's refusal is already in the audit trail with more detail (the
   * access policy's denial, a failed sign-in), so the problem filter does not add
   * `http.request.refused`.
   */
  markRefusalAudited(): void {
    this.refusal.audited = true;
  }

  get refusalAudited(): boolean {
    return this.refusal.audited;
  }

  /** Where an audit entry came from: the request id and the client's address. */
  get origin(): { requestId: string; ip: string } {
    return { requestId: this.requestId, ip: this.clientAddress };
  }
}
