import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes } from 'mdast';
import type { GlossaryConcept } from '../glossary';

export const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/documents');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

export function glossaryFixture(): GlossaryConcept[] {
  return JSON.parse(fixture('glossary.json')) as GlossaryConcept[];
}

/**
 * An mdast tree as a comparable value: positions dropped, adjacent text merged, collapsible
 * whitespace collapsed (a soft line break and a space mean the same in Markdown).
 */
export function comparableTree(node: Nodes): unknown {
  const { position: _position, ...rest } = node as Nodes & { position?: unknown };
  const out: Record<string, unknown> = { ...rest };
  if (node.type === 'text') out.value = node.value.replace(/[ \t\r\n]+/g, ' ');
  if ('children' in node) {
    const children: Nodes[] = [];
    for (const child of node.children as Nodes[]) {
      const last = children[children.length - 1];
      if (child.type === 'text' && last?.type === 'text') children[children.length - 1] = { ...last, value: last.value + child.value };
      else children.push(child);
    }
    out.children = children.map(comparableTree);
  }
  return out;
}
