#!/usr/bin/env node
/** The command line's entry, src/index.ts's twin: `npx s3-cloudfront-deploy <command> [--flags]`. */
import type { InputSpec } from './cli/commands.js';
import { main } from './cli/main.js';

/** action.yml's inputs, put here by the build (scripts/build.mjs). */
declare const S3CD_ACTION_INPUTS: readonly InputSpec[];
/** package.json's version and edge/viewer-request.js, put here by the build too. */
declare const S3CD_VERSION: string;
declare const S3CD_VIEWER_REQUEST: string;

process.exitCode = await main({
  argv: process.argv.slice(2),
  env: process.env,
  table: S3CD_ACTION_INPUTS,
  stdout: process.stdout,
  stderr: process.stderr,
  version: S3CD_VERSION,
  functionSource: S3CD_VIEWER_REQUEST,
});
