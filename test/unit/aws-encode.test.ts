import { decodeUrlEncodedKey, encodeKeyPath, encodeQuery, encodeRfc3986 } from '../../src/aws/encode.js';

describe('encodeKeyPath', () => {
  test.each([
    ['index.html', 'index.html'],
    ['a b.html', 'a%20b.html'],
    ['c++.html', 'c%2B%2B.html'],
    ['100%.txt', '100%25.txt'],
    ['hash#.txt', 'hash%23.txt'],
    ['q?.txt', 'q%3F.txt'],
    ["!'()*.txt", '%21%27%28%29%2A.txt'],
    ['&=;,@$.txt', '%26%3D%3B%2C%40%24.txt'],
    ['日本語/ページ.html', '%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8.html'],
    ['café-menü.html', 'caf%C3%A9-men%C3%BC.html'],
    [' leading space.txt', '%20leading%20space.txt'],
    ['~_-.keep', '~_-.keep'],
    ['a/./b/../c', 'a/./b/../c'],
    ['dir//double/', 'dir//double/'],
    ['tab\there', 'tab%09here'],
  ])('%j → %s', (key, encoded) => {
    expect(encodeKeyPath(key)).toBe(encoded);
  });

  test('every segment decodes back to the key', () => {
    const key = 'x/ !\'()*+,;=:@&$%#?[]{}|\\^`"<>/日本/ü/007';
    const encoded = encodeKeyPath(key);
    expect(encoded).toMatch(/^[A-Za-z0-9\-._~%/]*$/);
    expect(encoded.split('/').map(decodeURIComponent).join('/')).toBe(key);
  });
});

describe('encodeQuery', () => {
  test('encodes names and values with RFC 3986, keeps empty values as name=', () => {
    expect(encodeQuery({ 'list-type': '2', prefix: 'a b+c/!', 'continuation-token': '1+/=x', delete: '' })).toBe(
      'list-type=2&prefix=a%20b%2Bc%2F%21&continuation-token=1%2B%2F%3Dx&delete=',
    );
  });

  test('encodeRfc3986 escapes the characters encodeURIComponent leaves alone', () => {
    expect(encodeRfc3986("!'()*~")).toBe('%21%27%28%29%2A~');
  });
});

describe('decodeUrlEncodedKey (ListObjectsV2 encoding-type=url)', () => {
  test.each([
    ['a+b.html', 'a b.html'],
    ['a%20b.html', 'a b.html'],
    ['c%2B%2B.html', 'c++.html'],
    ['100%25.txt', '100%.txt'],
    ['%E6%97%A5%E6%9C%AC%E8%AA%9E/%E3%83%9A%E3%83%BC%E3%82%B8.html', '日本語/ページ.html'],
    ['007', '007'],
  ])('%s → %j', (raw, key) => {
    expect(decodeUrlEncodedKey(raw)).toBe(key);
  });
});
