import { Progress, Text } from '@mantine/core';
import type { AvailabilityView } from '../api/views';
import { formatDuration } from './format';

/** How much of a period's downtime budget is left, as a bar and in words. */
export function BudgetBar({ report }: { report: AvailabilityView }) {
  const budget = report.time?.budget;
  if (!budget) return <Text size="sm">request-based: {report.requests?.uptime ?? '—'}</Text>;
  const left = budget.allowedMs > 0 ? Math.max(0, budget.remainingMs / budget.allowedMs) : 0;
  return (
    <div>
      <Progress
        value={left * 100}
        color={left > 0.5 ? 'teal' : left > 0.2 ? 'yellow' : 'red'}
        aria-label={`downtime budget left ${Math.round(left * 100)}%`}
      />
      <Text size="xs" c="dimmed">
        {formatDuration(budget.remainingMs)} of {formatDuration(budget.allowedMs)} left
      </Text>
    </div>
  );
}
