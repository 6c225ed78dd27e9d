/**
 * The release setup, pure: the read-only check the release flow makes before its first write, and the
 * in-place patch of a DistributionConfig document that associates the viewer-request function.
 */
import { checkReleaseSetup, requireReleaseSetup, setupCommand } from '../../src/core/release-setup.js';
import {
  defaultBehaviourFunctions,
  documentDiff,
  viewerRequestFunctionArn,
  withViewerRequestFunction,
} from '../../src/core/viewer-request-association.js';

const STORE = 'arn:aws:cloudfront::123456789012:key-value-store/0123abcd-4567-89ef-0123-456789abcdef';
const OURS = 'arn:aws:cloudfront::123456789012:function/s3cd-releases-E1';
const THEIRS = 'arn:aws:cloudfront::123456789012:function/auth';

describe('checkReleaseSetup', () => {
  test('ready when the viewer-request function is associated with the store', () => {
    const found = { arn: OURS, name: 's3cd-releases-E1', keyValueStoreArns: [STORE] };
    expect(checkReleaseSetup('E1', STORE, found)).toEqual({ kind: 'ready', function: found });
    expect(requireReleaseSetup('E1', STORE, found)).toBe(found);
  });

  test('missing: names the viewer-request association and the setup command', () => {
    const verdict = checkReleaseSetup('E1', STORE, undefined);
    expect(verdict.kind).toBe('missing');
    const message = verdict.kind === 'missing' ? verdict.message : '';
    expect(message).toContain('no viewer-request function association');
    expect(message).toContain(setupCommand('E1', STORE));
    expect(() => requireReleaseSetup('E1', STORE, undefined)).toThrow(/no viewer-request function association/);
  });

  test('another function, or ours with another store: names the function and both stores', () => {
    const verdict = checkReleaseSetup('E1', STORE, { arn: THEIRS, name: 'auth', keyValueStoreArns: [] });
    expect(verdict.kind).toBe('other-function');
    expect(verdict.kind === 'other-function' && verdict.message).toMatch(
      /another viewer-request function, auth, .*no KeyValueStore/,
    );
    expect(() => requireReleaseSetup('E1', STORE, { arn: OURS, name: 'x', keyValueStoreArns: [`${STORE}0`] })).toThrow(
      `associated with ${STORE}0, not with ${STORE}`,
    );
  });
});

/** A config as a person might have it: pretty-printed, elements we know nothing about, Items before Quantity. */
const CONFIG = `<?xml version="1.0" encoding="UTF-8"?>
<DistributionConfig xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/">
  <CallerReference>ref &amp; co</CallerReference>
  <SomeFutureElement attr="1"><Nested>kept</Nested></SomeFutureElement>
  <DefaultCacheBehavior>
    <TargetOriginId>s3</TargetOriginId>
    <LambdaFunctionAssociations><Quantity>0</Quantity></LambdaFunctionAssociations>
    <FunctionAssociations>
      <Items>
        <FunctionAssociation><FunctionARN>${THEIRS}</FunctionARN><EventType>viewer-response</EventType></FunctionAssociation>
      </Items>
      <Quantity>1</Quantity>
    </FunctionAssociations>
  </DefaultCacheBehavior>
  <CacheBehaviors><Quantity>1</Quantity><Items><CacheBehavior><FunctionAssociations><Quantity>1</Quantity><Items><FunctionAssociation><FunctionARN>${THEIRS}</FunctionARN><EventType>viewer-request</EventType></FunctionAssociation></Items></FunctionAssociations></CacheBehavior></Items></CacheBehaviors>
</DistributionConfig>
`;

describe('withViewerRequestFunction', () => {
  test('adds one association and counts Quantity up; every other byte stays', () => {
    expect(viewerRequestFunctionArn(CONFIG)).toBeUndefined(); // another behaviour's does not count
    const patched = withViewerRequestFunction(CONFIG, OURS);
    expect(defaultBehaviourFunctions(patched)).toEqual([
      { arn: THEIRS, eventType: 'viewer-response' },
      { arn: OURS, eventType: 'viewer-request' },
    ]);
    const added = `<FunctionAssociation><FunctionARN>${OURS}</FunctionARN><EventType>viewer-request</EventType></FunctionAssociation>`;
    expect(patched.replace(added, '').replace('<Quantity>2</Quantity>', '<Quantity>1</Quantity>')).toBe(CONFIG);
    expect(withViewerRequestFunction(patched, OURS)).toBe(patched);
  });

  test('with no associations, with an empty list, and without the element', () => {
    const empty =
      '<DistributionConfig><DefaultCacheBehavior><A/><FunctionAssociations><Quantity>0</Quantity></FunctionAssociations><B/></DefaultCacheBehavior></DistributionConfig>';
    const entry = `<FunctionAssociation><FunctionARN>${OURS}</FunctionARN><EventType>viewer-request</EventType></FunctionAssociation>`;
    expect(withViewerRequestFunction(empty, OURS)).toBe(
      `<DistributionConfig><DefaultCacheBehavior><A/><FunctionAssociations><Quantity>1</Quantity><Items>${entry}</Items></FunctionAssociations><B/></DefaultCacheBehavior></DistributionConfig>`,
    );
    const emptyItems = empty.replace('</Quantity>', '</Quantity><Items/>');
    expect(withViewerRequestFunction(emptyItems, OURS)).toBe(withViewerRequestFunction(empty, OURS));
    const none = '<DistributionConfig><DefaultCacheBehavior><A/></DefaultCacheBehavior></DistributionConfig>';
    expect(withViewerRequestFunction(none, OURS)).toBe(
      `<DistributionConfig><DefaultCacheBehavior><A/><FunctionAssociations><Quantity>1</Quantity><Items>${entry}</Items></FunctionAssociations></DefaultCacheBehavior></DistributionConfig>`,
    );
  });

  test('refuses a behaviour that already runs another viewer-request function', () => {
    const taken = withViewerRequestFunction(CONFIG, THEIRS);
    expect(viewerRequestFunctionArn(taken)).toBe(THEIRS);
    expect(() => withViewerRequestFunction(taken, OURS)).toThrow(`already runs ${THEIRS} on viewer requests`);
  });
});

test('documentDiff shows the changed lines with context, one element per line', () => {
  const before = '<A><B>1</B><C><Quantity>0</Quantity></C><D/></A>';
  const after = '<A><B>1</B><C><Quantity>1</Quantity><Items/></C><D/></A>';
  expect(documentDiff(before, after, ['before', 'after'], 1)).toBe(
    [
      '--- before',
      '+++ after',
      '@@ -3 +3 @@',
      '  <C>',
      '- <Quantity>0</Quantity>',
      '+ <Quantity>1</Quantity>',
      '+ <Items/>',
      '  </C>',
      '',
    ].join('\n'),
  );
  expect(documentDiff(before, before, ['a', 'b'])).toBe('');
  const empty = documentDiff('<A><E></E><B>1</B></A>', '<A><E></E><B>2</B></A>', ['a', 'b']);
  expect(empty).toContain('\n  <E></E>\n- <B>1</B>\n+ <B>2</B>\n  </A>\n');
});
