/** Who deploys and which build (shell/run-origin.ts): from the runner's variables, the event payload, or git. */
import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunOrigin } from '../../src/shell/run-origin.js';

const SHA = 'a'.repeat(40);

test("on a runner: the run, its link and the push event's commit time", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scd-origin-'));
  const event = join(dir, 'event.json');
  await writeFile(event, JSON.stringify({ head_commit: { id: SHA, timestamp: '2026-03-01T12:00:00+02:00' } }));
  const env = {
    GITHUB_REPOSITORY: 'acme/site',
    GITHUB_WORKFLOW: 'Deploy',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '2',
    GITHUB_SHA: SHA,
    GITHUB_SERVER_URL: 'https://example.invalid',
    GITHUB_EVENT_PATH: event,
  };
  const { holder, origin } = await readRunOrigin(env, undefined);
  expect(holder).toEqual({
    repository: 'acme/site',
    workflow: 'Deploy',
    runId: '77',
    runAttempt: '2',
    commit: SHA,
    runUrl: 'https://example.invalid/acme/site/actions/runs/77',
  });
  expect(origin).toEqual({
    commit: SHA,
    committedAt: '2026-03-01T10:00:00.000Z',
    runId: '77',
    runUrl: 'https://example.invalid/acme/site/actions/runs/77',
  });
  // A payload of another commit (a pull request's merge commit is not its head) gives no time.
  expect((await readRunOrigin({ ...env, GITHUB_SHA: 'b'.repeat(40) }, undefined)).origin.committedAt).toBeUndefined();
});

test('on a workstation: user@host, and the commit and its time from git in the workspace', async () => {
  const repo = await mkdtemp(join(tmpdir(), 'scd-git-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, ...args], {
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-04-01T08:00:00Z', GIT_AUTHOR_DATE: '2026-04-01T08:00:00Z' },
    });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '--allow-empty', '-m', 'one');
  const head = git('rev-parse', 'HEAD').toString().trim();
  const { holder, origin } = await readRunOrigin({}, repo);
  expect(holder.by).toMatch(/.+@.+/);
  expect(holder.runId).toBeUndefined();
  expect(origin).toEqual({ commit: head, committedAt: '2026-04-01T08:00:00.000Z' });
  // No git history there: nothing known, nothing failed.
  expect((await readRunOrigin({}, tmpdir())).origin.committedAt).toBeUndefined();
});
