import { PassThrough, Writable } from 'node:stream';
import { PasswordInputError, readNewPassword } from './read-password';

function terminal(): { input: PassThrough & { isTTY: boolean; setRawMode: jest.Mock }; shown: () => string; prompts: Writable } {
  let shown = '';
  const prompts = new Writable({
    write(chunk, _encoding, next) {
      shown += String(chunk);
      next();
    },
  });
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: jest.fn() });
  return { input, shown: () => shown, prompts };
}

describe('readNewPassword on a terminal', () => {
  it('reads the password twice in raw mode and shows nothing of it', async () => {
    const { input, shown, prompts } = terminal();
    const reading = readNewPassword(input, prompts);
    input.write('mangrove ');
    input.write('roots 中文\r');
    await new Promise((resolve) => setImmediate(resolve));
    input.write('mangrove roots 中文\r');
    await expect(reading).resolves.toBe('mangrove roots 中文');
    expect(shown()).toBe('Password: \nRepeat the password: \n');
    expect(input.setRawMode.mock.calls).toEqual([[true], [false], [true], [false]]);
  });

  it('keeps the second line of a paste that arrives in one chunk, and applies backspace', async () => {
    const { input, prompts } = terminal();
    const reading = readNewPassword(input, prompts);
    input.write('tidal flatz\u007fs at dawn\rtidal flats at dawn\r');
    await expect(reading).resolves.toBe('tidal flats at dawn');
  });

  it('refuses two different passwords', async () => {
    const { input, prompts } = terminal();
    const reading = readNewPassword(input, prompts);
    input.write('tidal flats at dawn\rtidal flats at dusk\r');
    await expect(reading).rejects.toEqual(new PasswordInputError('the two passwords differ'));
  });

  it('stops on Ctrl-C and leaves raw mode', async () => {
    const { input, prompts } = terminal();
    const reading = readNewPassword(input, prompts);
    input.write('tidal\u0003');
    await expect(reading).rejects.toEqual(new PasswordInputError('cancelled'));
    expect(input.setRawMode.mock.calls.at(-1)).toEqual([false]);
  });
});

describe('readNewPassword from a pipe', () => {
  const pipe = (text: string) => {
    const input = new PassThrough();
    input.end(text);
    return input;
  };
  const nowhere = new Writable({ write: (_chunk, _encoding, next) => next() });

  it.each([
    ['tidal flats at dawn\n', 'tidal flats at dawn'],
    ['tidal flats at dawn\r\nignored\n', 'tidal flats at dawn'],
    ['tidal flats at dawn', 'tidal flats at dawn'],
    ['  spaces count  \n', '  spaces count  '],
  ])('takes the first line of %j', async (text, expected) => {
    await expect(readNewPassword(pipe(text), nowhere)).resolves.toBe(expected);
  });

  it('reads a password whose characters arrive split across chunks', async () => {
    const bytes = Buffer.from('mangue à maré 红树林\n', 'utf8');
    const input = new PassThrough();
    const read = readNewPassword(input, nowhere);
    // One byte at a time, each read on its own, as a slow writer's pipe delivers them.
    for (const byte of bytes) {
      input.write(Buffer.of(byte));
      await new Promise((resolve) => setImmediate(resolve));
    }
    input.end();
    await expect(read).resolves.toBe('mangue à maré 红树林');
  });

  it('leaves out the byte-order mark some editors write at the start of a file', async () => {
    await expect(readNewPassword(pipe('\uFEFFtidal flats at dawn\r\n'), nowhere)).resolves.toBe('tidal flats at dawn');
  });

  it('refuses an empty pipe', async () => {
    await expect(readNewPassword(pipe(''), nowhere)).rejects.toBeInstanceOf(PasswordInputError);
  });
});
