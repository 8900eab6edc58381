import { randomBytes, randomUUID } from 'node:crypto';
import { findComponent } from '../../storage/repositories/service-repository.js';
import { insertSubscription } from '../../storage/repositories/subscription-repository.js';
import { ServiceError, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { enqueueEmail } from '../outbox/enqueue.js';
import { publicLink } from '../notices/public-url.js';

const EMAIL = /^[^\s@<>]{1,64}@[^\s@<>]{1,255}$/;

/**
 * Asks for an email subscription to a component: nothing is sent to the address but the confirmation request (double
 * opt-in), written to the outbox with the pending subscription. Anyone may ask (the status page is public); the
 * answer says only that a confirmation was sent, so it reveals nothing about who is subscribed.
 */
export async function subscribe(
  ctx: ServiceContext,
  input: { email: string; serviceId: string; componentId: string },
): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new ServiceError('invalid', 'expected an email address', 'email');
  const token = randomBytes(24).toString('base64url');
  await writeTransaction(ctx, async (trx) => {
    const component = await findComponent(trx, input.serviceId, input.componentId);
    if (!component)
      throw new ServiceError('not_found', `no component ${input.serviceId}/${input.componentId}`, 'component');
    const id = randomUUID();
    await insertSubscription(trx, {
      id,
      email,
      service_id: input.serviceId,
      component_id: input.componentId,
      token,
      created_at: ctx.now(),
      confirmed_at: null,
      unsubscribed_at: null,
    });
    const confirm = publicLink(ctx, `/status/subscriptions/${token}/confirm`);
    await enqueueEmail(trx, ctx, [
      {
        kind: 'subscription.confirm',
        key: `subscription:${id}:confirm`,
        to: [email],
        subject: `Confirm your subscription to ${component.name}`,
        content: {
          title: `Confirm your subscription to ${component.name}`,
          paragraphs: [
            `Someone, probably you, asked for notices about ${component.name} (incidents and maintenance) at this address.`,
            'Nothing will be sent until you confirm. If it was not you, ignore this message.',
          ],
          action: { label: 'Confirm the subscription', url: confirm },
        },
      },
    ]);
  });
}
