import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { seededRandom } from '../../test/engines/random.js';
import { cusumChart, ewmaChart, individualsChart, pChart, uChart } from '../index.js';

/** Standard normal draws from a seeded generator (mulberry32, then Box–Muller). */
function normals(count: number, seed: number): number[] {
  const uniform = seededRandom(seed);
  const out: number[] = [];
  while (out.length < count) {
    const u = 1 - uniform();
    const v = uniform();
    out.push(Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
  }
  return out;
}

test('an in-control series fires "beyond the limits" at its nominal rate, 0.27 %', () => {
  // 40,000 standard normal points against the true centre and σ: P(|Z| > 3) = 0.0027, so about
  // 108 points; the binomial standard deviation is about 10, and the bounds are 4 of them away.
  const values = normals(40_000, 20261205);
  const chart = individualsChart(values, { baseline: { centre: 0, sigma: 1 }, rules: ['beyondLimits'] });
  const fired = chart.points.filter((point) => point.signals.length > 0).length;
  expect(fired).toBeGreaterThan(108 - 40);
  expect(fired).toBeLessThan(108 + 40);
});

test('a 1σ shift is caught by the run rules long before the 3σ rule alone, on average', () => {
  // After a shift of 1σ, "beyond the limits" fires with probability 1 − Φ(2) ≈ 2.3 % a point
  // (about 44 points to a signal); Western Electric's four rules fire within about ten.
  let beyondOnly = 0;
  let westernElectric = 0;
  for (let run = 0; run < 200; run++) {
    const shifted = normals(300, 1000 + run).map((value) => value + 1);
    const first = (rules: 'westernElectric' | ['beyondLimits']): number => {
      const index = individualsChart(shifted, { baseline: { centre: 0, sigma: 1 }, rules }).points.findIndex((point) => point.signals.length > 0);
      return index === -1 ? shifted.length : index + 1;
    };
    beyondOnly += first(['beyondLimits']);
    westernElectric += first('westernElectric');
  }
  expect(westernElectric / 200).toBeLessThan(15);
  expect(beyondOnly / 200).toBeGreaterThan(30);
});

test('after a 1σ shift, EWMA and CUSUM signal sooner than the 3σ rule, on average over 200 seeded runs', () => {
  // Expected run lengths for a 1σ shift: 3σ rule about 44, EWMA (λ 0.2, L 3) about 10,
  // CUSUM (k 0.5, h 5) about 10 (Montgomery, Tables 9.3 and 9.11).
  const firstSignal = (signals: readonly boolean[]): number => {
    const index = signals.indexOf(true);
    return index === -1 ? signals.length : index + 1;
  };
  let shewhart = 0;
  let ewma = 0;
  let cusum = 0;
  for (let run = 0; run < 200; run++) {
    const shifted = normals(300, 5000 + run).map((value) => value + 1);
    const baseline = { centre: 0, sigma: 1 };
    shewhart += firstSignal(individualsChart(shifted, { baseline, rules: ['beyondLimits'] }).points.map((point) => point.signals.length > 0));
    ewma += firstSignal(ewmaChart(shifted, { baseline }).points.map((point) => point.signal));
    cusum += firstSignal(cusumChart(shifted, { baseline }).points.map((point) => point.signal !== null));
  }
  expect(ewma / 200).toBeLessThan(16);
  expect(cusum / 200).toBeLessThan(16);
  expect(shewhart / 200).toBeGreaterThan(30);
});

test("Laney's σ_z is about 1 for binomial periods and large for over-dispersed ones, where the plain p-chart flags most points", () => {
  // 200 periods of 2,000 contacts. Binomial at 10 %: σ_z near 1. Over-dispersed: each period's
  // own rate is 10 % ± 2 points (normal), far beyond the binomial σ of 0.67 points.
  const noise = normals(400, 77);
  const uniform = seededRandom(12345);
  const binomial = (size: number, p: number): number => {
    let count = 0;
    for (let draw = 0; draw < size; draw++) if (uniform() < p) count++;
    return count;
  };
  const stable = Array.from({ length: 200 }, () => ({ count: binomial(2000, 0.1), size: 2000 }));
  const sigmaZ = pChart(stable, { baseline: { points: 200 }, laney: true }).sigmaZ!;
  expect(sigmaZ).toBeGreaterThan(0.85);
  expect(sigmaZ).toBeLessThan(1.15);
  const dispersed = Array.from({ length: 200 }, (_, index) => ({ count: binomial(2000, 0.1 + 0.02 * noise[index]!), size: 2000 }));
  const flagged = (laney: boolean): number => pChart(dispersed, { baseline: { points: 200 }, laney, rules: ['beyondLimits'] }).points.filter((point) => point.signals.length > 0).length;
  expect(pChart(dispersed, { baseline: { points: 200 }, laney: true }).sigmaZ).toBeGreaterThan(2);
  expect(flagged(false)).toBeGreaterThan(40);
  expect(flagged(true)).toBeLessThan(10);
});

test("Laney's u′: σ_z is about 1 for Poisson counts and large for over-dispersed rates, where the plain u-chart flags most points", () => {
  // 200 periods of exposure 50–150 (thousands of customers) at 5 complaints per thousand: Poisson
  // σ of a rate is √(5/a), about 0.22 at a = 100. Over-dispersed: each period's own rate is
  // 5 × (1 + 0.2 N(0, 1)), a spread of 1 on top, so σ_z should be near √(0.22² + 1²)/0.22 ≈ 4.6,
  // and the plain limits, 3/4.6 ≈ 0.65 of the real σ, leave out about half the points
  // (P(|Z| > 0.65) ≈ 0.52, about 100); Laney's limits about 0.27 % (0.5 points).
  const random = seededRandom(2026_12_05);
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  // Poisson(mean) as a sum of Poisson(≤ 20) draws by Knuth's product of uniforms (e^−20 is far from underflow).
  const poisson = (mean: number): number => {
    let count = 0;
    for (let left = mean; left > 0; left -= 20) {
      const limit = Math.exp(-Math.min(20, left));
      for (let product = random(); product > limit; product *= random()) count++;
    }
    return count;
  };
  const exposures = Array.from({ length: 200 }, () => 50 + 100 * random());
  const stable = exposures.map((exposure) => ({ count: poisson(5 * exposure), exposure }));
  const sigmaZ = uChart(stable, { baseline: { points: 200 }, laney: true }).sigmaZ!;
  expect(sigmaZ).toBeGreaterThan(0.85);
  expect(sigmaZ).toBeLessThan(1.15);
  const dispersed = exposures.map((exposure) => ({ count: poisson(5 * (1 + 0.2 * normal()) * exposure), exposure }));
  expect(uChart(dispersed, { baseline: { points: 200 }, laney: true }).sigmaZ).toBeGreaterThan(3);
  const flagged = (laney: boolean): number => uChart(dispersed, { baseline: { points: 200 }, laney, rules: ['beyondLimits'] }).points.filter((point) => point.signals.length > 0).length;
  expect(flagged(false)).toBeGreaterThan(60);
  expect(flagged(true)).toBeLessThan(10);
});

const series = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 3, maxLength: 40 });

test.prop([series, series, fc.integer({ min: 2, max: 3 })])('the limits depend only on the baseline points', (a, b, k) => {
  fc.pre(new Set(a.slice(0, k)).size > 1);
  const first = individualsChart(a, { baseline: { points: k } });
  const second = individualsChart([...a.slice(0, k), ...b], { baseline: { points: k } });
  expect(second.centre).toBe(first.centre);
  expect(second.points[0]!.upper).toBe(first.points[0]!.upper);
  expect(second.points[0]!.lower).toBe(first.points[0]!.lower);
});

const samples = fc.array(fc.integer({ min: 1, max: 5000 }).chain((size) => fc.record({ size: fc.constant(size), count: fc.integer({ min: 0, max: size }) })), { minLength: 1, maxLength: 30 });

test.prop([samples])('a p-chart keeps its values and limits in 0–100 around the centre', (points) => {
  const total = points.reduce((sum, point) => sum + point.count, 0);
  const size = points.reduce((sum, point) => sum + point.size, 0);
  fc.pre(total > 0 && total < size);
  const chart = pChart(points, { baseline: { points: points.length } });
  for (const point of chart.points) {
    expect(point.value).toBeGreaterThanOrEqual(0);
    expect(point.value).toBeLessThanOrEqual(100);
    expect(point.lower).toBeGreaterThanOrEqual(0);
    expect(point.upper).toBeLessThanOrEqual(100);
    expect(point.lower).toBeLessThanOrEqual(chart.centre);
    expect(point.upper).toBeGreaterThanOrEqual(chart.centre);
  }
});
