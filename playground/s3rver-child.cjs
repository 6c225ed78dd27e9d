'use strict';
// Runs s3rver 3.7.1 on 127.0.0.1 for playground/local-s3.ts. Must run under
// `node --openssl-legacy-provider`: s3rver encrypts ListObjectsV2 continuation tokens with DES.
//
//   node --openssl-legacy-provider s3rver-child.cjs '{"port":0,"dir":"/tmp/x","buckets":["b"],"stock":false}'
//
// Prints one line {"port":N} once it listens. Unless "stock" is set, two s3rver bugs are fixed
// (as in the company's bench/s3server.js):
// - listing walks the filesystem and paginates by "key > startAfter" over that unsorted order,
//   so a listing of more than one page skips or repeats keys. Fixed: sort by UTF-8 bytes first.
// - error bodies use HTML named entities (&uuml;), which is not XML. Fixed: numeric references.
// - DeleteObjects parses its request with number conversion and trimming, so key '007' becomes
//   the number 7 (500 InternalError) and ' a.txt' deletes 'a.txt'. Fixed: keys kept as sent.
const http = require('node:http');
const fs = require('node:fs');
const S3rver = require('s3rver');
const FilesystemStore = require('s3rver/lib/stores/filesystem');
const S3Object = require('s3rver/lib/models/object');
const he = require('he');

const options = JSON.parse(process.argv[2] || '{}');
fs.mkdirSync(options.dir, { recursive: true });

if (!options.stock) {
  const SUFFIX = '._S3rver_object';
  const byteCompare = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
  const readdir = (dir) => {
    try {
      return fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return [];
      throw e;
    }
  };
  // Delimiters are not needed by our client; a listing with one falls back to stock s3rver.
  const stockList = FilesystemStore.prototype.listObjects;
  FilesystemStore.prototype.listObjects = async function listObjects(bucket, listOptions) {
    const { delimiter = '', startAfter = '', prefix = '' } = listOptions;
    if (delimiter) return stockList.call(this, bucket, listOptions);
    const maxKeys = Math.min(listOptions.maxKeys === undefined ? 1000 : listOptions.maxKeys, 1000);
    const keys = [];
    const walk = (dir, rel) => {
      for (const entry of readdir(dir)) {
        if (entry.isDirectory()) {
          const sub = rel + entry.name + '/';
          if (sub.startsWith(prefix) || prefix.startsWith(sub)) walk(dir + '/' + entry.name, sub);
        } else if (entry.name.endsWith(SUFFIX)) {
          const key = FilesystemStore.decodeKeyPath(rel + entry.name.slice(0, -SUFFIX.length));
          if (key.startsWith(prefix) && (!startAfter || byteCompare(key, startAfter) > 0)) keys.push(key);
        }
      }
    };
    walk(this.getBucketPath(bucket), '');
    keys.sort(byteCompare);
    const page = keys.slice(0, maxKeys);
    const metadata = await Promise.all(
      page.map((key) =>
        this.getMetadata(bucket, key).catch((e) => (e.code === 'ENOENT' ? undefined : Promise.reject(e))),
      ),
    );
    const objects = [];
    page.forEach((key, i) => {
      if (metadata[i]) objects.push(new S3Object(bucket, key, null, metadata[i]));
    });
    return { objects, commonPrefixes: [], isTruncated: keys.length > maxKeys };
  };
  const requestXml = require('s3rver/node_modules/fast-xml-parser');
  const parse = requestXml.parse;
  requestXml.parse = (xml, o) =>
    /^\s*(<\?xml[^>]*>)?\s*<Delete[\s>]/.test(xml)
      ? parse(xml, Object.assign({}, o, { parseNodeValue: false, trimValues: false }))
      : parse(xml, o);
  const encode = he.encode;
  he.encode = (text, o) => encode(text, Object.assign({}, o, { useNamedReferences: false }));
}

(async () => {
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: options.dir,
    silent: true,
    configureBuckets: (options.buckets || []).map((name) => ({ name })),
  });
  await s3rver.configureBuckets();
  const server = http.createServer(s3rver.callback());
  server.keepAliveTimeout = 65000;
  server.listen(options.port || 0, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
