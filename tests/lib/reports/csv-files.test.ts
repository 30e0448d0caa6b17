/**
 * The data.csv files a build writes (src/report-data.ts): one per report period of every client
 * that may have them, at the client's private path, with the engine's results for that period.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { fromSource } from '../../../src/lib/playbook/model.ts';
import { readClientByClient, readContent } from '../../../src/lib/read-content.ts';
import { reportCsvFiles } from '../../../src/lib/reports/csv-files.ts';
import { computeKpis } from '../../../src/lib/reports/engine.ts';
import { reportPeriods } from '../../../src/lib/reports/periods.ts';
import { deriveToken, type ShareSecret } from '../../../src/lib/share-token.ts';
import { copyRoot } from '../../helpers/fixtures.ts';
import { REPORT_CASES, VALID_FIXTURE } from '../../helpers/paths.ts';

const root = copyRoot(VALID_FIXTURE);
fs.cpSync(path.join(REPORT_CASES, 'clients'), path.join(root, 'clients'), { recursive: true });
// One client with a fixed token, to see that it needs no secret.
const gappy = path.join(root, 'clients/gappy-data/client.yaml');
fs.writeFileSync(gappy, `${fs.readFileSync(gappy, 'utf8')}\ntoken: gappyfixedtoken0001\n`);

const { tree, problems } = readContent(root);
const SECRET: ShareSecret = { secret: 'a-secret-for-the-csv-files-test-0123456789', isDemo: false };

describe('reportCsvFiles', () => {
  it('reads a valid root', () => {
    expect(problems).toEqual([]);
  });

  it('writes one data.csv per report period of each client, none for a passphrase client', () => {
    const paths = [...reportCsvFiles(tree, () => SECRET)].map((file) => file.path);
    const expected = tree.clients
      .filter((client) => !client.client!.data.passphraseEnv)
      .flatMap((client) => {
        const token = client.client!.data.token ?? deriveToken(client.id, SECRET.secret);
        const periods = reportPeriods(client.snapshots.map((snapshot) => snapshot.period));
        return [...periods.month, ...periods.quarter, ...periods.year].map((period) => `r/${token}/${period.id}/data.csv`);
      });
    expect(paths).toEqual(expected);
    expect(paths.some((file) => file.startsWith('r/gappyfixedtoken0001/'))).toBe(true);
    expect(tree.clients.some((client) => client.client!.data.passphraseEnv)).toBe(true);
    expect(paths.filter((file) => file.includes(deriveToken('locked-client', SECRET.secret)))).toEqual([]);
  });

  it("holds the engine's results for the period, row by row", () => {
    const client = tree.clients.find((c) => c.id === 'tiny-bakery')!;
    const data = client.client!.data;
    const model = fromSource(tree.playbooks.find((playbook) => playbook.version === data.playbook)!);
    const snapshots = new Map(client.snapshots.map((snapshot) => [snapshot.period, snapshot]));
    const quarter = reportPeriods(snapshots.keys()).quarter[0]!;
    const file = [...reportCsvFiles(tree, () => SECRET)].find((f) => f.path === `r/${deriveToken('tiny-bakery', SECRET.secret)}/${quarter.id}/data.csv`)!;
    const rows = parse(file.text, { columns: true }) as Record<string, string>[];
    const results = computeKpis({ kpis: model.kpis, metrics: model.metrics, platforms: data.platforms, snapshots, targets: data.targets }, quarter);
    expect(rows.map((row) => [row.kpi, row.platform, row.value])).toEqual(
      results.map((result) => [result.kpi, result.platform, 'value' in result.value ? String(result.value.value) : '']),
    );
    expect(rows.some((row) => row.value !== '')).toBe(true);
  });

  it('makes the same files from a root read client by client, as the build reads it', () => {
    const lazily = readClientByClient(root);
    expect([...reportCsvFiles(lazily, () => SECRET)]).toEqual([...reportCsvFiles(tree, () => SECRET)]);
    // The clients can be walked again: each walk reads them anew.
    expect([...lazily.clients].map((client) => client.id)).toEqual(tree.clients.map((client) => client.id));
  });

  it('asks for the secret only for a client without a fixed token', () => {
    const onlyFixed = { ...tree, clients: tree.clients.filter((client) => client.id === 'gappy-data') };
    const files = [...reportCsvFiles(onlyFixed, () => expect.unreachable('no secret is needed'))];
    expect(files.length).toBeGreaterThan(0);
  });
});
