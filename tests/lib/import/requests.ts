/** The import request every plan test starts from: client acme on every platform, the canonical registry, snapshots in memory. */
import { ImportError } from '../../../src/lib/import/errors.ts';
import type { ImportRequest } from '../../../src/lib/import/plan.ts';
import { ALL_PLATFORMS, CANONICAL } from './cases.ts';

/** Everything but the export itself; `existing` holds the snapshots already written, by period. */
export function acmeRequest(
  existing: Readonly<Record<string, string>> = {},
  client: Partial<ImportRequest['client']> = {},
): Omit<ImportRequest, 'file' | 'bytes'> {
  return {
    client: { id: 'acme', platforms: ALL_PLATFORMS, file: 'clients/acme/client.yaml', ...client },
    registry: { version: '2.0', file: 'versions/2.0/metrics.yaml', metrics: CANONICAL },
    snapshotFile: (period) => `clients/acme/snapshots/${period}.csv`,
    readSnapshot: (period) => existing[period],
  };
}

/** The ImportError `run` throws; fails the test when it throws nothing or something else. */
export function importFailure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}
