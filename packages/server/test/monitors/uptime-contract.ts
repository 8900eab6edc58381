/**
 * The monitor tests' contract: TechJutsu SCSS §1.11, an outage is an interruption of 60 s or more during which 10% or
 * more of users are impaired; 99.90% a month.
 */
export const uptimeContract = `surety: 1
contract: { id: uptime, title: Uptime SLA, provider: Test }
calendars: { always: { zone: UTC, weekly: 24x7 } }
severities: { label: Severity, levels: [{ id: S1, name: one, definition: down }] }
plans: { standard: { name: Standard, targets: { S1: { first_response: { within: 1h } } } } }
availability:
  sli: time
  target: '99.90%'
  guarantee: true
  period: month
  outage: { min_impact: '10%', min_duration: 60s }
`;
