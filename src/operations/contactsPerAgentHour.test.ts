import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { contactsPerAgentHour, type ContactsPerAgentHourInput, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('contactsPerAgentHour', () => {
  test("follows CX Central's calls-per-hour example", () => {
    // CX Central, "Calls per hour": an agent averages 10 calls per hour logged in, and spends 20
    // of every 60 minutes waiting. By hand, per logged-in hour: 10; over login − wait time
    // (40 minutes): 10 / (2/3) = 15.
    expect(contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 })).toBe(10);
    expect(contactsPerAgentHour({ contacts: 10, agentSeconds: 3600 - 20 * 60 })).toBe(15);
  });

  test('sums over agents: the ratio of totals, not the mean of ratios', () => {
    // By hand: agent A 30 contacts in 4 h, agent B 10 in 1 h: 40 / 5 h = 8 an hour; the mean of
    // their rates, (7.5 + 10) / 2 = 8.75, is not it.
    expect(contactsPerAgentHour({ contacts: 30 + 10, agentSeconds: (4 + 1) * 3600 })).toBe(8);
  });

  test('is not rounded and reaches 0', () => {
    // By hand: 7 contacts in 3 hours = 2.33…
    expect(contactsPerAgentHour({ contacts: 7, agentSeconds: 3 * 3600 })).toBe(7 / 3);
    expect(contactsPerAgentHour({ contacts: 0, agentSeconds: 60 })).toBe(0);
    // By hand: 1 contact in 90 seconds is 40 an hour.
    expect(contactsPerAgentHour({ contacts: 1, agentSeconds: 90 })).toBe(40);
  });

  test('does not mutate its input', () => {
    expect(contactsPerAgentHour(deepFreeze({ contacts: 12, agentSeconds: 7200 }))).toBe(6);
  });

  test('rejects no agent time, and a time so small the rate overflows', () => {
    expectMetricError(() => contactsPerAgentHour({ contacts: 10, agentSeconds: 0 }), {
      metric: 'contactsPerAgentHour',
      code: 'EMPTY',
      field: 'input.agentSeconds',
    });
    expectMetricError(() => contactsPerAgentHour({ contacts: 10, agentSeconds: Number.MIN_VALUE }), {
      metric: 'contactsPerAgentHour',
      code: 'OUT_OF_RANGE',
      field: 'input.agentSeconds',
    });
  });

  test('rejects bad fields, naming them', () => {
    const badContacts: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [2.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of badContacts) {
      expectMetricError(() => contactsPerAgentHour({ contacts: value as number, agentSeconds: 3600 }), {
        metric: 'contactsPerAgentHour',
        code,
        field: 'input.contacts',
      });
    }
    const badSeconds: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [undefined, 'WRONG_TYPE']];
    for (const [value, code] of badSeconds) {
      expectMetricError(() => contactsPerAgentHour({ contacts: 1, agentSeconds: value as number }), {
        metric: 'contactsPerAgentHour',
        code,
        field: 'input.agentSeconds',
      });
    }
    for (const bad of [null, undefined, 10, [10, 3600]]) {
      expectMetricError(() => contactsPerAgentHour(bad as never), { metric: 'contactsPerAgentHour', code: 'WRONG_TYPE', field: 'input' });
    }
  });

  test('types: named inputs', () => {
    expectTypeOf(contactsPerAgentHour).parameter(0).toEqualTypeOf<FromWarehouse<ContactsPerAgentHourInput>>();
  });
});
