export interface WakeLoop {
  /** Wakes the loop to work and re-read when it is next due (after a write that may have moved it). */
  poke(): void;
  stop(): Promise<void>;
}

/**
 * Does `work`, then sleeps until `nextAt()` (never on a fixed beat), and again. A poke wakes it early; the
 * longest sleep is a safety net for work queued by other processes.
 */
export function startWakeLoop(options: {
  work(): Promise<void>;
  nextAt(): Promise<number | null>;
  now(): number;
  onError(e: unknown): void;
  maxSleepMs?: number;
}): WakeLoop {
  const maxSleep = options.maxSleepMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  let stopped = false;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const done = (async () => {
    while (!stopped) {
      try {
        await options.work();
        const next = await options.nextAt();
        await sleep(next === null ? maxSleep : Math.min(maxSleep, Math.max(0, next - options.now())));
      } catch (e) {
        options.onError(e);
        await sleep(1000);
      }
    }
  })();
  return {
    poke: () => {
      clearTimeout(timer);
      wake?.();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await done;
    },
  };
}
