import { parentPort, workerData } from 'node:worker_threads';
import { ReadOnlyContext } from '../../services/core/service-context.js';
import { openReadOnlyStore, type Store } from '../../services/core/store.js';
import { PUBLIC_READER, renderStatusPage } from './render-status-page.js';
import type { PageAnswer, PageRequest } from './status-page-threads.js';

/*
 * A page thread of status-page-threads.ts: renders the public status page over its own read-only connection, as of
 * the instant the server gives it.
 */
const port = parentPort!;
const { path } = workerData as { path: string };
let store: Store | undefined;
const open = () => (store ??= openReadOnlyStore(path));
try {
  open(); // ready before the first reader: the server starts its threads once the file is migrated
} catch {
  // answered at the first request, which tries again
}
const post = (answer: PageAnswer) => {
  // A page that has its memory to itself is handed over, not copied (a small one shares Node's buffer pool).
  const owned = 'page' in answer && answer.page.byteLength === answer.page.buffer.byteLength;
  port.postMessage(answer, owned ? [answer.page.buffer as ArrayBuffer] : []);
};
// The server gives a thread one page at a time (status-page-threads.ts): no two renders interleave here.
port.on('message', ({ now }: PageRequest) => {
  Promise.resolve()
    .then(() => renderStatusPage(open().context(PUBLIC_READER, () => now)))
    .then(
      (page) => post({ page }),
      (e: unknown) =>
        post(e instanceof ReadOnlyContext ? { writes: true } : { error: e instanceof Error ? e.message : String(e) }),
    );
});
