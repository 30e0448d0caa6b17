/**
 * The KPI engine: a client's snapshots and the KPI definitions of the version it pins → one
 * result per KPI and platform, plus the `all` roll-up. A rate over several platforms is a ratio
 * of sums, never a mean of rates; what cannot be known is no data with a reason.
 */
import type { Metric } from '../../schemas/metric.ts';
import { parseFormula, type FormulaNode } from '../formula.ts';
import type { PlaybookKpi } from '../playbook/model.ts';
import type { Snapshot } from '../snapshot-csv.ts';
import { aggregatePlatforms, ENGLISH_REASONS, hasValue, rollUpMonths, sumExact, type Measure, type PlatformAggregate, type ReasonWords } from './aggregate.ts';
import { evaluateFormula } from './evaluate.ts';
import { calendarPeriod, previous, yearBefore, type Period } from './periods.ts';

/** Everything a client's report is computed from. Treat it as immutable: results are cached per context. */
export interface ReportContext {
  /** The KPIs of the playbook version the client pins, in the order results are returned. */
  kpis: readonly PlaybookKpi[];
  /** That version's metric registry. */
  metrics: readonly Metric[];
  /** The client's platforms, in the client's order. */
  platforms: readonly string[];
  /** Month (`YYYY-MM`) → that month's snapshot. Quarters and years are computed from these. */
  snapshots: ReadonlyMap<string, Snapshot>;
  /** KPI id → target, a fraction for percents; applies to the `all` rows. */
  targets: Readonly<Record<string, number>>;
  /** How "no data" reasons are worded (the client's language); default English with ids. */
  words?: ReasonWords;
}

/** One KPI on one platform (or `all`) for one period. */
export interface KpiResult {
  kpi: string;
  /** A platform id, or `all` for the client's platforms together. */
  platform: string;
  value: Measure;
  /** The same KPI for the previous period of the same kind and span, computed with that period's data alone. */
  previous: Measure;
  /** Relative change, (value − previous) / |previous|. */
  change: Measure;
  /** The same KPI for the same period a year before (the same months of the year before). */
  yearBefore: Measure;
  /** Relative change against it, (value − yearBefore) / |yearBefore|. */
  changeYear: Measure;
  /** The client's target (`all` rows only). */
  target?: number;
  /** Whether the value meets the target in the KPI's good direction; unset without a value or a target. */
  status?: 'met' | 'missed';
  /** Which platforms `all` leaves out and why ("excludes linkedin, x: saves not measured"). */
  note?: string;
}

/** The platform id of the roll-up rows. */
export const ALL = 'all';

/**
 * Every KPI (in `context.kpis` order) × every platform (client order), then `all`, for `period`
 * (a month, or a quarter or year computed from its months).
 * Throws only when a KPI formula does not parse, which `check` rejects before any build.
 */
export function computeKpis(context: ReportContext, period: Period): KpiResult[] {
  const engine = engineOf(context);
  const before = previous(period);
  const lastYear = yearBefore(period);
  return context.kpis.flatMap((kpi) =>
    [...context.platforms, ALL].map((platform) => {
      const current = evaluated(engine, kpi, platform, period);
      const prior = evaluated(engine, kpi, platform, before).value;
      const yearAgo = evaluated(engine, kpi, platform, lastYear).value;
      const result: KpiResult = {
        kpi: kpi.id,
        platform,
        value: current.value,
        previous: prior,
        change: changeOf(current.value, prior, engine.words),
        yearBefore: yearAgo,
        changeYear: changeOf(current.value, yearAgo, engine.words),
      };
      if (platform === ALL && Object.hasOwn(context.targets, kpi.id)) {
        const target = context.targets[kpi.id]!;
        result.target = target;
        if (hasValue(current.value)) result.status = meets(kpi, current.value.value, target) ? 'met' : 'missed';
      }
      if (current.note) result.note = current.note;
      return result;
    }),
  );
}

/** One KPI's `all` value for each period, in the order given (for a trend chart). */
export function kpiTrend(context: ReportContext, kpiId: string, periods: readonly Period[]): { period: Period; value: Measure }[] {
  const engine = engineOf(context);
  const kpi = engine.kpis.get(kpiId);
  if (!kpi) throw new Error(`no KPI "${kpiId}" in this report (expected one of ${[...engine.kpis.keys()].join(', ')})`);
  return periods.map((period) => ({ period, value: evaluated(engine, kpi, ALL, period).value }));
}

/** Each metric's aggregate on each platform (metric by metric, platforms in client order), for a platform breakdown chart. */
export function platformTotals(context: ReportContext, period: Period, metricIds: readonly string[]): { metric: string; platform: string; value: Measure }[] {
  const engine = engineOf(context);
  return metricIds.flatMap((metric) =>
    context.platforms.map((platform) => ({ metric, platform, value: measureOf(aggregateOf(engine, period, platform), metric, engine.words) })),
  );
}

/** Relative change; no data when either side has none or the previous value is 0. */
function changeOf(value: Measure, previous: Measure, words: ReasonWords): Measure {
  if (!hasValue(value)) return value;
  if (!hasValue(previous)) return previous;
  if (previous.value === 0) return { reason: words.t.previousZero };
  return { value: (value.value - previous.value) / Math.abs(previous.value) };
}

function meets(kpi: PlaybookKpi, value: number, target: number): boolean {
  return kpi.direction === 'up' ? value >= target : value <= target;
}

// ——— caches: a report asks for many periods × KPIs × platforms; each is computed once ———

interface Evaluated {
  value: Measure;
  note?: string;
}

interface ParsedFormula {
  ast: FormulaNode;
  /** Metric ids read for the current period, and through `previous()`. */
  current: string[];
  previous: string[];
}

interface Engine {
  context: ReportContext;
  words: ReasonWords;
  kpis: Map<string, PlaybookKpi>;
  labelOf: (id: string) => string;
  kinds: Map<string, Metric['kind']>;
  /** Span of months (`2026-07..2026-09`, or one month) → platform → aggregate. */
  aggregates: Map<string, Map<string, PlatformAggregate>>;
  /** `<kind> <span>` → KPI id → scope → result (the kind matters: it decides what `previous()` reads). */
  results: Map<string, Map<string, Map<string, Evaluated>>>;
}

const engines = new WeakMap<ReportContext, Engine>();
const formulas = new Map<string, ParsedFormula>();

function engineOf(context: ReportContext): Engine {
  let engine = engines.get(context);
  if (!engine) {
    const labels = new Map(context.metrics.map((metric) => [metric.id, metric.label]));
    engine = {
      context,
      words: context.words ?? ENGLISH_REASONS,
      kpis: new Map(context.kpis.map((kpi) => [kpi.id, kpi])),
      labelOf: (id) => labels.get(id) ?? id,
      kinds: new Map(context.metrics.map((metric) => [metric.id, metric.kind])),
      aggregates: new Map(),
      results: new Map(),
    };
    engines.set(context, engine);
  }
  return engine;
}

/** Metric ids a KPI's formula reads, this period's or the previous one's: parsed once per formula, not once per page. */
export function metricsOfKpi(kpi: PlaybookKpi): readonly string[] {
  const { current, previous } = formulaOf(kpi);
  return [...current, ...previous];
}

function formulaOf(kpi: PlaybookKpi): ParsedFormula {
  let formula = formulas.get(kpi.formula);
  if (!formula) {
    const parsed = parseFormula(kpi.formula);
    if (!parsed.ok) throw new Error(`KPI "${kpi.id}" (${kpi.file}): formula "${kpi.formula}" does not parse: ${parsed.message}`);
    formula = { ast: parsed.ast, ...metricsRead(parsed.ast) };
    formulas.set(kpi.formula, formula);
  }
  return formula;
}

function metricsRead(ast: FormulaNode): { current: string[]; previous: string[] } {
  const current = new Set<string>();
  const previous = new Set<string>();
  const visit = (node: FormulaNode): void => {
    if (node.kind === 'metric') current.add(node.id);
    else if (node.kind === 'previous') previous.add(node.id);
    else if (node.kind === 'negate') visit(node.operand);
    else if (node.kind === 'binary') {
      visit(node.left);
      visit(node.right);
    }
  };
  visit(ast);
  return { current: [...current], previous: [...previous] };
}

const spans = new WeakMap<Period, string>();
const resultKeys = new WeakMap<Period, string>();

/** `2026-07..2026-09`, or the month alone: the cache key of a period's months, made once per period value. */
function spanOf(period: Period): string {
  let span = spans.get(period);
  if (span === undefined) spans.set(period, (span = period.months.length === 1 ? period.months[0]! : `${period.months[0]}..${period.months.at(-1)}`));
  return span;
}

/** `quarter 2026-07..2026-09`: the cache key of a period's results, made once per period value (results are asked for millions of times in a build). */
function resultKeyOf(period: Period): string {
  let key = resultKeys.get(period);
  if (key === undefined) resultKeys.set(period, (key = `${period.kind} ${spanOf(period)}`));
  return key;
}

/**
 * A platform's aggregate over the period's months. Each month is aggregated from its snapshot
 * once; a quarter or year combines those (never re-reads rows), and is itself kept, since the
 * previous period of one report is the period of another.
 */
function aggregateOf(engine: Engine, period: Period, platform: string): PlatformAggregate {
  if (period.months.length === 1) return monthAggregate(engine, period.months[0]!, platform);
  const span = spanOf(period);
  let byPlatform = engine.aggregates.get(span);
  if (!byPlatform) {
    const { context } = engine;
    const months = period.months.map((month) => ({ month, hasSnapshot: context.snapshots.has(month) }));
    byPlatform = new Map(
      context.platforms.map((name) => [
        name,
        rollUpMonths(
          months.map((m) => ({ ...m, aggregate: monthAggregate(engine, m.month, name) })),
          context.metrics,
          engine.words,
        ),
      ]),
    );
    engine.aggregates.set(span, byPlatform);
  }
  return platformOf(engine, byPlatform, platform);
}

function monthAggregate(engine: Engine, month: string, platform: string): PlatformAggregate {
  let byPlatform = engine.aggregates.get(month);
  if (!byPlatform) {
    const { context } = engine;
    const aggregates = aggregatePlatforms(context.snapshots.get(month), month, context.metrics, context.platforms, engine.words);
    byPlatform = new Map(aggregates.map((aggregate) => [aggregate.platform, aggregate]));
    engine.aggregates.set(month, byPlatform);
  }
  return platformOf(engine, byPlatform, platform);
}

function platformOf(engine: Engine, byPlatform: ReadonlyMap<string, PlatformAggregate>, platform: string): PlatformAggregate {
  const aggregate = byPlatform.get(platform);
  if (!aggregate) throw new Error(`"${platform}" is not one of the client's platforms (${engine.context.platforms.join(', ')})`);
  return aggregate;
}

function measureOf(aggregate: PlatformAggregate, id: string, words: ReasonWords): Measure {
  return aggregate.metrics.get(id) ?? { reason: words.t.unknownMetric(id) };
}

/**
 * What `previous(x)` reads: the whole period before, of the same kind. For a whole period that is
 * `previous(period)`; for a partial one (2026, January–October) it is the whole of 2025, so a
 * stock's opening value is the end of December and growth is growth so far. The result's own
 * comparison, by contrast, is the same span a period before (`previous`), to compare like with like.
 */
function formulaPrevious(period: Period): Period {
  return previous(calendarPeriod(period));
}

function evaluated(engine: Engine, kpi: PlaybookKpi, scope: string, period: Period): Evaluated {
  const key = resultKeyOf(period);
  let byKpi = engine.results.get(key);
  if (!byKpi) engine.results.set(key, (byKpi = new Map()));
  let byScope = byKpi.get(kpi.id);
  if (!byScope) byKpi.set(kpi.id, (byScope = new Map()));
  let result = byScope.get(scope);
  if (!result) {
    result = scope === ALL ? evaluateAll(engine, kpi, period) : evaluatePlatform(engine, kpi, scope, period);
    byScope.set(scope, result);
  }
  return result;
}

function evaluatePlatform(engine: Engine, kpi: PlaybookKpi, platform: string, period: Period): Evaluated {
  const current = aggregateOf(engine, period, platform);
  const before = aggregateOf(engine, formulaPrevious(period), platform);
  const lookup = { current: (id: string) => measureOf(current, id, engine.words), previous: (id: string) => measureOf(before, id, engine.words) };
  return { value: evaluateFormula(formulaOf(kpi).ast, lookup, engine.labelOf, engine.words.t) };
}

/**
 * `all`: the platforms that have every input as a value, each input summed over them, the formula
 * evaluated once. A platform that does not measure an input is left out and named in the note;
 * a platform with no row, or an input measured on only some days, makes the total unknowable
 * (leaving it out would silently shrink the total), so `all` is no data.
 */
function evaluateAll(engine: Engine, kpi: PlaybookKpi, period: Period): Evaluated {
  const formula = formulaOf(kpi);
  const { words } = engine;
  const before = formulaPrevious(period);
  const inputs = [
    ...formula.current.map((id) => ({ id, period, what: lowerFirst(engine.labelOf(id)) })),
    ...formula.previous.map((id) => ({ id, period: before, what: words.t.previousPeriod(lowerFirst(engine.labelOf(id))) })),
  ];
  const blockers = new Set<string>();
  const excluded = new Map<string, string[]>();
  for (const platform of engine.context.platforms) {
    const unmeasured: string[] = [];
    for (const input of inputs) {
      const aggregate = aggregateOf(engine, input.period, platform);
      const measure = measureOf(aggregate, input.id, words);
      if (hasValue(measure)) continue;
      if (!aggregate.absent && aggregate.unmeasured.has(input.id)) unmeasured.push(input.what);
      else blockers.add(measure.reason);
    }
    if (unmeasured.length > 0) excluded.set(platform, unmeasured);
  }
  if (blockers.size > 0) return { value: { reason: [...blockers].join('; ') } };
  const scope = engine.context.platforms.filter((platform) => !excluded.has(platform));
  const groups = exclusionGroups(excluded, words);
  if (scope.length === 0) return { value: { reason: noScopeReason(groups, words) } };
  const total = (id: string, at: Period): Measure => ({
    value: sumExact(scope.map((platform) => (measureOf(aggregateOf(engine, at, platform), id, words) as { value: number }).value)),
  });
  const lookup = { current: (id: string) => total(id, period), previous: (id: string) => total(id, before) };
  const value = evaluateFormula(formula.ast, lookup, engine.labelOf, words.t);
  const notes = groups.length > 0 ? [words.t.excludes(groups.map((group) => groupText(group, words)).join('; '))] : [];
  // A unique count (reach) added over several platforms counts a person on two of them twice: say so.
  if (scope.length > 1) {
    for (const id of formula.current) if (engine.kinds.get(id) === 'unique') notes.push(words.t.uniqueAcross(engine.labelOf(id)));
  }
  return notes.length > 0 ? { value, note: notes.join('; ') } : { value };
}

interface ExclusionGroup {
  platforms: string[];
  /** The inputs those platforms do not measure, in words. */
  what: string;
}

/** Platforms left out for the same inputs, together: linkedin and x both lack saves. */
function exclusionGroups(excluded: ReadonlyMap<string, string[]>, words: ReasonWords): ExclusionGroup[] {
  const groups = new Map<string, string[]>();
  for (const [platform, inputs] of excluded) {
    const what = inputs.join(` ${words.t.and} `);
    groups.set(what, [...(groups.get(what) ?? []), platform]);
  }
  return [...groups].map(([what, platforms]) => ({ platforms, what }));
}

function groupText(group: ExclusionGroup, words: ReasonWords): string {
  return words.t.groupNotMeasured(words.list(group.platforms.map(words.platform)), group.what);
}

function noScopeReason(groups: readonly ExclusionGroup[], words: ReasonWords): string {
  if (groups.length === 0) return words.t.noPlatforms;
  if (groups.length === 1) return words.t.notMeasuredOn(upperFirst(groups[0]!.what), words.list(groups[0]!.platforms.map(words.platform)));
  return words.t.noPlatformMeasuresAll(groups.map((group) => groupText(group, words)).join('; '));
}

/** "Saves" → "saves" inside a sentence, but an acronym such as "CTR" stays. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
