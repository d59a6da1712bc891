import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { linesRequired, trafficCapacity } from '../index.js';

const traffic = fc.double({ min: 0.01, max: 5000, noNaN: true });
const blocking = fc.double({ min: 1e-6, max: 0.5, noNaN: true });

test.prop([traffic, traffic, blocking])('more traffic never needs fewer lines', (a, b, target) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  expect(linesRequired({ trafficErlangs: low, blocking: target }).lines).toBeLessThanOrEqual(linesRequired({ trafficErlangs: high, blocking: target }).lines);
});

test.prop([traffic, blocking, blocking])('a looser target never needs more lines', (a, x, y) => {
  const [strict, loose] = x <= y ? [x, y] : [y, x];
  expect(linesRequired({ trafficErlangs: a, blocking: loose }).lines).toBeLessThanOrEqual(linesRequired({ trafficErlangs: a, blocking: strict }).lines);
});

test.prop([fc.integer({ min: 1, max: 3000 }), blocking])('trafficCapacity is the largest traffic the lines serve: linesRequired gives them back', (lines, target) => {
  const capacity = trafficCapacity({ lines, blocking: target });
  expect(linesRequired({ trafficErlangs: capacity, blocking: target }).lines).toBe(lines);
  expect(linesRequired({ trafficErlangs: capacity * (1 + 1e-9), blocking: target }).lines).toBe(lines + 1);
});

test.prop([fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 3000 }), blocking])('more lines carry more traffic', (a, b, target) => {
  fc.pre(a !== b);
  const [few, many] = a < b ? [a, b] : [b, a];
  expect(trafficCapacity({ lines: few, blocking: target })).toBeLessThan(trafficCapacity({ lines: many, blocking: target }));
});
