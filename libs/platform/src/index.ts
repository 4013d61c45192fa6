export { AuditEvent } from './audit/audit-event.entity';
export { type AuditEntry, AuditService } from './audit/audit.service';
export { REFUSAL_AUDITS_PER_MINUTE, RefusalAudit } from './audit/refusal-audit';
export { AppConfig, type DatabaseEngine } from './config/app-config';
export { EnvironmentVariables } from './config/environment';
export { ConfigurationError, loadEnvironment } from './config/load-environment';
export { readConfig } from './config/read-config';
export { createDataSource, dataSourceOptions, type EntityList } from './database/create-data-source';
export { MIGRATIONS } from './database/migrations';
export { firstRow, insertedId } from './database/first-row';
export { returnedRows } from './database/returned-rows';
export { type PreparedStatement, preparedStatement, queryPrepared } from './database/prepared-statement';
export { runMigrations } from './database/run-migrations';
export { addTranslations, hasTranslation, PLATFORM_TRANSLATIONS, translate } from './i18n/i18n';
export { DEFAULT_LOCALE, type Locale, matchLocale, negotiateLocale, SUPPORTED_LOCALES } from './i18n/negotiate-locale';
export { type LocalizedText, localizedName, localizedTextDto } from './i18n/localized-text';
export { CacheableResponse, contentTag, matchesNoneMatch, PersonalResponse } from './http/cacheable-response';
export { Idempotent, IdempotencyInterceptor } from './http/idempotency.interceptor';
export { createLogger, PinoNestLogger, redactSecrets } from './http/logging';
export { addRawBodyParser, type RawBodyParserOptions, type RawBodyRoute, rawBodyRoutes } from './http/raw-body-parser';
export { IF_MATCH, IfMatch } from './http/if-match.decorator';
export { etagOf, updateVersioned } from './http/optimistic-concurrency';
export { decodeCursor, encodeCursor, MAX_PAGE_SIZE, type Page, PageQuery, toPage } from './http/pagination';
export {
  ApiDecimalProperty,
  ApiFileResponse,
  ApiPageResponse,
  DECIMAL_STRING,
  FREE_FORM_OBJECT,
  LOCALIZED_TEXT_SCHEMA,
  pageSchema,
} from './http/openapi/schema-helpers';
export { routeOf } from './http/problem.filter';
export { buildProblem, type ProblemDocument } from './http/problem-document';
export { type FieldError, PLATFORM_PROBLEMS, type ProblemCatalogue, problemCatalogue, ProblemException, Problems } from './http/problem.exception';
export { IS_PUBLIC, Public } from './http/public.decorator';
export { RequestContext, type RequestContextInit } from './http/request-context';
export { RequestCtx, requestContextOf } from './http/request-context.decorator';
export { adoptPreferredLocale, localeOf } from './http/request-locale';
export { requestPrincipal, setRequestPrincipal } from './http/request-principal';
export { API_PREFIX, createHttpApp, DOCS_PATH, setupApp } from './http/setup-app';
export { VERSIONED, VersionedResponse } from './http/versioned-response';
export { closeGracefullyOnSignal } from './lifecycle/http/graceful-shutdown';
export { ShutdownState } from './lifecycle/shutdown-state';
export { isPermanentConnectionError, startupFailureMessage } from './lifecycle/startup-failure';
export { Metrics } from './metrics/metrics';
export { metricsAccess } from './metrics/metrics-access';
export { METRICS_PATH } from './metrics/http/metrics-route';
export { boundPort, relayHealth, serveWorkerEndpoints } from './metrics/worker-endpoint';
export { OutboxEvent } from './outbox/outbox-event.entity';
export { ANY_EVENT, type OutboxHandler, OutboxRelay } from './outbox/outbox-relay';
export { type ClaimedEvent, MAX_DELIVERY_ATTEMPTS, OutboxService } from './outbox/outbox.service';
export { PlatformModule, type PlatformOptions } from './platform.module';
export { clientNetwork } from './rate-limit/client-network';
export { type Admission, type BackoffPolicy, type LimitState, RateLimiter } from './rate-limit/rate-limiter';
export { JurisdictionDirectory } from './directory/jurisdiction-directory';
export { PartnerProgress, type PartnerStage } from './directory/partner-progress';
export { IsJurisdictionCode, JURISDICTION_CODE } from './validation/jurisdiction-code';
export { IsNotBlank } from './validation/not-blank';
export { IsTimestampWithOffset } from './validation/timestamp';
export { workerFile } from './workers/worker-file';
