/**
 * What every `rolebook` command shares: `-h`/`--help`, arguments parsed by `node:util`'s
 * `parseArgs` (strict: an unknown option or a missing value is an error, never ignored), one
 * usage error, and one way to report it: `rolebook <command>: <what is wrong>`, the command's
 * help, exit code 2, on stderr so that `rolebook x > file` stays clean.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A mistake in how the command was called (not in the content): exit code 2 with the usage. */
export class UsageError extends Error {}

/** Runs `body`, printing the help for `-h`/`--help` and turning a UsageError into exit code 2. */
export function runCommand(name: string, help: string, args: readonly string[], body: () => number): number {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(help);
    return 0;
  }
  try {
    return body();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rolebook ${name}: ${error.message}\n\n${help}`);
    return 2;
  }
}

/**
 * `args` parsed against `options` (`--name value`, `--name=value`, flags), with positionals. Node's
 * errors become usage errors in the command's words: `unknown option "--x"`, `--client needs a
 * value`; an empty value and an option given twice are refused too (parseArgs keeps the last).
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(args: readonly string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw usageErrorOf(error, args);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name]!;
    if (option.type === 'string' && (token.value ?? '').trim() === '') throw new UsageError(`${token.rawName} needs a value`);
    if (seen.has(token.name) && !option.multiple) throw new UsageError(`${token.rawName} is given twice`);
    seen.add(token.name);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

function usageErrorOf(error: unknown, args: readonly string[]): Error {
  const { code, message } = error as { code?: string; message: string };
  const named = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      // Name the argument as it was typed: `--upload-pack=true`, not just its option part.
      const typed = args.find((arg) => arg === named || arg.startsWith(`${named}=`)) ?? named;
      return new UsageError(`unknown option "${typed}"`);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(/does not take an argument/.test(message) ? `${named} takes no value` : `${named} needs a value`);
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
