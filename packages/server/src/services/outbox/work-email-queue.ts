import { QUEUES } from '../../storage/job-queue.js';
import type { ServiceContext } from '../core/service-context.js';
import {
  deliverEmails,
  requeueWaitingEmail,
  type DeliveryPolicy,
  type EmailAttemptOutcome,
  type SendMail,
} from './deliver.js';

/**
 * PostgreSQL: takes this process's share of the email jobs (each names one outbox message), after queuing a job for
 * every message still waiting, so that those written while no process could send go out now.
 */
export async function workEmailQueue(
  ctx: ServiceContext,
  send: SendMail,
  policy: DeliveryPolicy,
  log: (o: EmailAttemptOutcome) => void,
): Promise<void> {
  const jobs = ctx.jobs;
  if (!jobs) throw new Error('the job queue is open only on PostgreSQL');
  await requeueWaitingEmail(ctx);
  await jobs.work(QUEUES.email, 50, async (batch) => {
    for (const o of await deliverEmails(
      ctx,
      batch.map((j) => j.message!),
      send,
      policy,
    ))
      log(o);
  });
}

/** Makes this process's email workers ask the queue for messages now, not at their next poll. */
export function wakeEmailWorkers(ctx: ServiceContext): void {
  ctx.jobs?.wake(QUEUES.email);
}
