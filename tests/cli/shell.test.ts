import { describe, expect, it } from 'vitest';
import { parseCommandArgs, UsageError } from '../../src/cli/shell.ts';

const OPTIONS = { client: { type: 'string' }, force: { type: 'boolean' } } as const;
const refused = (args: string[]) => {
  try {
    parseCommandArgs(args, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${args.join(' ')} was accepted`);
};

describe('parseCommandArgs', () => {
  it('reads values in both spellings, flags and positionals', () => {
    expect(parseCommandArgs(['a.csv', '--client', 'acme', '--force', 'b.csv'], OPTIONS)).toEqual({
      values: { client: 'acme', force: true },
      positionals: ['a.csv', 'b.csv'],
    });
    expect(parseCommandArgs(['--client=acme'], OPTIONS).values).toEqual({ client: 'acme' });
  });

  it('names an unknown option as it was typed', () => {
    expect(refused(['--fast'])).toBe('unknown option "--fast"');
    expect(refused(['--upload-pack=true'])).toBe('unknown option "--upload-pack=true"');
    expect(refused(['-f'])).toBe('unknown option "-f"');
  });

  it('refuses a missing, empty or swallowed value, a value for a flag and an option given twice', () => {
    expect(refused(['--client'])).toBe('--client needs a value');
    expect(refused(['--client='])).toBe('--client needs a value');
    expect(refused(['--client', '--force'])).toBe('--client needs a value');
    expect(refused(['--force=yes'])).toBe('--force takes no value');
    expect(refused(['--client', 'a', '--client', 'b'])).toBe('--client is given twice');
  });
});
