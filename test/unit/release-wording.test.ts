import {
  type ReleaseOutcome,
  releaseLine,
  releaseOutputs,
  releaseSummaryLines,
} from '../../src/core/release-wording.js';
import { jobSummary } from '../../src/core/wording-html.js';

const ARN = 'arn:aws:cloudfront::123456789012:key-value-store/0123abcd-4567-89ef-0123-456789abcdef';
const deployed: ReleaseOutcome = {
  flow: 'deploy',
  dryRun: false,
  releaseId: 'r2',
  previousReleaseId: 'r1',
  uploaded: 3,
  copied: 297,
  bytesUploaded: 1000,
  pruned: ['r0'],
  durationMs: 4200,
  where: { storeArn: ARN, name: 'docs', bucket: 'my-site', prefix: 'www/' },
};

test('a deploy: the line, the outputs and the exact rollback step', () => {
  expect(releaseLine(deployed)).toBe(
    'Release r2 is live (was r1): 3 file(s) uploaded, 297 copied inside the bucket, full; pruned r0, in 4.2 s.',
  );
  expect(releaseLine({ ...deployed, copied: 0, layered: { base: 'r0', paths: 3 } })).toBe(
    'Release r2 is live (was r1): 3 file(s) uploaded, 0 copied inside the bucket, layered on r0 (3 paths); pruned r0, in 4.2 s.',
  );
  expect(releaseOutputs(deployed)).toEqual({ 'release-id': 'r2', 'previous-release-id': 'r1' });
  expect(releaseSummaryLines(deployed).step).toEqual([
    'with:',
    '  bucket: my-site',
    '  prefix: www',
    `  release-store: ${ARN}`,
    '  release-name: docs',
    '  rollback: r1',
  ]);
  const html = jobSummary(false, undefined, undefined, undefined, deployed).join('\n');
  expect(html).toContain('<p>Release r2 is live (was r1)');
  expect(html).toContain('  rollback: r1');
});

test('the first release, a dry run and a rollback', () => {
  const { previousReleaseId: _, ...first } = deployed;
  expect(releaseOutputs(first)).toEqual({ 'release-id': 'r2', 'previous-release-id': '' });
  expect(releaseSummaryLines(first).step).toBeUndefined();
  expect(releaseLine({ ...deployed, dryRun: true })).toBe(
    'Dry run: release r2 would go live (was r1): 3 file(s) to upload, 297 to copy inside the bucket.',
  );
  const rollback = { ...deployed, flow: 'rollback' as const, releaseId: 'r1', previousReleaseId: 'r2' };
  expect(releaseLine(rollback)).toBe('Rolled back: release r1 is live (was r2), in 4.2 s.');
  expect(releaseSummaryLines(rollback).step?.at(-1)).toBe('  rollback: r2');
});
