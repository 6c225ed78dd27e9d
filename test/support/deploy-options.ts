/** deploy() options for the in-memory tests: the example site to s3://site/www/, deletes on. */
import { parseGlobRules } from '../../src/core/rules.js';
import type { DeployOptions } from '../../src/flows/deploy.js';

export function deployOptions(sourceDir: string, overrides: Partial<DeployOptions> = {}): DeployOptions {
  return {
    sourceDir,
    include: ['**', '.well-known/**'],
    exclude: [],
    prefix: 'www/',
    target: 's3://site/www/',
    headerRules: { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} },
    deleteRemoved: true,
    maxDeletes: 1000,
    dryRun: false,
    concurrency: 4,
    owedTo: [],
    ...overrides,
  };
}
