/**
 * The CloudFront stand-in checked by an independent client: the AWS CLI (botocore) drives the happy
 * path, signatures, paging and retries; aws4-signed node:http requests drive the error semantics and
 * every fault kind.
 */
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import aws4 from 'aws4';
import { XMLParser } from 'fast-xml-parser';
import {
  type CloudFrontStandin,
  type CloudFrontStandinOptions,
  type StandinCredentials,
  startCloudFrontStandin,
} from '../../playground/cloudfront/server.js';

const DIST = 'E1STANDINTEST1';
const CREDS: StandinCredentials = {
  accessKeyId: 'AKIASTANDINTEST00001',
  secretAccessKey: 'standin/test+secret/0000000000000000000001',
};
const ORIGIN = { originDomain: 'site-bucket.s3.us-east-1.amazonaws.com', originPath: '/prod' };

let standin: CloudFrontStandin | undefined;

async function start(options: Partial<CloudFrontStandinOptions> = {}): Promise<CloudFrontStandin> {
  standin = await startCloudFrontStandin({ distributions: { [DIST]: ORIGIN }, credentials: CREDS, ...options });
  return standin;
}

afterEach(async () => {
  await standin?.stop();
  standin = undefined;
});

// ---------- the AWS CLI, with nothing from this machine's AWS configuration ----------

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], credentials: Partial<StandinCredentials> = CREDS): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('AWS_')) env[name] = value;
  Object.assign(env, {
    AWS_ACCESS_KEY_ID: credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_EC2_METADATA_DISABLED: 'true',
    // Version 1 defaults to the legacy retry mode (5 attempts), version 2 to standard (3): pin one for both.
    AWS_RETRY_MODE: 'standard',
    AWS_MAX_ATTEMPTS: '5',
    ...(credentials.sessionToken ? { AWS_SESSION_TOKEN: credentials.sessionToken } : {}),
  });
  const argv = ['--endpoint-url', standin!.endpoint, '--output', 'json', 'cloudfront', ...args];
  return new Promise((resolve) => {
    execFile('aws', argv, { env, timeout: 45_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function cliJson(args: string[]): Promise<any> {
  const result = await cli(args);
  if (result.code !== 0) throw new Error(`aws ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

// ---------- aws4-signed requests over node:http ----------

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface SendOptions {
  body?: string;
  credentials?: StandinCredentials;
  headers?: Record<string, string>;
  /** Changes the body after signing. */
  tamper?: (body: string) => string;
}

function send(method: string, path: string, options: SendOptions = {}): Promise<Answer> {
  const { port } = standin!;
  const signed = aws4.sign(
    {
      hostname: '127.0.0.1',
      port,
      method,
      path,
      service: 'cloudfront',
      region: 'us-east-1',
      headers: { ...(options.body !== undefined ? { 'Content-Type': 'text/xml' } : {}), ...options.headers },
      ...(options.body !== undefined ? { body: options.body } : {}),
    },
    options.credentials ?? CREDS,
  );
  const body = options.tamper && options.body !== undefined ? options.tamper(options.body) : options.body;
  if (body !== undefined) signed.headers!['Content-Length'] = Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const req = request({ ...signed, agent: false } as never, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['Path', 'InvalidationSummary'].includes(name),
});
const xml = (answer: Answer): any => parser.parse(answer.body);

function batchXml(paths: readonly string[], callerReference: string, quantity = paths.length): string {
  const items = paths.map((p) => `<Path>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Path>`).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">' +
    `<Paths><Quantity>${quantity}</Quantity><Items>${items}</Items></Paths>` +
    `<CallerReference>${callerReference}</CallerReference></InvalidationBatch>`
  );
}

const invalidationsPath = `/2020-05-31/distribution/${DIST}/invalidation`;
const create = (paths: readonly string[], ref: string): Promise<Answer> =>
  send('POST', invalidationsPath, { body: batchXml(paths, ref) });
const getInvalidation = (id: string): Promise<Answer> => send('GET', `${invalidationsPath}/${id}`);

function expectError(answer: Answer, status: number, code: string, type = 'Sender'): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('text/xml');
  const { ErrorResponse } = xml(answer);
  expect(ErrorResponse['@_xmlns']).toBe('http://cloudfront.amazonaws.com/doc/2020-05-31/');
  expect(ErrorResponse.Error).toEqual({ Type: type, Code: code, Message: expect.any(String) });
  expect(ErrorResponse.RequestId).toMatch(/^[0-9a-f-]{36}$/);
}

const files = (n: number, prefix = 'f'): string[] => Array.from({ length: n }, (_, i) => `/${prefix}${i}.html`);
const wildcards = (n: number, prefix = 'w'): string[] => Array.from({ length: n }, (_, i) => `/${prefix}${i}/*`);

// ---------- the tests ----------

describe('the AWS CLI against the stand-in', () => {
  test('creates an invalidation, lists it, reads the distribution and waits for completion', async () => {
    await start({ completeAfterPolls: 2 });
    const created = await cliJson([
      'create-invalidation',
      '--distribution-id',
      DIST,
      '--paths',
      '/index.html',
      '/docs/*',
    ]);
    const id: string = created.Invalidation.Id;
    expect(id).toMatch(/^I[A-Z0-9]{13}$/);
    expect(created.Location).toBe(`${standin!.endpoint}${invalidationsPath}/${id}`);
    expect(created.Invalidation.Status).toBe('InProgress');
    expect(created.Invalidation.InvalidationBatch.Paths).toEqual({ Quantity: 2, Items: ['/index.html', '/docs/*'] });
    // Version 1 prints the time as it came (…123Z), version 2 as ISO 8601 with +00:00: the instant is what counts.
    const recorded = standin!.state.snapshot().distributions[DIST]!.invalidations[0]!.createTime;
    expect(Date.parse(created.Invalidation.CreateTime)).toBe(Date.parse(recorded));

    const listed = await cliJson(['list-invalidations', '--distribution-id', DIST]);
    expect(listed.InvalidationList.Items).toEqual([
      { Id: id, CreateTime: created.Invalidation.CreateTime, Status: 'InProgress' },
    ]);

    const dist = await cliJson(['get-distribution', '--id', DIST]);
    expect(dist.ETag).toMatch(/^E[A-Z0-9]{13}$/);
    expect(dist.Distribution.Id).toBe(DIST);
    expect(dist.Distribution.InProgressInvalidationBatches).toBe(1);
    expect(dist.Distribution.DistributionConfig.Origins.Items).toEqual([
      expect.objectContaining({ DomainName: ORIGIN.originDomain, OriginPath: ORIGIN.originPath }),
    ]);

    // Poll 1 of 2 sees InProgress; the waiter's first call is poll 2, so it succeeds without its 20 s delay.
    const polled = await cliJson(['get-invalidation', '--distribution-id', DIST, '--id', id]);
    expect(polled.Invalidation.Status).toBe('InProgress');
    const began = Date.now();
    const waited = await cli(['wait', 'invalidation-completed', '--distribution-id', DIST, '--id', id]);
    expect(waited).toMatchObject({ code: 0, stderr: '' });
    expect(Date.now() - began).toBeLessThan(15_000);

    const snapshot = standin!.state.snapshot();
    expect(snapshot.requests).toEqual({
      CreateInvalidation: 1,
      ListInvalidations: 1,
      GetDistribution: 1,
      GetDistributionConfig: 0,
      GetInvalidation: 2,
      UpdateDistribution: 0,
      CreateKeyValueStore: 0,
      DescribeKeyValueStore: 0,
      CreateFunction: 0,
      DescribeFunction: 0,
      GetFunction: 0,
      UpdateFunction: 0,
      PublishFunction: 0,
    });
    expect(snapshot.distributions[DIST]!.invalidations).toEqual([
      expect.objectContaining({ id, status: 'Completed', polls: 2, paths: ['/index.html', '/docs/*'] }),
    ]);
  });

  test('a wrong secret is refused with SignatureDoesNotMatch, an unknown key with InvalidClientTokenId', async () => {
    await start();
    const wrongSecret = await cli(['create-invalidation', '--distribution-id', DIST, '--paths', '/a'], {
      ...CREDS,
      secretAccessKey: 'not-the-secret',
    });
    expect(wrongSecret.code).not.toBe(0);
    expect(wrongSecret.stderr).toContain('(SignatureDoesNotMatch)');
    const unknownKey = await cli(['get-distribution', '--id', DIST], { ...CREDS, accessKeyId: 'AKIAUNKNOWN000000000' });
    expect(unknownKey.code).not.toBe(0);
    expect(unknownKey.stderr).toContain('(InvalidClientTokenId)');
    expect(standin!.state.snapshot().distributions[DIST]!.invalidations).toEqual([]);
  });

  test('honours a session token when one is configured', async () => {
    await start({ credentials: { ...CREDS, sessionToken: 'session-token-123' } });
    expect((await cli(['get-distribution', '--id', DIST], { ...CREDS, sessionToken: 'session-token-123' })).code).toBe(
      0,
    );
    const without = await cli(['get-distribution', '--id', DIST]);
    expect(without.stderr).toContain('(InvalidClientTokenId)');
  });

  test('NoSuchDistribution and NoSuchInvalidation are what botocore expects', async () => {
    await start();
    expect((await cli(['get-distribution', '--id', 'ENOSUCH'])).stderr).toContain('(NoSuchDistribution)');
    const missing = await cli(['get-invalidation', '--distribution-id', DIST, '--id', 'INOSUCH']);
    expect(missing.stderr).toContain('(NoSuchInvalidation)');
  });

  test('list-invalidations pages through Marker/NextMarker, newest first', async () => {
    await start();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(xml(await create([`/page${i}`], `paging-${i}`)).Invalidation.Id);
    const listed = await cliJson(['list-invalidations', '--distribution-id', DIST, '--page-size', '2']);
    expect(listed.InvalidationList.Items.map((item: { Id: string }) => item.Id)).toEqual([...ids].reverse());
    expect(standin!.state.requests.ListInvalidations).toBe(3);
  });

  test('retries after a lost response create no second invalidation (CallerReference idempotency)', async () => {
    await start();
    standin!.faults.push({ op: 'CreateInvalidation', kind: 'lost-response' });
    const created = await cliJson([
      'create-invalidation',
      '--distribution-id',
      DIST,
      '--invalidation-batch',
      JSON.stringify({ Paths: { Quantity: 1, Items: ['/retried.html'] }, CallerReference: 'retry-1' }),
    ]);
    expect(standin!.state.requests.CreateInvalidation).toBe(2);
    expect(standin!.state.snapshot().distributions[DIST]!.invalidations.map((inv) => inv.id)).toEqual([
      created.Invalidation.Id,
    ]);
  });

  test('botocore retries throttling, 503, 500 and reset faults and then succeeds', async () => {
    await start();
    standin!.faults.push(
      { op: 'GetDistribution', kind: 'throttle' },
      { op: 'GetDistribution', kind: '503' },
      { op: 'GetDistribution', kind: '500' },
      { op: 'GetDistribution', kind: 'reset' },
    );
    const dist = await cliJson(['get-distribution', '--id', DIST]);
    expect(dist.Distribution.Id).toBe(DIST);
    expect(standin!.state.requests.GetDistribution).toBe(5);
    expect(standin!.faults).toEqual([]);
  });
});

describe('CreateInvalidation semantics (aws4-signed requests)', () => {
  test('same CallerReference + same paths returns the existing invalidation; different paths → 409', async () => {
    await start();
    const first = await create(['/a.html', '/b/*'], 'ref-1');
    expect(first.status).toBe(201);
    const again = await create(['/b/*', '/a.html'], 'ref-1');
    expect(again.status).toBe(201);
    expect(xml(again).Invalidation.Id).toBe(xml(first).Invalidation.Id);
    expect(again.headers.location).toBe(first.headers.location);
    expectError(await create(['/a.html', '/c.html'], 'ref-1'), 409, 'InvalidationBatchAlreadyExists');
    expect(standin!.state.snapshot().distributions[DIST]!.invalidations).toHaveLength(1);
  });

  test('3,000 file paths and 15 wildcard paths may be in progress, independently', async () => {
    await start();
    expect((await create(files(3000), 'files')).status).toBe(201);
    expectError(await create(['/one-more.html'], 'one-more-file'), 400, 'TooManyInvalidationsInProgress');
    expect((await create(wildcards(15), 'wildcards')).status).toBe(201);
    expectError(await create(['/x/*'], 'one-more-wildcard'), 400, 'TooManyInvalidationsInProgress');
    // A retry of an accepted batch is still answered, full or not.
    expect((await create(files(3000), 'files')).status).toBe(201);
    expect(standin!.state.complete(DIST)).toBe(2);
    expect((await create(['/one-more.html', '/x/*'], 'after-completion')).status).toBe(201);
  });

  test('limits can be lowered', async () => {
    await start({ limits: { filePathsInProgress: 2, wildcardPathsInProgress: 1 } });
    expect((await create(['/a', '/b', '/c/*'], 'r1')).status).toBe(201);
    expectError(await create(['/d'], 'r2'), 400, 'TooManyInvalidationsInProgress');
    expectError(await create(['/e/*'], 'r3'), 400, 'TooManyInvalidationsInProgress');
  });

  test('more than 3,000 paths in one batch is BatchTooLarge (413)', async () => {
    await start();
    expectError(await create(files(3001), 'too-big'), 413, 'BatchTooLarge');
  });

  test.each([
    ['no leading slash', 'index.html'],
    ['* not at the end', '/a*b.html'],
    ['raw space', '/a b.html'],
    ['raw non-ASCII', '/café.html'],
    ['bad % escape', '/100%.html'],
    ['unsafe character', '/a<b>.html'],
  ])('an invalid path (%s) is InvalidArgument', async (_why, path) => {
    await start();
    expectError(await create([path], 'bad-path'), 400, 'InvalidArgument');
  });

  test('percent-encoded, query-string and wildcard paths are accepted and kept verbatim', async () => {
    await start();
    const paths = ['/caf%C3%A9.html', '/a%20b.html', '/img.png?v=1&w=2', '/*', '/~user/x'];
    const answer = await create(paths, 'good-paths');
    expect(answer.status).toBe(201);
    expect(xml(answer).Invalidation.InvalidationBatch.Paths.Items.Path).toEqual(paths);
  });

  test('MissingBody, InconsistentQuantities, malformed XML, unknown distribution', async () => {
    await start();
    expectError(await send('POST', invalidationsPath, { body: '' }), 400, 'MissingBody');
    const inconsistent = batchXml(['/a'], 'q', 2);
    expectError(await send('POST', invalidationsPath, { body: inconsistent }), 400, 'InconsistentQuantities');
    expectError(await send('POST', invalidationsPath, { body: '<InvalidationBatch><Paths>' }), 400, 'InvalidArgument');
    expectError(
      await send('POST', '/2020-05-31/distribution/ENOSUCH/invalidation', { body: batchXml(['/a'], 'x') }),
      404,
      'NoSuchDistribution',
    );
  });
});

describe('GetInvalidation and ListInvalidations', () => {
  test('completeAfterPolls: the Nth poll sees Completed; 0 means Completed at creation', async () => {
    await start({ completeAfterPolls: 3 });
    const id: string = xml(await create(['/p'], 'polls')).Invalidation.Id;
    const statuses: string[] = [];
    for (let i = 0; i < 4; i++) statuses.push(xml(await getInvalidation(id)).Invalidation.Status);
    expect(statuses).toEqual(['InProgress', 'InProgress', 'Completed', 'Completed']);

    standin!.state.completeAfterPolls = 0;
    expect(xml(await create(['/q'], 'immediate')).Invalidation.Status).toBe('Completed');
  });

  test('paging: MaxItems, IsTruncated, NextMarker = last Id of the page', async () => {
    await start();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(xml(await create([`/p${i}`], `r${i}`)).Invalidation.Id);
    const newestFirst = [...ids].reverse();
    const page1 = xml(await send('GET', `${invalidationsPath}?MaxItems=2`)).InvalidationList;
    expect(page1).toMatchObject({
      Marker: '',
      MaxItems: '2',
      IsTruncated: 'true',
      Quantity: '2',
      NextMarker: newestFirst[1],
    });
    expect(page1.Items.InvalidationSummary.map((s: { Id: string }) => s.Id)).toEqual(newestFirst.slice(0, 2));
    const page3 = xml(await send('GET', `${invalidationsPath}?Marker=${newestFirst[3]}&MaxItems=2`)).InvalidationList;
    expect(page3).toMatchObject({ Marker: newestFirst[3], IsTruncated: 'false', Quantity: '1' });
    expect(page3.NextMarker).toBeUndefined();
    expect(page3.Items.InvalidationSummary.map((s: { Id: string }) => s.Id)).toEqual([ids[0]]);
    expectError(await send('GET', `${invalidationsPath}?MaxItems=lots`), 400, 'InvalidArgument');
  });
});

describe('SigV4 verification', () => {
  test('a body changed after signing, a stale X-Amz-Date and a missing signature are refused', async () => {
    await start();
    const tampered = await send('POST', invalidationsPath, {
      body: batchXml(['/a'], 't'),
      tamper: (body) => body.replace('/a', '/b'),
    });
    expectError(tampered, 403, 'SignatureDoesNotMatch');
    const old = new Date(Date.now() - 20 * 60 * 1000).toISOString().replace(/[:-]|\.\d{3}/g, '');
    const stale = await send('GET', `/2020-05-31/distribution/${DIST}`, { headers: { 'X-Amz-Date': old } });
    expectError(stale, 403, 'SignatureDoesNotMatch');
    expect(xml(stale).ErrorResponse.Error.Message).toContain('Signature expired');
    const unsigned = await new Promise<Answer>((resolve, reject) => {
      request(`${standin!.endpoint}/2020-05-31/distribution/${DIST}`, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
        .on('error', reject)
        .end();
    });
    expectError(unsigned, 403, 'MissingAuthenticationToken');
    expect(standin!.state.requests.CreateInvalidation).toBe(0);
  });
});

describe('fault injection', () => {
  test.each([
    ['503', 503, 'ServiceUnavailable', 'Receiver'],
    ['500', 500, 'InternalError', 'Receiver'],
    ['throttle', 400, 'Throttling', 'Sender'],
    ['access-denied', 403, 'AccessDenied', 'Sender'],
  ] as const)('%s answers %d %s and does nothing', async (kind, status, code, type) => {
    await start();
    standin!.faults.push({ op: 'CreateInvalidation', kind });
    expectError(await create(['/a'], 'f'), status, code, type);
    expect(standin!.state.snapshot().distributions[DIST]!.invalidations).toEqual([]);
    expect((await create(['/a'], 'f')).status).toBe(201);
  });

  test('reset breaks the connection before anything is done', async () => {
    await start();
    standin!.faults.push({ op: 'CreateInvalidation', kind: 'reset' });
    await expect(create(['/a'], 'r')).rejects.toMatchObject({ code: 'ECONNRESET' });
    expect(standin!.state.snapshot().distributions[DIST]!.invalidations).toEqual([]);
  });

  test('lost-response creates the invalidation, then drops the connection unanswered', async () => {
    await start();
    standin!.faults.push({ op: 'CreateInvalidation', kind: 'lost-response' });
    await expect(create(['/a'], 'lost')).rejects.toThrow();
    const [kept] = standin!.state.snapshot().distributions[DIST]!.invalidations;
    expect(kept).toMatchObject({ callerReference: 'lost', paths: ['/a'] });
    expect(xml(await create(['/a'], 'lost')).Invalidation.Id).toBe(kept!.id);
  });

  test('faults are consumed once, in order, by their operation only', async () => {
    await start();
    standin!.faults.push({ op: 'GetDistribution', kind: '503' }, { op: '*', kind: 'throttle' });
    expectError(await create(['/a'], 'o'), 400, 'Throttling');
    expectError(await send('GET', `/2020-05-31/distribution/${DIST}`), 503, 'ServiceUnavailable', 'Receiver');
    expect((await send('GET', `/2020-05-31/distribution/${DIST}`)).status).toBe(200);
  });

  test('the control endpoint queues faults and reports state, out of process', async () => {
    await start();
    const control = async (method: string, what: string, body?: unknown): Promise<any> => {
      const res = await fetch(`${standin!.endpoint}/__standin/${what}`, {
        method,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, json: await res.json() };
    };
    expect((await control('POST', 'faults', { op: 'CreateInvalidation', kind: '503' })).status).toBe(200);
    expect((await control('POST', 'faults', { op: 'Nope', kind: '503' })).status).toBe(400);
    expectError(await create(['/a'], 'c'), 503, 'ServiceUnavailable', 'Receiver');
    await create(['/a'], 'c');
    const { json: state } = await control('GET', 'state');
    expect(state.requests.CreateInvalidation).toBe(2);
    expect(state.distributions[DIST].invalidations).toEqual([
      expect.objectContaining({ paths: ['/a'], status: 'InProgress' }),
    ]);
    expect((await control('POST', 'complete', { distributionId: DIST })).json).toEqual({ completed: 1 });
  });
});

describe('cache tags (CacheTagConfig and #tag items)', () => {
  const TAGGED = { ...ORIGIN, cacheTagHeader: 'x-amz-meta-cache-tag' };

  test('GetDistribution shows CacheTagConfig.HeaderName only on a distribution that has one', async () => {
    await start({ distributions: { [DIST]: TAGGED, E2UNTAGGED0001: ORIGIN } });
    const tagged = xml(await send('GET', `/2020-05-31/distribution/${DIST}`));
    expect(tagged.Distribution.DistributionConfig.CacheTagConfig).toEqual({ HeaderName: 'x-amz-meta-cache-tag' });
    const config = xml(await send('GET', `/2020-05-31/distribution/${DIST}/config`));
    expect(config.DistributionConfig.CacheTagConfig).toEqual({ HeaderName: 'x-amz-meta-cache-tag' });
    const untagged = xml(await send('GET', '/2020-05-31/distribution/E2UNTAGGED0001'));
    expect(untagged.Distribution.DistributionConfig.CacheTagConfig).toBeUndefined();
  });

  test('#tag items beside paths are kept verbatim; each counts as one file path, "*" taken literally', async () => {
    await start({ distributions: { [DIST]: TAGGED }, limits: { filePathsInProgress: 3, wildcardPathsInProgress: 1 } });
    const items = ['#html', '#product:electronics', '#a*'];
    const answer = await create(items, 'tags');
    expect(answer.status).toBe(201);
    expect(xml(answer).Invalidation.InvalidationBatch.Paths.Items.Path).toEqual(items);
    expectError(await create(['#one-more'], 'one-more-tag'), 400, 'TooManyInvalidationsInProgress');
    expect((await create(['/docs/*'], 'a-wildcard')).status).toBe(201);
  });

  test.each([
    ['no tag after #', '#'],
    ['a space', '#my tag'],
    ['a comma', '#a,b'],
    ['non-ASCII', '#café'],
    ['257 characters', `#${'t'.repeat(257)}`],
  ])('a tag item with %s is InvalidArgument', async (_why, item) => {
    await start({ distributions: { [DIST]: TAGGED } });
    expectError(await create([item], 'bad-tag'), 400, 'InvalidArgument');
  });
});
