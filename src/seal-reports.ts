/**
 * After the build: encrypt every report page of each client that has a passphrase, and make
 * sure nothing of theirs is left in plaintext (the pages' own data.csv routes are not built).
 */
import path from 'node:path';
import type { ClientSource } from './lib/content-tree.ts';
import { encryptReportDirectory } from './lib/crypto/encrypt-pages.ts';
import { clientToken, shareSecret } from './lib/share-token.ts';

export async function sealReports(outDir: string, clients: readonly ClientSource[]): Promise<{ client: string; pages: number }[]> {
  const sealed: { client: string; pages: number }[] = [];
  for (const source of clients) {
    const data = source.client?.data;
    const passphrase = data?.passphraseEnv ? process.env[data.passphraseEnv] : undefined;
    if (!data || !passphrase) continue;
    const dir = path.join(outDir, 'r', data.token ?? clientToken({ id: source.id }, shareSecret()));
    // Prove the sealed pages say nothing about the client: its name and its commentary highlights.
    const mustNotContain = [data.name, ...source.reports.flatMap((report) => report.data.highlights)];
    const { pages } = await encryptReportDirectory(dir, passphrase, { mustNotContain });
    sealed.push({ client: source.id, pages });
  }
  return sealed;
}
