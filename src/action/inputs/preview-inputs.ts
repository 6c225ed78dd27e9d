/** The preview inputs of issue 10: site-url (links to the changed pages) and github-token (the pull request comment). */
import { parseHttpUrl } from '../../core/http-url.js';
import { attributed, InputError, type ReadInput, text } from './read.js';

export interface PreviewConfig {
  /** Where source-dir's root is served, ending in '/': e.g. https://preview.example.com/pr-42/. */
  readonly siteUrl: string;
  /** The directory index name: docs/index.html is linked as docs/. */
  readonly indexDocument: string;
  /** When set, a pull request gets one comment with the links, kept up to date. Masked as soon as it is read. */
  readonly githubToken?: string;
}

/** undefined without site-url; github-token alone is refused (the comment is the links). */
export function readPreviewConfig(
  read: ReadInput,
  hasBucket: boolean,
  indexDocument: string,
): PreviewConfig | undefined {
  const siteUrl = text(read, 'site-url');
  const githubToken = text(read, 'github-token');
  if (siteUrl === '') {
    if (githubToken !== '')
      throw new InputError(
        'site-url',
        'required with github-token: the pull request comment links the preview at site-url',
      );
    return undefined;
  }
  if (!hasBucket) throw new InputError('site-url', 'needs a bucket: it links the pages a deploy changed');
  return { siteUrl: siteBase(siteUrl), indexDocument, ...(githubToken !== '' && { githubToken }) };
}

function siteBase(value: string): string {
  const url = attributed('site-url', () => parseHttpUrl(value, 'https://preview.example.com/pr-42/'));
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
