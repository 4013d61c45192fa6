import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigurationError } from '../config/load-environment';
import { lockPgliteFolder } from './pglite-folder-lock';

describe('lockPgliteFolder', () => {
  let root: string;
  let folder: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bc-lock-'));
    folder = path.join(root, 'pglite');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a folder another holder has open, naming it, until it is released', () => {
    const release = lockPgliteFolder(folder);
    expect(readFileSync(`${folder}.lock`, 'utf8')).toBe(String(process.pid));
    expect(() => lockPgliteFolder(`${folder}/`)).toThrow(ConfigurationError);
    expect(() => lockPgliteFolder(folder)).toThrow(`PGLITE_DATA_DIR: ${folder} is in use by process ${process.pid}`);
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
    lockPgliteFolder(folder)();
  });

  it('takes over the lock of a process that died without releasing it', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${folder}.lock`, String(dead));
    const release = lockPgliteFolder(folder);
    expect(readFileSync(`${folder}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock left with its own pid by an earlier life of this process (a restarted container)', () => {
    // In a container the API gets the same pid on every start: after a crash (OOM, docker kill)
    // the volume keeps a lock naming that pid, which is then this process, holding nothing.
    writeFileSync(`${folder}.lock`, String(process.pid));
    const release = lockPgliteFolder(folder);
    expect(() => lockPgliteFolder(folder)).toThrow(`is in use by process ${process.pid}`);
    release();
    expect(existsSync(`${folder}.lock`)).toBe(false);
  });

  it('takes over an unreadable lock file', () => {
    writeFileSync(`${folder}.lock`, 'garbage');
    lockPgliteFolder(folder)();
  });
});
