/** Local files and listed objects made from their content, for tests of the pure planning code. */
import { createHash } from 'node:crypto';
import type { HeaderRules } from '../../src/core/headers.js';
import { parseGlobRules } from '../../src/core/rules.js';
import type { RemoteObject, SiteFile } from '../../src/core/types.js';

export const md5 = (text: string): string => createHash('md5').update(text).digest('hex');
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export const file = (rel: string, content: string): SiteFile => ({
  rel,
  absPath: `/site/${rel}`,
  size: Buffer.byteLength(content),
  md5: md5(content),
  sha256: sha256(content),
});

export const stored = (key: string, content: string, etag = md5(content)): RemoteObject => ({
  key,
  etag,
  size: Buffer.byteLength(content),
});

/** HTML no-cache, everything else without Cache-Control. */
export const rules: HeaderRules = { cacheControl: parseGlobRules('**/*.html: no-cache'), metadata: {} };
