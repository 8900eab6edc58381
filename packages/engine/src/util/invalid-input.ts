/**
 * Input the engine cannot use, and why, in words for the person who wrote it. Returned (`T | InvalidInput`)
 * where bad input is an expected outcome, so a caller tells the two apart with `instanceof`, never by type of
 * string.
 */
export class InvalidInput {
  constructor(readonly message: string) {}
}

export const isInvalid = (value: unknown): value is InvalidInput => value instanceof InvalidInput;
