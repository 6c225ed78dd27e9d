"""Dumps a bucket's real state as JSON, read by boto3: an independent client, not our own code.

usage: bucket_state.py ENDPOINT BUCKET PREFIX [--acl] [--sse]
"""
import hashlib
import json
import sys

import boto3
from botocore.config import Config


def expires_of(got):
    """The Expires header as sent: newer botocore gives it as ExpiresString, older ones only parsed."""
    if got.get("ExpiresString"):
        return got["ExpiresString"]
    parsed = got.get("Expires")
    return None if parsed is None else parsed.strftime("%a, %d %b %Y %H:%M:%S GMT")


def main():
    endpoint, bucket, prefix = sys.argv[1:4]
    with_acl = "--acl" in sys.argv[4:]
    with_sse = "--sse" in sys.argv[4:]
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 3}),
    )
    state = {}
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for item in page.get("Contents", []):
            key = item["Key"]
            got = s3.get_object(Bucket=bucket, Key=key)
            body = got["Body"].read()
            entry = {
                "size": len(body),
                "md5": hashlib.md5(body).hexdigest(),
                "etag": item["ETag"].strip('"'),
                "contentType": got.get("ContentType"),
                "cacheControl": got.get("CacheControl"),
                "metadata": got.get("Metadata", {}),
                "storageClass": item.get("StorageClass"),
                "contentDisposition": got.get("ContentDisposition"),
                "contentLanguage": got.get("ContentLanguage"),
                "contentEncoding": got.get("ContentEncoding"),
                "expires": expires_of(got),
                "websiteRedirectLocation": got.get("WebsiteRedirectLocation"),
            }
            if with_acl:
                grants = s3.get_object_acl(Bucket=bucket, Key=key)["Grants"]
                entry["acl"] = sorted(
                    "%s:%s" % (g["Grantee"].get("URI", g["Grantee"].get("ID", "?")).rsplit("/", 1)[-1], g["Permission"])
                    for g in grants
                )
            if with_sse:
                entry["sse"] = [got.get("ServerSideEncryption"), got.get("SSEKMSKeyId"), got.get("BucketKeyEnabled")]
            state[key] = entry
    json.dump(state, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
