import { Area, AreaChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AvailabilityView } from '../api/views';

/** The period's downtime budget left over time: each counted outage burns it down. */
export function BudgetBurnChart({ report, now }: { report: NonNullable<AvailabilityView['time']>; now: number }) {
  const points = burnPoints(report, now);
  const minutes = (ms: number) => Math.round((ms / 60_000) * 10) / 10;
  return (
    <div
      role="img"
      aria-label={`Downtime budget over ${report.period.label}: ${minutes(report.budget.remainingMs)} of ${minutes(report.budget.allowedMs)} minutes left`}
    >
      <ResponsiveContainer width="100%" height={240}>
        <AreaChart
          data={points.map((p) => ({ t: p.t, left: minutes(p.left) }))}
          margin={{ left: 8, right: 16, top: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[Date.parse(report.period.start), Date.parse(report.period.end)]}
            tickFormatter={(t: number) => new Date(t).toISOString().slice(5, 10)}
          />
          <YAxis unit=" min" width={72} />
          <Tooltip
            labelFormatter={(t) => new Date(Number(t)).toISOString().slice(0, 16).replace('T', ' ')}
            formatter={(v) => [`${String(v)} min`, 'budget left']}
          />
          <ReferenceLine y={0} stroke="var(--mantine-color-red-6)" />
          <Area
            type="stepAfter"
            dataKey="left"
            stroke="var(--mantine-color-indigo-6)"
            fill="var(--mantine-color-indigo-1)"
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Budget left at the start, before and after each counted outage, and now (or the period's end). */
export function burnPoints(report: NonNullable<AvailabilityView['time']>, now: number) {
  const start = Date.parse(report.period.start);
  const end = Math.min(Date.parse(report.period.end), Math.max(now, start));
  let left = report.budget.allowedMs;
  const points = [{ t: start, left }];
  for (const o of [...report.outages].sort((a, b) => a.start.localeCompare(b.start))) {
    if (o.countedMs <= 0) continue;
    points.push({ t: Date.parse(o.start), left });
    left -= o.countedMs;
    points.push({ t: Date.parse(o.end), left });
  }
  points.push({ t: Math.max(end, points[points.length - 1]!.t), left });
  return points;
}
