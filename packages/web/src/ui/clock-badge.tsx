import { Badge } from '@mantine/core';
import { formatDuration } from './format';

/** A clock's state in words and colour, with the time left (or over) as of `now`. */
export function ClockBadge(props: {
  status: string;
  dueAt: string | null;
  remainingMs: number;
  now: number;
  asOf: number;
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
  const left = dueAt ? Date.parse(dueAt) - now : props.remainingMs - (now - props.asOf);
  if (status === 'breached' || left <= 0)
    return (
      <Badge color="red" variant="filled">
        breached · {formatDuration(-left)} over
      </Badge>
    );
  // Business time left as the server measured it; the deadline instant is when it runs out.
  return (
    <Badge color={left < 3600_000 ? 'orange' : 'indigo'} variant="light">
      {formatDuration(left)} to deadline
    </Badge>
  );
}
