/**
 * The viewer-request CloudFront Function, edge/viewer-request.js, run as the exact file it is uploaded as: a module
 * in a bare vm context (no require, fetch or timers, as in cloudfront-js-2.0), importing a `cloudfront` module whose
 * kvs().get is the caller's. Used by the unit test (with a Map) and by the viewer endpoint (with the KVS stand-in's
 * model). vm modules need node's --experimental-vm-modules, which `npm test` and `npm start` pass.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const VIEWER_FUNCTION_FILE = fileURLToPath(new URL('../../edge/viewer-request.js', import.meta.url));

export type QueryString = Record<string, { value: string; multiValue?: Array<{ value: string }> }>;
export interface ViewerRequest {
  method?: string;
  uri: string;
  querystring: QueryString;
  headers?: Record<string, { value: string }>;
  cookies?: Record<string, { value: string }>;
}
export interface ViewerResponse {
  statusCode: number;
  statusDescription?: string;
  headers?: Record<string, { value: string }>;
  body?: { encoding?: 'text' | 'base64'; data: string };
}
export type ViewerHandler = (event: { request: ViewerRequest }) => Promise<ViewerRequest | ViewerResponse>;

/** What the store behind cf.kvs() answers: a value, or a rejection (a missing key rejects, as the real one does). */
export type KvsGet = (key: string) => Promise<string>;

/** The two constants at the top of the file that the setup fills in. */
export interface ReleaseSite {
  /** The site's name in the store: the function reads `<name>:live`. */
  readonly name: string;
  /** Where the releases live in the bucket, without slashes at either end ('' = the bucket root). */
  readonly prefix: string;
}

export function readViewerFunction(): string {
  return readFileSync(VIEWER_FUNCTION_FILE, 'utf8');
}

/** The file as the setup uploads it: its blank RELEASE_NAME and RELEASE_PREFIX lines filled in. */
export function fillInViewerFunction(source: string, site: ReleaseSite): string {
  let filled = source;
  for (const [name, value] of [
    ['RELEASE_NAME', site.name],
    ['RELEASE_PREFIX', site.prefix],
  ] as const) {
    // Names and prefixes are plain key characters; anything else would need escaping in the JavaScript string.
    if (!/^[A-Za-z0-9._/:-]*$/.test(value)) throw new Error(`${name} cannot be ${JSON.stringify(value)}`);
    const line = new RegExp(`^const ${name} = '[^'\\n]*';$`, 'm');
    if (!line.test(filled)) throw new Error(`${VIEWER_FUNCTION_FILE} has no line const ${name} = '…';`);
    filled = filled.replace(line, `const ${name} = '${value}';`);
  }
  return filled;
}

/** The handler CloudFront would call. CloudFront calls it by name; a module keeps it private, so one export line is added. */
export async function loadViewerFunction(code: string, get: KvsGet): Promise<ViewerHandler> {
  if (typeof vm.SourceTextModule !== 'function') {
    throw new Error('Running the viewer-request function needs node --experimental-vm-modules');
  }
  const context = vm.createContext({});
  const cloudfront = new vm.SyntheticModule(
    ['default'],
    function (this: vm.SyntheticModule) {
      this.setExport('default', { kvs: () => ({ get: (key: string) => get(key) }) });
    },
    { context },
  );
  const module = new vm.SourceTextModule(`${code}\nexport { handler };\n`, {
    context,
    identifier: VIEWER_FUNCTION_FILE,
  });
  await module.link((specifier) => {
    if (specifier !== 'cloudfront') throw new Error(`the function imports ${specifier}`);
    return cloudfront;
  });
  await module.evaluate();
  return (module.namespace as { handler: ViewerHandler }).handler;
}

export function isViewerResponse(result: ViewerRequest | ViewerResponse): result is ViewerResponse {
  return typeof (result as ViewerResponse).statusCode === 'number';
}
