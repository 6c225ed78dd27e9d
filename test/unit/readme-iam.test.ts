/**
 * The README's IAM policy grants every permission the action's calls need, each on the right
 * resource. The list is the code's own: the tables that explain a refused call (s3-errors.ts,
 * cloudfront.ts), so a new call cannot go undocumented.
 */
import { readFileSync } from 'node:fs';
import { CLOUDFRONT_PERMISSIONS } from '../../src/aws/cloudfront.js';
import { KEYVALUESTORE_PERMISSIONS } from '../../src/aws/keyvaluestore.js';
import { KMS_PERMISSIONS, S3_ACTIONS } from '../../src/aws/s3-errors.js';

interface Statement {
  readonly Effect: string;
  readonly Action: string[];
  readonly Resource: string;
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The statements of the first JSON policy between two headings. */
function policyIn(from: string, to: string): Statement[] {
  const section = readme.slice(readme.indexOf(from), readme.indexOf(to));
  const policy = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '{}') as { Statement?: Statement[] };
  return policy.Statement ?? [];
}

const statements = policyIn('## IAM permissions', '## Recipes');
const kmsStatements = policyIn('## Encrypted and locked-down buckets', '## IAM permissions');
const releaseStatements = policyIn('### Deploying and rolling back', '### The viewer-request function');

function resourcesGranting(permission: string, among = statements): string[] {
  return among.filter((s) => s.Effect === 'Allow' && s.Action.includes(permission)).map((s) => s.Resource);
}

test('the section has a policy', () => {
  expect(statements.length).toBeGreaterThan(0);
});

test.each(Object.entries(S3_ACTIONS))(
  'S3 %s: its permission, on the bucket or on its objects',
  (_call, { permission, on }) => {
    const resources = resourcesGranting(permission);
    expect(resources).not.toEqual([]);
    for (const resource of resources) {
      if (on === 'bucket') expect(resource).toMatch(/^arn:aws:s3:::[^/]+$/);
      else expect(resource).toMatch(/^arn:aws:s3:::[^/]+\/.*\*$/);
    }
  },
);

test.each(Object.entries(CLOUDFRONT_PERMISSIONS))('CloudFront %s: %s, on the distribution', (_call, permission) => {
  const resources = resourcesGranting(permission);
  expect(resources).not.toEqual([]);
  for (const resource of resources) expect(resource).toMatch(/^arn:aws:cloudfront::\d{12}:distribution\/\w+$/);
});

test.each([...new Set(Object.values(KMS_PERMISSIONS).flatMap((needs) => needs.split(' and ')))])(
  'SSE-KMS: %s on the key, in the encrypted buckets section',
  (permission) => {
    const resources = resourcesGranting(permission, kmsStatements);
    expect(resources).not.toEqual([]);
    for (const resource of resources) expect(resource).toMatch(/^arn:aws:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]+$/);
  },
);

describe('release mode, in the Atomic releases section', () => {
  test.each(Object.entries(S3_ACTIONS))('S3 %s: on the bucket, or on releases/* only', (_call, { permission, on }) => {
    const resources = resourcesGranting(permission, releaseStatements);
    expect(resources).not.toEqual([]);
    for (const resource of resources) {
      expect(resource).toMatch(on === 'bucket' ? /^arn:aws:s3:::[^/]+$/ : /^arn:aws:s3:::[^/]+\/releases\/\*$/);
    }
  });

  test.each(Object.entries(KEYVALUESTORE_PERMISSIONS))('KeyValueStore %s: %s, on the store', (_call, permission) => {
    const resources = resourcesGranting(permission, releaseStatements);
    expect(resources).not.toEqual([]);
    for (const resource of resources) {
      expect(resource).toMatch(/^arn:aws:cloudfront::\d{12}:key-value-store\/[0-9a-f-]+$/);
    }
  });

  test.each([
    ['cloudfront:GetDistribution', /^arn:aws:cloudfront::\d{12}:distribution\/\w+$/],
    ['cloudfront:GetDistributionConfig', /^arn:aws:cloudfront::\d{12}:distribution\/\w+$/],
    ['cloudfront:DescribeFunction', /^arn:aws:cloudfront::\d{12}:function\/[\w-]+$/],
    ['cloudfront:GetFunction', /^arn:aws:cloudfront::\d{12}:function\/[\w-]+$/],
  ])('the setup check: %s', (permission, resource) => {
    const resources = resourcesGranting(permission, releaseStatements);
    expect(resources).not.toEqual([]);
    for (const granted of resources) expect(granted).toMatch(resource);
  });
});
