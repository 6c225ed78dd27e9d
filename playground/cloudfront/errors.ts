/** CloudFront's error codes as the 2020-05-31 API returns them, with their HTTP statuses. */
export const ERROR_STATUS = {
  AccessDenied: 403,
  BatchTooLarge: 413,
  EntityAlreadyExists: 409,
  EntityNotFound: 404,
  FunctionAlreadyExists: 409,
  FunctionSizeLimitExceeded: 413,
  IllegalUpdate: 400,
  InconsistentQuantities: 400,
  IncompleteSignature: 400,
  InternalError: 500,
  InvalidArgument: 400,
  InvalidClientTokenId: 403,
  InvalidFunctionAssociation: 400,
  InvalidIfMatchVersion: 400,
  InvalidationBatchAlreadyExists: 409,
  MissingAuthenticationToken: 403,
  MissingBody: 400,
  NoSuchDistribution: 404,
  NoSuchFunctionExists: 404,
  NoSuchInvalidation: 404,
  NotFound: 404,
  PreconditionFailed: 412,
  ServiceUnavailable: 503,
  SignatureDoesNotMatch: 403,
  Throttling: 400,
  TooManyInvalidationsInProgress: 400,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An API error: the server turns it into <ErrorResponse> with the code's status. */
export class ApiError extends Error {
  readonly status: number;
  /** 'Receiver' for the service's own faults (5xx), 'Sender' for everything the client did. */
  readonly type: 'Sender' | 'Receiver';

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
    this.type = this.status >= 500 ? 'Receiver' : 'Sender';
  }
}
