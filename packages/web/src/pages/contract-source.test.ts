import { describe, expect, it } from 'vitest';
import { ruleLines } from './contract-source';

const source = [
  'id: example', // 1
  'plans:', // 2
  '  standard:', // 3
  '    targets:', // 4
  '      S1:', // 5
  '        # Severity 1: "respond within one (1) hour"', // 6
  '        first_response: 1h', // 7
  '        resolution:', // 8
  '          target: 3d', // 9
  '          warn_at: [75%]', // 10
].join('\n');

describe('ruleLines', () => {
  it('finds the line of a scalar rule', () => {
    expect(ruleLines(source, '/plans/standard/targets/S1/first_response')).toEqual({ from: 7, to: 7 });
  });
  it("marks a flow mapping on its key's line alone", () => {
    expect(ruleLines('plans:\n  S1:\n    first_response: { within: 1h }\n', '/plans/S1/first_response')).toEqual({
      from: 3,
      to: 3,
    });
  });
  it('spans a mapping rule from its key to its last line', () => {
    expect(ruleLines(source, '/plans/standard/targets/S1/resolution')).toEqual({ from: 8, to: 10 });
  });
  it('answers null for a rule the contract does not have', () => {
    expect(ruleLines(source, '/plans/priority/targets/S1/first_response')).toBeNull();
  });
});
