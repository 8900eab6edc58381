export interface WakeLoop {
  /** Wakes the loop to work and re-read when it is next due (after a write that may have moved it). */
  poke(): void;
  /** Wakes it only if `at` comes before the instant it sleeps until: most writes move nothing earlier. */
  wakeBy(at: number): void;
  stop(): Promise<void>;
}

/**
 * Does `work`, then sleeps until `nextAt()` (never on a fixed beat), and again. A poke wakes it early; one that
 * arrives while it works makes it look again before sleeping. The longest sleep is a safety net.
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
  let poked = false;
  // While it works, anything may be earlier than what it will read next.
  let sleepsUntil = Infinity;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (poked || stopped) return resolve();
      sleepsUntil = options.now() + ms;
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });
  const done = (async () => {
    while (!stopped) {
      sleepsUntil = Infinity;
      poked = false;
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
  const poke = () => {
    poked = true;
    clearTimeout(timer);
    wake?.();
  };
  return {
    poke,
    wakeBy: (at) => {
      if (at < sleepsUntil) poke();
    },
    stop: async () => {
      stopped = true;
      poke();
      await done;
    },
  };
}
