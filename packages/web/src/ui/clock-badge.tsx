import { Badge } from '@mantine/core';
import { businessLeft, type BusinessHours } from './business-countdown';
import { formatDuration, formatInstant } from './format';

/**
 * A clock's state in words and colour, with the time left (or over) as of `now`. Given the clock's business hours
 * (the queue's answer), the time left is business time and stands still outside them, which the badge says;
 * without them, the time to the deadline instant.
 */
export function ClockBadge(props: {
  status: string;
  dueAt: string | null;
  remainingMs: number;
  now: number;
  asOf: number;
  hours?: BusinessHours;
}) {
  const { status, dueAt, now } = props;
  if (status === 'paused')
    return (
      <Badge color="gray" variant="light">
        paused · {formatDuration(props.remainingMs)} left
      </Badge>
    );
  if (status === 'met')
    return (
      <Badge color="teal" variant="light">
        met
      </Badge>
    );
  if (status === 'cancelled')
    return (
      <Badge color="gray" variant="outline">
        cancelled
      </Badge>
    );
  const business = props.hours && businessLeft(props.remainingMs, props.asOf, now, props.hours);
  const left = business ? business.leftMs : dueAt ? Date.parse(dueAt) - now : props.remainingMs - (now - props.asOf);
  if (status === 'breached' || left <= 0 || (dueAt && Date.parse(dueAt) <= now))
    return (
      <Badge color="red" variant="filled">
        breached · {formatDuration(dueAt ? Math.max(0, now - Date.parse(dueAt)) : -left)} over
      </Badge>
    );
  if (business && !business.open)
    return (
      <Badge
        color="gray"
        variant="light"
        title={business.resumesAt ? `business hours open ${formatInstant(business.resumesAt)}` : undefined}
      >
        {formatDuration(left)} left · outside hours
      </Badge>
    );
  // Business time left as the server measured it; the deadline instant is when it runs out.
  return (
    <Badge color={left < 3600_000 ? 'orange' : 'indigo'} variant="light">
      {formatDuration(left)} to deadline
    </Badge>
  );
}
