/** `npm start` shows each run as GitHub does: the raw stdout of the action read as the log view, the summary as text. */
import { renderLog } from '../../playground/render-log.js';
import { summaryText } from '../../playground/summary-text.js';

const lines = (...text: string[]) => text.join('\n');

describe('renderLog', () => {
  test.each([
    ['plain lines pass through', lines('one', 'two'), lines('one', 'two')],
    [
      'add-mask is dropped, and the value reads *** from then on',
      lines('key AKID1', '::add-mask::AKID1', 'key AKID1 again'),
      lines('key AKID1', 'key *** again'),
    ],
    [
      'a group is a heading with its lines indented',
      lines('::group::Plan', '3 to upload', '::endgroup::', 'Done.'),
      lines('▸ Plan', '  3 to upload', 'Done.'),
    ],
    ['a new group closes the last one', lines('::group::A', 'a', '::group::B', 'b'), lines('▸ A', '  a', '▸ B', '  b')],
    ['an error reads as a sentence', '::error::source-dir is missing', 'Error: source-dir is missing'],
    [
      'a warning with a file and line says where',
      '::warning file=site/a.html,line=3::too big',
      'Warning (site/a.html:3): too big',
    ],
    ['a notice with a title', '::notice title=Dry run::nothing written', 'Notice: Dry run: nothing written'],
    [
      'escaped data is decoded, each line kept',
      '::error::first%0Asecond 100%25',
      lines('Error: first', '  second 100%'),
    ],
    [
      'an error inside a group is indented with it',
      lines('::group::Upload', '::error::denied'),
      lines('▸ Upload', '  Error: denied'),
    ],
    [
      'debug and set-output are hidden, unknown commands shown',
      lines('::debug::x', '::set-output name=a::b', '::other::y'),
      '::other::y',
    ],
    [
      'stop-commands prints commands as text until its token',
      lines('::stop-commands::T1', '::error::raw', '::T1::', '::error::read'),
      lines('::error::raw', 'Error: read'),
    ],
    ['CRLF line ends and a final newline', '::group::G\r\nx\r\n', lines('▸ G', '  x')],
  ])('%s', (_name, stdout, shown) => {
    expect(renderLog(stdout)).toBe(shown);
  });
});

describe('summaryText', () => {
  test.each([
    ['a heading is underlined', '<h2>S3 CloudFront deploy</h2>', lines('S3 CloudFront deploy', '====================')],
    ['a small heading with dashes', '<h3>Paths</h3>', lines('Paths', '-----')],
    [
      'paragraphs are separated by a blank line, entities decoded',
      '<p>a &lt;b&gt; &amp; c</p><p>d&#39;e &#x263A;</p>',
      lines('a <b> & c', '', "d'e ☺"),
    ],
    [
      'a table in aligned columns under its header',
      '<table><tr><th>Uploaded</th><th>Time</th></tr><tr><td>9</td><td>0.1 s</td></tr></table>',
      lines('Uploaded  Time', '--------  -----', '9         0.1 s'),
    ],
    ['a table without a header row has no rule', '<table><tr><td>a</td><td>bb</td></tr></table>', 'a  bb'],
    [
      'details: the summary line, then its content indented',
      '<details><summary>Changed keys (2 of 2)</summary><pre>www/a.html\nwww/b.css</pre></details>',
      lines('Changed keys (2 of 2):', '  www/a.html', '  www/b.css'),
    ],
    ['pre keeps its spacing', '<pre>upload  a  (new)\n  b</pre>', lines('upload  a  (new)', '  b')],
    ['lists', '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>', lines('- one', '- two', '', '1. first')],
    ['a link keeps its address', '<p><a href="https://example.com/x">docs</a></p>', 'docs (https://example.com/x)'],
    ['line breaks and raw lines', '<p>a<br>b</p>\n', lines('a', 'b')],
    ['unknown tags are dropped, their text kept', '<p><b>bold</b> <code>code</code></p>', 'bold code'],
  ])('%s', (_name, html, text) => {
    expect(summaryText(html)).toBe(text);
  });
});
