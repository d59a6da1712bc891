/**
 * The texts of the customer functions' own errors, which mutation testing found unchecked: a
 * caller reads the message, so a changed or emptied text must fail a test.
 */
import { describe, expect, test } from 'vitest';
import { expectMetricError } from '../../test/helpers.js';
import { churnRate, clvGrossMargin, clvMarginMultiple } from '../index.js';

describe('customer error texts', () => {
  test('churnRate', () => {
    const both = expectMetricError(() => churnRate({ customersAtStart: 10, customersLost: 2, customersAtEnd: 8 }), {
      metric: 'churnRate',
      code: 'INCONSISTENT',
      field: 'counts.customersLost',
    });
    expect(both.message).toBe(
      'churnRate: counts.customersLost must be given alone with customersAtStart, or replaced by customersAtEnd and newCustomers, not both; received 2',
    );
    const empty = expectMetricError(() => churnRate({ customersAtStart: 0, customersLost: 0 }), {
      metric: 'churnRate',
      code: 'EMPTY',
      field: 'counts.customersAtStart',
    });
    expect(empty.message).toBe('churnRate: counts.customersAtStart must be at least 1 (no customers at the start of the period); received 0');
    const tooMany = expectMetricError(() => churnRate({ customersAtStart: 10, customersLost: 11 }), {
      metric: 'churnRate',
      code: 'INCONSISTENT',
      field: 'counts.customersLost',
    });
    expect(tooMany.message).toBe('churnRate: counts.customersLost must be at most customersAtStart (10); received 11');
  });

  test('clvGrossMargin and clvMarginMultiple', () => {
    const noCustomers = expectMetricError(() => clvGrossMargin({ grossMargin: 100, customers: 0 }), {
      metric: 'clvGrossMargin',
      code: 'EMPTY',
      field: 'input.customers',
    });
    expect(noCustomers.message).toBe('clvGrossMargin: input.customers must be at least 1 customer; received 0');
    const forever = expectMetricError(() => clvMarginMultiple({ marginPerPeriod: 10, retentionProbability: 1, discountRate: 0 }), {
      metric: 'clvMarginMultiple',
      code: 'INCONSISTENT',
      field: 'input.retentionProbability',
    });
    expect(forever.message).toBe(
      'clvMarginMultiple: input.retentionProbability must be below 1 when discountRate is 0 (a customer who never leaves, undiscounted, has no finite value); received 1',
    );
  });
});
