// Self time of .cpuprofile files (BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=tmp/prof"),
// bottom-up: by function (name, file:line) and by package (node_modules/<pkg>, our libs/<lib>,
// node: internals, (garbage collector), (program)), largest first, in percent of the samples.
// BENCH_PROFILE_LAST=<seconds> keeps only the samples of the profile's last seconds (the
// measurement, before shutdown), leaving out start-up and set-up.
//   node tools/bench/cpuprofile-summary.mjs tmp/prof [top=30]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const [target = 'tmp/prof', topArg = '30'] = process.argv.slice(2);
const top = Number(topArg);
const lastMicros = Number(process.env.BENCH_PROFILE_LAST ?? 0) * 1e6;
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => path.join(target, name))
  : [target];

const byFunction = new Map();
const byPackage = new Map();
let total = 0;

function packageOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const lib = /\/(libs|apps)\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(url);
  if (lib) return `${lib[1]}/${lib[2]}${lib[3] && !lib[3].endsWith('.js') ? '/' + lib[3] : ''}`;
  return url;
}

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas ?? [];
  const from = lastMicros ? profile.endTime - lastMicros : -Infinity;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += deltas[i] ?? 0;
    if (at < from) return;
    const node = nodes.get(id);
    const micros = Math.max(0, deltas[i] ?? 0);
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const short = url ? url.replace(/^.*?(node_modules\/|libs\/|apps\/)/, '$1') : '';
    const key = `${name} ${short}${url ? ':' + (lineNumber + 1) : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const pkg = packageOf(url, name);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    total += micros;
  });
}

function print(title, map) {
  console.log(`\n${title} (${files.length} profile(s), ${(total / 1000).toFixed(0)} ms sampled)`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`);
  }
}

print('Self time by package', byPackage);
print('Self time by function', byFunction);
