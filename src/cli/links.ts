/** `rolebook links`: each client's private report links, to paste into an email to that client. */
import { checkContent } from '../lib/check.ts';
import { resolveContentRoot } from '../lib/content-root.ts';
import { SHARE_SECRET_ENV, ShareSecretError, clientToken, shareSecret } from '../lib/share-token.ts';
import { SITE_ENV, siteConfig, siteUrl, type SiteConfig } from '../lib/site-url.ts';
import { parseCommandArgs, runCommand, UsageError } from './shell.ts';

const HELP = `Usage: rolebook links [client-id]

Prints the private report links of every client (or of one), computed exactly as the build does:
from ${SHARE_SECRET_ENV} (or a fixed token: in client.yaml). Set ${SITE_ENV} to the public URL
the site is built with to get full links, also below a path:
  ${SITE_ENV}=https://org.github.io/team-playbook/ rolebook links acme
`;

export function runLinks(args: string[], env = process.env): number {
  return runCommand('links', HELP, args, () => {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 1) throw new UsageError('takes at most one client id');
    return links(positionals[0], env);
  });
}

function links(clientId: string | undefined, env: NodeJS.ProcessEnv): number {
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
  const clients = tree.clients.filter((c) => c.client && (!clientId || c.id === clientId));
  if (clientId && clients.length === 0) {
    process.stderr.write(`rolebook links: no client "${clientId}" (expected one of ${tree.clients.map((c) => c.id).join(', ')})\n`);
    return 1;
  }
  for (const client of clients) {
    const data = client.client!.data;
    const hub = siteUrl(site, `/r/${clientToken({ id: client.id, token: data.token }, secret)}/`);
    const latest = [...client.snapshotPeriods].sort().at(-1);
    process.stdout.write(
      `${client.id}\t${data.name}\n  hub:    ${hub}\n${latest ? `  latest: ${hub}${latest}/\n` : ''}${data.passphraseEnv ? `  passphrase from ${data.passphraseEnv} (send it separately)\n` : ''}`,
    );
  }
  if (secret.isDemo) process.stderr.write(`\nwarning: ${SHARE_SECRET_ENV} is not set; these links use the public demo secret and anyone can compute them.\n`);
  return 0;
}
