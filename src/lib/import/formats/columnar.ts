/**
 * Most exports are one table with a date column (or none) and metric columns: such a format is
 * its signature, where its platform comes from, and its column rules.
 */
import { planColumns, type ColumnPlan, type ColumnSpec, type ImportFormat } from '../format.ts';
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
      return {
        ...planColumns(table, format.columns),
        ...(platform ? { platform } : {}),
        ...(format.totalsOnly ? { totalsOnly: true } : {}),
      };
    },
  };
}
