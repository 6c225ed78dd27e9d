/**
 * The one preview comment on a pull request: created once, then updated in place (found by its hidden
 * marker). @actions/github (octokit) is imported here, lazily, only when a comment is to be posted:
 * no other run pays for loading it. A comment that cannot be posted is a warning, never a failed deploy.
 */
import { readFile } from 'node:fs/promises';
import type { Log } from '../ports.js';
import { errorMessage } from '../util/errors.js';
import type { Env } from './inputs/read.js';

export interface PullRequest {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headSha?: string;
}

const PR_EVENTS = ['pull_request', 'pull_request_target'];

/** The pull request this run is for, from the runner's event file; undefined for any other event. */
export async function pullRequestOf(env: Env): Promise<PullRequest | undefined> {
  const event = env['GITHUB_EVENT_NAME'] ?? '';
  const path = env['GITHUB_EVENT_PATH'];
  const [owner, repo, ...rest] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!PR_EVENTS.includes(event) || path === undefined || owner === undefined || repo === undefined || rest.length > 0)
    return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = (payload as { pull_request?: { number?: unknown; head?: { sha?: unknown } } }).pull_request;
  if (typeof pr?.number !== 'number') return undefined;
  const headSha = pr.head?.sha;
  return { owner, repo, number: pr.number, ...(typeof headSha === 'string' && { headSha }) };
}

/** Creates or updates the comment starting with marker. Never throws: a failure is a warning. */
export async function upsertComment(
  token: string,
  pr: PullRequest,
  marker: string,
  body: string,
  log: Log,
): Promise<void> {
  const where = `pull request #${pr.number}`;
  try {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(token);
    const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
    const ours = comments.find((comment) => comment.body?.startsWith(marker) === true);
    if (ours === undefined) {
      const created = await octokit.rest.issues.createComment({ ...issue, body });
      log.info(`Commented the preview on ${where}: ${created.data.html_url}`);
    } else {
      const updated = await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: ours.id,
        body,
      });
      log.info(`Updated the preview comment on ${where}: ${updated.data.html_url}`);
    }
  } catch (error) {
    log.warning(commentFailure(where, error));
  }
}

function commentFailure(where: string, error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const answer = typeof status === 'number' ? `GitHub answered ${status}: ${errorMessage(error)}` : errorMessage(error);
  const hint =
    status === 403 || status === 404
      ? ' The github-token needs the "pull-requests: write" permission (in the workflow: permissions: pull-requests: write).'
      : '';
  return `Could not comment on ${where} (${answer}).${hint} The deploy itself succeeded.`;
}
