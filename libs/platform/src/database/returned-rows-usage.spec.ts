import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'migrations' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

/** The statement's text when `call` is `x.query(<SQL literal>, …)`. */
function sqlOf(call: ts.CallExpression): string | null {
  if (!ts.isPropertyAccessExpression(call.expression) || call.expression.name.text !== 'query') return null;
  const [first] = call.arguments;
  if (first && (ts.isNoSubstitutionTemplateLiteral(first) || ts.isStringLiteral(first) || ts.isTemplateExpression(first))) return first.getText();
  return null;
}

/** Whether the call's answer reaches `returnedRows(…)` (through await, parentheses, a ternary or a cast). */
function readByReturnedRows(call: ts.CallExpression): boolean {
  let node: ts.Node = call;
  while (
    ts.isAwaitExpression(node.parent) ||
    ts.isParenthesizedExpression(node.parent) ||
    ts.isAsExpression(node.parent) ||
    (ts.isConditionalExpression(node.parent) && node.parent.condition !== node)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  return (
    ts.isCallExpression(parent) &&
    ts.isIdentifier(parent.expression) &&
    parent.expression.text === 'returnedRows' &&
    parent.arguments.includes(node as ts.Expression)
  );
}

/**
 * node-postgres answers an UPDATE/DELETE … RETURNING run through TypeORM's `query()` with
 * `[rows, count]`, the embedded engine with the bare rows: destructuring the answer directly
 * takes the row array (always truthy) on one engine and a row on the other. Every such
 * statement in the apps and libs goes through returnedRows.
 */
describe('UPDATE/DELETE … RETURNING through query()', () => {
  it('is read with returnedRows everywhere in apps/ and libs/', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(path.join(ROOT, 'apps')), ...sourceFiles(path.join(ROOT, 'libs'))]) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const sql = sqlOf(node);
          if (sql && /^[`'"]\s*(UPDATE|DELETE)\b/i.test(sql) && /\bRETURNING\b/i.test(sql) && !readByReturnedRows(node)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            offenders.push(`${path.relative(ROOT, file)}:${line + 1}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(offenders).toEqual([]);
  });
});
