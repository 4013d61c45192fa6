/**
 * operationIds that read as verbs, so a generated client calls `listCases()` and
 * `approveStep()` rather than `CasesController_list`. Swagger's factory sees one operation at
 * a time; the names are settled over the whole document (nameOperations), where collisions are
 * visible. Pure: no Nest, no HTTP.
 */

/** What the Swagger factory records for each operation; nameOperations turns it into a name. */
export function operationKey(controllerKey: string, methodKey: string): string {
  return `${controllerKey}.${methodKey}`;
}

/** Method names that start with a verb. Anything else (`overview`, `history`, `live`) reads a resource: `get…`. */
const VERBS = new Set([
  'accept',
  'add',
  'apply',
  'approve',
  'assign',
  'attach',
  'calculate',
  'check',
  'close',
  'confirm',
  'create',
  'decline',
  'delete',
  'deprecate',
  'diff',
  'disable',
  'download',
  'enable',
  'export',
  'forgot',
  'get',
  'import',
  'invite',
  'list',
  'login',
  'logout',
  'open',
  'place',
  'publish',
  'put',
  'refresh',
  'register',
  'reject',
  'remove',
  'render',
  'request',
  'resend',
  'reset',
  'retire',
  'review',
  'revise',
  'save',
  'start',
  'submit',
  'update',
  'upgrade',
  'validate',
  'waive',
]);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** `CasesController` → `Cases` / `Case`; `MethodologiesController` → `Methodology`. */
function subject(controllerKey: string, plural: boolean): string {
  const stem = controllerKey.replace(/Controller$/, '');
  if (plural) return stem;
  if (/ies$/.test(stem)) return stem.replace(/ies$/, 'y');
  if (/[^s]s$/.test(stem)) return stem.slice(0, -1);
  return stem;
}

/** `createDraft` → ['create', 'Draft']; `overview` → ['get', 'Overview']. */
function verbAndObject(methodKey: string): [string, string] {
  const [first = methodKey, ...rest] = methodKey.split(/(?=[A-Z])/);
  return VERBS.has(first) ? [first, rest.join('')] : ['get', capitalise(methodKey)];
}

/** The short name (`confirmTotp`, `listCases`) and the qualified one (`confirmMeTotp`), for collisions. */
function candidates(controllerKey: string, methodKey: string): { short: string; qualified: string } {
  const [verb, object] = verbAndObject(methodKey);
  const noun = subject(controllerKey, verb === 'list');
  const qualified = `${verb}${noun}${object}`;
  return { short: object ? `${verb}${object}` : qualified, qualified };
}

/**
 * Names every operation: the method's own name when it already says what it acts on and no
 * other operation wants the same (`confirmTotp`, `requestChanges`); otherwise the verb, the
 * controller's subject and the rest (`getCase`, `listCases`, `createPlaybookDraft` next to
 * `createMethodologyDraft`). Returns key → name; names are unique.
 */
export function nameOperations(keys: readonly string[]): Map<string, string> {
  const proposals = keys.map((key) => {
    const [controllerKey = '', methodKey = ''] = key.split('.');
    return { key, ...candidates(controllerKey, methodKey) };
  });
  const shortCount = new Map<string, number>();
  for (const { short } of proposals) shortCount.set(short, (shortCount.get(short) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const { key, short, qualified } of proposals) {
    let name = shortCount.get(short) === 1 ? short : qualified;
    // Two controllers with the same subject would still collide: keep the names unique.
    for (let n = 2; taken.has(name); n += 1) name = `${qualified}${n}`;
    taken.add(name);
    names.set(key, name);
  }
  return names;
}
