import { SingleBar, Presets } from 'cli-progress';

/**
 * A progress bar on stderr that appears only when stderr is a terminal and the work has run for more than
 * a second; `log` prints a line without tearing the bar.
 */
export function startProgress(label: string) {
  const started = Date.now();
  let bar: SingleBar | undefined;
  return {
    update(done: number, total: number): void {
      if (!bar && process.stderr.isTTY && Date.now() - started > 1000) {
        bar = new SingleBar(
          { format: `${label} [{bar}] {percentage}% | {eta_formatted} left`, stream: process.stderr },
          Presets.shades_classic,
        );
        bar.start(total, done);
      }
      bar?.update(done);
    },
    log(line: string): void {
      // Stop the bar so the line is not torn; the next update draws a fresh one below it.
      bar?.stop();
      bar = undefined;
      process.stderr.write(line + '\n');
    },
    stop(): void {
      bar?.stop();
    },
  };
}
