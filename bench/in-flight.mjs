/** Writes in flight at once: enough for group commit to fill its transactions, as a server's concurrent requests do. */
const IN_FLIGHT = 256;

/** Calls `write(i)` for every i below `count`, IN_FLIGHT at a time, each in order of i. */
export async function inFlight(count, write) {
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < count) await write(next++);
    }),
  );
}
