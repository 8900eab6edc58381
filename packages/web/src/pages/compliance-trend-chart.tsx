import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComplianceTrend } from '../api/compliance';
import { describeTrend, trendSeries } from './compliance-trend';

const COLORS = ['#3b5bdb', '#c2255c', '#2b8a3e', '#e8590c', '#5f3dc4', '#0b7285', '#862e9c', '#5c940d'];

/** % met by month, one line per contract. */
export function ComplianceTrendChart({ months, trend }: { months: readonly string[]; trend: ComplianceTrend }) {
  const { contracts, points } = trendSeries(months, trend);
  return (
    <div role="img" aria-label={describeTrend(months, trend)}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={points} margin={{ left: 8, right: 16, top: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis unit="%" domain={[0, 100]} width={56} />
          <Tooltip formatter={(v, name) => [`${String(v)}%`, name]} />
          <Legend />
          {contracts.map((c, i) => (
            <Line
              key={c}
              dataKey={c}
              name={c}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
