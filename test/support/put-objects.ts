/** Objects put into a bucket by another tool (boto3), as people and other tools do beside a deploy. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const SCRIPT = `
import json, sys
import boto3
from botocore.config import Config
endpoint, bucket = sys.argv[1:3]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", config=Config(s3={"addressing_style": "path"}))
for key, body in json.load(sys.stdin).items():
    s3.put_object(Bucket=bucket, Key=key, Body=body.encode())
`;

export async function putObjects(endpoint: string, bucket: string, objects: Record<string, string>): Promise<void> {
  const run = promisify(execFile)('python3', ['-c', SCRIPT, endpoint, bucket], {
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    },
  });
  run.child.stdin?.end(JSON.stringify(objects));
  await run;
}
