/**
 * A job summary (the HTML that @actions/core's summary writes to GITHUB_STEP_SUMMARY) as plain text for a terminal:
 * headings underlined, tables in aligned columns, <details> as its summary line with the content indented, <pre>
 * kept as it is. Only the elements the summary API writes are known; any other tag is dropped and its text kept.
 */

interface Element {
  readonly tag: string;
  readonly attributes: string;
  readonly children: Node[];
}
type Node = Element | string;

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link']);
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** A forgiving parse: an end tag closes the nearest open element of its name; stray end tags are ignored. */
function parse(html: string): Element {
  const root: Element = { tag: '', attributes: '', children: [] };
  const open: Element[] = [root];
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (const match of html.matchAll(tags)) {
    const top = open[open.length - 1]!;
    if (match.index > last) top.children.push(decode(html.slice(last, match.index)));
    last = match.index + match[0].length;
    const [, closing, rawTag, attributes = ''] = match;
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing === '/') {
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) open.length = at;
    } else {
      const element: Element = { tag, attributes, children: [] };
      top.children.push(element);
      if (!VOID.has(tag) && !attributes.trimEnd().endsWith('/')) open.push(element);
    }
  }
  if (last < html.length) open[open.length - 1]!.children.push(decode(html.slice(last)));
  return root;
}

function attribute(element: Element, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(element.attributes);
  return match === null ? undefined : decode(match[1] ?? match[2] ?? match[3] ?? '');
}

/** The text of inline content, whitespace collapsed as a browser would (but for <br>). */
function inline(nodes: readonly Node[]): string {
  const text = nodes
    .map((node) => {
      if (typeof node === 'string') return node.replace(/\s+/g, ' ');
      if (node.tag === 'br') return '\n';
      if (node.tag === 'img') return attribute(node, 'alt') ?? '';
      const inner = inline(node.children);
      const href = node.tag === 'a' ? attribute(node, 'href') : undefined;
      return href === undefined || href === inner ? inner : `${inner} (${href})`;
    })
    .join('');
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

function rawText(nodes: readonly Node[]): string {
  return nodes
    .map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : rawText(node.children)))
    .join('');
}

function elements(nodes: readonly Node[], ...tags: string[]): Element[] {
  return nodes.filter((node): node is Element => typeof node !== 'string' && tags.includes(node.tag));
}

function table(element: Element): string[] {
  const rows = elements(element.children, 'tr', 'thead', 'tbody', 'tfoot').flatMap((e) =>
    e.tag === 'tr' ? [e] : elements(e.children, 'tr'),
  );
  const cells = rows.map((row) => elements(row.children, 'th', 'td').map((cell) => inline(cell.children)));
  const widths: number[] = [];
  for (const row of cells) for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const headed = rows[0] !== undefined && elements(rows[0].children, 'td').length === 0;
  const lines = cells.map(line);
  if (headed && lines.length > 0) lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines;
}

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'pre', 'table', 'details', 'ul', 'ol', 'hr', 'div']);
const indent = (lines: string[]) => lines.map((line) => (line === '' ? '' : `  ${line}`));

/** Each block as its lines; blocks are later separated by one empty line. */
function blocks(nodes: readonly Node[]): string[][] {
  const result: string[][] = [];
  let run: Node[] = [];
  const flush = () => {
    const text = inline(run);
    if (text.trim() !== '') result.push(text.trim().split('\n'));
    run = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string' || !BLOCKS.has(node.tag)) {
      run.push(node);
      continue;
    }
    flush();
    result.push(...block(node));
  }
  flush();
  return result;
}

function block(element: Element): string[][] {
  const { tag, children } = element;
  if (/^h[1-6]$/.test(tag)) {
    const text = inline(children);
    return [[text, (tag === 'h1' || tag === 'h2' ? '=' : '-').repeat(text.length)]];
  }
  if (tag === 'pre') return [rawText(children).replace(/\n$/, '').split('\n')];
  if (tag === 'table') return [table(element)];
  if (tag === 'hr') return [['-'.repeat(40)]];
  if (tag === 'ul' || tag === 'ol') {
    return [
      elements(children, 'li').flatMap((item, i) => {
        const [first = '', ...rest] = join(blocks(item.children)).split('\n');
        return [`${tag === 'ol' ? `${i + 1}.` : '-'} ${first}`, ...indent(rest)];
      }),
    ];
  }
  if (tag === 'details') {
    const summary = elements(children, 'summary')[0];
    const body = children.filter((node) => node !== summary);
    return [
      [`${summary === undefined ? 'Details' : inline(summary.children)}:`, ...indent(join(blocks(body)).split('\n'))],
    ];
  }
  return blocks(children); // p, div
}

function join(parts: string[][]): string {
  return parts.map((lines) => lines.join('\n')).join('\n\n');
}

export function summaryText(html: string): string {
  return join(blocks(parse(html).children));
}
