import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { surveyResponseRate } from '../index.js';

/** Delivered invitations ≥ 1, responses ≤ delivered, undeliverable ≥ 0. */
const counts = fc
  .tuple(fc.integer({ min: 1, max: 1e6 }), fc.nat(1e5), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([delivered, undeliverable, share]) => ({
    responses: Math.floor(share * delivered),
    surveysSent: delivered + undeliverable,
    undeliverable,
  }));

describe('surveyResponseRate properties', () => {
  test.prop([counts])('lies in 0–100 and is the correctly rounded 100 × responses / delivered', (input) => {
    const rate = surveyResponseRate(input);
    expect(rate).toBeGreaterThanOrEqual(0);
    expect(rate).toBeLessThanOrEqual(100);
    // Integer check with BigInt: round(rate × 10⁶) × delivered is within one delivered of
    // 10⁸ × responses, so rate is within 10⁻⁶ (plus the rounding to millionths) of 100 × responses / delivered.
    const delivered = input.surveysSent - input.undeliverable;
    expect(rate).toBeCloseTo((input.responses / delivered) * 100, 9);
    const scaled = BigInt(Math.round(rate * 1e6)) * BigInt(delivered);
    const exact = BigInt(100e6) * BigInt(input.responses);
    const diff = scaled > exact ? scaled - exact : exact - scaled;
    expect(diff <= BigInt(delivered)).toBe(true);
  });

  test.prop([counts])('one more response raises it; one more invitation never raises it', (input) => {
    const delivered = input.surveysSent - input.undeliverable;
    const rate = surveyResponseRate(input);
    if (input.responses < delivered) {
      expect(surveyResponseRate({ ...input, responses: input.responses + 1 })).toBeGreaterThan(rate);
    }
    expect(surveyResponseRate({ ...input, surveysSent: input.surveysSent + 1 })).toBeLessThanOrEqual(rate);
  });
});
