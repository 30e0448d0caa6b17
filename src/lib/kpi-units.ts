/**
 * The units a KPI can be shown in, and everything Rolebook says about each: one table, so a new
 * unit is one entry here plus a case in the formatters (src/lib/reports/format.ts and
 * chart-ticks.ts switch over the unit with no default, so a missing case is a type error).
 */

export interface KpiUnitInfo {
  /** How a KPI page describes it: "Shown as a percentage". */
  label: string;
  /** The short name in a list of changes: "a percentage". */
  name: string;
  /** A plausible target, only ever written commented out by `rolebook new client`. */
  exampleTarget: string;
}

export const KPI_UNIT_INFO = {
  count: { label: 'a count', name: 'a count', exampleTarget: '10000' },
  percent: { label: 'a percentage', name: 'a percentage', exampleTarget: '0.045 # 4.5%' },
  currency: { label: "an amount in the client's currency", name: 'an amount of money', exampleTarget: '25' },
  minutes: { label: 'a duration in minutes', name: 'a duration', exampleTarget: '60' },
  ratio: { label: 'a ratio (for example 3.2 means 3.2 times)', name: 'a ratio', exampleTarget: '4.5' },
} as const satisfies Record<string, KpiUnitInfo>;

export type KpiUnit = keyof typeof KPI_UNIT_INFO;

/** The unit ids, in the table's order (the schema's enum and the scaffold's comment). */
export const KPI_UNITS = Object.keys(KPI_UNIT_INFO) as [KpiUnit, ...KpiUnit[]];
