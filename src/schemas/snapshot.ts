import { z } from 'zod';

/**
 * A parsed snapshot as stored in the `snapshots` collection. The CSV itself is validated row by
 * row (with lines and columns) by `parseSnapshotCsv`; this schema types the result.
 */
export const snapshotSchema = z.object({
  /** Client id (the folder name). */
  client: z.string(),
  /** `YYYY-MM`, from the file name. */
  period: z.string(),
  /** Path of the CSV relative to the content root. */
  file: z.string(),
  /** Metric columns in header order. */
  metrics: z.array(z.string()),
  columnOf: z.record(z.string(), z.number()),
  /** True when rows carry a `date` (daily rows). */
  daily: z.boolean(),
  rows: z.array(
    z.object({
      line: z.number(),
      platform: z.string(),
      date: z.string().optional(),
      /** Metric id → value; a missing metric is absent, never 0. */
      values: z.record(z.string(), z.number()),
    }),
  ),
});

export type SnapshotData = z.output<typeof snapshotSchema>;
