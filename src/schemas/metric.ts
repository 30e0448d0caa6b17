import { z } from 'zod';
import { metricId, text } from './common.ts';

/** One entry of `playbook/metrics.yaml`: a column a snapshot CSV may carry. */
export const metricSchema = z.strictObject({
  /** Column name in snapshot CSVs and identifier in KPI formulas. */
  id: metricId,
  /** Human name. */
  label: text,
  /**
   * `flow`: summed over days and platforms (impressions, spend).
   * `stock`: the last value of the period per platform, then summed across platforms (followers).
   * `unique`: people counted once over the window the platform measured (reach): never summed over
   * days, so a month's value comes from a row covering the month; summed across platforms, with a
   * note that someone on two platforms counts twice.
   */
  kind: z.enum(['flow', 'stock', 'unique'], {
    error: 'must be flow (summed over days), stock (the last value) or unique (people counted once per window, such as reach)',
  }),
  /** What one unit of the metric is. */
  unit: z.enum(['count', 'currency', 'minutes']),
  /** What the metric counts, for the KPI pages. */
  description: text.optional(),
});

/** `playbook/metrics.yaml`: the metric registry. */
export const metricRegistrySchema = z.array(metricSchema).min(1, { error: 'must list at least one metric' });

export type Metric = z.output<typeof metricSchema>;
