import { AwsError, errorFromResponse } from '../../src/aws/errors.js';
import { explainS3Error } from '../../src/aws/s3-errors.js';

const xml = (code: string, message: string, extra = '') =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message>${extra}<RequestId>R1</RequestId></Error>`,
  );

describe('errorFromResponse', () => {
  test('reads S3 error documents', () => {
    const error = errorFromResponse(
      404,
      { date: 'Wed, 01 Jan 2031 00:00:00 GMT' },
      xml('NoSuchBucket', 'The specified bucket does not exist', '<BucketName>007</BucketName>'),
    );
    expect(error).toMatchObject({
      code: 'NoSuchBucket',
      status: 404,
      requestId: 'R1',
      bucket: '007',
      serverTime: Date.UTC(2031, 0, 1),
    });
  });

  test('reads the CloudFront/STS <ErrorResponse> wrapper', () => {
    const body = Buffer.from(
      '<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>R2</RequestId></ErrorResponse>',
    );
    expect(errorFromResponse(400, {}, body)).toMatchObject({
      code: 'Throttling',
      serverMessage: 'Rate exceeded',
      requestId: 'R2',
    });
  });

  test('a body-less answer (HEAD) gets a code from its status and the region from x-amz-bucket-region', () => {
    expect(errorFromResponse(301, { 'x-amz-bucket-region': 'ap-south-1' }, Buffer.alloc(0))).toMatchObject({
      code: 'PermanentRedirect',
      region: 'ap-south-1',
    });
    expect(errorFromResponse(404, {}, Buffer.alloc(0)).code).toBe('NotFound');
  });

  test('a non-XML body (a proxy page) falls back to the status', () => {
    expect(errorFromResponse(502, {}, Buffer.from('<html><body>Bad gateway</body></html>')).code).toBe('Http502');
  });
});

describe('explainS3Error says what to check', () => {
  const base = { bucket: 'my-site', region: 'us-east-1' } as const;
  const fromServer = (status: number, code: string, message = 'm', extra = '') =>
    errorFromResponse(status, {}, xml(code, message, extra));

  test('an unreachable endpoint is named, with the variables that set it', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const error = explainS3Error(refused, { ...base, action: 'ListObjectsV2', endpoint: 'http://127.0.0.1:1' });
    expect(error.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:1 .*AWS_ENDPOINT_URL_S3/);
  });

  test('NoSuchBucket names the bucket', () => {
    const error = explainS3Error(fromServer(404, 'NoSuchBucket'), { ...base, action: 'ListObjectsV2' });
    expect(error).toBeInstanceOf(AwsError);
    expect(error.message).toMatch(/bucket "my-site" does not exist/);
    expect(error).toMatchObject({ code: 'NoSuchBucket', status: 404, bucket: 'my-site', requestId: 'R1' });
  });

  test.each([
    ['PutObject', 'docs/a.html', 's3:PutObject', 'arn:aws:s3:::my-site/*'],
    ['UploadPart', 'big.bin', 's3:PutObject', 'arn:aws:s3:::my-site/*'],
    ['ListObjectsV2', undefined, 's3:ListBucket', 'arn:aws:s3:::my-site.'],
    ['ListMultipartUploads', undefined, 's3:ListBucketMultipartUploads', 'arn:aws:s3:::my-site.'],
    ['AbortMultipartUpload', 'big.bin', 's3:AbortMultipartUpload', 'arn:aws:s3:::my-site/*'],
    ['DeleteObjects', undefined, 's3:DeleteObject', 'arn:aws:s3:::my-site/*'],
  ] as const)('AccessDenied on %s names the target and %s', (action, key, permission, arn) => {
    const error = explainS3Error(fromServer(403, 'AccessDenied', 'Access Denied'), { ...base, action, key });
    expect(error.message).toContain(
      `S3 ${action} on ${key === undefined ? 's3://my-site' : `s3://my-site/${key}`} failed`,
    );
    expect(error.message).toContain(`${permission} on ${arn.replace(/\.$/, ' ')}`);
  });

  test.each(['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'ExpiredToken'])(
    '%s says to check the credentials, without echoing them',
    (code) => {
      const body = xml(
        code,
        'The request signature we calculated does not match',
        '<AWSAccessKeyId>AKIASECRETLOOKING</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256 x</StringToSign>',
      );
      const error = explainS3Error(errorFromResponse(403, {}, body), { ...base, action: 'PutObject', key: 'a' });
      expect(error.message).toMatch(/credentials were rejected/);
      expect(error.message).not.toContain('AKIASECRETLOOKING');
      expect(error.message).not.toContain('StringToSign');
    },
  );

  test('AccessControlListNotSupported explains Object Ownership and the two ways out', () => {
    const error = explainS3Error(fromServer(400, 'AccessControlListNotSupported', 'The bucket does not allow ACLs'), {
      ...base,
      action: 'PutObject',
      key: 'index.html',
    });
    expect(error.message).toMatch(/Bucket owner enforced/);
    expect(error.message).toMatch(/April 2023/);
    expect(error.message).toMatch(/remove the `acl` input or enable ACLs/);
  });

  test('a wrong region names the region to set', () => {
    const error = explainS3Error(
      fromServer(
        400,
        'AuthorizationHeaderMalformed',
        "the region 'us-east-1' is wrong; expecting 'eu-west-3'",
        '<Region>eu-west-3</Region>',
      ),
      { ...base, action: 'ListObjectsV2' },
    );
    expect(error.message).toMatch(/is in region eu-west-3, not us-east-1\. Set the region to eu-west-3/);
  });

  test('a socket error keeps its code', () => {
    const error = explainS3Error(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), {
      ...base,
      action: 'GetObject',
      key: 'k',
    });
    expect(error.code).toBe('ECONNRESET');
    expect(error.message).toMatch(/GetObject on s3:\/\/my-site\/k failed with ECONNRESET/);
  });

  test('AccessDenied with expected-bucket-owner names the input and the account first', () => {
    const denied = fromServer(403, 'AccessDenied', 'Access Denied');
    const error = explainS3Error(denied, { ...base, action: 'ListObjectsV2', expectedBucketOwner: '111122223333' });
    expect(error.message).toMatch(
      /access denied to s3:\/\/my-site: either the bucket "my-site" is not owned by account 111122223333 \(the expected-bucket-owner input\), or the identity needs s3:ListBucket/,
    );
    expect(explainS3Error(denied, { ...base, action: 'ListObjectsV2' }).message).not.toMatch(/expected-bucket-owner/);
  });

  test('AccessDenied with SSE-KMS names the key permissions; with AES256 it does not', () => {
    const denied = fromServer(403, 'AccessDenied', 'Access Denied');
    const kms = { mode: 'aws:kms', kmsKeyId: 'alias/site' } as const;
    expect(explainS3Error(denied, { ...base, action: 'PutObject', key: 'a', encryption: kms }).message).toContain(
      's3:PutObject on arn:aws:s3:::my-site/*, and kms:GenerateDataKey on the KMS key alias/site',
    );
    expect(explainS3Error(denied, { ...base, action: 'GetObject', key: 'a', encryption: kms }).message).toContain(
      's3:GetObject on arn:aws:s3:::my-site/*, and kms:Decrypt on the KMS key alias/site',
    );
    expect(explainS3Error(denied, { ...base, action: 'UploadPart', key: 'a', encryption: kms }).message).toContain(
      'kms:GenerateDataKey and kms:Decrypt on the KMS key alias/site',
    );
    const aes = { mode: 'AES256' } as const;
    expect(explainS3Error(denied, { ...base, action: 'PutObject', key: 'a', encryption: aes }).message).not.toMatch(
      /kms:/,
    );
  });

  test('a KMS error from S3 points at sse-kms-key-id', () => {
    const error = explainS3Error(fromServer(400, 'KMS.NotFoundException', 'Invalid keyId alias/nope'), {
      ...base,
      action: 'PutObject',
      key: 'a',
      encryption: { mode: 'aws:kms', kmsKeyId: 'alias/nope' },
    });
    expect(error.message).toMatch(/could not use the KMS key alias\/nope \(Invalid keyId alias\/nope\)/);
    expect(error.message).toMatch(/Check the sse-kms-key-id input/);
  });
});
