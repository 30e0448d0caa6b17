/**
 * Most exports are one table with a date column (or none) and metric columns: such a format is
 * its signature, where its platform comes from, and its column rules.
 */
import { columnIndex, planColumns, type ColumnPlan, type ColumnSpec, type Grain, type ImportFormat, type Source } from '../format.ts';
import type { Table } from '../read-table.ts';

export interface ColumnarFormat {
  id: string;
  name: string;
  signature: string;
  matches(table: Table): boolean;
  /** The platform of every row, fixed or read from the header; undefined asks for --platform. */
  platform?: string | ((table: Table) => string | undefined);
  platformHint?: readonly string[];
  columns: ColumnSpec;
  totalsOnly?: boolean;
  grain?: Grain;
  rowNoun?: string;
  /** Metrics counted from the rows (posts: one per row). */
  counts?: readonly Source[];
  /** Names of the column with the export date that dates without a year count back from. */
  anchor?: readonly string[];
  /** Last touches that need the whole plan (a refusal, a note). */
  finish?(plan: ColumnPlan, table: Table): ColumnPlan;
}

export function columnarFormat(format: ColumnarFormat): ImportFormat {
  return {
    id: format.id,
    name: format.name,
    signature: format.signature,
    matches: format.matches,
    ...(format.platformHint ? { platformHint: format.platformHint } : {}),
    plan(table: Table): ColumnPlan {
      const platform = typeof format.platform === 'function' ? format.platform(table) : format.platform;
      const anchorIndex = format.anchor ? columnIndex(table.header, format.anchor) : -1;
      const columns = planColumns(table, { ...format.columns, ...(format.anchor ? { skip: format.anchor } : {}) });
      const plan: ColumnPlan = {
        ...columns,
        sources: [...(format.counts ?? []), ...columns.sources],
        ...(platform ? { platform } : {}),
        ...(format.totalsOnly ? { totalsOnly: true } : {}),
        ...(format.grain ? { grain: format.grain } : {}),
        ...(format.rowNoun ? { rowNoun: format.rowNoun } : {}),
        ...(anchorIndex >= 0 ? { anchor: { index: anchorIndex, label: table.header[anchorIndex]! } } : {}),
      };
      return format.finish ? format.finish(plan, table) : plan;
    },
  };
}
