// A local SMTP sink for trying the onboarding walkthrough without a mail server:
//   node libs/onboarding/tools/mail-sink.mjs            (listens on 127.0.0.1:2525)
//   SMTP_URL=smtp://127.0.0.1:2525 npm start
// Every mail is printed decoded, with any invitation token on a line of its own. Never
// point a real deployment at it: it accepts anything and keeps nothing.
import { SMTPServer } from 'smtp-server';

const port = Number(process.env.MAIL_SINK_PORT ?? 2525);

function decode(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  let body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    body = Buffer.from(
      body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  } else if (/content-transfer-encoding:\s*base64/i.test(head)) {
    body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return { head, body };
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => {
      const { head, body } = decode(Buffer.concat(chunks).toString('utf8'));
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(', ');
      const subject = /^subject:\s*(.*)$/im.exec(head)?.[1] ?? '';
      process.stdout.write(`\n--- mail to ${to}: ${subject}\n${body}\n`);
      const token = /[?&]token=([\w-]+)/.exec(body)?.[1];
      if (token) process.stdout.write(`INVITATION_TOKEN ${to} ${token}\n`);
      callback();
    });
  },
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`mail sink on smtp://127.0.0.1:${port}\n`));
