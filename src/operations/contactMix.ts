import { addCounts } from '../internal/summaries/addCounts.js';
import { checkLabel } from '../internal/checks/labels.js';
import { checkSample, isMissing } from '../internal/checks/sample.js';
import { checkProportionSummary } from '../internal/summaries/proportionMath.js';
import { checkAmounts, checkCount, checkObject, fail } from '../internal/checks/validate.js';
import type { ProportionSummary } from '../stats/proportionSummary.js';
import type { Accessor } from '../types.js';

/**
 * How {@link contactMix} reads each row: accessors called once per row, in order, with the row
 * and its index; answers are `true`, `false`, or `null`/`undefined` when not known. @category Operations
 */
export interface ContactMixFields<T> {
  /** The row's group (channel, request category, complaint cause): a non-empty string; `null`/`undefined` counts as `unclassified`. */
  readonly by: Accessor<T, string | null | undefined>;
  /** Whether the contact was resolved. */
  readonly resolved?: Accessor<T, boolean | null | undefined>;
  /** Whether it was resolved on first contact (a flag, a survey, or {@link firstContactOutcomes}). */
  readonly resolvedOnFirstContact?: Accessor<T, boolean | null | undefined>;
  /** Whether the customer was satisfied (top-box CSAT, such as 4 or 5 on 1–5); `null` when not answered. */
  readonly satisfied?: Accessor<T, boolean | null | undefined>;
}

/** The counts of one group of a {@link ContactMixSummary}. @category Operations */
export interface ContactMixGroupSummary {
  /** Rows in the group. */
  readonly contacts: number;
  /** Rows resolved (`successes`) among rows whose resolution is known (`trials`); `unanswered` = `contacts − trials`, optional. */
  readonly resolved: ProportionSummary;
  /** Rows resolved on first contact, likewise. */
  readonly resolvedOnFirstContact: ProportionSummary;
  /** Rows whose customer was satisfied, likewise. */
  readonly satisfied: ProportionSummary;
}

/** The mergeable counts per group of {@link contactMix} (merge only those built with the same accessors). @category Operations */
export interface ContactMixSummary {
  /** The counts of each group, keyed by its name. */
  readonly groups: Readonly<Record<string, ContactMixGroupSummary>>;
  /** Rows without a group (`by` gave `null` or `undefined`). */
  readonly unclassified: number;
}

/** One group of a {@link ContactMix}; each rate is `null` when no row of the group answered. @category Operations */
export interface ContactMixGroup {
  /** Rows in the group. */
  readonly contacts: number;
  /** The group's share of all classified rows, 0–100. */
  readonly share: number;
  /** Percentage resolved, over rows whose resolution is known. */
  readonly resolutionRate: number | null;
  /** Percentage resolved on first contact, over rows for which it is known. */
  readonly firstContactResolution: number | null;
  /** Percentage of satisfied customers (CSAT), over rows that answered. */
  readonly satisfaction: number | null;
}

/** The result of {@link contactMix}. @category Operations */
export interface ContactMix {
  /** Rows with a group: the denominator of every share. */
  readonly contacts: number;
  /** Rows left out because they had no group. */
  readonly unclassified: number;
  /** Each group, keyed by its name, in name order. */
  readonly groups: Readonly<Record<string, ContactMixGroup>>;
}

/**
 * Contact mix: the share of contacts in each channel (or request category, or complaint cause),
 * with each group's resolution rate, first-contact resolution and satisfaction, in one pass.
 *
 * ## Formula
 * For each group g, with n_g its rows and N = Σ n_g the rows with a group:
 * - share = 100 × n_g / N (the shares add up to 100, to rounding)
 * - resolution rate = 100 × resolved_g / (resolved_g + unresolved_g)
 * - first-contact resolution = 100 × firstContact_g / (firstContact_g + notFirstContact_g)
 * - satisfaction = 100 × satisfied_g / (satisfied_g + dissatisfied_g)
 *
 * Each rate is over the group's rows that answered (`true` or `false`), `null` when none did:
 * "no data" is not 0 %. Exactly `contactMixFromSummary(contactMixSummary(rows, fields))`.
 *
 * ## Variants
 * - **Channel mix** (`by: (c) => c.channel`): HDI's channel-mix metric (Rumburg, 2019) and
 *   Gladly's report, with each channel's outcomes beside it (SQM measures FCR per channel);
 *   usually inbound only. **Request category** or **complaint cause** likewise.
 * - **Share of contacts**, each row once; a share of workload or cost weighs rows by handle
 *   time or cost.
 * - **Satisfaction** here is top box; for a mean or another scale per channel, split the rows
 *   and use {@link csat}.
 *
 * @param rows - The contacts (or requests, or complaints). Any iterable.
 * @param fields - Accessors: `by` and optionally `resolved`, `resolvedOnFirstContact`, `satisfied`.
 * @returns Classified and unclassified row counts, and each group's count, share and rates.
 * @throws {@link MetricInputError} the common input checks (`fields.by`, `rows[i].by`,
 * `rows[i].resolved`…); `EMPTY` (`rows`) when no row has a group.
 *
 * @example
 * ```ts
 * import { contactMix } from 'service-metrics';
 *
 * const contacts = [
 *   { channel: 'phone', resolved: true, csat: 5 },
 *   { channel: 'chat', resolved: true, csat: 4 },
 *   { channel: 'chat', resolved: false, csat: 2 },
 *   { channel: 'email', resolved: true, csat: 3 },
 *   { channel: null, resolved: true, csat: 5 },
 * ];
 * const mix = contactMix(contacts, { by: (c) => c.channel, resolved: (c) => c.resolved, satisfied: (c) => c.csat >= 4 });
 * mix.unclassified; // => 1
 * mix.groups['chat'];
 * // => { contacts: 2, share: 50, resolutionRate: 50, firstContactResolution: null, satisfaction: 50 }
 * ```
 *
 * @see {@link https://www.thinkhdi.com/library/supportworld/2019/metric-of-month-channel-mix | Rumburg, J. (2019). Metric of the month: channel mix. HDI SupportWorld}
 * @see {@link https://connect.gladly.com/docs/help-documentation/article/channel-mix | Gladly: Channel mix report}
 * @see {@link https://www.sparrowdesk.com/customer-support-metrics/support-channel-mix | SparrowDesk: Support channel mix (tickets per channel ÷ total tickets × 100)}
 * @see {@link https://www.sqmgroup.com/resources/library/blog/fcr-metric-operating-philosophy | SQM Group: each contact channel should measure its FCR rate}
 * @category Operations
 */
export function contactMix<T>(rows: Iterable<T>, fields: ContactMixFields<T>): ContactMix {
  const summary = tallyContactMix('contactMix', rows, fields);
  return mixOf('contactMix', 'rows', Object.entries(summary.groups), summary.unclassified);
}

/**
 * The {@link ContactMixSummary} of rows: per group, the row count and each yes/no question as a
 * {@link ProportionSummary}, so days, shards or a `GROUP BY` give the batch {@link contactMix}.
 *
 * @param rows - The contacts (or requests, or complaints). Any iterable.
 * @param fields - Accessors, as {@link contactMix} takes them.
 * @returns The counts, as plain JSON, with groups in name order.
 * @throws {@link MetricInputError} as {@link contactMix} does, except that no row with a group
 * is allowed.
 *
 * @example
 * ```ts
 * import { contactMixSummary } from 'service-metrics';
 *
 * contactMixSummary([{ channel: 'chat', fcr: true }, { channel: 'chat', fcr: null }], { by: (c) => c.channel, resolvedOnFirstContact: (c) => c.fcr });
 * // => { groups: { chat: { contacts: 2, resolved: { successes: 0, trials: 0, unanswered: 2 }, resolvedOnFirstContact: { successes: 1, trials: 1, unanswered: 1 }, satisfied: { successes: 0, trials: 0, unanswered: 2 } } }, unclassified: 0 }
 * ```
 *
 * @category Operations
 */
export function contactMixSummary<T>(rows: Iterable<T>, fields: ContactMixFields<T>): ContactMixSummary {
  return tallyContactMix('contactMixSummary', rows, fields);
}

/**
 * Adds two {@link ContactMixSummary} values group by group (a group in one only is kept);
 * associative and commutative.
 *
 * @param a - One summary.
 * @param b - Another, built with the same accessors.
 * @returns A new summary, groups in name order.
 * @throws {@link MetricInputError} the common input checks (`a.groups.chat.resolved.successes`…,
 * a group named `''`, a sum past 2⁵³ − 1); `INCONSISTENT` when `successes` > `trials`, `trials` >
 * `contacts`, or a given `unanswered` ≠ `contacts − trials`.
 *
 * @example
 * ```ts
 * import { contactMixFromSummary, contactMixSummary, mergeContactMixSummaries } from 'service-metrics';
 *
 * const fields = { by: (channel: string) => channel };
 * const merged = mergeContactMixSummaries(contactMixSummary(['phone', 'phone', 'chat'], fields), contactMixSummary(['chat', 'email'], fields));
 * contactMixFromSummary(merged).groups['chat']?.share; // => 40
 * ```
 *
 * @category Operations
 */
export function mergeContactMixSummaries(a: ContactMixSummary, b: ContactMixSummary): ContactMixSummary {
  const metric = 'mergeContactMixSummaries';
  const left = checkContactMixSummary(metric, 'a', a);
  const right = checkContactMixSummary(metric, 'b', b);
  const merged = new Map(left.groups);
  for (const [name, group] of right.groups) {
    const other = merged.get(name);
    merged.set(name, other === undefined ? group : addGroups(metric, `b.groups.${name}`, other, group));
  }
  return { groups: sortedGroups(merged), unclassified: addCounts(metric, 'b.unclassified', left.unclassified, right.unclassified) };
}

/**
 * The mix from a {@link ContactMixSummary} (a summary, a merge, or database counts), as
 * {@link contactMix} computes it.
 *
 * @param summary - Counts per group.
 * @returns Classified and unclassified row counts, and each group's count, share and rates.
 * @throws {@link MetricInputError} as {@link mergeContactMixSummaries} does
 * (`summary.groups.chat.contacts`…); `EMPTY` (`summary`) when no group has a row.
 *
 * @example
 * ```ts
 * import { contactMixFromSummary } from 'service-metrics';
 *
 * const none = { successes: 0, trials: 0 };
 * const chat = { contacts: 100, resolved: { successes: 70, trials: 80 }, resolvedOnFirstContact: none, satisfied: none };
 * contactMixFromSummary({ groups: { chat }, unclassified: 0 }).groups['chat']?.resolutionRate; // => 87.5
 * ```
 *
 * @see {@link https://www.thinkhdi.com/library/supportworld/2019/metric-of-month-channel-mix | Rumburg, J. (2019). Metric of the month: channel mix. HDI SupportWorld}
 * @category Operations
 */
export function contactMixFromSummary(summary: ContactMixSummary): ContactMix {
  const metric = 'contactMixFromSummary';
  const checked = checkContactMixSummary(metric, 'summary', summary);
  return mixOf(metric, 'summary', [...checked.groups], checked.unclassified);
}

/** A summary checked and held as a map, plus its unclassified count. */
export interface CheckedSummary {
  readonly groups: ReadonlyMap<string, ContactMixGroupSummary>;
  readonly unclassified: number;
}

/** Mutable counts of one group while tallying. */
interface GroupTally {
  contacts: number;
  resolvedYes: number;
  resolvedNo: number;
  firstYes: number;
  firstNo: number;
  satisfiedYes: number;
  satisfiedNo: number;
}

const YES_NO_FIELDS = ['resolved', 'resolvedOnFirstContact', 'satisfied'] as const;

/** One pass over the rows into a summary (exported for the descriptor, not from the package). */
export function tallyContactMix<T>(metric: string, rows: Iterable<T>, fields: ContactMixFields<T>): ContactMixSummary {
  const object = checkAmounts(metric, 'fields', fields, ['by', 'resolved', 'resolvedOnFirstContact', 'satisfied']);
  const by = accessorOf(metric, object, 'by', true)!;
  const resolved = accessorOf(metric, object, 'resolved', false);
  const firstContact = accessorOf(metric, object, 'resolvedOnFirstContact', false);
  const satisfied = accessorOf(metric, object, 'satisfied', false);
  const sample = checkSample(metric, 'rows', rows);
  const groups = new Map<string, GroupTally>();
  let unclassified = 0;
  let index = 0;
  for (const row of sample) {
    const name: unknown = by(row, index);
    if (isMissing(name)) {
      unclassified++;
      // The other accessors are still called once per row, so side effects and errors do not
      // depend on whether the row had a group.
      if (resolved) yesNo(metric, 'resolved', index, resolved(row, index));
      if (firstContact) yesNo(metric, 'resolvedOnFirstContact', index, firstContact(row, index));
      if (satisfied) yesNo(metric, 'satisfied', index, satisfied(row, index));
      index++;
      continue;
    }
    const label = checkLabel(metric, `rows[${String(index)}].by`, name, 'a group');
    let group = groups.get(label);
    if (group === undefined) {
      group = { contacts: 0, resolvedYes: 0, resolvedNo: 0, firstYes: 0, firstNo: 0, satisfiedYes: 0, satisfiedNo: 0 };
      groups.set(label, group);
    }
    group.contacts++;
    if (resolved) {
      const answer = yesNo(metric, 'resolved', index, resolved(row, index));
      if (answer === true) group.resolvedYes++;
      else if (answer === false) group.resolvedNo++;
    }
    if (firstContact) {
      const answer = yesNo(metric, 'resolvedOnFirstContact', index, firstContact(row, index));
      if (answer === true) group.firstYes++;
      else if (answer === false) group.firstNo++;
    }
    if (satisfied) {
      const answer = yesNo(metric, 'satisfied', index, satisfied(row, index));
      if (answer === true) group.satisfiedYes++;
      else if (answer === false) group.satisfiedNo++;
    }
    index++;
  }
  const summaries = new Map<string, ContactMixGroupSummary>();
  for (const [name, group] of groups) {
    summaries.set(name, {
      contacts: group.contacts,
      resolved: yesNoSummary(group.contacts, group.resolvedYes, group.resolvedNo),
      resolvedOnFirstContact: yesNoSummary(group.contacts, group.firstYes, group.firstNo),
      satisfied: yesNoSummary(group.contacts, group.satisfiedYes, group.satisfiedNo),
    });
  }
  return { groups: sortedGroups(summaries), unclassified };
}

/** The {@link ProportionSummary} of `yes` and `no` answers among a group's `contacts` rows. */
function yesNoSummary(contacts: number, yes: number, no: number): Required<ProportionSummary> {
  return { successes: yes, trials: yes + no, unanswered: contacts - yes - no };
}

function accessorOf(
  metric: string,
  fields: Readonly<Record<string, unknown>>,
  name: string,
  required: boolean,
): ((row: unknown, index: number) => unknown) | undefined {
  const value = fields[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'function') fail(metric, `fields.${name}`, 'WRONG_TYPE', 'a function (row, index) => value', value);
  return value as (row: unknown, index: number) => unknown;
}

/** `true`, `false`, or `undefined` for no answer (`null` or `undefined`); anything else throws. */
function yesNo(metric: string, field: string, index: number, value: unknown): boolean | undefined {
  if (value === true || value === false) return value;
  if (isMissing(value)) return undefined;
  return fail(metric, `rows[${String(index)}].${field}`, 'WRONG_TYPE', 'true, false, or null when not known', value);
}

/** A plain object of the groups, keyed in the order of their names (own data properties, so `__proto__` is a name like any other). */
function sortedGroups(groups: ReadonlyMap<string, ContactMixGroupSummary>): Readonly<Record<string, ContactMixGroupSummary>> {
  const names = [...groups.keys()].sort();
  return Object.fromEntries(names.map((name) => [name, groups.get(name)!]));
}

/** Two summaries of one group added, for `metric`; `field` names b's group (`b.groups.chat`). */
function addGroups(metric: string, field: string, a: ContactMixGroupSummary, b: ContactMixGroupSummary): ContactMixGroupSummary {
  const contacts = addCounts(metric, `${field}.contacts`, a.contacts, b.contacts);
  const yesNo = (question: (typeof YES_NO_FIELDS)[number]): Required<ProportionSummary> => {
    const successes = addCounts(metric, `${field}.${question}.successes`, a[question].successes, b[question].successes);
    const trials = addCounts(metric, `${field}.${question}.trials`, a[question].trials, b[question].trials);
    return { successes, trials, unanswered: contacts - trials };
  };
  return {
    contacts,
    resolved: yesNo('resolved'),
    resolvedOnFirstContact: yesNo('resolvedOnFirstContact'),
    satisfied: yesNo('satisfied'),
  };
}

/** Checks a summary named `field` (exported for the descriptor, not from the package). */
export function checkContactMixSummary(metric: string, field: string, summary: unknown): CheckedSummary {
  const object = checkObject(metric, field, summary);
  const unclassified = checkCount(metric, `${field}.unclassified`, object['unclassified']);
  const groups = checkObject(metric, `${field}.groups`, object['groups']);
  const checked = new Map<string, ContactMixGroupSummary>();
  for (const name of Object.keys(groups)) {
    const at = `${field}.groups.${name}`;
    if (name === '') fail(metric, at, 'OUT_OF_RANGE', 'a group named by a non-empty string', name);
    const group = checkObject(metric, at, groups[name]);
    const contacts = checkCount(metric, `${at}.contacts`, group['contacts']);
    const answers = YES_NO_FIELDS.map((question) => {
      const { successes, trials, unanswered } = checkProportionSummary(metric, `${at}.${question}`, group[question]);
      if (trials > contacts) {
        fail(metric, `${at}.${question}.trials`, 'INCONSISTENT', `at most contacts (${String(contacts)})`, trials);
      }
      const rest = contacts - trials;
      if ((group[question] as { unanswered?: unknown }).unanswered !== undefined && unanswered !== rest) {
        fail(metric, `${at}.${question}.unanswered`, 'INCONSISTENT', `contacts − trials (${String(rest)})`, unanswered);
      }
      return { successes, trials, unanswered: rest };
    });
    checked.set(name, { contacts, resolved: answers[0]!, resolvedOnFirstContact: answers[1]!, satisfied: answers[2]! });
  }
  return { groups: checked, unclassified };
}

/** Shares and rates from checked counts; `entries` is a fresh array, sorted here by name. */
function mixOf(
  metric: string,
  emptyField: string,
  entries: [string, ContactMixGroupSummary][],
  unclassified: number,
): ContactMix {
  let total = 0;
  for (const [, group] of entries) total += group.contacts;
  if (total === 0) fail(metric, emptyField, 'EMPTY', 'at least one row with a group', unclassified);
  entries.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const rate = ({ successes, trials }: ProportionSummary): number | null => (trials === 0 ? null : (100 * successes) / trials);
  return {
    contacts: total,
    unclassified,
    groups: Object.fromEntries(
      entries.map(([name, group]) => [
        name,
        {
          contacts: group.contacts,
          share: (100 * group.contacts) / total,
          resolutionRate: rate(group.resolved),
          firstContactResolution: rate(group.resolvedOnFirstContact),
          satisfaction: rate(group.satisfied),
        },
      ]),
    ),
  };
}
