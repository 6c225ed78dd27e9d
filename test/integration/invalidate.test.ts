/**
 * The invalidation flow with our real CloudFront client against the CloudFront stand-in on
 * 127.0.0.1: SigV4-checked, in-progress limits enforced, CallerReference idempotency, faults.
 * A real clock with delays of a few milliseconds; assertions are on the stand-in's state.
 */

import {
  type CloudFrontStandin,
  type CloudFrontStandinOptions,
  type StandinCredentials,
  startCloudFrontStandin,
} from '../../playground/cloudfront/server.js';
import { createCloudFrontClient } from '../../src/aws/cloudfront.js';
import { AwsError } from '../../src/aws/errors.js';
import { createHttpClient, type HttpClient } from '../../src/aws/http.js';
import { standardRetryPolicy } from '../../src/aws/retry.js';
import { validateUserPath } from '../../src/core/invalidation-paths.js';
import { planInvalidation } from '../../src/core/invalidation-plan.js';
import type { DistributionInvalidation } from '../../src/core/outcome.js';
import { InvalidationTimeoutError, invalidate } from '../../src/flows/invalidate.js';
import { resolveTargets } from '../../src/flows/resolve-targets.js';
import type { Cdn } from '../../src/ports.js';
import { type Log, silentLog, systemClock } from '../../src/ports.js';

const DIST = 'E1INVALIDATE01';
const OTHER_DIST = 'E2INVALIDATE02';
const BUCKET = 'site-bucket';
const CREDS: StandinCredentials = {
  accessKeyId: 'AKIAINVALIDATETEST01',
  secretAccessKey: 'invalidate/test+secret/000000000000000001',
};
const FAST = { firstMs: 5, maxMs: 40 };

let standin: CloudFrontStandin | undefined;
let client: Cdn | undefined;
let http: HttpClient | undefined;
let lines: string[] = [];

async function start(options: Partial<CloudFrontStandinOptions> = {}): Promise<CloudFrontStandin> {
  standin = await startCloudFrontStandin({
    distributions: {
      [DIST]: { originDomain: `${BUCKET}.s3.us-east-1.amazonaws.com`, originPath: '/www' },
      [OTHER_DIST]: { originDomain: 'elsewhere.example.com' },
    },
    credentials: CREDS,
    ...options,
  });
  return standin;
}

function cloudFront(credentials: StandinCredentials = CREDS): Cdn {
  // Three attempts per call, as before the client's persistent budget: the flow's own retries are under test.
  const retryPolicies = { standard: standardRetryPolicy, persistent: standardRetryPolicy };
  http = createHttpClient({ credentials, concurrency: 4, clock: systemClock, retryPolicies });
  client = createCloudFrontClient({ http, endpoint: standin!.endpoint });
  return client;
}

interface Input {
  bucket: string | undefined;
  distributionIds: string[];
  changedKeys: string[];
  explicitPaths: string[];
  originPath?: string;
  maxPaths?: number;
  wait: boolean;
  waitTimeoutMs: number;
}

/** What main.ts does: config validates the explicit paths, the targets are resolved, then planned and submitted. */
async function run(
  overrides: Partial<Input> = {},
  onLine?: (line: string) => void,
): Promise<DistributionInvalidation[]> {
  const input: Input = {
    bucket: BUCKET,
    distributionIds: [DIST],
    changedKeys: [],
    explicitPaths: [],
    wait: true,
    waitTimeoutMs: 30_000,
    ...overrides,
  };
  const record = (line: string) => {
    lines.push(line);
    onLine?.(line);
  };
  const log: Log = { ...silentLog, info: record, warning: (line) => record(`warning: ${line}`) };
  const deps = { cdn: client ?? cloudFront(), clock: systemClock, log, pollDelays: FAST };
  const explicitPaths = input.explicitPaths.map(validateUserPath);
  const { distributionIds, originPath, bucket } = input;
  const targets = await resolveTargets({ distributionIds, originPath, bucket }, deps);
  const plans = targets.map((target) =>
    planInvalidation(target, {
      changedKeys: input.changedKeys,
      explicitPaths,
      indexDocument: 'index.html',
      maxPaths: input.maxPaths,
      run: { runId: '1234567', runAttempt: '1' },
    }),
  );
  return invalidate(plans, { wait: input.wait, waitTimeoutMs: input.waitTimeoutMs, dryRun: false }, deps);
}

function invalidationsOf(distributionId: string) {
  return standin!.state.snapshot().distributions[distributionId]?.invalidations ?? [];
}

function pages(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `www/pages/p${String(i).padStart(4, '0')}.html`);
}

function totalRequests(): number {
  return Object.values(standin!.state.snapshot().requests).reduce((a, b) => a + b, 0);
}

afterEach(async () => {
  http?.close();
  client = undefined;
  await standin?.stop();
  standin = undefined;
  lines = [];
});

describe('batches and CloudFront in-progress limits', () => {
  test('4,500 changed pages: 5 batches of ≤ 1000, later ones wait for earlier ones, all Completed, no duplicates', async () => {
    await start({ completeAfterPolls: 2, limits: { filePathsInProgress: 3000 } });
    const [result] = await run({ changedKeys: pages(4500) });

    const invalidations = invalidationsOf(DIST);
    expect(invalidations).toHaveLength(5);
    expect(invalidations.every((inv) => inv.paths.length <= 1000)).toBe(true);
    const submitted = invalidations.flatMap((inv) => inv.paths);
    expect(new Set(submitted).size).toBe(4500);
    expect(submitted.sort()).toEqual(pages(4500).map((key) => '/' + key.slice('www/'.length)));
    expect(new Set(invalidations.map((inv) => inv.callerReference)).size).toBe(5);
    expect(invalidations.every((inv) => inv.status === 'Completed')).toBe(true);
    // Every CreateInvalidation was accepted: the flow held batches 4 and 5 back itself instead of
    // having the stand-in refuse them (which it does above 3,000 file paths in progress).
    expect(standin!.state.requests.CreateInvalidation).toBe(5);
    expect(lines.some((line) => line.includes('2 batch(es) wait for earlier invalidations'))).toBe(true);

    expect(result).toEqual({
      distributionId: DIST,
      paths: expect.any(Array),
      invalidationIds: invalidations.map((inv) => inv.id),
      status: 'Completed',
    });
    expect(result!.paths).toHaveLength(4500);
  });

  test('TooManyInvalidationsInProgress from CloudFront (others hold the capacity): waits, then submits', async () => {
    const server = await start({ completeAfterPolls: 1 });
    const foreign = server.state.createInvalidation(DIST, {
      callerReference: 'someone-else',
      paths: Array.from({ length: 2500 }, (_, i) => `/other/${i}`),
    }).invalidation;
    let released = false;
    const results = await run({ changedKeys: pages(1200) }, (line) => {
      if (!released && line.includes('wait for earlier invalidations')) {
        released = true;
        server.state.complete(DIST, foreign.id);
      }
    });

    expect(released).toBe(true);
    const ours = invalidationsOf(DIST).filter((inv) => inv.id !== foreign.id);
    expect(ours).toHaveLength(2);
    expect(ours.map((inv) => inv.paths.length)).toEqual([1000, 200]);
    expect(ours.every((inv) => inv.status === 'Completed')).toBe(true);
    expect(standin!.state.requests.CreateInvalidation).toBeGreaterThan(2);
    expect(results[0]?.invalidationIds).toEqual(ours.map((inv) => inv.id));
  });

  test('without waiting: submitted, reported InProgress, never polled', async () => {
    await start({ completeAfterPolls: 5 });
    const [result] = await run({ changedKeys: pages(3), wait: false });
    expect(result?.status).toBe('InProgress');
    expect(result?.invalidationIds).toEqual(invalidationsOf(DIST).map((inv) => inv.id));
    expect(standin!.state.requests.GetInvalidation).toBe(0);
  });
});

describe('faults', () => {
  // More faults in a row than the HTTP layer's 3 attempts, so the flow's own retries are needed too.
  test('lost responses, 503, throttling and resets on CreateInvalidation create no duplicates', async () => {
    const server = await start({ completeAfterPolls: 2 });
    server.faults.push(
      { op: 'CreateInvalidation', kind: 'lost-response' },
      { op: 'CreateInvalidation', kind: '503' },
      { op: 'CreateInvalidation', kind: 'throttle' },
      { op: 'CreateInvalidation', kind: 'reset' },
      { op: 'CreateInvalidation', kind: 'lost-response' },
      { op: 'CreateInvalidation', kind: 'lost-response' },
      { op: 'GetInvalidation', kind: '503' },
      { op: 'GetInvalidation', kind: 'reset' },
      { op: 'GetInvalidation', kind: '500' },
    );
    const [result] = await run({ changedKeys: pages(2500) });

    expect(server.faults).toHaveLength(0);
    const invalidations = invalidationsOf(DIST);
    expect(invalidations).toHaveLength(3);
    expect(new Set(invalidations.map((inv) => inv.callerReference)).size).toBe(3);
    expect(invalidations.flatMap((inv) => inv.paths)).toHaveLength(2500);
    expect(invalidations.every((inv) => inv.status === 'Completed')).toBe(true);
    expect(server.state.requests.CreateInvalidation).toBeGreaterThanOrEqual(3 + 6);
    expect(result?.invalidationIds).toEqual(invalidations.map((inv) => inv.id));
    expect(lines.some((line) => line.includes('retrying') && line.includes('same CallerReference'))).toBe(true);
    expect(lines.some((line) => line.includes('will check again'))).toBe(true);
  });

  test('AccessDenied on CreateInvalidation fails at once and names the permission', async () => {
    const server = await start();
    server.faults.push({ op: 'CreateInvalidation', kind: 'access-denied' });
    const failure = run({ explicitPaths: ['/index.html'] });
    await expect(failure).rejects.toThrow(/cloudfront:CreateInvalidation/);
    await expect(failure).rejects.toThrow(new RegExp(DIST));
    expect(server.state.requests.CreateInvalidation).toBe(1);
  });
});

describe('paths', () => {
  test("a purge: explicit '/*' and no changed keys", async () => {
    await start({ completeAfterPolls: 1 });
    const [result] = await run({ explicitPaths: ['/*'], bucket: undefined });
    expect(invalidationsOf(DIST).map((inv) => inv.paths)).toEqual([['/*']]);
    expect(result?.paths).toEqual(['/*']);
    expect(result?.status).toBe('Completed');
    // No bucket, so no keys to map: the origin path is not needed (nor cloudfront:GetDistribution).
    expect(standin!.state.requests.GetDistribution).toBe(0);
  });

  test("the origin path read from GetDistribution maps 'www/docs/index.html' under 'www/' to /docs/index.html, /docs/, /docs", async () => {
    await start({ completeAfterPolls: 1 });
    const [result] = await run({ changedKeys: ['www/docs/index.html'] });
    expect(result?.paths).toEqual(['/docs', '/docs/', '/docs/index.html']);
    expect(invalidationsOf(DIST)[0]?.paths.slice().sort()).toEqual(['/docs', '/docs/', '/docs/index.html']);
    expect(standin!.state.requests.GetDistribution).toBe(1);
  });

  test("no origin serving the bucket: origin path '' and a warning that says so", async () => {
    await start({ completeAfterPolls: 1 });
    const [result] = await run({ changedKeys: ['www/docs/index.html'], distributionIds: [OTHER_DIST] });
    expect(result?.paths).toEqual(['/www/docs', '/www/docs/', '/www/docs/index.html']);
    expect(
      lines.some((line) => line.startsWith('warning:') && line.includes(`no origin points at bucket "${BUCKET}"`)),
    ).toBe(true);
  });

  test('an explicit origin path overrides the distribution and skips GetDistribution', async () => {
    await start({ completeAfterPolls: 1 });
    const [result] = await run({ changedKeys: ['www/docs/a.html'], originPath: '' });
    expect(result?.paths).toEqual(['/www/docs/a.html']);
    expect(standin!.state.requests.GetDistribution).toBe(0);
  });

  test('with an explicit origin path, the distribution is still checked before anything, without GetDistribution', async () => {
    await start({ completeAfterPolls: 1 });
    await expect(
      run({ distributionIds: ['E9UNKNOWN0001'], changedKeys: ['www/a.html'], originPath: '' }),
    ).rejects.toThrow(
      /GetInvalidation on distribution E9UNKNOWN0001 failed with NoSuchDistribution, HTTP 404: .*check distribution-id/,
    );
    expect(standin!.state.requests).toMatchObject({ GetDistribution: 0, CreateInvalidation: 0 });

    standin!.faults.push({ op: 'GetInvalidation', kind: 'access-denied' });
    await expect(run({ changedKeys: ['www/a.html'], originPath: '' })).rejects.toThrow(
      /The identity needs cloudfront:GetInvalidation on arn:aws:cloudfront::<account>:distribution\/E1INVALIDATE01/,
    );
    expect(standin!.state.requests).toMatchObject({ GetDistribution: 0, CreateInvalidation: 0 });
  });

  test('a cache purge with an origin path is not checked first: its CreateInvalidation is the check', async () => {
    await start({ completeAfterPolls: 0 });
    await run({ bucket: undefined, explicitPaths: ['/*'], originPath: '', wait: false });
    expect(standin!.state.requests).toMatchObject({ GetInvalidation: 0, CreateInvalidation: 1 });
  });

  test('max paths: 4,500 pages collapse into a wildcard within the budget', async () => {
    await start({ completeAfterPolls: 1 });
    const [result] = await run({ changedKeys: [...pages(4500), 'www/index.html'], maxPaths: 10 });
    expect(result?.paths).toEqual(['/', '/index.html', '/pages/*']);
    expect(invalidationsOf(DIST).map((inv) => inv.paths.slice().sort())).toEqual([['/', '/index.html', '/pages/*']]);
  });

  test('no changed key below the origin path: nothing is submitted, and a warning says why', async () => {
    await start();
    const [result] = await run({ changedKeys: ['other/a.html'] });
    expect(result).toMatchObject({ paths: [], invalidationIds: [], status: 'None' });
    expect(standin!.state.requests.CreateInvalidation).toBe(0);
    expect(lines.some((line) => line.startsWith('warning:') && line.includes('below the origin path "/www"'))).toBe(
      true,
    );
  });

  test('an invalid explicit path fails before any request', async () => {
    await start();
    await expect(run({ explicitPaths: ['/ok.html', 'no-slash.html'], changedKeys: pages(2) })).rejects.toThrow(
      /Invalid invalidation path "no-slash.html"/,
    );
    expect(totalRequests()).toBe(0);
  });
});

describe('waiting and clear failures', () => {
  test('a wait that times out throws naming the distribution and the invalidation still in progress', async () => {
    await start({ completeAfterPolls: 1_000_000 });
    const failure = run({ explicitPaths: ['/index.html'], waitTimeoutMs: 150 });
    await expect(failure).rejects.toBeInstanceOf(InvalidationTimeoutError);
    const [only] = invalidationsOf(DIST);
    expect(only?.status).toBe('InProgress');
    await expect(failure).rejects.toThrow(`distribution ${DIST}: ${only!.id} still in progress`);
  });

  test('an unknown distribution is a clear error naming it, and nothing is invalidated elsewhere', async () => {
    await start();
    const failure = run({ distributionIds: [DIST, 'E404NOSUCHDIST'], changedKeys: pages(2) });
    await expect(failure).rejects.toThrow(
      'distribution E404NOSUCHDIST does not exist in this account: check distribution-id',
    );
    await expect(failure).rejects.toMatchObject({ code: 'NoSuchDistribution' });
    expect(invalidationsOf(DIST)).toHaveLength(0);
    expect(standin!.state.requests.CreateInvalidation).toBe(0);
  });

  test('a fatal error on one distribution stops the wait on the others', async () => {
    const server = await start({ completeAfterPolls: 1_000_000 });
    server.faults.push({ op: 'CreateInvalidation', kind: 'access-denied' });
    const failure = run({ distributionIds: [DIST, OTHER_DIST], explicitPaths: ['/index.html'], waitTimeoutMs: 5000 });
    await expect(failure).rejects.toMatchObject({ code: 'AccessDenied' });
    // Without the stop, the survivor would be polled every ≤ 40 ms until the 5 s timeout.
    const polls = Object.values(server.state.snapshot().distributions).flatMap((d) =>
      d.invalidations.map((i) => i.polls),
    );
    expect(polls.every((count) => count < 20)).toBe(true);
  });

  test('a wrong secret gives a clear SignatureDoesNotMatch message without the secret', async () => {
    await start();
    const wrongSecret = 'wrong/SECRET+value/99999999999999999999999';
    cloudFront({ accessKeyId: CREDS.accessKeyId, secretAccessKey: wrongSecret });
    const error: unknown = await run({ explicitPaths: ['/index.html'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AwsError);
    const { code, message } = error as AwsError;
    expect(code).toBe('SignatureDoesNotMatch');
    expect(message).toContain('the AWS credentials were rejected');
    expect(message).toContain(DIST);
    for (const text of [message, JSON.stringify(error), ...lines]) expect(text).not.toContain(wrongSecret);
    expect(invalidationsOf(DIST)).toHaveLength(0);
  });
});
