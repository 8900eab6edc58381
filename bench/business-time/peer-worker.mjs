// Worker thread that runs one peer library. It answers cases one at a time, posting each result as soon as it
// has it, so that the peer host can tell which case hangs and stop this thread (Worker#terminate) when one does.
import { parentPort, workerData } from 'node:worker_threads';
import { STATUS, generateCases } from './cases.mjs';
import { loadPeer } from './peers.mjs';

const MINUTE = 60_000;

const { peer: peerName, holidays, seed, count } = workerData;
const cases = generateCases(seed, count);
const peer = await loadPeer(peerName, holidays);

function answer(op, i) {
  return op === 'add'
    ? peer.add(cases.addStart[i], cases.addMinutes[i])
    : peer.between(cases.betweenA[i], cases.betweenB[i]);
}

parentPort.on('message', (msg) => {
  if (msg.type === 'check') {
    for (let i = msg.from; i < msg.to; i++) {
      try {
        parentPort.postMessage([i, answer(msg.op, i), STATUS.OK]);
      } catch (e) {
        parentPort.postMessage([i, NaN, STATUS.THREW, String(e?.message ?? e).slice(0, 200)]);
      }
    }
    parentPort.postMessage({ type: 'chunk-done' });
  } else if (msg.type === 'time') {
    // Cases that threw or hung in the check are left out (msg.indices); a throw here is still caught.
    const { op, indices, warmup } = msg;
    let sink = 0;
    for (let k = 0; k < Math.min(warmup, indices.length); k++) {
      try {
        sink += answer(op, indices[k]);
      } catch {
        sink++;
      }
    }
    if (typeof gc === 'function') gc();
    // Timed in CPU time of this process (this worker is the only one running then; the collector's threads count),
    // not wall time: on a shared machine wall time mostly measures how long the process waited for a core.
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    if (op === 'add') {
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k];
        try {
          sink += peer.add(cases.addStart[i], cases.addMinutes[i]);
        } catch {
          sink++;
        }
      }
    } else {
      for (let k = 0; k < indices.length; k++) {
        const i = indices[k];
        try {
          sink += peer.between(cases.betweenA[i], cases.betweenB[i]);
        } catch {
          sink++;
        }
      }
    }
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    const wallMs = performance.now() - wall0;
    parentPort.postMessage({ type: 'timed', op, count: indices.length, ms, wallMs, sink: sink % MINUTE });
  }
});

parentPort.postMessage({ type: 'ready' });
