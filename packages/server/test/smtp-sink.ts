import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/** The SMTP server process tests send to (smtp-sink.mjs): started, stopped and started again on the same port. */
export interface SmtpSink {
  port: number;
  url: string;
  stop(): Promise<void>;
  /** Starts it again on the same port after `stop`. */
  restart(): Promise<void>;
  /** Every message it has stored, parsed (mailparser). */
  received(): Promise<ParsedMail[]>;
  /** How many messages it has stored (cheap: counts files). */
  count(): number;
}

export async function startSmtpSink(dir: string): Promise<SmtpSink> {
  let child: ChildProcess;
  const start = async (port: number) => {
    child = spawn(process.execPath, [new URL('./smtp-sink.mjs', import.meta.url).pathname, dir, String(port)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the SMTP server process ended (${code})`)));
      child.stdout!.once('data', (line: Buffer) => resolve((JSON.parse(line.toString()) as { port: number }).port));
    });
  };
  const port = await start(0);
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.eml'));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        // SIGKILL: the server goes away as a crashed one would, mid-conversation included.
        child.kill('SIGKILL');
      }),
    restart: async () => void (await start(port)),
    received: async () => Promise.all(files().map((f) => simpleParser(readFileSync(join(dir, f))))),
    count: () => files().length,
  };
}

/** Waits until `done()` holds, checking every 50 ms; fails after `ms` with what it was waiting for. */
export async function waitFor(what: string, done: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
