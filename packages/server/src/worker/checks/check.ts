/** What one run of a check saw. `ok` false is a failure; `warning` is shown but fails nothing. */
export interface CheckResult {
  ok: boolean;
  latencyMs: number;
  error?: string;
  warning?: string;
}

/** One check type: runs its configuration once against the network. `now` reads the clock (tests pass their own). */
export interface Check<Config> {
  run(config: Config, now: () => number): Promise<CheckResult>;
}

export function failure(started: number, now: () => number, error: string): CheckResult {
  return { ok: false, latencyMs: Math.max(0, now() - started), error };
}

export function errorText(e: unknown): string {
  const err = e as { code?: string; message?: string };
  return err.code
    ? `${err.code}${err.message && !err.message.includes(err.code) ? `: ${err.message}` : ''}`
    : String(err.message ?? e);
}
