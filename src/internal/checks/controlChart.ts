import type { RunRule, RunRuleSet } from '../types/controlChart.js';
import { fail } from './validate.js';

export const RUN_RULES: readonly RunRule[] = [
  'beyondLimits',
  'twoOfThreeBeyondTwoSigma',
  'fourOfFiveBeyondOneSigma',
  'runOfSeven',
  'runOfEight',
  'runOfNine',
  'trendOfSix',
  'fourteenAlternating',
  'fifteenWithinOneSigma',
  'eightBeyondOneSigma',
];

export const RUN_RULE_SETS: Readonly<Record<RunRuleSet, readonly RunRule[]>> = {
  westernElectric: ['beyondLimits', 'twoOfThreeBeyondTwoSigma', 'fourOfFiveBeyondOneSigma', 'runOfEight'],
  nelson: ['beyondLimits', 'runOfNine', 'trendOfSix', 'fourteenAlternating', 'twoOfThreeBeyondTwoSigma', 'fourOfFiveBeyondOneSigma', 'fifteenWithinOneSigma', 'eightBeyondOneSigma'],
  nhs: ['beyondLimits', 'runOfSeven', 'trendOfSix', 'twoOfThreeBeyondTwoSigma'],
};

/**
 * A chart's baseline, read by `readChartOptions` / `readBaseline` (internal/segments/chartBaseline.ts):
 * a stretch of the series, points `start` to `end − 1` (from `{ points: k }` or `{ from, to }`,
 * with the field and value an error about it names), or the fixed values' object.
 */
export type ReadBaseline =
  | { readonly kind: 'points'; readonly start: number; readonly end: number; readonly field: string; readonly received: unknown }
  | { readonly kind: 'fixed'; readonly values: Readonly<Record<string, unknown>> };

/** The `baselinePoints` and `baselineStart` of a chart's result. */
export function baselineSpan(baseline: ReadBaseline): { baselinePoints: number | null; baselineStart: number | null } {
  return baseline.kind === 'fixed' ? { baselinePoints: null, baselineStart: null } : { baselinePoints: baseline.end - baseline.start, baselineStart: baseline.start };
}

/** The run rules of `options.rules`: a named set or a list; Western Electric's four by default. */
export function readRules(metric: string, value: unknown): RunRule[] {
  if (value === undefined) return [...RUN_RULE_SETS.westernElectric];
  if (typeof value === 'string') {
    if (!(value in RUN_RULE_SETS)) fail(metric, 'options.rules', 'UNKNOWN_VALUE', `'westernElectric', 'nelson', 'nhs' or a list of rules`, value);
    return [...RUN_RULE_SETS[value as RunRuleSet]];
  }
  if (!Array.isArray(value)) fail(metric, 'options.rules', 'WRONG_TYPE', `'westernElectric', 'nelson', 'nhs' or a list of rules`, value);
  return (value as unknown[]).map((rule, index) => {
    if (typeof rule !== 'string' || !(RUN_RULES as readonly string[]).includes(rule)) fail(metric, `options.rules[${String(index)}]`, 'UNKNOWN_VALUE', `a run rule: ${RUN_RULES.join(', ')}`, rule);
    return rule as RunRule;
  });
}

/** The `laney` option of an attribute chart (p′, u′): a boolean, default false; `baseline.sigmaZ` is refused without it. */
export function readLaney(metric: string, options: Readonly<Record<string, unknown>>, baseline: ReadBaseline): boolean {
  if (options['laney'] !== undefined && typeof options['laney'] !== 'boolean') fail(metric, 'options.laney', 'WRONG_TYPE', 'true or false', options['laney']);
  const laney = options['laney'] === true;
  if (!laney && baseline.kind === 'fixed' && baseline.values['sigmaZ'] !== undefined) fail(metric, 'options.baseline.sigmaZ', 'UNKNOWN_VALUE', 'no sigmaZ without laney: true', 'sigmaZ');
  return laney;
}
