#!/usr/bin/env node
/** The `rolebook` executable: the command line of src/cli/main.ts, its result as the exit code. */
import { run } from './main.ts';

process.exitCode = run(process.argv.slice(2));
