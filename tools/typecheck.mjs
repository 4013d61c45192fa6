// `npm run typecheck`: tsconfig.checked.json (noUncheckedIndexedAccess) for the files it
// includes, tsconfig.json for the rest. One flag cannot differ per file within a program, and
// a checked file pulls the engines in; so each program reports only its own files' errors
// (TypeScript checks a file when asked for its diagnostics, so no file is checked twice).
import path from 'node:path';
import ts from 'typescript';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

function parse(name) {
  const file = path.join(root, name);
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(file), { noEmit: true }, file);
}

function diagnostics(parsed, files) {
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return [
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...files.flatMap((name) => {
      const source = program.getSourceFile(name);
      return source ? [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)] : [];
    }),
  ];
}

const checked = parse('tsconfig.checked.json');
// The web portal is a browser program (DOM, JSX, bundler resolution): its own tsconfig.
const web = parse('apps/web/tsconfig.json');
const base = parse('tsconfig.json');
const inChecked = new Set(checked.fileNames);
const found = [
  ...diagnostics(checked, checked.fileNames),
  ...diagnostics(
    base,
    base.fileNames.filter((name) => !inChecked.has(name)),
  ),
  ...diagnostics(web, web.fileNames),
];

const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' };
if (found.length) {
  process.stdout.write(ts.formatDiagnostics(found, host));
  process.stdout.write(`\n${found.length} error(s)\n`);
  process.exit(1);
}
