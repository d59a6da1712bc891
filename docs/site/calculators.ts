// The calculators of docs/calculators.md. The page holds empty containers,
// `<div class="sm-calc" data-calculator="nps">`; this script (bundled with the library's own
// source into one IIFE by docs/site/calculators-plugin.mjs) fills each with labelled inputs and
// the results of the library's functions, recomputed on every input. It never checks an input
// itself: what the reader typed goes to the library as a number (or, when it is not one, as the
// text typed), and a MetricInputError's message is shown as the library words it. On a page
// without containers it does nothing.
import {
  agentsRequired,
  agentsRequiredWithAbandonment,
  csatFromSummary,
  csatMeanFromSummary,
  csatMetric,
  erlangAPerformance,
  erlangCPerformance,
  MetricInputError,
  npsFromSummary,
  npsIntervalFromSummary,
  npsSampleSize,
  proportionSampleSize,
} from '../../src/index.js';

/** One input of a calculator: a text field, or a choice when `choices` is given. */
interface Field {
  /** The input's `name`, unique in its calculator. */
  readonly name: string;
  readonly label: string;
  /** Shown after the input: the unit, or what an empty field means. */
  readonly unit?: string;
  /** The initial text (or the chosen value). */
  readonly value: string;
  /** `[value, label]` pairs of a `<select>`. */
  readonly choices?: readonly (readonly [string, string])[];
  /** Shown only while the choice `field` has the value `equals`. */
  readonly when?: { readonly field: string; readonly equals: string };
}

/** One result of a calculator, shown rounded to `decimals` (never rounded where it is computed). */
interface Output {
  readonly name: string;
  readonly label: string;
  readonly unit?: string;
  readonly decimals: number;
}

/** Reads a calculator's inputs as the library should receive them. */
interface Reader {
  /**
   * The field's number; the text itself when it is not a number (the library says it is of the
   * wrong type); `undefined` when empty. Typed `number` for the call: the library checks it.
   */
  number(name: string): number;
  /** As `number`, but `undefined` (an option left out) when the field is empty. */
  optional(name: string): number | undefined;
  /** The chosen value of a `<select>`. */
  choice(name: string): string;
}

/** What one computation shows: a value per output (an output left out is hidden) and the functions used. */
interface Computed {
  readonly values: Readonly<Record<string, number>>;
  readonly functions: readonly string[];
}

interface Calculator {
  readonly fields: readonly Field[];
  readonly outputs: readonly Output[];
  compute(read: Reader): Computed;
}

const CONFIDENCE: Field = { name: 'confidenceLevel', label: 'Confidence level', unit: 'a probability (empty: 0.95, for 95 %)', value: '0.95' };
const POPULATION: Field = { name: 'populationSize', label: 'Population', unit: 'customers (empty: infinite)', value: '' };

/** `T` with the keys that may be `undefined` made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops the keys whose value is `undefined`: an option left out, not an option set to nothing. */
function defined<T extends Record<string, unknown>>(object: T): Defined<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Defined<T>;
}

const nps: Calculator = {
  fields: [
    { name: 'promoters', label: 'Promoters', unit: 'answers 9–10', value: '520' },
    { name: 'passives', label: 'Passives', unit: 'answers 7–8', value: '300' },
    { name: 'detractors', label: 'Detractors', unit: 'answers 0–6', value: '180' },
    {
      name: 'method',
      label: 'Interval method',
      value: 'adjustedWald',
      choices: [
        ['adjustedWald', 'adjusted Wald (default)'],
        ['wald', 'Wald'],
        ['score', 'score (Tango)'],
      ],
    },
    CONFIDENCE,
    POPULATION,
  ],
  outputs: [
    { name: 'nps', label: 'NPS', unit: 'points', decimals: 1 },
    { name: 'lower', label: 'Interval, lower bound', unit: 'points', decimals: 1 },
    { name: 'upper', label: 'Interval, upper bound', unit: 'points', decimals: 1 },
  ],
  compute(read) {
    const summary = { promoters: read.number('promoters'), passives: read.number('passives'), detractors: read.number('detractors') };
    const score = npsFromSummary(summary);
    const options = defined({
      method: read.choice('method') as 'adjustedWald' | 'wald' | 'score',
      confidenceLevel: read.optional('confidenceLevel'),
      populationSize: read.optional('populationSize'),
    });
    const interval = npsIntervalFromSummary(summary, options);
    return { values: { nps: score, lower: interval.lower, upper: interval.upper }, functions: [] };
  },
};

const NPS_PLAN = { field: 'kind', equals: 'nps' } as const;
const RATE_PLAN = { field: 'kind', equals: 'proportion' } as const;

const sampleSize: Calculator = {
  fields: [
    {
      name: 'kind',
      label: 'Survey metric',
      value: 'nps',
      choices: [
        ['nps', 'NPS'],
        ['proportion', 'a rate (CSAT %, FCR %…)'],
      ],
    },
    { name: 'marginOfError', label: 'Margin of error', unit: 'NPS points or percentage points (5 for ± 5)', value: '5' },
    CONFIDENCE,
    POPULATION,
    { name: 'promoters', label: 'Expected promoters', unit: '% (empty: worst case)', value: '', when: NPS_PLAN },
    { name: 'passives', label: 'Expected passives', unit: '%', value: '', when: NPS_PLAN },
    { name: 'detractors', label: 'Expected detractors', unit: '%', value: '', when: NPS_PLAN },
    { name: 'expectedPercentage', label: 'Expected rate', unit: '% (empty: 50, the worst case)', value: '', when: RATE_PLAN },
  ],
  outputs: [{ name: 'answers', label: 'Answers needed', unit: 'answers', decimals: 0 }],
  compute(read) {
    const options = defined({ confidenceLevel: read.optional('confidenceLevel'), populationSize: read.optional('populationSize') });
    if (read.choice('kind') === 'nps') {
      // All three empty: no mix (the worst case); any given: the mix as typed, empty ones included.
      const given = ['promoters', 'passives', 'detractors'].some((name) => read.optional(name) !== undefined);
      const mix = given ? { promoters: read.number('promoters'), passives: read.number('passives'), detractors: read.number('detractors') } : undefined;
      const answers = npsSampleSize(defined({ marginOfError: read.number('marginOfError'), mix }), options);
      return { values: { answers }, functions: ['npsSampleSize'] };
    }
    const input = defined({ marginOfError: read.number('marginOfError'), expectedPercentage: read.optional('expectedPercentage') });
    return { values: { answers: proportionSampleSize(input, options) }, functions: ['proportionSampleSize'] };
  },
};

const csat: Calculator = {
  fields: [
    { name: 'count5', label: 'Answers “5”', unit: 'very satisfied', value: '10' },
    { name: 'count4', label: 'Answers “4”', unit: 'satisfied', value: '20' },
    { name: 'count3', label: 'Answers “3”', unit: 'neutral', value: '10' },
    { name: 'count2', label: 'Answers “2”', unit: 'dissatisfied', value: '5' },
    { name: 'count1', label: 'Answers “1”', unit: 'very dissatisfied', value: '5' },
    {
      name: 'satisfiedFrom',
      label: 'Satisfied from',
      value: '4',
      choices: [
        ['4', '4 (top two boxes, default)'],
        ['5', '5 (top box)'],
        ['3', '3 (top three boxes)'],
      ],
    },
    CONFIDENCE,
  ],
  outputs: [
    { name: 'csat', label: 'CSAT', unit: '%', decimals: 1 },
    { name: 'lower', label: 'Wilson interval, lower bound', unit: '%', decimals: 1 },
    { name: 'upper', label: 'Wilson interval, upper bound', unit: '%', decimals: 1 },
    { name: 'mean', label: 'Mean score', unit: 'of 5', decimals: 2 },
  ],
  compute(read) {
    const counts = [1, 2, 3, 4, 5].map((point) => read.number(`count${String(point)}`));
    const summary = { scaleMin: 1, scaleMax: 5, counts, unanswered: 0 };
    const satisfiedFrom = read.number('satisfiedFrom');
    const score = csatFromSummary(summary, { satisfiedFrom });
    const metric = csatMetric(defined({ satisfiedFrom, confidenceLevel: read.optional('confidenceLevel') }));
    // csatMetric always has an interval: the Wilson interval of satisfied among all answers.
    const interval = metric.interval!(summary);
    return { values: { csat: score, lower: interval.lower, upper: interval.upper, mean: csatMeanFromSummary(summary) }, functions: [] };
  },
};

const ERLANG_A = { field: 'model', equals: 'erlangA' } as const;

const staffing: Calculator = {
  fields: [
    {
      name: 'model',
      label: 'Queue model',
      value: 'erlangC',
      choices: [
        ['erlangC', 'Erlang C (nobody abandons)'],
        ['erlangA', 'Erlang A (callers abandon)'],
      ],
    },
    { name: 'contacts', label: 'Contacts offered', unit: 'per interval', value: '100' },
    { name: 'intervalSeconds', label: 'Interval length', unit: 's (1800 for half an hour)', value: '1800' },
    { name: 'averageHandleSeconds', label: 'Average handle time', unit: 's', value: '180' },
    { name: 'serviceLevel', label: 'Service-level target', unit: '% answered within the threshold (empty: no target)', value: '80' },
    { name: 'thresholdSeconds', label: 'Threshold', unit: 's (empty: 20)', value: '20' },
    { name: 'maxOccupancy', label: 'Highest occupancy', unit: '% (empty: no cap)', value: '' },
    { name: 'shrinkage', label: 'Shrinkage', unit: 'share of paid time, 0–1 (empty: none)', value: '' },
    { name: 'averagePatienceSeconds', label: 'Mean patience', unit: 's before a caller hangs up', value: '120', when: ERLANG_A },
    { name: 'agents', label: 'Agents', unit: 'empty: the fewest that meet the targets', value: '' },
  ],
  outputs: [
    { name: 'trafficErlangs', label: 'Traffic', unit: 'Erlangs', decimals: 2 },
    { name: 'agents', label: 'Agents', unit: 'on the queue', decimals: 0 },
    { name: 'scheduledHeadcount', label: 'Headcount to schedule', unit: 'after shrinkage', decimals: 0 },
    { name: 'serviceLevel', label: 'Service level', unit: '% within the threshold', decimals: 1 },
    { name: 'averageSpeedOfAnswer', label: 'Average speed of answer', unit: 's', decimals: 1 },
    { name: 'occupancy', label: 'Occupancy', unit: '%', decimals: 1 },
    { name: 'probabilityOfWaiting', label: 'Probability of waiting', unit: '0–1', decimals: 3 },
    { name: 'probabilityOfAbandoning', label: 'Probability of abandoning', unit: '0–1', decimals: 3 },
    { name: 'averageWait', label: 'Average wait, abandoned included', unit: 's', decimals: 1 },
  ],
  compute(read) {
    const workload = {
      contacts: read.number('contacts'),
      intervalSeconds: read.number('intervalSeconds'),
      averageHandleSeconds: read.number('averageHandleSeconds'),
    };
    const threshold = defined({ thresholdSeconds: read.optional('thresholdSeconds') });
    const targets = defined({
      ...threshold,
      serviceLevel: read.optional('serviceLevel'),
      maxOccupancy: read.optional('maxOccupancy'),
      shrinkage: read.optional('shrinkage'),
    });
    const agents = read.optional('agents');
    const queue = (result: {
      readonly trafficErlangs: number;
      readonly agents: number;
      readonly serviceLevel: number;
      readonly averageSpeedOfAnswer: number;
      readonly occupancy: number;
      readonly probabilityOfWaiting: number;
    }): Record<string, number> => ({
      trafficErlangs: result.trafficErlangs,
      agents: result.agents,
      serviceLevel: result.serviceLevel,
      averageSpeedOfAnswer: result.averageSpeedOfAnswer,
      occupancy: result.occupancy,
      probabilityOfWaiting: result.probabilityOfWaiting,
    });
    if (read.choice('model') === 'erlangA') {
      const impatient = { ...workload, averagePatienceSeconds: read.number('averagePatienceSeconds') };
      const abandoning = (result: { readonly probabilityOfAbandoning: number; readonly averageWait: number }): Record<string, number> => ({
        probabilityOfAbandoning: result.probabilityOfAbandoning,
        averageWait: result.averageWait,
      });
      if (agents !== undefined) {
        const result = erlangAPerformance({ ...impatient, agents }, threshold);
        return { values: { ...queue(result), ...abandoning(result) }, functions: ['erlangAPerformance'] };
      }
      const result = agentsRequiredWithAbandonment(impatient, targets);
      const values = { ...queue(result), ...abandoning(result), scheduledHeadcount: result.scheduledHeadcount };
      return { values, functions: ['agentsRequiredWithAbandonment'] };
    }
    if (agents !== undefined) {
      return { values: queue(erlangCPerformance({ ...workload, agents }, threshold)), functions: ['erlangCPerformance'] };
    }
    const result = agentsRequired(workload, targets);
    return { values: { ...queue(result), scheduledHeadcount: result.scheduledHeadcount }, functions: ['agentsRequired'] };
  },
};

const calculators: Readonly<Record<string, Calculator>> = { nps, 'sample-size': sampleSize, csat, staffing };

/** The value the library receives for a field's text (see {@link Reader.number}). */
function parse(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isNaN(value) ? trimmed : value;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function mount(container: HTMLElement, id: string, calculator: Calculator): void {
  const form = element('form', { class: 'sm-calc-form', autocomplete: 'off' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
  });
  const inputs = new Map<string, HTMLInputElement | HTMLSelectElement>();
  const rows: { readonly field: Field; readonly row: HTMLElement }[] = [];
  for (const field of calculator.fields) {
    const inputId = `sm-${id}-${field.name}`;
    const row = element('div', { class: 'sm-calc-field' });
    row.append(element('label', { for: inputId }, field.label));
    let input: HTMLInputElement | HTMLSelectElement;
    if (field.choices === undefined) {
      input = element('input', { id: inputId, name: field.name, type: 'text', inputmode: 'decimal', spellcheck: 'false' });
      input.value = field.value;
    } else {
      input = element('select', { id: inputId, name: field.name });
      for (const [value, label] of field.choices) input.append(element('option', { value }, label));
      input.value = field.value;
    }
    row.append(input);
    // Always a third cell, so that every row keeps to the form's three columns.
    row.append(element('span', { class: 'sm-calc-unit' }, field.unit ?? ''));
    inputs.set(field.name, input);
    rows.push({ field, row });
    form.append(row);
  }

  const results = element('dl', { class: 'sm-calc-results', 'aria-live': 'polite' });
  const outputs = new Map<string, { readonly spec: Output; readonly row: HTMLElement; readonly node: HTMLOutputElement }>();
  for (const spec of calculator.outputs) {
    const row = element('div', { class: 'sm-calc-result' });
    const node = element('output', { 'data-output': spec.name });
    const value = element('dd');
    value.append(node);
    if (spec.unit !== undefined) value.append(' ', element('span', { class: 'sm-calc-unit' }, spec.unit));
    row.append(element('dt', {}, spec.label), value);
    results.append(row);
    outputs.set(spec.name, { spec, row, node });
  }
  const error = element('p', { class: 'sm-calc-error', role: 'alert' });
  error.hidden = true;
  // The page's "Computed by" line (spans for the functions only some inputs use) follows the results.
  container.prepend(form, results, error);
  const spans = [...container.querySelectorAll<HTMLElement>('[data-function]')];

  const text = (name: string): string => {
    const input = inputs.get(name);
    if (input === undefined) throw new Error(`calculator ${id} has no field ${name}`);
    return input.value;
  };
  const read: Reader = {
    number: (name) => parse(text(name)) as number,
    optional: (name) => parse(text(name)) as number | undefined,
    choice: text,
  };

  const update = (): void => {
    for (const { field, row } of rows) row.hidden = field.when !== undefined && text(field.when.field) !== field.when.equals;
    let computed: Computed;
    try {
      computed = calculator.compute(read);
    } catch (caught) {
      if (!(caught instanceof MetricInputError)) throw caught;
      error.textContent = caught.message;
      error.hidden = false;
      container.dataset['state'] = 'error';
      for (const { node } of outputs.values()) {
        node.textContent = '–';
        node.dataset['value'] = '';
      }
      return;
    }
    error.textContent = '';
    error.hidden = true;
    container.dataset['state'] = 'ok';
    for (const { spec, row, node } of outputs.values()) {
      const value = computed.values[spec.name];
      row.hidden = value === undefined;
      node.textContent = value === undefined ? '' : value.toFixed(spec.decimals);
      node.dataset['value'] = value === undefined ? '' : String(value);
    }
    for (const span of spans) span.hidden = !computed.functions.includes(span.dataset['function'] ?? '');
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}

for (const container of document.querySelectorAll<HTMLElement>('.sm-calc[data-calculator]')) {
  const id = container.dataset['calculator'] ?? '';
  const calculator = calculators[id];
  if (calculator === undefined) {
    container.textContent = `No calculator named "${id}".`;
    continue;
  }
  mount(container, id, calculator);
}
