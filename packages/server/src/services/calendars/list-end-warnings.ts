import { adminEmails } from '../../storage/repositories/user-repository.js';
import { SYSTEM, type ServiceContext } from '../core/service-context.js';
import { writeTransaction } from '../core/write-transaction.js';
import { enqueueEmail, type OutgoingEmail } from '../outbox/enqueue.js';
import { publicLink } from '../notices/public-url.js';
import { holidayListsCoverage, type HolidayListCoverageJson } from './list-coverage.js';

/** How long before a provider-published holiday list runs out its admins are told, unless configured otherwise. */
export const DEFAULT_LIST_WARNING_DAYS = 90;

/**
 * Tells every admin, by email through the outbox, of each holiday list that runs out within `warnWithinDays`: past
 * its last date a calendar knows no holidays, so Invoca's or SecurEnvoy's deadlines would fall on days the provider
 * is closed. One message per list version and admin, however often this runs and however many processes run it (the
 * outbox keys a message by what it is about); a newly published version that again ends soon is told again. Answers
 * the lists it warned of.
 */
export async function warnOfEndingHolidayLists(
  ctx: ServiceContext,
  warnWithinDays: number,
): Promise<HolidayListCoverageJson[]> {
  const ending = (await holidayListsCoverage({ ...ctx, principal: SYSTEM }, { warnWithinDays })).filter(
    (l) => l.endsSoon,
  );
  if (!ending.length) return [];
  await writeTransaction(ctx, async (trx) => {
    const to = await adminEmails(trx);
    if (to.length)
      await enqueueEmail(
        trx,
        ctx,
        ending.map((list) => warningEmail(ctx, list, to)),
      );
  });
  return ending;
}

function warningEmail(ctx: ServiceContext, l: HolidayListCoverageJson, to: readonly string[]): OutgoingEmail {
  const ends = l.through === null ? 'holds no date' : `ends ${l.through}`;
  const copy = l.origin === 'contract' ? "the contract's initial copy" : `version ${l.version}, published`;
  return {
    kind: 'holiday_list.ending',
    key: `holiday-list:${l.contractId}:${l.list}:${l.version}:ending`,
    to,
    subject: `Holiday list ${l.list} of ${l.contractId} ${ends}`,
    content: {
      title: `The holiday list '${l.list}' of contract ${l.contractId} ${ends}`,
      paragraphs: [
        `In force: ${copy}. Calendars using it: ${l.calendars.join(', ')}.`,
        'After its last date these calendars know no holidays: every weekday counts as a working day and deadlines ' +
          'may fall on days the provider is closed. Publish the next list (PUT or import an iCalendar file) before then.',
      ],
      action: {
        label: 'Publish the next list',
        url: publicLink(ctx, `/app/contracts/${encodeURIComponent(l.contractId)}`),
      },
      footer: 'You get this because you are an admin of this Surety server.',
    },
  };
}
