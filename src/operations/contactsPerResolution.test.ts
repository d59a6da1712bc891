import { describe, expect, expectTypeOf, test } from 'vitest';
import { deepFreeze, expectMetricError, NOT_NUMBERS } from '../../test/helpers.js';
import { contactsPerResolution, type ContactsPerResolutionCounts, type MetricInputErrorCode, type FromWarehouse } from '../index.js';

describe('contactsPerResolution', () => {
  test("follows Call Centre Helper's example", () => {
    // Call Centre Helper forum: "1.9 calls per problem", and dividing the other way, "53 % FCR".
    const ratio = contactsPerResolution({ contacts: 1900, resolutions: 1000 });
    expect(ratio).toBe(1.9);
    // The forum's "53 %" is 100 / 1.9 = 52.63… rounded to a whole percent.
    expect(Math.round(100 / ratio)).toBe(53);
  });

  test('is 1 when every issue took one contact, and not rounded', () => {
    expect(contactsPerResolution({ contacts: 12, resolutions: 12 })).toBe(1);
    // By hand: 7 contacts for 3 issues = 2.33…
    expect(contactsPerResolution({ contacts: 7, resolutions: 3 })).toBe(7 / 3);
    expect(contactsPerResolution({ contacts: 5, resolutions: 1 })).toBe(5);
  });

  test('does not mutate its input', () => {
    expect(contactsPerResolution(deepFreeze({ contacts: 6, resolutions: 4 }))).toBe(1.5);
  });

  test('rejects no resolution and more resolutions than contacts', () => {
    expectMetricError(() => contactsPerResolution({ contacts: 5, resolutions: 0 }), {
      metric: 'contactsPerResolution',
      code: 'EMPTY',
      field: 'counts.resolutions',
    });
    expectMetricError(() => contactsPerResolution({ contacts: 0, resolutions: 0 }), {
      metric: 'contactsPerResolution',
      code: 'EMPTY',
      field: 'counts.resolutions',
    });
    expectMetricError(() => contactsPerResolution({ contacts: 3, resolutions: 4 }), {
      metric: 'contactsPerResolution',
      code: 'INCONSISTENT',
      field: 'counts.resolutions',
    });
  });

  test.each(['contacts', 'resolutions'] as const)('rejects a bad %s, naming it', (field) => {
    const bad: readonly (readonly [unknown, MetricInputErrorCode])[] = [...NOT_NUMBERS, [-1, 'NEGATIVE'], [1.5, 'NOT_INTEGER'], [null, 'WRONG_TYPE']];
    for (const [value, code] of bad) {
      expectMetricError(() => contactsPerResolution({ contacts: 10, resolutions: 4, [field]: value }), { metric: 'contactsPerResolution', code, field: `counts.${field}` });
    }
  });

  test('rejects what is not an object', () => {
    for (const bad of [null, undefined, 1.9, [19, 10]]) {
      expectMetricError(() => contactsPerResolution(bad as never), { metric: 'contactsPerResolution', code: 'WRONG_TYPE', field: 'counts' });
    }
  });

  test('types: named counts', () => {
    expectTypeOf(contactsPerResolution).parameter(0).toEqualTypeOf<FromWarehouse<ContactsPerResolutionCounts>>();
  });
});
