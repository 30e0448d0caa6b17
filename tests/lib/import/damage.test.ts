/**
 * Files damaged on their way (opened and re-saved in a spreadsheet) are named as such, with what
 * to do, and no message quotes somebody's post text as if it were a header. The exports are in
 * tests/fixtures/imports/damaged/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { planImport } from '../../../src/lib/import/plan.ts';
import { readTable } from '../../../src/lib/import/read-table.ts';
import { ALL_PLATFORMS, CANONICAL, IMPORTS } from './cases.ts';

const DAMAGED = path.join(IMPORTS, 'damaged');

function message(file: string): string {
  try {
    planImport({
      file,
      bytes: fs.readFileSync(path.join(DAMAGED, file)),
      client: { id: 'acme', platforms: ALL_PLATFORMS, file: 'clients/acme/client.yaml' },
      registry: { version: '2.0', file: 'versions/2.0/metrics.yaml', metrics: CANONICAL },
      snapshotFile: (period) => `clients/acme/snapshots/${period}.csv`,
      readSnapshot: () => undefined,
    });
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error(`${file} was imported`);
}

describe('damaged files', () => {
  it('names a file whose every line was wrapped in quotes, with its real columns and what to do', () => {
    expect(message('Instagram posts (re-saved).csv')).toBe(
      'Instagram posts (re-saved).csv was damaged by re-saving: every line is wrapped in one pair of quotes (a spreadsheet saved the whole export as a single column), so its columns ("Post ID", "Account ID", "Account username", "Account name", …) cannot be told apart. ' +
        'Download the export again from the platform and import it as downloaded, without opening and saving it in a spreadsheet.',
    );
    expect(readTable(fs.readFileSync(path.join(DAMAGED, 'Instagram posts (re-saved).csv'))).damage).toEqual({
      kind: 'wrapped-lines',
      line: 1,
      columns: [
        'Post ID',
        'Account ID',
        'Account username',
        'Account name',
        'Description',
        'Duration (sec)',
        'Publish time',
        'Permalink',
        'Post type',
        'Data comment',
        'Date',
        'Views',
        'Reach',
        'Likes',
        'Shares',
        'Follows',
        'Comments',
        'Saves',
      ],
    });
  });

  it('names a sheet saved with another separator than its sep= line says', () => {
    expect(message('Facebook link clicks (separator).csv')).toBe(
      'Facebook link clicks (separator).csv was saved again with another separator: its first line says "sep=," (commas), but its lines are separated by semicolons. ' +
        'Delete that first line, or download the export again from the platform and import it as downloaded.',
    );
  });

  it('says when every line is one column, rather than showing a line as the header', () => {
    expect(message('Overview (bars).csv').split('\n')[0]).toBe(
      'Overview (bars).csv is not an export Rolebook recognises (each of its lines is a single column: Rolebook reads columns separated by commas, semicolons or tabs, so save it as CSV with one of them).',
    );
  });

  it('never shows a caption as "the header"', () => {
    const first = message('Content (caption).csv').split('\n')[0]!;
    expect(first).toBe(
      "Content (caption).csv is not an export Rolebook recognises (the first row that could be its header, line 1, holds running text such as a post's caption, not column names: if it was opened and saved in a spreadsheet, download it again and import it as downloaded).",
    );
    expect(first).not.toContain('ритуал');
  });
});
