/**
 * The texts of errors in src/operations that no test read: a caller reads the message, so a
 * changed or emptied text must fail a test. Also the text of an answered contact with no wait,
 * from src/internal/checks/queueContact.ts, read through the contact-log functions.
 */
import { describe, test } from 'vitest';
import { expectErrorTexts } from '../../test/helpers.js';
import {
  abandonmentRate,
  abandonmentRateFromSummary,
  averageHandleTime,
  averageSpeedOfAnswer,
  complaintRate,
  contactMix,
  contactMixFromSummary,
  contactsPerAgentHour,
  contactsPerResolution,
  firstContactResolution,
  grossMarginPercentage,
  labourCostPerHour,
  mergeContactMixSummaries,
  occupancy,
  scheduledAgents,
  serviceLevel,
  type HandleTime,
  type QueueContact,
} from '../index.js';

describe('abandonmentRate', () => {
  test('no contact left to count once short abandons are out', () => {
    expectErrorTexts('abandonmentRate', [
      [() => abandonmentRate([]), 'EMPTY', 'contacts', 'at least one contact offered that is not a short abandon'],
      [
        () => abandonmentRate([{ waitSeconds: 2, outcome: 'abandoned' }], { shortAbandonSeconds: 5 }),
        'EMPTY',
        'contacts',
        'at least one contact offered that is not a short abandon',
      ],
    ]);
    expectErrorTexts('abandonmentRateFromSummary', [
      [() => abandonmentRateFromSummary({ offered: 2, abandoned: 2, shortAbandoned: 2 }), 'EMPTY', 'summary', 'at least one contact offered that is not a short abandon'],
    ]);
  });
});

describe('averageHandleTime', () => {
  test('a record that is not a handle time, and a total that overflows', () => {
    expectErrorTexts('averageHandleTime', [
      [() => averageHandleTime([300 as unknown as HandleTime]), 'WRONG_TYPE', 'contacts[0]', 'a handle time { talkSeconds, holdSeconds, afterContactSeconds }'],
      [
        () => averageHandleTime([{ talkSeconds: 60, holdSeconds: 0, afterContactSeconds: 10 }, null as unknown as HandleTime]),
        'WRONG_TYPE',
        'contacts[1]',
        'a handle time { talkSeconds, holdSeconds, afterContactSeconds }',
      ],
      [
        () => averageHandleTime([[60, 0, 10] as unknown as HandleTime]),
        'WRONG_TYPE',
        'contacts[0]',
        'a handle time { talkSeconds, holdSeconds, afterContactSeconds }',
      ],
      [
        () => averageHandleTime([{ talkSeconds: 1e308, holdSeconds: 1e308, afterContactSeconds: 0 }]),
        'OUT_OF_RANGE',
        'contacts[0]',
        'a handle time whose total is finite',
      ],
    ]);
  });
});

describe('complaintRate', () => {
  test('a base size that overflows the rate', () => {
    // 10 × 1e308 / 0.5 is 2e309: beyond the largest double.
    expectErrorTexts('complaintRate', [
      [
        () => complaintRate({ complaints: 10, customers: 0.5 }, { per: 1e308 }),
        'OUT_OF_RANGE',
        'options.per',
        'a base size that keeps complaints × per / customers finite',
      ],
    ]);
  });
});

describe('contactMix', () => {
  const group = (contacts: number) => ({
    contacts,
    resolved: { successes: 0, trials: 0 },
    resolvedOnFirstContact: { successes: 0, trials: 0 },
    satisfied: { successes: 0, trials: 0 },
  });

  test('a group named by the empty string, in a summary', () => {
    expectErrorTexts('contactMixFromSummary', [
      [() => contactMixFromSummary({ groups: { '': group(1) }, unclassified: 0 }), 'OUT_OF_RANGE', 'summary.groups.', 'a group named by a non-empty string'],
    ]);
    expectErrorTexts('mergeContactMixSummaries', [
      [
        () => mergeContactMixSummaries({ groups: { chat: group(1) }, unclassified: 0 }, { groups: { '': group(1) }, unclassified: 0 }),
        'OUT_OF_RANGE',
        'b.groups.',
        'a group named by a non-empty string',
      ],
    ]);
  });

  test('no row with a group', () => {
    interface Row { readonly channel: string | null }
    const by = (row: Row) => row.channel;
    expectErrorTexts('contactMix', [
      [() => contactMix<Row>([], { by }), 'EMPTY', 'rows', 'at least one row with a group'],
      [() => contactMix<Row>([{ channel: null }, { channel: null }], { by }), 'EMPTY', 'rows', 'at least one row with a group'],
    ]);
    expectErrorTexts('contactMixFromSummary', [
      [() => contactMixFromSummary({ groups: {}, unclassified: 3 }), 'EMPTY', 'summary', 'at least one row with a group'],
      [() => contactMixFromSummary({ groups: { chat: group(0) }, unclassified: 0 }), 'EMPTY', 'summary', 'at least one row with a group'],
    ]);
  });

  test('an unanswered count that is not contacts − trials', () => {
    // 5 contacts, 2 of them with a known resolution: 3 unanswered, not 2.
    const chat = { ...group(5), resolved: { successes: 1, trials: 2, unanswered: 2 } };
    expectErrorTexts('contactMixFromSummary', [
      [() => contactMixFromSummary({ groups: { chat }, unclassified: 0 }), 'INCONSISTENT', 'summary.groups.chat.resolved.unanswered', 'contacts − trials (3)'],
    ]);
    const email = { ...group(4), satisfied: { successes: 0, trials: 4, unanswered: 1 } };
    expectErrorTexts('mergeContactMixSummaries', [
      [
        () => mergeContactMixSummaries({ groups: { email }, unclassified: 0 }, { groups: {}, unclassified: 0 }),
        'INCONSISTENT',
        'a.groups.email.satisfied.unanswered',
        'contacts − trials (0)',
      ],
    ]);
  });

  test('a yes/no answer that is neither true, false nor missing', () => {
    interface Row { readonly channel: string | null; readonly answer: unknown }
    const rows: Row[] = [
      { channel: 'chat', answer: true },
      { channel: 'chat', answer: 'yes' },
    ];
    const answer = (row: Row) => row.answer as boolean;
    const by = (row: Row) => row.channel;
    expectErrorTexts('contactMix', [
      [() => contactMix(rows, { by, resolved: answer }), 'WRONG_TYPE', 'rows[1].resolved', 'true, false, or null when not known'],
      [() => contactMix(rows, { by, resolvedOnFirstContact: answer }), 'WRONG_TYPE', 'rows[1].resolvedOnFirstContact', 'true, false, or null when not known'],
      [() => contactMix(rows, { by, satisfied: answer }), 'WRONG_TYPE', 'rows[1].satisfied', 'true, false, or null when not known'],
      // A row with no group is still checked.
      [() => contactMix<Row>([{ channel: null, answer: 1 }], { by, satisfied: answer }), 'WRONG_TYPE', 'rows[0].satisfied', 'true, false, or null when not known'],
    ]);
  });
});

describe('contactsPerAgentHour', () => {
  test('a time so small that the rate overflows', () => {
    // 1 × 3600 / 1e-306 is 3.6e309: beyond the largest double.
    expectErrorTexts('contactsPerAgentHour', [
      [
        () => contactsPerAgentHour({ contacts: 1, agentSeconds: 1e-306 }),
        'OUT_OF_RANGE',
        'input.agentSeconds',
        'a time that keeps contacts × 3600 / agentSeconds finite',
      ],
    ]);
  });
});

describe('contactsPerResolution', () => {
  test('no resolution', () => {
    expectErrorTexts('contactsPerResolution', [
      [() => contactsPerResolution({ contacts: 12, resolutions: 0 }), 'EMPTY', 'counts.resolutions', 'at least 1 resolution'],
      [() => contactsPerResolution({ contacts: 0, resolutions: 0 }), 'EMPTY', 'counts.resolutions', 'at least 1 resolution'],
    ]);
  });
});

describe('firstContactResolution', () => {
  const day = 86_400_000;

  test('a record that is not a contact, an empty log, a contact after observedUntil', () => {
    expectErrorTexts('firstContactResolution', [
      [() => firstContactResolution(['c1' as never]), 'WRONG_TYPE', 'contacts[0]', 'a customer contact { customerId, contactedAt }'],
      [
        () => firstContactResolution([{ customerId: 1, contactedAt: 0 }, [1, 0] as never]),
        'WRONG_TYPE',
        'contacts[1]',
        'a customer contact { customerId, contactedAt }',
      ],
      [
        () => firstContactResolution([]),
        'EMPTY',
        'contacts',
        'at least one contact whose outcome is known (the log is empty, or every contact is too recent)',
      ],
      // Two contacts a day apart, observed until the second: neither 7-day window has ended.
      [
        () => firstContactResolution([{ customerId: 1, contactedAt: 0 }, { customerId: 2, contactedAt: day }]),
        'EMPTY',
        'contacts',
        'at least one contact whose outcome is known (the log is empty, or every contact is too recent)',
      ],
      [
        () => firstContactResolution([{ customerId: 1, contactedAt: 2000 }], { observedUntil: 1000 }),
        'INCONSISTENT',
        'contacts[0].contactedAt',
        'at most options.observedUntil (1000 ms)',
      ],
      // A Date is reported as its epoch milliseconds.
      [
        () => firstContactResolution([{ customerId: 'a', contactedAt: 0 }, { customerId: 'b', contactedAt: new Date(3 * day) }], { observedUntil: new Date(2 * day) }),
        'INCONSISTENT',
        'contacts[1].contactedAt',
        'at most options.observedUntil (172800000 ms)',
      ],
    ]);
  });
});

describe('grossMarginPercentage', () => {
  test('no revenue, and a revenue too small for a finite percentage', () => {
    expectErrorTexts('grossMarginPercentage', [
      [() => grossMarginPercentage({ revenue: 0, directCost: 100 }), 'EMPTY', 'input.revenue', 'a revenue > 0 (a margin on no revenue is undefined)'],
      [() => grossMarginPercentage({ revenue: 0, directCost: 0 }), 'EMPTY', 'input.revenue', 'a revenue > 0 (a margin on no revenue is undefined)'],
      // (1e-300 − 1e300) / 1e-300 is −1e600: beyond the largest double.
      [
        () => grossMarginPercentage({ revenue: 1e-300, directCost: 1e300 }),
        'OUT_OF_RANGE',
        'input.revenue',
        'a revenue large enough for a finite margin percentage',
      ],
    ]);
  });
});

describe('labourCostPerHour', () => {
  test('a cost per hour that overflows', () => {
    // 1e308 × 3600 / 1 is 3.6e311: beyond the largest double.
    expectErrorTexts('labourCostPerHour', [
      [
        () => labourCostPerHour({ labourCost: 1e308, paidSeconds: 1 }),
        'OUT_OF_RANGE',
        'input.paidSeconds',
        'a time that keeps labourCost × 3600 / paidSeconds finite',
      ],
      // A breakdown of 1.1e308 over half an hour: 2.2e308 an hour.
      [
        () => labourCostPerHour({ labourCost: { wages: 1e308, benefits: 1e307 }, paidSeconds: 1800 }),
        'OUT_OF_RANGE',
        'input.paidSeconds',
        'a time that keeps labourCost × 3600 / paidSeconds finite',
      ],
    ]);
  });
});

describe('occupancy', () => {
  test('no available time', () => {
    expectErrorTexts('occupancy', [
      [() => occupancy({ handleSeconds: 0, idleSeconds: 0 }), 'EMPTY', 'time', 'some available time (handleSeconds + idleSeconds > 0)'],
    ]);
  });
});

describe('scheduledAgents', () => {
  test('agents that overflow once shrinkage is allowed for', () => {
    // 1e308 / (1 − 0.5) is 2e308: beyond the largest double.
    expectErrorTexts('scheduledAgents', [
      [() => scheduledAgents({ agents: 1e308, shrinkage: 0.5 }), 'OUT_OF_RANGE', 'input.agents', 'a number of agents that stays finite after shrinkage'],
      [
        () => scheduledAgents({ agents: 1e308, shrinkage: 0.5 }, { wholePeople: true }),
        'OUT_OF_RANGE',
        'input.agents',
        'a number of agents that stays finite after shrinkage',
      ],
    ]);
  });
});

describe('serviceLevel', () => {
  test('no contact counted by the variant: the text names the variant', () => {
    const abandons: QueueContact[] = [{ waitSeconds: 30, outcome: 'abandoned' }];
    expectErrorTexts('serviceLevel', [
      [() => serviceLevel([], { thresholdSeconds: 20 }), 'EMPTY', 'contacts', "at least one contact counted by the variant 'abandonedAsMissed'"],
      [
        () => serviceLevel(abandons, { thresholdSeconds: 20, variant: 'ignoreAbandoned' }),
        'EMPTY',
        'contacts',
        "at least one contact counted by the variant 'ignoreAbandoned'",
      ],
      [
        () => serviceLevel([{ waitSeconds: 3, outcome: 'abandoned' }], { thresholdSeconds: 20, variant: 'ignoreAbandonedWithinThreshold' }),
        'EMPTY',
        'contacts',
        "at least one contact counted by the variant 'ignoreAbandonedWithinThreshold'",
      ],
    ]);
  });
});

describe('an answered contact with no wait (src/internal/checks/queueContact.ts)', () => {
  test('the contact-log functions say an answered contact always has a wait', () => {
    const noWait = { waitSeconds: null, outcome: 'answered' } as unknown as QueueContact;
    const absentWait = { outcome: 'answered' } as unknown as QueueContact;
    const expected = 'a finite number ≥ 0: an answered contact always has a wait';
    expectErrorTexts('serviceLevel', [
      [() => serviceLevel([noWait], { thresholdSeconds: 20 }), 'WRONG_TYPE', 'contacts[0].waitSeconds', expected],
      [() => serviceLevel([{ waitSeconds: 5, outcome: 'answered' }, absentWait], { thresholdSeconds: 20 }), 'WRONG_TYPE', 'contacts[1].waitSeconds', expected],
    ]);
    expectErrorTexts('averageSpeedOfAnswer', [
      [() => averageSpeedOfAnswer([noWait]), 'WRONG_TYPE', 'contacts[0].waitSeconds', expected],
    ]);
    expectErrorTexts('abandonmentRate', [
      [() => abandonmentRate([{ waitSeconds: 5, outcome: 'abandoned' }, absentWait]), 'WRONG_TYPE', 'contacts[1].waitSeconds', expected],
    ]);
  });
});
