/**
 * The deploy lock's protocol (its rules are core/lock.ts): created with If-None-Match '*' before a
 * run's first write, refreshed with If-Match on its own ETag while the run goes on, deleted at the
 * end. A run that finds it waits for its holder, takes over an expired one with If-Match on the ETag
 * it read (so of two waiters only one wins), and gives up after lock-timeout. A server that does not
 * honour conditional writes gets one warning and the run goes on unguarded.
 */

import { randomUUID } from 'node:crypto';
import {
  decodeLock,
  describeHolder,
  encodeLock,
  judgeLock,
  LOCK_POLL_MS,
  LOCK_REFRESH_MS,
  type LockHolder,
  lockRecord,
} from '../core/lock.js';
import { PlanError } from '../core/plan.js';
import { RECORD_HEADERS } from '../core/types.js';
import type { Clock, Log, ObjectStore, WriteCondition } from '../ports.js';
import { errorMessage } from '../util/errors.js';

export interface LockOptions {
  readonly key: string;
  readonly holder: LockHolder;
  /** How long to wait for another run's lock; 0: not at all. */
  readonly timeoutMs: number;
  /**
   * The server is known to honour If-None-Match (AWS S3 itself): no second create to prove it, which
   * saves a round trip before the first write. Default false: S3-compatible servers may ignore it.
   */
  readonly conditionalWritesKnown?: boolean;
}

export interface DeployLock {
  /**
   * Holds the lock, waiting while another run does; refuses (PlanError) after timeoutMs. Resolves
   * false when the server cannot guard the run (warned): the run goes on unguarded. Called again, it
   * answers what the first call did.
   */
  acquire(): Promise<boolean>;
  /**
   * Stops waiting or refreshing and deletes the lock, if this run wrote it. Never throws. An acquire still
   * waiting (taken early, beside the listing, by a plan that then stopped) ends with LockReleasedError.
   */
  release(): Promise<void>;
}

export class LockReleasedError extends Error {
  override name = 'LockReleasedError';
  constructor(key: string) {
    super(`the deploy lock ${key} was released while this run waited for it`);
  }
}

export function deployLock(store: ObjectStore, options: LockOptions, deps: { clock: Clock; log: Log }): DeployLock {
  const { key, holder, timeoutMs } = options;
  const { clock, log } = deps;
  const token = randomUUID();
  let etag: string | undefined;
  let takenAt = 0;
  let lost = false;
  const stop = new AbortController();
  let refreshing: Promise<void> | undefined;
  let acquiring: Promise<boolean> | undefined;

  const put = async (condition: WriteCondition): Promise<'taken' | 'held' | 'unsupported'> => {
    if (etag === undefined) takenAt = clock.now();
    try {
      etag = await store.putObject(
        key,
        encodeLock(lockRecord(holder, token, takenAt, clock.now())),
        RECORD_HEADERS,
        condition,
      );
      return 'taken';
    } catch (error) {
      if (store.isConditionFailed(error)) return 'held';
      if (store.isConditionUnsupported(error)) return 'unsupported';
      throw error;
    }
  };

  // The lock object such a server let two creates write stays until release(): deleted at once, beside the
  // run's first PUTs, it made s3rver remove the emptied folder under a PUT going into it, and crash.
  const unguarded = (): false => {
    log.warning(
      `The bucket's server does not honour conditional writes (If-None-Match), so the deploy lock ${key} cannot work: ` +
        'this deploy runs unguarded against another one at the same time. Use a workflow concurrency group.',
    );
    return false;
  };

  const hold = (): true => {
    refreshing = refresh();
    return true;
  };

  const refresh = async (): Promise<void> => {
    for (;;) {
      try {
        await clock.sleep(LOCK_REFRESH_MS, stop.signal);
      } catch {
        return;
      }
      try {
        if ((await put({ ifMatch: etag ?? '' })) !== 'held') continue;
        // A retried refresh may meet its own first attempt: only another run's token means it was taken over.
        const found = await store.readObject(key);
        if (found !== undefined && decodeLock(found.body)?.token === token) {
          etag = found.etag;
          continue;
        }
        lost = true;
        log.warning(`The deploy lock ${key} was taken over by another run that found it expired.`);
        return;
      } catch (error) {
        log.warning(`Could not refresh the deploy lock ${key} (trying again): ${errorMessage(error)}`);
      }
    }
  };

  const acquire = async (): Promise<boolean> => {
    const started = clock.now();
    let announced = false;
    let vanished = 0;
    for (;;) {
      if (stop.signal.aborted) throw new LockReleasedError(key);
      const answer = await put({ ifNoneMatch: '*' });
      if (answer === 'unsupported') return unguarded();
      if (answer === 'taken') {
        if (options.conditionalWritesKnown === true) return hold();
        // A server that ignores If-None-Match (s3rver) accepts a second create of the same key.
        const probe = await put({ ifNoneMatch: '*' });
        return probe === 'held' ? hold() : unguarded();
      }
      const found = await store.readObject(key);
      if (found === undefined) {
        // Released in between, or a server that answers 412 to every conditional write.
        vanished += 1;
        if (vanished >= 3) return unguarded();
        continue;
      }
      const record = decodeLock(found.body);
      const verdict = judgeLock(record, { holder, token }, clock.now());
      if (verdict === 'mine') {
        etag = found.etag;
        return hold();
      }
      const who = record === undefined ? 'an unreadable lock' : describeHolder(record.holder);
      if (verdict === 'take') {
        log.info(
          `Taking over the deploy lock ${key} from ${who}: it expired, or belongs to an earlier attempt of this run.`,
        );
        const over = await put({ ifMatch: found.etag });
        if (over === 'taken') return hold();
        if (over === 'unsupported') return unguarded();
        continue;
      }
      const waited = clock.now() - started;
      if (!announced) {
        announced = true;
        log.info(
          `Another deploy holds the deploy lock ${key}: ${who}. Waiting for it (up to ${Math.round(timeoutMs / 1000)} s, lock-timeout).`,
        );
      }
      if (waited >= timeoutMs) {
        throw new PlanError(
          `another deploy to this prefix is running: ${who} holds the deploy lock ${key} ` +
            `(refreshed until ${record?.expiresAt}). Nothing was written after waiting ${Math.round(waited / 1000)} s ` +
            '(lock-timeout). Run again once it finished, or raise lock-timeout; a lock left by a killed run expires by itself.',
        );
      }
      // Woken early by release(): the loop's first line ends the wait.
      await clock.sleep(Math.min(LOCK_POLL_MS, timeoutMs - waited), stop.signal).catch(() => undefined);
    }
  };

  return {
    acquire() {
      acquiring ??= acquire();
      return acquiring;
    },
    async release() {
      stop.abort();
      await acquiring?.catch(() => undefined);
      await refreshing;
      if (etag === undefined || lost) return;
      try {
        await store.deleteObjects([key]);
      } catch (error) {
        log.warning(`Could not delete the deploy lock ${key}; it expires by itself: ${errorMessage(error)}`);
      }
    },
  };
}
