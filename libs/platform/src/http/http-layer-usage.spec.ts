import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');

/**
 * The files that may know Fastify: what turns an HTTP request into arguments and a result into
 * a reply. Everything else (services, rules, queries) gets a RequestContext or plain values.
 */
const HTTP_LAYER_SUFFIXES = ['.controller.ts', '.guard.ts', '.decorator.ts', '.filter.ts', '.interceptor.ts', '.hook.ts', '-body-parser.ts'];
const HTTP_LAYER_FOLDER = `${path.sep}http${path.sep}`;

function isHttpLayer(file: string): boolean {
  return HTTP_LAYER_SUFFIXES.some((suffix) => file.endsWith(suffix)) || path.relative(ROOT, file).includes(HTTP_LAYER_FOLDER);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

function libSources(): string[] {
  const libs = path.join(ROOT, 'libs');
  return readdirSync(libs).flatMap((lib) => sourceFiles(path.join(libs, lib, 'src')));
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

function where(source: ts.SourceFile, node: ts.Node): string {
  return `${path.relative(ROOT, source.fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}

/** `import … from 'fastify'` and `import('fastify')` (types included). */
function fastifyImports(source: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      node.moduleSpecifier.text === 'fastify'
    ) {
      found.push(node);
    }
    if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal) &&
      node.argument.literal.text === 'fastify'
    ) {
      found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `….header('ETag', …)` and `etagOf(…)`: a controller returns the view; @VersionedResponse sets ETag. */
function handMadeEtags(source: ts.SourceFile): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const [first] = node.arguments;
      const setsEtag =
        ts.isPropertyAccessExpression(callee) && callee.name.text === 'header' && first && ts.isStringLiteralLike(first) && first.text.toLowerCase() === 'etag';
      const computesEtag = ts.isIdentifier(callee) && callee.text === 'etagOf';
      if (setsEtag || computesEtag) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the HTTP layer', () => {
  const files = libSources();

  it('is the only code in libs/*/src that imports fastify', () => {
    const offenders = files
      .filter((file) => !isHttpLayer(file))
      .flatMap((file) => {
        const source = parse(file);
        return fastifyImports(source).map((node) => where(source, node));
      });
    expect(offenders).toEqual([]);
  });

  it('finds the imports it looks for (the check above can fail)', () => {
    const importers = files.filter((file) => fastifyImports(parse(file)).length > 0);
    expect(importers.some((file) => file.endsWith('problem.filter.ts'))).toBe(true);
  });

  it('sets no ETag by hand in a controller', () => {
    const controllers = files.filter((file) => file.endsWith('.controller.ts'));
    expect(controllers.length).toBeGreaterThan(10);
    const offenders = controllers.flatMap((file) => {
      const source = parse(file);
      return handMadeEtags(source).map((node) => where(source, node));
    });
    expect(offenders).toEqual([]);
  });
});
