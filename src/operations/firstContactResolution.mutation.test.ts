/**
 * Tests that mutation testing found missing in firstContactResolution.ts: the bounds of a
 * summary's optional counts, at and past their limits, and the texts of their errors.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { firstContactResolutionFromSummary, mergeFirstContactResolutionSummaries } from '../index.js';

// 10 contacts, 6 resolved at first contact: 4 repeated; resolved at all from 6 to 10; at most 4
// of them never resolvable at first contact.
const base = { contacts: 10, resolvedOnFirstContact: 6 };

describe('firstContactResolutionFromSummary', () => {
  test('resolved from resolvedOnFirstContact to contacts, both ends included', () => {
    expect(firstContactResolutionFromSummary({ ...base, resolved: 6 }, { basis: 'resolved' })).toBe(100);
    expect(firstContactResolutionFromSummary({ ...base, resolved: 10 }, { basis: 'resolved' })).toBe(60);
    for (const resolved of [5, 11]) {
      const error = expectMetricError(() => firstContactResolutionFromSummary({ ...base, resolved }), {
        metric: 'firstContactResolutionFromSummary',
        field: 'summary.resolved',
        code: 'INCONSISTENT',
      });
      expect(error.expected).toBe('from resolvedOnFirstContact (6) to contacts (10)');
    }
  });

  test('notResolvableOnFirstContact at most contacts − resolvedOnFirstContact', () => {
    // Net: 6 of the 10 − 4 = 6 resolvable contacts.
    expect(firstContactResolutionFromSummary({ ...base, notResolvableOnFirstContact: 4 }, { basis: 'net' })).toBe(100);
    const error = expectMetricError(() => firstContactResolutionFromSummary({ ...base, notResolvableOnFirstContact: 5 }), {
      metric: 'firstContactResolutionFromSummary',
      field: 'summary.notResolvableOnFirstContact',
      code: 'INCONSISTENT',
    });
    expect(error.expected).toBe('at most contacts − resolvedOnFirstContact (4): a contact resolved at first contact was resolvable');
  });

  test('the texts of the other errors', () => {
    expect(expectMetricError(() => firstContactResolutionFromSummary({ contacts: 3, resolvedOnFirstContact: 4 }), {
      metric: 'firstContactResolutionFromSummary', field: 'summary.resolvedOnFirstContact', code: 'INCONSISTENT',
    }).expected).toBe('at most contacts (3)');
    expect(expectMetricError(() => firstContactResolutionFromSummary({ ...base, repeated: 3 }), {
      metric: 'firstContactResolutionFromSummary', field: 'summary.repeated', code: 'INCONSISTENT',
    }).expected).toBe('contacts − resolvedOnFirstContact (4)');
    expect(expectMetricError(() => firstContactResolutionFromSummary({ contacts: 0, resolvedOnFirstContact: 0 }), {
      metric: 'firstContactResolutionFromSummary', field: 'summary.contacts', code: 'EMPTY',
    }).expected).toBe('at least one contact');
    expect(expectMetricError(() => firstContactResolutionFromSummary({ ...base, resolvedOnFirstContact: 0, resolved: 0 }, { basis: 'resolved' }), {
      metric: 'firstContactResolutionFromSummary', field: 'summary.resolved', code: 'EMPTY',
    }).expected).toBe("at least one resolved contact (the 'resolved' basis)");
    expect(expectMetricError(() => firstContactResolutionFromSummary({ ...base, resolvedOnFirstContact: 0, notResolvableOnFirstContact: 10 }, { basis: 'net' }), {
      metric: 'firstContactResolutionFromSummary', field: 'summary.notResolvableOnFirstContact', code: 'EMPTY',
    }).expected).toBe("less than contacts (10): the 'net' basis needs a contact that could be resolved at first contact");
    expect(expectMetricError(() => firstContactResolutionFromSummary(base, { basis: 'first' as never }), {
      metric: 'firstContactResolutionFromSummary', field: 'options.basis', code: 'UNKNOWN_VALUE',
    }).expected).toBe("'gross', 'net' or 'resolved'");
  });
});

describe('mergeFirstContactResolutionSummaries', () => {
  test('checks the optional counts of each side, at and past their bounds', () => {
    expect(mergeFirstContactResolutionSummaries({ ...base, resolved: 6, notResolvableOnFirstContact: 4 }, { ...base, resolved: 10, notResolvableOnFirstContact: 0 })).toStrictEqual({
      contacts: 20, resolvedOnFirstContact: 12, resolved: 16, notResolvableOnFirstContact: 4,
    });
    // A field only one side has is left out of the merge.
    expect(mergeFirstContactResolutionSummaries({ ...base, tooRecent: 2 }, base)).toStrictEqual({ contacts: 20, resolvedOnFirstContact: 12 });
    const cases = [
      [{ ...base, resolved: 5 }, 'a.resolved', 'from resolvedOnFirstContact (6) to contacts (10)'],
      [{ ...base, resolved: 11 }, 'a.resolved', 'from resolvedOnFirstContact (6) to contacts (10)'],
      [{ ...base, notResolvableOnFirstContact: 5 }, 'a.notResolvableOnFirstContact', 'at most contacts − resolvedOnFirstContact (4)'],
      [{ ...base, repeated: 5 }, 'a.repeated', 'contacts − resolvedOnFirstContact (4)'],
      [{ contacts: 3, resolvedOnFirstContact: 4 }, 'a.resolvedOnFirstContact', 'at most contacts (3)'],
    ] as const;
    for (const [summary, field, expected] of cases) {
      const error = expectMetricError(() => mergeFirstContactResolutionSummaries(summary, base), { metric: 'mergeFirstContactResolutionSummaries', field, code: 'INCONSISTENT' });
      expect(error.expected).toBe(expected);
    }
  });
});
