/** The shape of one AWS call, as the services build it and the HTTP client sends it. */

import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Endpoint } from './endpoints.js';
import type { FailureKind, RetryEvent } from './retry.js';

export interface AwsRequest {
  readonly service: string;
  /** The region signed for; with SigV4A the region set ('*' = every region). */
  readonly region: string;
  /** Default 'sigv4'; 'sigv4a' where the service requires it (the CloudFront KeyValueStore). */
  readonly signing?: 'sigv4' | 'sigv4a' | undefined;
  readonly endpoint: Endpoint;
  readonly method: string;
  /** Starts with '/', every segment already percent-encoded (see encodeKeyPath). */
  readonly path: string;
  /** Raw names and values; encoded here. */
  readonly query?: Readonly<Record<string, string>> | undefined;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /**
   * A Buffer is signed with its sha256. A factory is called once per attempt, its stream is sent
   * with x-amz-content-sha256: UNSIGNED-PAYLOAD, and headers must then carry content-length.
   */
  readonly body?: Buffer | (() => Readable) | undefined;
  /** Some S3 calls (CompleteMultipartUpload) can answer 200 with an <Error> document. */
  readonly errorIn200?: boolean | undefined;
  /** Names the call in retry lines, e.g. 'S3 PutObject www/app.js'. */
  readonly label?: string | undefined;
  /** Safe to repeat whatever happened to an earlier attempt: gets the persistent retry budget. */
  readonly idempotent?: boolean | undefined;
  /** Which failures are worth another attempt, when the service knows better than classifyFailure. */
  readonly classify?: ((error: unknown) => FailureKind) | undefined;
  /** Told before each retry's sleep, after the retry was logged. */
  readonly onRetry?: ((event: RetryEvent) => void | Promise<void>) | undefined;
  readonly signal?: AbortSignal | undefined;
  /**
   * How long the answer may stay silent before the attempt is given up (default: the client's). S3 sends
   * whitespace while a long CompleteMultipartUpload runs; an S3-compatible server may send nothing for minutes.
   */
  readonly idleTimeoutMs?: number | undefined;
}

/** A request made before there are credentials (STS AssumeRoleWithWebIdentity). */
export type UnsignedRequest = Omit<AwsRequest, 'service' | 'region' | 'signing' | 'body'> & {
  readonly body?: Buffer | undefined;
};

export interface AwsResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A request as it goes on the wire. */
export interface WireRequest {
  /** Path and query exactly as they go on the wire. */
  readonly path: string;
  readonly headers: Record<string, string>;
}
