import { parseRedirects } from '../../src/core/redirects.js';

describe('parseRedirects reads Netlify _redirects lines', () => {
  test('rules, comments, blank lines, the default status, force and splats', () => {
    const text =
      '\uFEFF# moved pages\n\n/old/   /new/\n/a.html https://example.com/b 302\r\n' +
      '  /blog/*  /news/:splat  301!\n/caf%C3%A9 /coffee 308\n/legacy /app/#top 307!\n';
    expect(parseRedirects(text)).toEqual([
      { line: 3, from: '/old/', path: '/old/', splat: false, to: '/new/', status: 301, force: false },
      {
        line: 4,
        from: '/a.html',
        path: '/a.html',
        splat: false,
        to: 'https://example.com/b',
        status: 302,
        force: false,
      },
      { line: 5, from: '/blog/*', path: '/blog/', splat: true, to: '/news/:splat', status: 301, force: true },
      { line: 6, from: '/caf%C3%A9', path: '/café', splat: false, to: '/coffee', status: 308, force: false },
      { line: 7, from: '/legacy', path: '/legacy', splat: false, to: '/app/#top', status: 307, force: true },
    ]);
  });

  test('an empty file, or one of comments only, has no rules', () => {
    expect(parseRedirects('')).toEqual([]);
    expect(parseRedirects('# nothing yet\n#\n\n')).toEqual([]);
  });

  test.each([
    ['/only-one-field', 'line 1: ("/only-one-field"): expected "FROM TO [STATUS]", for example "/old/ /new/ 301"'],
    ['/a /b 301 Country=us', 'line 1: "Country=us": only FROM TO [STATUS] is supported'],
    ['old /new', 'line 1: source "old" must be a path starting with /'],
    ['/a/*/b /c', 'line 1: source "/a/*/b": * may only stand last'],
    ['/a?x=1 /b', 'line 1: source "/a?x=1": query strings and fragments are not matched'],
    ['/news/:year /archive/:year', 'line 1: source "/news/:year": placeholders like :name are not supported'],
    ['/a%E0 /b', 'line 1: source "/a%E0" holds a malformed %-escape'],
    ['/a//b /c', 'line 1: source "/a//b" has an empty, "." or ".." segment'],
    ['/a/../b /c', 'line 1: source "/a/../b" has an empty, "." or ".." segment'],
    ['/a new.html', 'line 1: target "new.html" must start with /, http:// or https://'],
    ['/a /neu-ö', 'line 1: target "/neu-ö": "ö" (U+00F6) cannot be sent in an HTTP header'],
    ['/a /b/:splat', 'line 1: target "/b/:splat" uses :splat but "/a" has no trailing *'],
    ['/a /a', 'line 1: "/a" redirects to itself'],
    ['/a /b 200', 'line 1: status 200 is a rewrite, not a redirect: not supported'],
    ['/a /b 404', 'line 1: status 404 is not a redirect: expected 301, 302, 307 or 308'],
    ['/a /b 301!!', 'line 1: "301!!" is not a status'],
    ['/a /b perm', 'line 1: "perm" is not a status'],
  ])('%s is refused naming the line and what is wrong', (line, message) => {
    expect(() => parseRedirects(line)).toThrow(message);
  });

  test('a source given twice names both lines', () => {
    expect(() => parseRedirects('/a /b\n# x\n/a /c')).toThrow('line 3: "/a" is already redirected on line 1');
  });

  test('one error for the whole file: the first bad line, and which others are bad too', () => {
    const lines = ['/ok /fine', 'bad /x', '/ok2 /fine', '/c d', ...Array.from({ length: 12 }, (_, i) => `/e${i}`)];
    expect(() => parseRedirects(lines.join('\n'))).toThrow(
      'line 2: source "bad" must be a path starting with / (lines 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, … have problems too)',
    );
  });
});
