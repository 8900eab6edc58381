import type { EmailSenderOptions } from '../worker/email-sender.js';

interface Logger {
  info(obj: object, msg: string): void;
  warn(msg: string): void;
  error(obj: unknown): void;
}

/** What the email sender did, as log lines: each attempt with the mail server's reply. */
export function emailSenderLog(log: Logger): EmailSenderOptions['log'] {
  return {
    attempted: (o) => log.info(o, o.accepted ? 'email accepted' : 'email attempt failed'),
    notConfigured: (message) => log.warn(message),
    error: (e) => log.error(e),
  };
}
