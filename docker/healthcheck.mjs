// Container health checks (the image has no curl). Exit 0 when healthy, 1 otherwise.
//   node docker/healthcheck.mjs api     GET /api/v1/health/ready on this container's PORT
//   node docker/healthcheck.mjs worker  GET /health on WORKER_METRICS_PORT: the outbox relay runs and
//                                       made progress lately (not just: the database answers)
const mode = process.argv[2] ?? 'api';
const TIMEOUT_MS = 4000;

async function api() {
  const port = process.env.PORT || '3000';
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/health/ready`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (response.status !== 200) throw new Error(`ready answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

async function worker() {
  const port = process.env.WORKER_METRICS_PORT || '9464';
  const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (response.status !== 200) throw new Error(`health answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
}

const checks = { api, worker };
if (!checks[mode]) {
  console.error(`unknown check ${mode}: use api or worker`);
  process.exit(1);
}
checks[mode]().then(
  () => process.exit(0),
  (error) => {
    console.error(`unhealthy: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
