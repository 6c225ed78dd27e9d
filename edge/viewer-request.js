// Viewer-request CloudFront Function (runtime cloudfront-js-2.0) for atomic releases: it reads which release is
// live from the associated KeyValueStore and serves every request from that release's folder, so a deploy or a
// rollback switches the whole site at once by changing one key. The live release's redirects (redirects-file)
// are answered first, from keys of that release (src/core/release-redirects.ts writes them). Uploaded to CloudFront as is (never bundled);
// test/unit/edge-viewer-request.test.ts runs this exact file.
// A layered release's folder holds only what it wrote: `<name>:b:<id>` names its base (a full release) and
// `<name>:f:<id>:<path>` the folder of each path not served from the base (core/release-layers.ts writes them).
// The action checks for the next line before it deploys a layered release (an older function would 404 there):
// s3-cloudfront-deploy: layered-releases
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

const REASONS = { 301: 'Moved Permanently', 302: 'Found', 307: 'Temporary Redirect', 308: 'Permanent Redirect' };

// get() rejects for a missing key: no rule there.
async function read(key) {
  try {
    return await kvs.get(key);
  } catch (_error) {
    return undefined;
  }
}

function redirect(status, location) {
  return {
    statusCode: status,
    statusDescription: REASONS[status],
    headers: { location: { value: location } },
  };
}

// The live release's rule for the decoded path: the exact one, else a splat of its folders, the deepest first (no
// deeper than the depth the store gives), within a folder the longest first (the value lists them so). Values are `<status> <to>` and lines `<rest>\t<status>\t<to>`.
async function findRedirect(live, path) {
  const exact = await read(RELEASE_NAME + ':r:' + live + ':' + path);
  if (exact !== undefined) {
    const space = exact.indexOf(' ');
    return redirect(Number(exact.slice(0, space)), exact.slice(space + 1));
  }
  const splats = RELEASE_NAME + ':s:' + live;
  const depth = Number(await read(splats));
  if (!(depth > 0)) return undefined;
  const slashes = [];
  for (let i = 0; i < path.length; i++) if (path[i] === '/') slashes.push(i);
  for (let level = Math.min(depth, slashes.length); level >= 1; level--) {
    const folder = path.slice(0, slashes[level - 1] + 1);
    const rest = path.slice(folder.length);
    const lines = await read(splats + ':' + folder);
    for (const line of lines === undefined ? [] : lines.split('\n')) {
      const fields = line.split('\t');
      if (fields.length === 3 && rest.startsWith(fields[0])) {
        const splat = encodeURI(rest.slice(fields[0].length));
        return redirect(Number(fields[1]), fields[2].split(':splat').join(splat));
      }
    }
  }
  return undefined;
}

function isReleaseId(value) {
  return typeof value === 'string' && RELEASE_ID.test(value) && value !== '.' && value !== '..';
}

// The folder serving path: a full release (no base key) serves all from its own; a layered one from its base,
// unless a key names another folder (the release itself, an earlier layer, or itself for a path removed since).
async function folderOf(live, path) {
  const base = await read(RELEASE_NAME + ':b:' + live);
  if (base === undefined) return live;
  const layer = await read(RELEASE_NAME + ':f:' + live + ':' + path);
  return layer === undefined ? base : layer;
}

function decoded(uri) {
  try {
    return decodeURIComponent(uri);
  } catch (_error) {
    return uri;
  }
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
  if (!isReleaseId(live)) return unavailable('the key ' + RELEASE_NAME + ':live holds no release id');
  const answer = await findRedirect(live, decoded(request.uri));
  if (answer !== undefined) return answer;
  const path = objectPath(request.uri);
  const folder = await folderOf(live, decoded(path));
  if (!isReleaseId(folder)) return unavailable('release ' + live + ' names no release folder for ' + path);
  const prefix = RELEASE_PREFIX === '' ? '' : '/' + RELEASE_PREFIX;
  request.uri = prefix + '/releases/' + folder + path;
  return request;
}
