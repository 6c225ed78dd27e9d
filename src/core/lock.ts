/**
 * The deploy lock's rules, without I/O (the protocol is flows/deploy-lock.ts): one small JSON object
 * under the state prefix naming the run that holds it and until when. Only a run whose plan writes
 * takes it; it is created with If-None-Match '*' and refreshed and taken over with If-Match on the
 * ETag read, so two runs can never both believe they hold it.
 */
import { keyFor } from './keys.js';

export const LOCK_NAME = '.s3-cloudfront-deploy.lock';
/** A lock not refreshed for this long belongs to a run that was killed. */
export const LOCK_TTL_MS = 2 * 60_000;
export const LOCK_REFRESH_MS = 30_000;
export const LOCK_POLL_MS = 5_000;
const VERSION = 1;

export function lockKey(statePrefix: string): string {
  return keyFor(statePrefix, LOCK_NAME);
}

/** Who deploys: from the runner's variables, or user@host on a workstation. */
export interface LockHolder {
  readonly repository?: string;
  readonly workflow?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly commit?: string;
  readonly runUrl?: string;
  /** user@host where no runner variables are set. */
  readonly by?: string;
}

export interface LockRecord {
  readonly holder: LockHolder;
  /** Tells this very take from any other, also from an earlier attempt of the same run. */
  readonly token: string;
  readonly takenAt: string;
  readonly expiresAt: string;
}

export function lockRecord(holder: LockHolder, token: string, takenAt: number, now: number): LockRecord {
  return {
    holder,
    token,
    takenAt: new Date(takenAt).toISOString(),
    expiresAt: new Date(now + LOCK_TTL_MS).toISOString(),
  };
}

export function encodeLock(record: LockRecord): Buffer {
  return Buffer.from(JSON.stringify({ version: VERSION, generator: 's3-cloudfront-deploy', ...record }));
}

/** Undefined for a body this version cannot read: such a lock is treated as expired. */
export function decodeLock(body: Buffer): LockRecord | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { version, holder, token, takenAt, expiresAt } = parsed as Record<string, unknown>;
  if (version !== VERSION || typeof holder !== 'object' || holder === null || typeof token !== 'string') {
    return undefined;
  }
  if (typeof takenAt !== 'string' || typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt))) {
    return undefined;
  }
  return { holder: holder as LockHolder, token, takenAt, expiresAt };
}

/**
 * What a run that found the lock does: 'mine' (its own write, met again after a retry), 'take' (expired,
 * unreadable, or left by an earlier attempt of this very workflow run: attempts never run side by side),
 * or 'wait'.
 */
export function judgeLock(
  found: LockRecord | undefined,
  me: { readonly holder: LockHolder; readonly token: string },
  now: number,
): 'mine' | 'take' | 'wait' {
  if (found === undefined) return 'take';
  if (found.token === me.token) return 'mine';
  if (Date.parse(found.expiresAt) <= now) return 'take';
  const { runId, repository, runAttempt } = me.holder;
  const sameRun = runId !== undefined && found.holder.runId === runId && found.holder.repository === repository;
  // Another job of this very attempt (a matrix) is alive: only an earlier attempt is over.
  if (sameRun && Number(found.holder.runAttempt ?? 1) < Number(runAttempt ?? 1)) return 'take';
  return 'wait';
}

/** One line naming the holder and where to see its run. */
export function describeHolder(holder: LockHolder): string {
  const run =
    holder.runId === undefined
      ? (holder.by ?? 'an unnamed deploy')
      : `run ${holder.runId}${holder.runAttempt !== undefined && holder.runAttempt !== '1' ? ` (attempt ${holder.runAttempt})` : ''}`;
  const where = [holder.repository, holder.workflow && `workflow "${holder.workflow}"`].filter(Boolean).join(' ');
  const commit = holder.commit === undefined ? '' : ` at commit ${holder.commit.slice(0, 12)}`;
  const link = holder.runUrl === undefined ? '' : `: ${holder.runUrl}`;
  return `${run}${where === '' ? '' : ` of ${where}`}${commit}${link}`;
}
