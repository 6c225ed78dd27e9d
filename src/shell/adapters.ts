/** The real adapters a run is given: S3 for the bucket, CloudFront, the release store, the local source, and the run's clock. */

import { type Config, TEST_CLOCK_OFFSET_VARIABLE } from '../action/inputs/config.js';
import { createCloudFrontClient } from '../aws/cloudfront.js';
import type { HttpClient } from '../aws/http.js';
import { createKeyValueStoreClient } from '../aws/keyvaluestore.js';
import { createS3Store } from '../aws/s3.js';
import { createLocalSource } from '../local/scan.js';
import { type Clock, type Log, systemClock } from '../ports.js';

export function adapters(config: Config, http: HttpClient, log: Log) {
  const bucket = (config.deploy ?? config.remove ?? config.release)?.bucket;
  return {
    store:
      bucket === undefined
        ? undefined
        : createS3Store({
            http,
            bucket,
            region: config.region,
            endpoint: config.s3Endpoint,
            log,
            ...config.bucketAccess,
          }),
    kvs:
      config.release === undefined
        ? undefined
        : createKeyValueStoreClient({ http, storeArn: config.release.storeArn, endpoint: config.kvsEndpoint }),
    cdn: config.cdn === undefined ? undefined : createCloudFrontClient({ http, endpoint: config.cdn.endpoint }),
    source: createLocalSource(),
  };
}

/** The clock the run reads, shifted only in tests of the built action (delete-grace cannot be waited out). */
export function runClock(config: Config, log: Log): Clock {
  const offset = config.testClockOffsetMs;
  if (offset === undefined) return systemClock;
  log.warning(
    `${TEST_CLOCK_OFFSET_VARIABLE} is set: this run's clock is shifted by ${offset / 60_000} minute(s). It is for tests only.`,
  );
  return { now: () => systemClock.now() + offset, sleep: systemClock.sleep };
}
