/** A run rule of a control chart, by what it looks for. @category Control charts */
export type RunRule =
  /** One point beyond the 3σ limits (Western Electric 1, Nelson 1, NHS). */
  | 'beyondLimits'
  /** Two of three points in a row beyond 2σ on the same side (Western Electric 2, Nelson 5, NHS). */
  | 'twoOfThreeBeyondTwoSigma'
  /** Four of five points in a row beyond 1σ on the same side (Western Electric 3, Nelson 6). */
  | 'fourOfFiveBeyondOneSigma'
  /** Seven points in a row on one side of the centre line (NHS "shift"). */
  | 'runOfSeven'
  /** Eight points in a row on one side of the centre line (Western Electric 4). */
  | 'runOfEight'
  /** Nine points in a row on one side of the centre line (Nelson 2). */
  | 'runOfNine'
  /** Six points in a row steadily increasing or decreasing (Nelson 3, NHS "trend"). */
  | 'trendOfSix'
  /** Fourteen points in a row alternating up and down (Nelson 4). */
  | 'fourteenAlternating'
  /** Fifteen points in a row within 1σ of the centre line, either side (Nelson 7). */
  | 'fifteenWithinOneSigma'
  /** Eight points in a row beyond 1σ, none within it, on both sides of the centre line (Nelson 8). */
  | 'eightBeyondOneSigma';

/** A named set of run rules: Western Electric's four, Nelson's eight, or the four of NHS England's "Making Data Count". @category Control charts */
export type RunRuleSet = 'westernElectric' | 'nelson' | 'nhs';


/** One point of a control chart, from {@link pChart}, {@link uChart} or {@link individualsChart}. @category Control charts */
export interface ControlChartPoint {
  /** The plotted value, in the chart's unit (%, a rate per unit of exposure, or the series' own unit). */
  readonly value: number;
  /** The centre line. */
  readonly centre: number;
  /** The lower control limit, centre − 3σ (clipped at 0 where the value cannot be negative). */
  readonly lower: number;
  /** The upper control limit, centre + 3σ (clipped at 100 for a percentage). */
  readonly upper: number;
  /** The standard deviation of the value at this point: the limits are 3σ from the centre before clipping. */
  readonly sigma: number;
  /** The run rules that fire at this point, in the order of {@link RunRule}; empty when none. */
  readonly signals: readonly RunRule[];
}

/** A control chart: its centre line, the points the limits came from, and each point with its signals. @category Control charts */
export interface ControlChart {
  /** The centre line, from the baseline. */
  readonly centre: number;
  /** How many points the limits came from (the first k, or those of the date range), or null when fixed values were given. */
  readonly baselinePoints: number | null;
  /** The index of the first of them: 0 for `{ points: k }`, where the date range begins for `{ from, to }`; null for fixed values. */
  readonly baselineStart: number | null;
  /** The run rules judged. */
  readonly rules: readonly RunRule[];
  /** Each point, in the order of the series, with its limits and signals. */
  readonly points: readonly ControlChartPoint[];
}

/** Where the limits of a chart come from: its first `points` points, the points of a date range, or fixed values. @category Control charts */
export type ControlChartBaseline<Fixed> =
  | {
      /** How many of the first points the centre line and limits come from: a whole number from 1 (2 for {@link individualsChart}) to the series' length. */
      readonly points: number;
    }
  | {
      /** The first date of the range, `"YYYY-MM-DD"`: a point is in the baseline when its period starts on or after it… */
      readonly from: string;
      /** …and before this date, `"YYYY-MM-DD"` (not included). Needs `periods`, the period of each point. */
      readonly to: string;
    }
  | Fixed;

/** The options of a control chart. @category Control charts */
export interface ControlChartOptions<Fixed> {
  /**
   * Where the centre line and the limits come from: `{ points: k }` (the first k points: a
   * period known to be stable), `{ from, to }` (the points whose period starts in that date
   * range, with `periods`) or fixed values. Required: limits are never taken silently from the
   * points they judge; `{ points: n }` with n the series' length says so on purpose.
   */
  readonly baseline: ControlChartBaseline<Fixed>;
  /**
   * The period key of each point, in time order, as {@link periodSeries} keys them
   * (`days.map((day) => day.key)`: `"2026-11-25"`, `"2026-W48"`, `"2026-11"`): what a
   * `{ from, to }` baseline reads. Checked whenever given (one key per point, of one kind, in
   * time order), so it can stay in place when the baseline changes.
   */
  readonly periods?: Iterable<string>;
  /** The run rules to judge: a named set or a list. @defaultValue 'westernElectric' */
  readonly rules?: RunRuleSet | readonly RunRule[];
}

/** Fixed values of a chart's baseline: a known mean (or target) and standard deviation of one value. @category Control charts */
export interface KnownMeanAndSigma {
  /** The centre line: the known mean or the target. */
  readonly centre: number;
  /** The standard deviation of one value, > 0. */
  readonly sigma: number;
}
