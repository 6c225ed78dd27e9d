/** deploy() options for the in-memory tests: the example site to s3://site/www/, deletes on. */
import { parseGlobRules } from '../../src/core/rules.js';
import type { DeployOptions } from '../../src/flows/deploy.js';
import { type OwedLedger, owedLedger } from '../../src/flows/owed-record.js';
import type { ObjectStore } from '../../src/ports.js';

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
    ...overrides,
  };
}

/** The owed ledger a flow called with options is given, as the run makes it: owed to owedTo (none by default). */
export function ledgerFor(
  store: ObjectStore,
  options: { readonly prefix: string; readonly dryRun: boolean },
  owedTo: readonly string[] = [],
): OwedLedger {
  return owedLedger(store, { prefix: options.prefix, dryRun: options.dryRun, owedTo });
}
