/**
 * Tests that mutation testing found missing in src/workforce: the texts of errors (what a user
 * reads), and targets met exactly at their bound.
 */
import { describe, expect, test } from 'vitest';
import { expectErrorTexts, expectMetricError } from '../../test/helpers.js';
import { agentsRequiredWithAbandonment, erlangAPerformance, exponentialSmoothing, forecastAccuracy, forecastVolume, intradayReforecast } from '../index.js';

describe('agentsRequiredWithAbandonment', () => {
  const workload = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, averagePatienceSeconds: 120 };

  test('patience so short or so long that the ratio leaves the doubles says so', () => {
    const tooShort = expectMetricError(
      () => agentsRequiredWithAbandonment({ ...workload, averageHandleSeconds: 1e300, averagePatienceSeconds: 1e-300, intervalSeconds: 1e300 }, { serviceLevel: 80 }),
      { metric: 'agentsRequiredWithAbandonment', field: 'workload.averagePatienceSeconds', code: 'OUT_OF_RANGE' },
    );
    expect(tooShort.expected).toBe('long enough that averageHandleSeconds / averagePatienceSeconds is a finite number');
    expect(tooShort.received).toBe(1e-300);
    const tooLong = expectMetricError(
      () => agentsRequiredWithAbandonment({ ...workload, averageHandleSeconds: 1e-300, averagePatienceSeconds: 1e300, intervalSeconds: 1e-300 }, { serviceLevel: 80 }),
      { metric: 'agentsRequiredWithAbandonment', field: 'workload.averagePatienceSeconds', code: 'OUT_OF_RANGE' },
    );
    expect(tooLong.expected).toMatch(/^short enough that averageHandleSeconds \/ averagePatienceSeconds is above 0 \(for callers who never abandon use agentsRequired\)$/);
  });

  test('maxAbandonment is a percentage: 100 is allowed, more is OUT_OF_RANGE', () => {
    expect(agentsRequiredWithAbandonment(workload, { maxAbandonment: 100 }).agents).toBeGreaterThanOrEqual(1);
    const error = expectMetricError(() => agentsRequiredWithAbandonment(workload, { maxAbandonment: 100.5 }), {
      metric: 'agentsRequiredWithAbandonment',
      field: 'targets.maxAbandonment',
      code: 'OUT_OF_RANGE',
    });
    expect(error.expected).toBe('a percentage above 0, at most 100');
  });

  test('a target met exactly at n agents is met: n, not n + 1', () => {
    // The performance of 12 agents, read back as the targets: each is met with equality by 12.
    const twelve = erlangAPerformance({ ...workload, agents: 12 }, { thresholdSeconds: 20 });
    const eleven = erlangAPerformance({ ...workload, agents: 11 }, { thresholdSeconds: 20 });
    // Each measure is strictly worse with 11 agents, so 12 is the fewest that meets it.
    expect(eleven.serviceLevel).toBeLessThan(twelve.serviceLevel);
    expect(eleven.averageSpeedOfAnswer).toBeGreaterThan(twelve.averageSpeedOfAnswer);
    expect(eleven.occupancy).toBeGreaterThan(twelve.occupancy);
    expect(eleven.probabilityOfAbandoning).toBeGreaterThan(twelve.probabilityOfAbandoning);
    expect(agentsRequiredWithAbandonment(workload, { serviceLevel: twelve.serviceLevel, thresholdSeconds: 20 }).agents).toBe(12);
    expect(agentsRequiredWithAbandonment(workload, { averageSpeedOfAnswer: twelve.averageSpeedOfAnswer }).agents).toBe(12);
    expect(agentsRequiredWithAbandonment(workload, { maxOccupancy: twelve.occupancy }).agents).toBe(12);
    expect(agentsRequiredWithAbandonment(workload, { maxAbandonment: 100 * twelve.probabilityOfAbandoning }).agents).toBe(12);
  });
});

describe('erlangAPerformance', () => {
  const queue = { contacts: 100, intervalSeconds: 1800, averageHandleSeconds: 180, averagePatienceSeconds: 120, agents: 12 };

  test('the texts of its errors', () => {
    expect(expectMetricError(() => erlangAPerformance({ ...queue, agents: 0 }), { metric: 'erlangAPerformance', field: 'queue.agents', code: 'OUT_OF_RANGE' }).expected).toBe('a whole number ≥ 1');
    const short = expectMetricError(
      () => erlangAPerformance({ ...queue, averageHandleSeconds: 1e300, averagePatienceSeconds: 1e-300, intervalSeconds: 1e300 }),
      { metric: 'erlangAPerformance', field: 'queue.averagePatienceSeconds', code: 'OUT_OF_RANGE' },
    );
    expect(short.expected).toBe('long enough that averageHandleSeconds / averagePatienceSeconds is a finite number');
    expect(short.received).toBe(1e-300);
    // A ratio that underflows to 0: callers who never abandon, which Erlang A cannot bound.
    const long = expectMetricError(
      () => erlangAPerformance({ ...queue, averageHandleSeconds: 1e-300, averagePatienceSeconds: 1e300, intervalSeconds: 1e-300 }),
      { metric: 'erlangAPerformance', field: 'queue.averagePatienceSeconds', code: 'OUT_OF_RANGE' },
    );
    expect(long.expected).toMatch(/^short enough that the agents and the traffic divided by averageHandleSeconds \/ averagePatienceSeconds are finite numbers/);
    expect(long.received).toBe(1e300);
  });
});

describe('forecastVolume', () => {
  test('the texts of its errors', () => {
    const method = expectMetricError(() => forecastVolume([1, 2], { seasonLength: 1, method: 'naive' as never }), {
      metric: 'forecastVolume',
      field: 'options.method',
      code: 'UNKNOWN_VALUE',
    });
    expect(method.expected).toBe("'seasonalNaive' or 'holtWinters'");
    // Holt–Winters needs two seasons: 2 × 4 = 8 values; seasonal naive one season, 4.
    const short = expectMetricError(() => forecastVolume([1, 2, 3, 4, 5, 6, 7], { seasonLength: 4, method: 'holtWinters' }), {
      metric: 'forecastVolume',
      field: 'history',
      code: 'EMPTY',
    });
    expect(short.expected).toBe('at least 2 season(s) of history (8 values)');
    expect(short.received).toBe(7);
    expect(forecastVolume([1, 2, 3, 4], { seasonLength: 4, method: 'seasonalNaive' })).toStrictEqual([1, 2, 3, 4]);
    const huge = expectMetricError(() => forecastVolume([1e308, 1.7e308, 1e308, 1.7e308], { seasonLength: 2, method: 'holtWinters', alpha: 1, beta: 1, gamma: 1 }), {
      metric: 'forecastVolume',
      field: 'history',
      code: 'OUT_OF_RANGE',
    });
    expect(huge.expected).toBe('volumes small enough that the Holt–Winters forecast is a finite number');
  });
});

describe('intradayReforecast', () => {
  const staffing = { intervalSeconds: 1800, averageHandleSeconds: 300, targets: { serviceLevel: 80 }, scheduledAgents: [10, 10, 10] };
  const reforecast = (volumes: Record<string, unknown>, plan?: Record<string, unknown>) => () =>
    intradayReforecast(volumes as never, plan as never);

  test('bad volumes and staffing say what they must be', () => {
    expectErrorTexts('intradayReforecast', [
      [reforecast({ actual: [5] }), 'WRONG_TYPE', 'volumes.forecast', 'the forecast of every interval'],
      [reforecast({ forecast: [], actual: [] }), 'EMPTY', 'volumes.forecast', 'the forecast of at least one interval'],
      [reforecast({ forecast: [10], actual: [5, 6] }), 'INCONSISTENT', 'volumes.actual', 'at most the 1 intervals of the forecast'],
      [reforecast({ forecast: [10], actual: [] }), 'EMPTY', 'volumes.actual', 'the contacts of at least one passed interval'],
      [reforecast({ forecast: [0, 10], actual: [5] }), 'EMPTY', 'volumes.forecast', 'a forecast above 0 for the intervals passed'],
      [reforecast({ forecast: [1e-300, 10], actual: [1e300] }), 'OUT_OF_RANGE', 'volumes.actual', 'volumes whose sums are finite'],
      [reforecast({ forecast: [1, 1e308], actual: [2] }), 'OUT_OF_RANGE', 'volumes.forecast[1]', 'a forecast whose reforecast is finite'],
      [
        reforecast({ forecast: [100, 100, 100], actual: [100] }, { ...staffing, scheduledAgents: [10, 10] }),
        'INCONSISTENT',
        'staffing.scheduledAgents',
        'one number per interval of the forecast, 3',
      ],
      [
        reforecast({ forecast: [100, 100, 100], actual: [100] }, { ...staffing, averageHandleSeconds: 1e-300, scheduledAgents: [10, 1e300, 10] }),
        'OUT_OF_RANGE',
        'staffing.scheduledAgents[1]',
        'agents, an interval and an AHT whose spare contacts are finite',
      ],
    ]);
  });
});

describe('forecastAccuracy', () => {
  test('bad series say what they must be', () => {
    expectErrorTexts('forecastAccuracy', [
      [() => forecastAccuracy({ actual: [], forecast: [] }), 'EMPTY', 'input.actual', 'at least one value'],
      [() => forecastAccuracy({ actual: [1, 2], forecast: [1] }), 'INCONSISTENT', 'input.forecast', 'as many forecasts as actual values (2)'],
      [() => forecastAccuracy({ actual: [1], forecast: [1], history: [1, 2] }, { seasonLength: 2 }), 'EMPTY', 'input.history', 'more than seasonLength (2) values'],
      [() => forecastAccuracy({ actual: [1e308, -1e308], forecast: [-1e308, 1e308] }), 'OUT_OF_RANGE', 'input.actual', 'values and forecasts whose sums of errors are finite numbers'],
    ]);
  });
});

describe('exponentialSmoothing options', () => {
  const history = [10, 12, 11, 13, 12, 14, 13, 15];
  const smooth = (options: Record<string, unknown>) => () => exponentialSmoothing(history, options);

  test('bad options say what they must be', () => {
    expectErrorTexts('exponentialSmoothing', [
      [smooth({ seasonLength: 1, secondSeasonLength: 4 }), 'INCONSISTENT', 'options.secondSeasonLength', 'a season longer than seasonLength (1), which must be ≥ 2'],
      [smooth({ seasonLength: 4, secondSeasonLength: 4 }), 'INCONSISTENT', 'options.secondSeasonLength', 'a season longer than seasonLength (4), which must be ≥ 2'],
      [smooth({ level: 1 }), 'OUT_OF_RANGE', 'options.level', 'a number strictly between 0 and 1'],
      [smooth({ level: 0 }), 'OUT_OF_RANGE', 'options.level', 'a number strictly between 0 and 1'],
      [smooth({ initialStates: 'random' }), 'UNKNOWN_VALUE', 'options.initialStates', "'optimal' or 'heuristic'"],
    ]);
  });
});
