/**
 * The CSV snapshot loader: `clients/<id>/snapshots/<YYYY-MM>.csv` → one entry per client and
 * period. Parsing and row validation are the pure `parseSnapshotCsv`, shared with `rolebook check`.
 */
import type { Loader } from 'astro/loaders';
import { parseSnapshotCsv } from '../lib/snapshot-csv.ts';
import { snapshotSchema } from '../schemas/snapshot.ts';
import { clientFilesLoader } from './client-files.ts';

export interface SnapshotLoaderOptions {
  /** Absolute content root. */
  root: string;
}

export function snapshotLoader({ root }: SnapshotLoaderOptions): Loader {
  return clientFilesLoader({
    name: 'rolebook-snapshots',
    root,
    folder: 'snapshots',
    extensions: ['.csv'],
    schema: snapshotSchema,
    parse(text, file, client, period) {
      const { snapshot, problems } = parseSnapshotCsv(text, file, period);
      return { data: snapshot ? { client, ...snapshot } : undefined, problems };
    },
  });
}
