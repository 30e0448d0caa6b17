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
   */
  kind: z.enum(['flow', 'stock']),
  /** What one unit of the metric is. */
  unit: z.enum(['count', 'currency', 'minutes']),
  /** What the metric counts, for the KPI pages. */
  description: text.optional(),
});

/** `playbook/metrics.yaml`: the metric registry. */
export const metricRegistrySchema = z.array(metricSchema).min(1, { error: 'must list at least one metric' });

export type Metric = z.output<typeof metricSchema>;
