/** Tests that mutation testing found missing in contactMix.ts: the order of the groups of a result. */
import { describe, expect, test } from 'vitest';
import { contactMixFromSummary } from '../index.js';

describe('contactMixFromSummary', () => {
  test('lists the groups in name order, whatever the order of the summary', () => {
    const group = (contacts: number) => ({
      contacts,
      resolved: { successes: 0, trials: 0 },
      resolvedOnFirstContact: { successes: 0, trials: 0 },
      satisfied: { successes: 0, trials: 0 },
    });
    const mix = contactMixFromSummary({ groups: { web: group(1), chat: group(2), email: group(1), Chat: group(1) }, unclassified: 0 });
    // Code-unit order, as the type documents: upper case before lower case.
    expect(Object.keys(mix.groups)).toStrictEqual(['Chat', 'chat', 'email', 'web']);
    expect(mix.groups['chat']!.share).toBe(40);
  });
});
