import type { Readable, Writable } from 'node:stream';

/** Standard input as the command sees it: a terminal (raw mode available) or a pipe. */
export type PasswordInput = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

export class PasswordInputError extends Error {}

const ENTER = new Set(['\r', '\n', '\u0004']); // Enter, or Ctrl-D
const CTRL_C = '\u0003';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * The new password, never from the command line (it would show in `ps` and the shell's
 * history): typed on a terminal without echo, twice, or the first line of a pipe.
 */
export async function readNewPassword(input: PasswordInput, prompts: Writable): Promise<string> {
  const setRawMode = input.setRawMode?.bind(input);
  if (!input.isTTY || !setRawMode) return readFirstLine(input);
  const password = await readHiddenLine(input, setRawMode, prompts, 'Password: ');
  if ((await readHiddenLine(input, setRawMode, prompts, 'Repeat the password: ')) !== password) {
    throw new PasswordInputError('the two passwords differ');
  }
  return password;
}

async function readFirstLine(input: Readable): Promise<string> {
  // Decoded by the stream: a character whose bytes arrive in two chunks stays whole.
  input.setEncoding('utf8');
  let text = '';
  for await (const chunk of input) {
    text += chunk as string;
    if (text.includes('\n')) break;
  }
  // A file saved "UTF-8 with BOM" (Notepad, PowerShell 5) starts with one; nobody types it.
  const [first = ''] = text.replace(/^\uFEFF/, '').split('\n', 1);
  const line = first.replace(/\r$/, '');
  if (!line) throw new PasswordInputError('no password on standard input (pipe it in, e.g. from a secrets file)');
  return line;
}

/** One line typed in raw mode, so the terminal shows nothing of it. */
function readHiddenLine(input: Readable, setRawMode: (raw: boolean) => unknown, prompts: Writable, prompt: string): Promise<string> {
  prompts.write(prompt);
  setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    // A pasted "password⏎password⏎" arrives as one chunk: what follows Enter is the next line's.
    const done = (outcome: () => void, rest = '') => {
      input.off('data', onData);
      setRawMode(false);
      input.pause();
      if (rest) input.unshift(rest);
      prompts.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      const chars = [...chunk];
      for (const [index, char] of chars.entries()) {
        if (ENTER.has(char)) return done(() => resolve(typed.join('')), chars.slice(index + 1).join(''));
        if (char === CTRL_C) return done(() => reject(new PasswordInputError('cancelled')));
        typed = BACKSPACE.has(char) ? typed.slice(0, -1) : [...typed, char];
      }
    };
    input.on('data', onData);
  });
}
