import path from 'node:path';

/**
 * A worker thread's entry (for piscina), `name` beside `callerFile`: the compiled `<name>.js` in
 * dist/. Run from the TypeScript sources (jest), the thread needs the same compiler: it starts
 * with the SWC require hook of tools/, and piscina's require() then reads `<name>.ts`.
 */
export function workerFile(callerFile: string, name: string): { filename: string; execArgv?: string[] } {
  const extension = path.extname(callerFile);
  const filename = path.join(path.dirname(callerFile), `${name}${extension}`);
  if (extension !== '.ts') return { filename };
  return { filename, execArgv: [...process.execArgv, '--require', path.resolve(__dirname, '../../../../tools/swc-register.cjs')] };
}
