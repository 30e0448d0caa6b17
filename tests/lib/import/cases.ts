/**
 * The golden import cases in tests/fixtures/imports/<case>/: an export, `case.json` (the options,
 * the client's platforms and currency, and every column's fate) and `expected.csv` (the snapshot
 * an empty client gets for `period`) or `expected/<YYYY-MM>.csv` (one per month the export
 * fills), all against the canonical registry in tests/fixtures/imports/metrics.yaml.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { planImport, type ImportPlan } from '../../../src/lib/import/plan.ts';
import { readTable } from '../../../src/lib/import/read-table.ts';
import type { Table } from '../../../src/lib/import/read-table.ts';
import { metricRegistrySchema, type Metric } from '../../../src/schemas/metric.ts';
import { FIXTURES } from '../../helpers/paths.ts';

export const IMPORTS = path.join(FIXTURES, 'imports');
export const ALL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok'];
export const CANONICAL: Metric[] = metricRegistrySchema.parse(parse(fs.readFileSync(path.join(IMPORTS, 'metrics.yaml'), 'utf8')));

export interface ImportCase {
  name: string;
  /** The id of the format the export must be recognised as. */
  format: string;
  file: string;
  platform?: string;
  period?: string;
  year?: number;
  platforms?: string[];
  /** The client's currency (client.yaml); EUR by default. */
  currency?: string;
  mapped?: Record<string, string>;
  ignored?: Record<string, string>;
  notes?: string[];
  /** The start of the error message, for an export that cannot be imported. */
  error?: string;
  bytes: Uint8Array;
  /** Period → the snapshot it gets. */
  expected: Record<string, string>;
}

export function importCases(): ImportCase[] {
  return fs
    .readdirSync(IMPORTS)
    .filter((name) => fs.existsSync(path.join(IMPORTS, name, 'case.json')))
    .sort()
    .map((name) => {
      const dir = path.join(IMPORTS, name);
      const spec = JSON.parse(fs.readFileSync(path.join(dir, 'case.json'), 'utf8')) as Omit<ImportCase, 'name' | 'bytes' | 'expected'>;
      return { name, ...spec, bytes: fs.readFileSync(path.join(dir, spec.file)), expected: expectedSnapshots(dir, spec.period) };
    });
}

function expectedSnapshots(dir: string, period: string | undefined): Record<string, string> {
  const single = path.join(dir, 'expected.csv');
  if (fs.existsSync(single)) return { [period ?? '']: fs.readFileSync(single, 'utf8') };
  const folder = path.join(dir, 'expected');
  if (!fs.existsSync(folder)) return {};
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.csv'))
      .sort()
      .map((name) => [name.replace(/\.csv$/, ''), fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

export function caseTable(c: ImportCase): Table {
  return readTable(c.bytes);
}

/** The case imported for client "acme" with no snapshots yet. */
export function planCase(c: ImportCase, overrides: { existing?: Record<string, string>; force?: boolean } = {}): ImportPlan {
  return planImport({
    file: c.file,
    bytes: c.bytes,
    client: { id: 'acme', platforms: c.platforms ?? ALL_PLATFORMS, file: 'clients/acme/client.yaml', currency: c.currency ?? 'EUR' },
    registry: { version: '2.0', file: 'versions/2.0/metrics.yaml', metrics: CANONICAL },
    ...(c.platform ? { platform: c.platform } : {}),
    ...(c.period ? { period: c.period } : {}),
    ...(c.year ? { year: c.year } : {}),
    ...(overrides.force ? { force: true } : {}),
    snapshotFile: (period) => `clients/acme/snapshots/${period}.csv`,
    readSnapshot: (period) => overrides.existing?.[period],
  });
}
