#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm install` (prepare) or `npm run compile`.
import { run } from '../lib/cli/main.js';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
