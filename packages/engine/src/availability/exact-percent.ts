/**
 * Percentages as exact fractions, so that "99.9%" compares and multiplies without binary rounding, and
 * uptime is never shown rounded up across its target (99.8996% is 99.899%, not 99.90%).
 */
export interface ExactPercent {
  text: string;
  /** The percentage × scale, an integer: 99.9% with scale 10_000 is 999_000. */
  scaled: number;
  scale: number;
}

export function parsePercent(text: string): ExactPercent | undefined {
  const m = /^\s*(\d{1,3})(?:\.(\d{1,6}))?\s*%?\s*$/.exec(text);
  if (!m) return undefined;
  const decimals = m[2] ?? '';
  const scale = 10 ** decimals.length;
  const scaled = Number(m[1]) * scale + Number(decimals || 0);
  if (scaled > 100 * scale) return undefined;
  return { text: text.trim().endsWith('%') ? text.trim() : `${text.trim()}%`, scaled, scale };
}

/** Whether good/total (as a percentage) is at least the target, exactly. */
export function meets(good: number, total: number, target: ExactPercent): boolean {
  return good * 100 * target.scale >= target.scaled * total;
}

/** The part of `total` a target allows to fail: total × (100% − target), exact for ms totals. */
export function allowance(total: number, target: ExactPercent): number {
  return (total * (100 * target.scale - target.scaled)) / (100 * target.scale);
}

/**
 * good/total as a percentage truncated (never rounded up) to `decimals` places. Inputs are integers (ms or
 * request counts) below 2^53 / 10^(decimals+2); then one division is exact enough that the floor is right.
 */
export function formatRatio(good: number, total: number, decimals = 3): string {
  if (total <= 0) return 'n/a';
  const factor = 10 ** decimals;
  const truncated = Math.floor((good * 100 * factor) / total);
  const whole = Math.floor(truncated / factor);
  const fraction = String(truncated % factor).padStart(decimals, '0');
  return decimals ? `${whole}.${fraction}%` : `${whole}%`;
}
