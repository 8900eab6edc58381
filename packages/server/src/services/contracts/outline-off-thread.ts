import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { outlineContract, type ContractOutline } from '@surety/engine';

/**
 * Contract files up to this size are outlined on the calling thread (a real contract is 5-10 KB and takes a
 * few ms); larger ones in a worker thread, so that a large upload (parsing a file at the size limit takes up
 * to a second or two) does not hold up every other request.
 */
const INLINE_MAX_CHARACTERS = 32 * 1024;

/** The worker: loads the built engine and outlines each source it is sent. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.engine).then(({ outlineContract }) => {
  parentPort.on('message', ({ id, source }) => {
    try {
      parentPort.postMessage({ id, outline: outlineContract(source) });
    } catch (e) {
      parentPort.postMessage({ id, error: String(e && e.message) });
    }
  });
});
`;

interface Pending {
  resolve(outline: ContractOutline): void;
  reject(error: Error): void;
}

let worker: { thread: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 0;

/** What a contract file says about itself (see outlineContract), computed off the event loop when the file is large. */
export async function outlineOffThread(source: string): Promise<ContractOutline> {
  if (source.length <= INLINE_MAX_CHARACTERS) return outlineContract(source);
  const { thread, pending } = (worker ??= startWorker());
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (pending.size === 0) thread.ref(); // keep the process alive while an answer is awaited
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, source });
  });
}

function startWorker(): NonNullable<typeof worker> {
  const engine = pathToFileURL(createRequire(import.meta.url).resolve('@surety/engine')).href;
  const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { engine } });
  const pending = new Map<number, Pending>();
  thread.unref(); // an idle outline worker never keeps the process alive
  thread.on('message', (m: { id: number; outline?: ContractOutline; error?: string }) => {
    const waiting = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) thread.unref();
    if (m.outline) waiting?.resolve(m.outline);
    else waiting?.reject(new Error(`outlining the contract failed: ${m.error}`));
  });
  const fail = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    worker = undefined; // the next large file starts a new worker
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`the contract outline worker stopped (exit code ${code})`)));
  return { thread, pending };
}
