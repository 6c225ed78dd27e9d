import { safeLine } from '../../src/core/wording.js';

/** File names a hostile commit could carry, each trying to start a workflow command on a line of its own. */
const HOSTILE = [
  'a\n::warning::pwned.js',
  'a\r::add-mask::abc.css',
  'x\r\n::stop-commands::token\n.html',
  '::error::starts-the-name.txt',
  '  ::group::indented',
  'b\n##[warning]old-syntax',
  '##[group]x',
  'c\u2028::warning::line-separator',
  'd\u0085::warning::next-line',
];

test.each(HOSTILE)('%j prints as one line that cannot start a command', (name) => {
  const line = safeLine(`upload  www/${name}  (new)`);
  expect(line).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
  const alone = safeLine(name);
  expect(alone).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
  expect(alone.trimStart()).not.toMatch(/^(::|##\[)/);
});

test('ordinary text is printed as it is, and an escaped control character stays readable', () => {
  expect(safeLine('upload  www/café/menü.html  (new; text/html)')).toBe('upload  www/café/menü.html  (new; text/html)');
  expect(safeLine('a\nb')).toBe('a\\nb');
  expect(safeLine('bell\u0007')).toBe('bell\\u0007');
});
