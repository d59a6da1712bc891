// Reference percentiles for the durationPercentile and durationStats tests, computed
// independently with NumPy 2.4.6: `np.percentile(x, q)` with its default method 'linear'
// (Hyndman & Fan type 7; `np.quantile(x, q / 100)` gives the same).
export const PERCENTS = [0, 5, 10, 25, 33.3, 50, 66.7, 75, 90, 95, 99, 99.9, 100] as const;
export const NUMPY: readonly { readonly values: readonly number[]; readonly expected: readonly number[] }[] = [
  {
    values: [12.5, 3, 45, 20, 8, 61.25, 0, 33, 17, 9.75, 120, 4],
    expected: [0, 1.65, 3.1, 7, 9.16025, 14.75, 24.381, 36, 59.625, 87.6875, 113.5375, 119.35375, 120],
  },
  {
    values: [300, 1800, 5400, 600, 14400, 86400, 172800, 3600, 7200, 45],
    expected: [45, 159.75, 274.5, 900, 1796.4, 4500, 7221.6, 12600, 95040, 133920, 165024, 172022.4, 172800],
  },
  {
    values: [1, 2, 3, 4],
    expected: [1, 1.15, 1.3, 1.75, 1.999, 2.5, 3.001, 3.25, 3.7, 3.85, 3.97, 3.997, 4],
  },
];
