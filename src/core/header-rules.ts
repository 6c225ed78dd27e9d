/**
 * The `headers` input: one `GLOB: Header-Name: value` rule per line. Every rule whose glob matches a
 * file applies, top to bottom, so a later line wins for the same header. Only headers S3 stores with
 * the object and serves back are allowed; anything else is refused before the deploy, naming the line.
 */
import type { Glob } from './globs.js';
import { isComment, parseGlobRules, RuleSyntaxError } from './rules.js';
import type { ObjectHeaders } from './types.js';

/** Lower-case header name → the ObjectHeaders field it sets. x-amz-meta-* goes to metadata. */
const FIELDS = {
  'content-type': 'contentType',
  'cache-control': 'cacheControl',
  'content-disposition': 'contentDisposition',
  'content-language': 'contentLanguage',
  'content-encoding': 'contentEncoding',
  expires: 'expires',
  'x-amz-website-redirect-location': 'websiteRedirectLocation',
} as const satisfies Record<string, keyof ObjectHeaders>;

type Field = (typeof FIELDS)[keyof typeof FIELDS];

const META = 'x-amz-meta-';

const ALLOWED_HEADERS = [
  'Content-Type',
  'Content-Disposition',
  'Content-Language',
  'Content-Encoding',
  'Expires',
  'Cache-Control',
  'x-amz-website-redirect-location',
  'x-amz-meta-*',
] as const;

export type HeaderTarget = { readonly field: Field } | { readonly metadata: string };

export interface HeaderRule extends Glob {
  /** 1-based line of the input, for messages. */
  readonly line: number;
  /** As written, for messages. */
  readonly header: string;
  readonly target: HeaderTarget;
  readonly value: string;
}

const EXAMPLE = '"**/*.wasm: Content-Type: application/wasm"';
const HTTP_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** Parses the rules; a RuleSyntaxError names the line. Header values are not checked for ASCII here (config does). */
export function parseHeaderRules(text: string): HeaderRule[] {
  // The shape first, so a line without a header name gets this input's example, not cache-control's.
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || isComment(line)) return;
    const [glob, name, ...value] = line.split(':');
    if (glob?.trim() === '' || name === undefined || name.trim() === '' || value.join(':').trim() === '') {
      throw new RuleSyntaxError(index + 1, `("${line}"): expected "GLOB: Header-Name: value", for example ${EXAMPLE}`);
    }
  });
  return parseGlobRules(text, 'headers').map((rule) => {
    const colon = rule.value.indexOf(':');
    const header = rule.value.slice(0, colon).trim();
    const value = rule.value.slice(colon + 1).trim();
    const target = targetOf(header, rule.line);
    checkValue(target, header, value, rule.line);
    return { ...rule, header, target, value };
  });
}

function targetOf(header: string, line: number): HeaderTarget {
  const name = header.toLowerCase();
  if (Object.hasOwn(FIELDS, name)) return { field: FIELDS[name as keyof typeof FIELDS] };
  if (name.startsWith(META)) {
    const metadata = name.slice(META.length);
    if (/^[a-z0-9][a-z0-9-]*$/.test(metadata)) return { metadata };
    throw new RuleSyntaxError(line, `"${header}": a metadata name is letters, digits and dashes after x-amz-meta-`);
  }
  throw new RuleSyntaxError(
    line,
    `"${header}" is not a header this input can set; allowed: ${ALLOWED_HEADERS.join(', ')}`,
  );
}

/** What S3 itself would refuse, refused here with the line (before anything is written). */
function checkValue(target: HeaderTarget, header: string, value: string, line: number): void {
  if (!('field' in target)) return;
  if (target.field === 'contentType' && !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(value)) {
    throw new RuleSyntaxError(line, `${header} "${value}" is not a media type such as application/json`);
  }
  if (target.field === 'expires' && !(HTTP_DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
    throw new RuleSyntaxError(line, `${header} "${value}" is not an HTTP date such as "Wed, 21 Oct 2026 07:28:00 GMT"`);
  }
  if (target.field === 'websiteRedirectLocation' && !/^(\/|https?:\/\/)/.test(value)) {
    throw new RuleSyntaxError(line, `${header} "${value}" must start with /, http:// or https://`);
  }
}

/** base with every rule matching rel applied in order; base itself when none matches. */
export function applyHeaderRules(base: ObjectHeaders, rules: readonly HeaderRule[], rel: string): ObjectHeaders {
  const fields: Partial<Record<Field, string>> = {};
  const metadata: Record<string, string> = { ...base.metadata };
  let matched = false;
  for (const rule of rules) {
    if (!rule.matches(rel)) continue;
    matched = true;
    if ('field' in rule.target) fields[rule.target.field] = rule.value;
    else metadata[rule.target.metadata] = rule.value;
  }
  return matched ? { ...base, ...fields, metadata } : base;
}
