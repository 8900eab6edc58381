import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  openSync,
  fsyncSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Assignment } from '../services/monitors/assignments.js';
import type { SampleInput } from '../services/monitors/record-samples.js';
import type { ProbeLink } from './probe-scheduler.js';

export interface RemoteProbeOptions {
  server: string;
  token: string;
  location: string;
  /** Folder of results not yet accepted by the server: they survive the server's absence and this process's. */
  bufferDir: string;
  fetch?: typeof fetch;
  /** A push that failed: its results stay in the buffer for the next one. */
  onError?(e: unknown): void;
}

/**
 * A probe agent's link to a server over its API. Every batch of results is written to its own file in the buffer
 * folder (synced) before it is sent, and the file is deleted only when the server has accepted it; while the server
 * is unreachable, files accumulate and are sent oldest first when it answers again, so no sample is lost, not even
 * when the agent is killed and restarted.
 */
export function remoteProbeLink(
  options: RemoteProbeOptions,
): ProbeLink & { pending(): number; drain(): Promise<void> } {
  const doFetch = options.fetch ?? fetch;
  const base = options.server.replace(/\/$/, '');
  const headers = { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' };
  mkdirSync(options.bufferDir, { recursive: true });
  let seq = 0;
  const files = () =>
    readdirSync(options.bufferDir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await doFetch(`${base}${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const write = (payload: unknown) => {
    const name = `${Date.now().toString().padStart(15, '0')}-${process.pid}-${(seq++).toString().padStart(6, '0')}.json`;
    const tmp = join(options.bufferDir, `${name}.tmp`);
    writeFileSync(tmp, JSON.stringify(payload));
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, join(options.bufferDir, name));
  };
  let draining: Promise<void> = Promise.resolve();
  const drain = () => {
    draining = draining.then(async () => {
      for (const file of files()) {
        const path = join(options.bufferDir, file);
        await call(
          'POST',
          `/probes/${encodeURIComponent(options.location)}/samples`,
          JSON.parse(readFileSync(path, 'utf8')),
        );
        rmSync(path);
      }
    });
    return draining;
  };
  return {
    assignments: async (member, revision) => {
      const got = (await call(
        'GET',
        `/probes/${encodeURIComponent(options.location)}/assignments?member=${encodeURIComponent(member)}` +
          (revision === undefined ? '' : `&revision=${revision}`),
      )) as { assignments?: Assignment[]; members: string[]; revision: number };
      // The server answers again: send what waited.
      void drain().catch(() => {});
      return got;
    },
    // Once a batch is on disk it is as good as sent: a failed send is retried from the file, never from memory.
    push: async (samples: SampleInput[]) => {
      write({ samples: samples.map((s) => ({ ...s, t: new Date(s.t).toISOString() })) });
      await drain().catch((e) => options.onError?.(e));
    },
    pushCounts: async (monitorId, row) => {
      const counts = [
        { monitorId, ...row, start: new Date(row.start).toISOString(), end: new Date(row.end).toISOString() },
      ];
      write({ samples: [], counts });
      await drain().catch((e) => options.onError?.(e));
    },
    pending: () => files().length,
    drain,
  };
}
