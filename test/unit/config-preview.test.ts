import { readConfig } from '../../src/action/inputs/config.js';
import type { Env } from '../../src/action/inputs/read.js';

const env: Env = { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'eu-west-1' };
const minimal = { bucket: 'my-site', 'source-dir': 'public' };
const config = (inputs: Record<string, string>) => readConfig((name) => ({ ...minimal, ...inputs })[name] ?? '', env);

describe('site-url and github-token', () => {
  test('site-url is the base of the page links, always ending in /; index-document is shared', () => {
    expect(config({ 'site-url': 'https://preview.example.com/pr-42' }).preview).toEqual({
      siteUrl: 'https://preview.example.com/pr-42/',
      indexDocument: 'index.html',
    });
    expect(
      config({ 'site-url': 'http://127.0.0.1:8080/', 'github-token': 'ghs_x', 'index-document': 'index.htm' }).preview,
    ).toEqual({
      siteUrl: 'http://127.0.0.1:8080/',
      indexDocument: 'index.htm',
      githubToken: 'ghs_x',
    });
    expect(config({}).preview).toBeUndefined();
  });

  test.each([
    [{ 'site-url': 'preview.example.com/pr-42/' }, /Input "site-url": "preview.example.com\/pr-42\/" is not a URL/],
    [{ 'site-url': 'ftp://example.com/' }, /Input "site-url": .* must be an http:\/\/ or https:\/\/ URL/],
    [{ 'site-url': 'https://example.com/?pr=1' }, /Input "site-url": .* must not have a query or fragment/],
    [{ 'github-token': 'ghs_x' }, /Input "site-url": required with github-token/],
  ])('refuses %j', (inputs, message) => {
    expect(() => config(inputs)).toThrow(message);
  });

  test('site-url needs a deploy: a cache purge has no pages', () => {
    const read = (name: string) =>
      ({ 'distribution-id': 'E2EXAMPLE1', 'invalidation-paths': '/*', 'site-url': 'https://x.example/' })[name] ?? '';
    expect(() => readConfig(read, env)).toThrow(/Input "site-url": needs a bucket/);
  });
});
