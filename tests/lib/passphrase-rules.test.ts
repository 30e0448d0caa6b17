import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH, passphraseProblems, passphraseRuleProblem } from '../../src/lib/passphrase-rules.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const NAME = 'ACME_REPORT_PASSPHRASE';
const client = (passphraseEnv?: string, id = 'acme') => ({
  client: { file: `clients/${id}/client.yaml`, data: { passphraseEnv }, lineOf: () => 4 },
});

describe('passphraseRuleProblem', () => {
  it('accepts 12 or more characters without white space at the ends', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
    for (const value of ['correct horse', 'twelve-chars', 'inner  spaces are fine', 'é'.repeat(12)])
      expect(passphraseRuleProblem(NAME, value), value).toBeUndefined();
  });

  it('says when the variable is not set (or empty)', () => {
    const expected = {
      message: `environment variable ${NAME} is not set, so these reports would be published without their passphrase`,
      expected: `${NAME} set in the build environment (a secret of the CI host)`,
    };
    expect(passphraseRuleProblem(NAME, undefined)).toEqual(expected);
    expect(passphraseRuleProblem(NAME, '')).toEqual(expected);
  });

  it('refuses white space at either end, and says to remove it', () => {
    for (const value of [' correct horse battery', 'correct horse battery ', 'correct horse battery\n', '\tcorrect horse battery', '   ']) {
      expect(passphraseRuleProblem(NAME, value), JSON.stringify(value)).toEqual({
        message: `environment variable ${NAME} starts or ends with white space (a space, tab or line break); remove the spaces: readers' input is trimmed, so this passphrase could never open the reports`,
        expected: 'a passphrase with no white space at either end',
      });
    }
  });

  it('refuses fewer than 12 characters, counting characters rather than UTF-16 units', () => {
    expect(passphraseRuleProblem(NAME, 'eleven char')).toEqual({
      message: `environment variable ${NAME} holds a passphrase of 11 characters, shorter than 12: a sealed page can be guessed at offline`,
      expected: 'a passphrase of 12 or more characters, such as three or four random words',
    });
    expect(passphraseRuleProblem(NAME, '🔑'.repeat(6))?.message).toContain('of 6 characters');
    // "e" + combining accent is one character once normalised, as the key is derived from it.
    expect(passphraseRuleProblem(NAME, 'cafe\u0301 au lai')?.message).toContain('of 11 characters');
  });

  it('never quotes the passphrase', () => {
    for (const value of [' hunter2', 'hunter2']) expect(JSON.stringify(passphraseRuleProblem(NAME, value))).not.toContain('hunter2');
  });
});

describe('passphraseProblems', () => {
  it('gives one problem per broken client at its passphraseEnv line, in the content-problem format', () => {
    const clients = [client(NAME), client(undefined, 'open'), client('OTHER_PASSPHRASE', 'other'), client('FINE_PASSPHRASE', 'fine'), {}];
    const problems = passphraseProblems(clients, { [NAME]: ' correct horse battery staple', FINE_PASSPHRASE: 'correct horse battery staple' });
    expect(problems.map((problem) => formatProblem(problem, 'content'))).toEqual([
      `content/clients/acme/client.yaml:4: passphraseEnv: environment variable ${NAME} starts or ends with white space (a space, tab or line break); remove the spaces: readers' input is trimmed, so this passphrase could never open the reports (expected a passphrase with no white space at either end)`,
      'content/clients/other/client.yaml:4: passphraseEnv: environment variable OTHER_PASSPHRASE is not set, so these reports would be published without their passphrase (expected OTHER_PASSPHRASE set in the build environment (a secret of the CI host))',
    ]);
  });
});
