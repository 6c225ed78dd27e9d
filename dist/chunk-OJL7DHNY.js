import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// builtin:os
var require_os = __commonJS({
  "builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

// builtin:fs
var require_fs = __commonJS({
  "builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// builtin:crypto
var require_crypto = __commonJS({
  "builtin:crypto"(exports, module) {
    module.exports = __require("node:crypto");
  }
});

// builtin:http
var require_http = __commonJS({
  "builtin:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// builtin:https
var require_https = __commonJS({
  "builtin:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

// builtin:events
var require_events = __commonJS({
  "builtin:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// builtin:assert
var require_assert = __commonJS({
  "builtin:assert"(exports, module) {
    module.exports = __require("node:assert");
  }
});

// builtin:stream
var require_stream = __commonJS({
  "builtin:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// builtin:querystring
var require_querystring = __commonJS({
  "builtin:querystring"(exports, module) {
    module.exports = __require("node:querystring");
  }
});

// builtin:worker_threads
var require_worker_threads = __commonJS({
  "builtin:worker_threads"(exports, module) {
    module.exports = __require("node:worker_threads");
  }
});

// builtin:url
var require_url = __commonJS({
  "builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

// builtin:string_decoder
var require_string_decoder = __commonJS({
  "builtin:string_decoder"(exports, module) {
    module.exports = __require("node:string_decoder");
  }
});

// builtin:perf_hooks
var require_perf_hooks = __commonJS({
  "builtin:perf_hooks"(exports, module) {
    module.exports = __require("node:perf_hooks");
  }
});

export {
  __require,
  __commonJS,
  __toESM,
  require_os,
  require_crypto,
  require_fs,
  require_http,
  require_https,
  require_events,
  require_assert,
  require_stream,
  require_querystring,
  require_perf_hooks,
  require_worker_threads,
  require_url,
  require_string_decoder
};
