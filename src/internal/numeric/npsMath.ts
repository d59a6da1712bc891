/**
 * The arithmetic of NPS uncertainty on the fraction scale (−1…1), shared by the interval,
 * comparison and sample-size functions. Each answer scores +1 (promoter), 0 (passive) or −1
 * (detractor); NPS is their mean.
 */

/**
 * The pseudo-answers of the adjusted Wald interval (Rocks 2016): ¾ promoter, 1½ passives and
 * ¾ detractor, 3 answers in all, added before the Wald formula is applied.
 */
export const PSEUDO_PROMOTERS = 0.75;
export const PSEUDO_PASSIVES = 1.5;
export const PSEUDO_DETRACTORS = 0.75;

/**
 * The variance of one answer's score, (p + d) − (p − d)², with p and d the shares of
 * promoters and detractors among `answered`: computed as ((P + D)·n − (P − D)²)/n², whose
 * numerator is exact for whole counts below about 9 × 10⁷ answers.
 */
export function answerVariance(promoters: number, detractors: number, answered: number): number {
  const net = promoters - detractors;
  return ((promoters + detractors) * answered - net * net) / (answered * answered);
}

/**
 * The restricted maximum-likelihood estimate of the detractor share when NPS (fraction) is
 * fixed at `delta`, for `detractors` and `promoters` among `answered` (Tango 1998, eq. 25): the
 * positive root of 2n·q² + B·q + C = 0, B = −D − P + (2n − P + D)·Δ, C = −D·Δ(1 − Δ), written
 * so that no two nearly equal numbers are subtracted.
 */
function restrictedDetractorShare(promoters: number, detractors: number, answered: number, delta: number): number {
  const b = -detractors - promoters + (2 * answered - promoters + detractors) * delta;
  const c = -detractors * delta * (1 - delta);
  const root = Math.sqrt(Math.max(0, b * b - 8 * answered * c));
  if (b > 0) return root + b === 0 ? 0 : (-2 * c) / (root + b);
  return (root - b) / (4 * answered);
}

/**
 * Tango's score statistic for "NPS = Δ": (P − D − nΔ) / √(n·f·(2q̃ + Δ(1 − Δ))), with q̃ the
 * restricted estimate of the detractor share and f the finite-population factor.
 */
function scoreStatistic(promoters: number, detractors: number, answered: number, factor: number, delta: number): number {
  const share = restrictedDetractorShare(promoters, detractors, answered, delta);
  const variance = 2 * share + delta * (1 - delta);
  return (promoters - detractors - answered * delta) / Math.sqrt(answered * factor * variance);
}

/** Bisection of a decreasing `statistic` for the Δ in (low, high) where it equals `target`. */
function solveDecreasing(statistic: (delta: number) => number, target: number, low: number, high: number): number {
  let below = low; // statistic(below) > target
  let above = high; // statistic(above) < target
  for (let iteration = 0; iteration < 2000; iteration++) {
    const middle = (below + above) / 2;
    if (middle <= below || middle >= above) break;
    if (statistic(middle) > target) below = middle;
    else above = middle;
  }
  return (below + above) / 2;
}

/**
 * The score interval for NPS (fraction scale): every Δ that the score test does not reject at
 * critical value `z`, |T(Δ)| ≤ z (Tango 1998; Rocks 2016's iterative interval). The bounds are
 * found by bisection to the last bit; they lie in −1…1 by construction, and a bound reaches ±1
 * only when every answer is a promoter (upper) or a detractor (lower).
 */
export function scoreInterval(
  promoters: number,
  detractors: number,
  answered: number,
  z: number,
  factor: number,
): { lower: number; upper: number } {
  const estimate = (promoters - detractors) / answered;
  const statistic = (delta: number): number => scoreStatistic(promoters, detractors, answered, factor, delta);
  const upper = promoters === answered ? 1 : solveDecreasing(statistic, -z, estimate, 1);
  const lower = detractors === answered ? -1 : solveDecreasing(statistic, z, -1, estimate);
  return { lower, upper };
}
