import { z } from 'zod';
import { parseInstant } from '../services/core/instants.js';

/** Instants on the wire: ISO-8601 with an offset or Z, turned into epoch ms. */
export const instant = z.string().transform((v, ctx) => {
  const t = parseInstant(v);
  if (typeof t === 'string') {
    ctx.addIssue({ code: 'custom', message: t });
    return z.NEVER;
  }
  return t;
});
