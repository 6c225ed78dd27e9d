/**
 * The manifest's JSON read without one string of the whole document: at 100,000 entries its 22 MB
 * of bytes, a 22 MB string and the parsed entries were all alive at once, the largest moment of a
 * no-op's start. The bytes are scanned once for the top-level "objects" value, whose entries are
 * parsed a group at a time; the rest of the document is parsed on its own. Anything unexpected
 * (no plain "objects" key, a second one, a malformed group) falls back to one JSON.parse of the
 * whole, so the result is always what that parse would give.
 */

export interface ManifestJson {
  /** The document; its objects value, when read in groups, is left out. */
  readonly document: Record<string, unknown>;
  /**
   * The entries of objects in document order, a group at a time, parsed as they are asked for so
   * that one group is garbage before the next is made; empty when objects is not an object. Throws
   * (while iterating) when a group is not JSON: the document is then not JSON either.
   */
  readonly objectGroups: Iterable<Record<string, unknown>>;
}

const GROUP = 2000;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OBJECTS_KEY = Buffer.from('"objects"');

/** Undefined for a body that is not JSON, or whose top level is not an object. */
export function parseManifestJson(body: Buffer): ManifestJson | undefined {
  let grouped: ManifestJson | undefined;
  try {
    grouped = inGroups(body);
  } catch {
    grouped = undefined; // JSON.parse of the whole says what is wrong, if anything is
  }
  try {
    return grouped ?? whole(body);
  } catch {
    return undefined;
  }
}

function whole(body: Buffer): ManifestJson | undefined {
  const document: unknown = JSON.parse(body.toString('utf8'));
  if (!isRecord(document)) return undefined;
  const objects = document['objects'];
  return { document, objectGroups: isRecord(objects) ? [objects] : [] };
}

function inGroups(body: Buffer): ManifestJson | undefined {
  const span = objectsSpan(body);
  if (span === undefined) return undefined;
  const rest = `${body.toString('utf8', 0, span.start)}{}${body.toString('utf8', span.end)}`;
  const document: unknown = JSON.parse(rest);
  // A second "objects" key would win in JSON.parse: leave such a document to it.
  if (!isRecord(document) || !isRecord(document['objects']) || Object.keys(document['objects']).length > 0) {
    return undefined;
  }
  return { document, objectGroups: entryGroups(body, span.start + 1, span.end - 1) };
}

/** The top-level "objects" value, { to }, when it is an object; undefined otherwise. */
function objectsSpan(body: Buffer): { start: number; end: number } | undefined {
  let depth = 0;
  let keyNext = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === QUOTE) {
      const end = stringEnd(body, i);
      if (end < 0) return undefined;
      if (
        depth === 1 &&
        keyNext &&
        end - i + 1 === OBJECTS_KEY.length &&
        OBJECTS_KEY.equals(body.subarray(i, end + 1))
      ) {
        let at = skipSpace(body, end + 1);
        if (body[at] !== COLON) return undefined;
        at = skipSpace(body, at + 1);
        if (body[at] !== OPEN_OBJECT) return undefined;
        const close = valueEnd(body, at);
        return close < 0 ? undefined : { start: at, end: close };
      }
      if (depth === 1) keyNext = false;
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
      if (depth === 1) keyNext = true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    } else if (c === COMMA && depth === 1) {
      keyNext = true;
    }
  }
  return undefined;
}

/** The entries between from and to (the object's braces excluded), GROUP at a time. */
function* entryGroups(body: Buffer, from: number, to: number): Generator<Record<string, unknown>> {
  let groupStart = from;
  let entries = 0;
  let depth = 0;
  const cut = (end: number): Record<string, unknown> => {
    const parsed: unknown = JSON.parse(`{${body.toString('utf8', groupStart, end)}}`);
    if (!isRecord(parsed)) throw new Error('not an object');
    return parsed;
  };
  for (let i = from; i < to; i++) {
    const c = body[i]!;
    if (c === QUOTE) {
      i = stringEnd(body, i);
      if (i < 0) throw new Error('unterminated string');
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    } else if (c === COMMA && depth === 0 && ++entries % GROUP === 0) {
      yield cut(i);
      groupStart = i + 1;
    }
  }
  // After a comma the last group must hold an entry: `{"a":{…},}` is no JSON.
  if (groupStart > from && body.toString('utf8', groupStart, to).trim() === '') throw new Error('trailing comma');
  yield cut(to);
}

/** The index of the quote closing the string that opens at start, or -1. */
function stringEnd(body: Buffer, start: number): number {
  for (let i = start + 1; i < body.length; i++) {
    const c = body[i]!;
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}

/** Just past the } or ] closing the value that opens at start, or -1. */
function valueEnd(body: Buffer, start: number): number {
  let depth = 0;
  for (let i = start; i < body.length; i++) {
    const c = body[i]!;
    if (c === QUOTE) {
      i = stringEnd(body, i);
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++;
    } else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) {
      return i + 1;
    }
  }
  return -1;
}

function skipSpace(body: Buffer, from: number): number {
  let at = from;
  while (body[at] === 0x20 || body[at] === 0x0a || body[at] === 0x0d || body[at] === 0x09) at++;
  return at;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
