/**
 * The fault trial: deploys of a changing site, each run as the runner runs dist/index.js, through
 * a proxy that injects faults at a given rate in front of moto. Counts the deploys that exit 0 on
 * the first run, and checks after each that the bucket (read with boto3) holds exactly the site.
 * A failed deploy is re-run without faults, so the next one starts from a finished state.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction } from '../../playground/run-action.js';
import { manifestKey } from '../../src/core/manifest.js';
import { bucketState } from './bucket-state.js';
import { startMoto } from './moto.js';
import { type FaultOptions, startS3Proxy } from './s3-proxy.js';
import { copySite, listFiles, removeSites } from './site.js';

const BUCKET = 'fault-trial';
const PREFIX = 'www';

export interface TrialResult {
  readonly runs: number;
  /** Deploys that exited 0 on their first run. */
  readonly succeeded: number;
  /** Deploys after which the bucket held exactly the site (a failed one after its fault-free re-run). */
  readonly converged: number;
  readonly faultsInjected: number;
  /** The error lines of the first runs that failed. */
  readonly failures: string[];
}

export async function runFaultTrial(options: {
  runs: number;
  rate: number;
  seed: string;
  pagesPerRun?: number;
}): Promise<TrialResult> {
  const moto = await startMoto({ buckets: [BUCKET] });
  const proxy = await startS3Proxy(moto.endpoint, {});
  const site = await copySite();
  // Excluded by default: leaving it out makes "the bucket holds exactly the site" a plain comparison.
  await rm(join(site, '.env.example'));
  const env = {
    AWS_ACCESS_KEY_ID: 'a',
    AWS_SECRET_ACCESS_KEY: 'b',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_S3: proxy.endpoint,
  };
  const deploy = () => runAction({ 'source-dir': site, bucket: BUCKET, prefix: PREFIX, delete: 'true' }, { env });
  const faults: FaultOptions = { rate: options.rate, seed: options.seed };
  let succeeded = 0;
  let converged = 0;
  const failures: string[] = [];
  try {
    for (let run = 1; run <= options.runs; run++) {
      await changeSite(site, run, options.pagesPerRun ?? 5);
      proxy.setFaults(faults);
      const first = await deploy();
      proxy.setFaults(undefined);
      if (first.code === 0) {
        succeeded++;
      } else {
        failures.push(
          `run ${run}: ${first.stdout
            .split('\n')
            .filter((line) => line.startsWith('::error'))
            .join(' | ')}`,
        );
        await deploy();
      }
      if (await holdsExactly(moto.endpoint, site)) converged++;
    }
    return { runs: options.runs, succeeded, converged, faultsInjected: proxy.injected.length, failures };
  } finally {
    await proxy.stop();
    await moto.stop();
    await removeSites();
  }
}

/** New content for an asset and the home page, a few new pages, and the previous run's pages gone (deletes). */
async function changeSite(site: string, run: number, pages: number): Promise<void> {
  await writeFile(join(site, 'assets/app.js'), `console.log('run ${run}');\n`);
  await writeFile(join(site, 'index.html'), `<!doctype html><title>run ${run}</title>\n`);
  await rm(join(site, 'runs'), { recursive: true, force: true });
  await mkdir(join(site, 'runs'), { recursive: true });
  for (let page = 0; page < pages; page++) {
    await writeFile(join(site, `runs/${run}-${page}.html`), `<!doctype html><p>page ${page} of run ${run}</p>\n`);
  }
}

async function holdsExactly(endpoint: string, site: string): Promise<boolean> {
  const stored = await bucketState(endpoint, BUCKET, `${PREFIX}/`);
  const local = await listFiles(site);
  const storedKeys = Object.keys(stored).filter((key) => key !== manifestKey(`${PREFIX}/`));
  if (storedKeys.length !== local.size) return false;
  return [...local].every(([rel, md5]) => stored[`${PREFIX}/${rel}`]?.md5 === md5);
}
