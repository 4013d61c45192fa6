/**
 * Inline markup as the API writes it in segment texts: `{n}…{/n}` pairs and standalone `{n}`
 * (libs/documents README, "Placeholders"). The editor shows them as chips and refuses a save
 * that breaks them, with the same rules as the API's placeholder QA.
 */
const PLACEHOLDER = /\{(\/?)([1-9]\d{0,3})\}/g;

export type Part = { kind: 'text'; text: string } | { kind: 'token'; raw: string; n: number; role: 'open' | 'close' | 'standalone' };

export type TokenProblem = { rule: 'missing' | 'duplicated' | 'unexpected' | 'unbalanced'; placeholder: string };

/** Text and placeholder parts; a `{n}` is an opening when the same text also closes `{/n}`. */
export function parts(text: string): Part[] {
  const closes = new Set([...text.matchAll(PLACEHOLDER)].filter((m) => m[1] === '/').map((m) => m[2]));
  const result: Part[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) result.push({ kind: 'text', text: text.slice(at, match.index) });
    const n = Number(match[2]);
    const role = match[1] === '/' ? 'close' : closes.has(match[2]) ? 'open' : 'standalone';
    result.push({ kind: 'token', raw: match[0], n, role });
    at = match.index + match[0].length;
  }
  if (at < text.length) result.push({ kind: 'text', text: text.slice(at) });
  return result;
}

/** The source's placeholders, each once, in order: what the translator may insert. */
export function sourceTokens(source: string): string[] {
  return [...new Set([...source.matchAll(PLACEHOLDER)].map((m) => m[0]))];
}

/**
 * What a save would break: a placeholder of the source missing or repeated, one invented, or a
 * pair closed out of order. The API refuses approval for the same reasons; the editor refuses
 * the save at once, so markup is never lost on the way.
 */
export function tokenProblems(source: string, target: string): TokenProblem[] {
  const count = (text: string) => [...text.matchAll(PLACEHOLDER)].reduce((map, m) => map.set(m[0], (map.get(m[0]) ?? 0) + 1), new Map<string, number>());
  const inSource = count(source);
  const inTarget = count(target);
  const problems: TokenProblem[] = [];
  for (const [placeholder, n] of inSource) {
    const got = inTarget.get(placeholder) ?? 0;
    if (got === 0) problems.push({ rule: 'missing', placeholder });
    else if (got > n) problems.push({ rule: 'duplicated', placeholder });
  }
  for (const placeholder of inTarget.keys()) if (!inSource.has(placeholder)) problems.push({ rule: 'unexpected', placeholder });
  const pairs = new Set([...source.matchAll(PLACEHOLDER)].filter((m) => m[1] === '/').map((m) => Number(m[2])));
  const open: number[] = [];
  for (const part of parts(target)) {
    if (part.kind !== 'token' || !pairs.has(part.n)) continue;
    if (part.role === 'open') open.push(part.n);
    else if (part.role === 'close') {
      if (open[open.length - 1] === part.n) open.pop();
      else {
        problems.push({ rule: 'unbalanced', placeholder: part.raw });
        const at = open.lastIndexOf(part.n);
        if (at >= 0) open.splice(at, 1);
      }
    }
  }
  for (const n of open) problems.push({ rule: 'unbalanced', placeholder: `{${n}}` });
  return problems;
}

/**
 * Deleting next to a chip removes the whole placeholder, never a brace or a digit of it:
 * the range [start, end) widened to whole placeholders it touches.
 */
export function widenToTokens(text: string, start: number, end: number): [number, number] {
  let from = start;
  let to = end;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const tokenStart = match.index;
    const tokenEnd = match.index + match[0].length;
    if (tokenStart < to && tokenEnd > from) {
      from = Math.min(from, tokenStart);
      to = Math.max(to, tokenEnd);
    }
  }
  return [from, to];
}
