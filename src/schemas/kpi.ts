import { z } from 'zod';
import { slug, text } from './common.ts';
import { KPI_UNITS } from '../lib/kpi-units.ts';

export { KPI_UNITS } from '../lib/kpi-units.ts';

/** Frontmatter of `playbook/kpis/<id>.mdx`. The file name is the KPI id. */
export const kpiSchema = z.strictObject({
  /** Name shown on tiles, tables and pages. */
  name: text,
  /** Role id of the role accountable for this KPI. */
  owner: slug,
  /** Expression over metric ids, e.g. `(likes + comments) / impressions`; `previous(x)` is last period's x. */
  formula: text,
  /** How the value is shown. A percent is a fraction in formulas and targets: 0.045 is 4.5%. */
  unit: z.enum(KPI_UNITS),
  /** Which way is good: `up` (more is better) or `down` (less is better). */
  direction: z.enum(['up', 'down']),
  /** Shown as a tile and a trend chart in client reports. Default: false. */
  headline: z.boolean().default(false),
  /** One plain-language sentence a client understands. */
  summary: text.optional(),
  /**
   * Ids of the RACI tasks whose work moves this KPI (`reply-to-comments`). When set, `check`
   * requires the owner to hold A or R on at least one of them: a role cannot be measured by what
   * another role does. Default: none (no link declared).
   */
  movedBy: z.array(slug).default([]),
});

export type KpiInput = z.input<typeof kpiSchema>;
export type Kpi = z.output<typeof kpiSchema>;
