/**
 * dist/ from src/: what the runner executes (`npm run build`). One ESM file for node 24, plus chunks
 * loaded only when a run needs them (octokit for the pull-request comment); and dist/cli.js, the
 * command line, one file of its own. The build is
 * deterministic, so scripts/check-dist.sh can tell a stale dist/ from git status alone.
 *
 * Two things here make start-up cheaper; each run pays for what it loads before its first request:
 * - node's builtins are loaded with require(), as ncc did: an ESM import of node:http makes node
 *   build its namespace, which reads every export, including the getters that load node's own
 *   undici (about 15 ms).
 * - @actions/core's OIDC client is marked free of side effects. Its only top-level statement that
 *   might have one is TypeScript's __awaiter helper (`this.__awaiter`), so the bundler would keep it
 *   and with it @actions/http-client and undici (1 MB, about 50 ms to load), though nothing calls
 *   core.getIDToken: action/oidc-token.ts fetches the token through our own HTTP client.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import { parse } from 'yaml';

const OUT = 'dist';

const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(on) {
    on.onResolve({ filter: /^(node:)?[a-z0-9_/]+$/ }, ({ path, namespace }) => {
      if (!isBuiltin(path)) return undefined;
      // The require() below, in the stand-in module, is the real one.
      if (namespace === 'builtin') return { path, external: true };
      return { path: path.replace(/^node:/, ''), namespace: 'builtin' };
    });
    on.onLoad({ filter: /.*/, namespace: 'builtin' }, ({ path }) => ({
      contents: `module.exports = require(${JSON.stringify(`node:${path}`)});`,
      loader: 'js',
    }));
  },
};

const oidcClientUnused = {
  name: 'oidc-client-unused',
  setup(on) {
    on.onResolve({ filter: /\/oidc-utils\.js$/ }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'resolving' || !importer.includes('/node_modules/@actions/core/')) return undefined;
      const resolved = await on.resolve(path, { importer, resolveDir, kind, pluginData: 'resolving' });
      return { path: resolved.path, sideEffects: false };
    });
  },
};

rmSync(OUT, { recursive: true, force: true });
const common = {
  outdir: OUT,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  metafile: true,
  logLevel: 'warning',
  // What the require() calls above (and CommonJS dependencies' own) resolve through.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  plugins: [builtinsByRequire, oidcClientUnused],
};
const action = await build({ ...common, entryPoints: ['src/index.ts'], splitting: true, chunkNames: '[name]-[hash]' });
// The command line (package.json bin): one file, with action.yml's inputs for its flags and --help.
const cli = await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  define: {
    S3CD_ACTION_INPUTS: JSON.stringify(actionInputs()),
    S3CD_VERSION: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    // setup-releases uploads this exact file (its two constants filled in): the tarball needs no edge/ folder.
    S3CD_VIEWER_REQUEST: JSON.stringify(readFileSync('edge/viewer-request.js', 'utf8')),
  },
});
writeFileSync(join(OUT, 'licenses.txt'), licenses([action.metafile, cli.metafile]));
// dist/ stands on its own where it is copied without the package's own package.json.
writeFileSync(join(OUT, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);

/** action.yml's inputs, in its order: name, description and default. */
function actionInputs() {
  const { inputs } = parse(readFileSync('action.yml', 'utf8'));
  return Object.entries(inputs).map(([name, input]) => ({
    name,
    description: input.description,
    ...(input.default !== undefined && { default: String(input.default) }),
  }));
}

/** The license of every package bundled into dist/, as the packages ship it. */
function licenses(metafiles) {
  const packages = new Set();
  for (const input of metafiles.flatMap((metafile) => Object.keys(metafile.inputs))) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match !== null) packages.add(match[1]);
  }
  return [...packages]
    .sort()
    .map((dir) => {
      const { name, version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return `${name}@${version} (${license})\n\n${licenseText(dir)}`;
    })
    .join('\n\n---\n\n');
}

function licenseText(dir) {
  for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE']) {
    try {
      return readFileSync(join(dir, file), 'utf8').trim();
    } catch {}
  }
  return '(the package ships no license file)';
}
