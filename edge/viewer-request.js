// Viewer-request CloudFront Function (runtime cloudfront-js-2.0) for atomic releases: it reads which release is
// live from the associated KeyValueStore and serves every request from that release's folder, so a deploy or a
// rollback switches the whole site at once by changing one key. Uploaded to CloudFront as is (never bundled);
// test/unit/edge-viewer-request.test.ts runs this exact file.
import cf from 'cloudfront';

// Filled in by the setup. One store may hold several sites' pointers, so the key names the site; the prefix is
// where the site's releases live in the bucket ('' at the bucket root).
const RELEASE_NAME = 'site';
const RELEASE_PREFIX = '';

const kvs = cf.kvs();
// The release-id alphabet: anything else (an empty value, '..', a slash) would point outside the releases.
const RELEASE_ID = /^[A-Za-z0-9._-]+$/;

function unavailable(reason) {
  return {
    statusCode: 503,
    statusDescription: 'Service Unavailable',
    headers: { 'cache-control': { value: 'no-store' }, 'retry-after': { value: '30' } },
    body: { encoding: 'text', data: 'No release is live for ' + RELEASE_NAME + ': ' + reason + '.\n' },
  };
}

// Clean URLs: 'dir/' is 'dir/index.html', and a last segment without a dot ('/docs') is a folder.
function objectPath(uri) {
  if (uri.endsWith('/')) return uri + 'index.html';
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  return last.includes('.') ? uri : uri + '/index.html';
}

// biome-ignore lint/correctness/noUnusedVariables: CloudFront calls the function named handler.
async function handler(event) {
  const request = event.request;
  let live;
  try {
    live = await kvs.get(RELEASE_NAME + ':live');
  } catch (_error) {
    // get() rejects both for a missing key (no release yet) and for a store error: neither has a right path.
    return unavailable('the key ' + RELEASE_NAME + ':live cannot be read');
  }
  if (typeof live !== 'string' || !RELEASE_ID.test(live) || live === '.' || live === '..') {
    return unavailable('the key ' + RELEASE_NAME + ':live holds no release id');
  }
  const prefix = RELEASE_PREFIX === '' ? '' : '/' + RELEASE_PREFIX;
  request.uri = prefix + '/releases/' + live + objectPath(request.uri);
  return request;
}
