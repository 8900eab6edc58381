#!/usr/bin/env node
import { Command, Option } from 'commander';
import { buildProgram } from './program.js';

/** The `surety` command. Errors a user can fix are printed plainly; only SURETY_DEBUG=1 shows a stack. */
// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program: Command = buildProgram();
program.addOption(new Option('--debug').hideHelp());
program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`surety: ${e instanceof Error ? e.message : String(e)}\n`);
  if (process.env.SURETY_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
});
