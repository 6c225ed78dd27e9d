/**
 * A stand-in for the part of GitHub's REST API the preview comment uses (list, create and update issue
 * comments), on 127.0.0.1: octokit is pointed at it with GITHUB_API_URL. It checks the token, keeps the
 * comments in memory, and with forbidWrites answers writes as GitHub does for a token without
 * pull-requests: write.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandinComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface GithubStandin {
  readonly url: string;
  /** issue number → its comments, in order. */
  readonly comments: Map<number, StandinComment[]>;
  /** "METHOD /path" of every request, in order. */
  readonly requests: string[];
  forbidWrites: boolean;
  stop(): Promise<void>;
}

export async function startGithubStandin(options: {
  owner: string;
  repo: string;
  token: string;
}): Promise<GithubStandin> {
  const base = `/repos/${options.owner}/${options.repo}/issues`;
  let nextId = 1000;
  const state = { forbidWrites: false };
  const comments = new Map<number, StandinComment[]>();
  const requests: string[] = [];
  const newComment = (issue: number, body: string, login = 'github-actions[bot]'): StandinComment => ({
    id: nextId++,
    body,
    user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `https://github.example/${options.owner}/${options.repo}/pull/${issue}#issuecomment-${nextId}`,
  });

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://standin');
      const method = request.method ?? 'GET';
      requests.push(`${method} ${url.pathname}`);
      const send = (status: number, body: unknown): void => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
      };
      const auth = request.headers.authorization ?? '';
      if (auth !== `token ${options.token}` && auth !== `Bearer ${options.token}`) {
        send(401, { message: 'Bad credentials', status: '401' });
        return;
      }
      if (method !== 'GET' && state.forbidWrites) {
        send(403, { message: 'Resource not accessible by integration', status: '403' });
        return;
      }
      const body = chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { body?: string });
      const list = /^(?:\/api\/v3)?(.*)$/.exec(url.pathname)?.[1] ?? '';
      const onIssue = new RegExp(`^${base}/(\\d+)/comments$`).exec(list);
      const oneComment = new RegExp(`^${base}/comments/(\\d+)$`).exec(list);
      if (onIssue !== null) {
        const issue = Number(onIssue[1]);
        const existing = comments.get(issue) ?? [];
        if (method === 'GET') return send(200, existing);
        if (method === 'POST') {
          const comment = newComment(issue, body.body ?? '');
          comments.set(issue, [...existing, comment]);
          return send(201, comment);
        }
      }
      if (oneComment !== null && method === 'PATCH') {
        const comment = [...comments.values()].flat().find((c) => c.id === Number(oneComment[1]));
        if (comment === undefined) return send(404, { message: 'Not Found', status: '404' });
        comment.body = body.body ?? '';
        return send(200, comment);
      }
      send(404, { message: 'Not Found', status: '404' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    get forbidWrites() {
      return state.forbidWrites;
    },
    set forbidWrites(value: boolean) {
      state.forbidWrites = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A comment someone else wrote, to prove ours is found by its marker and theirs left alone. */
export function addHumanComment(standin: GithubStandin, issue: number, body: string): void {
  const existing = standin.comments.get(issue) ?? [];
  standin.comments.set(issue, [
    ...existing,
    { id: 1, body, user: { login: 'octocat', type: 'User' }, html_url: 'https://github.example/x' },
  ]);
}
