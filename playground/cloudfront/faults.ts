/** Faults injected on demand: each is consumed once, by the first matching request, in queue order. */
import { ApiError } from './errors.js';
import { OPERATIONS, type OperationName } from './model.js';

export type FaultKind =
  /** 503 ServiceUnavailable, nothing done. */
  | '503'
  /** 500 InternalError, nothing done. */
  | '500'
  /** 400 Throttling "Rate exceeded", nothing done. */
  | 'throttle'
  /** 403 AccessDenied, nothing done. */
  | 'access-denied'
  /** The connection is reset (TCP RST) before anything is done. */
  | 'reset'
  /** The operation is carried out, then the socket is destroyed without an answer. */
  | 'lost-response';

export const FAULT_KINDS: readonly FaultKind[] = ['503', '500', 'throttle', 'access-denied', 'reset', 'lost-response'];

export interface Fault<Op extends string = OperationName> {
  /** The operation it hits; '*' = the next authenticated API request, whatever it is. */
  op: Op | '*';
  kind: FaultKind;
  /** Matching requests let through untouched before this fault hits (default 0: the next one). */
  skip?: number;
}

/** Removes and returns the first queued fault for this operation, once it has let its `skip` requests through. */
export function takeFault<Op extends string>(queue: Fault<Op>[], op: Op): Fault<Op> | undefined {
  const at = queue.findIndex((fault) => fault.op === op || fault.op === '*');
  const fault = queue[at];
  if (fault === undefined) return undefined;
  if ((fault.skip ?? 0) > 0) {
    queue[at] = { ...fault, skip: (fault.skip ?? 0) - 1 };
    return undefined;
  }
  return queue.splice(at, 1)[0];
}

/** The error a fault answers with, or undefined for the kinds that break the connection instead. */
export function faultError(kind: FaultKind): ApiError | undefined {
  switch (kind) {
    case '503':
      return new ApiError('ServiceUnavailable', 'CloudFront is temporarily unavailable. Please try again.');
    case '500':
      return new ApiError('InternalError', 'We encountered an internal error. Please try again.');
    case 'throttle':
      return new ApiError('Throttling', 'Rate exceeded');
    case 'access-denied':
      return new ApiError('AccessDenied', 'User is not authorized to perform this operation on this resource.');
    case 'reset':
    case 'lost-response':
      return undefined;
  }
}

/** Checks a fault that arrived as JSON (control endpoint); throws a readable Error otherwise. */
export function parseFault<Op extends string = OperationName>(
  value: unknown,
  operations: readonly Op[] = OPERATIONS as readonly string[] as readonly Op[],
): Fault<Op> {
  const candidate = value as Partial<Record<keyof Fault, unknown>> | null;
  const op = candidate?.op;
  const kind = candidate?.kind;
  if (op !== '*' && !operations.includes(op as Op)) {
    throw new Error(`fault.op must be '*' or one of ${operations.join(', ')}; got ${JSON.stringify(op)}`);
  }
  if (!FAULT_KINDS.includes(kind as FaultKind)) {
    throw new Error(`fault.kind must be one of ${FAULT_KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
  }
  const skip = candidate?.skip;
  if (skip !== undefined && !(Number.isInteger(skip) && (skip as number) >= 0)) {
    throw new Error(`fault.skip must be a whole number of requests to let through first; got ${JSON.stringify(skip)}`);
  }
  return { op: op as Fault<Op>['op'], kind: kind as FaultKind, ...(skip !== undefined && { skip: skip as number }) };
}

/**
 * The /__standin/faults control endpoint: POST queues one fault or a list, DELETE empties the
 * queue; both answer the queue. Undefined for any other request.
 */
export function faultControl<Op extends string>(
  method: string,
  what: string,
  body: Buffer,
  queue: Fault<Op>[],
  operations?: readonly Op[],
): { faults: Fault<Op>[] } | undefined {
  if (what !== 'faults') return undefined;
  if (method === 'POST') {
    const value: unknown = body.length ? JSON.parse(body.toString('utf8')) : {};
    queue.push(...(Array.isArray(value) ? value : [value]).map((fault: unknown) => parseFault(fault, operations)));
  } else if (method === 'DELETE') {
    queue.length = 0;
  } else {
    return undefined;
  }
  return { faults: queue };
}
