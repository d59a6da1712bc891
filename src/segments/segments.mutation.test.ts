/**
 * The texts of errors in src/segments that no test read (compareGroups' groups, baselines,
 * adjustment and missing tests; a contact-mix share of no contacts): a caller reads the
 * message, so a changed or emptied text must fail a test.
 */
import { describe, expect, test } from 'vitest';
import { expectErrorTexts, expectMetricError } from '../../test/helpers.js';
import { compareGroups, contactMixMetric, npsMetric, npsSummary } from '../index.js';

describe('compareGroups', () => {
  const groups = [
    { key: 'Q1', summary: npsSummary([9, 10, 3, 8]) },
    { key: 'Q2', summary: npsSummary([9, 9, 6, 10]) },
  ];
  const compare = (input: Record<string, unknown>, list: readonly unknown[] = groups) => () =>
    compareGroups(list as typeof groups, { metric: npsMetric(), against: 'previous', ...input } as never);
  const untestable = { ...npsMetric(), compare: undefined, compareWithTarget: undefined };

  test('bad groups, baselines and adjustments say what they must be', () => {
    const baseline = '"previous", { key } or { target }';
    const adjustment = '"none", "bonferroni" or "holm"';
    expectErrorTexts('compareGroups', [
      [compare({}, [groups[0], { ...groups[1], key: 'Q1' }]), 'INCONSISTENT', 'groups[1].key', 'a key not already used by another group'],
      [compare({ against: 'first' }), 'UNKNOWN_VALUE', 'input.against', baseline],
      [compare({ against: {} }), 'UNKNOWN_VALUE', 'input.against', baseline],
      [compare({ against: { key: 'Q1', target: 30 } }), 'UNKNOWN_VALUE', 'input.against', baseline],
      [compare({ against: { group: 'Q1' } }), 'UNKNOWN_VALUE', 'input.against.group', 'a key of a baseline, key or target'],
      [compare({ against: { key: 'Q3' } }), 'UNKNOWN_VALUE', 'input.against.key', 'the key of one of the groups'],
      [compare({ adjustment: 5 }), 'WRONG_TYPE', 'input.adjustment', adjustment],
      [compare({ adjustment: 'sidak' }), 'UNKNOWN_VALUE', 'input.adjustment', adjustment],
      [compare({ metric: untestable }), 'WRONG_TYPE', 'input.metric.compare', 'a function (a, b) => comparison'],
      [compare({ metric: untestable, against: { target: 30 } }), 'WRONG_TYPE', 'input.metric.compareWithTarget', 'a function (summary, target) => comparison'],
    ]);
  });
});

describe('contactMixMetric', () => {
  test('the share of a category among no contacts is EMPTY, and says what it needs', () => {
    const mix = contactMixMetric({ category: 'chat' });
    const error = expectMetricError(() => mix.value(mix.summarise([])), { metric: 'contactMixMetric', code: 'EMPTY', field: 'summary' });
    expect(error.expected).toBe('at least one row with a category');
  });
});
