import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { contactsPerResolution, firstContactResolution } from '../index.js';

/** Consistent counts: resolutions ≥ 1 and contacts ≥ resolutions. */
const counts = fc
  .tuple(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 0, max: 1e7 }))
  .map(([resolutions, extra]) => ({ contacts: resolutions + extra, resolutions }));

describe('contactsPerResolution properties', () => {
  test.prop([counts])('is at least 1 and agrees with a sum of per-issue contacts', (c) => {
    const ratio = contactsPerResolution(c);
    expect(ratio).toBeGreaterThanOrEqual(1);
    // Another computation: one contact per issue plus the extra contacts spread over the issues.
    expect(ratio).toBeCloseTo(1 + (c.contacts - c.resolutions) / c.resolutions, 9);
  });

  test.prop([counts, fc.integer({ min: 1, max: 1000 })])('more contacts for the same issues never lower it', (c, more) => {
    expect(contactsPerResolution({ ...c, contacts: c.contacts + more })).toBeGreaterThanOrEqual(contactsPerResolution(c));
  });

  test.prop([fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 40 })])(
    'its inverse is the per-contact FCR of a log in which each issue ends with its last contact',
    (contactsPerIssue) => {
      // One customer per issue, its contacts one day apart (inside the 7-day window), the log
      // observed long after: each issue gives (k − 1) repeats and 1 resolved contact.
      const day = 86_400_000;
      const log = contactsPerIssue.flatMap((k, issue) => Array.from({ length: k }, (_, j) => ({ customerId: issue, contactedAt: j * day })));
      const contacts = contactsPerIssue.reduce((sum, k) => sum + k, 0);
      const ratio = contactsPerResolution({ contacts, resolutions: contactsPerIssue.length });
      expect(firstContactResolution(log, { observedUntil: 100 * day })).toBeCloseTo(100 / ratio, 9);
    },
  );
});
