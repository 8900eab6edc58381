import type { z } from 'zod';

/**
 * What every string a request brings must be, whatever the route: checked once here (strict-validator.ts) instead
 * of in each schema, and reported like any other invalid field, with its JSON pointer.
 *
 * - Text, not broken UTF-16: a lone surrogate cannot be stored as it came (SQLite and PostgreSQL turn it into
 *   U+FFFD), so the audit chain would hash one string and keep another.
 * - No control characters but tab, line feed and carriage return, and no bidi override (U+202D, U+202E): they
 *   make a label read differently from what it holds (the "Trojan Source" trick), in the console, in email and
 *   on the status page.
 * - Names and labels (the fields below) are one line of at most 300 characters, with no bidi control at all:
 *   free text (an update's text, a description) may use bidi embeddings, isolates and marks, as right-to-left
 *   text needs; a name has no use for them.
 */
const NAME_FIELDS = /^(name|title|label|reason|summary)$|[a-z](Name|Title|Label)$/;
export const NAME_MAX = 300;

const LONE_SURROGATE = /\p{Surrogate}/u;
// The controls (C0, DEL, C1) but tab, LF and CR; the bidi overrides.
const CONTROL = /(?![\t\n\r])\p{Cc}|[\u202D\u202E]/u;
// In a name, also line breaks, tabs, every bidi embedding, isolate and mark.
const NAME_CONTROL = /[\t\n\r\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a string at a field, or undefined when it is fine. */
export function textProblem(text: string, field: string | number | undefined): string | undefined {
  // With the u flag a surrogate pair is one code point: only a lone surrogate matches.
  if (LONE_SURROGATE.test(text)) return 'is not text: it holds a lone UTF-16 surrogate';
  const control = CONTROL.exec(text);
  if (control) return `holds the control character ${codePoint(control[0])}`;
  if (typeof field === 'string' && NAME_FIELDS.test(field)) {
    const nameControl = NAME_CONTROL.exec(text);
    if (nameControl) return `is a name: one line, without ${codePoint(nameControl[0])}`;
    if (text.length > NAME_MAX) return `is a name: at most ${NAME_MAX} characters, not ${text.length}`;
  }
  return undefined;
}

/** Adds an issue for each string in `value` (a request's body, query or params) that textProblem refuses. */
export function checkRequestText(value: unknown, ctx: z.RefinementCtx, path: (string | number)[] = []): void {
  if (typeof value === 'string') {
    const problem = textProblem(value, path[path.length - 1]);
    if (problem) ctx.addIssue({ code: 'custom', path, message: problem });
  } else if (Array.isArray(value)) value.forEach((v, i) => checkRequestText(v, ctx, [...path, i]));
  else if (value !== null && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) checkRequestText(v, ctx, [...path, key]);
}
