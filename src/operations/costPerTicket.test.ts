import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { costPerTicket, type CostPerTicketInput, type FromWarehouse } from '../index.js';

describe('costPerTicket', () => {
  test('follows the worked example of its source', () => {
    // Sparrowdesk, "Cost per ticket": 100,000 spent in a month, 2,000 tickets resolved: 50.
    expect(costPerTicket({ totalCost: 100000, resolvedTickets: 2000 })).toBe(50);
  });

  test('adds up a cost breakdown first', () => {
    // By hand: 61,000 + 9,000 + 4,200 = 74,200; 74,200 / 1,855 = 40 (1,855 × 40 = 74,200).
    expect(costPerTicket({ totalCost: { agents: 61000, supervision: 9000, software: 4200 }, resolvedTickets: 1855 })).toBe(40);
    // By hand: 1,000 / 3 resolved tickets = 333.33…
    expect(costPerTicket({ totalCost: { agents: 1000 }, resolvedTickets: 3 })).toBe(1000 / 3);
  });

  test('does not mutate its input', () => {
    expect(costPerTicket(deepFreeze({ totalCost: { agents: 30, tools: 10 }, resolvedTickets: 4 }))).toBe(10);
  });

  test('rejects zero resolved tickets and an empty breakdown', () => {
    expectMetricError(() => costPerTicket({ totalCost: 500, resolvedTickets: 0 }), { metric: 'costPerTicket', code: 'EMPTY', field: 'input.resolvedTickets' });
    expectMetricError(() => costPerTicket({ totalCost: {}, resolvedTickets: 5 }), { metric: 'costPerTicket', code: 'EMPTY', field: 'input.totalCost' });
  });

  test('rejects a bad total cost or component, naming it', () => {
    expectMetricError(() => costPerTicket({ totalCost: -5, resolvedTickets: 5 }), { metric: 'costPerTicket', code: 'NEGATIVE', field: 'input.totalCost' });
    expectMetricError(() => costPerTicket({ totalCost: '500' as never, resolvedTickets: 5 }), {
      metric: 'costPerTicket',
      code: 'WRONG_TYPE',
      field: 'input.totalCost',
    });
    expectMetricError(() => costPerTicket({ totalCost: { agents: Number.NaN }, resolvedTickets: 5 }), {
      metric: 'costPerTicket',
      code: 'NOT_FINITE',
      field: 'input.totalCost.agents',
    });
    expectMetricError(() => costPerTicket({ totalCost: { agents: -1 }, resolvedTickets: 10 }), {
      metric: 'costPerTicket',
      code: 'NEGATIVE',
      field: 'input.totalCost.agents',
    });
    expectMetricError(() => costPerTicket({ totalCost: { a: Number.MAX_VALUE, b: Number.MAX_VALUE }, resolvedTickets: 1 }), {
      metric: 'costPerTicket',
      code: 'OUT_OF_RANGE',
      field: 'input.totalCost',
    });
  });

  test.each([...NOT_NUMBERS, [-3, 'NEGATIVE'], [0.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE']] as const)(
    'rejects the resolved tickets %o with %s',
    (bad, code) => {
      expectMetricError(() => costPerTicket({ totalCost: 100, resolvedTickets: bad as number }), {
        metric: 'costPerTicket',
        code,
        field: 'input.resolvedTickets',
      });
    },
  );

  test('rejects what is not an object, and the wrong count field', () => {
    expectMetricError(() => costPerTicket(null as never), { metric: 'costPerTicket', code: 'WRONG_TYPE', field: 'input' });
    expectMetricError(() => costPerTicket({ totalCost: 100, incidents: 4 } as never), {
      metric: 'costPerTicket',
      code: 'UNKNOWN_VALUE',
      field: 'input.incidents',
    });
    expectMetricError(() => costPerTicket({ totalCost: 100 } as never), {
      metric: 'costPerTicket',
      code: 'WRONG_TYPE',
      field: 'input.resolvedTickets',
    });
  });

  test('types: named input', () => {
    expectTypeOf(costPerTicket).parameter(0).toEqualTypeOf<FromWarehouse<CostPerTicketInput>>();
    // @ts-expect-error the count is resolvedTickets
    expectTypeOf(costPerTicket).toBeCallableWith({ totalCost: 100, tickets: 4 });
  });
});
