/** `rolebook links`: each client's private report links, to paste into an email to that client. */
import { checkContent } from '../lib/check.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { SHARE_SECRET_ENV, ShareSecretError, clientToken, shareSecret } from '../lib/share-token.ts';
import { SITE_ENV, siteConfig, siteUrl, type SiteConfig } from '../lib/site-url.ts';

const HELP = `Usage: rolebook links [client-id]

Prints the private report links of every client (or of one), computed exactly as the build does:
from ${SHARE_SECRET_ENV} (or a fixed token: in client.yaml). Set ${SITE_ENV} to the public URL
the site is built with to get full links, also below a path:
  ${SITE_ENV}=https://org.github.io/team-playbook/ rolebook links acme
`;

export function runLinks(args: string[], env = process.env): number {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(HELP);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown || args.length > 1) {
    process.stderr.write(`rolebook links: ${unknown ? `unknown option "${unknown}"` : 'takes at most one client id'}\n\n${HELP}`);
    return 2;
  }
  let site: SiteConfig;
  try {
    site = siteConfig(env);
  } catch (error) {
    process.stderr.write(`rolebook links: ${(error as Error).message}\n`);
    return 2;
  }
  let secret;
  try {
    secret = shareSecret(env);
  } catch (error) {
    if (!(error instanceof ShareSecretError)) throw error;
    process.stderr.write(`rolebook links: ${error.message}\n`);
    return 1;
  }
  const { tree } = checkContent(resolveContentRoot(env));
  const clients = tree.clients.filter((c) => c.client && (!args[0] || c.id === args[0]));
  if (args[0] && clients.length === 0) {
    process.stderr.write(`rolebook links: no client "${args[0]}" (expected one of ${tree.clients.map((c) => c.id).join(', ')})\n`);
    return 1;
  }
  for (const client of clients) {
    const data = client.client!.data;
    const hub = siteUrl(site, `/r/${clientToken({ id: client.id, token: data.token }, secret)}/`);
    const latest = [...client.snapshotPeriods].sort().at(-1);
    process.stdout.write(`${client.id}\t${data.name}\n  hub:    ${hub}\n${latest ? `  latest: ${hub}${latest}/\n` : ''}${data.passphraseEnv ? `  passphrase from ${data.passphraseEnv} (send it separately)\n` : ''}`);
  }
  if (secret.isDemo) process.stderr.write(`\nwarning: ${SHARE_SECRET_ENV} is not set; these links use the public demo secret and anyone can compute them.\n`);
  return 0;
}
