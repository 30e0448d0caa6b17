/**
 * One link, one client: two clients with the same token would share a report URL, and one
 * client's link would open the other's report. Fixed tokens are compared with each other and
 * with the tokens derived for the other clients (a lead may paste a link's token into another
 * client's file). Messages never quote a token: check output ends up in CI logs.
 */
import type { ClientSource } from '../content-tree.ts';
import type { Problem } from '../problems.ts';
import { clientToken, type ShareSecret } from '../share-token.ts';

export function tokenProblems(clients: readonly ClientSource[], secret: ShareSecret | undefined): Problem[] {
  const owners = new Map<string, ClientSource>();
  const problems: Problem[] = [];
  // Clients with a fixed token go last, so the problem lands on the file that can be changed.
  const ordered = [...clients].filter((c) => c.client).sort((a, b) => Number(Boolean(a.client!.data.token)) - Number(Boolean(b.client!.data.token)));
  for (const client of ordered) {
    const entry = client.client!;
    const fixed = entry.data.token;
    if (!fixed && !secret) continue;
    const token = clientToken({ id: client.id, token: fixed }, secret ?? { secret: '', isDemo: true });
    const first = owners.get(token);
    if (!first) {
      owners.set(token, client);
      continue;
    }
    const firstEntry = first.client!;
    const where = firstEntry.data.token
      ? `the token in ${firstEntry.file}:${firstEntry.lineOf(['token'])}`
      : `the token derived for client "${first.id}" from the share secret`;
    problems.push({
      file: entry.file,
      line: entry.lineOf(['token']),
      field: 'token',
      message: `is the same as ${where}, so one link would open both clients' reports`,
      expected: 'a token of its own for each client; without token: one is derived',
    });
  }
  return problems;
}
