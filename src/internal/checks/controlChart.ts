import type { RunRule, RunRuleSet } from '../types/controlChart.js';
import { checkIntegerInRange, checkObject, checkOptions, fail } from './validate.js';

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

/** The checked options of a control chart: the baseline (first k points, or the fixed object), the rules, and the options object (with `otherKeys` allowed). */
export function readChartOptions(
  metric: string,
  options: unknown,
  length: number,
  fixedKeys: readonly string[],
  otherKeys: readonly string[] = [],
): { baseline: number | Readonly<Record<string, unknown>>; rules: RunRule[]; options: Readonly<Record<string, unknown>> } {
  const object = checkOptions(metric, options, ['baseline', 'rules', ...otherKeys]);
  return { baseline: readBaseline(metric, object['baseline'], length, fixedKeys), rules: readRules(metric, object['rules']), options: object };
}

/** A chart's baseline (`options.baseline`, required): the number of first points, or the fixed values' object. */
export function readBaseline(metric: string, value: unknown, length: number, fixedKeys: readonly string[]): number | Readonly<Record<string, unknown>> {
  if (value === undefined) {
    fail(metric, 'options.baseline', 'WRONG_TYPE', `{ points: k } (the first k points) or fixed values { ${fixedKeys.join(', ')} }`, undefined);
  }
  const baseline = checkObject(metric, 'options.baseline', value);
  if ('points' in baseline) {
    for (const key of Object.keys(baseline)) if (key !== 'points') fail(metric, `options.baseline.${key}`, 'UNKNOWN_VALUE', 'points alone, or the fixed values without points', key);
    const points = checkIntegerInRange(metric, 'options.baseline.points', baseline['points'], 1, Math.max(1, length));
    if (points > length) fail(metric, 'options.baseline.points', 'OUT_OF_RANGE', `at most the ${String(length)} points of the series`, baseline['points']);
    return points;
  }
  for (const key of Object.keys(baseline)) if (!fixedKeys.includes(key)) fail(metric, `options.baseline.${key}`, 'UNKNOWN_VALUE', `one of points, ${fixedKeys.join(', ')}`, key);
  return baseline;
}

function readRules(metric: string, value: unknown): RunRule[] {
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
export function readLaney(metric: string, options: Readonly<Record<string, unknown>>, baseline: number | Readonly<Record<string, unknown>>): boolean {
  if (options['laney'] !== undefined && typeof options['laney'] !== 'boolean') fail(metric, 'options.laney', 'WRONG_TYPE', 'true or false', options['laney']);
  const laney = options['laney'] === true;
  if (!laney && typeof baseline !== 'number' && baseline['sigmaZ'] !== undefined) fail(metric, 'options.baseline.sigmaZ', 'UNKNOWN_VALUE', 'no sigmaZ without laney: true', 'sigmaZ');
  return laney;
}
