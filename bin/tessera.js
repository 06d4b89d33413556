#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm install` (prepare) or `npm run compile`.
import { dropOutputWhenClosed, run } from '../lib/cli/main.js';

dropOutputWhenClosed(process.stdout);
dropOutputWhenClosed(process.stderr);
process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
