/**
 * The manifest's JSON read in groups must give exactly what one JSON.parse of the whole gives:
 * the document, and the objects' entries in order (later duplicates winning), or nothing at all.
 */
import { parseManifestJson } from '../../src/core/manifest-json.js';

/** What the grouped reader yields, as one JSON.parse would have it. */
function viaGroups(text: string): unknown {
  const parsed = parseManifestJson(Buffer.from(text));
  if (parsed === undefined) return undefined;
  try {
    const objects: Record<string, unknown> = {};
    let any = false;
    for (const group of parsed.objectGroups) {
      any = true;
      Object.assign(objects, group);
    }
    const { objects: _, ...rest } = parsed.document;
    const whole = 'objects' in parsed.document ? parsed.document['objects'] : undefined;
    return any ? { ...rest, objects } : { ...rest, ...(whole !== undefined && { objects: whole }) };
  } catch {
    return undefined;
  }
}

function viaJsonParse(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const entry = (n: number) => ({ etag: `e${n}`, size: n, md5: `m${n}`, headers: 'h', tags: ['a', `{[${n}]}`] });
const many = Object.fromEntries(Array.from({ length: 4321 }, (_, n) => [`d/${n}.html`, entry(n)]));

describe('parseManifestJson reads what JSON.parse reads', () => {
  test.each([
    ['a usual manifest', JSON.stringify({ version: 1, generator: 'g', objects: { a: entry(1), b: entry(2) } })],
    ['several groups', JSON.stringify({ version: 1, objects: many, after: { objects: 1 } })],
    ['objects first, deploy after', JSON.stringify({ objects: many, version: 1, deploy: { commit: 'c' } })],
    [
      'keys with quotes, backslashes, braces, commas and unicode',
      JSON.stringify({
        version: 1,
        objects: { 'a"b': entry(1), 'c\\': entry(2), '{,}[': entry(3), '日本\u2028語': entry(4), '': entry(5) },
      }),
    ],
    [
      '"objects" nested before the top-level one',
      JSON.stringify({ deploy: { objects: { x: 1 } }, objects: { a: entry(1) } }),
    ],
    [
      'whitespace everywhere',
      ` {\n "version" : 1 ,\t"objects"\r\n:\n{ "a" : ${JSON.stringify(entry(1))} , "b":{} } } `,
    ],
    ['an empty objects', '{"version":1,"objects":{}}'],
    ['objects an array', '{"version":1,"objects":[{"a":1}]}'],
    ['no objects', '{"version":1}'],
    ['an escaped objects key', '{"version":1,"obj\\u0065cts":{"a":{"size":1}}}'],
    ['two objects keys: the last wins', '{"objects":{"a":{"size":1}},"objects":{"b":{"size":2}}}'],
    ['duplicate entries: the last wins', `{"objects":{"a":{"size":1},"a":{"size":2}}}`],
    ['a trailing comma in objects', '{"version":1,"objects":{"a":{"size":1},}}'],
    ['a missing comma', '{"version":1,"objects":{"a":{"size":1} "b":{"size":2}}}'],
    ['a broken tail', '{"version":1,"objects":{"a":{"size":1}},'],
    ['truncated in the objects', '{"version":1,"objects":{"a":{"si'],
    ['an unterminated string', '{"version":1,"objects":{"a'],
    ['not JSON', 'not json'],
    ['an array', '[1,2]'],
  ])('%s', (_name, text) => {
    expect(viaGroups(text)).toEqual(viaJsonParse(text));
  });

  test('a malformed group far into the entries makes the whole unreadable', () => {
    const text = JSON.stringify({ version: 1, objects: many }).replace('"d/4000.html":{', '"d/4000.html":{,');
    expect(viaJsonParse(text)).toBeUndefined();
    expect(viaGroups(text)).toBeUndefined();
  });
});
