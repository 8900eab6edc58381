import { SYSTEM } from '../services/core/service-context.js';
import type { Store } from '../services/core/store.js';
import { assignmentsFor } from '../services/monitors/assignments.js';
import { monitorRow } from '../services/monitors/get.js';
import { probeCheckIn } from '../services/monitors/probe-members.js';
import { recordSamples } from '../services/monitors/record-samples.js';
import { storeRequestCounts } from '../services/monitors/request-counts.js';
import type { ProbeLink } from './probe-scheduler.js';

/** The location the server probes from itself, so `npm start` measures with no other process. */
export const LOCAL = 'local';

/** A probe inside a server process: reads and writes the store directly. */
export function localProbeLink(store: Store, location = LOCAL): ProbeLink {
  const ctx = () => store.context(SYSTEM);
  return {
    assignments: async (member, revision) => ({
      ...(await assignmentsFor(ctx(), location, revision)),
      members: await probeCheckIn(ctx(), location, member),
    }),
    push: async (samples) => void (await recordSamples(ctx(), location, samples)),
    pushCounts: async (monitorId, row) =>
      void (await storeRequestCounts(ctx(), await monitorRow(ctx(), monitorId), [row])),
  };
}
