/**
 * A ListObjectsV2 page (ListBucketResult) read with indexOf instead of a general XML parser: the
 * listing is the one large XML answer of a no-op deploy, and a general parser spent 60-90 µs and
 * a heap of short-lived objects per key on it. It yields exactly the strings parseXml + text()
 * would: the five XML entities and numeric character references decoded, CDATA taken verbatim,
 * whitespace kept. Elements it does not need are skipped whole, whatever they hold.
 *
 * A page as S3 sends it (no comment, CDATA or raw CR anywhere) is read straight from the answer's
 * Buffer: only the few values kept become strings, never the whole page (about 300 KB a page, 100
 * pages at 100,000 keys, each garbage as soon as it was read, and measured to be a large part of a
 * no-op's peak memory). Any other page is decoded whole and read the general way.
 */

export interface ListedEntry {
  readonly key?: string;
  readonly etag?: string;
  readonly size?: string;
  readonly storageClass?: string;
}

export interface ListPage {
  readonly contents: ListedEntry[];
  readonly isTruncated?: string;
  readonly nextContinuationToken?: string;
  readonly encodingType?: string;
}

const CONTENTS_FIELDS: Record<string, keyof ListedEntry> = {
  Key: 'key',
  ETag: 'etag',
  Size: 'size',
  StorageClass: 'storageClass',
};
const PAGE_FIELDS: Record<string, 'isTruncated' | 'nextContinuationToken' | 'encodingType'> = {
  IsTruncated: 'isTruncated',
  NextContinuationToken: 'nextContinuationToken',
  EncodingType: 'encodingType',
};

/** The page, or undefined when the document's root is not a ListBucketResult. */
export function parseListPage(body: Buffer | string): ListPage | undefined {
  if (typeof body !== 'string' && body.indexOf('<!') < 0 && body.indexOf('\r') < 0) {
    const page = pageFromBuffer(body);
    if (page !== undefined) return page;
  }
  return parseText(typeof body === 'string' ? body : body.toString('utf8'));
}

const OPEN_CONTENTS = '<Contents>';
const CLOSE_CONTENTS = '</Contents>';

/**
 * Every <Contents>…</Contents> read from the Buffer, and the page's own fields from what is left
 * around them (a few hundred bytes). Undefined when that rest still names a Contents (one with
 * attributes, self-closing, or unclosed): the page is then read the general way.
 */
function pageFromBuffer(body: Buffer): ListPage | undefined {
  const contents: ListedEntry[] = [];
  const rest: string[] = [];
  let pos = 0;
  for (let open = body.indexOf(OPEN_CONTENTS); open >= 0; open = body.indexOf(OPEN_CONTENTS, pos)) {
    const start = open + OPEN_CONTENTS.length;
    const end = body.indexOf(CLOSE_CONTENTS, start);
    if (end < 0) break;
    rest.push(body.toString('utf8', pos, open));
    contents.push(contentsFromBuffer(body.subarray(start, end)));
    pos = end + CLOSE_CONTENTS.length;
  }
  rest.push(body.toString('utf8', pos));
  const around = rest.join('');
  if (around.includes('<Contents')) return undefined;
  const page = parseText(around);
  return page === undefined ? undefined : { ...page, contents };
}

const FIELD_TAGS = Object.entries(CONTENTS_FIELDS).map(([name, field]) => ({
  field,
  name: `<${name}`,
  open: `<${name}>`,
  close: Buffer.from(`</${name}>`),
}));

/** One Contents element's content: each field once as <Name>text</Name>, or else the general way. */
function contentsFromBuffer(block: Buffer): ListedEntry {
  const entry: { -readonly [K in keyof ListedEntry]: ListedEntry[K] } = {};
  for (const tag of FIELD_TAGS) {
    const open = block.indexOf(tag.open);
    if (open < 0) {
      if (block.includes(tag.name)) return readElements(new Reader(block.toString('utf8')));
      continue;
    }
    const start = open + tag.open.length;
    const end = block.indexOf(0x3c /* < */, start);
    const closed = end >= 0 && end + tag.close.length <= block.length;
    if (!closed || tag.close.compare(block, end, end + tag.close.length) !== 0) {
      return readElements(new Reader(block.toString('utf8')));
    }
    // A string of its own (not a view into a page-sized one): the listing keeps it for the whole run.
    entry[tag.field] = unescapeXml(block.toString('utf8', start, end));
  }
  return entry;
}

function parseText(text: string): ListPage | undefined {
  // XML's end-of-line normalization, as every conforming parser does it: a raw CR is never a value.
  const xml = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const reader = new Reader(xml);
  const root = reader.nextOpenTag();
  if (root?.name !== 'ListBucketResult') return undefined;
  const page: { -readonly [K in keyof ListPage]: ListPage[K] } = { contents: [] };
  if (root.selfClosing) return page;
  for (let tag = reader.childTag(); tag !== undefined; tag = reader.childTag()) {
    if (tag.name === 'Contents' && !tag.selfClosing) {
      page.contents.push(readContents(reader));
      continue;
    }
    const field = PAGE_FIELDS[tag.name];
    if (field !== undefined) {
      const value = tag.selfClosing ? '' : reader.leafText();
      if (page[field] === undefined) page[field] = value; // text() takes the first of repeated elements
    } else if (!tag.selfClosing) {
      reader.skipElement();
    }
  }
  return page;
}

function readContents(reader: Reader): ListedEntry {
  return reader.plainContents() ?? readElements(reader);
}

/**
 * A Contents element as S3 sends it: no CDATA, comment or attribute inside, each field once as
 * <Name>text</Name>. Read with four indexOf calls; anything else goes the general way.
 */
function plainContents(block: string): ListedEntry | undefined {
  if (block.includes('<!')) return undefined;
  const entry: { -readonly [K in keyof ListedEntry]: ListedEntry[K] } = {};
  for (const name in CONTENTS_FIELDS) {
    const open = block.indexOf(`<${name}>`);
    if (open < 0) {
      if (block.includes(`<${name}`)) return undefined; // attributes or self-closing
      continue;
    }
    const start = open + name.length + 2;
    const end = block.indexOf('<', start);
    if (!block.startsWith(`</${name}>`, end)) return undefined;
    entry[CONTENTS_FIELDS[name]!] = unescapeXml(block.slice(start, end));
  }
  return entry;
}

function readElements(reader: Reader): ListedEntry {
  const entry: { -readonly [K in keyof ListedEntry]: ListedEntry[K] } = {};
  for (let tag = reader.childTag(); tag !== undefined; tag = reader.childTag()) {
    const field = CONTENTS_FIELDS[tag.name];
    if (field !== undefined) {
      const value = tag.selfClosing ? '' : reader.leafText();
      if (entry[field] === undefined) entry[field] = value;
    } else if (!tag.selfClosing) {
      reader.skipElement();
    }
  }
  return entry;
}

interface Tag {
  readonly name: string;
  readonly selfClosing: boolean;
}

class Reader {
  private pos = 0;
  constructor(private readonly xml: string) {}

  /** The next element's start tag anywhere ahead (prolog, comments and doctype skipped). */
  nextOpenTag(): Tag | undefined {
    for (;;) {
      const lt = this.xml.indexOf('<', this.pos);
      if (lt < 0) return undefined;
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith('</', lt)) return undefined;
      return this.openTag();
    }
  }

  /**
   * The next child start tag of the element whose content the cursor is in, or undefined after
   * consuming that element's end tag. Text between children is ignored.
   */
  childTag(): Tag | undefined {
    for (;;) {
      const lt = this.xml.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = this.xml.length;
        return undefined;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith('</', lt)) {
        this.pos = this.after('>', lt);
        return undefined;
      }
      return this.openTag();
    }
  }

  /** A Contents element read by plainContents, if it can; the cursor then moves past it. */
  plainContents(): ListedEntry | undefined {
    const end = this.xml.indexOf('</Contents>', this.pos);
    if (end < 0) return undefined;
    const entry = plainContents(this.xml.slice(this.pos, end));
    if (entry !== undefined) this.pos = end + '</Contents>'.length;
    return entry;
  }

  /** Text content up to the element's end tag, which is consumed. */
  leafText(): string {
    let text = '';
    for (;;) {
      const lt = this.xml.indexOf('<', this.pos);
      if (lt < 0) {
        text += unescapeXml(this.xml.slice(this.pos));
        this.pos = this.xml.length;
        return text;
      }
      text += unescapeXml(this.xml.slice(this.pos, lt));
      if (this.xml.startsWith('<![CDATA[', lt)) {
        const end = this.xml.indexOf(']]>', lt + 9);
        const stop = end < 0 ? this.xml.length : end;
        text += this.xml.slice(lt + 9, stop);
        this.pos = end < 0 ? stop : end + 3;
        continue;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith('</', lt)) {
        this.pos = this.after('>', lt);
        return text;
      }
      // A child element inside what should be a leaf: not a value we can use.
      this.openTag().selfClosing || this.skipElement();
    }
  }

  /** Skips the rest of the element whose content the cursor is in, end tag included. */
  skipElement(): void {
    let depth = 1;
    while (depth > 0) {
      const lt = this.xml.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = this.xml.length;
        return;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith('</', lt)) {
        depth -= 1;
        this.pos = this.after('>', lt);
      } else if (!this.openTag().selfClosing) {
        depth += 1;
      }
    }
  }

  /** At '<': steps over CDATA, a comment, a processing instruction or a declaration. */
  private skipMarkup(): boolean {
    const at = this.pos;
    const { xml } = this;
    if (xml.charCodeAt(at + 1) === 0x3f /* ? */) this.pos = this.after('?>', at);
    else if (xml.startsWith('<!--', at)) this.pos = this.after('-->', at);
    else if (xml.startsWith('<![CDATA[', at)) this.pos = this.after(']]>', at);
    else if (xml.charCodeAt(at + 1) === 0x21 /* ! */) this.pos = this.after('>', at);
    else return false;
    return true;
  }

  /** At '<' of a start tag: reads it (attributes ignored) and moves past it. */
  private openTag(): Tag {
    const { xml } = this;
    const gt = this.findTagEnd(this.pos);
    let nameEnd = this.pos + 1;
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(this.pos + 1, nameEnd);
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f; /* / */
    this.pos = gt + 1;
    return { name, selfClosing };
  }

  /** The '>' closing a start tag, skipping any '>' inside quoted attribute values. */
  private findTagEnd(from: number): number {
    const { xml } = this;
    let quote = 0;
    for (let i = from + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) {
        quote = c;
      } else if (c === 0x3e) {
        return i;
      }
    }
    return xml.length - 1;
  }

  private after(token: string, from: number): number {
    const at = this.xml.indexOf(token, from + 1);
    return at < 0 ? this.xml.length : at + token.length;
  }
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e || c === 0x2f;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The five XML entities and numeric character references; anything else is left as sent. */
function unescapeXml(text: string): string {
  const amp = text.indexOf('&');
  if (amp < 0) return text;
  // Every ETag: "…" sent as &quot;…&quot;.
  if (amp === 0 && text.startsWith('&quot;') && text.indexOf('&', 6) === text.length - 6 && text.endsWith('&quot;')) {
    return `"${text.slice(6, -6)}"`;
  }
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 0x23 /* # */) return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0x10ffff ? whole : String.fromCodePoint(code);
  });
}
