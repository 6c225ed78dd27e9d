/**
 * Who deploys and which build, from the runner's variables (and the workflow event's payload), or
 * from git in the workspace and user@host on a workstation. The deploy lock names the holder to
 * another run; the manifest records the origin, whose commit time the never-older rule compares.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import type { Env } from '../action/inputs/read.js';
import type { LockHolder } from '../core/lock.js';
import type { DeployOrigin } from '../core/manifest.js';

export interface RunOrigin {
  readonly holder: LockHolder;
  readonly origin: DeployOrigin;
}

/** workspace: where git may tell the commit and its time (GITHUB_WORKSPACE, or the CLI's directory). */
export async function readRunOrigin(env: Env, workspace: string | undefined): Promise<RunOrigin> {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const repository = value('GITHUB_REPOSITORY');
  const runId = value('GITHUB_RUN_ID');
  const runAttempt = runId && (value('GITHUB_RUN_ATTEMPT') ?? '1');
  const server = value('GITHUB_SERVER_URL') ?? 'https://github.com';
  const runUrl = repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
  const [pushed, git] = await Promise.all([pushedCommit(value('GITHUB_EVENT_PATH')), gitHead(workspace)]);
  const commit = value('GITHUB_SHA') ?? git?.commit ?? pushed?.commit;
  // Each source's time belongs to its own commit only.
  const committedAt = [pushed, git].find((source) => source?.commit === commit)?.committedAt;
  const holder: LockHolder = {
    ...defined({ repository, workflow: value('GITHUB_WORKFLOW'), runId, runAttempt, commit, runUrl }),
    ...(runId === undefined && { by: `${safeUser()}@${hostname()}` }),
  };
  return { holder, origin: defined({ commit, committedAt, runId, runUrl }) };
}

interface CommitTime {
  readonly commit: string;
  readonly committedAt: string;
}

/** A push event's head commit (with its timestamp); undefined for other events or no payload. */
async function pushedCommit(path: string | undefined): Promise<CommitTime | undefined> {
  if (path === undefined) return undefined;
  try {
    const head = JSON.parse(await readFile(path, 'utf8'))?.head_commit;
    if (typeof head?.id !== 'string' || Number.isNaN(Date.parse(head?.timestamp))) return undefined;
    return { commit: head.id, committedAt: new Date(head.timestamp).toISOString() };
  } catch {
    return undefined;
  }
}

/** HEAD and its committer time, where the workspace is a git checkout with its history (not a shallow void). */
function gitHead(workspace: string | undefined): Promise<CommitTime | undefined> {
  if (workspace === undefined) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', ['-C', workspace, 'log', '-1', '--format=%H %cI'], { timeout: 10_000 }, (error, stdout) => {
      const [commit, time] = stdout.trim().split(' ');
      if (error || commit === undefined || time === undefined || Number.isNaN(Date.parse(time))) resolve(undefined);
      else resolve({ commit, committedAt: new Date(time).toISOString() });
    });
  });
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'someone';
  }
}

function defined<T extends Record<string, string | undefined>>(values: T): { [K in keyof T]?: string } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: string };
}
