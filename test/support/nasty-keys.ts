/** Names that break naive S3 clients: reserved and unsafe characters, unicode, a leading space, numbers. */
export const NASTY_NAMES: readonly string[] = [
  'a b.html',
  'c++.html',
  '100%.txt',
  'hash#.txt',
  'q?.txt',
  "!'()*.txt",
  '&=;,@$.txt',
  '日本語/ページ.html',
  'café-menü.html',
  ' leading space.txt',
  '007',
  'dir/007',
];
