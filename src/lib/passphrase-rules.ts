/**
 * What a passphrase client's passphrase must be before a build renders a single page: set, long
 * enough, and without white space at either end. Checked in the integration's astro:config:setup,
 * with the other content checks, so a bad passphrase fails the build as one clean problem line
 * (file:line: passphraseEnv: …) and nothing of that client is rendered, let alone written.
 *
 * Minimum length 12: a sealed page can be downloaded and guessed at offline, with no rate limit,
 * so the passphrase alone holds the line. At 600 000 PBKDF2-SHA256 iterations, 12 characters are
 * ~62 bits when drawn at random from letters and digits (beyond any offline search) and fit three
 * short words a client can type from a separate message; 8 (a common password minimum) would be
 * ~48 bits at best, which a GPU farm can search. Longer is better: `openssl rand -base64 18`.
 */
import type { Entry } from './content-tree.ts';
import type { Problem } from './problems.ts';

export const MIN_PASSPHRASE_LENGTH = 12;

/** Why the value cannot seal reports, or undefined when it can. Never quotes the value. */
export function passphraseRuleProblem(name: string, value: string | undefined): Omit<Problem, 'file' | 'line' | 'field'> | undefined {
  if (value === undefined || value === '') {
    return {
      message: `environment variable ${name} is not set, so these reports would be published without their passphrase`,
      expected: `${name} set in the build environment (a secret of the CI host)`,
    };
  }
  // Readers copy passphrases out of e-mails; the unlock form trims what they type or paste, so a
  // passphrase with white space at an end could never be typed back. Refused, not trimmed: a shared
  // secret should be exactly what both sides hold.
  if (value.trim() !== value) {
    return {
      message: `environment variable ${name} starts or ends with white space (a space, tab or line break); remove the spaces: readers' input is trimmed, so this passphrase could never open the reports`,
      expected: 'a passphrase with no white space at either end',
    };
  }
  // Characters as a reader types them: code points, NFC (what the key is derived from).
  const length = [...value.normalize('NFC')].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      message: `environment variable ${name} holds a passphrase of ${length} characters, shorter than ${MIN_PASSPHRASE_LENGTH}: a sealed page can be guessed at offline`,
      expected: `a passphrase of ${MIN_PASSPHRASE_LENGTH} or more characters, such as three or four random words`,
    };
  }
  return undefined;
}

interface PassphraseClient {
  client?: Pick<Entry<{ passphraseEnv?: string }>, 'file' | 'lineOf' | 'data'>;
}

/** One problem per passphrase client whose variable breaks a rule, at the `passphraseEnv` line of its client.yaml. */
export function passphraseProblems(clients: readonly PassphraseClient[], env: Record<string, string | undefined>): Problem[] {
  return clients.flatMap(({ client }) => {
    const name = client?.data.passphraseEnv;
    if (!client || !name) return [];
    const problem = passphraseRuleProblem(name, env[name]);
    return problem ? [{ file: client.file, line: client.lineOf(['passphraseEnv']), field: 'passphraseEnv', ...problem }] : [];
  });
}
