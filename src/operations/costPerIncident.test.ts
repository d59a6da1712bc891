import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { costPerIncident, costPerTicket, type CostBreakdown, type CostPerIncidentInput, type FromWarehouse } from '../index.js';

describe('costPerIncident', () => {
  test('divides the total cost by the incidents', () => {
    // By hand: 72,000 / 1,200 = 60.
    expect(costPerIncident({ totalCost: 72000, incidents: 1200 })).toBe(60);
    // By hand: 52,000 / 1,200 = 130 / 3 = 43.33…
    expect(costPerIncident({ totalCost: 52000, incidents: 1200 })).toBe(130 / 3);
    expect(costPerIncident({ totalCost: 0, incidents: 5 })).toBe(0);
    expect(costPerIncident({ totalCost: 99.5, incidents: 1 })).toBe(99.5);
  });

  test('adds up a cost breakdown first', () => {
    // By hand: 52,000 + 8,000 + 12,000 = 72,000; / 1,200 = 60.
    expect(costPerIncident({ totalCost: { labour: 52000, tools: 8000, overhead: 12000 }, incidents: 1200 })).toBe(60);
    expect(costPerIncident({ totalCost: { labour: 52000 }, incidents: 1200 })).toBe(130 / 3);
    expect(costPerIncident({ totalCost: { labour: 0, tools: 0 }, incidents: 3 })).toBe(0);
  });

  test('sums the breakdown carefully: correctly rounded here, where a plain sum is not', () => {
    // 0.1 + 0.2 + 0.3 added left to right gives 0.6000000000000001. The exact sum of the three
    // doubles is 0.60000000000000000555…; by hand, the nearest double to it is the one nearest
    // 0.6 (0.59999999999999997780…, 2.8e-17 away; the next one up is 8.3e-17 away).
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(costPerIncident({ totalCost: { a: 0.1, b: 0.2, c: 0.3 }, incidents: 1 })).toBe(0.6);
    // 10¹⁶ + 1 + 1: doubles near 10¹⁶ are 2 apart, so adding 1 twice to 10¹⁶ loses both; the
    // exact total 10,000,000,000,000,002 is a double (BigInt check below).
    expect(Number(10n ** 16n + 2n)).toBe(10000000000000002);
    expect(costPerIncident({ totalCost: { big: 1e16, small1: 1, small2: 1 }, incidents: 1 })).toBe(10000000000000002);
  });

  test('the breakdown total does not depend on the order of its components', () => {
    const orders: CostBreakdown[] = [
      { a: 0.1, b: 0.2, c: 0.3, d: 1e16 },
      { d: 1e16, c: 0.3, b: 0.2, a: 0.1 },
      { b: 0.2, d: 1e16, a: 0.1, c: 0.3 },
    ];
    const results = orders.map((totalCost) => costPerIncident({ totalCost, incidents: 7 }));
    expect(new Set(results).size).toBe(1);
  });

  test('shares its arithmetic with costPerTicket', () => {
    const totalCost = { labour: 41000.5, tools: 1234.25 };
    expect(costPerIncident({ totalCost, incidents: 321 })).toBe(costPerTicket({ totalCost, resolvedTickets: 321 }));
  });

  test('does not mutate its input', () => {
    const input = deepFreeze({ totalCost: { labour: 300, overhead: 100 }, incidents: 4 });
    expect(costPerIncident(input)).toBe(100);
    expect(input.totalCost).toStrictEqual({ labour: 300, overhead: 100 });
  });

  test('rejects zero incidents and an empty breakdown', () => {
    expectMetricError(() => costPerIncident({ totalCost: 72000, incidents: 0 }), { metric: 'costPerIncident', code: 'EMPTY', field: 'input.incidents' });
    expectMetricError(() => costPerIncident({ totalCost: 0, incidents: 0 }), { metric: 'costPerIncident', code: 'EMPTY', field: 'input.incidents' });
    expectMetricError(() => costPerIncident({ totalCost: {}, incidents: 10 }), { metric: 'costPerIncident', code: 'EMPTY', field: 'input.totalCost' });
  });

  test.each([...NOT_NUMBERS.filter(([value]) => typeof value !== 'object'), [-1, 'NEGATIVE'], [-0.01, 'NEGATIVE']] as const)(
    'rejects the total cost %o with %s',
    (bad, code) => {
      const error = expectMetricError(() => costPerIncident({ totalCost: bad as number, incidents: 10 }), {
        metric: 'costPerIncident',
        code,
        field: 'input.totalCost',
      });
      expect(error.received).toBe(bad);
    },
  );

  test.each([[null], [undefined], [[52000, 8000]]])('rejects the total cost %o, neither a number nor a breakdown', (bad) => {
    const error = expectMetricError(() => costPerIncident({ totalCost: bad as never, incidents: 10 }), {
      metric: 'costPerIncident',
      code: 'WRONG_TYPE',
      field: 'input.totalCost',
    });
    expect(error.message).toContain('a finite number ≥ 0 or a cost breakdown');
  });

  test.each([...NOT_NUMBERS, [-1, 'NEGATIVE'], [null, 'WRONG_TYPE'], [undefined, 'WRONG_TYPE']] as const)(
    'rejects the breakdown component %o with %s, naming it',
    (bad, code) => {
      expectMetricError(() => costPerIncident({ totalCost: { labour: 52000, tools: bad as number }, incidents: 10 }), {
        metric: 'costPerIncident',
        code,
        field: 'input.totalCost.tools',
      });
    },
  );

  test('names the first bad component in the order of names', () => {
    expectMetricError(() => costPerIncident({ totalCost: { overhead: -1, labour: -2 }, incidents: 1 }), {
      metric: 'costPerIncident',
      code: 'NEGATIVE',
      field: 'input.totalCost.labour',
    });
  });

  test('rejects a breakdown whose sum is too large for a number', () => {
    expectMetricError(() => costPerIncident({ totalCost: { a: Number.MAX_VALUE, b: Number.MAX_VALUE }, incidents: 1 }), {
      metric: 'costPerIncident',
      code: 'OUT_OF_RANGE',
      field: 'input.totalCost',
    });
  });

  test.each([...NOT_NUMBERS, [-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [undefined, 'WRONG_TYPE']] as const)(
    'rejects the incidents %o with %s',
    (bad, code) => {
      expectMetricError(() => costPerIncident({ totalCost: 100, incidents: bad as number }), { metric: 'costPerIncident', code, field: 'input.incidents' });
    },
  );

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 72000, [72000, 1200]]) {
      expectMetricError(() => costPerIncident(bad as never), { metric: 'costPerIncident', code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: a number or a breakdown of numbers', () => {
    expectTypeOf(costPerIncident).parameter(0).toEqualTypeOf<FromWarehouse<CostPerIncidentInput>>();
    expectTypeOf(costPerIncident).toBeCallableWith({ totalCost: { anyName: 1 }, incidents: 1 });
    // @ts-expect-error components are numbers
    expectTypeOf(costPerIncident).toBeCallableWith({ totalCost: { labour: '52000' }, incidents: 1 });
  });
});
