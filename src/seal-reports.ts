/**
 * After the build: a check, not a step. Passphrase clients' pages were sealed while they were
 * rendered (src/components/report/Sealed.astro), so no plaintext was ever written; this proves it
 * for each client's folder (only sealed HTML pages, no name, highlight or title readable) and
 * deletes a folder that fails, so nothing readable of that client is left in the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ClientSource } from './lib/content-tree.ts';
import { verifySealedDirectory } from './lib/crypto/encrypt-pages.ts';
import { clientToken, shareSecret } from './lib/share-token.ts';

export interface SealCheck {
  client: string;
  pages: number;
  /** Why the client's folder was deleted; empty when every page is sealed. */
  problems: string[];
}

/** Words of the client that must never be readable in a sealed page. */
export function clientSecrets(source: ClientSource): string[] {
  const data = source.client!.data;
  const words = [data.name, ...source.reports.flatMap((report) => [...report.data.highlights, ...(report.data.title ? [report.data.title] : [])])];
  return [...new Set(words.map((word) => word.trim()).filter((word) => word.length > 0))];
}

export function verifySealedReports(outDir: string, clients: readonly ClientSource[]): SealCheck[] {
  const checks: SealCheck[] = [];
  for (const source of clients) {
    const data = source.client?.data;
    if (!data?.passphraseEnv) continue;
    const dir = path.join(outDir, 'r', data.token ?? clientToken({ id: source.id }, shareSecret()));
    const { pages, problems } = verifySealedDirectory(dir, clientSecrets(source));
    if (problems.length > 0) fs.rmSync(dir, { recursive: true, force: true });
    checks.push({ client: source.id, pages, problems });
  }
  return checks;
}
