import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM,
  require_assert,
  require_crypto,
  require_events,
  require_fs,
  require_http,
  require_https,
  require_os,
  require_perf_hooks,
  require_querystring,
  require_stream,
  require_string_decoder,
  require_url,
  require_worker_threads
} from "./chunk-OJL7DHNY.js";

// builtin:path
var require_path = __commonJS({
  "builtin:path"(exports2, module) {
    module.exports = __require("node:path");
  }
});

// builtin:child_process
var require_child_process = __commonJS({
  "builtin:child_process"(exports2, module) {
    module.exports = __require("node:child_process");
  }
});

// builtin:timers
var require_timers = __commonJS({
  "builtin:timers"(exports2, module) {
    module.exports = __require("node:timers");
  }
});

// node_modules/mime-db/db.json
var require_db = __commonJS({
  "node_modules/mime-db/db.json"(exports2, module) {
    module.exports = {
      "application/1d-interleaved-parityfec": {
        source: "iana"
      },
      "application/3gpdash-qoe-report+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/3gpp-ims+xml": {
        source: "iana",
        compressible: true
      },
      "application/3gpphal+json": {
        source: "iana",
        compressible: true
      },
      "application/3gpphalforms+json": {
        source: "iana",
        compressible: true
      },
      "application/a2l": {
        source: "iana"
      },
      "application/ace+cbor": {
        source: "iana"
      },
      "application/ace+json": {
        source: "iana",
        compressible: true
      },
      "application/ace-groupcomm+cbor": {
        source: "iana"
      },
      "application/ace-trl+cbor": {
        source: "iana"
      },
      "application/activemessage": {
        source: "iana"
      },
      "application/activity+json": {
        source: "iana",
        compressible: true
      },
      "application/aif+cbor": {
        source: "iana"
      },
      "application/aif+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdni+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-cdnifilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-costmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-directory+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcost+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointcostparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointprop+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-endpointpropparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-error+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-networkmapfilter+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmap+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-propmapparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tips+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-tipsparams+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamcontrol+json": {
        source: "iana",
        compressible: true
      },
      "application/alto-updatestreamparams+json": {
        source: "iana",
        compressible: true
      },
      "application/aml": {
        source: "iana"
      },
      "application/andrew-inset": {
        source: "iana",
        extensions: ["ez"]
      },
      "application/appinstaller": {
        compressible: false,
        extensions: ["appinstaller"]
      },
      "application/applefile": {
        source: "iana"
      },
      "application/applixware": {
        source: "apache",
        extensions: ["aw"]
      },
      "application/appx": {
        compressible: false,
        extensions: ["appx"]
      },
      "application/appxbundle": {
        compressible: false,
        extensions: ["appxbundle"]
      },
      "application/at+jwt": {
        source: "iana"
      },
      "application/atf": {
        source: "iana"
      },
      "application/atfx": {
        source: "iana"
      },
      "application/atom+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atom"]
      },
      "application/atomcat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomcat"]
      },
      "application/atomdeleted+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomdeleted"]
      },
      "application/atomicmail": {
        source: "iana"
      },
      "application/atomsvc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["atomsvc"]
      },
      "application/atsc-dwd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dwd"]
      },
      "application/atsc-dynamic-event-message": {
        source: "iana"
      },
      "application/atsc-held+xml": {
        source: "iana",
        compressible: true,
        extensions: ["held"]
      },
      "application/atsc-rdt+json": {
        source: "iana",
        compressible: true
      },
      "application/atsc-rsat+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsat"]
      },
      "application/atxml": {
        source: "iana"
      },
      "application/auth-policy+xml": {
        source: "iana",
        compressible: true
      },
      "application/automationml-aml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["aml"]
      },
      "application/automationml-amlx+zip": {
        source: "iana",
        compressible: false,
        extensions: ["amlx"]
      },
      "application/bacnet-xdd+zip": {
        source: "iana",
        compressible: false
      },
      "application/batch-smtp": {
        source: "iana"
      },
      "application/bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/beep+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/bufr": {
        source: "iana"
      },
      "application/c2pa": {
        source: "iana"
      },
      "application/calendar+json": {
        source: "iana",
        compressible: true
      },
      "application/calendar+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xcs"]
      },
      "application/call-completion": {
        source: "iana"
      },
      "application/cals-1840": {
        source: "iana"
      },
      "application/captive+json": {
        source: "iana",
        compressible: true
      },
      "application/cbor": {
        source: "iana"
      },
      "application/cbor-seq": {
        source: "iana"
      },
      "application/cccex": {
        source: "iana"
      },
      "application/ccmp+xml": {
        source: "iana",
        compressible: true
      },
      "application/ccxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ccxml"]
      },
      "application/cda+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/cdfx+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdfx"]
      },
      "application/cdmi-capability": {
        source: "iana",
        extensions: ["cdmia"]
      },
      "application/cdmi-container": {
        source: "iana",
        extensions: ["cdmic"]
      },
      "application/cdmi-domain": {
        source: "iana",
        extensions: ["cdmid"]
      },
      "application/cdmi-object": {
        source: "iana",
        extensions: ["cdmio"]
      },
      "application/cdmi-queue": {
        source: "iana",
        extensions: ["cdmiq"]
      },
      "application/cdni": {
        source: "iana"
      },
      "application/ce+cbor": {
        source: "iana"
      },
      "application/cea": {
        source: "iana"
      },
      "application/cea-2018+xml": {
        source: "iana",
        compressible: true
      },
      "application/cellml+xml": {
        source: "iana",
        compressible: true
      },
      "application/cfw": {
        source: "iana"
      },
      "application/cid-edhoc+cbor-seq": {
        source: "iana"
      },
      "application/city+json": {
        source: "iana",
        compressible: true
      },
      "application/city+json-seq": {
        source: "iana"
      },
      "application/clr": {
        source: "iana"
      },
      "application/clue+xml": {
        source: "iana",
        compressible: true
      },
      "application/clue_info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cms": {
        source: "iana"
      },
      "application/cnrp+xml": {
        source: "iana",
        compressible: true
      },
      "application/coap-eap": {
        source: "iana"
      },
      "application/coap-group+json": {
        source: "iana",
        compressible: true
      },
      "application/coap-payload": {
        source: "iana"
      },
      "application/commonground": {
        source: "iana"
      },
      "application/concise-problem-details+cbor": {
        source: "iana"
      },
      "application/conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/cose": {
        source: "iana"
      },
      "application/cose-key": {
        source: "iana"
      },
      "application/cose-key-set": {
        source: "iana"
      },
      "application/cose-x509": {
        source: "iana"
      },
      "application/cpl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cpl"]
      },
      "application/csrattrs": {
        source: "iana"
      },
      "application/csta+xml": {
        source: "iana",
        compressible: true
      },
      "application/cstadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/csvm+json": {
        source: "iana",
        compressible: true
      },
      "application/cu-seeme": {
        source: "apache",
        extensions: ["cu"]
      },
      "application/cwl": {
        source: "iana",
        extensions: ["cwl"]
      },
      "application/cwl+json": {
        source: "iana",
        compressible: true
      },
      "application/cwl+yaml": {
        source: "iana"
      },
      "application/cwt": {
        source: "iana"
      },
      "application/cybercash": {
        source: "iana"
      },
      "application/dart": {
        compressible: true
      },
      "application/dash+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpd"]
      },
      "application/dash-patch+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpp"]
      },
      "application/dashdelta": {
        source: "iana"
      },
      "application/davmount+xml": {
        source: "iana",
        compressible: true,
        extensions: ["davmount"]
      },
      "application/dca-rft": {
        source: "iana"
      },
      "application/dcd": {
        source: "iana"
      },
      "application/dec-dx": {
        source: "iana"
      },
      "application/dialog-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/dicom": {
        source: "iana",
        extensions: ["dcm"]
      },
      "application/dicom+json": {
        source: "iana",
        compressible: true
      },
      "application/dicom+xml": {
        source: "iana",
        compressible: true
      },
      "application/dii": {
        source: "iana"
      },
      "application/dit": {
        source: "iana"
      },
      "application/dns": {
        source: "iana"
      },
      "application/dns+json": {
        source: "iana",
        compressible: true
      },
      "application/dns-message": {
        source: "iana"
      },
      "application/docbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dbk"]
      },
      "application/dots+cbor": {
        source: "iana"
      },
      "application/dpop+jwt": {
        source: "iana"
      },
      "application/dskpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/dssc+der": {
        source: "iana",
        extensions: ["dssc"]
      },
      "application/dssc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdssc"]
      },
      "application/dvcs": {
        source: "iana"
      },
      "application/eat+cwt": {
        source: "iana"
      },
      "application/eat+jwt": {
        source: "iana"
      },
      "application/eat-bun+cbor": {
        source: "iana"
      },
      "application/eat-bun+json": {
        source: "iana",
        compressible: true
      },
      "application/eat-ucs+cbor": {
        source: "iana"
      },
      "application/eat-ucs+json": {
        source: "iana",
        compressible: true
      },
      "application/ecmascript": {
        source: "apache",
        compressible: true,
        extensions: ["ecma"]
      },
      "application/edhoc+cbor-seq": {
        source: "iana"
      },
      "application/edi-consent": {
        source: "iana"
      },
      "application/edi-x12": {
        source: "iana",
        compressible: false
      },
      "application/edifact": {
        source: "iana",
        compressible: false
      },
      "application/efi": {
        source: "iana"
      },
      "application/elm+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/elm+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.cap+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/emergencycalldata.comment+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.control+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.deviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.ecall.msd": {
        source: "iana"
      },
      "application/emergencycalldata.legacyesn+json": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.providerinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.serviceinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.subscriberinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/emergencycalldata.veds+xml": {
        source: "iana",
        compressible: true
      },
      "application/emma+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emma"]
      },
      "application/emotionml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["emotionml"]
      },
      "application/encaprtp": {
        source: "iana"
      },
      "application/entity-statement+jwt": {
        source: "iana"
      },
      "application/epp+xml": {
        source: "iana",
        compressible: true
      },
      "application/epub+zip": {
        source: "iana",
        compressible: false,
        extensions: ["epub"]
      },
      "application/eshop": {
        source: "iana"
      },
      "application/exi": {
        source: "iana",
        extensions: ["exi"]
      },
      "application/expect-ct-report+json": {
        source: "iana",
        compressible: true
      },
      "application/express": {
        source: "iana",
        extensions: ["exp"]
      },
      "application/fastinfoset": {
        source: "iana"
      },
      "application/fastsoap": {
        source: "iana"
      },
      "application/fdf": {
        source: "iana",
        extensions: ["fdf"]
      },
      "application/fdt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fdt"]
      },
      "application/fhir+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fhir+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/fido.trusted-apps+json": {
        compressible: true
      },
      "application/fits": {
        source: "iana"
      },
      "application/flexfec": {
        source: "iana"
      },
      "application/font-sfnt": {
        source: "iana"
      },
      "application/font-tdpfr": {
        source: "iana",
        extensions: ["pfr"]
      },
      "application/font-woff": {
        source: "iana",
        compressible: false
      },
      "application/framework-attributes+xml": {
        source: "iana",
        compressible: true
      },
      "application/geo+json": {
        source: "iana",
        compressible: true,
        extensions: ["geojson"]
      },
      "application/geo+json-seq": {
        source: "iana"
      },
      "application/geopackage+sqlite3": {
        source: "iana"
      },
      "application/geopose+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+json": {
        source: "iana",
        compressible: true
      },
      "application/geoxacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/gltf-buffer": {
        source: "iana"
      },
      "application/gml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["gml"]
      },
      "application/gnap-binding-jws": {
        source: "iana"
      },
      "application/gnap-binding-jwsd": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jws": {
        source: "iana"
      },
      "application/gnap-binding-rotation-jwsd": {
        source: "iana"
      },
      "application/gpx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["gpx"]
      },
      "application/grib": {
        source: "iana"
      },
      "application/gxf": {
        source: "apache",
        extensions: ["gxf"]
      },
      "application/gzip": {
        source: "iana",
        compressible: false,
        extensions: ["gz"]
      },
      "application/h224": {
        source: "iana"
      },
      "application/held+xml": {
        source: "iana",
        compressible: true
      },
      "application/hjson": {
        extensions: ["hjson"]
      },
      "application/hl7v2+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/http": {
        source: "iana"
      },
      "application/hyperstudio": {
        source: "iana",
        extensions: ["stk"]
      },
      "application/ibe-key-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pkg-reply+xml": {
        source: "iana",
        compressible: true
      },
      "application/ibe-pp-data": {
        source: "iana"
      },
      "application/iges": {
        source: "iana"
      },
      "application/im-iscomposing+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/index": {
        source: "iana"
      },
      "application/index.cmd": {
        source: "iana"
      },
      "application/index.obj": {
        source: "iana"
      },
      "application/index.response": {
        source: "iana"
      },
      "application/index.vnd": {
        source: "iana"
      },
      "application/inkml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ink", "inkml"]
      },
      "application/iotp": {
        source: "iana"
      },
      "application/ipfix": {
        source: "iana",
        extensions: ["ipfix"]
      },
      "application/ipp": {
        source: "iana"
      },
      "application/isup": {
        source: "iana"
      },
      "application/its+xml": {
        source: "iana",
        compressible: true,
        extensions: ["its"]
      },
      "application/java-archive": {
        source: "iana",
        compressible: false,
        extensions: ["jar", "war", "ear"]
      },
      "application/java-serialized-object": {
        source: "apache",
        compressible: false,
        extensions: ["ser"]
      },
      "application/java-vm": {
        source: "apache",
        compressible: false,
        extensions: ["class"]
      },
      "application/javascript": {
        source: "apache",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js"]
      },
      "application/jf2feed+json": {
        source: "iana",
        compressible: true
      },
      "application/jose": {
        source: "iana"
      },
      "application/jose+json": {
        source: "iana",
        compressible: true
      },
      "application/jrd+json": {
        source: "iana",
        compressible: true
      },
      "application/jscalendar+json": {
        source: "iana",
        compressible: true
      },
      "application/jscontact+json": {
        source: "iana",
        compressible: true
      },
      "application/json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["json", "map"]
      },
      "application/json-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/json-seq": {
        source: "iana"
      },
      "application/json5": {
        extensions: ["json5"]
      },
      "application/jsonml+json": {
        source: "apache",
        compressible: true,
        extensions: ["jsonml"]
      },
      "application/jsonpath": {
        source: "iana"
      },
      "application/jwk+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+json": {
        source: "iana",
        compressible: true
      },
      "application/jwk-set+jwt": {
        source: "iana"
      },
      "application/jwt": {
        source: "iana"
      },
      "application/kpml-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/kpml-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/ld+json": {
        source: "iana",
        compressible: true,
        extensions: ["jsonld"]
      },
      "application/lgr+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lgr"]
      },
      "application/link-format": {
        source: "iana"
      },
      "application/linkset": {
        source: "iana"
      },
      "application/linkset+json": {
        source: "iana",
        compressible: true
      },
      "application/load-control+xml": {
        source: "iana",
        compressible: true
      },
      "application/logout+jwt": {
        source: "iana"
      },
      "application/lost+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lostxml"]
      },
      "application/lostsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/lpf+zip": {
        source: "iana",
        compressible: false
      },
      "application/lxf": {
        source: "iana"
      },
      "application/mac-binhex40": {
        source: "iana",
        extensions: ["hqx"]
      },
      "application/mac-compactpro": {
        source: "apache",
        extensions: ["cpt"]
      },
      "application/macwriteii": {
        source: "iana"
      },
      "application/mads+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mads"]
      },
      "application/manifest+json": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["webmanifest"]
      },
      "application/marc": {
        source: "iana",
        extensions: ["mrc"]
      },
      "application/marcxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mrcx"]
      },
      "application/mathematica": {
        source: "iana",
        extensions: ["ma", "nb", "mb"]
      },
      "application/mathml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mathml"]
      },
      "application/mathml-content+xml": {
        source: "iana",
        compressible: true
      },
      "application/mathml-presentation+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-associated-procedure-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-deregister+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-envelope+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-msk-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-protection-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-reception-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-register-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbms-user-service-description+xml": {
        source: "iana",
        compressible: true
      },
      "application/mbox": {
        source: "iana",
        extensions: ["mbox"]
      },
      "application/media-policy-dataset+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpf"]
      },
      "application/media_control+xml": {
        source: "iana",
        compressible: true
      },
      "application/mediaservercontrol+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mscml"]
      },
      "application/merge-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/metalink+xml": {
        source: "apache",
        compressible: true,
        extensions: ["metalink"]
      },
      "application/metalink4+xml": {
        source: "iana",
        compressible: true,
        extensions: ["meta4"]
      },
      "application/mets+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mets"]
      },
      "application/mf4": {
        source: "iana"
      },
      "application/mikey": {
        source: "iana"
      },
      "application/mipc": {
        source: "iana"
      },
      "application/missing-blocks+cbor-seq": {
        source: "iana"
      },
      "application/mmt-aei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["maei"]
      },
      "application/mmt-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musd"]
      },
      "application/mods+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mods"]
      },
      "application/moss-keys": {
        source: "iana"
      },
      "application/moss-signature": {
        source: "iana"
      },
      "application/mosskey-data": {
        source: "iana"
      },
      "application/mosskey-request": {
        source: "iana"
      },
      "application/mp21": {
        source: "iana",
        extensions: ["m21", "mp21"]
      },
      "application/mp4": {
        source: "iana",
        extensions: ["mp4", "mpg4", "mp4s", "m4p"]
      },
      "application/mpeg4-generic": {
        source: "iana"
      },
      "application/mpeg4-iod": {
        source: "iana"
      },
      "application/mpeg4-iod-xmt": {
        source: "iana"
      },
      "application/mrb-consumer+xml": {
        source: "iana",
        compressible: true
      },
      "application/mrb-publish+xml": {
        source: "iana",
        compressible: true
      },
      "application/msc-ivr+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msc-mixer+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/msix": {
        compressible: false,
        extensions: ["msix"]
      },
      "application/msixbundle": {
        compressible: false,
        extensions: ["msixbundle"]
      },
      "application/msword": {
        source: "iana",
        compressible: false,
        extensions: ["doc", "dot"]
      },
      "application/mud+json": {
        source: "iana",
        compressible: true
      },
      "application/multipart-core": {
        source: "iana"
      },
      "application/mxf": {
        source: "iana",
        extensions: ["mxf"]
      },
      "application/n-quads": {
        source: "iana",
        extensions: ["nq"]
      },
      "application/n-triples": {
        source: "iana",
        extensions: ["nt"]
      },
      "application/nasdata": {
        source: "iana"
      },
      "application/news-checkgroups": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-groupinfo": {
        source: "iana",
        charset: "US-ASCII"
      },
      "application/news-transmission": {
        source: "iana"
      },
      "application/nlsml+xml": {
        source: "iana",
        compressible: true
      },
      "application/node": {
        source: "iana",
        extensions: ["cjs"]
      },
      "application/nss": {
        source: "iana"
      },
      "application/oauth-authz-req+jwt": {
        source: "iana"
      },
      "application/oblivious-dns-message": {
        source: "iana"
      },
      "application/ocsp-request": {
        source: "iana"
      },
      "application/ocsp-response": {
        source: "iana"
      },
      "application/octet-stream": {
        source: "iana",
        compressible: true,
        extensions: ["bin", "dms", "lrf", "mar", "so", "dist", "distz", "pkg", "bpk", "dump", "elc", "deploy", "exe", "dll", "deb", "dmg", "iso", "img", "msi", "msp", "msm", "buffer"]
      },
      "application/oda": {
        source: "iana",
        extensions: ["oda"]
      },
      "application/odm+xml": {
        source: "iana",
        compressible: true
      },
      "application/odx": {
        source: "iana"
      },
      "application/oebps-package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["opf"]
      },
      "application/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogx"]
      },
      "application/ohttp-keys": {
        source: "iana"
      },
      "application/omdoc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["omdoc"]
      },
      "application/onenote": {
        source: "apache",
        extensions: ["onetoc", "onetoc2", "onetmp", "onepkg", "one", "onea"]
      },
      "application/opc-nodeset+xml": {
        source: "iana",
        compressible: true
      },
      "application/oscore": {
        source: "iana"
      },
      "application/oxps": {
        source: "iana",
        extensions: ["oxps"]
      },
      "application/p21": {
        source: "iana"
      },
      "application/p21+zip": {
        source: "iana",
        compressible: false
      },
      "application/p2p-overlay+xml": {
        source: "iana",
        compressible: true,
        extensions: ["relo"]
      },
      "application/parityfec": {
        source: "iana"
      },
      "application/passport": {
        source: "iana"
      },
      "application/patch-ops-error+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xer"]
      },
      "application/pdf": {
        source: "iana",
        compressible: false,
        extensions: ["pdf"]
      },
      "application/pdx": {
        source: "iana"
      },
      "application/pem-certificate-chain": {
        source: "iana"
      },
      "application/pgp-encrypted": {
        source: "iana",
        compressible: false,
        extensions: ["pgp"]
      },
      "application/pgp-keys": {
        source: "iana",
        extensions: ["asc"]
      },
      "application/pgp-signature": {
        source: "iana",
        extensions: ["sig", "asc"]
      },
      "application/pics-rules": {
        source: "apache",
        extensions: ["prf"]
      },
      "application/pidf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pidf-diff+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/pkcs10": {
        source: "iana",
        extensions: ["p10"]
      },
      "application/pkcs12": {
        source: "iana"
      },
      "application/pkcs7-mime": {
        source: "iana",
        extensions: ["p7m", "p7c"]
      },
      "application/pkcs7-signature": {
        source: "iana",
        extensions: ["p7s"]
      },
      "application/pkcs8": {
        source: "iana",
        extensions: ["p8"]
      },
      "application/pkcs8-encrypted": {
        source: "iana"
      },
      "application/pkix-attr-cert": {
        source: "iana",
        extensions: ["ac"]
      },
      "application/pkix-cert": {
        source: "iana",
        extensions: ["cer"]
      },
      "application/pkix-crl": {
        source: "iana",
        extensions: ["crl"]
      },
      "application/pkix-pkipath": {
        source: "iana",
        extensions: ["pkipath"]
      },
      "application/pkixcmp": {
        source: "iana",
        extensions: ["pki"]
      },
      "application/pls+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pls"]
      },
      "application/poc-settings+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/postscript": {
        source: "iana",
        compressible: true,
        extensions: ["ai", "eps", "ps"]
      },
      "application/ppsp-tracker+json": {
        source: "iana",
        compressible: true
      },
      "application/private-token-issuer-directory": {
        source: "iana"
      },
      "application/private-token-request": {
        source: "iana"
      },
      "application/private-token-response": {
        source: "iana"
      },
      "application/problem+json": {
        source: "iana",
        compressible: true
      },
      "application/problem+xml": {
        source: "iana",
        compressible: true
      },
      "application/provenance+xml": {
        source: "iana",
        compressible: true,
        extensions: ["provx"]
      },
      "application/provided-claims+jwt": {
        source: "iana"
      },
      "application/prs.alvestrand.titrax-sheet": {
        source: "iana"
      },
      "application/prs.cww": {
        source: "iana",
        extensions: ["cww"]
      },
      "application/prs.cyn": {
        source: "iana",
        charset: "7-BIT"
      },
      "application/prs.hpub+zip": {
        source: "iana",
        compressible: false
      },
      "application/prs.implied-document+xml": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-executable": {
        source: "iana"
      },
      "application/prs.implied-object+json": {
        source: "iana",
        compressible: true
      },
      "application/prs.implied-object+json-seq": {
        source: "iana"
      },
      "application/prs.implied-object+yaml": {
        source: "iana"
      },
      "application/prs.implied-structure": {
        source: "iana"
      },
      "application/prs.mayfile": {
        source: "iana"
      },
      "application/prs.nprend": {
        source: "iana"
      },
      "application/prs.plucker": {
        source: "iana"
      },
      "application/prs.rdf-xml-crypt": {
        source: "iana"
      },
      "application/prs.vcfbzip2": {
        source: "iana"
      },
      "application/prs.xsf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsf"]
      },
      "application/pskc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["pskcxml"]
      },
      "application/pvd+json": {
        source: "iana",
        compressible: true
      },
      "application/qsig": {
        source: "iana"
      },
      "application/raml+yaml": {
        compressible: true,
        extensions: ["raml"]
      },
      "application/raptorfec": {
        source: "iana"
      },
      "application/rdap+json": {
        source: "iana",
        compressible: true
      },
      "application/rdf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rdf", "owl"]
      },
      "application/reginfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rif"]
      },
      "application/relax-ng-compact-syntax": {
        source: "iana",
        extensions: ["rnc"]
      },
      "application/remote-printing": {
        source: "apache"
      },
      "application/reputon+json": {
        source: "iana",
        compressible: true
      },
      "application/resolve-response+jwt": {
        source: "iana"
      },
      "application/resource-lists+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rl"]
      },
      "application/resource-lists-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rld"]
      },
      "application/rfc+xml": {
        source: "iana",
        compressible: true
      },
      "application/riscos": {
        source: "iana"
      },
      "application/rlmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/rls-services+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rs"]
      },
      "application/route-apd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rapd"]
      },
      "application/route-s-tsid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sls"]
      },
      "application/route-usd+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rusd"]
      },
      "application/rpki-checklist": {
        source: "iana"
      },
      "application/rpki-ghostbusters": {
        source: "iana",
        extensions: ["gbr"]
      },
      "application/rpki-manifest": {
        source: "iana",
        extensions: ["mft"]
      },
      "application/rpki-publication": {
        source: "iana"
      },
      "application/rpki-roa": {
        source: "iana",
        extensions: ["roa"]
      },
      "application/rpki-signed-tal": {
        source: "iana"
      },
      "application/rpki-updown": {
        source: "iana"
      },
      "application/rsd+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rsd"]
      },
      "application/rss+xml": {
        source: "apache",
        compressible: true,
        extensions: ["rss"]
      },
      "application/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "application/rtploopback": {
        source: "iana"
      },
      "application/rtx": {
        source: "iana"
      },
      "application/samlassertion+xml": {
        source: "iana",
        compressible: true
      },
      "application/samlmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/sarif+json": {
        source: "iana",
        compressible: true
      },
      "application/sarif-external-properties+json": {
        source: "iana",
        compressible: true
      },
      "application/sbe": {
        source: "iana"
      },
      "application/sbml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sbml"]
      },
      "application/scaip+xml": {
        source: "iana",
        compressible: true
      },
      "application/scim+json": {
        source: "iana",
        compressible: true
      },
      "application/scvp-cv-request": {
        source: "iana",
        extensions: ["scq"]
      },
      "application/scvp-cv-response": {
        source: "iana",
        extensions: ["scs"]
      },
      "application/scvp-vp-request": {
        source: "iana",
        extensions: ["spq"]
      },
      "application/scvp-vp-response": {
        source: "iana",
        extensions: ["spp"]
      },
      "application/sdp": {
        source: "iana",
        extensions: ["sdp"]
      },
      "application/secevent+jwt": {
        source: "iana"
      },
      "application/senml+cbor": {
        source: "iana"
      },
      "application/senml+json": {
        source: "iana",
        compressible: true
      },
      "application/senml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["senmlx"]
      },
      "application/senml-etch+cbor": {
        source: "iana"
      },
      "application/senml-etch+json": {
        source: "iana",
        compressible: true
      },
      "application/senml-exi": {
        source: "iana"
      },
      "application/sensml+cbor": {
        source: "iana"
      },
      "application/sensml+json": {
        source: "iana",
        compressible: true
      },
      "application/sensml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sensmlx"]
      },
      "application/sensml-exi": {
        source: "iana"
      },
      "application/sep+xml": {
        source: "iana",
        compressible: true
      },
      "application/sep-exi": {
        source: "iana"
      },
      "application/session-info": {
        source: "iana"
      },
      "application/set-payment": {
        source: "iana"
      },
      "application/set-payment-initiation": {
        source: "iana",
        extensions: ["setpay"]
      },
      "application/set-registration": {
        source: "iana"
      },
      "application/set-registration-initiation": {
        source: "iana",
        extensions: ["setreg"]
      },
      "application/sgml": {
        source: "iana"
      },
      "application/sgml-open-catalog": {
        source: "iana"
      },
      "application/shf+xml": {
        source: "iana",
        compressible: true,
        extensions: ["shf"]
      },
      "application/sieve": {
        source: "iana",
        extensions: ["siv", "sieve"]
      },
      "application/simple-filter+xml": {
        source: "iana",
        compressible: true
      },
      "application/simple-message-summary": {
        source: "iana"
      },
      "application/simplesymbolcontainer": {
        source: "iana"
      },
      "application/sipc": {
        source: "iana"
      },
      "application/slate": {
        source: "iana"
      },
      "application/smil": {
        source: "apache"
      },
      "application/smil+xml": {
        source: "iana",
        compressible: true,
        extensions: ["smi", "smil"]
      },
      "application/smpte336m": {
        source: "iana"
      },
      "application/soap+fastinfoset": {
        source: "iana"
      },
      "application/soap+xml": {
        source: "iana",
        compressible: true
      },
      "application/sparql-query": {
        source: "iana",
        extensions: ["rq"]
      },
      "application/sparql-results+xml": {
        source: "iana",
        compressible: true,
        extensions: ["srx"]
      },
      "application/spdx+json": {
        source: "iana",
        compressible: true
      },
      "application/spirits-event+xml": {
        source: "iana",
        compressible: true
      },
      "application/sql": {
        source: "iana",
        extensions: ["sql"]
      },
      "application/srgs": {
        source: "iana",
        extensions: ["gram"]
      },
      "application/srgs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["grxml"]
      },
      "application/sru+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sru"]
      },
      "application/ssdl+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ssdl"]
      },
      "application/sslkeylogfile": {
        source: "iana"
      },
      "application/ssml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ssml"]
      },
      "application/st2110-41": {
        source: "iana"
      },
      "application/stix+json": {
        source: "iana",
        compressible: true
      },
      "application/stratum": {
        source: "iana"
      },
      "application/swid+cbor": {
        source: "iana"
      },
      "application/swid+xml": {
        source: "iana",
        compressible: true,
        extensions: ["swidtag"]
      },
      "application/tamp-apex-update": {
        source: "iana"
      },
      "application/tamp-apex-update-confirm": {
        source: "iana"
      },
      "application/tamp-community-update": {
        source: "iana"
      },
      "application/tamp-community-update-confirm": {
        source: "iana"
      },
      "application/tamp-error": {
        source: "iana"
      },
      "application/tamp-sequence-adjust": {
        source: "iana"
      },
      "application/tamp-sequence-adjust-confirm": {
        source: "iana"
      },
      "application/tamp-status-query": {
        source: "iana"
      },
      "application/tamp-status-response": {
        source: "iana"
      },
      "application/tamp-update": {
        source: "iana"
      },
      "application/tamp-update-confirm": {
        source: "iana"
      },
      "application/tar": {
        compressible: true
      },
      "application/taxii+json": {
        source: "iana",
        compressible: true
      },
      "application/td+json": {
        source: "iana",
        compressible: true
      },
      "application/tei+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tei", "teicorpus"]
      },
      "application/tetra_isi": {
        source: "iana"
      },
      "application/thraud+xml": {
        source: "iana",
        compressible: true,
        extensions: ["tfi"]
      },
      "application/timestamp-query": {
        source: "iana"
      },
      "application/timestamp-reply": {
        source: "iana"
      },
      "application/timestamped-data": {
        source: "iana",
        extensions: ["tsd"]
      },
      "application/tlsrpt+gzip": {
        source: "iana"
      },
      "application/tlsrpt+json": {
        source: "iana",
        compressible: true
      },
      "application/tm+json": {
        source: "iana",
        compressible: true
      },
      "application/tnauthlist": {
        source: "iana"
      },
      "application/toc+cbor": {
        source: "iana"
      },
      "application/token-introspection+jwt": {
        source: "iana"
      },
      "application/toml": {
        source: "iana",
        compressible: true,
        extensions: ["toml"]
      },
      "application/trickle-ice-sdpfrag": {
        source: "iana"
      },
      "application/trig": {
        source: "iana",
        extensions: ["trig"]
      },
      "application/trust-chain+json": {
        source: "iana",
        compressible: true
      },
      "application/trust-mark+jwt": {
        source: "iana"
      },
      "application/trust-mark-delegation+jwt": {
        source: "iana"
      },
      "application/ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ttml"]
      },
      "application/tve-trigger": {
        source: "iana"
      },
      "application/tzif": {
        source: "iana"
      },
      "application/tzif-leap": {
        source: "iana"
      },
      "application/ubjson": {
        compressible: false,
        extensions: ["ubj"]
      },
      "application/uccs+cbor": {
        source: "iana"
      },
      "application/ujcs+json": {
        source: "iana",
        compressible: true
      },
      "application/ulpfec": {
        source: "iana"
      },
      "application/urc-grpsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/urc-ressheet+xml": {
        source: "iana",
        compressible: true,
        extensions: ["rsheet"]
      },
      "application/urc-targetdesc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["td"]
      },
      "application/urc-uisocketdesc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vc": {
        source: "iana"
      },
      "application/vc+cose": {
        source: "iana"
      },
      "application/vc+jwt": {
        source: "iana"
      },
      "application/vcard+json": {
        source: "iana",
        compressible: true
      },
      "application/vcard+xml": {
        source: "iana",
        compressible: true
      },
      "application/vemmi": {
        source: "iana"
      },
      "application/vividence.scriptfile": {
        source: "apache"
      },
      "application/vnd.1000minds.decision-model+xml": {
        source: "iana",
        compressible: true,
        extensions: ["1km"]
      },
      "application/vnd.1ob": {
        source: "iana"
      },
      "application/vnd.3gpp-prose+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3a+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ach+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc3ch+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-prose-pc8+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp-v2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gnas": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsa2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x": {
        source: "iana"
      },
      "application/vnd.3gpp.5gsv2x-local-service-information": {
        source: "iana"
      },
      "application/vnd.3gpp.access-transfer-events+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.bsf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.crs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.current-location-discovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gmop+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.gtpc": {
        source: "iana"
      },
      "application/vnd.3gpp.interworking-data": {
        source: "iana"
      },
      "application/vnd.3gpp.lpp": {
        source: "iana"
      },
      "application/vnd.3gpp.mc-signalling-ear": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-msgstore-ctrl-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-payload": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-signalling": {
        source: "iana"
      },
      "application/vnd.3gpp.mcdata-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcdata-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-floor-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-signed+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-ue-init-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcptt-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-affiliation-command+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-regroup+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-service-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-transmission-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-ue-config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mcvideo-user-profile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.mid-call+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ngap": {
        source: "iana"
      },
      "application/vnd.3gpp.pfcp": {
        source: "iana"
      },
      "application/vnd.3gpp.pic-bw-large": {
        source: "iana",
        extensions: ["plb"]
      },
      "application/vnd.3gpp.pic-bw-small": {
        source: "iana",
        extensions: ["psb"]
      },
      "application/vnd.3gpp.pic-bw-var": {
        source: "iana",
        extensions: ["pvb"]
      },
      "application/vnd.3gpp.pinapp-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.s1ap": {
        source: "iana"
      },
      "application/vnd.3gpp.seal-group-doc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-location-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-mbms-usage-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-network-qos-management-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-ue-config-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-unicast-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.seal-user-profile-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.sms": {
        source: "iana"
      },
      "application/vnd.3gpp.sms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-ext+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.srvcc-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.state-and-event-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.ussd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp.v2x": {
        source: "iana"
      },
      "application/vnd.3gpp.vae-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.bcmcsinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.3gpp2.sms": {
        source: "iana"
      },
      "application/vnd.3gpp2.tcap": {
        source: "iana",
        extensions: ["tcap"]
      },
      "application/vnd.3lightssoftware.imagescal": {
        source: "iana"
      },
      "application/vnd.3m.post-it-notes": {
        source: "iana",
        extensions: ["pwn"]
      },
      "application/vnd.accpac.simply.aso": {
        source: "iana",
        extensions: ["aso"]
      },
      "application/vnd.accpac.simply.imp": {
        source: "iana",
        extensions: ["imp"]
      },
      "application/vnd.acm.addressxfer+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acm.chatbot+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.acucobol": {
        source: "iana",
        extensions: ["acu"]
      },
      "application/vnd.acucorp": {
        source: "iana",
        extensions: ["atc", "acutc"]
      },
      "application/vnd.adobe.air-application-installer-package+zip": {
        source: "apache",
        compressible: false,
        extensions: ["air"]
      },
      "application/vnd.adobe.flash.movie": {
        source: "iana"
      },
      "application/vnd.adobe.formscentral.fcdt": {
        source: "iana",
        extensions: ["fcdt"]
      },
      "application/vnd.adobe.fxp": {
        source: "iana",
        extensions: ["fxp", "fxpl"]
      },
      "application/vnd.adobe.partial-upload": {
        source: "iana"
      },
      "application/vnd.adobe.xdp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdp"]
      },
      "application/vnd.adobe.xfdf": {
        source: "apache",
        extensions: ["xfdf"]
      },
      "application/vnd.aether.imp": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata": {
        source: "iana"
      },
      "application/vnd.afpc.afplinedata-pagedef": {
        source: "iana"
      },
      "application/vnd.afpc.cmoca-cmresource": {
        source: "iana"
      },
      "application/vnd.afpc.foca-charset": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codedfont": {
        source: "iana"
      },
      "application/vnd.afpc.foca-codepage": {
        source: "iana"
      },
      "application/vnd.afpc.modca": {
        source: "iana"
      },
      "application/vnd.afpc.modca-cmtable": {
        source: "iana"
      },
      "application/vnd.afpc.modca-formdef": {
        source: "iana"
      },
      "application/vnd.afpc.modca-mediummap": {
        source: "iana"
      },
      "application/vnd.afpc.modca-objectcontainer": {
        source: "iana"
      },
      "application/vnd.afpc.modca-overlay": {
        source: "iana"
      },
      "application/vnd.afpc.modca-pagesegment": {
        source: "iana"
      },
      "application/vnd.age": {
        source: "iana",
        extensions: ["age"]
      },
      "application/vnd.ah-barcode": {
        source: "apache"
      },
      "application/vnd.ahead.space": {
        source: "iana",
        extensions: ["ahead"]
      },
      "application/vnd.airzip.filesecure.azf": {
        source: "iana",
        extensions: ["azf"]
      },
      "application/vnd.airzip.filesecure.azs": {
        source: "iana",
        extensions: ["azs"]
      },
      "application/vnd.amadeus+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.amazon.ebook": {
        source: "apache",
        extensions: ["azw"]
      },
      "application/vnd.amazon.mobi8-ebook": {
        source: "iana"
      },
      "application/vnd.americandynamics.acc": {
        source: "iana",
        extensions: ["acc"]
      },
      "application/vnd.amiga.ami": {
        source: "iana",
        extensions: ["ami"]
      },
      "application/vnd.amundsen.maze+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.android.ota": {
        source: "iana"
      },
      "application/vnd.android.package-archive": {
        source: "apache",
        compressible: false,
        extensions: ["apk"]
      },
      "application/vnd.anki": {
        source: "iana"
      },
      "application/vnd.anser-web-certificate-issue-initiation": {
        source: "iana",
        extensions: ["cii"]
      },
      "application/vnd.anser-web-funds-transfer-initiation": {
        source: "apache",
        extensions: ["fti"]
      },
      "application/vnd.antix.game-component": {
        source: "iana",
        extensions: ["atx"]
      },
      "application/vnd.apache.arrow.file": {
        source: "iana"
      },
      "application/vnd.apache.arrow.stream": {
        source: "iana"
      },
      "application/vnd.apache.parquet": {
        source: "iana"
      },
      "application/vnd.apache.thrift.binary": {
        source: "iana"
      },
      "application/vnd.apache.thrift.compact": {
        source: "iana"
      },
      "application/vnd.apache.thrift.json": {
        source: "iana"
      },
      "application/vnd.apexlang": {
        source: "iana"
      },
      "application/vnd.api+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.aplextor.warrp+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apothekende.reservation+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.apple.installer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mpkg"]
      },
      "application/vnd.apple.keynote": {
        source: "iana",
        extensions: ["key"]
      },
      "application/vnd.apple.mpegurl": {
        source: "iana",
        extensions: ["m3u8"]
      },
      "application/vnd.apple.numbers": {
        source: "iana",
        extensions: ["numbers"]
      },
      "application/vnd.apple.pages": {
        source: "iana",
        extensions: ["pages"]
      },
      "application/vnd.apple.pkpass": {
        compressible: false,
        extensions: ["pkpass"]
      },
      "application/vnd.arastra.swi": {
        source: "apache"
      },
      "application/vnd.aristanetworks.swi": {
        source: "iana",
        extensions: ["swi"]
      },
      "application/vnd.artisan+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.artsquare": {
        source: "iana"
      },
      "application/vnd.astraea-software.iota": {
        source: "iana",
        extensions: ["iota"]
      },
      "application/vnd.audiograph": {
        source: "iana",
        extensions: ["aep"]
      },
      "application/vnd.autodesk.fbx": {
        extensions: ["fbx"]
      },
      "application/vnd.autopackage": {
        source: "iana"
      },
      "application/vnd.avalon+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.avistar+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.balsamiq.bmml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bmml"]
      },
      "application/vnd.balsamiq.bmpr": {
        source: "iana"
      },
      "application/vnd.banana-accounting": {
        source: "iana"
      },
      "application/vnd.bbf.usp.error": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg": {
        source: "iana"
      },
      "application/vnd.bbf.usp.msg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bekitzur-stech+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.belightsoft.lhzd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.belightsoft.lhzl+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.bint.med-content": {
        source: "iana"
      },
      "application/vnd.biopax.rdf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.blink-idb-value-wrapper": {
        source: "iana"
      },
      "application/vnd.blueice.multipass": {
        source: "iana",
        extensions: ["mpm"]
      },
      "application/vnd.bluetooth.ep.oob": {
        source: "iana"
      },
      "application/vnd.bluetooth.le.oob": {
        source: "iana"
      },
      "application/vnd.bmi": {
        source: "iana",
        extensions: ["bmi"]
      },
      "application/vnd.bpf": {
        source: "iana"
      },
      "application/vnd.bpf3": {
        source: "iana"
      },
      "application/vnd.businessobjects": {
        source: "iana",
        extensions: ["rep"]
      },
      "application/vnd.byu.uapi+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.bzip3": {
        source: "iana"
      },
      "application/vnd.c3voc.schedule+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cab-jscript": {
        source: "iana"
      },
      "application/vnd.canon-cpdl": {
        source: "iana"
      },
      "application/vnd.canon-lips": {
        source: "iana"
      },
      "application/vnd.capasystems-pg+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cendio.thinlinc.clientconf": {
        source: "iana"
      },
      "application/vnd.century-systems.tcp_stream": {
        source: "iana"
      },
      "application/vnd.chemdraw+xml": {
        source: "iana",
        compressible: true,
        extensions: ["cdxml"]
      },
      "application/vnd.chess-pgn": {
        source: "iana"
      },
      "application/vnd.chipnuts.karaoke-mmd": {
        source: "iana",
        extensions: ["mmd"]
      },
      "application/vnd.ciedi": {
        source: "iana"
      },
      "application/vnd.cinderella": {
        source: "iana",
        extensions: ["cdy"]
      },
      "application/vnd.cirpack.isdn-ext": {
        source: "iana"
      },
      "application/vnd.citationstyles.style+xml": {
        source: "iana",
        compressible: true,
        extensions: ["csl"]
      },
      "application/vnd.claymore": {
        source: "iana",
        extensions: ["cla"]
      },
      "application/vnd.cloanto.rp9": {
        source: "iana",
        extensions: ["rp9"]
      },
      "application/vnd.clonk.c4group": {
        source: "iana",
        extensions: ["c4g", "c4d", "c4f", "c4p", "c4u"]
      },
      "application/vnd.cluetrust.cartomobile-config": {
        source: "iana",
        extensions: ["c11amc"]
      },
      "application/vnd.cluetrust.cartomobile-config-pkg": {
        source: "iana",
        extensions: ["c11amz"]
      },
      "application/vnd.cncf.helm.chart.content.v1.tar+gzip": {
        source: "iana"
      },
      "application/vnd.cncf.helm.chart.provenance.v1.prov": {
        source: "iana"
      },
      "application/vnd.cncf.helm.config.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.coffeescript": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.document-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.presentation-template": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet": {
        source: "iana"
      },
      "application/vnd.collabio.xodocuments.spreadsheet-template": {
        source: "iana"
      },
      "application/vnd.collection+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.doc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.collection.next+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.comicbook+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.comicbook-rar": {
        source: "iana"
      },
      "application/vnd.commerce-battelle": {
        source: "iana"
      },
      "application/vnd.commonspace": {
        source: "iana",
        extensions: ["csp"]
      },
      "application/vnd.contact.cmsg": {
        source: "iana",
        extensions: ["cdbcmsg"]
      },
      "application/vnd.coreos.ignition+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cosmocaller": {
        source: "iana",
        extensions: ["cmc"]
      },
      "application/vnd.crick.clicker": {
        source: "iana",
        extensions: ["clkx"]
      },
      "application/vnd.crick.clicker.keyboard": {
        source: "iana",
        extensions: ["clkk"]
      },
      "application/vnd.crick.clicker.palette": {
        source: "iana",
        extensions: ["clkp"]
      },
      "application/vnd.crick.clicker.template": {
        source: "iana",
        extensions: ["clkt"]
      },
      "application/vnd.crick.clicker.wordbank": {
        source: "iana",
        extensions: ["clkw"]
      },
      "application/vnd.criticaltools.wbs+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wbs"]
      },
      "application/vnd.cryptii.pipe+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.crypto-shade-file": {
        source: "iana"
      },
      "application/vnd.cryptomator.encrypted": {
        source: "iana"
      },
      "application/vnd.cryptomator.vault": {
        source: "iana"
      },
      "application/vnd.ctc-posml": {
        source: "iana",
        extensions: ["pml"]
      },
      "application/vnd.ctct.ws+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cups-pdf": {
        source: "iana"
      },
      "application/vnd.cups-postscript": {
        source: "iana"
      },
      "application/vnd.cups-ppd": {
        source: "iana",
        extensions: ["ppd"]
      },
      "application/vnd.cups-raster": {
        source: "iana"
      },
      "application/vnd.cups-raw": {
        source: "iana"
      },
      "application/vnd.curl": {
        source: "iana"
      },
      "application/vnd.curl.car": {
        source: "apache",
        extensions: ["car"]
      },
      "application/vnd.curl.pcurl": {
        source: "apache",
        extensions: ["pcurl"]
      },
      "application/vnd.cyan.dean.root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cybank": {
        source: "iana"
      },
      "application/vnd.cyclonedx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.cyclonedx+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.d2l.coursepackage1p0+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.d3m-dataset": {
        source: "iana"
      },
      "application/vnd.d3m-problem": {
        source: "iana"
      },
      "application/vnd.dart": {
        source: "iana",
        compressible: true,
        extensions: ["dart"]
      },
      "application/vnd.data-vision.rdz": {
        source: "iana",
        extensions: ["rdz"]
      },
      "application/vnd.datalog": {
        source: "iana"
      },
      "application/vnd.datapackage+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dataresource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dbf": {
        source: "iana",
        extensions: ["dbf"]
      },
      "application/vnd.dcmp+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dcmp"]
      },
      "application/vnd.debian.binary-package": {
        source: "iana"
      },
      "application/vnd.dece.data": {
        source: "iana",
        extensions: ["uvf", "uvvf", "uvd", "uvvd"]
      },
      "application/vnd.dece.ttml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uvt", "uvvt"]
      },
      "application/vnd.dece.unspecified": {
        source: "iana",
        extensions: ["uvx", "uvvx"]
      },
      "application/vnd.dece.zip": {
        source: "iana",
        extensions: ["uvz", "uvvz"]
      },
      "application/vnd.denovo.fcselayout-link": {
        source: "iana",
        extensions: ["fe_launch"]
      },
      "application/vnd.desmume.movie": {
        source: "iana"
      },
      "application/vnd.dir-bi.plate-dl-nosuffix": {
        source: "iana"
      },
      "application/vnd.dm.delegation+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dna": {
        source: "iana",
        extensions: ["dna"]
      },
      "application/vnd.document+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dolby.mlp": {
        source: "apache",
        extensions: ["mlp"]
      },
      "application/vnd.dolby.mobile.1": {
        source: "iana"
      },
      "application/vnd.dolby.mobile.2": {
        source: "iana"
      },
      "application/vnd.doremir.scorecloud-binary-document": {
        source: "iana"
      },
      "application/vnd.dpgraph": {
        source: "iana",
        extensions: ["dpg"]
      },
      "application/vnd.dreamfactory": {
        source: "iana",
        extensions: ["dfac"]
      },
      "application/vnd.drive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ds-keypoint": {
        source: "apache",
        extensions: ["kpxx"]
      },
      "application/vnd.dtg.local": {
        source: "iana"
      },
      "application/vnd.dtg.local.flash": {
        source: "iana"
      },
      "application/vnd.dtg.local.html": {
        source: "iana"
      },
      "application/vnd.dvb.ait": {
        source: "iana",
        extensions: ["ait"]
      },
      "application/vnd.dvb.dvbisl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.dvbj": {
        source: "iana"
      },
      "application/vnd.dvb.esgcontainer": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcdftnotifaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgaccess2": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcesgpdd": {
        source: "iana"
      },
      "application/vnd.dvb.ipdcroaming": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-base": {
        source: "iana"
      },
      "application/vnd.dvb.iptv.alfec-enhancement": {
        source: "iana"
      },
      "application/vnd.dvb.notif-aggregate-root+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-container+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-generic+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-msglist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-ia-registration-response+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.notif-init+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.dvb.pfr": {
        source: "iana"
      },
      "application/vnd.dvb.service": {
        source: "iana",
        extensions: ["svc"]
      },
      "application/vnd.dxr": {
        source: "iana"
      },
      "application/vnd.dynageo": {
        source: "iana",
        extensions: ["geo"]
      },
      "application/vnd.dzr": {
        source: "iana"
      },
      "application/vnd.easykaraoke.cdgdownload": {
        source: "iana"
      },
      "application/vnd.ecdis-update": {
        source: "iana"
      },
      "application/vnd.ecip.rlp": {
        source: "iana"
      },
      "application/vnd.eclipse.ditto+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ecowin.chart": {
        source: "iana",
        extensions: ["mag"]
      },
      "application/vnd.ecowin.filerequest": {
        source: "iana"
      },
      "application/vnd.ecowin.fileupdate": {
        source: "iana"
      },
      "application/vnd.ecowin.series": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesrequest": {
        source: "iana"
      },
      "application/vnd.ecowin.seriesupdate": {
        source: "iana"
      },
      "application/vnd.efi.img": {
        source: "iana"
      },
      "application/vnd.efi.iso": {
        source: "iana"
      },
      "application/vnd.eln+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.emclient.accessrequest+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.enliven": {
        source: "iana",
        extensions: ["nml"]
      },
      "application/vnd.enphase.envoy": {
        source: "iana"
      },
      "application/vnd.eprints.data+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.epson.esf": {
        source: "iana",
        extensions: ["esf"]
      },
      "application/vnd.epson.msf": {
        source: "iana",
        extensions: ["msf"]
      },
      "application/vnd.epson.quickanime": {
        source: "iana",
        extensions: ["qam"]
      },
      "application/vnd.epson.salt": {
        source: "iana",
        extensions: ["slt"]
      },
      "application/vnd.epson.ssf": {
        source: "iana",
        extensions: ["ssf"]
      },
      "application/vnd.ericsson.quickcall": {
        source: "iana"
      },
      "application/vnd.erofs": {
        source: "iana"
      },
      "application/vnd.espass-espass+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.eszigno3+xml": {
        source: "iana",
        compressible: true,
        extensions: ["es3", "et3"]
      },
      "application/vnd.etsi.aoc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.asic-e+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.asic-s+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.etsi.cug+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvcommand+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-bc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-cod+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsad-npvr+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvservice+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvsync+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.iptvueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mcid+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.mheg5": {
        source: "iana"
      },
      "application/vnd.etsi.overload-control-policy-dataset+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.pstn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.sci+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.simservs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.timestamp-token": {
        source: "iana"
      },
      "application/vnd.etsi.tsl+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.etsi.tsl.der": {
        source: "iana"
      },
      "application/vnd.eu.kasparian.car+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.eudora.data": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.profile": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.settings": {
        source: "iana"
      },
      "application/vnd.evolv.ecig.theme": {
        source: "iana"
      },
      "application/vnd.exstream-empower+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.exstream-package": {
        source: "iana"
      },
      "application/vnd.ezpix-album": {
        source: "iana",
        extensions: ["ez2"]
      },
      "application/vnd.ezpix-package": {
        source: "iana",
        extensions: ["ez3"]
      },
      "application/vnd.f-secure.mobile": {
        source: "iana"
      },
      "application/vnd.familysearch.gedcom+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.fastcopy-disk-image": {
        source: "iana"
      },
      "application/vnd.fdf": {
        source: "apache",
        extensions: ["fdf"]
      },
      "application/vnd.fdsn.mseed": {
        source: "iana",
        extensions: ["mseed"]
      },
      "application/vnd.fdsn.seed": {
        source: "iana",
        extensions: ["seed", "dataless"]
      },
      "application/vnd.fdsn.stationxml+xml": {
        source: "iana",
        charset: "XML-BASED",
        compressible: true
      },
      "application/vnd.ffsns": {
        source: "iana"
      },
      "application/vnd.ficlab.flb+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.filmit.zfc": {
        source: "iana"
      },
      "application/vnd.fints": {
        source: "iana"
      },
      "application/vnd.firemonkeys.cloudcell": {
        source: "iana"
      },
      "application/vnd.flographit": {
        source: "iana",
        extensions: ["gph"]
      },
      "application/vnd.fluxtime.clip": {
        source: "iana",
        extensions: ["ftc"]
      },
      "application/vnd.font-fontforge-sfd": {
        source: "iana"
      },
      "application/vnd.framemaker": {
        source: "iana",
        extensions: ["fm", "frame", "maker", "book"]
      },
      "application/vnd.freelog.comic": {
        source: "iana"
      },
      "application/vnd.frogans.fnc": {
        source: "apache",
        extensions: ["fnc"]
      },
      "application/vnd.frogans.ltf": {
        source: "apache",
        extensions: ["ltf"]
      },
      "application/vnd.fsc.weblaunch": {
        source: "iana",
        extensions: ["fsc"]
      },
      "application/vnd.fujifilm.fb.docuworks": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.binder": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujifilm.fb.jfi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fujitsu.oasys": {
        source: "iana",
        extensions: ["oas"]
      },
      "application/vnd.fujitsu.oasys2": {
        source: "iana",
        extensions: ["oa2"]
      },
      "application/vnd.fujitsu.oasys3": {
        source: "iana",
        extensions: ["oa3"]
      },
      "application/vnd.fujitsu.oasysgp": {
        source: "iana",
        extensions: ["fg5"]
      },
      "application/vnd.fujitsu.oasysprs": {
        source: "iana",
        extensions: ["bh2"]
      },
      "application/vnd.fujixerox.art-ex": {
        source: "iana"
      },
      "application/vnd.fujixerox.art4": {
        source: "iana"
      },
      "application/vnd.fujixerox.ddd": {
        source: "iana",
        extensions: ["ddd"]
      },
      "application/vnd.fujixerox.docuworks": {
        source: "iana",
        extensions: ["xdw"]
      },
      "application/vnd.fujixerox.docuworks.binder": {
        source: "iana",
        extensions: ["xbd"]
      },
      "application/vnd.fujixerox.docuworks.container": {
        source: "iana"
      },
      "application/vnd.fujixerox.hbpl": {
        source: "iana"
      },
      "application/vnd.fut-misnet": {
        source: "iana"
      },
      "application/vnd.futoin+cbor": {
        source: "iana"
      },
      "application/vnd.futoin+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.fuzzysheet": {
        source: "iana",
        extensions: ["fzs"]
      },
      "application/vnd.ga4gh.passport+jwt": {
        source: "iana"
      },
      "application/vnd.genomatix.tuxedo": {
        source: "iana",
        extensions: ["txd"]
      },
      "application/vnd.genozip": {
        source: "iana"
      },
      "application/vnd.gentics.grd+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.catmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.ebuild": {
        source: "iana"
      },
      "application/vnd.gentoo.eclass": {
        source: "iana"
      },
      "application/vnd.gentoo.gpkg": {
        source: "iana"
      },
      "application/vnd.gentoo.manifest": {
        source: "iana"
      },
      "application/vnd.gentoo.pkgmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gentoo.xpak": {
        source: "iana"
      },
      "application/vnd.geo+json": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geocube+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.geogebra.file": {
        source: "iana",
        extensions: ["ggb"]
      },
      "application/vnd.geogebra.pinboard": {
        source: "iana"
      },
      "application/vnd.geogebra.slides": {
        source: "iana",
        extensions: ["ggs"]
      },
      "application/vnd.geogebra.tool": {
        source: "iana",
        extensions: ["ggt"]
      },
      "application/vnd.geometry-explorer": {
        source: "iana",
        extensions: ["gex", "gre"]
      },
      "application/vnd.geonext": {
        source: "iana",
        extensions: ["gxt"]
      },
      "application/vnd.geoplan": {
        source: "iana",
        extensions: ["g2w"]
      },
      "application/vnd.geospace": {
        source: "iana",
        extensions: ["g3w"]
      },
      "application/vnd.gerber": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt": {
        source: "iana"
      },
      "application/vnd.globalplatform.card-content-mgt-response": {
        source: "iana"
      },
      "application/vnd.gmx": {
        source: "iana",
        extensions: ["gmx"]
      },
      "application/vnd.gnu.taler.exchange+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.gnu.taler.merchant+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.google-apps.audio": {},
      "application/vnd.google-apps.document": {
        compressible: false,
        extensions: ["gdoc"]
      },
      "application/vnd.google-apps.drawing": {
        compressible: false,
        extensions: ["gdraw"]
      },
      "application/vnd.google-apps.drive-sdk": {
        compressible: false
      },
      "application/vnd.google-apps.file": {},
      "application/vnd.google-apps.folder": {
        compressible: false
      },
      "application/vnd.google-apps.form": {
        compressible: false,
        extensions: ["gform"]
      },
      "application/vnd.google-apps.fusiontable": {},
      "application/vnd.google-apps.jam": {
        compressible: false,
        extensions: ["gjam"]
      },
      "application/vnd.google-apps.mail-layout": {},
      "application/vnd.google-apps.map": {
        compressible: false,
        extensions: ["gmap"]
      },
      "application/vnd.google-apps.photo": {},
      "application/vnd.google-apps.presentation": {
        compressible: false,
        extensions: ["gslides"]
      },
      "application/vnd.google-apps.script": {
        compressible: false,
        extensions: ["gscript"]
      },
      "application/vnd.google-apps.shortcut": {},
      "application/vnd.google-apps.site": {
        compressible: false,
        extensions: ["gsite"]
      },
      "application/vnd.google-apps.spreadsheet": {
        compressible: false,
        extensions: ["gsheet"]
      },
      "application/vnd.google-apps.unknown": {},
      "application/vnd.google-apps.video": {},
      "application/vnd.google-earth.kml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["kml"]
      },
      "application/vnd.google-earth.kmz": {
        source: "iana",
        compressible: false,
        extensions: ["kmz"]
      },
      "application/vnd.gov.sk.e-form+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.gov.sk.e-form+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.gov.sk.xmldatacontainer+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdcf"]
      },
      "application/vnd.gpxsee.map+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.grafeq": {
        source: "iana",
        extensions: ["gqf", "gqs"]
      },
      "application/vnd.gridmp": {
        source: "iana"
      },
      "application/vnd.groove-account": {
        source: "iana",
        extensions: ["gac"]
      },
      "application/vnd.groove-help": {
        source: "iana",
        extensions: ["ghf"]
      },
      "application/vnd.groove-identity-message": {
        source: "iana",
        extensions: ["gim"]
      },
      "application/vnd.groove-injector": {
        source: "iana",
        extensions: ["grv"]
      },
      "application/vnd.groove-tool-message": {
        source: "iana",
        extensions: ["gtm"]
      },
      "application/vnd.groove-tool-template": {
        source: "iana",
        extensions: ["tpl"]
      },
      "application/vnd.groove-vcard": {
        source: "iana",
        extensions: ["vcg"]
      },
      "application/vnd.hal+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hal+xml": {
        source: "iana",
        compressible: true,
        extensions: ["hal"]
      },
      "application/vnd.handheld-entertainment+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zmm"]
      },
      "application/vnd.hbci": {
        source: "iana",
        extensions: ["hbci"]
      },
      "application/vnd.hc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hcl-bireports": {
        source: "iana"
      },
      "application/vnd.hdt": {
        source: "iana"
      },
      "application/vnd.heroku+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hhe.lesson-player": {
        source: "iana",
        extensions: ["les"]
      },
      "application/vnd.hp-hpgl": {
        source: "iana",
        extensions: ["hpgl"]
      },
      "application/vnd.hp-hpid": {
        source: "iana",
        extensions: ["hpid"]
      },
      "application/vnd.hp-hps": {
        source: "iana",
        extensions: ["hps"]
      },
      "application/vnd.hp-jlyt": {
        source: "iana",
        extensions: ["jlt"]
      },
      "application/vnd.hp-pcl": {
        source: "iana",
        extensions: ["pcl"]
      },
      "application/vnd.hp-pclxl": {
        source: "iana",
        extensions: ["pclxl"]
      },
      "application/vnd.hsl": {
        source: "iana"
      },
      "application/vnd.httphone": {
        source: "iana"
      },
      "application/vnd.hydrostatix.sof-data": {
        source: "iana",
        extensions: ["sfd-hdstx"]
      },
      "application/vnd.hyper+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyper-item+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hyperdrive+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.hzn-3d-crossword": {
        source: "iana"
      },
      "application/vnd.ibm.afplinedata": {
        source: "apache"
      },
      "application/vnd.ibm.electronic-media": {
        source: "iana"
      },
      "application/vnd.ibm.minipay": {
        source: "iana",
        extensions: ["mpy"]
      },
      "application/vnd.ibm.modcap": {
        source: "apache",
        extensions: ["afp", "listafp", "list3820"]
      },
      "application/vnd.ibm.rights-management": {
        source: "iana",
        extensions: ["irm"]
      },
      "application/vnd.ibm.secure-container": {
        source: "iana",
        extensions: ["sc"]
      },
      "application/vnd.iccprofile": {
        source: "iana",
        extensions: ["icc", "icm"]
      },
      "application/vnd.ieee.1905": {
        source: "iana"
      },
      "application/vnd.igloader": {
        source: "iana",
        extensions: ["igl"]
      },
      "application/vnd.imagemeter.folder+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.imagemeter.image+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.immervision-ivp": {
        source: "iana",
        extensions: ["ivp"]
      },
      "application/vnd.immervision-ivu": {
        source: "iana",
        extensions: ["ivu"]
      },
      "application/vnd.ims.imsccv1p1": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p2": {
        source: "iana"
      },
      "application/vnd.ims.imsccv1p3": {
        source: "iana"
      },
      "application/vnd.ims.lis.v2.result+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolconsumerprofile+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolproxy.id+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ims.lti.v2.toolsettings.simple+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informedcontrol.rms+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.informix-visionary": {
        source: "apache"
      },
      "application/vnd.infotech.project": {
        source: "iana"
      },
      "application/vnd.infotech.project+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.innopath.wamp.notification": {
        source: "iana"
      },
      "application/vnd.insors.igm": {
        source: "iana",
        extensions: ["igm"]
      },
      "application/vnd.intercon.formnet": {
        source: "iana",
        extensions: ["xpw", "xpx"]
      },
      "application/vnd.intergeo": {
        source: "iana",
        extensions: ["i2g"]
      },
      "application/vnd.intertrust.digibox": {
        source: "iana"
      },
      "application/vnd.intertrust.nncp": {
        source: "iana"
      },
      "application/vnd.intu.qbo": {
        source: "iana",
        extensions: ["qbo"]
      },
      "application/vnd.intu.qfx": {
        source: "iana",
        extensions: ["qfx"]
      },
      "application/vnd.ipfs.ipns-record": {
        source: "iana"
      },
      "application/vnd.ipld.car": {
        source: "iana"
      },
      "application/vnd.ipld.dag-cbor": {
        source: "iana"
      },
      "application/vnd.ipld.dag-json": {
        source: "iana"
      },
      "application/vnd.ipld.raw": {
        source: "iana"
      },
      "application/vnd.iptc.g2.catalogitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.conceptitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.knowledgeitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.newsmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.packageitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.iptc.g2.planningitem+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ipunplugged.rcprofile": {
        source: "iana",
        extensions: ["rcprofile"]
      },
      "application/vnd.irepository.package+xml": {
        source: "iana",
        compressible: true,
        extensions: ["irp"]
      },
      "application/vnd.is-xpr": {
        source: "iana",
        extensions: ["xpr"]
      },
      "application/vnd.isac.fcs": {
        source: "iana",
        extensions: ["fcs"]
      },
      "application/vnd.iso11783-10+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.jam": {
        source: "iana",
        extensions: ["jam"]
      },
      "application/vnd.japannet-directory-service": {
        source: "iana"
      },
      "application/vnd.japannet-jpnstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-payment-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-registration": {
        source: "iana"
      },
      "application/vnd.japannet-registration-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-setstore-wakeup": {
        source: "iana"
      },
      "application/vnd.japannet-verification": {
        source: "iana"
      },
      "application/vnd.japannet-verification-wakeup": {
        source: "iana"
      },
      "application/vnd.jcp.javame.midlet-rms": {
        source: "iana",
        extensions: ["rms"]
      },
      "application/vnd.jisp": {
        source: "iana",
        extensions: ["jisp"]
      },
      "application/vnd.joost.joda-archive": {
        source: "iana",
        extensions: ["joda"]
      },
      "application/vnd.jsk.isdn-ngn": {
        source: "iana"
      },
      "application/vnd.kahootz": {
        source: "iana",
        extensions: ["ktz", "ktr"]
      },
      "application/vnd.kde.karbon": {
        source: "iana",
        extensions: ["karbon"]
      },
      "application/vnd.kde.kchart": {
        source: "iana",
        extensions: ["chrt"]
      },
      "application/vnd.kde.kformula": {
        source: "iana",
        extensions: ["kfo"]
      },
      "application/vnd.kde.kivio": {
        source: "iana",
        extensions: ["flw"]
      },
      "application/vnd.kde.kontour": {
        source: "iana",
        extensions: ["kon"]
      },
      "application/vnd.kde.kpresenter": {
        source: "iana",
        extensions: ["kpr", "kpt"]
      },
      "application/vnd.kde.kspread": {
        source: "iana",
        extensions: ["ksp"]
      },
      "application/vnd.kde.kword": {
        source: "iana",
        extensions: ["kwd", "kwt"]
      },
      "application/vnd.kdl": {
        source: "iana"
      },
      "application/vnd.kenameaapp": {
        source: "iana",
        extensions: ["htke"]
      },
      "application/vnd.keyman.kmp+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.keyman.kmx": {
        source: "iana"
      },
      "application/vnd.kidspiration": {
        source: "iana",
        extensions: ["kia"]
      },
      "application/vnd.kinar": {
        source: "iana",
        extensions: ["kne", "knp"]
      },
      "application/vnd.koan": {
        source: "iana",
        extensions: ["skp", "skd", "skt", "skm"]
      },
      "application/vnd.kodak-descriptor": {
        source: "iana",
        extensions: ["sse"]
      },
      "application/vnd.las": {
        source: "iana"
      },
      "application/vnd.las.las+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.las.las+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lasxml"]
      },
      "application/vnd.laszip": {
        source: "iana"
      },
      "application/vnd.ldev.productlicensing": {
        source: "iana"
      },
      "application/vnd.leap+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.liberty-request+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.llamagraphics.life-balance.desktop": {
        source: "iana",
        extensions: ["lbd"]
      },
      "application/vnd.llamagraphics.life-balance.exchange+xml": {
        source: "iana",
        compressible: true,
        extensions: ["lbe"]
      },
      "application/vnd.logipipe.circuit+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.loom": {
        source: "iana"
      },
      "application/vnd.lotus-1-2-3": {
        source: "iana",
        extensions: ["123"]
      },
      "application/vnd.lotus-approach": {
        source: "iana",
        extensions: ["apr"]
      },
      "application/vnd.lotus-freelance": {
        source: "iana",
        extensions: ["pre"]
      },
      "application/vnd.lotus-notes": {
        source: "iana",
        extensions: ["nsf"]
      },
      "application/vnd.lotus-organizer": {
        source: "iana",
        extensions: ["org"]
      },
      "application/vnd.lotus-screencam": {
        source: "iana",
        extensions: ["scm"]
      },
      "application/vnd.lotus-wordpro": {
        source: "iana",
        extensions: ["lwp"]
      },
      "application/vnd.macports.portpkg": {
        source: "iana",
        extensions: ["portpkg"]
      },
      "application/vnd.mapbox-vector-tile": {
        source: "iana",
        extensions: ["mvt"]
      },
      "application/vnd.marlin.drm.actiontoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.conftoken+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.license+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.marlin.drm.mdcf": {
        source: "iana"
      },
      "application/vnd.mason+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.maxar.archive.3tz+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.maxmind.maxmind-db": {
        source: "iana"
      },
      "application/vnd.mcd": {
        source: "iana",
        extensions: ["mcd"]
      },
      "application/vnd.mdl": {
        source: "iana"
      },
      "application/vnd.mdl-mbsdf": {
        source: "iana"
      },
      "application/vnd.medcalcdata": {
        source: "iana",
        extensions: ["mc1"]
      },
      "application/vnd.mediastation.cdkey": {
        source: "iana",
        extensions: ["cdkey"]
      },
      "application/vnd.medicalholodeck.recordxr": {
        source: "iana"
      },
      "application/vnd.meridian-slingshot": {
        source: "iana"
      },
      "application/vnd.mermaid": {
        source: "iana"
      },
      "application/vnd.mfer": {
        source: "iana",
        extensions: ["mwf"]
      },
      "application/vnd.mfmp": {
        source: "iana",
        extensions: ["mfm"]
      },
      "application/vnd.micro+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.micrografx.flo": {
        source: "iana",
        extensions: ["flo"]
      },
      "application/vnd.micrografx.igx": {
        source: "iana",
        extensions: ["igx"]
      },
      "application/vnd.microsoft.portable-executable": {
        source: "iana"
      },
      "application/vnd.microsoft.windows.thumbnail-cache": {
        source: "iana"
      },
      "application/vnd.miele+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.mif": {
        source: "iana",
        extensions: ["mif"]
      },
      "application/vnd.minisoft-hp3000-save": {
        source: "iana"
      },
      "application/vnd.mitsubishi.misty-guard.trustweb": {
        source: "iana"
      },
      "application/vnd.mobius.daf": {
        source: "iana",
        extensions: ["daf"]
      },
      "application/vnd.mobius.dis": {
        source: "iana",
        extensions: ["dis"]
      },
      "application/vnd.mobius.mbk": {
        source: "iana",
        extensions: ["mbk"]
      },
      "application/vnd.mobius.mqy": {
        source: "iana",
        extensions: ["mqy"]
      },
      "application/vnd.mobius.msl": {
        source: "iana",
        extensions: ["msl"]
      },
      "application/vnd.mobius.plc": {
        source: "iana",
        extensions: ["plc"]
      },
      "application/vnd.mobius.txf": {
        source: "iana",
        extensions: ["txf"]
      },
      "application/vnd.modl": {
        source: "iana"
      },
      "application/vnd.mophun.application": {
        source: "iana",
        extensions: ["mpn"]
      },
      "application/vnd.mophun.certificate": {
        source: "iana",
        extensions: ["mpc"]
      },
      "application/vnd.motorola.flexsuite": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.adsi": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.fis": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.gotap": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.kmr": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.ttc": {
        source: "iana"
      },
      "application/vnd.motorola.flexsuite.wem": {
        source: "iana"
      },
      "application/vnd.motorola.iprm": {
        source: "iana"
      },
      "application/vnd.mozilla.xul+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xul"]
      },
      "application/vnd.ms-3mfdocument": {
        source: "iana"
      },
      "application/vnd.ms-artgalry": {
        source: "iana",
        extensions: ["cil"]
      },
      "application/vnd.ms-asf": {
        source: "iana"
      },
      "application/vnd.ms-cab-compressed": {
        source: "iana",
        extensions: ["cab"]
      },
      "application/vnd.ms-color.iccprofile": {
        source: "apache"
      },
      "application/vnd.ms-excel": {
        source: "iana",
        compressible: false,
        extensions: ["xls", "xlm", "xla", "xlc", "xlt", "xlw"]
      },
      "application/vnd.ms-excel.addin.macroenabled.12": {
        source: "iana",
        extensions: ["xlam"]
      },
      "application/vnd.ms-excel.sheet.binary.macroenabled.12": {
        source: "iana",
        extensions: ["xlsb"]
      },
      "application/vnd.ms-excel.sheet.macroenabled.12": {
        source: "iana",
        extensions: ["xlsm"]
      },
      "application/vnd.ms-excel.template.macroenabled.12": {
        source: "iana",
        extensions: ["xltm"]
      },
      "application/vnd.ms-fontobject": {
        source: "iana",
        compressible: true,
        extensions: ["eot"]
      },
      "application/vnd.ms-htmlhelp": {
        source: "iana",
        extensions: ["chm"]
      },
      "application/vnd.ms-ims": {
        source: "iana",
        extensions: ["ims"]
      },
      "application/vnd.ms-lrm": {
        source: "iana",
        extensions: ["lrm"]
      },
      "application/vnd.ms-office.activex+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-officetheme": {
        source: "iana",
        extensions: ["thmx"]
      },
      "application/vnd.ms-opentype": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-outlook": {
        compressible: false,
        extensions: ["msg"]
      },
      "application/vnd.ms-package.obfuscated-opentype": {
        source: "apache"
      },
      "application/vnd.ms-pki.seccat": {
        source: "apache",
        extensions: ["cat"]
      },
      "application/vnd.ms-pki.stl": {
        source: "apache",
        extensions: ["stl"]
      },
      "application/vnd.ms-playready.initiator+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-powerpoint": {
        source: "iana",
        compressible: false,
        extensions: ["ppt", "pps", "pot"]
      },
      "application/vnd.ms-powerpoint.addin.macroenabled.12": {
        source: "iana",
        extensions: ["ppam"]
      },
      "application/vnd.ms-powerpoint.presentation.macroenabled.12": {
        source: "iana",
        extensions: ["pptm"]
      },
      "application/vnd.ms-powerpoint.slide.macroenabled.12": {
        source: "iana",
        extensions: ["sldm"]
      },
      "application/vnd.ms-powerpoint.slideshow.macroenabled.12": {
        source: "iana",
        extensions: ["ppsm"]
      },
      "application/vnd.ms-powerpoint.template.macroenabled.12": {
        source: "iana",
        extensions: ["potm"]
      },
      "application/vnd.ms-printdevicecapabilities+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-printing.printticket+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.ms-printschematicket+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.ms-project": {
        source: "iana",
        extensions: ["mpp", "mpt"]
      },
      "application/vnd.ms-tnef": {
        source: "iana"
      },
      "application/vnd.ms-visio.viewer": {
        extensions: ["vdx"]
      },
      "application/vnd.ms-windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.nwprinting.oob": {
        source: "iana"
      },
      "application/vnd.ms-windows.printerpairing": {
        source: "iana"
      },
      "application/vnd.ms-windows.wsd.oob": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.lic-resp": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-chlg-req": {
        source: "iana"
      },
      "application/vnd.ms-wmdrm.meter-resp": {
        source: "iana"
      },
      "application/vnd.ms-word.document.macroenabled.12": {
        source: "iana",
        extensions: ["docm"]
      },
      "application/vnd.ms-word.template.macroenabled.12": {
        source: "iana",
        extensions: ["dotm"]
      },
      "application/vnd.ms-works": {
        source: "iana",
        extensions: ["wps", "wks", "wcm", "wdb"]
      },
      "application/vnd.ms-wpl": {
        source: "iana",
        extensions: ["wpl"]
      },
      "application/vnd.ms-xpsdocument": {
        source: "iana",
        compressible: false,
        extensions: ["xps"]
      },
      "application/vnd.msa-disk-image": {
        source: "iana"
      },
      "application/vnd.mseq": {
        source: "iana",
        extensions: ["mseq"]
      },
      "application/vnd.msgpack": {
        source: "iana"
      },
      "application/vnd.msign": {
        source: "iana"
      },
      "application/vnd.multiad.creator": {
        source: "iana"
      },
      "application/vnd.multiad.creator.cif": {
        source: "iana"
      },
      "application/vnd.music-niff": {
        source: "iana"
      },
      "application/vnd.musician": {
        source: "iana",
        extensions: ["mus"]
      },
      "application/vnd.muvee.style": {
        source: "iana",
        extensions: ["msty"]
      },
      "application/vnd.mynfc": {
        source: "iana",
        extensions: ["taglet"]
      },
      "application/vnd.nacamar.ybrid+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+cbor": {
        source: "iana"
      },
      "application/vnd.nato.bindingdataobject+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nato.bindingdataobject+xml": {
        source: "iana",
        compressible: true,
        extensions: ["bdo"]
      },
      "application/vnd.nato.openxmlformats-package.iepd+zip": {
        source: "iana",
        compressible: false
      },
      "application/vnd.ncd.control": {
        source: "iana"
      },
      "application/vnd.ncd.reference": {
        source: "iana"
      },
      "application/vnd.nearst.inv+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nebumind.line": {
        source: "iana"
      },
      "application/vnd.nervana": {
        source: "iana"
      },
      "application/vnd.netfpx": {
        source: "iana"
      },
      "application/vnd.neurolanguage.nlu": {
        source: "iana",
        extensions: ["nlu"]
      },
      "application/vnd.nimn": {
        source: "iana"
      },
      "application/vnd.nintendo.nitro.rom": {
        source: "iana"
      },
      "application/vnd.nintendo.snes.rom": {
        source: "iana"
      },
      "application/vnd.nitf": {
        source: "iana",
        extensions: ["ntf", "nitf"]
      },
      "application/vnd.noblenet-directory": {
        source: "iana",
        extensions: ["nnd"]
      },
      "application/vnd.noblenet-sealer": {
        source: "iana",
        extensions: ["nns"]
      },
      "application/vnd.noblenet-web": {
        source: "iana",
        extensions: ["nnw"]
      },
      "application/vnd.nokia.catalogs": {
        source: "iana"
      },
      "application/vnd.nokia.conml+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.conml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.iptv.config+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.isds-radio-presets": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.landmark+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.landmarkcollection+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.n-gage.ac+xml": {
        source: "iana",
        compressible: true,
        extensions: ["ac"]
      },
      "application/vnd.nokia.n-gage.data": {
        source: "iana",
        extensions: ["ngdat"]
      },
      "application/vnd.nokia.n-gage.symbian.install": {
        source: "apache",
        extensions: ["n-gage"]
      },
      "application/vnd.nokia.ncd": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+wbxml": {
        source: "iana"
      },
      "application/vnd.nokia.pcd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.nokia.radio-preset": {
        source: "iana",
        extensions: ["rpst"]
      },
      "application/vnd.nokia.radio-presets": {
        source: "iana",
        extensions: ["rpss"]
      },
      "application/vnd.novadigm.edm": {
        source: "iana",
        extensions: ["edm"]
      },
      "application/vnd.novadigm.edx": {
        source: "iana",
        extensions: ["edx"]
      },
      "application/vnd.novadigm.ext": {
        source: "iana",
        extensions: ["ext"]
      },
      "application/vnd.ntt-local.content-share": {
        source: "iana"
      },
      "application/vnd.ntt-local.file-transfer": {
        source: "iana"
      },
      "application/vnd.ntt-local.ogw_remote-access": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_remote": {
        source: "iana"
      },
      "application/vnd.ntt-local.sip-ta_tcp_stream": {
        source: "iana"
      },
      "application/vnd.oai.workflows": {
        source: "iana"
      },
      "application/vnd.oai.workflows+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oai.workflows+yaml": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.base": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.chart": {
        source: "iana",
        extensions: ["odc"]
      },
      "application/vnd.oasis.opendocument.chart-template": {
        source: "iana",
        extensions: ["otc"]
      },
      "application/vnd.oasis.opendocument.database": {
        source: "apache",
        extensions: ["odb"]
      },
      "application/vnd.oasis.opendocument.formula": {
        source: "iana",
        extensions: ["odf"]
      },
      "application/vnd.oasis.opendocument.formula-template": {
        source: "iana",
        extensions: ["odft"]
      },
      "application/vnd.oasis.opendocument.graphics": {
        source: "iana",
        compressible: false,
        extensions: ["odg"]
      },
      "application/vnd.oasis.opendocument.graphics-template": {
        source: "iana",
        extensions: ["otg"]
      },
      "application/vnd.oasis.opendocument.image": {
        source: "iana",
        extensions: ["odi"]
      },
      "application/vnd.oasis.opendocument.image-template": {
        source: "iana",
        extensions: ["oti"]
      },
      "application/vnd.oasis.opendocument.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["odp"]
      },
      "application/vnd.oasis.opendocument.presentation-template": {
        source: "iana",
        extensions: ["otp"]
      },
      "application/vnd.oasis.opendocument.spreadsheet": {
        source: "iana",
        compressible: false,
        extensions: ["ods"]
      },
      "application/vnd.oasis.opendocument.spreadsheet-template": {
        source: "iana",
        extensions: ["ots"]
      },
      "application/vnd.oasis.opendocument.text": {
        source: "iana",
        compressible: false,
        extensions: ["odt"]
      },
      "application/vnd.oasis.opendocument.text-master": {
        source: "iana",
        extensions: ["odm"]
      },
      "application/vnd.oasis.opendocument.text-master-template": {
        source: "iana"
      },
      "application/vnd.oasis.opendocument.text-template": {
        source: "iana",
        extensions: ["ott"]
      },
      "application/vnd.oasis.opendocument.text-web": {
        source: "iana",
        extensions: ["oth"]
      },
      "application/vnd.obn": {
        source: "iana"
      },
      "application/vnd.ocf+cbor": {
        source: "iana"
      },
      "application/vnd.oci.image.manifest.v1+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oftn.l10n+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessdownload+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.contentaccessstreaming+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.cspg-hexbinary": {
        source: "iana"
      },
      "application/vnd.oipf.dae.svg+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.dae.xhtml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.mippvcontrolmessage+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.pae.gem": {
        source: "iana"
      },
      "application/vnd.oipf.spdiscovery+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.spdlist+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.ueprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oipf.userprofile+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.olpc-sugar": {
        source: "iana",
        extensions: ["xo"]
      },
      "application/vnd.oma-scws-config": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-request": {
        source: "iana"
      },
      "application/vnd.oma-scws-http-response": {
        source: "iana"
      },
      "application/vnd.oma.bcast.associated-procedure-parameter+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.drm-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.imd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.ltkm": {
        source: "iana"
      },
      "application/vnd.oma.bcast.notification+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.provisioningtrigger": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgboot": {
        source: "iana"
      },
      "application/vnd.oma.bcast.sgdd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.sgdu": {
        source: "iana"
      },
      "application/vnd.oma.bcast.simple-symbol-container": {
        source: "iana"
      },
      "application/vnd.oma.bcast.smartcard-trigger+xml": {
        source: "apache",
        compressible: true
      },
      "application/vnd.oma.bcast.sprov+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.bcast.stkm": {
        source: "iana"
      },
      "application/vnd.oma.cab-address-book+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-feature-handler+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-pcc+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-subs-invite+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.cab-user-prefs+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.dcd": {
        source: "iana"
      },
      "application/vnd.oma.dcdc": {
        source: "iana"
      },
      "application/vnd.oma.dd2+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dd2"]
      },
      "application/vnd.oma.drm.risd+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.group-usage-list+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+cbor": {
        source: "iana"
      },
      "application/vnd.oma.lwm2m+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.lwm2m+tlv": {
        source: "iana"
      },
      "application/vnd.oma.pal+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.detailed-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.final-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.groups+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.invocation-descriptor+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.poc.optimized-progress-report+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.push": {
        source: "iana"
      },
      "application/vnd.oma.scidm.messages+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oma.xcap-directory+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.omads-email+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-file+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omads-folder+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.omaloc-supl-init": {
        source: "iana"
      },
      "application/vnd.onepager": {
        source: "iana"
      },
      "application/vnd.onepagertamp": {
        source: "iana"
      },
      "application/vnd.onepagertamx": {
        source: "iana"
      },
      "application/vnd.onepagertat": {
        source: "iana"
      },
      "application/vnd.onepagertatp": {
        source: "iana"
      },
      "application/vnd.onepagertatx": {
        source: "iana"
      },
      "application/vnd.onvif.metadata": {
        source: "iana"
      },
      "application/vnd.openblox.game+xml": {
        source: "iana",
        compressible: true,
        extensions: ["obgx"]
      },
      "application/vnd.openblox.game-binary": {
        source: "iana"
      },
      "application/vnd.openeye.oeb": {
        source: "iana"
      },
      "application/vnd.openofficeorg.extension": {
        source: "apache",
        extensions: ["oxt"]
      },
      "application/vnd.openstreetmap.data+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osm"]
      },
      "application/vnd.opentimestamps.ots": {
        source: "iana"
      },
      "application/vnd.openvpi.dspx+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.custom-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.customxmlproperties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawing+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.extended-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation": {
        source: "iana",
        compressible: false,
        extensions: ["pptx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.presprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide": {
        source: "iana",
        extensions: ["sldx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slide+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow": {
        source: "iana",
        extensions: ["ppsx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.tags+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template": {
        source: "iana",
        extensions: ["potx"]
      },
      "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
        source: "iana",
        compressible: false,
        extensions: ["xlsx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template": {
        source: "iana",
        extensions: ["xltx"]
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.theme+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.themeoverride+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.vmldrawing": {
        source: "iana"
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
        source: "iana",
        compressible: false,
        extensions: ["docx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template": {
        source: "iana",
        extensions: ["dotx"]
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.core-properties+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.openxmlformats-package.relationships+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oracle.resource+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.orange.indata": {
        source: "iana"
      },
      "application/vnd.osa.netdeploy": {
        source: "iana"
      },
      "application/vnd.osgeo.mapguide.package": {
        source: "iana",
        extensions: ["mgp"]
      },
      "application/vnd.osgi.bundle": {
        source: "iana"
      },
      "application/vnd.osgi.dp": {
        source: "iana",
        extensions: ["dp"]
      },
      "application/vnd.osgi.subsystem": {
        source: "iana",
        extensions: ["esa"]
      },
      "application/vnd.otps.ct-kip+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.oxli.countgraph": {
        source: "iana"
      },
      "application/vnd.pagerduty+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.palm": {
        source: "iana",
        extensions: ["pdb", "pqa", "oprc"]
      },
      "application/vnd.panoply": {
        source: "iana"
      },
      "application/vnd.paos.xml": {
        source: "iana"
      },
      "application/vnd.patentdive": {
        source: "iana"
      },
      "application/vnd.patientecommsdoc": {
        source: "iana"
      },
      "application/vnd.pawaafile": {
        source: "iana",
        extensions: ["paw"]
      },
      "application/vnd.pcos": {
        source: "iana"
      },
      "application/vnd.pg.format": {
        source: "iana",
        extensions: ["str"]
      },
      "application/vnd.pg.osasli": {
        source: "iana",
        extensions: ["ei6"]
      },
      "application/vnd.piaccess.application-licence": {
        source: "iana"
      },
      "application/vnd.picsel": {
        source: "iana",
        extensions: ["efif"]
      },
      "application/vnd.pmi.widget": {
        source: "iana",
        extensions: ["wg"]
      },
      "application/vnd.poc.group-advertisement+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.pocketlearn": {
        source: "iana",
        extensions: ["plf"]
      },
      "application/vnd.powerbuilder6": {
        source: "iana",
        extensions: ["pbd"]
      },
      "application/vnd.powerbuilder6-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder7": {
        source: "iana"
      },
      "application/vnd.powerbuilder7-s": {
        source: "iana"
      },
      "application/vnd.powerbuilder75": {
        source: "iana"
      },
      "application/vnd.powerbuilder75-s": {
        source: "iana"
      },
      "application/vnd.preminet": {
        source: "iana"
      },
      "application/vnd.previewsystems.box": {
        source: "iana",
        extensions: ["box"]
      },
      "application/vnd.procrate.brushset": {
        extensions: ["brushset"]
      },
      "application/vnd.procreate.brush": {
        extensions: ["brush"]
      },
      "application/vnd.procreate.dream": {
        extensions: ["drm"]
      },
      "application/vnd.proteus.magazine": {
        source: "iana",
        extensions: ["mgz"]
      },
      "application/vnd.psfs": {
        source: "iana"
      },
      "application/vnd.pt.mundusmundi": {
        source: "iana"
      },
      "application/vnd.publishare-delta-tree": {
        source: "iana",
        extensions: ["qps"]
      },
      "application/vnd.pvi.ptid1": {
        source: "iana",
        extensions: ["ptid"]
      },
      "application/vnd.pwg-multiplexed": {
        source: "iana"
      },
      "application/vnd.pwg-xhtml-print+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtm"]
      },
      "application/vnd.qualcomm.brew-app-res": {
        source: "iana"
      },
      "application/vnd.quarantainenet": {
        source: "iana"
      },
      "application/vnd.quark.quarkxpress": {
        source: "iana",
        extensions: ["qxd", "qxt", "qwd", "qwt", "qxl", "qxb"]
      },
      "application/vnd.quobject-quoxdocument": {
        source: "iana"
      },
      "application/vnd.radisys.moml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-conn+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-audit-stream+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-conf+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-base+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-detect+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-fax-sendrecv+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-group+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-speech+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.radisys.msml-dialog-transform+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rainstor.data": {
        source: "iana"
      },
      "application/vnd.rapid": {
        source: "iana"
      },
      "application/vnd.rar": {
        source: "iana",
        extensions: ["rar"]
      },
      "application/vnd.realvnc.bed": {
        source: "iana",
        extensions: ["bed"]
      },
      "application/vnd.recordare.musicxml": {
        source: "iana",
        extensions: ["mxl"]
      },
      "application/vnd.recordare.musicxml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["musicxml"]
      },
      "application/vnd.relpipe": {
        source: "iana"
      },
      "application/vnd.renlearn.rlprint": {
        source: "iana"
      },
      "application/vnd.resilient.logic": {
        source: "iana"
      },
      "application/vnd.restful+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.rig.cryptonote": {
        source: "iana",
        extensions: ["cryptonote"]
      },
      "application/vnd.rim.cod": {
        source: "apache",
        extensions: ["cod"]
      },
      "application/vnd.rn-realmedia": {
        source: "apache",
        extensions: ["rm"]
      },
      "application/vnd.rn-realmedia-vbr": {
        source: "apache",
        extensions: ["rmvb"]
      },
      "application/vnd.route66.link66+xml": {
        source: "iana",
        compressible: true,
        extensions: ["link66"]
      },
      "application/vnd.rs-274x": {
        source: "iana"
      },
      "application/vnd.ruckus.download": {
        source: "iana"
      },
      "application/vnd.s3sms": {
        source: "iana"
      },
      "application/vnd.sailingtracker.track": {
        source: "iana",
        extensions: ["st"]
      },
      "application/vnd.sar": {
        source: "iana"
      },
      "application/vnd.sbm.cid": {
        source: "iana"
      },
      "application/vnd.sbm.mid2": {
        source: "iana"
      },
      "application/vnd.scribus": {
        source: "iana"
      },
      "application/vnd.sealed.3df": {
        source: "iana"
      },
      "application/vnd.sealed.csf": {
        source: "iana"
      },
      "application/vnd.sealed.doc": {
        source: "iana"
      },
      "application/vnd.sealed.eml": {
        source: "iana"
      },
      "application/vnd.sealed.mht": {
        source: "iana"
      },
      "application/vnd.sealed.net": {
        source: "iana"
      },
      "application/vnd.sealed.ppt": {
        source: "iana"
      },
      "application/vnd.sealed.tiff": {
        source: "iana"
      },
      "application/vnd.sealed.xls": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.html": {
        source: "iana"
      },
      "application/vnd.sealedmedia.softseal.pdf": {
        source: "iana"
      },
      "application/vnd.seemail": {
        source: "iana",
        extensions: ["see"]
      },
      "application/vnd.seis+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sema": {
        source: "iana",
        extensions: ["sema"]
      },
      "application/vnd.semd": {
        source: "iana",
        extensions: ["semd"]
      },
      "application/vnd.semf": {
        source: "iana",
        extensions: ["semf"]
      },
      "application/vnd.shade-save-file": {
        source: "iana"
      },
      "application/vnd.shana.informed.formdata": {
        source: "iana",
        extensions: ["ifm"]
      },
      "application/vnd.shana.informed.formtemplate": {
        source: "iana",
        extensions: ["itp"]
      },
      "application/vnd.shana.informed.interchange": {
        source: "iana",
        extensions: ["iif"]
      },
      "application/vnd.shana.informed.package": {
        source: "iana",
        extensions: ["ipk"]
      },
      "application/vnd.shootproof+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shopkick+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.shp": {
        source: "iana"
      },
      "application/vnd.shx": {
        source: "iana"
      },
      "application/vnd.sigrok.session": {
        source: "iana"
      },
      "application/vnd.simtech-mindmapper": {
        source: "iana",
        extensions: ["twd", "twds"]
      },
      "application/vnd.siren+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.sketchometry": {
        source: "iana"
      },
      "application/vnd.smaf": {
        source: "iana",
        extensions: ["mmf"]
      },
      "application/vnd.smart.notebook": {
        source: "iana"
      },
      "application/vnd.smart.teacher": {
        source: "iana",
        extensions: ["teacher"]
      },
      "application/vnd.smintio.portals.archive": {
        source: "iana"
      },
      "application/vnd.snesdev-page-table": {
        source: "iana"
      },
      "application/vnd.software602.filler.form+xml": {
        source: "iana",
        compressible: true,
        extensions: ["fo"]
      },
      "application/vnd.software602.filler.form-xml-zip": {
        source: "iana"
      },
      "application/vnd.solent.sdkm+xml": {
        source: "iana",
        compressible: true,
        extensions: ["sdkm", "sdkd"]
      },
      "application/vnd.spotfire.dxp": {
        source: "iana",
        extensions: ["dxp"]
      },
      "application/vnd.spotfire.sfs": {
        source: "iana",
        extensions: ["sfs"]
      },
      "application/vnd.sqlite3": {
        source: "iana"
      },
      "application/vnd.sss-cod": {
        source: "iana"
      },
      "application/vnd.sss-dtf": {
        source: "iana"
      },
      "application/vnd.sss-ntf": {
        source: "iana"
      },
      "application/vnd.stardivision.calc": {
        source: "apache",
        extensions: ["sdc"]
      },
      "application/vnd.stardivision.draw": {
        source: "apache",
        extensions: ["sda"]
      },
      "application/vnd.stardivision.impress": {
        source: "apache",
        extensions: ["sdd"]
      },
      "application/vnd.stardivision.math": {
        source: "apache",
        extensions: ["smf"]
      },
      "application/vnd.stardivision.writer": {
        source: "apache",
        extensions: ["sdw", "vor"]
      },
      "application/vnd.stardivision.writer-global": {
        source: "apache",
        extensions: ["sgl"]
      },
      "application/vnd.stepmania.package": {
        source: "iana",
        extensions: ["smzip"]
      },
      "application/vnd.stepmania.stepchart": {
        source: "iana",
        extensions: ["sm"]
      },
      "application/vnd.street-stream": {
        source: "iana"
      },
      "application/vnd.sun.wadl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wadl"]
      },
      "application/vnd.sun.xml.calc": {
        source: "apache",
        extensions: ["sxc"]
      },
      "application/vnd.sun.xml.calc.template": {
        source: "apache",
        extensions: ["stc"]
      },
      "application/vnd.sun.xml.draw": {
        source: "apache",
        extensions: ["sxd"]
      },
      "application/vnd.sun.xml.draw.template": {
        source: "apache",
        extensions: ["std"]
      },
      "application/vnd.sun.xml.impress": {
        source: "apache",
        extensions: ["sxi"]
      },
      "application/vnd.sun.xml.impress.template": {
        source: "apache",
        extensions: ["sti"]
      },
      "application/vnd.sun.xml.math": {
        source: "apache",
        extensions: ["sxm"]
      },
      "application/vnd.sun.xml.writer": {
        source: "apache",
        extensions: ["sxw"]
      },
      "application/vnd.sun.xml.writer.global": {
        source: "apache",
        extensions: ["sxg"]
      },
      "application/vnd.sun.xml.writer.template": {
        source: "apache",
        extensions: ["stw"]
      },
      "application/vnd.sus-calendar": {
        source: "iana",
        extensions: ["sus", "susp"]
      },
      "application/vnd.svd": {
        source: "iana",
        extensions: ["svd"]
      },
      "application/vnd.swiftview-ics": {
        source: "iana"
      },
      "application/vnd.sybyl.mol2": {
        source: "iana"
      },
      "application/vnd.sycle+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.syft+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.symbian.install": {
        source: "apache",
        extensions: ["sis", "sisx"]
      },
      "application/vnd.syncml+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xsm"]
      },
      "application/vnd.syncml.dm+wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["bdm"]
      },
      "application/vnd.syncml.dm+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["xdm"]
      },
      "application/vnd.syncml.dm.notification": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmddf+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["ddf"]
      },
      "application/vnd.syncml.dmtnds+wbxml": {
        source: "iana"
      },
      "application/vnd.syncml.dmtnds+xml": {
        source: "iana",
        charset: "UTF-8",
        compressible: true
      },
      "application/vnd.syncml.ds.notification": {
        source: "iana"
      },
      "application/vnd.tableschema+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tao.intent-module-archive": {
        source: "iana",
        extensions: ["tao"]
      },
      "application/vnd.tcpdump.pcap": {
        source: "iana",
        extensions: ["pcap", "cap", "dmp"]
      },
      "application/vnd.think-cell.ppttc+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tmd.mediaflex.api+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.tml": {
        source: "iana"
      },
      "application/vnd.tmobile-livetv": {
        source: "iana",
        extensions: ["tmo"]
      },
      "application/vnd.tri.onesource": {
        source: "iana"
      },
      "application/vnd.trid.tpt": {
        source: "iana",
        extensions: ["tpt"]
      },
      "application/vnd.triscape.mxs": {
        source: "iana",
        extensions: ["mxs"]
      },
      "application/vnd.trueapp": {
        source: "iana",
        extensions: ["tra"]
      },
      "application/vnd.truedoc": {
        source: "iana"
      },
      "application/vnd.ubisoft.webplayer": {
        source: "iana"
      },
      "application/vnd.ufdl": {
        source: "iana",
        extensions: ["ufd", "ufdl"]
      },
      "application/vnd.uic.osdm+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.uiq.theme": {
        source: "iana",
        extensions: ["utz"]
      },
      "application/vnd.umajin": {
        source: "iana",
        extensions: ["umj"]
      },
      "application/vnd.unity": {
        source: "iana",
        extensions: ["unityweb"]
      },
      "application/vnd.uoml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["uoml", "uo"]
      },
      "application/vnd.uplanet.alert": {
        source: "iana"
      },
      "application/vnd.uplanet.alert-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice": {
        source: "iana"
      },
      "application/vnd.uplanet.bearer-choice-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop": {
        source: "iana"
      },
      "application/vnd.uplanet.cacheop-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.channel": {
        source: "iana"
      },
      "application/vnd.uplanet.channel-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.list": {
        source: "iana"
      },
      "application/vnd.uplanet.list-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd": {
        source: "iana"
      },
      "application/vnd.uplanet.listcmd-wbxml": {
        source: "iana"
      },
      "application/vnd.uplanet.signal": {
        source: "iana"
      },
      "application/vnd.uri-map": {
        source: "iana"
      },
      "application/vnd.valve.source.material": {
        source: "iana"
      },
      "application/vnd.vcx": {
        source: "iana",
        extensions: ["vcx"]
      },
      "application/vnd.vd-study": {
        source: "iana"
      },
      "application/vnd.vectorworks": {
        source: "iana"
      },
      "application/vnd.vel+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veraison.tsm-report+cbor": {
        source: "iana"
      },
      "application/vnd.veraison.tsm-report+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.verimatrix.vcas": {
        source: "iana"
      },
      "application/vnd.veritone.aion+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.veryant.thin": {
        source: "iana"
      },
      "application/vnd.ves.encrypted": {
        source: "iana"
      },
      "application/vnd.vidsoft.vidconference": {
        source: "iana"
      },
      "application/vnd.visio": {
        source: "iana",
        extensions: ["vsd", "vst", "vss", "vsw", "vsdx", "vtx"]
      },
      "application/vnd.visionary": {
        source: "iana",
        extensions: ["vis"]
      },
      "application/vnd.vividence.scriptfile": {
        source: "iana"
      },
      "application/vnd.vocalshaper.vsp4": {
        source: "iana"
      },
      "application/vnd.vsf": {
        source: "iana",
        extensions: ["vsf"]
      },
      "application/vnd.wap.sic": {
        source: "iana"
      },
      "application/vnd.wap.slc": {
        source: "iana"
      },
      "application/vnd.wap.wbxml": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["wbxml"]
      },
      "application/vnd.wap.wmlc": {
        source: "iana",
        extensions: ["wmlc"]
      },
      "application/vnd.wap.wmlscriptc": {
        source: "iana",
        extensions: ["wmlsc"]
      },
      "application/vnd.wasmflow.wafl": {
        source: "iana"
      },
      "application/vnd.webturbo": {
        source: "iana",
        extensions: ["wtb"]
      },
      "application/vnd.wfa.dpp": {
        source: "iana"
      },
      "application/vnd.wfa.p2p": {
        source: "iana"
      },
      "application/vnd.wfa.wsc": {
        source: "iana"
      },
      "application/vnd.windows.devicepairing": {
        source: "iana"
      },
      "application/vnd.wmc": {
        source: "iana"
      },
      "application/vnd.wmf.bootstrap": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica": {
        source: "iana"
      },
      "application/vnd.wolfram.mathematica.package": {
        source: "iana"
      },
      "application/vnd.wolfram.player": {
        source: "iana",
        extensions: ["nbp"]
      },
      "application/vnd.wordlift": {
        source: "iana"
      },
      "application/vnd.wordperfect": {
        source: "iana",
        extensions: ["wpd"]
      },
      "application/vnd.wqd": {
        source: "iana",
        extensions: ["wqd"]
      },
      "application/vnd.wrq-hp3000-labelled": {
        source: "iana"
      },
      "application/vnd.wt.stf": {
        source: "iana",
        extensions: ["stf"]
      },
      "application/vnd.wv.csp+wbxml": {
        source: "iana"
      },
      "application/vnd.wv.csp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.wv.ssp+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xacml+json": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xara": {
        source: "iana",
        extensions: ["xar"]
      },
      "application/vnd.xarin.cpj": {
        source: "iana"
      },
      "application/vnd.xecrets-encrypted": {
        source: "iana"
      },
      "application/vnd.xfdl": {
        source: "iana",
        extensions: ["xfdl"]
      },
      "application/vnd.xfdl.webform": {
        source: "iana"
      },
      "application/vnd.xmi+xml": {
        source: "iana",
        compressible: true
      },
      "application/vnd.xmpie.cpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.dpkg": {
        source: "iana"
      },
      "application/vnd.xmpie.plan": {
        source: "iana"
      },
      "application/vnd.xmpie.ppkg": {
        source: "iana"
      },
      "application/vnd.xmpie.xlim": {
        source: "iana"
      },
      "application/vnd.yamaha.hv-dic": {
        source: "iana",
        extensions: ["hvd"]
      },
      "application/vnd.yamaha.hv-script": {
        source: "iana",
        extensions: ["hvs"]
      },
      "application/vnd.yamaha.hv-voice": {
        source: "iana",
        extensions: ["hvp"]
      },
      "application/vnd.yamaha.openscoreformat": {
        source: "iana",
        extensions: ["osf"]
      },
      "application/vnd.yamaha.openscoreformat.osfpvg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["osfpvg"]
      },
      "application/vnd.yamaha.remote-setup": {
        source: "iana"
      },
      "application/vnd.yamaha.smaf-audio": {
        source: "iana",
        extensions: ["saf"]
      },
      "application/vnd.yamaha.smaf-phrase": {
        source: "iana",
        extensions: ["spf"]
      },
      "application/vnd.yamaha.through-ngn": {
        source: "iana"
      },
      "application/vnd.yamaha.tunnel-udpencap": {
        source: "iana"
      },
      "application/vnd.yaoweme": {
        source: "iana"
      },
      "application/vnd.yellowriver-custom-menu": {
        source: "iana",
        extensions: ["cmp"]
      },
      "application/vnd.zul": {
        source: "iana",
        extensions: ["zir", "zirz"]
      },
      "application/vnd.zzazz.deck+xml": {
        source: "iana",
        compressible: true,
        extensions: ["zaz"]
      },
      "application/voicexml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["vxml"]
      },
      "application/voucher-cms+json": {
        source: "iana",
        compressible: true
      },
      "application/voucher-jws+json": {
        source: "iana",
        compressible: true
      },
      "application/vp": {
        source: "iana"
      },
      "application/vp+cose": {
        source: "iana"
      },
      "application/vp+jwt": {
        source: "iana"
      },
      "application/vq-rtcpxr": {
        source: "iana"
      },
      "application/wasm": {
        source: "iana",
        compressible: true,
        extensions: ["wasm"]
      },
      "application/watcherinfo+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wif"]
      },
      "application/webpush-options+json": {
        source: "iana",
        compressible: true
      },
      "application/whoispp-query": {
        source: "iana"
      },
      "application/whoispp-response": {
        source: "iana"
      },
      "application/widget": {
        source: "iana",
        extensions: ["wgt"]
      },
      "application/winhlp": {
        source: "apache",
        extensions: ["hlp"]
      },
      "application/wita": {
        source: "iana"
      },
      "application/wordperfect5.1": {
        source: "iana"
      },
      "application/wsdl+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wsdl"]
      },
      "application/wspolicy+xml": {
        source: "iana",
        compressible: true,
        extensions: ["wspolicy"]
      },
      "application/x-7z-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["7z"]
      },
      "application/x-abiword": {
        source: "apache",
        extensions: ["abw"]
      },
      "application/x-ace-compressed": {
        source: "apache",
        extensions: ["ace"]
      },
      "application/x-amf": {
        source: "apache"
      },
      "application/x-apple-diskimage": {
        source: "apache",
        extensions: ["dmg"]
      },
      "application/x-arj": {
        compressible: false,
        extensions: ["arj"]
      },
      "application/x-authorware-bin": {
        source: "apache",
        extensions: ["aab", "x32", "u32", "vox"]
      },
      "application/x-authorware-map": {
        source: "apache",
        extensions: ["aam"]
      },
      "application/x-authorware-seg": {
        source: "apache",
        extensions: ["aas"]
      },
      "application/x-bcpio": {
        source: "apache",
        extensions: ["bcpio"]
      },
      "application/x-bdoc": {
        compressible: false,
        extensions: ["bdoc"]
      },
      "application/x-bittorrent": {
        source: "apache",
        extensions: ["torrent"]
      },
      "application/x-blender": {
        extensions: ["blend"]
      },
      "application/x-blorb": {
        source: "apache",
        extensions: ["blb", "blorb"]
      },
      "application/x-bzip": {
        source: "apache",
        compressible: false,
        extensions: ["bz"]
      },
      "application/x-bzip2": {
        source: "apache",
        compressible: false,
        extensions: ["bz2", "boz"]
      },
      "application/x-cbr": {
        source: "apache",
        extensions: ["cbr", "cba", "cbt", "cbz", "cb7"]
      },
      "application/x-cdlink": {
        source: "apache",
        extensions: ["vcd"]
      },
      "application/x-cfs-compressed": {
        source: "apache",
        extensions: ["cfs"]
      },
      "application/x-chat": {
        source: "apache",
        extensions: ["chat"]
      },
      "application/x-chess-pgn": {
        source: "apache",
        extensions: ["pgn"]
      },
      "application/x-chrome-extension": {
        extensions: ["crx"]
      },
      "application/x-cocoa": {
        source: "nginx",
        extensions: ["cco"]
      },
      "application/x-compress": {
        source: "apache"
      },
      "application/x-compressed": {
        extensions: ["rar"]
      },
      "application/x-conference": {
        source: "apache",
        extensions: ["nsc"]
      },
      "application/x-cpio": {
        source: "apache",
        extensions: ["cpio"]
      },
      "application/x-csh": {
        source: "apache",
        extensions: ["csh"]
      },
      "application/x-deb": {
        compressible: false
      },
      "application/x-debian-package": {
        source: "apache",
        extensions: ["deb", "udeb"]
      },
      "application/x-dgc-compressed": {
        source: "apache",
        extensions: ["dgc"]
      },
      "application/x-director": {
        source: "apache",
        extensions: ["dir", "dcr", "dxr", "cst", "cct", "cxt", "w3d", "fgd", "swa"]
      },
      "application/x-doom": {
        source: "apache",
        extensions: ["wad"]
      },
      "application/x-dtbncx+xml": {
        source: "apache",
        compressible: true,
        extensions: ["ncx"]
      },
      "application/x-dtbook+xml": {
        source: "apache",
        compressible: true,
        extensions: ["dtb"]
      },
      "application/x-dtbresource+xml": {
        source: "apache",
        compressible: true,
        extensions: ["res"]
      },
      "application/x-dvi": {
        source: "apache",
        compressible: false,
        extensions: ["dvi"]
      },
      "application/x-envoy": {
        source: "apache",
        extensions: ["evy"]
      },
      "application/x-eva": {
        source: "apache",
        extensions: ["eva"]
      },
      "application/x-font-bdf": {
        source: "apache",
        extensions: ["bdf"]
      },
      "application/x-font-dos": {
        source: "apache"
      },
      "application/x-font-framemaker": {
        source: "apache"
      },
      "application/x-font-ghostscript": {
        source: "apache",
        extensions: ["gsf"]
      },
      "application/x-font-libgrx": {
        source: "apache"
      },
      "application/x-font-linux-psf": {
        source: "apache",
        extensions: ["psf"]
      },
      "application/x-font-pcf": {
        source: "apache",
        extensions: ["pcf"]
      },
      "application/x-font-snf": {
        source: "apache",
        extensions: ["snf"]
      },
      "application/x-font-speedo": {
        source: "apache"
      },
      "application/x-font-sunos-news": {
        source: "apache"
      },
      "application/x-font-type1": {
        source: "apache",
        extensions: ["pfa", "pfb", "pfm", "afm"]
      },
      "application/x-font-vfont": {
        source: "apache"
      },
      "application/x-freearc": {
        source: "apache",
        extensions: ["arc"]
      },
      "application/x-futuresplash": {
        source: "apache",
        extensions: ["spl"]
      },
      "application/x-gca-compressed": {
        source: "apache",
        extensions: ["gca"]
      },
      "application/x-glulx": {
        source: "apache",
        extensions: ["ulx"]
      },
      "application/x-gnumeric": {
        source: "apache",
        extensions: ["gnumeric"]
      },
      "application/x-gramps-xml": {
        source: "apache",
        extensions: ["gramps"]
      },
      "application/x-gtar": {
        source: "apache",
        extensions: ["gtar"]
      },
      "application/x-gzip": {
        source: "apache"
      },
      "application/x-hdf": {
        source: "apache",
        extensions: ["hdf"]
      },
      "application/x-httpd-php": {
        compressible: true,
        extensions: ["php"]
      },
      "application/x-install-instructions": {
        source: "apache",
        extensions: ["install"]
      },
      "application/x-ipynb+json": {
        compressible: true,
        extensions: ["ipynb"]
      },
      "application/x-iso9660-image": {
        source: "apache",
        extensions: ["iso"]
      },
      "application/x-iwork-keynote-sffkey": {
        extensions: ["key"]
      },
      "application/x-iwork-numbers-sffnumbers": {
        extensions: ["numbers"]
      },
      "application/x-iwork-pages-sffpages": {
        extensions: ["pages"]
      },
      "application/x-java-archive-diff": {
        source: "nginx",
        extensions: ["jardiff"]
      },
      "application/x-java-jnlp-file": {
        source: "apache",
        compressible: false,
        extensions: ["jnlp"]
      },
      "application/x-javascript": {
        compressible: true
      },
      "application/x-keepass2": {
        extensions: ["kdbx"]
      },
      "application/x-latex": {
        source: "apache",
        compressible: false,
        extensions: ["latex"]
      },
      "application/x-lua-bytecode": {
        extensions: ["luac"]
      },
      "application/x-lzh-compressed": {
        source: "apache",
        extensions: ["lzh", "lha"]
      },
      "application/x-makeself": {
        source: "nginx",
        extensions: ["run"]
      },
      "application/x-mie": {
        source: "apache",
        extensions: ["mie"]
      },
      "application/x-mobipocket-ebook": {
        source: "apache",
        extensions: ["prc", "mobi"]
      },
      "application/x-mpegurl": {
        compressible: false
      },
      "application/x-ms-application": {
        source: "apache",
        extensions: ["application"]
      },
      "application/x-ms-shortcut": {
        source: "apache",
        extensions: ["lnk"]
      },
      "application/x-ms-wmd": {
        source: "apache",
        extensions: ["wmd"]
      },
      "application/x-ms-wmz": {
        source: "apache",
        extensions: ["wmz"]
      },
      "application/x-ms-xbap": {
        source: "apache",
        extensions: ["xbap"]
      },
      "application/x-msaccess": {
        source: "apache",
        extensions: ["mdb"]
      },
      "application/x-msbinder": {
        source: "apache",
        extensions: ["obd"]
      },
      "application/x-mscardfile": {
        source: "apache",
        extensions: ["crd"]
      },
      "application/x-msclip": {
        source: "apache",
        extensions: ["clp"]
      },
      "application/x-msdos-program": {
        extensions: ["exe"]
      },
      "application/x-msdownload": {
        source: "apache",
        extensions: ["exe", "dll", "com", "bat", "msi"]
      },
      "application/x-msmediaview": {
        source: "apache",
        extensions: ["mvb", "m13", "m14"]
      },
      "application/x-msmetafile": {
        source: "apache",
        extensions: ["wmf", "wmz", "emf", "emz"]
      },
      "application/x-msmoney": {
        source: "apache",
        extensions: ["mny"]
      },
      "application/x-mspublisher": {
        source: "apache",
        extensions: ["pub"]
      },
      "application/x-msschedule": {
        source: "apache",
        extensions: ["scd"]
      },
      "application/x-msterminal": {
        source: "apache",
        extensions: ["trm"]
      },
      "application/x-mswrite": {
        source: "apache",
        extensions: ["wri"]
      },
      "application/x-netcdf": {
        source: "apache",
        extensions: ["nc", "cdf"]
      },
      "application/x-ns-proxy-autoconfig": {
        compressible: true,
        extensions: ["pac"]
      },
      "application/x-nzb": {
        source: "apache",
        extensions: ["nzb"]
      },
      "application/x-perl": {
        source: "nginx",
        extensions: ["pl", "pm"]
      },
      "application/x-pilot": {
        source: "nginx",
        extensions: ["prc", "pdb"]
      },
      "application/x-pkcs12": {
        source: "apache",
        compressible: false,
        extensions: ["p12", "pfx"]
      },
      "application/x-pkcs7-certificates": {
        source: "apache",
        extensions: ["p7b", "spc"]
      },
      "application/x-pkcs7-certreqresp": {
        source: "apache",
        extensions: ["p7r"]
      },
      "application/x-pki-message": {
        source: "iana"
      },
      "application/x-rar-compressed": {
        source: "apache",
        compressible: false,
        extensions: ["rar"]
      },
      "application/x-redhat-package-manager": {
        source: "nginx",
        extensions: ["rpm"]
      },
      "application/x-research-info-systems": {
        source: "apache",
        extensions: ["ris"]
      },
      "application/x-sea": {
        source: "nginx",
        extensions: ["sea"]
      },
      "application/x-sh": {
        source: "apache",
        compressible: true,
        extensions: ["sh"]
      },
      "application/x-shar": {
        source: "apache",
        extensions: ["shar"]
      },
      "application/x-shockwave-flash": {
        source: "apache",
        compressible: false,
        extensions: ["swf"]
      },
      "application/x-silverlight-app": {
        source: "apache",
        extensions: ["xap"]
      },
      "application/x-sql": {
        source: "apache",
        extensions: ["sql"]
      },
      "application/x-stuffit": {
        source: "apache",
        compressible: false,
        extensions: ["sit"]
      },
      "application/x-stuffitx": {
        source: "apache",
        extensions: ["sitx"]
      },
      "application/x-subrip": {
        source: "apache",
        extensions: ["srt"]
      },
      "application/x-sv4cpio": {
        source: "apache",
        extensions: ["sv4cpio"]
      },
      "application/x-sv4crc": {
        source: "apache",
        extensions: ["sv4crc"]
      },
      "application/x-t3vm-image": {
        source: "apache",
        extensions: ["t3"]
      },
      "application/x-tads": {
        source: "apache",
        extensions: ["gam"]
      },
      "application/x-tar": {
        source: "apache",
        compressible: true,
        extensions: ["tar"]
      },
      "application/x-tcl": {
        source: "apache",
        extensions: ["tcl", "tk"]
      },
      "application/x-tex": {
        source: "apache",
        extensions: ["tex"]
      },
      "application/x-tex-tfm": {
        source: "apache",
        extensions: ["tfm"]
      },
      "application/x-texinfo": {
        source: "apache",
        extensions: ["texinfo", "texi"]
      },
      "application/x-tgif": {
        source: "apache",
        extensions: ["obj"]
      },
      "application/x-ustar": {
        source: "apache",
        extensions: ["ustar"]
      },
      "application/x-virtualbox-hdd": {
        compressible: true,
        extensions: ["hdd"]
      },
      "application/x-virtualbox-ova": {
        compressible: true,
        extensions: ["ova"]
      },
      "application/x-virtualbox-ovf": {
        compressible: true,
        extensions: ["ovf"]
      },
      "application/x-virtualbox-vbox": {
        compressible: true,
        extensions: ["vbox"]
      },
      "application/x-virtualbox-vbox-extpack": {
        compressible: false,
        extensions: ["vbox-extpack"]
      },
      "application/x-virtualbox-vdi": {
        compressible: true,
        extensions: ["vdi"]
      },
      "application/x-virtualbox-vhd": {
        compressible: true,
        extensions: ["vhd"]
      },
      "application/x-virtualbox-vmdk": {
        compressible: true,
        extensions: ["vmdk"]
      },
      "application/x-wais-source": {
        source: "apache",
        extensions: ["src"]
      },
      "application/x-web-app-manifest+json": {
        compressible: true,
        extensions: ["webapp"]
      },
      "application/x-www-form-urlencoded": {
        source: "iana",
        compressible: true
      },
      "application/x-x509-ca-cert": {
        source: "iana",
        extensions: ["der", "crt", "pem"]
      },
      "application/x-x509-ca-ra-cert": {
        source: "iana"
      },
      "application/x-x509-next-ca-cert": {
        source: "iana"
      },
      "application/x-xfig": {
        source: "apache",
        extensions: ["fig"]
      },
      "application/x-xliff+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/x-xpinstall": {
        source: "apache",
        compressible: false,
        extensions: ["xpi"]
      },
      "application/x-xz": {
        source: "apache",
        extensions: ["xz"]
      },
      "application/x-zip-compressed": {
        extensions: ["zip"]
      },
      "application/x-zmachine": {
        source: "apache",
        extensions: ["z1", "z2", "z3", "z4", "z5", "z6", "z7", "z8"]
      },
      "application/x400-bp": {
        source: "iana"
      },
      "application/xacml+xml": {
        source: "iana",
        compressible: true
      },
      "application/xaml+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xaml"]
      },
      "application/xcap-att+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xav"]
      },
      "application/xcap-caps+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xca"]
      },
      "application/xcap-diff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xdf"]
      },
      "application/xcap-el+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xel"]
      },
      "application/xcap-error+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcap-ns+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xns"]
      },
      "application/xcon-conference-info+xml": {
        source: "iana",
        compressible: true
      },
      "application/xcon-conference-info-diff+xml": {
        source: "iana",
        compressible: true
      },
      "application/xenc+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xenc"]
      },
      "application/xfdf": {
        source: "iana",
        extensions: ["xfdf"]
      },
      "application/xhtml+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xhtml", "xht"]
      },
      "application/xhtml-voice+xml": {
        source: "apache",
        compressible: true
      },
      "application/xliff+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xlf"]
      },
      "application/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml", "xsl", "xsd", "rng"]
      },
      "application/xml-dtd": {
        source: "iana",
        compressible: true,
        extensions: ["dtd"]
      },
      "application/xml-external-parsed-entity": {
        source: "iana"
      },
      "application/xml-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/xmpp+xml": {
        source: "iana",
        compressible: true
      },
      "application/xop+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xop"]
      },
      "application/xproc+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xpl"]
      },
      "application/xslt+xml": {
        source: "iana",
        compressible: true,
        extensions: ["xsl", "xslt"]
      },
      "application/xspf+xml": {
        source: "apache",
        compressible: true,
        extensions: ["xspf"]
      },
      "application/xv+xml": {
        source: "iana",
        compressible: true,
        extensions: ["mxml", "xhvml", "xvml", "xvm"]
      },
      "application/yaml": {
        source: "iana"
      },
      "application/yang": {
        source: "iana",
        extensions: ["yang"]
      },
      "application/yang-data+cbor": {
        source: "iana"
      },
      "application/yang-data+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-data+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+json": {
        source: "iana",
        compressible: true
      },
      "application/yang-patch+xml": {
        source: "iana",
        compressible: true
      },
      "application/yang-sid+json": {
        source: "iana",
        compressible: true
      },
      "application/yin+xml": {
        source: "iana",
        compressible: true,
        extensions: ["yin"]
      },
      "application/zip": {
        source: "iana",
        compressible: false,
        extensions: ["zip"]
      },
      "application/zip+dotlottie": {
        extensions: ["lottie"]
      },
      "application/zlib": {
        source: "iana"
      },
      "application/zstd": {
        source: "iana"
      },
      "audio/1d-interleaved-parityfec": {
        source: "iana"
      },
      "audio/32kadpcm": {
        source: "iana"
      },
      "audio/3gpp": {
        source: "iana",
        compressible: false,
        extensions: ["3gpp"]
      },
      "audio/3gpp2": {
        source: "iana"
      },
      "audio/aac": {
        source: "iana",
        extensions: ["adts", "aac"]
      },
      "audio/ac3": {
        source: "iana"
      },
      "audio/adpcm": {
        source: "apache",
        extensions: ["adp"]
      },
      "audio/amr": {
        source: "iana",
        extensions: ["amr"]
      },
      "audio/amr-wb": {
        source: "iana"
      },
      "audio/amr-wb+": {
        source: "iana"
      },
      "audio/aptx": {
        source: "iana"
      },
      "audio/asc": {
        source: "iana"
      },
      "audio/atrac-advanced-lossless": {
        source: "iana"
      },
      "audio/atrac-x": {
        source: "iana"
      },
      "audio/atrac3": {
        source: "iana"
      },
      "audio/basic": {
        source: "iana",
        compressible: false,
        extensions: ["au", "snd"]
      },
      "audio/bv16": {
        source: "iana"
      },
      "audio/bv32": {
        source: "iana"
      },
      "audio/clearmode": {
        source: "iana"
      },
      "audio/cn": {
        source: "iana"
      },
      "audio/dat12": {
        source: "iana"
      },
      "audio/dls": {
        source: "iana"
      },
      "audio/dsr-es201108": {
        source: "iana"
      },
      "audio/dsr-es202050": {
        source: "iana"
      },
      "audio/dsr-es202211": {
        source: "iana"
      },
      "audio/dsr-es202212": {
        source: "iana"
      },
      "audio/dv": {
        source: "iana"
      },
      "audio/dvi4": {
        source: "iana"
      },
      "audio/eac3": {
        source: "iana"
      },
      "audio/encaprtp": {
        source: "iana"
      },
      "audio/evrc": {
        source: "iana"
      },
      "audio/evrc-qcp": {
        source: "iana"
      },
      "audio/evrc0": {
        source: "iana"
      },
      "audio/evrc1": {
        source: "iana"
      },
      "audio/evrcb": {
        source: "iana"
      },
      "audio/evrcb0": {
        source: "iana"
      },
      "audio/evrcb1": {
        source: "iana"
      },
      "audio/evrcnw": {
        source: "iana"
      },
      "audio/evrcnw0": {
        source: "iana"
      },
      "audio/evrcnw1": {
        source: "iana"
      },
      "audio/evrcwb": {
        source: "iana"
      },
      "audio/evrcwb0": {
        source: "iana"
      },
      "audio/evrcwb1": {
        source: "iana"
      },
      "audio/evs": {
        source: "iana"
      },
      "audio/flac": {
        source: "iana"
      },
      "audio/flexfec": {
        source: "iana"
      },
      "audio/fwdred": {
        source: "iana"
      },
      "audio/g711-0": {
        source: "iana"
      },
      "audio/g719": {
        source: "iana"
      },
      "audio/g722": {
        source: "iana"
      },
      "audio/g7221": {
        source: "iana"
      },
      "audio/g723": {
        source: "iana"
      },
      "audio/g726-16": {
        source: "iana"
      },
      "audio/g726-24": {
        source: "iana"
      },
      "audio/g726-32": {
        source: "iana"
      },
      "audio/g726-40": {
        source: "iana"
      },
      "audio/g728": {
        source: "iana"
      },
      "audio/g729": {
        source: "iana"
      },
      "audio/g7291": {
        source: "iana"
      },
      "audio/g729d": {
        source: "iana"
      },
      "audio/g729e": {
        source: "iana"
      },
      "audio/gsm": {
        source: "iana"
      },
      "audio/gsm-efr": {
        source: "iana"
      },
      "audio/gsm-hr-08": {
        source: "iana"
      },
      "audio/ilbc": {
        source: "iana"
      },
      "audio/ip-mr_v2.5": {
        source: "iana"
      },
      "audio/isac": {
        source: "apache"
      },
      "audio/l16": {
        source: "iana"
      },
      "audio/l20": {
        source: "iana"
      },
      "audio/l24": {
        source: "iana",
        compressible: false
      },
      "audio/l8": {
        source: "iana"
      },
      "audio/lpc": {
        source: "iana"
      },
      "audio/matroska": {
        source: "iana"
      },
      "audio/melp": {
        source: "iana"
      },
      "audio/melp1200": {
        source: "iana"
      },
      "audio/melp2400": {
        source: "iana"
      },
      "audio/melp600": {
        source: "iana"
      },
      "audio/mhas": {
        source: "iana"
      },
      "audio/midi": {
        source: "apache",
        extensions: ["mid", "midi", "kar", "rmi"]
      },
      "audio/midi-clip": {
        source: "iana"
      },
      "audio/mobile-xmf": {
        source: "iana",
        extensions: ["mxmf"]
      },
      "audio/mp3": {
        compressible: false,
        extensions: ["mp3"]
      },
      "audio/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["m4a", "mp4a", "m4b"]
      },
      "audio/mp4a-latm": {
        source: "iana"
      },
      "audio/mpa": {
        source: "iana"
      },
      "audio/mpa-robust": {
        source: "iana"
      },
      "audio/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpga", "mp2", "mp2a", "mp3", "m2a", "m3a"]
      },
      "audio/mpeg4-generic": {
        source: "iana"
      },
      "audio/musepack": {
        source: "apache"
      },
      "audio/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["oga", "ogg", "spx", "opus"]
      },
      "audio/opus": {
        source: "iana"
      },
      "audio/parityfec": {
        source: "iana"
      },
      "audio/pcma": {
        source: "iana"
      },
      "audio/pcma-wb": {
        source: "iana"
      },
      "audio/pcmu": {
        source: "iana"
      },
      "audio/pcmu-wb": {
        source: "iana"
      },
      "audio/prs.sid": {
        source: "iana"
      },
      "audio/qcelp": {
        source: "iana"
      },
      "audio/raptorfec": {
        source: "iana"
      },
      "audio/red": {
        source: "iana"
      },
      "audio/rtp-enc-aescm128": {
        source: "iana"
      },
      "audio/rtp-midi": {
        source: "iana"
      },
      "audio/rtploopback": {
        source: "iana"
      },
      "audio/rtx": {
        source: "iana"
      },
      "audio/s3m": {
        source: "apache",
        extensions: ["s3m"]
      },
      "audio/scip": {
        source: "iana"
      },
      "audio/silk": {
        source: "apache",
        extensions: ["sil"]
      },
      "audio/smv": {
        source: "iana"
      },
      "audio/smv-qcp": {
        source: "iana"
      },
      "audio/smv0": {
        source: "iana"
      },
      "audio/sofa": {
        source: "iana"
      },
      "audio/sp-midi": {
        source: "iana"
      },
      "audio/speex": {
        source: "iana"
      },
      "audio/t140c": {
        source: "iana"
      },
      "audio/t38": {
        source: "iana"
      },
      "audio/telephone-event": {
        source: "iana"
      },
      "audio/tetra_acelp": {
        source: "iana"
      },
      "audio/tetra_acelp_bb": {
        source: "iana"
      },
      "audio/tone": {
        source: "iana"
      },
      "audio/tsvcis": {
        source: "iana"
      },
      "audio/uemclip": {
        source: "iana"
      },
      "audio/ulpfec": {
        source: "iana"
      },
      "audio/usac": {
        source: "iana"
      },
      "audio/vdvi": {
        source: "iana"
      },
      "audio/vmr-wb": {
        source: "iana"
      },
      "audio/vnd.3gpp.iufp": {
        source: "iana"
      },
      "audio/vnd.4sb": {
        source: "iana"
      },
      "audio/vnd.audiokoz": {
        source: "iana"
      },
      "audio/vnd.celp": {
        source: "iana"
      },
      "audio/vnd.cisco.nse": {
        source: "iana"
      },
      "audio/vnd.cmles.radio-events": {
        source: "iana"
      },
      "audio/vnd.cns.anp1": {
        source: "iana"
      },
      "audio/vnd.cns.inf1": {
        source: "iana"
      },
      "audio/vnd.dece.audio": {
        source: "iana",
        extensions: ["uva", "uvva"]
      },
      "audio/vnd.digital-winds": {
        source: "iana",
        extensions: ["eol"]
      },
      "audio/vnd.dlna.adts": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.1": {
        source: "iana"
      },
      "audio/vnd.dolby.heaac.2": {
        source: "iana"
      },
      "audio/vnd.dolby.mlp": {
        source: "iana"
      },
      "audio/vnd.dolby.mps": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2x": {
        source: "iana"
      },
      "audio/vnd.dolby.pl2z": {
        source: "iana"
      },
      "audio/vnd.dolby.pulse.1": {
        source: "iana"
      },
      "audio/vnd.dra": {
        source: "iana",
        extensions: ["dra"]
      },
      "audio/vnd.dts": {
        source: "iana",
        extensions: ["dts"]
      },
      "audio/vnd.dts.hd": {
        source: "iana",
        extensions: ["dtshd"]
      },
      "audio/vnd.dts.uhd": {
        source: "iana"
      },
      "audio/vnd.dvb.file": {
        source: "iana"
      },
      "audio/vnd.everad.plj": {
        source: "iana"
      },
      "audio/vnd.hns.audio": {
        source: "iana"
      },
      "audio/vnd.lucent.voice": {
        source: "iana",
        extensions: ["lvp"]
      },
      "audio/vnd.ms-playready.media.pya": {
        source: "iana",
        extensions: ["pya"]
      },
      "audio/vnd.nokia.mobile-xmf": {
        source: "iana"
      },
      "audio/vnd.nortel.vbk": {
        source: "iana"
      },
      "audio/vnd.nuera.ecelp4800": {
        source: "iana",
        extensions: ["ecelp4800"]
      },
      "audio/vnd.nuera.ecelp7470": {
        source: "iana",
        extensions: ["ecelp7470"]
      },
      "audio/vnd.nuera.ecelp9600": {
        source: "iana",
        extensions: ["ecelp9600"]
      },
      "audio/vnd.octel.sbc": {
        source: "iana"
      },
      "audio/vnd.presonus.multitrack": {
        source: "iana"
      },
      "audio/vnd.qcelp": {
        source: "apache"
      },
      "audio/vnd.rhetorex.32kadpcm": {
        source: "iana"
      },
      "audio/vnd.rip": {
        source: "iana",
        extensions: ["rip"]
      },
      "audio/vnd.rn-realaudio": {
        compressible: false
      },
      "audio/vnd.sealedmedia.softseal.mpeg": {
        source: "iana"
      },
      "audio/vnd.vmx.cvsd": {
        source: "iana"
      },
      "audio/vnd.wave": {
        compressible: false
      },
      "audio/vorbis": {
        source: "iana",
        compressible: false
      },
      "audio/vorbis-config": {
        source: "iana"
      },
      "audio/wav": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/wave": {
        compressible: false,
        extensions: ["wav"]
      },
      "audio/webm": {
        source: "apache",
        compressible: false,
        extensions: ["weba"]
      },
      "audio/x-aac": {
        source: "apache",
        compressible: false,
        extensions: ["aac"]
      },
      "audio/x-aiff": {
        source: "apache",
        extensions: ["aif", "aiff", "aifc"]
      },
      "audio/x-caf": {
        source: "apache",
        compressible: false,
        extensions: ["caf"]
      },
      "audio/x-flac": {
        source: "apache",
        extensions: ["flac"]
      },
      "audio/x-m4a": {
        source: "nginx",
        extensions: ["m4a"]
      },
      "audio/x-matroska": {
        source: "apache",
        extensions: ["mka"]
      },
      "audio/x-mpegurl": {
        source: "apache",
        extensions: ["m3u"]
      },
      "audio/x-ms-wax": {
        source: "apache",
        extensions: ["wax"]
      },
      "audio/x-ms-wma": {
        source: "apache",
        extensions: ["wma"]
      },
      "audio/x-pn-realaudio": {
        source: "apache",
        extensions: ["ram", "ra"]
      },
      "audio/x-pn-realaudio-plugin": {
        source: "apache",
        extensions: ["rmp"]
      },
      "audio/x-realaudio": {
        source: "nginx",
        extensions: ["ra"]
      },
      "audio/x-tta": {
        source: "apache"
      },
      "audio/x-wav": {
        source: "apache",
        extensions: ["wav"]
      },
      "audio/xm": {
        source: "apache",
        extensions: ["xm"]
      },
      "chemical/x-cdx": {
        source: "apache",
        extensions: ["cdx"]
      },
      "chemical/x-cif": {
        source: "apache",
        extensions: ["cif"]
      },
      "chemical/x-cmdf": {
        source: "apache",
        extensions: ["cmdf"]
      },
      "chemical/x-cml": {
        source: "apache",
        extensions: ["cml"]
      },
      "chemical/x-csml": {
        source: "apache",
        extensions: ["csml"]
      },
      "chemical/x-pdb": {
        source: "apache"
      },
      "chemical/x-xyz": {
        source: "apache",
        extensions: ["xyz"]
      },
      "font/collection": {
        source: "iana",
        extensions: ["ttc"]
      },
      "font/otf": {
        source: "iana",
        compressible: true,
        extensions: ["otf"]
      },
      "font/sfnt": {
        source: "iana"
      },
      "font/ttf": {
        source: "iana",
        compressible: true,
        extensions: ["ttf"]
      },
      "font/woff": {
        source: "iana",
        extensions: ["woff"]
      },
      "font/woff2": {
        source: "iana",
        extensions: ["woff2"]
      },
      "image/aces": {
        source: "iana",
        extensions: ["exr"]
      },
      "image/apng": {
        source: "iana",
        compressible: false,
        extensions: ["apng"]
      },
      "image/avci": {
        source: "iana",
        extensions: ["avci"]
      },
      "image/avcs": {
        source: "iana",
        extensions: ["avcs"]
      },
      "image/avif": {
        source: "iana",
        compressible: false,
        extensions: ["avif"]
      },
      "image/bmp": {
        source: "iana",
        compressible: true,
        extensions: ["bmp", "dib"]
      },
      "image/cgm": {
        source: "iana",
        extensions: ["cgm"]
      },
      "image/dicom-rle": {
        source: "iana",
        extensions: ["drle"]
      },
      "image/dpx": {
        source: "iana",
        extensions: ["dpx"]
      },
      "image/emf": {
        source: "iana",
        extensions: ["emf"]
      },
      "image/fits": {
        source: "iana",
        extensions: ["fits"]
      },
      "image/g3fax": {
        source: "iana",
        extensions: ["g3"]
      },
      "image/gif": {
        source: "iana",
        compressible: false,
        extensions: ["gif"]
      },
      "image/heic": {
        source: "iana",
        extensions: ["heic"]
      },
      "image/heic-sequence": {
        source: "iana",
        extensions: ["heics"]
      },
      "image/heif": {
        source: "iana",
        extensions: ["heif"]
      },
      "image/heif-sequence": {
        source: "iana",
        extensions: ["heifs"]
      },
      "image/hej2k": {
        source: "iana",
        extensions: ["hej2"]
      },
      "image/ief": {
        source: "iana",
        extensions: ["ief"]
      },
      "image/j2c": {
        source: "iana"
      },
      "image/jaii": {
        source: "iana",
        extensions: ["jaii"]
      },
      "image/jais": {
        source: "iana",
        extensions: ["jais"]
      },
      "image/jls": {
        source: "iana",
        extensions: ["jls"]
      },
      "image/jp2": {
        source: "iana",
        compressible: false,
        extensions: ["jp2", "jpg2"]
      },
      "image/jpeg": {
        source: "iana",
        compressible: false,
        extensions: ["jpg", "jpeg", "jpe"]
      },
      "image/jph": {
        source: "iana",
        extensions: ["jph"]
      },
      "image/jphc": {
        source: "iana",
        extensions: ["jhc"]
      },
      "image/jpm": {
        source: "iana",
        compressible: false,
        extensions: ["jpm", "jpgm"]
      },
      "image/jpx": {
        source: "iana",
        compressible: false,
        extensions: ["jpx", "jpf"]
      },
      "image/jxl": {
        source: "iana",
        extensions: ["jxl"]
      },
      "image/jxr": {
        source: "iana",
        extensions: ["jxr"]
      },
      "image/jxra": {
        source: "iana",
        extensions: ["jxra"]
      },
      "image/jxrs": {
        source: "iana",
        extensions: ["jxrs"]
      },
      "image/jxs": {
        source: "iana",
        extensions: ["jxs"]
      },
      "image/jxsc": {
        source: "iana",
        extensions: ["jxsc"]
      },
      "image/jxsi": {
        source: "iana",
        extensions: ["jxsi"]
      },
      "image/jxss": {
        source: "iana",
        extensions: ["jxss"]
      },
      "image/ktx": {
        source: "iana",
        extensions: ["ktx"]
      },
      "image/ktx2": {
        source: "iana",
        extensions: ["ktx2"]
      },
      "image/naplps": {
        source: "iana"
      },
      "image/pjpeg": {
        compressible: false,
        extensions: ["jfif"]
      },
      "image/png": {
        source: "iana",
        compressible: false,
        extensions: ["png"]
      },
      "image/prs.btif": {
        source: "iana",
        extensions: ["btif", "btf"]
      },
      "image/prs.pti": {
        source: "iana",
        extensions: ["pti"]
      },
      "image/pwg-raster": {
        source: "iana"
      },
      "image/sgi": {
        source: "apache",
        extensions: ["sgi"]
      },
      "image/svg+xml": {
        source: "iana",
        compressible: true,
        extensions: ["svg", "svgz"]
      },
      "image/t38": {
        source: "iana",
        extensions: ["t38"]
      },
      "image/tiff": {
        source: "iana",
        compressible: false,
        extensions: ["tif", "tiff"]
      },
      "image/tiff-fx": {
        source: "iana",
        extensions: ["tfx"]
      },
      "image/vnd.adobe.photoshop": {
        source: "iana",
        compressible: true,
        extensions: ["psd"]
      },
      "image/vnd.airzip.accelerator.azv": {
        source: "iana",
        extensions: ["azv"]
      },
      "image/vnd.clip": {
        source: "iana"
      },
      "image/vnd.cns.inf2": {
        source: "iana"
      },
      "image/vnd.dece.graphic": {
        source: "iana",
        extensions: ["uvi", "uvvi", "uvg", "uvvg"]
      },
      "image/vnd.djvu": {
        source: "iana",
        extensions: ["djvu", "djv"]
      },
      "image/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "image/vnd.dwg": {
        source: "iana",
        extensions: ["dwg"]
      },
      "image/vnd.dxf": {
        source: "iana",
        extensions: ["dxf"]
      },
      "image/vnd.fastbidsheet": {
        source: "iana",
        extensions: ["fbs"]
      },
      "image/vnd.fpx": {
        source: "iana",
        extensions: ["fpx"]
      },
      "image/vnd.fst": {
        source: "iana",
        extensions: ["fst"]
      },
      "image/vnd.fujixerox.edmics-mmr": {
        source: "iana",
        extensions: ["mmr"]
      },
      "image/vnd.fujixerox.edmics-rlc": {
        source: "iana",
        extensions: ["rlc"]
      },
      "image/vnd.globalgraphics.pgb": {
        source: "iana"
      },
      "image/vnd.microsoft.icon": {
        source: "iana",
        compressible: true,
        extensions: ["ico"]
      },
      "image/vnd.mix": {
        source: "iana"
      },
      "image/vnd.mozilla.apng": {
        source: "iana"
      },
      "image/vnd.ms-dds": {
        compressible: true,
        extensions: ["dds"]
      },
      "image/vnd.ms-modi": {
        source: "iana",
        extensions: ["mdi"]
      },
      "image/vnd.ms-photo": {
        source: "apache",
        extensions: ["wdp"]
      },
      "image/vnd.net-fpx": {
        source: "iana",
        extensions: ["npx"]
      },
      "image/vnd.pco.b16": {
        source: "iana",
        extensions: ["b16"]
      },
      "image/vnd.radiance": {
        source: "iana"
      },
      "image/vnd.sealed.png": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.gif": {
        source: "iana"
      },
      "image/vnd.sealedmedia.softseal.jpg": {
        source: "iana"
      },
      "image/vnd.svf": {
        source: "iana"
      },
      "image/vnd.tencent.tap": {
        source: "iana",
        extensions: ["tap"]
      },
      "image/vnd.valve.source.texture": {
        source: "iana",
        extensions: ["vtf"]
      },
      "image/vnd.wap.wbmp": {
        source: "iana",
        extensions: ["wbmp"]
      },
      "image/vnd.xiff": {
        source: "iana",
        extensions: ["xif"]
      },
      "image/vnd.zbrush.pcx": {
        source: "iana",
        extensions: ["pcx"]
      },
      "image/webp": {
        source: "iana",
        extensions: ["webp"]
      },
      "image/wmf": {
        source: "iana",
        extensions: ["wmf"]
      },
      "image/x-3ds": {
        source: "apache",
        extensions: ["3ds"]
      },
      "image/x-adobe-dng": {
        extensions: ["dng"]
      },
      "image/x-cmu-raster": {
        source: "apache",
        extensions: ["ras"]
      },
      "image/x-cmx": {
        source: "apache",
        extensions: ["cmx"]
      },
      "image/x-emf": {
        source: "iana"
      },
      "image/x-freehand": {
        source: "apache",
        extensions: ["fh", "fhc", "fh4", "fh5", "fh7"]
      },
      "image/x-icon": {
        source: "apache",
        compressible: true,
        extensions: ["ico"]
      },
      "image/x-jng": {
        source: "nginx",
        extensions: ["jng"]
      },
      "image/x-mrsid-image": {
        source: "apache",
        extensions: ["sid"]
      },
      "image/x-ms-bmp": {
        source: "nginx",
        compressible: true,
        extensions: ["bmp"]
      },
      "image/x-pcx": {
        source: "apache",
        extensions: ["pcx"]
      },
      "image/x-pict": {
        source: "apache",
        extensions: ["pic", "pct"]
      },
      "image/x-portable-anymap": {
        source: "apache",
        extensions: ["pnm"]
      },
      "image/x-portable-bitmap": {
        source: "apache",
        extensions: ["pbm"]
      },
      "image/x-portable-graymap": {
        source: "apache",
        extensions: ["pgm"]
      },
      "image/x-portable-pixmap": {
        source: "apache",
        extensions: ["ppm"]
      },
      "image/x-rgb": {
        source: "apache",
        extensions: ["rgb"]
      },
      "image/x-tga": {
        source: "apache",
        extensions: ["tga"]
      },
      "image/x-wmf": {
        source: "iana"
      },
      "image/x-xbitmap": {
        source: "apache",
        extensions: ["xbm"]
      },
      "image/x-xcf": {
        compressible: false
      },
      "image/x-xpixmap": {
        source: "apache",
        extensions: ["xpm"]
      },
      "image/x-xwindowdump": {
        source: "apache",
        extensions: ["xwd"]
      },
      "message/bhttp": {
        source: "iana"
      },
      "message/cpim": {
        source: "iana"
      },
      "message/delivery-status": {
        source: "iana"
      },
      "message/disposition-notification": {
        source: "iana",
        extensions: [
          "disposition-notification"
        ]
      },
      "message/external-body": {
        source: "iana"
      },
      "message/feedback-report": {
        source: "iana"
      },
      "message/global": {
        source: "iana",
        extensions: ["u8msg"]
      },
      "message/global-delivery-status": {
        source: "iana",
        extensions: ["u8dsn"]
      },
      "message/global-disposition-notification": {
        source: "iana",
        extensions: ["u8mdn"]
      },
      "message/global-headers": {
        source: "iana",
        extensions: ["u8hdr"]
      },
      "message/http": {
        source: "iana",
        compressible: false
      },
      "message/imdn+xml": {
        source: "iana",
        compressible: true
      },
      "message/mls": {
        source: "iana"
      },
      "message/news": {
        source: "apache"
      },
      "message/ohttp-req": {
        source: "iana"
      },
      "message/ohttp-res": {
        source: "iana"
      },
      "message/partial": {
        source: "iana",
        compressible: false
      },
      "message/rfc822": {
        source: "iana",
        compressible: true,
        extensions: ["eml", "mime", "mht", "mhtml"]
      },
      "message/s-http": {
        source: "apache"
      },
      "message/sip": {
        source: "iana"
      },
      "message/sipfrag": {
        source: "iana"
      },
      "message/tracking-status": {
        source: "iana"
      },
      "message/vnd.si.simp": {
        source: "apache"
      },
      "message/vnd.wfa.wsc": {
        source: "iana",
        extensions: ["wsc"]
      },
      "model/3mf": {
        source: "iana",
        extensions: ["3mf"]
      },
      "model/e57": {
        source: "iana"
      },
      "model/gltf+json": {
        source: "iana",
        compressible: true,
        extensions: ["gltf"]
      },
      "model/gltf-binary": {
        source: "iana",
        compressible: true,
        extensions: ["glb"]
      },
      "model/iges": {
        source: "iana",
        compressible: false,
        extensions: ["igs", "iges"]
      },
      "model/jt": {
        source: "iana",
        extensions: ["jt"]
      },
      "model/mesh": {
        source: "iana",
        compressible: false,
        extensions: ["msh", "mesh", "silo"]
      },
      "model/mtl": {
        source: "iana",
        extensions: ["mtl"]
      },
      "model/obj": {
        source: "iana",
        extensions: ["obj"]
      },
      "model/prc": {
        source: "iana",
        extensions: ["prc"]
      },
      "model/step": {
        source: "iana",
        extensions: ["step", "stp", "stpnc", "p21", "210"]
      },
      "model/step+xml": {
        source: "iana",
        compressible: true,
        extensions: ["stpx"]
      },
      "model/step+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpz"]
      },
      "model/step-xml+zip": {
        source: "iana",
        compressible: false,
        extensions: ["stpxz"]
      },
      "model/stl": {
        source: "iana",
        extensions: ["stl"]
      },
      "model/u3d": {
        source: "iana",
        extensions: ["u3d"]
      },
      "model/vnd.bary": {
        source: "iana",
        extensions: ["bary"]
      },
      "model/vnd.cld": {
        source: "iana",
        extensions: ["cld"]
      },
      "model/vnd.collada+xml": {
        source: "iana",
        compressible: true,
        extensions: ["dae"]
      },
      "model/vnd.dwf": {
        source: "iana",
        extensions: ["dwf"]
      },
      "model/vnd.flatland.3dml": {
        source: "iana"
      },
      "model/vnd.gdl": {
        source: "iana",
        extensions: ["gdl"]
      },
      "model/vnd.gs-gdl": {
        source: "apache"
      },
      "model/vnd.gs.gdl": {
        source: "iana"
      },
      "model/vnd.gtw": {
        source: "iana",
        extensions: ["gtw"]
      },
      "model/vnd.moml+xml": {
        source: "iana",
        compressible: true
      },
      "model/vnd.mts": {
        source: "iana",
        extensions: ["mts"]
      },
      "model/vnd.opengex": {
        source: "iana",
        extensions: ["ogex"]
      },
      "model/vnd.parasolid.transmit.binary": {
        source: "iana",
        extensions: ["x_b"]
      },
      "model/vnd.parasolid.transmit.text": {
        source: "iana",
        extensions: ["x_t"]
      },
      "model/vnd.pytha.pyox": {
        source: "iana",
        extensions: ["pyo", "pyox"]
      },
      "model/vnd.rosette.annotated-data-model": {
        source: "iana"
      },
      "model/vnd.sap.vds": {
        source: "iana",
        extensions: ["vds"]
      },
      "model/vnd.usda": {
        source: "iana",
        extensions: ["usda"]
      },
      "model/vnd.usdz+zip": {
        source: "iana",
        compressible: false,
        extensions: ["usdz"]
      },
      "model/vnd.valve.source.compiled-map": {
        source: "iana",
        extensions: ["bsp"]
      },
      "model/vnd.vtu": {
        source: "iana",
        extensions: ["vtu"]
      },
      "model/vrml": {
        source: "iana",
        compressible: false,
        extensions: ["wrl", "vrml"]
      },
      "model/x3d+binary": {
        source: "apache",
        compressible: false,
        extensions: ["x3db", "x3dbz"]
      },
      "model/x3d+fastinfoset": {
        source: "iana",
        extensions: ["x3db"]
      },
      "model/x3d+vrml": {
        source: "apache",
        compressible: false,
        extensions: ["x3dv", "x3dvz"]
      },
      "model/x3d+xml": {
        source: "iana",
        compressible: true,
        extensions: ["x3d", "x3dz"]
      },
      "model/x3d-vrml": {
        source: "iana",
        extensions: ["x3dv"]
      },
      "multipart/alternative": {
        source: "iana",
        compressible: false
      },
      "multipart/appledouble": {
        source: "iana"
      },
      "multipart/byteranges": {
        source: "iana"
      },
      "multipart/digest": {
        source: "iana"
      },
      "multipart/encrypted": {
        source: "iana",
        compressible: false
      },
      "multipart/form-data": {
        source: "iana",
        compressible: false
      },
      "multipart/header-set": {
        source: "iana"
      },
      "multipart/mixed": {
        source: "iana"
      },
      "multipart/multilingual": {
        source: "iana"
      },
      "multipart/parallel": {
        source: "iana"
      },
      "multipart/related": {
        source: "iana",
        compressible: false
      },
      "multipart/report": {
        source: "iana"
      },
      "multipart/signed": {
        source: "iana",
        compressible: false
      },
      "multipart/vnd.bint.med-plus": {
        source: "iana"
      },
      "multipart/voice-message": {
        source: "iana"
      },
      "multipart/x-mixed-replace": {
        source: "iana"
      },
      "text/1d-interleaved-parityfec": {
        source: "iana"
      },
      "text/cache-manifest": {
        source: "iana",
        compressible: true,
        extensions: ["appcache", "manifest"]
      },
      "text/calendar": {
        source: "iana",
        extensions: ["ics", "ifb"]
      },
      "text/calender": {
        compressible: true
      },
      "text/cmd": {
        compressible: true
      },
      "text/coffeescript": {
        extensions: ["coffee", "litcoffee"]
      },
      "text/cql": {
        source: "iana"
      },
      "text/cql-expression": {
        source: "iana"
      },
      "text/cql-identifier": {
        source: "iana"
      },
      "text/css": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["css"]
      },
      "text/csv": {
        source: "iana",
        compressible: true,
        extensions: ["csv"]
      },
      "text/csv-schema": {
        source: "iana"
      },
      "text/directory": {
        source: "iana"
      },
      "text/dns": {
        source: "iana"
      },
      "text/ecmascript": {
        source: "apache"
      },
      "text/encaprtp": {
        source: "iana"
      },
      "text/enriched": {
        source: "iana"
      },
      "text/fhirpath": {
        source: "iana"
      },
      "text/flexfec": {
        source: "iana"
      },
      "text/fwdred": {
        source: "iana"
      },
      "text/gff3": {
        source: "iana"
      },
      "text/grammar-ref-list": {
        source: "iana"
      },
      "text/hl7v2": {
        source: "iana"
      },
      "text/html": {
        source: "iana",
        compressible: true,
        extensions: ["html", "htm", "shtml"]
      },
      "text/jade": {
        extensions: ["jade"]
      },
      "text/javascript": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["js", "mjs"]
      },
      "text/jcr-cnd": {
        source: "iana"
      },
      "text/jsx": {
        compressible: true,
        extensions: ["jsx"]
      },
      "text/less": {
        compressible: true,
        extensions: ["less"]
      },
      "text/markdown": {
        source: "iana",
        compressible: true,
        extensions: ["md", "markdown"]
      },
      "text/mathml": {
        source: "nginx",
        extensions: ["mml"]
      },
      "text/mdx": {
        compressible: true,
        extensions: ["mdx"]
      },
      "text/mizar": {
        source: "iana"
      },
      "text/n3": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["n3"]
      },
      "text/parameters": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/parityfec": {
        source: "iana"
      },
      "text/plain": {
        source: "iana",
        compressible: true,
        extensions: ["txt", "text", "conf", "def", "list", "log", "in", "ini"]
      },
      "text/provenance-notation": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/prs.fallenstein.rst": {
        source: "iana"
      },
      "text/prs.lines.tag": {
        source: "iana",
        extensions: ["dsc"]
      },
      "text/prs.prop.logic": {
        source: "iana"
      },
      "text/prs.texi": {
        source: "iana"
      },
      "text/raptorfec": {
        source: "iana"
      },
      "text/red": {
        source: "iana"
      },
      "text/rfc822-headers": {
        source: "iana"
      },
      "text/richtext": {
        source: "iana",
        compressible: true,
        extensions: ["rtx"]
      },
      "text/rtf": {
        source: "iana",
        compressible: true,
        extensions: ["rtf"]
      },
      "text/rtp-enc-aescm128": {
        source: "iana"
      },
      "text/rtploopback": {
        source: "iana"
      },
      "text/rtx": {
        source: "iana"
      },
      "text/sgml": {
        source: "iana",
        extensions: ["sgml", "sgm"]
      },
      "text/shaclc": {
        source: "iana"
      },
      "text/shex": {
        source: "iana",
        extensions: ["shex"]
      },
      "text/slim": {
        extensions: ["slim", "slm"]
      },
      "text/spdx": {
        source: "iana",
        extensions: ["spdx"]
      },
      "text/strings": {
        source: "iana"
      },
      "text/stylus": {
        extensions: ["stylus", "styl"]
      },
      "text/t140": {
        source: "iana"
      },
      "text/tab-separated-values": {
        source: "iana",
        compressible: true,
        extensions: ["tsv"]
      },
      "text/troff": {
        source: "iana",
        extensions: ["t", "tr", "roff", "man", "me", "ms"]
      },
      "text/turtle": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["ttl"]
      },
      "text/ulpfec": {
        source: "iana"
      },
      "text/uri-list": {
        source: "iana",
        compressible: true,
        extensions: ["uri", "uris", "urls"]
      },
      "text/vcard": {
        source: "iana",
        compressible: true,
        extensions: ["vcard"]
      },
      "text/vnd.a": {
        source: "iana"
      },
      "text/vnd.abc": {
        source: "iana"
      },
      "text/vnd.ascii-art": {
        source: "iana"
      },
      "text/vnd.curl": {
        source: "iana",
        extensions: ["curl"]
      },
      "text/vnd.curl.dcurl": {
        source: "apache",
        extensions: ["dcurl"]
      },
      "text/vnd.curl.mcurl": {
        source: "apache",
        extensions: ["mcurl"]
      },
      "text/vnd.curl.scurl": {
        source: "apache",
        extensions: ["scurl"]
      },
      "text/vnd.debian.copyright": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.dmclientscript": {
        source: "iana"
      },
      "text/vnd.dvb.subtitle": {
        source: "iana",
        extensions: ["sub"]
      },
      "text/vnd.esmertec.theme-descriptor": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.exchangeable": {
        source: "iana"
      },
      "text/vnd.familysearch.gedcom": {
        source: "iana",
        extensions: ["ged"]
      },
      "text/vnd.ficlab.flt": {
        source: "iana"
      },
      "text/vnd.fly": {
        source: "iana",
        extensions: ["fly"]
      },
      "text/vnd.fmi.flexstor": {
        source: "iana",
        extensions: ["flx"]
      },
      "text/vnd.gml": {
        source: "iana"
      },
      "text/vnd.graphviz": {
        source: "iana",
        extensions: ["gv"]
      },
      "text/vnd.hans": {
        source: "iana"
      },
      "text/vnd.hgl": {
        source: "iana"
      },
      "text/vnd.in3d.3dml": {
        source: "iana",
        extensions: ["3dml"]
      },
      "text/vnd.in3d.spot": {
        source: "iana",
        extensions: ["spot"]
      },
      "text/vnd.iptc.newsml": {
        source: "iana"
      },
      "text/vnd.iptc.nitf": {
        source: "iana"
      },
      "text/vnd.latex-z": {
        source: "iana"
      },
      "text/vnd.motorola.reflex": {
        source: "iana"
      },
      "text/vnd.ms-mediapackage": {
        source: "iana"
      },
      "text/vnd.net2phone.commcenter.command": {
        source: "iana"
      },
      "text/vnd.radisys.msml-basic-layout": {
        source: "iana"
      },
      "text/vnd.senx.warpscript": {
        source: "iana"
      },
      "text/vnd.si.uricatalogue": {
        source: "apache"
      },
      "text/vnd.sosi": {
        source: "iana"
      },
      "text/vnd.sun.j2me.app-descriptor": {
        source: "iana",
        charset: "UTF-8",
        extensions: ["jad"]
      },
      "text/vnd.trolltech.linguist": {
        source: "iana",
        charset: "UTF-8"
      },
      "text/vnd.vcf": {
        source: "iana"
      },
      "text/vnd.wap.si": {
        source: "iana"
      },
      "text/vnd.wap.sl": {
        source: "iana"
      },
      "text/vnd.wap.wml": {
        source: "iana",
        extensions: ["wml"]
      },
      "text/vnd.wap.wmlscript": {
        source: "iana",
        extensions: ["wmls"]
      },
      "text/vnd.zoo.kcl": {
        source: "iana"
      },
      "text/vtt": {
        source: "iana",
        charset: "UTF-8",
        compressible: true,
        extensions: ["vtt"]
      },
      "text/wgsl": {
        source: "iana",
        extensions: ["wgsl"]
      },
      "text/x-asm": {
        source: "apache",
        extensions: ["s", "asm"]
      },
      "text/x-c": {
        source: "apache",
        extensions: ["c", "cc", "cxx", "cpp", "h", "hh", "dic"]
      },
      "text/x-component": {
        source: "nginx",
        extensions: ["htc"]
      },
      "text/x-fortran": {
        source: "apache",
        extensions: ["f", "for", "f77", "f90"]
      },
      "text/x-gwt-rpc": {
        compressible: true
      },
      "text/x-handlebars-template": {
        extensions: ["hbs"]
      },
      "text/x-java-source": {
        source: "apache",
        extensions: ["java"]
      },
      "text/x-jquery-tmpl": {
        compressible: true
      },
      "text/x-lua": {
        extensions: ["lua"]
      },
      "text/x-markdown": {
        compressible: true,
        extensions: ["mkd"]
      },
      "text/x-nfo": {
        source: "apache",
        extensions: ["nfo"]
      },
      "text/x-opml": {
        source: "apache",
        extensions: ["opml"]
      },
      "text/x-org": {
        compressible: true,
        extensions: ["org"]
      },
      "text/x-pascal": {
        source: "apache",
        extensions: ["p", "pas"]
      },
      "text/x-processing": {
        compressible: true,
        extensions: ["pde"]
      },
      "text/x-sass": {
        extensions: ["sass"]
      },
      "text/x-scss": {
        extensions: ["scss"]
      },
      "text/x-setext": {
        source: "apache",
        extensions: ["etx"]
      },
      "text/x-sfv": {
        source: "apache",
        extensions: ["sfv"]
      },
      "text/x-suse-ymp": {
        compressible: true,
        extensions: ["ymp"]
      },
      "text/x-uuencode": {
        source: "apache",
        extensions: ["uu"]
      },
      "text/x-vcalendar": {
        source: "apache",
        extensions: ["vcs"]
      },
      "text/x-vcard": {
        source: "apache",
        extensions: ["vcf"]
      },
      "text/xml": {
        source: "iana",
        compressible: true,
        extensions: ["xml"]
      },
      "text/xml-external-parsed-entity": {
        source: "iana"
      },
      "text/yaml": {
        compressible: true,
        extensions: ["yaml", "yml"]
      },
      "video/1d-interleaved-parityfec": {
        source: "iana"
      },
      "video/3gpp": {
        source: "iana",
        extensions: ["3gp", "3gpp"]
      },
      "video/3gpp-tt": {
        source: "iana"
      },
      "video/3gpp2": {
        source: "iana",
        extensions: ["3g2"]
      },
      "video/av1": {
        source: "iana"
      },
      "video/bmpeg": {
        source: "iana"
      },
      "video/bt656": {
        source: "iana"
      },
      "video/celb": {
        source: "iana"
      },
      "video/dv": {
        source: "iana"
      },
      "video/encaprtp": {
        source: "iana"
      },
      "video/evc": {
        source: "iana"
      },
      "video/ffv1": {
        source: "iana"
      },
      "video/flexfec": {
        source: "iana"
      },
      "video/h261": {
        source: "iana",
        extensions: ["h261"]
      },
      "video/h263": {
        source: "iana",
        extensions: ["h263"]
      },
      "video/h263-1998": {
        source: "iana"
      },
      "video/h263-2000": {
        source: "iana"
      },
      "video/h264": {
        source: "iana",
        extensions: ["h264"]
      },
      "video/h264-rcdo": {
        source: "iana"
      },
      "video/h264-svc": {
        source: "iana"
      },
      "video/h265": {
        source: "iana"
      },
      "video/h266": {
        source: "iana"
      },
      "video/iso.segment": {
        source: "iana",
        extensions: ["m4s"]
      },
      "video/jpeg": {
        source: "iana",
        extensions: ["jpgv"]
      },
      "video/jpeg2000": {
        source: "iana"
      },
      "video/jpm": {
        source: "apache",
        extensions: ["jpm", "jpgm"]
      },
      "video/jxsv": {
        source: "iana"
      },
      "video/lottie+json": {
        source: "iana",
        compressible: true
      },
      "video/matroska": {
        source: "iana"
      },
      "video/matroska-3d": {
        source: "iana"
      },
      "video/mj2": {
        source: "iana",
        extensions: ["mj2", "mjp2"]
      },
      "video/mp1s": {
        source: "iana"
      },
      "video/mp2p": {
        source: "iana"
      },
      "video/mp2t": {
        source: "iana",
        extensions: ["ts", "m2t", "m2ts", "mts"]
      },
      "video/mp4": {
        source: "iana",
        compressible: false,
        extensions: ["mp4", "mp4v", "mpg4"]
      },
      "video/mp4v-es": {
        source: "iana"
      },
      "video/mpeg": {
        source: "iana",
        compressible: false,
        extensions: ["mpeg", "mpg", "mpe", "m1v", "m2v"]
      },
      "video/mpeg4-generic": {
        source: "iana"
      },
      "video/mpv": {
        source: "iana"
      },
      "video/nv": {
        source: "iana"
      },
      "video/ogg": {
        source: "iana",
        compressible: false,
        extensions: ["ogv"]
      },
      "video/parityfec": {
        source: "iana"
      },
      "video/pointer": {
        source: "iana"
      },
      "video/quicktime": {
        source: "iana",
        compressible: false,
        extensions: ["qt", "mov"]
      },
      "video/raptorfec": {
        source: "iana"
      },
      "video/raw": {
        source: "iana"
      },
      "video/rtp-enc-aescm128": {
        source: "iana"
      },
      "video/rtploopback": {
        source: "iana"
      },
      "video/rtx": {
        source: "iana"
      },
      "video/scip": {
        source: "iana"
      },
      "video/smpte291": {
        source: "iana"
      },
      "video/smpte292m": {
        source: "iana"
      },
      "video/ulpfec": {
        source: "iana"
      },
      "video/vc1": {
        source: "iana"
      },
      "video/vc2": {
        source: "iana"
      },
      "video/vnd.cctv": {
        source: "iana"
      },
      "video/vnd.dece.hd": {
        source: "iana",
        extensions: ["uvh", "uvvh"]
      },
      "video/vnd.dece.mobile": {
        source: "iana",
        extensions: ["uvm", "uvvm"]
      },
      "video/vnd.dece.mp4": {
        source: "iana"
      },
      "video/vnd.dece.pd": {
        source: "iana",
        extensions: ["uvp", "uvvp"]
      },
      "video/vnd.dece.sd": {
        source: "iana",
        extensions: ["uvs", "uvvs"]
      },
      "video/vnd.dece.video": {
        source: "iana",
        extensions: ["uvv", "uvvv"]
      },
      "video/vnd.directv.mpeg": {
        source: "iana"
      },
      "video/vnd.directv.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dlna.mpeg-tts": {
        source: "iana"
      },
      "video/vnd.dvb.file": {
        source: "iana",
        extensions: ["dvb"]
      },
      "video/vnd.fvt": {
        source: "iana",
        extensions: ["fvt"]
      },
      "video/vnd.hns.video": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.1dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-1010": {
        source: "iana"
      },
      "video/vnd.iptvforum.2dparityfec-2005": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsavc": {
        source: "iana"
      },
      "video/vnd.iptvforum.ttsmpeg2": {
        source: "iana"
      },
      "video/vnd.motorola.video": {
        source: "iana"
      },
      "video/vnd.motorola.videop": {
        source: "iana"
      },
      "video/vnd.mpegurl": {
        source: "iana",
        extensions: ["mxu", "m4u"]
      },
      "video/vnd.ms-playready.media.pyv": {
        source: "iana",
        extensions: ["pyv"]
      },
      "video/vnd.nokia.interleaved-multimedia": {
        source: "iana"
      },
      "video/vnd.nokia.mp4vr": {
        source: "iana"
      },
      "video/vnd.nokia.videovoip": {
        source: "iana"
      },
      "video/vnd.objectvideo": {
        source: "iana"
      },
      "video/vnd.planar": {
        source: "iana"
      },
      "video/vnd.radgamettools.bink": {
        source: "iana"
      },
      "video/vnd.radgamettools.smacker": {
        source: "apache"
      },
      "video/vnd.sealed.mpeg1": {
        source: "iana"
      },
      "video/vnd.sealed.mpeg4": {
        source: "iana"
      },
      "video/vnd.sealed.swf": {
        source: "iana"
      },
      "video/vnd.sealedmedia.softseal.mov": {
        source: "iana"
      },
      "video/vnd.uvvu.mp4": {
        source: "iana",
        extensions: ["uvu", "uvvu"]
      },
      "video/vnd.vivo": {
        source: "iana",
        extensions: ["viv"]
      },
      "video/vnd.youtube.yt": {
        source: "iana"
      },
      "video/vp8": {
        source: "iana"
      },
      "video/vp9": {
        source: "iana"
      },
      "video/webm": {
        source: "apache",
        compressible: false,
        extensions: ["webm"]
      },
      "video/x-f4v": {
        source: "apache",
        extensions: ["f4v"]
      },
      "video/x-fli": {
        source: "apache",
        extensions: ["fli"]
      },
      "video/x-flv": {
        source: "apache",
        compressible: false,
        extensions: ["flv"]
      },
      "video/x-m4v": {
        source: "apache",
        extensions: ["m4v"]
      },
      "video/x-matroska": {
        source: "apache",
        compressible: false,
        extensions: ["mkv", "mk3d", "mks"]
      },
      "video/x-mng": {
        source: "apache",
        extensions: ["mng"]
      },
      "video/x-ms-asf": {
        source: "apache",
        extensions: ["asf", "asx"]
      },
      "video/x-ms-vob": {
        source: "apache",
        extensions: ["vob"]
      },
      "video/x-ms-wm": {
        source: "apache",
        extensions: ["wm"]
      },
      "video/x-ms-wmv": {
        source: "apache",
        compressible: false,
        extensions: ["wmv"]
      },
      "video/x-ms-wmx": {
        source: "apache",
        extensions: ["wmx"]
      },
      "video/x-ms-wvx": {
        source: "apache",
        extensions: ["wvx"]
      },
      "video/x-msvideo": {
        source: "apache",
        extensions: ["avi"]
      },
      "video/x-sgi-movie": {
        source: "apache",
        extensions: ["movie"]
      },
      "video/x-smv": {
        source: "apache",
        extensions: ["smv"]
      },
      "x-conference/x-cooltalk": {
        source: "apache",
        extensions: ["ice"]
      },
      "x-shader/x-fragment": {
        compressible: true
      },
      "x-shader/x-vertex": {
        compressible: true
      }
    };
  }
});

// node_modules/mime-db/index.js
var require_mime_db = __commonJS({
  "node_modules/mime-db/index.js"(exports2, module) {
    module.exports = require_db();
  }
});

// node_modules/mime-types/mimeScore.js
var require_mimeScore = __commonJS({
  "node_modules/mime-types/mimeScore.js"(exports2, module) {
    var FACET_SCORES = {
      "prs.": 100,
      "x-": 200,
      "x.": 300,
      "vnd.": 400,
      default: 900
    };
    var SOURCE_SCORES = {
      nginx: 10,
      apache: 20,
      iana: 40,
      default: 30
      // definitions added by `jshttp/mime-db` project?
    };
    var TYPE_SCORES = {
      // prefer application/xml over text/xml
      // prefer application/rtf over text/rtf
      application: 1,
      // prefer font/woff over application/font-woff
      font: 2,
      // prefer video/mp4 over audio/mp4 over application/mp4
      // See https://www.rfc-editor.org/rfc/rfc4337.html#section-2
      audio: 2,
      video: 3,
      default: 0
    };
    module.exports = function mimeScore(mimeType, source = "default") {
      if (mimeType === "application/octet-stream") {
        return 0;
      }
      const [type, subtype] = mimeType.split("/");
      const facet = subtype.replace(/(\.|x-).*/, "$1");
      const facetScore = FACET_SCORES[facet] || FACET_SCORES.default;
      const sourceScore = SOURCE_SCORES[source] || SOURCE_SCORES.default;
      const typeScore = TYPE_SCORES[type] || TYPE_SCORES.default;
      const lengthScore = 1 - mimeType.length / 100;
      return facetScore + sourceScore + typeScore + lengthScore;
    };
  }
});

// node_modules/mime-types/index.js
var require_mime_types = __commonJS({
  "node_modules/mime-types/index.js"(exports2) {
    "use strict";
    var db = require_mime_db();
    var extname2 = require_path().extname;
    var mimeScore = require_mimeScore();
    var EXTRACT_TYPE_REGEXP = /^\s*([^;\s]*)(?:;|\s|$)/;
    var TEXT_TYPE_REGEXP = /^text\//i;
    exports2.charset = charset;
    exports2.charsets = { lookup: charset };
    exports2.contentType = contentType;
    exports2.extension = extension;
    exports2.extensions = /* @__PURE__ */ Object.create(null);
    exports2.lookup = lookup;
    exports2.types = /* @__PURE__ */ Object.create(null);
    exports2._extensionConflicts = [];
    populateMaps(exports2.extensions, exports2.types);
    function charset(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match2 = EXTRACT_TYPE_REGEXP.exec(type);
      var mime2 = match2 && db[match2[1].toLowerCase()];
      if (mime2 && mime2.charset) {
        return mime2.charset;
      }
      if (match2 && TEXT_TYPE_REGEXP.test(match2[1])) {
        return "UTF-8";
      }
      return false;
    }
    function contentType(str) {
      if (!str || typeof str !== "string") {
        return false;
      }
      var mime2 = str.indexOf("/") === -1 ? exports2.lookup(str) : str;
      if (!mime2) {
        return false;
      }
      if (mime2.indexOf("charset") === -1) {
        var charset2 = exports2.charset(mime2);
        if (charset2) mime2 += "; charset=" + charset2.toLowerCase();
      }
      return mime2;
    }
    function extension(type) {
      if (!type || typeof type !== "string") {
        return false;
      }
      var match2 = EXTRACT_TYPE_REGEXP.exec(type);
      var exts = match2 && exports2.extensions[match2[1].toLowerCase()];
      if (!exts || !exts.length) {
        return false;
      }
      return exts[0];
    }
    function lookup(path10) {
      if (!path10 || typeof path10 !== "string") {
        return false;
      }
      var extension2 = extname2("x." + path10).toLowerCase().slice(1);
      if (!extension2) {
        return false;
      }
      return exports2.types[extension2] || false;
    }
    function populateMaps(extensions, types2) {
      Object.keys(db).forEach(function forEachMimeType(type) {
        var mime2 = db[type];
        var exts = mime2.extensions;
        if (!exts || !exts.length) {
          return;
        }
        extensions[type] = exts;
        for (var i = 0; i < exts.length; i++) {
          var extension2 = exts[i];
          types2[extension2] = _preferredType(extension2, types2[extension2], type);
          const legacyType = _preferredTypeLegacy(
            extension2,
            types2[extension2],
            type
          );
          if (legacyType !== types2[extension2]) {
            exports2._extensionConflicts.push([extension2, legacyType, types2[extension2]]);
          }
        }
      });
    }
    function _preferredType(ext2, type0, type1) {
      var score0 = type0 ? mimeScore(type0, db[type0].source) : 0;
      var score1 = type1 ? mimeScore(type1, db[type1].source) : 0;
      return score0 > score1 ? type0 : type1;
    }
    function _preferredTypeLegacy(ext2, type0, type1) {
      var SOURCE_RANK = ["nginx", "apache", void 0, "iana"];
      var score0 = type0 ? SOURCE_RANK.indexOf(db[type0].source) : 0;
      var score1 = type1 ? SOURCE_RANK.indexOf(db[type1].source) : 0;
      if (exports2.types[extension] !== "application/octet-stream" && (score0 > score1 || score0 === score1 && exports2.types[extension]?.slice(0, 12) === "application/")) {
        return type0;
      }
      return score0 > score1 ? type0 : type1;
    }
  }
});

// node_modules/aws4/lru.js
var require_lru = __commonJS({
  "node_modules/aws4/lru.js"(exports2, module) {
    module.exports = function(size) {
      return new LruCache(size);
    };
    function LruCache(size) {
      this.capacity = size | 0;
      this.map = /* @__PURE__ */ Object.create(null);
      this.list = new DoublyLinkedList();
    }
    LruCache.prototype.get = function(key) {
      var node = this.map[key];
      if (node == null) return void 0;
      this.used(node);
      return node.val;
    };
    LruCache.prototype.set = function(key, val) {
      var node = this.map[key];
      if (node != null) {
        node.val = val;
      } else {
        if (!this.capacity) this.prune();
        if (!this.capacity) return false;
        node = new DoublyLinkedNode(key, val);
        this.map[key] = node;
        this.capacity--;
      }
      this.used(node);
      return true;
    };
    LruCache.prototype.used = function(node) {
      this.list.moveToFront(node);
    };
    LruCache.prototype.prune = function() {
      var node = this.list.pop();
      if (node != null) {
        delete this.map[node.key];
        this.capacity++;
      }
    };
    function DoublyLinkedList() {
      this.firstNode = null;
      this.lastNode = null;
    }
    DoublyLinkedList.prototype.moveToFront = function(node) {
      if (this.firstNode == node) return;
      this.remove(node);
      if (this.firstNode == null) {
        this.firstNode = node;
        this.lastNode = node;
        node.prev = null;
        node.next = null;
      } else {
        node.prev = null;
        node.next = this.firstNode;
        node.next.prev = node;
        this.firstNode = node;
      }
    };
    DoublyLinkedList.prototype.pop = function() {
      var lastNode = this.lastNode;
      if (lastNode != null) {
        this.remove(lastNode);
      }
      return lastNode;
    };
    DoublyLinkedList.prototype.remove = function(node) {
      if (this.firstNode == node) {
        this.firstNode = node.next;
      } else if (node.prev != null) {
        node.prev.next = node.next;
      }
      if (this.lastNode == node) {
        this.lastNode = node.prev;
      } else if (node.next != null) {
        node.next.prev = node.prev;
      }
    };
    function DoublyLinkedNode(key, val) {
      this.key = key;
      this.val = val;
      this.prev = null;
      this.next = null;
    }
  }
});

// node_modules/aws4/aws4.js
var require_aws4 = __commonJS({
  "node_modules/aws4/aws4.js"(exports2) {
    var aws43 = exports2;
    var url = require_url();
    var querystring = require_querystring();
    var crypto2 = require_crypto();
    var lru = require_lru();
    var credentialsCache = lru(1e3);
    function hmac(key, string, encoding) {
      return crypto2.createHmac("sha256", key).update(string, "utf8").digest(encoding);
    }
    function hash(string, encoding) {
      return crypto2.createHash("sha256").update(string, "utf8").digest(encoding);
    }
    function encodeRfc39862(urlEncodedString) {
      return urlEncodedString.replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    function encodeRfc3986Full(str) {
      return encodeRfc39862(encodeURIComponent(str));
    }
    var HEADERS_TO_IGNORE = {
      "authorization": true,
      "connection": true,
      "x-amzn-trace-id": true,
      "user-agent": true,
      "expect": true,
      "presigned-expires": true,
      "range": true
    };
    function RequestSigner(request, credentials) {
      if (typeof request === "string") request = url.parse(request);
      var headers = request.headers = Object.assign({}, request.headers || {}), hostParts = (!this.service || !this.region) && this.matchHost(request.hostname || request.host || headers.Host || headers.host);
      this.request = request;
      this.credentials = credentials || this.defaultCredentials();
      this.service = request.service || hostParts[0] || "";
      this.region = request.region || hostParts[1] || "us-east-1";
      if (this.service === "email") this.service = "ses";
      if (!request.method && request.body)
        request.method = "POST";
      if (!headers.Host && !headers.host) {
        headers.Host = request.hostname || request.host || this.createHost();
        if (request.port)
          headers.Host += ":" + request.port;
      }
      if (!request.hostname && !request.host)
        request.hostname = headers.Host || headers.host;
      this.isCodeCommitGit = this.service === "codecommit" && request.method === "GIT";
      this.extraHeadersToIgnore = request.extraHeadersToIgnore || /* @__PURE__ */ Object.create(null);
      this.extraHeadersToInclude = request.extraHeadersToInclude || /* @__PURE__ */ Object.create(null);
    }
    RequestSigner.prototype.matchHost = function(host) {
      var match2 = (host || "").match(/([^\.]{1,63})\.(?:([^\.]{0,63})\.)?amazonaws\.com(\.cn)?$/);
      var hostParts = (match2 || []).slice(1, 3);
      if (hostParts[1] === "es" || hostParts[1] === "aoss")
        hostParts = hostParts.reverse();
      if (hostParts[1] == "s3") {
        hostParts[0] = "s3";
        hostParts[1] = "us-east-1";
      } else {
        for (var i = 0; i < 2; i++) {
          if (/^s3-/.test(hostParts[i])) {
            hostParts[1] = hostParts[i].slice(3);
            hostParts[0] = "s3";
            break;
          }
        }
      }
      return hostParts;
    };
    RequestSigner.prototype.isSingleRegion = function() {
      if (["s3", "sdb"].indexOf(this.service) >= 0 && this.region === "us-east-1") return true;
      return ["cloudfront", "ls", "route53", "iam", "importexport", "sts"].indexOf(this.service) >= 0;
    };
    RequestSigner.prototype.createHost = function() {
      var region = this.isSingleRegion() ? "" : "." + this.region, subdomain = this.service === "ses" ? "email" : this.service;
      return subdomain + region + ".amazonaws.com";
    };
    RequestSigner.prototype.prepareRequest = function() {
      this.parsePath();
      var request = this.request, headers = request.headers, query;
      if (request.signQuery) {
        this.parsedPath.query = query = this.parsedPath.query || {};
        if (this.credentials.sessionToken)
          query["X-Amz-Security-Token"] = this.credentials.sessionToken;
        if (this.service === "s3" && !query["X-Amz-Expires"])
          query["X-Amz-Expires"] = 86400;
        if (query["X-Amz-Date"])
          this.datetime = query["X-Amz-Date"];
        else
          query["X-Amz-Date"] = this.getDateTime();
        query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256";
        query["X-Amz-Credential"] = this.credentials.accessKeyId + "/" + this.credentialString();
        query["X-Amz-SignedHeaders"] = this.signedHeaders();
      } else {
        if (!request.doNotModifyHeaders && !this.isCodeCommitGit) {
          if (request.body && !headers["Content-Type"] && !headers["content-type"])
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
          if (request.body && !headers["Content-Length"] && !headers["content-length"])
            headers["Content-Length"] = Buffer.byteLength(request.body);
          if (this.credentials.sessionToken && !headers["X-Amz-Security-Token"] && !headers["x-amz-security-token"])
            headers["X-Amz-Security-Token"] = this.credentials.sessionToken;
          if (this.service === "s3" && !headers["X-Amz-Content-Sha256"] && !headers["x-amz-content-sha256"])
            headers["X-Amz-Content-Sha256"] = hash(this.request.body || "", "hex");
          if (headers["X-Amz-Date"] || headers["x-amz-date"])
            this.datetime = headers["X-Amz-Date"] || headers["x-amz-date"];
          else
            headers["X-Amz-Date"] = this.getDateTime();
        }
        delete headers.Authorization;
        delete headers.authorization;
      }
    };
    RequestSigner.prototype.sign = function() {
      if (!this.parsedPath) this.prepareRequest();
      if (this.request.signQuery) {
        this.parsedPath.query["X-Amz-Signature"] = this.signature();
      } else {
        this.request.headers.Authorization = this.authHeader();
      }
      this.request.path = this.formatPath();
      return this.request;
    };
    RequestSigner.prototype.getDateTime = function() {
      if (!this.datetime) {
        var headers = this.request.headers, date = new Date(headers.Date || headers.date || /* @__PURE__ */ new Date());
        this.datetime = date.toISOString().replace(/[:\-]|\.\d{3}/g, "");
        if (this.isCodeCommitGit) this.datetime = this.datetime.slice(0, -1);
      }
      return this.datetime;
    };
    RequestSigner.prototype.getDate = function() {
      return this.getDateTime().substr(0, 8);
    };
    RequestSigner.prototype.authHeader = function() {
      return [
        "AWS4-HMAC-SHA256 Credential=" + this.credentials.accessKeyId + "/" + this.credentialString(),
        "SignedHeaders=" + this.signedHeaders(),
        "Signature=" + this.signature()
      ].join(", ");
    };
    RequestSigner.prototype.signature = function() {
      var date = this.getDate(), cacheKey = [this.credentials.secretAccessKey, date, this.region, this.service].join(), kDate, kRegion, kService, kCredentials = credentialsCache.get(cacheKey);
      if (!kCredentials) {
        kDate = hmac("AWS4" + this.credentials.secretAccessKey, date);
        kRegion = hmac(kDate, this.region);
        kService = hmac(kRegion, this.service);
        kCredentials = hmac(kService, "aws4_request");
        credentialsCache.set(cacheKey, kCredentials);
      }
      return hmac(kCredentials, this.stringToSign(), "hex");
    };
    RequestSigner.prototype.stringToSign = function() {
      return [
        "AWS4-HMAC-SHA256",
        this.getDateTime(),
        this.credentialString(),
        hash(this.canonicalString(), "hex")
      ].join("\n");
    };
    RequestSigner.prototype.canonicalString = function() {
      if (!this.parsedPath) this.prepareRequest();
      var pathStr = this.parsedPath.path, query = this.parsedPath.query, headers = this.request.headers, queryStr = "", normalizePath = this.service !== "s3", decodePath = this.service === "s3" || this.request.doNotEncodePath, decodeSlashesInPath = this.service === "s3", firstValOnly = this.service === "s3", bodyHash;
      if (this.service === "s3" && this.request.signQuery) {
        bodyHash = "UNSIGNED-PAYLOAD";
      } else if (this.isCodeCommitGit) {
        bodyHash = "";
      } else {
        bodyHash = headers["X-Amz-Content-Sha256"] || headers["x-amz-content-sha256"] || hash(this.request.body || "", "hex");
      }
      if (query) {
        var reducedQuery = Object.keys(query).reduce(function(obj, key) {
          if (!key) return obj;
          obj[encodeRfc3986Full(key)] = !Array.isArray(query[key]) ? query[key] : firstValOnly ? query[key][0] : query[key];
          return obj;
        }, {});
        var encodedQueryPieces = [];
        Object.keys(reducedQuery).sort().forEach(function(key) {
          if (!Array.isArray(reducedQuery[key])) {
            encodedQueryPieces.push(key + "=" + encodeRfc3986Full(reducedQuery[key]));
          } else {
            reducedQuery[key].map(encodeRfc3986Full).sort().forEach(function(val) {
              encodedQueryPieces.push(key + "=" + val);
            });
          }
        });
        queryStr = encodedQueryPieces.join("&");
      }
      if (pathStr !== "/") {
        if (normalizePath) pathStr = pathStr.replace(/\/{2,}/g, "/");
        pathStr = pathStr.split("/").reduce(function(path10, piece) {
          if (normalizePath && piece === "..") {
            path10.pop();
          } else if (!normalizePath || piece !== ".") {
            if (decodePath) piece = decodeURIComponent(piece.replace(/\+/g, " "));
            path10.push(encodeRfc3986Full(piece));
          }
          return path10;
        }, []).join("/");
        if (pathStr[0] !== "/") pathStr = "/" + pathStr;
        if (decodeSlashesInPath) pathStr = pathStr.replace(/%2F/g, "/");
      }
      return [
        this.request.method || "GET",
        pathStr,
        queryStr,
        this.canonicalHeaders() + "\n",
        this.signedHeaders(),
        bodyHash
      ].join("\n");
    };
    RequestSigner.prototype.filterHeaders = function() {
      var headers = this.request.headers, extraHeadersToInclude = this.extraHeadersToInclude, extraHeadersToIgnore = this.extraHeadersToIgnore;
      this.filteredHeaders = Object.keys(headers).map(function(key) {
        return [key.toLowerCase(), headers[key]];
      }).filter(function(entry) {
        return extraHeadersToInclude[entry[0]] || HEADERS_TO_IGNORE[entry[0]] == null && !extraHeadersToIgnore[entry[0]];
      }).sort(function(a, b) {
        return a[0] < b[0] ? -1 : 1;
      });
    };
    RequestSigner.prototype.canonicalHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0] + ":" + entry[1].toString().trim().replace(/\s+/g, " ");
      }).join("\n");
    };
    RequestSigner.prototype.signedHeaders = function() {
      if (!this.filteredHeaders) this.filterHeaders();
      return this.filteredHeaders.map(function(entry) {
        return entry[0];
      }).join(";");
    };
    RequestSigner.prototype.credentialString = function() {
      return [
        this.getDate(),
        this.region,
        this.service,
        "aws4_request"
      ].join("/");
    };
    RequestSigner.prototype.defaultCredentials = function() {
      var env = process.env;
      return {
        accessKeyId: env.AWS_ACCESS_KEY_ID || env.AWS_ACCESS_KEY,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY || env.AWS_SECRET_KEY,
        sessionToken: env.AWS_SESSION_TOKEN
      };
    };
    RequestSigner.prototype.parsePath = function() {
      var path10 = this.request.path || "/";
      if (/[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]/.test(path10)) {
        path10 = encodeURI(decodeURI(path10));
      }
      var queryIx = path10.indexOf("?"), query = null;
      if (queryIx >= 0) {
        query = querystring.parse(path10.slice(queryIx + 1));
        path10 = path10.slice(0, queryIx);
      }
      this.parsedPath = {
        path: path10,
        query
      };
    };
    RequestSigner.prototype.formatPath = function() {
      var path10 = this.parsedPath.path, query = this.parsedPath.query;
      if (!query) return path10;
      if (query[""] != null) delete query[""];
      return path10 + "?" + encodeRfc39862(querystring.stringify(query));
    };
    aws43.RequestSigner = RequestSigner;
    aws43.sign = function(request, credentials) {
      return new RequestSigner(request, credentials).sign();
    };
  }
});

// builtin:fs/promises
var require_promises = __commonJS({
  "builtin:fs/promises"(exports2, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin:v8
var require_v8 = __commonJS({
  "builtin:v8"(exports2, module) {
    module.exports = __require("node:v8");
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name2, message = "") {
  issueCommand(name2, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_crypto(), 1);
var fs = __toESM(require_fs(), 1);
var os2 = __toESM(require_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
var os5 = __toESM(require_os(), 1);
var path5 = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_os(), 1);
var import_fs = __toESM(require_fs(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text3, addEOL = false) {
    this._buffer += text3;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element2 = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element2 = this.wrap(tag, listItems);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header: header2, data, colspan, rowspan } = cell;
        const tag = header2 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element2 = this.wrap("table", tableBody);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element2 = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element2 = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text3, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element2 = this.wrap(allowedTag, text3);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element2 = this.wrap("hr", null);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element2 = this.wrap("br", null);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text3, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element2 = this.wrap("blockquote", text3, attrs);
    return this.addRaw(element2).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text3, href) {
    const element2 = this.wrap("a", text3, { href });
    return this.addRaw(element2).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require_os(), 1);

// node_modules/@actions/exec/lib/exec.js
var import_string_decoder = __toESM(require_string_decoder(), 1);

// node_modules/@actions/exec/lib/toolrunner.js
var os3 = __toESM(require_os(), 1);
var events = __toESM(require_events(), 1);
var child = __toESM(require_child_process(), 1);
var path4 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io.js
var import_assert = __toESM(require_assert(), 1);
var path3 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io-util.js
var fs2 = __toESM(require_fs(), 1);
var path2 = __toESM(require_path(), 1);
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var import_timers = __toESM(require_timers(), 1);
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name2, options) {
  const val = process.env[`INPUT_${name2.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name2}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name2, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name2, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name: name2 }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name2) {
  issue("group", name2);
}
function endGroup() {
  issue("endgroup");
}
function group(name2, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name2);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}

// src/core/headers.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_mime_types = __toESM(require_mime_types(), 1);

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open3 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open3.push(i);
    } else if (c === 125 && open3.length) {
      open3.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open3.length; i++) {
    const at = open3[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre: pre2, body, post } = m;
    const p = pre2.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre2, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty3;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre2;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty3)
        nonEmpty3 = values.filter((v) => v);
      vs = nonEmpty3;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need3 = width - c.length;
        if (need3 > 0) {
          const z = new Array(need3 + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth2, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth2 > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre2 = m.pre;
    const literal = () => combine(acc, pre2 + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre2)) {
      acc = combine(acc, pre2 + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre2 + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre2;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth2 + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre2, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child3) {
    return this.#canAdopt(child3, adoptionWithSpaceMap);
  }
  #canAdopt(child3, map = adoptionMap) {
    if (!child3 || typeof child3 !== "object" || child3.type !== null || child3.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child3.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child3, index) {
    const gc = child3.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child3, index);
  }
  #adopt(child3, index) {
    const gc = child3.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child3) {
    if (!child3 || typeof child3 !== "object" || child3.type !== null || child3.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child3.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child3) {
    const m = usurpMap.get(this.type);
    const gc = child3.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path6 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep3 = defaultPlatform === "win32" ? path6.win32.sep : path6.posix.sep;
minimatch.sep = sep3;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list2, pattern, options = {}) => orig.match(list2, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list2, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list2 = list2.filter((f) => mm.match(f));
  if (mm.options.nonull && !list2.length) {
    list2.push(pattern);
  }
  return list2;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open3, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open3 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open3 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/core/globs.ts
var SITE_RULE = { relativeTo: "source-dir", dot: true, nocomment: false };
var GLOB_OPTIONS = {
  // dot: false, so `**` does not reach dotfiles but an explicit `.nojekyll` does.
  include: { relativeTo: "source-dir", dot: false, nocomment: true },
  exclude: { relativeTo: "source-dir", dot: true, nocomment: true },
  "cache-control": SITE_RULE,
  headers: SITE_RULE,
  "cache-tags": SITE_RULE,
  "upload-last": SITE_RULE,
  // dot: a preserve glob protects dotfiles too (.well-known/**); nocomment: '#' can start a name.
  preserve: { relativeTo: "the prefix", dot: true, nocomment: true }
};
var GlobError = class extends Error {
  name = "GlobError";
};
function literalGlob(path10) {
  return escape(path10);
}
function notRelative(pattern) {
  if (pattern.startsWith("/")) return "absolute";
  if (pattern.split("/").includes("..")) return "parent";
  return void 0;
}
var REFUSAL = {
  "source-dir": (glob) => `the glob "${glob}" must be relative to source-dir`,
  "the prefix": (glob) => `"${glob}" must be relative to the prefix (no leading "/", no ".." segment)`
};
function compileGlob(pattern, input) {
  const options = GLOB_OPTIONS[input];
  if (notRelative(pattern) !== void 0) throw new GlobError(REFUSAL[options.relativeTo](pattern));
  const matcher = new Minimatch(pattern, { dot: options.dot, nocomment: options.nocomment });
  return {
    glob: pattern,
    matches: (rel) => matcher.match(rel),
    mayMatchBelow: (dir) => matcher.match(dir, true)
  };
}

// src/core/rules.ts
var RuleSyntaxError = class extends Error {
  constructor(line, reason) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
  line;
  reason;
  name = "RuleSyntaxError";
};
function isComment(line) {
  return /^#(\s|$)/.test(line);
}
function parseGlobRules(text3, input = "cache-control") {
  const rules = [];
  text3.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || isComment(line)) return;
    const colon = line.indexOf(":");
    const glob = colon < 0 ? "" : line.slice(0, colon).trim();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (glob === "" || value === "") {
      throw new RuleSyntaxError(index + 1, `("${line}"): expected "GLOB: VALUE", for example "**/*.html: no-cache"`);
    }
    rules.push({ ...compileLineGlob(glob, input, index + 1), value, line: index + 1 });
  });
  return rules;
}
function compileLineGlob(glob, input, line) {
  try {
    return compileGlob(glob, input);
  } catch (error2) {
    if (error2 instanceof GlobError) throw new RuleSyntaxError(line, error2.message);
    throw error2;
  }
}
function firstMatch(rules, rel) {
  return rules.find((rule) => rule.matches(rel))?.value;
}

// src/core/cache-tags.ts
var MAX_TAG_LENGTH = 256;
var MAX_TAGS_PER_OBJECT = 50;
var MAX_METADATA_BYTES = 2048;
var METADATA_PREFIX = "x-amz-meta-";
function tagProblem(tag) {
  if (tag === "") return "a tag is empty";
  if (tag.length > MAX_TAG_LENGTH)
    return `"${tag.slice(0, 40)}\u2026" is ${tag.length} characters, at most ${MAX_TAG_LENGTH}`;
  const bad = [...tag].find((c) => c < "!" || c > "~" || c === ",");
  if (bad !== void 0) {
    const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
    return `"${tag}" holds "${bad}" (U+${code}): a tag is visible ASCII (33-126) without commas`;
  }
  return void 0;
}
function parseCacheTagRules(text3) {
  return parseGlobRules(text3, "cache-tags").map((rule) => {
    const tags = uniqueTags(rule.value.split(",").map((tag) => tag.trim()));
    for (const tag of tags) {
      const problem = tagProblem(tag);
      if (problem !== void 0) throw new RuleSyntaxError(rule.line, problem);
    }
    if (tags.length > MAX_TAGS_PER_OBJECT) {
      throw new RuleSyntaxError(
        rule.line,
        `has ${tags.length} tags; CloudFront keeps at most ${MAX_TAGS_PER_OBJECT} per object`
      );
    }
    return { ...rule, tags };
  });
}
function uniqueTags(tags) {
  const seen = /* @__PURE__ */ new Map();
  for (const tag of tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()];
}
function tagsFor(rel, rules) {
  const tags = uniqueTags(rules.filter((rule) => rule.matches(rel)).flatMap((rule) => rule.tags));
  if (tags.length > MAX_TAGS_PER_OBJECT) {
    throw new Error(
      `Input "cache-tags": ${rel} gets ${tags.length} tags from the rules; CloudFront keeps at most ${MAX_TAGS_PER_OBJECT} per object.`
    );
  }
  return tags;
}
function tagMetadataName(headerName, source) {
  const lower = headerName.trim().toLowerCase();
  const name2 = lower.startsWith(METADATA_PREFIX) ? lower.slice(METADATA_PREFIX.length) : "";
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name2)) {
    throw new Error(
      `Input "cache-tags": ${source} names the cache tag header "${headerName}", which S3 cannot send; use an x-amz-meta- header such as x-amz-meta-cache-tag.`
    );
  }
  return name2;
}
function metadataBytes(metadata) {
  return Object.entries(metadata).reduce((sum2, [n, v]) => sum2 + Buffer.byteLength(n) + Buffer.byteLength(v), 0);
}

// src/core/header-rules.ts
var FIELDS = {
  "content-type": "contentType",
  "cache-control": "cacheControl",
  "content-disposition": "contentDisposition",
  "content-language": "contentLanguage",
  "content-encoding": "contentEncoding",
  expires: "expires",
  "x-amz-website-redirect-location": "websiteRedirectLocation"
};
var META = "x-amz-meta-";
var ALLOWED_HEADERS = [
  "Content-Type",
  "Content-Disposition",
  "Content-Language",
  "Content-Encoding",
  "Expires",
  "Cache-Control",
  "x-amz-website-redirect-location",
  "x-amz-meta-*"
];
var EXAMPLE = '"**/*.wasm: Content-Type: application/wasm"';
var HTTP_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
function parseHeaderRules(text3) {
  text3.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || isComment(line)) return;
    const [glob, name2, ...value] = line.split(":");
    if (glob?.trim() === "" || name2 === void 0 || name2.trim() === "" || value.join(":").trim() === "") {
      throw new RuleSyntaxError(index + 1, `("${line}"): expected "GLOB: Header-Name: value", for example ${EXAMPLE}`);
    }
  });
  return parseGlobRules(text3, "headers").map((rule) => {
    const colon = rule.value.indexOf(":");
    const header2 = rule.value.slice(0, colon).trim();
    const value = rule.value.slice(colon + 1).trim();
    const target = targetOf(header2, rule.line);
    checkValue(target, header2, value, rule.line);
    return { ...rule, header: header2, target, value };
  });
}
function targetOf(header2, line) {
  const name2 = header2.toLowerCase();
  if (Object.hasOwn(FIELDS, name2)) return { field: FIELDS[name2] };
  if (name2.startsWith(META)) {
    const metadata = name2.slice(META.length);
    if (/^[a-z0-9][a-z0-9-]*$/.test(metadata)) return { metadata };
    throw new RuleSyntaxError(line, `"${header2}": a metadata name is letters, digits and dashes after x-amz-meta-`);
  }
  throw new RuleSyntaxError(
    line,
    `"${header2}" is not a header this input can set; allowed: ${ALLOWED_HEADERS.join(", ")}`
  );
}
function checkValue(target, header2, value, line) {
  if (!("field" in target)) return;
  if (target.field === "contentType" && !/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/.test(value)) {
    throw new RuleSyntaxError(line, `${header2} "${value}" is not a media type such as application/json`);
  }
  if (target.field === "expires" && !(HTTP_DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
    throw new RuleSyntaxError(line, `${header2} "${value}" is not an HTTP date such as "Wed, 21 Oct 2026 07:28:00 GMT"`);
  }
  if (target.field === "websiteRedirectLocation" && !/^(\/|https?:\/\/)/.test(value)) {
    throw new RuleSyntaxError(line, `${header2} "${value}" must start with /, http:// or https://`);
  }
}
function applyHeaderRules(base, rules, rel) {
  const fields = {};
  const metadata = { ...base.metadata };
  let matched = false;
  for (const rule of rules) {
    if (!rule.matches(rel)) continue;
    matched = true;
    if ("field" in rule.target) fields[rule.target.field] = rule.value;
    else metadata[rule.target.metadata] = rule.value;
  }
  return matched ? { ...base, ...fields, metadata } : base;
}

// src/core/headers.ts
var FALLBACK_CONTENT_TYPE = "application/octet-stream";
function headerValueProblem(value) {
  const bad = [...value].find((c) => c < " " || c > "~");
  if (bad === void 0) return void 0;
  const code = bad.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
  return `"${bad}" (U+${code}) cannot be sent in an HTTP header: use printable ASCII only`;
}
var contentTypes = /* @__PURE__ */ new Map();
function contentTypeFor(rel) {
  const extension = import_node_path.default.extname(`x.${rel}`).toLowerCase();
  let type = contentTypes.get(extension);
  if (type === void 0) {
    type = lookupContentType(extension);
    contentTypes.set(extension, type);
  }
  return type;
}
function lookupContentType(extension) {
  const type = import_mime_types.default.lookup(extension);
  if (type === false) return FALLBACK_CONTENT_TYPE;
  const isText = import_mime_types.default.charset(type) === "UTF-8" || type === "application/xml" || type.endsWith("+xml");
  return isText ? `${type}; charset=utf-8` : type;
}
function headersFor(rel, rules) {
  const cacheControl = firstMatch(rules.cacheControl, rel);
  const contentType = contentTypeFor(rel);
  const tags = rules.cacheTags === void 0 ? [] : tagsFor(rel, rules.cacheTags);
  if (rules.headers !== void 0)
    return applyHeaderRules(baseHeaders(contentType, cacheControl, rules, tags, rel), rules.headers, rel);
  let shared = sharedHeaders.get(rules);
  if (shared === void 0) {
    shared = /* @__PURE__ */ new Map();
    sharedHeaders.set(rules, shared);
  }
  const key = `${contentType}
${cacheControl ?? ""}
${tags.join(",")}`;
  let headers = shared.get(key);
  if (headers === void 0) {
    headers = baseHeaders(contentType, cacheControl, rules, tags, rel);
    shared.set(key, headers);
  }
  return headers;
}
var sharedHeaders = /* @__PURE__ */ new WeakMap();
function baseHeaders(contentType, cacheControl, rules, tags, rel) {
  const names = tags.length === 0 ? [] : rules.cacheTagNames ?? [];
  return {
    contentType,
    ...cacheControl !== void 0 && { cacheControl },
    ...rules.acl !== void 0 && { acl: rules.acl },
    ...rules.storageClass !== void 0 && { storageClass: rules.storageClass },
    metadata: names.length === 0 ? rules.metadata : taggedMetadata(rules.metadata, names, tags, rel),
    ...names.length > 0 && { cacheTags: tags }
  };
}
function taggedMetadata(metadata, names, tags, rel) {
  const tagged = { ...metadata };
  for (const name2 of names) tagged[name2] = tags.join(",");
  const bytes = metadataBytes(tagged);
  if (bytes > MAX_METADATA_BYTES) {
    throw new Error(
      `Input "cache-tags": ${rel}'s tags make ${bytes} bytes of metadata; S3 allows ${MAX_METADATA_BYTES}: use fewer or shorter tags.`
    );
  }
  return tagged;
}
function isHtml(headers) {
  return headers.contentType.startsWith("text/html");
}
function headersDigest(headers) {
  let digest = digestByObject.get(headers);
  if (digest === void 0) {
    digest = digestOfCanonical(headers);
    digestByObject.set(headers, digest);
  }
  return digest;
}
var digestByObject = /* @__PURE__ */ new WeakMap();
function digestOfCanonical(headers) {
  const metadata = Object.keys(headers.metadata).sort().map((name2) => [name2, headers.metadata[name2]]);
  const canonical = JSON.stringify([
    headers.contentType,
    headers.cacheControl ?? null,
    headers.acl ?? null,
    headers.storageClass ?? null,
    metadata,
    // Appended only when one is set: an object without them keeps the digest it was recorded with,
    // so upgrading the action re-uploads nothing.
    ...optionalHeaders(headers)
  ]);
  let digest = digests.get(canonical);
  if (digest === void 0) {
    digest = (0, import_node_crypto.createHash)("sha256").update(canonical).digest("hex").slice(0, 16);
    digests.set(canonical, digest);
  }
  return digest;
}
function optionalHeaders(headers) {
  const values = [
    headers.contentDisposition,
    headers.contentLanguage,
    headers.contentEncoding,
    headers.expires,
    headers.websiteRedirectLocation
  ].map((value) => value ?? null);
  return values.every((value) => value === null) ? [] : [values];
}
var digests = /* @__PURE__ */ new Map();

// src/core/grace.ts
var MINUTE_MS = 6e4;
var UNIT_MS = { m: MINUTE_MS, h: 60 * MINUTE_MS, d: 24 * 60 * MINUTE_MS };
function parseGrace(text3) {
  if (text3 === "0") return 0;
  const match2 = /^(\d{1,6})([mhd])$/.exec(text3);
  if (match2 === null) return void 0;
  return Number(match2[1]) * UNIT_MS[match2[2]];
}
function graceDecision(key, entry, now, graceMs) {
  if (graceMs <= 0 || isPage(key)) return { delete: true, reason: "removed locally" };
  const recorded = entry?.removedSince === void 0 ? Number.NaN : Date.parse(entry.removedSince);
  const since = Number.isNaN(recorded) || recorded > now ? now : recorded;
  if (now - since >= graceMs) return { delete: true, reason: "grace ended" };
  return {
    delete: false,
    removedSince: new Date(since).toISOString(),
    keptUntil: new Date(since + graceMs).toISOString()
  };
}
function isPage(key) {
  return contentTypeFor(key).startsWith("text/html");
}
function removedEntry(previous, remote, removedSince) {
  const base = previous ?? {
    etag: remote.etag,
    size: remote.size,
    md5: remote.etag.includes("-") ? "" : remote.etag,
    headers: ""
  };
  return { ...base, removedSince };
}
function formatUtc(iso) {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// src/core/invalidation-paths.ts
var MAX_PATH_LENGTH = 4e3;
var RFC1738_UNSAFE = /* @__PURE__ */ new Set([" ", '"', "#", "%", "<", ">", "{", "}", "|", "\\", "^", "[", "]", "`", "~"]);
var utf8 = new TextEncoder();
function percentEncode(char) {
  let out = "";
  for (const byte of utf8.encode(char)) out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  return out;
}
function needsEncoding(char) {
  const code = char.codePointAt(0) ?? 0;
  return code <= 32 || code >= 127 || RFC1738_UNSAFE.has(char);
}
function encodeInvalidationPath(rawPath) {
  let out = "";
  for (const char of rawPath) out += needsEncoding(char) ? percentEncode(char) : char;
  return out;
}
function isTagItem(path10) {
  return path10.startsWith("#");
}
function isWildcard(path10) {
  return !isTagItem(path10) && path10.endsWith("*");
}
function pathsForKeys(keys2, options) {
  const paths = /* @__PURE__ */ new Set();
  for (const key of keys2) {
    const rel = relBelowOrigin(key, options.originPath);
    if (rel === void 0) continue;
    for (const raw of rawPathsForKey(rel, options.indexDocument)) paths.add(pathForKey(raw, key));
  }
  return dropCovered(paths);
}
function relBelowOrigin(key, originPath) {
  const prefix = trimSlashes(originPath);
  if (prefix === "") return key;
  return key.startsWith(prefix + "/") ? key.slice(prefix.length + 1) : void 0;
}
function trimSlashes(value) {
  return value.replace(/^\/+/, "").replace(/\/+$/, "");
}
function rawPathsForKey(rel, indexDocument) {
  const raw = ["/" + rel];
  if (indexDocument === "") return raw;
  if (rel === indexDocument) raw.push("/");
  else if (rel.endsWith("/" + indexDocument)) {
    const dir = rel.slice(0, -indexDocument.length);
    raw.push("/" + dir, "/" + dir.slice(0, -1));
  }
  return raw;
}
function pathForKey(rawPath, key) {
  const star3 = rawPath.indexOf("*");
  const cut = star3 === -1 ? rawPath : rawPath.slice(0, star3);
  const path10 = encodeInvalidationPath(cut).replaceAll("?", "%3F") + (star3 === -1 ? "" : "*");
  if (path10.length > MAX_PATH_LENGTH) {
    throw new Error(
      `The S3 key "${abbreviate(key)}" makes an invalidation path of ${path10.length} characters; CloudFront allows at most ${MAX_PATH_LENGTH}.`
    );
  }
  return path10;
}
function validateUserPath(path10) {
  if (isTagItem(path10)) {
    const problem = tagProblem(path10.slice(1));
    if (problem !== void 0) throw new Error(`Invalid cache tag item "${abbreviate(path10)}": ${problem}.`);
    return path10;
  }
  const problems = [];
  if (!path10.startsWith("/")) problems.push("it must start with '/'");
  const star3 = path10.indexOf("*");
  if (star3 !== -1 && star3 !== path10.length - 1) problems.push("'*' may only be the last character");
  const encoded = encodeUserPath(path10);
  if (encoded.length > MAX_PATH_LENGTH) {
    problems.push(`it must be at most ${MAX_PATH_LENGTH} characters once encoded (it is ${encoded.length})`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid invalidation path "${abbreviate(path10)}": ${problems.join("; ")}.`);
  }
  return encoded;
}
function encodeUserPath(path10) {
  return path10.split(/(%[0-9A-Fa-f]{2})/).map((part, i) => i % 2 === 1 ? part : encodeInvalidationPath(part)).join("");
}
function abbreviate(text3) {
  return text3.length <= 200 ? text3 : `${text3.slice(0, 200)}\u2026`;
}
function dropCovered(paths) {
  const byPrefix = [...new Set(paths)].map((path10) => ({ path: path10, prefix: isWildcard(path10) ? path10.slice(0, -1) : path10 }));
  byPrefix.sort((a, b) => compare(a.prefix, b.prefix) || Number(isWildcard(b.path)) - Number(isWildcard(a.path)));
  const kept = [];
  let coveringPrefix;
  for (const { path: path10, prefix } of byPrefix) {
    if (coveringPrefix !== void 0 && path10.startsWith(coveringPrefix)) continue;
    kept.push(path10);
    coveringPrefix = isWildcard(path10) ? prefix : void 0;
  }
  return kept.sort(compare);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function dirPrefixes(text3) {
  const dirs = [];
  for (let slash = text3.lastIndexOf("/"); slash !== -1; slash = slash === 0 ? -1 : text3.lastIndexOf("/", slash - 1)) {
    dirs.push(text3.slice(0, slash + 1));
  }
  return dirs;
}
function collapsibleDirs(path10, present) {
  if (isWildcard(path10)) {
    const stem = path10.slice(0, -1);
    return dirPrefixes(stem.endsWith("/") ? stem.slice(0, -1) : stem);
  }
  const dirs = dirPrefixes(path10);
  if (!path10.endsWith("/") && present.has(path10 + "/")) dirs.unshift(path10 + "/");
  return dirs;
}
function wildcardFor(dir, present) {
  const bare = dir.slice(0, -1);
  return bare !== "" && present.has(bare) ? bare + "*" : dir + "*";
}
function depth(dir) {
  return dir.split("/").length;
}
function deeperFirst(a, b) {
  return depth(b) - depth(a) || compare(a, b);
}
function collapsePaths(paths, budget) {
  if (!(Number.isInteger(budget) || budget === Infinity) || budget < 1) {
    throw new Error(`The invalidation path budget must be a whole number of at least 1, got ${budget}.`);
  }
  let current = dropCovered(paths);
  while (current.length > budget) current = dropCovered(collapseRound(current, current.length - budget));
  return current;
}
function collapseRound(paths, excess) {
  const present = new Set(paths);
  const direct = /* @__PURE__ */ new Map();
  const below = /* @__PURE__ */ new Map();
  for (const path10 of paths) {
    const dirs = collapsibleDirs(path10, present);
    if (dirs[0] !== void 0) direct.set(dirs[0], (direct.get(dirs[0]) ?? 0) + 1);
    for (const dir of dirs) below.set(dir, (below.get(dir) ?? 0) + 1);
  }
  const saved = (dir) => (below.get(dir) ?? 0) - 1;
  const crowded = [...direct].filter(([dir, count]) => count >= 2 && dir !== "/").map(([dir]) => dir);
  const candidates = crowded.length > 0 ? crowded.sort((a, b) => (direct.get(b) ?? 0) - (direct.get(a) ?? 0) || deeperFirst(a, b)) : deepestShared(below);
  const chosen = /* @__PURE__ */ new Set();
  const aboveChosen = /* @__PURE__ */ new Set();
  const isFree = (dir) => !chosen.has(dir) && !aboveChosen.has(dir) && !dirPrefixes(dir).some((above) => chosen.has(above));
  const leastSufficient = () => candidates.filter((dir) => isFree(dir) && saved(dir) >= excess).sort((a, b) => saved(a) - saved(b) || deeperFirst(a, b))[0];
  const first = leastSufficient();
  for (const dir of first === void 0 ? candidates : [first]) {
    if (excess <= 0) break;
    if (!isFree(dir)) continue;
    const pick = saved(dir) >= excess ? leastSufficient() ?? dir : dir;
    chosen.add(pick);
    for (const above of dirPrefixes(pick.slice(0, -1))) aboveChosen.add(above);
    excess -= saved(pick);
  }
  const kept = paths.filter((path10) => !collapsibleDirs(path10, present).some((dir) => chosen.has(dir)));
  return [...kept, ...[...chosen].map((dir) => wildcardFor(dir, present))];
}
function deepestShared(below) {
  const shared = [...below].filter(([, count]) => count >= 2).map(([dir]) => dir);
  const deepest = Math.max(...shared.map(depth));
  const atDeepest = shared.filter((dir) => depth(dir) === deepest);
  return atDeepest.length > 0 ? atDeepest.sort((a, b) => (below.get(b) ?? 0) - (below.get(a) ?? 0) || compare(a, b)) : ["/"];
}

// src/core/keys.ts
var MAX_KEY_BYTES = 1024;
function compareKeys(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return inCodePointOrder(x) - inCodePointOrder(y);
  }
  return a.length - b.length;
}
function inCodePointOrder(unit) {
  if (unit < 55296) return unit;
  return unit >= 57344 ? unit - 2048 : unit + 8192;
}
function normalizePrefix(prefix) {
  if (prefix.includes("\\")) {
    throw new Error(
      `prefix "${prefix}" holds a backslash: browsers turn it into / in a URL, so no page under it could be reached. Separate folders with / (docs/v2).`
    );
  }
  const parts = prefix.split("/").filter((part) => part !== "");
  if (parts.some((part) => part === "." || part === "..")) {
    throw new Error(`prefix "${prefix}" must not contain "." or ".." segments`);
  }
  return parts.length === 0 ? "" : `${parts.join("/")}/`;
}
function keyFor(prefix, rel) {
  return prefix + rel;
}
function relFor(prefix, key) {
  return key.startsWith(prefix) ? key.slice(prefix.length) : void 0;
}
function invalidKeys(keys2) {
  const problems = [];
  for (const key of keys2) {
    const bytes = Buffer.byteLength(key, "utf8");
    if (bytes > MAX_KEY_BYTES) problems.push({ key, reason: `${bytes} bytes long; S3 allows ${MAX_KEY_BYTES}` });
  }
  return problems;
}
var RANGE_MAX_KEYS = 1e3;
var SEQUENTIAL_LIST_MAX_KEYS = 1e4;
var KEYS_PER_RANGE = 960;
function listSplitPoints(keys2) {
  if (keys2.length <= SEQUENTIAL_LIST_MAX_KEYS) return [];
  const sortedKeys = [...keys2].sort(compareKeys);
  const points = [];
  for (let i = KEYS_PER_RANGE - 1; i < sortedKeys.length - 1; i += KEYS_PER_RANGE) points.push(sortedKeys[i]);
  return points;
}

// src/core/outcome.ts
function siteResult(plan, done, context) {
  const dryRun = done === "dry run";
  const uploaded = dryRun ? plan.uploads : done.uploaded;
  const deleted = dryRun ? plan.deletes.map((step) => step.key) : done.deleted;
  const reasons = countReasons(uploaded);
  const deleteReasons = new Map(plan.deletes.map((step) => [step.key, step.reason]));
  const changes = [
    ...uploaded.map((step) => ({
      key: step.key,
      action: "uploaded",
      reason: step.reason,
      // A redirect object is no page to review.
      page: isHtml(step.headers) && step.redirect === void 0
    })),
    ...deleted.map((key) => ({
      key,
      action: "deleted",
      reason: deleteReasons.get(key) ?? "removed locally",
      page: isPageKey(key)
    }))
  ].sort((a, b) => compareKeys(a.key, b.key));
  return {
    plan,
    changes,
    changedKeys: [...new Set(changes.map((change) => change.key))],
    summary: {
      dryRun,
      ...context,
      flow: context.flow ?? "deploy",
      uploaded: uploaded.length,
      skipped: plan.skips.length,
      deleted: deleted.length,
      kept: plan.kept.length,
      bytesUploaded: uploaded.reduce((sum2, step) => sum2 + step.file.size, 0),
      reasons
    }
  };
}
function isPageKey(key) {
  return contentTypeFor(key).startsWith("text/html");
}
function countReasons(steps) {
  const reasons = /* @__PURE__ */ new Map();
  for (const step of steps) reasons.set(step.reason, (reasons.get(step.reason) ?? 0) + 1);
  return reasons;
}
function invalidationStatus(invalidations) {
  const statuses = invalidations.map((i) => i.status);
  if (statuses.includes("InProgress")) return "InProgress";
  return statuses.includes("Completed") ? "Completed" : "None";
}
function siteOutputs({ summary: summary2, changedKeys }) {
  return {
    uploaded: summary2.uploaded,
    skipped: summary2.skipped,
    deleted: summary2.deleted,
    "bytes-uploaded": summary2.bytesUploaded,
    "changed-keys": changedKeys
  };
}
function invalidationOutputs(invalidations) {
  return {
    "invalidation-ids": Object.fromEntries(invalidations.map((i) => [i.distributionId, i.invalidationIds])),
    "invalidation-paths": Object.fromEntries(invalidations.map((i) => [i.distributionId, i.paths])),
    "invalidation-status": invalidationStatus(invalidations)
  };
}

// src/core/wording.ts
function describePlan(plan, localCount, remoteCount) {
  const bytes = plan.uploads.reduce((sum2, step) => sum2 + step.file.size, 0);
  const why = [...countReasons(plan.uploads)].map(([reason, count]) => `${count} ${reason}`).join(", ");
  const kept = describeKept(plan.kept);
  return `${localCount} local file(s), ${remoteCount} remote object(s): ${plan.uploads.length} to upload (${formatBytes(bytes)}${why === "" ? "" : `; ${why}`}), ${plan.skips.length} unchanged, ${plan.deletes.length} to delete` + (kept === "" ? "." : `, ${plan.kept.length} kept (${kept}).`);
}
function planLines(plan) {
  const lines2 = [
    ...plan.uploads.map((step) => ({ key: step.key, line: `upload  ${step.key}  (${uploadDetail(step)})` })),
    ...plan.deletes.map((step) => ({ key: step.key, line: `delete  ${step.key}  (${step.reason})` })),
    ...keptLines(plan.kept, "keep"),
    ...plan.skips.map((step) => ({ key: step.key, line: `skip    ${step.key}  (unchanged)` }))
  ];
  return lines2.sort((a, b) => compareKeys(a.key, b.key)).map((entry) => entry.line);
}
function planDetailLines(plan, owed, dryRun) {
  const lines2 = dryRun ? planLines(plan) : keptLines(
    plan.kept.filter((step) => step.reason.kind !== "preserved"),
    "kept"
  ).map((entry) => entry.line);
  for (const [id, keys2] of owed) {
    lines2.push(`${keys2.length} key(s) changed by an earlier run are still owed an invalidation by ${id}.`);
  }
  return lines2;
}
function uploadDetail(step) {
  if (step.redirect) return `${step.reason}; redirect to ${step.redirect.location}`;
  const { contentType, cacheControl } = step.headers;
  return `${step.reason}; ${contentType}${cacheControl === void 0 ? "" : `; ${cacheControl}`}`;
}
function deployLine(summary2) {
  const kept = summary2.kept > 0 ? `, ${summary2.kept} kept` : "";
  const time = formatSeconds(summary2.durationMs);
  if (summary2.flow === "remove") {
    return summary2.dryRun ? `Dry run, nothing written. Removing ${summary2.target} would delete ${summary2.deleted} object(s)${kept} (planned in ${time}).` : `Removed ${summary2.target}: ${summary2.deleted} deleted${kept} in ${time}.`;
  }
  const counts = `${summary2.uploaded} uploaded (${formatBytes(summary2.bytesUploaded)}), ${summary2.skipped} unchanged, ${summary2.deleted} deleted${kept}`;
  return summary2.dryRun ? `Dry run, nothing written. ${summary2.target} would get: ${counts} (planned in ${time}).` : `Deployed ${summary2.target}: ${counts} in ${time}.`;
}
function closingLine(dryRun, deployed, invalidations) {
  const parts = deployed === void 0 ? [] : [deployLine(deployed.summary)];
  for (const i of invalidations ?? []) {
    parts.push(
      i.status === "None" ? `${i.distributionId}: ${dryRun ? `would invalidate ${i.paths.length} path(s)` : "nothing to invalidate"}.` : `${i.distributionId}: ${i.paths.length} path(s) in ${i.invalidationIds.join(", ")}: ${i.status}.`
    );
  }
  return parts.join(" ");
}
function tagChoiceLine(distributionId, tags) {
  const keys2 = tags.reduce((sum2, tag) => sum2 + tag.changedKeys, 0);
  const each = tags.map((t) => `#${t.tag} (${t.changedKeys} changed, ${t.unchanged} unchanged purged too)`).join(", ");
  return `${distributionId}: cache tags stand for ${keys2} changed key(s) instead of paths: ${each}.`;
}
function planNotes(plan) {
  const notes = [];
  if (plan.changedKeys > 0 && plan.unservedKeys === plan.changedKeys) {
    const text3 = `${plan.distributionId}: none of the ${plan.changedKeys} changed key(s) is below the origin path "${plan.originPath}", so this distribution does not serve them.`;
    notes.push({ level: "warning", text: text3 });
  }
  if (plan.tags.length > 0) notes.push({ level: "info", text: tagChoiceLine(plan.distributionId, plan.tags) });
  if (plan.paths.length < plan.pathsBeforeCollapse && plan.paths.some(isWildcard)) {
    const text3 = `${plan.distributionId}: ${plan.pathsBeforeCollapse} paths collapsed into ${plan.paths.length} covering wildcard path(s).`;
    notes.push({ level: "info", text: text3 });
  }
  return notes;
}
function wouldInvalidateLines(plan) {
  return [
    `${plan.distributionId}: would invalidate ${plan.paths.length} path(s) in ${plan.batches.length} batch(es):`,
    ...plan.paths.map((path10) => `  ${path10}`)
  ];
}
function safeLine(text3) {
  const visible = text3.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "	";
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
  return /^\s*(::|##\[)/.test(visible) ? `\\${visible}` : visible;
}
function progressLine(phase, p, elapsedMs) {
  const rate = elapsedMs > 0 ? p.bytesDone / elapsedMs * 1e3 : 0;
  const left = rate > 0 ? Math.ceil((p.bytesTotal - p.bytesDone) / rate) : void 0;
  return `${phase}: ${p.filesDone}/${p.filesTotal} files, ${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)}` + (rate > 0 ? `, ${formatBytes(rate)}/s` : "") + (left !== void 0 && p.filesDone < p.filesTotal ? `, about ${left} s left` : "");
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
function describeKept(kept) {
  const count = (kind) => kept.filter((step) => step.reason.kind === kind).length;
  const parts = [
    [count("grace"), "removed, kept for delete-grace"],
    [count("preserved"), "preserved"],
    [count("other deploy"), "of other deploys' sites"]
  ];
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join("; ");
}
function keptLines(kept, verb) {
  const lines2 = [];
  const byOwner = /* @__PURE__ */ new Map();
  for (const step of kept) {
    const { reason } = step;
    if (reason.kind === "other deploy") byOwner.set(reason.owner, (byOwner.get(reason.owner) ?? 0) + 1);
    else lines2.push({ key: step.key, line: `${verb.padEnd(6)}  ${step.key}  (${keptWhy(step)})` });
  }
  for (const [owner, n] of byOwner) {
    lines2.push({
      key: owner,
      line: `${verb.padEnd(6)}  ${owner}  (${n} object(s): belongs to the deploy under ${owner})`
    });
  }
  return lines2;
}
function keptWhy(step) {
  const { reason } = step;
  if (reason.kind === "grace") return `removed, kept until ${formatUtc(reason.keptUntil)}`;
  if (reason.kind === "preserved") return "preserved";
  return `belongs to the deploy under ${reason.owner}`;
}

// src/ports.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  })
};
var silentLog = {
  info: () => void 0,
  warning: () => void 0,
  group: (_name, work) => work(),
  progress: () => void 0
};

// src/core/lock.ts
var LOCK_NAME = ".s3-cloudfront-deploy.lock";
var LOCK_TTL_MS = 2 * 6e4;
var LOCK_REFRESH_MS = 3e4;
var LOCK_POLL_MS = 5e3;
var VERSION = 1;
function lockKey(statePrefix) {
  return keyFor(statePrefix, LOCK_NAME);
}
function lockRecord(holder, token, takenAt, now) {
  return {
    holder,
    token,
    takenAt: new Date(takenAt).toISOString(),
    expiresAt: new Date(now + LOCK_TTL_MS).toISOString()
  };
}
function encodeLock(record) {
  return Buffer.from(JSON.stringify({ version: VERSION, generator: "s3-cloudfront-deploy", ...record }));
}
function decodeLock(body) {
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const { version, holder, token, takenAt, expiresAt } = parsed;
  if (version !== VERSION || typeof holder !== "object" || holder === null || typeof token !== "string") {
    return void 0;
  }
  if (typeof takenAt !== "string" || typeof expiresAt !== "string" || Number.isNaN(Date.parse(expiresAt))) {
    return void 0;
  }
  return { holder, token, takenAt, expiresAt };
}
function judgeLock(found, me, now) {
  if (found === void 0) return "take";
  if (found.token === me.token) return "mine";
  if (Date.parse(found.expiresAt) <= now) return "take";
  const { runId, repository, runAttempt } = me.holder;
  const sameRun = runId !== void 0 && found.holder.runId === runId && found.holder.repository === repository;
  if (sameRun && Number(found.holder.runAttempt ?? 1) < Number(runAttempt ?? 1)) return "take";
  return "wait";
}
function describeHolder(holder) {
  const run2 = holder.runId === void 0 ? holder.by ?? "an unnamed deploy" : `run ${holder.runId}${holder.runAttempt !== void 0 && holder.runAttempt !== "1" ? ` (attempt ${holder.runAttempt})` : ""}`;
  const where = [holder.repository, holder.workflow && `workflow "${holder.workflow}"`].filter(Boolean).join(" ");
  const commit = holder.commit === void 0 ? "" : ` at commit ${holder.commit.slice(0, 12)}`;
  const link = holder.runUrl === void 0 ? "" : `: ${holder.runUrl}`;
  return `${run2}${where === "" ? "" : ` of ${where}`}${commit}${link}`;
}

// src/core/manifest-json.ts
var GROUP = 2e3;
var QUOTE = 34;
var BACKSLASH = 92;
var COMMA = 44;
var COLON = 58;
var OPEN_OBJECT = 123;
var CLOSE_OBJECT = 125;
var OPEN_ARRAY = 91;
var CLOSE_ARRAY = 93;
var OBJECTS_KEY = Buffer.from('"objects"');
function parseManifestJson(body) {
  let grouped;
  try {
    grouped = inGroups(body);
  } catch {
    grouped = void 0;
  }
  try {
    return grouped ?? whole(body);
  } catch {
    return void 0;
  }
}
function whole(body) {
  const document = JSON.parse(body.toString("utf8"));
  if (!isRecord(document)) return void 0;
  const objects = document["objects"];
  return { document, objectGroups: isRecord(objects) ? [objects] : [] };
}
function inGroups(body) {
  const span = objectsSpan(body);
  if (span === void 0) return void 0;
  const rest = `${body.toString("utf8", 0, span.start)}{}${body.toString("utf8", span.end)}`;
  const document = JSON.parse(rest);
  if (!isRecord(document) || !isRecord(document["objects"]) || Object.keys(document["objects"]).length > 0) {
    return void 0;
  }
  return { document, objectGroups: entryGroups(body, span.start + 1, span.end - 1) };
}
function objectsSpan(body) {
  let depth2 = 0;
  let keyNext = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === QUOTE) {
      const end = stringEnd(body, i);
      if (end < 0) return void 0;
      if (depth2 === 1 && keyNext && end - i + 1 === OBJECTS_KEY.length && OBJECTS_KEY.equals(body.subarray(i, end + 1))) {
        let at = skipSpace(body, end + 1);
        if (body[at] !== COLON) return void 0;
        at = skipSpace(body, at + 1);
        if (body[at] !== OPEN_OBJECT) return void 0;
        const close = valueEnd(body, at);
        return close < 0 ? void 0 : { start: at, end: close };
      }
      if (depth2 === 1) keyNext = false;
      i = end;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth2++;
      if (depth2 === 1) keyNext = true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth2--;
    } else if (c === COMMA && depth2 === 1) {
      keyNext = true;
    }
  }
  return void 0;
}
function* entryGroups(body, from, to) {
  let groupStart = from;
  let entries = 0;
  let depth2 = 0;
  const cut = (end) => {
    const parsed = JSON.parse(`{${body.toString("utf8", groupStart, end)}}`);
    if (!isRecord(parsed)) throw new Error("not an object");
    return parsed;
  };
  for (let i = from; i < to; i++) {
    const c = body[i];
    if (c === QUOTE) {
      i = stringEnd(body, i);
      if (i < 0) throw new Error("unterminated string");
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth2++;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth2--;
    } else if (c === COMMA && depth2 === 0 && ++entries % GROUP === 0) {
      yield cut(i);
      groupStart = i + 1;
    }
  }
  if (groupStart > from && body.toString("utf8", groupStart, to).trim() === "") throw new Error("trailing comma");
  yield cut(to);
}
function stringEnd(body, start) {
  for (let i = start + 1; i < body.length; i++) {
    const c = body[i];
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return -1;
}
function valueEnd(body, start) {
  let depth2 = 0;
  for (let i = start; i < body.length; i++) {
    const c = body[i];
    if (c === QUOTE) {
      i = stringEnd(body, i);
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth2++;
    } else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth2 === 0) {
      return i + 1;
    }
  }
  return -1;
}
function skipSpace(body, from) {
  let at = from;
  while (body[at] === 32 || body[at] === 10 || body[at] === 13 || body[at] === 9) at++;
  return at;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/manifest.ts
var MANIFEST_NAME = ".s3-cloudfront-deploy.json";
function manifestKey(prefix) {
  return keyFor(prefix, MANIFEST_NAME);
}
var VERSION2 = 1;
function encodeManifest(manifest, record = {}) {
  const { origin, releasedAt, base, layerPaths } = record;
  const deploy3 = origin !== void 0 && Object.keys(origin).length > 0 ? { deploy: origin } : {};
  const released = releasedAt === void 0 ? {} : { releasedAt };
  const layered = base === void 0 ? {} : { base, layerPaths: layerPaths ?? 0 };
  const head = JSON.stringify({
    version: VERSION2,
    generator: "s3-cloudfront-deploy",
    ...deploy3,
    ...released,
    ...layered,
    objects: {}
  });
  const out = new ChunkWriter();
  out.write(head.slice(0, -2));
  let separator = "";
  for (const rel of [...manifest.keys()].sort()) {
    const { etag, size, md5, sha256, headers, removedSince, tags, folder } = manifest.get(rel);
    const entry = sha256 === void 0 ? { etag, size, md5, headers } : { etag, size, md5, sha256, headers };
    const written = {
      ...entry,
      ...removedSince !== void 0 && { removedSince },
      ...tags !== void 0 && tags.length > 0 && { tags },
      ...folder !== void 0 && { folder }
    };
    out.write(`${separator}${JSON.stringify(rel)}:${JSON.stringify(written)}`);
    separator = ",";
  }
  out.write("}}");
  return out.bytes();
}
var ChunkWriter = class _ChunkWriter {
  static CHUNK = 1 << 20;
  full = [];
  chunk = Buffer.allocUnsafe(_ChunkWriter.CHUNK);
  used = 0;
  total = 0;
  write(text3) {
    const length = Buffer.byteLength(text3);
    if (this.used + length > this.chunk.length) {
      this.full.push(this.chunk.subarray(0, this.used));
      this.chunk = Buffer.allocUnsafe(Math.max(_ChunkWriter.CHUNK, length));
      this.used = 0;
    }
    this.used += this.chunk.write(text3, this.used);
    this.total += length;
  }
  bytes() {
    return Buffer.concat([...this.full, this.chunk.subarray(0, this.used)], this.total);
  }
};
function parseManifest(body) {
  return body === void 0 ? void 0 : parseManifestJson(body);
}
function decodeReleaseBase(body) {
  return baseOf(parseManifest(body)?.document);
}
function baseOf(parsed) {
  const value = parsed?.["base"];
  return typeof value === "string" && value !== "" ? value : void 0;
}
function decodeReleaseRecord(body) {
  const parsed = parseManifest(body);
  const document = parsed?.document;
  const value = document?.["releasedAt"];
  const releasedAt = typeof value === "string" && isTime(value) ? Date.parse(value) : void 0;
  const base = baseOf(document);
  if (base === void 0) return { releasedAt };
  const folders = /* @__PURE__ */ new Set([base]);
  for (const entry of manifestOf(parsed)?.values() ?? []) if (entry.folder !== void 0) folders.add(entry.folder);
  const paths = typeof document?.["layerPaths"] === "number" ? document["layerPaths"] : 0;
  return { releasedAt, layered: { base, paths, folders: [...folders] } };
}
function decodeManifest(body) {
  return manifestOf(parseManifest(body)) ?? /* @__PURE__ */ new Map();
}
function decodeManifestFile(body) {
  const parsed = parseManifest(body);
  const manifest = manifestOf(parsed);
  if (manifest === void 0) return { manifest: /* @__PURE__ */ new Map() };
  const origin = originOf(parsed?.document);
  return { manifest, ...origin !== void 0 && { origin } };
}
function manifestOf(parsed) {
  const manifest = /* @__PURE__ */ new Map();
  if (parsed === void 0 || parsed.document["version"] !== VERSION2) return manifest;
  const digests2 = /* @__PURE__ */ new Map();
  try {
    for (const objects of parsed.objectGroups) {
      for (const rel in objects) {
        const value = objects[rel];
        if (isEntry(value)) manifest.set(rel, compactEntry(value, digests2));
      }
    }
  } catch {
    return void 0;
  }
  return manifest;
}
function compactEntry(entry, digests2) {
  let headers = digests2.get(entry.headers);
  if (headers === void 0) {
    headers = entry.headers;
    if (digests2.size < 1e3) digests2.set(headers, headers);
  }
  const { size, md5, sha256, removedSince, tags, folder } = entry;
  const etag = entry.etag === md5 ? md5 : entry.etag;
  const compact = sha256 === void 0 ? { etag, size, md5, headers } : { etag, size, md5, sha256, headers };
  if (removedSince === void 0 && tags === void 0 && folder === void 0) return compact;
  return {
    ...compact,
    ...removedSince !== void 0 && { removedSince },
    ...tags !== void 0 && { tags },
    ...folder !== void 0 && { folder }
  };
}
function originOf(parsed) {
  const deploy3 = parsed?.["deploy"];
  if (!isRecord(deploy3)) return void 0;
  const origin = {};
  for (const name2 of ["commit", "committedAt", "runId", "runUrl"]) {
    if (typeof deploy3[name2] === "string") origin[name2] = deploy3[name2];
  }
  if (origin["committedAt"] !== void 0 && !isTime(origin["committedAt"])) delete origin["committedAt"];
  return origin;
}
function isEntry(value) {
  return isRecord(value) && typeof value["etag"] === "string" && typeof value["size"] === "number" && typeof value["md5"] === "string" && (value["sha256"] === void 0 || typeof value["sha256"] === "string") && typeof value["headers"] === "string" && (value["removedSince"] === void 0 || isTime(value["removedSince"])) && (value["tags"] === void 0 || isStrings(value["tags"])) && (value["folder"] === void 0 || typeof value["folder"] === "string" && value["folder"] !== "");
}
function isStrings(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
function isTime(value) {
  return typeof value === "string" && !Number.isNaN(Date.parse(value));
}
function sameManifest(a, b) {
  if (a.size !== b.size) return false;
  for (const [rel, x] of a) {
    const y = b.get(rel);
    if (y === void 0 || !sameEntry(x, y)) return false;
  }
  return true;
}
function sameEntry(x, y) {
  return x === y || x.etag === y.etag && x.size === y.size && x.md5 === y.md5 && x.sha256 === y.sha256 && x.headers === y.headers && x.removedSince === y.removedSince && x.folder === y.folder && (x.tags ?? []).join(",") === (y.tags ?? []).join(",");
}

// src/core/owed.ts
var OWED_NAME = ".s3-cloudfront-deploy.owed.json";
var VERSION3 = 1;
var NOTHING_OWED = /* @__PURE__ */ new Map();
function owe(owed, distributionIds, keys2) {
  const next = new Map(owed);
  let grew = false;
  for (const id of distributionIds) {
    const before = owed.get(id) ?? [];
    const union = [.../* @__PURE__ */ new Set([...before, ...keys2])].sort(compareKeys);
    if (union.length === before.length) continue;
    next.set(id, union);
    grew = true;
  }
  return grew ? next : owed;
}
function settle(owed, distributionIds) {
  const next = new Map(owed);
  for (const id of distributionIds) next.delete(id);
  return next;
}
function keysOwedTo(owed, distributionId, changedKeys) {
  return [.../* @__PURE__ */ new Set([...changedKeys, ...owed.get(distributionId) ?? []])].sort(compareKeys);
}
function encodeOwed(owed) {
  const distributions = Object.fromEntries([...owed].sort(([a], [b]) => compareKeys(a, b)));
  return Buffer.from(JSON.stringify({ version: VERSION3, generator: "s3-cloudfront-deploy", distributions }));
}
function decodeOwed(body) {
  if (body === void 0) return NOTHING_OWED;
  let parsed;
  try {
    parsed = JSON.parse(body.toString("utf8"));
  } catch {
    return NOTHING_OWED;
  }
  if (typeof parsed !== "object" || parsed === null || parsed.version !== VERSION3)
    return NOTHING_OWED;
  const distributions = parsed.distributions;
  if (typeof distributions !== "object" || distributions === null) return NOTHING_OWED;
  const owed = /* @__PURE__ */ new Map();
  for (const [id, keys2] of Object.entries(distributions)) {
    if (Array.isArray(keys2) && keys2.every((key) => typeof key === "string")) owed.set(id, keys2);
  }
  return owed;
}

// src/core/ownership.ts
function compileKeyGlobs(patterns) {
  return patterns.map((glob) => {
    const compiled = compileGlob(glob, "preserve");
    if (glob.startsWith("!")) throw new Error(`"${glob}" is negated; preserve only adds protection`);
    return compiled;
  });
}
function isPreserved(rel, preserve) {
  return preserve.some((glob) => glob.matches(rel));
}
var RECORD_NAMES = [MANIFEST_NAME, OWED_NAME, LOCK_NAME];
function otherDeployRoots(rels) {
  const roots = /* @__PURE__ */ new Set();
  for (const rel of rels) {
    const slash = rel.lastIndexOf("/");
    if (slash < 0) continue;
    if (RECORD_NAMES.includes(rel.slice(slash + 1))) roots.add(rel.slice(0, slash + 1));
  }
  return roots;
}
function otherDeployOwning(rel, roots) {
  if (roots.size === 0) return void 0;
  for (let slash = rel.indexOf("/"); slash >= 0; slash = rel.indexOf("/", slash + 1)) {
    const dir = rel.slice(0, slash + 1);
    if (roots.has(dir)) return dir;
  }
  return void 0;
}

// src/core/removal.ts
var NO_REMOVAL_RULES = { preserve: [], graceMs: 0, now: 0 };
function planRemoval(input) {
  const wholeSite = input.wholeSite === true;
  const rels = input.remote.map((object) => relFor(input.prefix, object.key));
  const others = otherDeployRoots(rels.filter((rel) => rel !== void 0));
  const deletes = [];
  const kept = [];
  input.remote.forEach((object, i) => {
    const rel = rels[i];
    if (rel === void 0 || isOwnRecord(rel) || input.siteKeys.has(object.key)) return;
    if (!wholeSite && (rel === "" || object.key.endsWith("/"))) return;
    const keep = (reason) => {
      kept.push({ key: object.key, remote: object, reason });
    };
    const owner = otherDeployOwning(rel, others);
    if (owner !== void 0) keep({ kind: "other deploy", owner: input.prefix + owner });
    else if (isPreserved(rel, input.rules.preserve)) keep({ kind: "preserved" });
    else if (wholeSite) deletes.push({ key: object.key, size: object.size, reason: "site removed" });
    else {
      const decision = graceDecision(object.key, input.manifest.get(rel), input.rules.now, input.rules.graceMs);
      if (decision.delete) deletes.push({ key: object.key, size: object.size, reason: decision.reason });
      else keep({ kind: "grace", removedSince: decision.removedSince, keptUntil: decision.keptUntil });
    }
  });
  return { deletes: deletes.sort(byKey), kept: kept.sort(byKey) };
}
function isOwnRecord(rel) {
  return rel === MANIFEST_NAME || rel === OWED_NAME || rel === LOCK_NAME;
}
function byKey(a, b) {
  return compareKeys(a.key, b.key);
}

// src/core/upload-phases.ts
function parseLastGlobs(text3) {
  const globs = [];
  text3.split(/\r?\n/).forEach((raw, index) => {
    const glob = raw.trim();
    if (glob === "" || isComment(glob)) return;
    globs.push({ ...compileLineGlob(glob, "upload-last", index + 1), line: index + 1 });
  });
  return globs;
}
function uploadPhases(steps, last) {
  const assets = [];
  const pages = [];
  const lastSteps = last.map(() => []);
  for (const step of steps) {
    const index = last.findIndex((glob) => glob.matches(step.file.rel));
    if (index >= 0) lastSteps[index].push(step);
    else (isHtml(step.headers) ? pages : assets).push(step);
  }
  const phases = [
    { name: "assets", steps: assets.sort(largestFirst) },
    { name: "pages", steps: pages.sort(largestFirst) },
    ...last.map((glob, i) => ({ name: "last", glob: glob.glob, steps: lastSteps[i].sort(largestFirst) }))
  ];
  return phases.filter((phase) => phase.steps.length > 0);
}
function largestFirst(a, b) {
  return b.file.size - a.file.size || compareKeys(a.key, b.key);
}

// src/core/plan.ts
var PlanError = class extends Error {
  name = "PlanError";
};
function planDeploy(input) {
  const remoteByKey = byKey2(input.remote);
  const uploads = [];
  const skips = [];
  const localKeys = /* @__PURE__ */ new Set();
  for (const { file, headers, redirect } of plannedSources(input)) {
    refuseOwnRecordName(file.rel);
    const key = keyFor(input.prefix, file.rel);
    if (localKeys.has(key)) throw new PlanError(`${file.rel} is both a file of the site and a redirect`);
    const remote = remoteByKey.get(key);
    localKeys.add(remote?.key ?? key);
    const reason = judge(file, headers, remote, input.manifest.get(file.rel));
    if (reason !== void 0) uploads.push({ key, file, headers, reason, ...redirect && { redirect } });
    else if (remote !== void 0) skips.push({ key: remote.key, file, headers, remote });
  }
  const { deletes, kept } = input.deleteRemoved ? planRemoval({
    remote: input.remote,
    prefix: input.prefix,
    manifest: input.manifest,
    siteKeys: localKeys,
    rules: input.removal ?? NO_REMOVAL_RULES
  }) : { deletes: [], kept: [] };
  const phases = uploadPhases(uploads, input.uploadLast ?? []);
  return { uploads: phases.flatMap((phase) => phase.steps), phases, skips, deletes, kept };
}
function* plannedSources(input) {
  for (const file of input.files) yield { file, headers: input.headersFor(file.rel) };
  for (const redirect of input.redirects ?? []) yield redirectSource(redirect, input.headersFor(redirect.rel));
}
var EMPTY = {
  size: 0,
  md5: "d41d8cd98f00b204e9800998ecf8427e",
  sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
};
function redirectSource(redirect, headers) {
  return {
    file: { rel: redirect.rel, absPath: "", ...EMPTY },
    headers: { ...headers, websiteRedirectLocation: redirect.location },
    redirect
  };
}
function refuseOwnRecordName(rel) {
  const name2 = rel.slice(rel.lastIndexOf("/") + 1);
  if (isOwnRecord(name2)) {
    throw new PlanError(`${rel} is the name of this action's own record; exclude that file from the deploy`);
  }
}
function judge(file, headers, remote, entry) {
  if (remote === void 0) return "new";
  if (remote.size !== file.size) return "content changed";
  if (entry !== void 0 && isTrusted(entry, remote)) {
    const same = entry.sha256 === void 0 ? entry.md5 === file.md5 : entry.sha256 === file.sha256;
    if (!same) return "content changed";
    return entry.headers === headersDigest(headers) ? void 0 : "headers changed";
  }
  const isMultipartEtag = remote.etag.includes("-");
  if (!isMultipartEtag && remote.etag !== file.md5) return "content changed";
  return "headers unknown";
}
function isTrusted(entry, remote) {
  return entry.etag === remote.etag && entry.size === remote.size;
}
function md5sNeeded(files, known) {
  const md5s = knownMd5s(files, known);
  return files.filter((_, i) => md5s[i] === void 0);
}
function md5sNeededAnyway(files, manifest) {
  return files.filter((file) => {
    const entry = file.md5 === void 0 ? manifest.get(file.rel) : void 0;
    return file.md5 === void 0 && !(entry?.sha256 === file.sha256 && entry.size === file.size);
  });
}
function withMd5(files, known, hashed) {
  const md5s = knownMd5s(files, known);
  let next = 0;
  return files.map(({ rel, absPath, size, sha256 }, i) => ({
    rel,
    absPath,
    size,
    sha256,
    md5: md5s[i] ?? hashed[next++]
  }));
}
function knownMd5s(files, known) {
  const cached = knownMd5sOf.get(files);
  if (cached?.known === known) return cached.md5s;
  const md5s = findKnownMd5s(files, known);
  knownMd5sOf.set(files, { known, md5s });
  return md5s;
}
var knownMd5sOf = /* @__PURE__ */ new WeakMap();
function findKnownMd5s(files, known) {
  const remoteByKey = byKey2(known.remote);
  return files.map((file) => {
    if (file.md5 !== void 0) return file.md5;
    const remote = remoteByKey.get(keyFor(known.prefix, file.rel));
    const entry = known.manifest.get(file.rel);
    const vouched = remote !== void 0 && entry?.sha256 !== void 0 && isTrusted(entry, remote);
    return vouched && entry.size === file.size && entry.sha256 === file.sha256 ? entry.md5 : void 0;
  });
}
function byKey2(remote) {
  let found = byKeyOf.get(remote);
  if (found === void 0) {
    const map = /* @__PURE__ */ new Map();
    for (const object of remote) map.set(object.key, object);
    byKeyOf.set(remote, map);
    found = map;
  }
  return found;
}
var byKeyOf = /* @__PURE__ */ new WeakMap();
function checkDeleteLimit(plan, maxDeletes, where) {
  if (maxDeletes >= 0 && plan.deletes.length > maxDeletes) {
    throw new PlanError(
      `this deploy would delete ${plan.deletes.length} objects under ${where}, more than max-deletes (${maxDeletes}). Nothing was changed. If that many deletions are intended, raise max-deletes (or set it to -1 for no limit); otherwise check source-dir, include and exclude.`
    );
  }
}
function nextManifest(run2) {
  const next = /* @__PURE__ */ new Map();
  for (const object of run2.remote) {
    const rel = relFor(run2.prefix, object.key);
    const entry = rel === void 0 ? void 0 : run2.previous.get(rel);
    if (rel !== void 0 && entry !== void 0 && !run2.deleted.has(object.key)) next.set(rel, entry);
  }
  for (const step of run2.plan.skips) {
    const previous = run2.previous.get(step.file.rel);
    const kept = previous !== void 0 && describes(previous, step.file, step.headers, step.remote.etag);
    next.set(step.file.rel, kept ? previous : entryFor(step.file, step.headers, step.remote.etag));
  }
  for (const step of run2.plan.uploads) {
    const etag = run2.uploaded.get(step.key);
    if (etag !== void 0) next.set(step.file.rel, entryFor(step.file, step.headers, etag));
  }
  for (const step of run2.plan.kept) {
    const rel = relFor(run2.prefix, step.key);
    if (step.reason.kind !== "grace" || rel === void 0) continue;
    next.set(rel, removedEntry(run2.previous.get(rel), step.remote, step.reason.removedSince));
  }
  return next;
}
function describes(entry, file, headers, etag) {
  return entry.etag === etag && entry.size === file.size && entry.md5 === file.md5 && entry.sha256 === file.sha256 && entry.headers === headersDigest(headers) && entry.removedSince === void 0 && (entry.tags ?? []).join(",") === (headers.cacheTags ?? []).join(",");
}
function entryFor(file, headers, etag) {
  const entry = { etag, size: file.size, md5: file.md5, sha256: file.sha256, headers: headersDigest(headers) };
  return headers.cacheTags === void 0 || headers.cacheTags.length === 0 ? entry : { ...entry, tags: headers.cacheTags };
}
function refuseInvalidKeys(keys2, nothing) {
  const problems = invalidKeys(keys2);
  if (problems.length > 0) {
    const list2 = problems.slice(0, 5).map((p) => `${p.key.slice(0, 80)}\u2026 (${p.reason})`).join("; ");
    throw new PlanError(`${problems.length} file(s) would get a key S3 refuses, ${nothing}: ${list2}`);
  }
}

// src/core/invalidation-tags.ts
var FEW_UNCHANGED = 0.1;
function servedTags(previous, remote, prefix, owedEarlier = []) {
  const served = /* @__PURE__ */ new Map();
  const owed = new Set(owedEarlier);
  for (const object of remote) {
    if (owed.has(object.key)) continue;
    const rel = relFor(prefix, object.key);
    const entry = rel === void 0 ? void 0 : previous.get(rel);
    if (entry?.tags !== void 0 && entry.tags.length > 0 && isTrusted(entry, object)) {
      served.set(object.key, entry.tags);
    }
  }
  return served;
}
function preferTags(input) {
  const members = tagMembers(input.served);
  const uncovered = new Set(input.keyPaths.keys());
  const pathsOf = (keys2) => {
    const paths = new Set(input.fixed);
    for (const key of keys2) for (const path10 of input.keyPaths.get(key) ?? []) paths.add(path10);
    return paths;
  };
  const tags = [];
  let current = pathsOf(uncovered);
  while (current.size + tags.length > input.budget && tags.length + 1 < input.budget) {
    let best;
    for (const [lower, { tag, keys: keys2 }] of members) {
      if (tags.some((t) => t.tag.toLowerCase() === lower)) continue;
      const covered = [...uncovered].filter((key) => keys2.has(key));
      const changed = [...keys2].filter((key) => input.keyPaths.has(key)).length;
      const unchanged = keys2.size - changed;
      if (covered.length === 0 || unchanged > keys2.size * FEW_UNCHANGED) continue;
      const saved = current.size - pathsOf([...uncovered].filter((key) => !keys2.has(key))).size - 1;
      if (saved < 1) continue;
      if (best === void 0 || saved > best.saved || saved === best.saved && unchanged < best.choice.unchanged) {
        best = { choice: { tag, changedKeys: covered.length, unchanged }, covered, saved };
      }
    }
    if (best === void 0) break;
    tags.push(best.choice);
    for (const key of best.covered) uncovered.delete(key);
    current = pathsOf(uncovered);
  }
  return { tags, paths: [...current] };
}
function tagMembers(served) {
  const members = /* @__PURE__ */ new Map();
  for (const [key, tags] of served) {
    for (const tag of tags) {
      const lower = tag.toLowerCase();
      const member = members.get(lower) ?? { tag, keys: /* @__PURE__ */ new Set() };
      member.keys.add(key);
      members.set(lower, member);
    }
  }
  return members;
}

// src/core/types.ts
var CANNED_ACLS = [
  "private",
  "public-read",
  "public-read-write",
  "authenticated-read",
  "aws-exec-read",
  "bucket-owner-read",
  "bucket-owner-full-control"
];
var STORAGE_CLASSES = [
  "STANDARD",
  "REDUCED_REDUNDANCY",
  "STANDARD_IA",
  "ONEZONE_IA",
  "INTELLIGENT_TIERING",
  "GLACIER",
  "DEEP_ARCHIVE",
  "GLACIER_IR"
];
var SSE_MODES = ["AES256", "aws:kms", "aws:kms:dsse"];
var RECORD_HEADERS = {
  contentType: "application/json",
  cacheControl: "no-store",
  metadata: {}
};

// src/util/errors.ts
function errorCode(error2) {
  if (typeof error2 === "object" && error2 !== null && "code" in error2 && typeof error2.code === "string") {
    return error2.code;
  }
  return void 0;
}
function errorMessage(error2) {
  const message = typeof error2 === "object" && error2 !== null && "message" in error2 ? error2.message : void 0;
  return typeof message === "string" ? message : String(error2);
}

// src/util/pool.ts
async function runPool(items, concurrency, work) {
  const failures = [];
  let next = 0;
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error2) {
        failures.push({ item, error: error2 });
      }
    }
  };
  const workers = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return failures;
}
async function mapLimit(items, concurrency, fn) {
  const results = new Array(items.length);
  const indexes = items.map((_, index) => index);
  const failures = await runPool(indexes, concurrency, async (index) => {
    results[index] = await fn(items[index]);
  });
  if (failures[0] !== void 0) throw failures[0].error;
  return results;
}

// src/core/deploy-order.ts
function judgeOrder(mine, live, target, allowOlder) {
  if (mine?.committedAt === void 0) {
    return {
      kind: "unknown",
      notice: `This commit's time is unknown (no push event payload, no git history in the workspace): the "never an older build" check is skipped.`
    };
  }
  if (live?.committedAt === void 0) return { kind: "go" };
  if (Date.parse(mine.committedAt) >= Date.parse(live.committedAt) || allowOlder) return { kind: "go" };
  return {
    kind: "older",
    reason: `${target} holds a newer build: commit ${name(live)} (committed ${live.committedAt}${live.runUrl ? `, deployed by ${live.runUrl}` : ""}) is newer than this run's commit ${name(mine)} (committed ${mine.committedAt}). Nothing was written. To deploy this older commit on purpose (a rollback), set allow-older: true.`
  };
}
function name(origin) {
  return origin.commit?.slice(0, 12) ?? "of unknown id";
}

// src/core/immutable-guard.ts
var NAMED_KEYS = 10;
function isImmutable(cacheControl) {
  return (cacheControl ?? "").split(",").some((directive) => directive.trim().toLowerCase() === "immutable");
}
function immutableChanges(uploads, remote, manifest) {
  const changes = [];
  for (const step of uploads) {
    if (step.reason !== "content changed" || !isImmutable(step.headers.cacheControl)) continue;
    const stored = byKey2(remote).get(step.key);
    const entry = manifest.get(step.file.rel);
    const trusted = stored !== void 0 && entry !== void 0 && entry.etag === stored.etag && entry.size === stored.size;
    const sameHeaders = trusted && entry.headers === headersDigest(step.headers);
    changes.push({ key: step.key, certainty: sameHeaders ? "known" : "possible" });
  }
  return changes;
}
var FIX = "give the file a content-hashed name (app.3f9c2b.js), or change its cache rule so it is not immutable";
function immutableError(keys2) {
  const named2 = keys2.slice(0, NAMED_KEYS).join(", ");
  const more = keys2.length > NAMED_KEYS ? `, and ${keys2.length - NAMED_KEYS} more` : "";
  return `${keys2.length} file(s) served with Cache-Control "immutable" changed content under the same name: browsers that cached them would keep the old copy for up to their max-age (often a year). Nothing was written. To fix it, ${FIX}; or set allow-immutable-changes: true to deploy anyway. ${named2}${more}`;
}
function immutableWarning(change) {
  return change.certainty === "known" ? `${change.key}: served with Cache-Control "immutable", its content changed under the same name; browsers that cached it keep the old copy until its max-age runs out. Next time, ${FIX}.` : `${change.key}: its content changed and it is served with Cache-Control "immutable"; whether the stored copy was immutable too is unknown (it was not recorded with these headers), so browsers may keep the old copy. To be safe, ${FIX}.`;
}

// src/flows/owed-record.ts
function owedKey(prefix) {
  return keyFor(prefix, OWED_NAME);
}
function owedLedger(store, { prefix, statePrefix, owedTo, dryRun }) {
  const key = owedKey(statePrefix ?? prefix);
  const listed = key.startsWith(prefix);
  let owed = NOTHING_OWED;
  const write = async (next) => {
    const previous = owed;
    owed = next;
    if (dryRun || next === previous) return owed;
    if (next.size === 0) await store.deleteObjects([key]);
    else await store.putObject(key, encodeOwed(next), RECORD_HEADERS);
    return owed;
  };
  return {
    async load(remote) {
      if (!listed || remote.some((object) => object.key === key)) owed = decodeOwed(await store.getObject(key));
      return owed;
    },
    record: (plannedKeys) => write(owe(owed, owedTo, plannedKeys)),
    keysFor: (distributionId, changedKeys) => keysOwedTo(owed, distributionId, changedKeys),
    async settle() {
      if (owedTo.some((id) => owed.has(id))) await write(settle(owed, owedTo));
    },
    othersOwed: () => [...owed.keys()].filter((id) => !owedTo.includes(id))
  };
}

// src/flows/plan-inputs.ts
function startRemoteReads(store, prefix, statePrefix = prefix) {
  const read = handledLater(store.readObject(manifestKey(statePrefix)));
  const decoded = read.then((found) => ({ etag: found?.etag, ...decodeManifestFile(found?.body) }));
  const manifest = handledLater(decoded.then((file) => file.manifest));
  const live = handledLater(decoded.then(({ etag, origin }) => ({ etag, origin })));
  const splitAfter = handledLater(manifest.then((recorded) => listSplitPoints(expectedKeys(recorded, prefix))));
  const remote = handledLater(store.list(prefix, splitAfter));
  return { manifest, remote, live };
}
function handledLater(promise) {
  promise.catch(() => void 0);
  return promise;
}
function recordsRemovedFile(manifest, scanned) {
  let recorded = 0;
  for (const entry of manifest.values()) if (entry.removedSince === void 0) recorded++;
  let walked = 0;
  for (const file of scanned) {
    const entry = manifest.get(file.rel);
    if (entry !== void 0 && entry.removedSince === void 0) walked++;
  }
  return recorded > walked;
}
function expectedKeys(manifest, prefix) {
  return [...manifest.keys()].map((rel) => keyFor(prefix, rel));
}
async function gatherPlanInputs(options, deps) {
  const { source } = deps;
  const { prefix } = options;
  const { manifest: manifestP, remote: remoteP } = deps.remoteReads;
  try {
    const md5Too = handledLater(manifestP.then((manifest2) => manifest2.size === 0));
    await new Promise((resolve2) => setImmediate(resolve2));
    const scanned = await source.scan(
      options.sourceDir,
      { include: options.include, exclude: options.exclude },
      md5Too
    );
    const recorded = await manifestP;
    const early = md5sNeededAnyway(scanned, recorded);
    const earlyMd5s = handledLater(source.md5(early));
    if (early.length > 0 || options.deleteRemoved === true && recordsRemovedFile(recorded, scanned))
      deps.onChangeSeen?.();
    const [manifest, remote] = await Promise.all([manifestP, remoteP]);
    const known = { remote, manifest, prefix };
    const md5Of = /* @__PURE__ */ new Map();
    const note = (list2, digests2) => {
      for (const [i, file] of list2.entries()) md5Of.set(file, digests2[i]);
    };
    note(early, await earlyMd5s);
    const needed = md5sNeeded(scanned, known);
    const rest = needed.filter((file) => !md5Of.has(file));
    if (rest.length > 0) note(rest, await source.md5(rest));
    const files = withMd5(
      scanned,
      known,
      needed.map((file) => md5Of.get(file))
    );
    return { files, remote, manifest };
  } finally {
    source.close();
  }
}

// src/core/redirects.ts
var REDIRECT_STATUSES = [301, 302, 307, 308];
var REDIRECT_FORMAT = 'expected "FROM TO [STATUS]", for example "/old/ /new/ 301"';
function parseRedirects(text3) {
  const rules = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  text3.replace(/^\uFEFF/, "").split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    try {
      const rule = parseLine(line, index + 1);
      const earlier = seen.get(rule.from);
      if (earlier !== void 0)
        throw new RuleSyntaxError(index + 1, `"${rule.from}" is already redirected on line ${earlier}`);
      seen.set(rule.from, rule.line);
      rules.push(rule);
    } catch (error2) {
      if (!(error2 instanceof RuleSyntaxError)) throw error2;
      problems.push(error2);
    }
  });
  throwFirst(problems);
  return rules;
}
function throwFirst(problems) {
  const [first, ...more] = problems;
  if (first === void 0) return;
  if (more.length === 0) throw first;
  const lines2 = more.slice(0, 10).map((problem) => problem.line);
  const etc = more.length > lines2.length ? ", \u2026" : "";
  throw new RuleSyntaxError(first.line, `${first.reason} (lines ${lines2.join(", ")}${etc} have problems too)`);
}
function parseLine(text3, line) {
  const fail2 = (reason) => {
    throw new RuleSyntaxError(line, reason);
  };
  const fields = text3.split(/\s+/);
  const [from = "", to = "", statusField] = fields;
  if (fields.length < 2) fail2(`("${text3}"): ${REDIRECT_FORMAT}`);
  if (fields.length > 3) {
    fail2(`"${fields[3]}": only FROM TO [STATUS] is supported (no query parameters, conditions or headers)`);
  }
  const { path: path10, splat } = parseSource(from, fail2);
  if (!/^(\/|https?:\/\/)/.test(to)) fail2(`target "${to}" must start with /, http:// or https://`);
  const problem = headerValueProblem(to);
  if (problem !== void 0) fail2(`target "${to}": ${problem}; percent-encode it`);
  if (!splat && to.includes(":splat")) fail2(`target "${to}" uses :splat but "${from}" has no trailing *`);
  if (!splat && to === from) fail2(`"${from}" redirects to itself`);
  const { status, force } = parseStatus(statusField, fail2);
  return { line, from, path: path10, splat, to, status, force };
}
function parseSource(from, fail2) {
  if (!from.startsWith("/")) fail2(`source "${from}" must be a path starting with /`);
  const splat = from.endsWith("*");
  const written = splat ? from.slice(0, -1) : from;
  if (written.includes("*")) fail2(`source "${from}": * may only stand last (a splat, as in /blog/*)`);
  if (/[?#]/.test(written)) fail2(`source "${from}": query strings and fragments are not matched; give the path only`);
  const segments = written.slice(1).split("/");
  if (segments.some((segment) => segment.startsWith(":"))) {
    fail2(`source "${from}": placeholders like :name are not supported; only a trailing * (splat)`);
  }
  let path10 = "";
  try {
    path10 = decodeURIComponent(written);
  } catch {
    fail2(`source "${from}" holds a malformed %-escape`);
  }
  const inner = path10.slice(1).split("/").slice(0, -1);
  if (inner.some((segment) => segment === "" || segment === "." || segment === "..") || /\/\.{1,2}$/.test(path10)) {
    fail2(`source "${from}" has an empty, "." or ".." segment`);
  }
  return { path: path10, splat };
}
function parseStatus(field, fail2) {
  if (field === void 0) return { status: 301, force: false };
  const match2 = /^(\d{3})(!?)$/.exec(field);
  if (match2 === null) fail2(`"${field}" is not a status: expected 301, 302, 307 or 308, optionally followed by !`);
  const code = Number(match2[1]);
  const status = REDIRECT_STATUSES.find((known) => known === code);
  if (status === void 0) {
    fail2(
      code === 200 ? "status 200 is a rewrite, not a redirect: not supported" : `status ${code} is not a redirect: expected 301, 302, 307 or 308`
    );
  }
  return { status, force: match2[2] === "!" };
}

// src/core/redirect-objects.ts
var MAX_LOCATION_BYTES = 2048;
function websiteRedirects(rules, site) {
  const problems = [];
  const objects = [];
  const skipped = [];
  const replaced = /* @__PURE__ */ new Set();
  const lineOf = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const problem = websiteProblem(rule, site.indexDocument);
    if (problem !== void 0) {
      problems.push(new RuleSyntaxError(rule.line, problem));
      continue;
    }
    const rel = keyOf(rule.path, site.indexDocument);
    const earlier = lineOf.get(rel);
    if (earlier !== void 0) {
      problems.push(new RuleSyntaxError(rule.line, `"${rule.from}" is the key ${rel}, as on line ${earlier}`));
      continue;
    }
    lineOf.set(rel, rule.line);
    const served = servingFiles(rule.path, rel, site.indexDocument).find((file) => site.files.has(file));
    if (served !== void 0 && !rule.force) {
      skipped.push({ rule, file: served });
      continue;
    }
    if (site.files.has(rel)) replaced.add(rel);
    objects.push({ rel, location: rule.to, line: rule.line });
  }
  throwFirst(problems);
  return { objects, skipped, replaced };
}
function websiteProblem(rule, indexDocument) {
  if (rule.splat) {
    return `"${rule.from}" is a splat: S3 website redirects can only redirect exact paths (splats need release-store)`;
  }
  if (rule.status !== 301) {
    return `status ${rule.status}: S3 website redirects always answer 301; write 301 (or no status) to accept that`;
  }
  if (rule.path.endsWith("/") && indexDocument === "") {
    return `"${rule.from}" ends in /: keying it needs index-document`;
  }
  if (Buffer.byteLength(rule.to) > MAX_LOCATION_BYTES) {
    return `target is ${Buffer.byteLength(rule.to)} bytes long; S3 allows ${MAX_LOCATION_BYTES}`;
  }
  return void 0;
}
function keyOf(path10, indexDocument) {
  const rel = path10.slice(1);
  return rel === "" || rel.endsWith("/") ? rel + indexDocument : rel;
}
function servingFiles(path10, rel, indexDocument) {
  const isDirectory2 = path10.endsWith("/");
  return isDirectory2 || indexDocument === "" ? [rel] : [rel, `${rel}/${indexDocument}`];
}
function websiteRedirectsWarning(count) {
  return `redirects-file: ${count} redirect(s) are zero-byte objects with x-amz-website-redirect-location. Only an S3 website endpoint answers them (with a 301); behind a REST or OAC origin they download as empty files.`;
}
function skippedRedirectsNotice(skipped) {
  const named2 = skipped.slice(0, 5).map(({ rule, file }) => `line ${rule.line} (${rule.from}: the site has ${file})`).join("; ");
  const more = skipped.length > 5 ? `; and ${skipped.length - 5} more` : "";
  return `redirects-file: ${skipped.length} rule(s) skipped, the site's file wins: ${named2}${more}. Add ! after the status (301!) to replace the file with the redirect.`;
}

// src/flows/redirects.ts
async function readRedirectRules(source, sourceDir, redirects) {
  const text3 = await source.readText(sourceDir, redirects.file);
  return named(redirects, () => parseRedirects(text3));
}
function withWebsiteRedirects(rules, files, redirects, log) {
  const site = { files: new Set(files.map((file) => file.rel)), indexDocument: redirects.indexDocument };
  const planned = named(redirects, () => websiteRedirects(rules, site));
  if (planned.skipped.length > 0) log.info(skippedRedirectsNotice(planned.skipped));
  if (planned.objects.length > 0) log.warning(websiteRedirectsWarning(planned.objects.length));
  return { files: files.filter((file) => !planned.replaced.has(file.rel)), redirects: planned.objects };
}
function named(redirects, work) {
  try {
    return work();
  } catch (error2) {
    if (!(error2 instanceof RuleSyntaxError)) throw error2;
    throw new PlanError(`redirects-file ${redirects.file}: ${error2.message}; nothing was written`);
  }
}

// src/flows/deploy-plan.ts
function planWrites(plan) {
  return plan.uploads.length + plan.deletes.length > 0;
}
async function planSiteDeploy(options, deps, reads, now, onChangeSeen) {
  const { log } = deps;
  const { redirects } = options;
  const rules = redirects && await readRedirectRules(deps.source, options.sourceDir, redirects);
  const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
  const gathered = await gatherPlanInputs(
    { ...options, exclude, deleteRemoved: options.deleteRemoved && rules === void 0 },
    { source: deps.source, remoteReads: reads, onChangeSeen }
  );
  const { remote, manifest } = gathered;
  const site = rules && redirects ? withWebsiteRedirects(rules, gathered.files, redirects, log) : void 0;
  const files = site?.files ?? gathered.files;
  const live = await reads.live;
  const earlier = await deps.owed.load(remote);
  const plan = planDeploy({
    files,
    ...site && { redirects: site.redirects },
    remote,
    manifest,
    prefix: options.prefix,
    headersFor: (rel) => headersFor(rel, options.headerRules),
    deleteRemoved: options.deleteRemoved,
    ...options.uploadLast !== void 0 && { uploadLast: options.uploadLast },
    removal: { preserve: options.preserve ?? [], graceMs: options.deleteGraceMs ?? 0, now }
  });
  refuseInvalidKeys(
    plan.uploads.map((step) => step.key),
    "nothing was uploaded"
  );
  guardImmutable(plan, remote, manifest, options.allowImmutableChanges ?? false, log);
  checkDeleteLimit(plan, options.maxDeletes, options.target);
  if (planWrites(plan)) guardOrder(options, live, log);
  const statePrefix = options.statePrefix ?? options.prefix;
  const ours = /* @__PURE__ */ new Set([manifestKey(statePrefix), owedKey(statePrefix), lockKey(statePrefix)]);
  const remoteCount = remote.filter((o) => !ours.has(o.key)).length;
  log.info(describePlan(plan, files.length, remoteCount));
  for (const line of planDetailLines(plan, earlier, options.dryRun)) log.info(line);
  return { plan, remote, manifest, live, localCount: files.length, remoteCount, earlier };
}
function guardOrder(options, live, log) {
  const verdict = judgeOrder(options.origin, live.origin, options.target, options.allowOlder ?? false);
  if (verdict.kind === "older") throw new PlanError(verdict.reason);
  if (verdict.kind === "unknown") log.info(verdict.notice);
}
function guardImmutable(plan, remote, manifest, allow, log) {
  const changes = immutableChanges(plan.uploads, remote, manifest);
  const known = changes.filter((change) => change.certainty === "known");
  if (known.length > 0 && !allow) throw new PlanError(immutableError(known.map((change) => change.key)));
  for (const change of changes) log.warning(immutableWarning(change));
}

// src/flows/deploy.ts
var UploadFailedError = class extends Error {
  constructor(failures, uploadedCount) {
    const first = failures[0];
    const detail = first === void 0 ? "" : `: ${first.key}: ${errorMessage(first.error)}`;
    super(
      `${failures.length} upload(s) failed${detail}. ${uploadedCount} object(s) were uploaded; nothing was deleted. Re-running the deploy finishes the job.`
    );
    this.failures = failures;
    this.uploadedCount = uploadedCount;
  }
  failures;
  uploadedCount;
  name = "UploadFailedError";
};
async function deploy(options, deps) {
  const started = deps.clock.now();
  const { log, store } = deps;
  const statePrefix = options.statePrefix ?? options.prefix;
  const freshReads = () => startRemoteReads(store, options.prefix, statePrefix);
  const lock = options.dryRun ? void 0 : deps.lock;
  let locked;
  const takeLock = (held) => locked ??= held.acquire().then(async (guarded) => ({
    guarded,
    etag: guarded ? await liveEtag(store, manifestKey(statePrefix)) : void 0
  }));
  const onChangeSeen = lock && (() => void takeLock(lock).catch(() => void 0));
  const reads = deps.remoteReads ?? freshReads();
  let planned = await log.group("Plan", () => planSiteDeploy(options, deps, reads, started, onChangeSeen));
  if (lock !== void 0 && planWrites(planned.plan)) {
    const { guarded, etag } = await takeLock(lock);
    if (guarded && etag !== planned.live.etag) {
      log.info("Another deploy changed the site since this run listed it: planning again from a fresh listing.");
      planned = await log.group("Plan again", () => planSiteDeploy(options, deps, freshReads(), deps.clock.now()));
    }
  }
  const { plan, remote, manifest, live, localCount, remoteCount, earlier } = planned;
  const owed = await deps.owed.record([...plan.uploads, ...plan.deletes].map((step) => step.key));
  const tags = servedTags(manifest, remote, options.prefix, [...earlier.values()].flat());
  const finish = (done) => ({
    ...siteResult(plan, done, {
      target: options.target,
      localCount,
      remoteCount,
      durationMs: deps.clock.now() - started
    }),
    owed,
    ...tags.size > 0 && { servedTags: tags }
  });
  if (options.dryRun) return finish("dry run");
  const writes = plan.uploads.map((step) => ({ key: step.key, size: step.file.size }));
  const sweep = writes.length > 0 ? store.abortStaleUploads(options.prefix, 0, writes) : void 0;
  const uploadedEtags = /* @__PURE__ */ new Map();
  const uploaded = [];
  const onUploaded = (step, etag) => {
    uploadedEtags.set(step.key, etag);
    uploaded.push(step);
    log.info(`uploaded  ${step.key}  (${uploadDetail(step)})`);
  };
  const failures = plan.uploads.length === 0 ? [] : await log.group("Upload", () => upload(plan.phases, options.concurrency, deps, onUploaded));
  await sweep;
  const deleted = [];
  let failure;
  try {
    if (failures.length > 0) throw new UploadFailedError(failures, uploaded.length);
    if (plan.deletes.length > 0) {
      await log.group("Delete", async () => {
        const keys2 = plan.deletes.map((step) => step.key);
        await store.deleteObjects(keys2);
        deleted.push(...keys2);
        for (const step of plan.deletes) log.info(`deleted  ${step.key}  (${step.reason})`);
      });
    }
  } catch (error2) {
    failure = error2;
  }
  const run2 = {
    plan,
    previous: manifest,
    remote,
    prefix: options.prefix,
    uploaded: uploadedEtags,
    deleted: new Set(deleted)
  };
  try {
    await saveManifest(store, statePrefix, run2, { etag: live.etag, origin: options.origin });
  } catch (error2) {
    if (failure === void 0) throw error2;
    log.warning(`Could not record the deploy manifest either: ${errorMessage(error2)}`);
  }
  if (failure !== void 0) throw failure;
  return finish({ uploaded, deleted });
}
async function upload(phases, concurrency, deps, onUploaded) {
  const steps = phases.flatMap((phase) => phase.steps);
  const progress = {
    filesDone: 0,
    filesTotal: steps.length,
    bytesDone: 0,
    bytesTotal: steps.reduce((s, x) => s + x.file.size, 0)
  };
  for (const phase of phases) {
    const failures = await runPool(phase.steps, concurrency, async (step) => {
      const etag = step.redirect ? await deps.store.putObject(step.key, Buffer.alloc(0), step.headers) : await deps.store.uploadFile(step.key, step.file, step.headers, (bytes) => {
        progress.bytesDone += bytes;
      });
      progress.filesDone += 1;
      onUploaded(step, etag);
      deps.log.progress("upload", progress);
    });
    if (failures.length > 0) return failures.map(({ item, error: error2 }) => ({ key: item.key, error: error2 }));
  }
  return [];
}
async function saveManifest(store, statePrefix, run2, { etag, origin }) {
  const next = nextManifest(run2);
  if (sameManifest(run2.previous, next)) return;
  const key = manifestKey(statePrefix);
  const body = encodeManifest(next, { origin });
  try {
    await store.putObject(key, body, RECORD_HEADERS, etag === void 0 ? { ifNoneMatch: "*" } : { ifMatch: etag });
  } catch (error2) {
    if (store.isConditionUnsupported(error2)) return void await store.putObject(key, body, RECORD_HEADERS);
    if (!store.isConditionFailed(error2)) throw error2;
    if ((await store.readObject(key))?.body.equals(body)) return;
    throw new Error(
      `another deploy recorded ${key} while this one ran, so this run's record was not written over it. Run the deploy again: it plans against what is there now.`
    );
  }
}
async function liveEtag(store, key) {
  const found = await store.list(key);
  return found.find((object) => object.key === key)?.etag;
}

// src/shell/failure.ts
function failedKeyLines(error2) {
  if (!(error2 instanceof UploadFailedError)) return [];
  return error2.failures.slice(0, 10).map(({ key, error: cause }) => `${key}: ${errorMessage(cause)}`);
}

// src/util/optional.ts
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match2 = regex.exec(string);
  while (match2) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match2[0].length;
    const len = match2.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match2[index]);
    }
    matches.push(allmatches);
    match2 = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match2 = regexName.exec(string);
  return !(match2 === null || typeof match2 === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name2 = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name2;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines2 = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines2.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines2[lines2.length - 1].length + 1
  };
}
function getPositionFromMatch(match2) {
  return match2.startIndex + match2[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name2) {
  if (name2[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name2}"`);
  }
  for (const ch of name2) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name2}"`);
    }
  }
  return name2;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name2, value, context) {
    if (!hook) return true;
    const action = hook(name2, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name2};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name2, value, "external")) {
        filtered[name2] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name2, value, "input")) {
        filtered[name2] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name2) {
    if (name2 in this._inputMap) return { value: this._inputMap[name2], tier: LIMIT_TIER_EXTERNAL };
    if (name2 in this._externalMap) return { value: this._externalMap[name2], tier: LIMIT_TIER_EXTERNAL };
    if (name2 in this._baseMap) return { value: this._baseMap[name2], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name2) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name2)) {
    return "__" + name2;
  }
  return name2;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name: name2 } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name2);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name2, xmlVersion) {
  if (qName(name2, { xmlVersion }))
    return name2;
  else
    throw new Error(`Invalid entity name ${name2}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match2 = numRegex.exec(trimmedStr);
    if (match2) {
      const sign2 = match2[1] || "";
      const leadingZeros = match2[2];
      let numTrimmedByZeros = trimZeros(match2[3]);
      const decimalAdjacentToLeadingZeros = sign2 ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign2}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign2 + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign2 + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign2 = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign2 ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth2 = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth2)) this._wildcardByDepth.set(depth2, []);
      this._wildcardByDepth.get(depth2).push(expression);
    } else {
      const key = `${depth2}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth2 = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey2 = `${depth2}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey2);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth2);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path10 = this._matcher.path;
    return path10.length > 0 ? path10[path10.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path10 = this._matcher.path;
    return path10.length > 0 ? path10[path10.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path10 = this._matcher.path;
    if (path10.length === 0) return void 0;
    return path10[path10.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path10 = this._matcher.path;
    if (path10.length === 0) return false;
    const current = path10[path10.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path10 = this._matcher.path;
    if (path10.length === 0) return -1;
    return path10[path10.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path10 = this._matcher.path;
    if (path10.length === 0) return -1;
    return path10[path10.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth2 = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name2 = keep[i];
        if (attrValues[name2] !== void 0) {
          this._keptAttrs.push({ depth: depth2, name: name2, value: attrValues[name2] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep5 = separator || this.separator;
    const isDefault = sep5 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep5);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep5);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep4 = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep4}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep4}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep4}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep4}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep4}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep4}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep4}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep4}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep4}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep4}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match2, hex, dec, name2) => {
    if (name2 !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name2) ? NAMED[name2] : match2;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match2;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  const label = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list2 of lists) {
    if (matchList(value, list2) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name2, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match2) {
  return match2[3] !== void 0 ? match2[3] : match2[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep5 = exp.search(/\s/);
            const name2 = sep5 === -1 ? exp : exp.substring(0, sep5);
            if (name2 === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name2, options) {
  if (criticalProperties.includes(name2)) {
    throw new Error(`[SECURITY] Invalid name: "${name2}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name2)) {
    return options.onDangerousProperty(name2);
  }
  return name2;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text3;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text3 === void 0) text3 = tagObj[property];
      else text3 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text3 === "string") {
    if (text3.length > 0) compressedObj[options.textNodeName] = text3;
  } else if (text3 !== void 0) compressedObj[options.textNodeName] = text3;
  return compressedObj;
}
function propName(obj) {
  const keys2 = Object.keys(obj);
  for (let i = 0; i < keys2.length; i++) {
    const key = keys2[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys2 = Object.keys(attrMap);
    const len = keys2.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys2[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// src/aws/xml.ts
var REPEATED = /* @__PURE__ */ new Set([
  "Contents",
  "CommonPrefixes",
  "Deleted",
  "Error",
  "Part",
  "Upload",
  "Object",
  "Bucket",
  "Item",
  "InvalidationSummary",
  "DistributionSummary"
]);
var parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  // Without this, numeric character references (&#13;, legal XML that S3 sends) stay undecoded.
  htmlEntities: true,
  isArray: (name2, _path, _isLeaf, isAttribute) => !isAttribute && REPEATED.has(name2)
});
function parseXml2(xml) {
  const text3 = typeof xml === "string" ? xml : xml.toString("utf8");
  const parsed = parser.parse(text3);
  return isNode(parsed) ? parsed : {};
}
function isNode(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function child2(node, name2) {
  if (!isNode(node)) return void 0;
  const value = node[name2];
  if (Array.isArray(value)) return value.find(isNode);
  return isNode(value) ? value : void 0;
}
function children(node, name2) {
  if (!isNode(node)) return [];
  const value = node[name2];
  const list2 = Array.isArray(value) ? value : value === void 0 ? [] : [value];
  return list2.filter(isNode);
}
function text(node, name2) {
  if (!isNode(node)) return void 0;
  const value = node[name2];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (isNode(first) && typeof first["#text"] === "string") return first["#text"];
  if (isNode(first) && Object.keys(first).length === 0) return "";
  return void 0;
}
var XML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
function escapeXml(value) {
  return value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c).replace(/\r/g, "&#13;");
}

// src/aws/errors.ts
var AwsError = class extends Error {
  code;
  constructor(message, fields, options) {
    super(message, options);
    this.name = "AwsError";
    this.code = fields.code;
    for (const name2 of FIELD_NAMES) {
      if (fields[name2] !== void 0) Object.assign(this, { [name2]: fields[name2] });
    }
  }
};
var FIELD_NAMES = [
  "status",
  "serverMessage",
  "requestId",
  "region",
  "serverTime",
  "bucket",
  "key",
  "resource",
  "proxy"
];
var STATUS_CODES = {
  301: "PermanentRedirect",
  307: "TemporaryRedirect",
  400: "BadRequest",
  403: "Forbidden",
  404: "NotFound",
  429: "TooManyRequests",
  500: "InternalError",
  503: "ServiceUnavailable"
};
function header(headers, name2) {
  const value = headers[name2];
  return Array.isArray(value) ? value[0] : value;
}
function errorFromResponse(status, headers, body) {
  const json = jsonError(headers, body);
  let node;
  let envelope;
  if (body.length > 0 && body.subarray(0, 200).toString("utf8").includes("<")) {
    try {
      const doc = parseXml2(body);
      envelope = child2(doc, "ErrorResponse");
      node = child2(doc, "Error") ?? child2(envelope, "Error");
    } catch {
    }
  }
  const date = header(headers, "date");
  const serverTime = date === void 0 ? void 0 : Date.parse(date);
  const fields = {
    code: text(node, "Code") ?? json.code ?? header(headers, "x-amz-error-code") ?? STATUS_CODES[status] ?? `Http${status}`,
    status,
    ...optional("serverMessage", text(node, "Message") ?? json.message),
    ...optional(
      "requestId",
      text(node, "RequestId") ?? text(envelope, "RequestId") ?? header(headers, "x-amz-request-id") ?? header(headers, "x-amzn-requestid")
    ),
    ...optional("region", header(headers, "x-amz-bucket-region") ?? text(node, "Region")),
    ...optional("serverTime", serverTime !== void 0 && Number.isFinite(serverTime) ? serverTime : void 0),
    ...optional("bucket", text(node, "BucketName")),
    ...optional("key", text(node, "Key"))
  };
  return new AwsError(
    `${fields.code} (HTTP ${status})${fields.serverMessage ? `: ${fields.serverMessage}` : ""}`,
    fields
  );
}
function jsonError(headers, body) {
  let document = {};
  if (body.length > 0 && body.subarray(0, 1).toString("utf8") === "{") {
    try {
      const parsed = JSON.parse(body.toString("utf8"));
      if (typeof parsed === "object" && parsed !== null) document = parsed;
    } catch {
    }
  }
  const field = (name2) => typeof document[name2] === "string" ? document[name2] : void 0;
  const type = header(headers, "x-amzn-errortype") ?? field("__type") ?? field("code");
  const code = type?.split(":")[0]?.split("#").pop();
  return { ...optional("code", code || void 0), ...optional("message", field("Message") ?? field("message")) };
}
var CREDENTIAL_CODES = /* @__PURE__ */ new Set([
  "InvalidAccessKeyId",
  "InvalidClientTokenId",
  "UnrecognizedClientException",
  "SignatureDoesNotMatch",
  "InvalidSignatureException",
  "IncompleteSignature",
  "MissingAuthenticationToken",
  "ExpiredToken",
  "InvalidToken",
  "TokenRefreshRequired"
]);
var CREDENTIALS_ADVICE = "the AWS credentials were rejected. Check the access key id, secret access key and session token (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, or the role assumed through OIDC), and that they have not expired.";
var UNREACHABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ECONNRESET",
  "ETIMEDOUT"
]);
function unreachableAdvice(endpoint, variable, source) {
  const { proxy } = source;
  const detail = source.serverMessage ?? source.code;
  if (proxy !== void 0) {
    return `could not reach ${endpoint} through the proxy ${proxy} (${detail}). Check that proxy (or NO_PROXY), and the network.`;
  }
  return `could not reach ${endpoint} (${detail}). Check ${variable} / AWS_ENDPOINT_URL if set, the region, and the network.`;
}
function viaProxy(error2, proxy) {
  if (proxy === void 0 || error2 instanceof AwsError && error2.status !== void 0) return error2;
  const code = errorCode(error2);
  if (code === void 0) return error2;
  return new AwsError(errorMessage(error2), { code, serverMessage: errorMessage(error2), proxy }, { cause: error2 });
}
function failureFields(error2) {
  return error2 instanceof AwsError ? error2 : { code: errorCode(error2) ?? "UnknownError", serverMessage: errorMessage(error2) };
}
function explainedError(what, source, advice, fields, options) {
  const status = source.status === void 0 ? "" : `, HTTP ${source.status}`;
  const requestId = source.requestId === void 0 ? "" : ` (request id ${source.requestId})`;
  return new AwsError(
    `${what} failed with ${source.code}${status}: ${advice}${requestId}`,
    { ...source, ...fields },
    options
  );
}

// src/aws/proxy.ts
var import_node_http = __toESM(require_http(), 1);
var import_node_https = __toESM(require_https(), 1);
function createAgents(concurrency, env = {}) {
  const base = { keepAlive: true, maxSockets: Math.max(1, concurrency) };
  const direct = { "http:": new import_node_http.default.Agent(base), "https:": new import_node_https.default.Agent(base) };
  const tunnels = /* @__PURE__ */ new Map();
  return {
    routeTo(endpoint) {
      const proxy = proxyFor(env, endpoint);
      if (proxy === void 0) return { agent: direct[endpoint.protocol] };
      const via = `${proxy.protocol}//${proxy.host} (${variableFor(endpoint)})`;
      if (endpoint.protocol === "http:")
        return { agent: direct[proxy.protocol === "https:" ? "https:" : "http:"], forwardProxy: proxy, via };
      let tunnel = tunnels.get(proxy.href);
      if (tunnel === void 0) {
        tunnel = new import_node_https.default.Agent({ ...base, proxyEnv: { HTTPS_PROXY: proxy.href } });
        tunnels.set(proxy.href, tunnel);
      }
      return { agent: tunnel, via };
    },
    destroy() {
      for (const agent of [direct["http:"], direct["https:"], ...tunnels.values()]) agent.destroy();
    }
  };
}
function proxyFor(env, endpoint) {
  const pick = (name3) => env[name3.toLowerCase()] || env[name3] || void 0;
  const name2 = variableFor(endpoint);
  const value = pick(name2);
  if (value === void 0 || bypassed(pick("NO_PROXY") ?? "", endpoint)) return void 0;
  try {
    return new URL(value.includes("://") ? value : `http://${value}`);
  } catch {
    throw new Error(`${name2} is set, but not to a URL such as http://proxy.example.com:3128`);
  }
}
function variableFor(endpoint) {
  return endpoint.protocol === "https:" ? "HTTPS_PROXY" : "HTTP_PROXY";
}
function bypassed(noProxy, endpoint) {
  const host = endpoint.hostname.toLowerCase();
  const port = endpoint.port ?? (endpoint.protocol === "https:" ? 443 : 80);
  return noProxy.split(/[\s,]+/).filter((entry) => entry !== "").some((entry) => {
    if (entry === "*") return true;
    const match2 = /^\[?([^\]]*?)\]?(?::(\d+))?$/.exec(entry.toLowerCase());
    if (match2 === null || match2[2] !== void 0 && Number(match2[2]) !== port) return false;
    const name2 = (match2[1] ?? "").replace(/^\*?\./, "");
    return name2 !== "" && (host === name2 || host.endsWith(`.${name2}`));
  });
}

// src/aws/retry.ts
var standardRetryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 100,
  throttleBaseDelayMs: 500,
  maxBackoffMs: 2e4
};
var persistentRetryPolicy = {
  ...standardRetryPolicy,
  maxAttempts: 10,
  maxElapsedMs: 12e4
};
var THROTTLE_CODES = /* @__PURE__ */ new Set([
  "SlowDown",
  "Throttling",
  "ThrottlingException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "ProvisionedThroughputExceededException",
  "RequestThrottled",
  "RequestThrottledException",
  "BandwidthLimitExceeded",
  "TooManyRequests"
]);
var CONNECTION_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ESOCKETTIMEDOUT", "EAI_AGAIN"]);
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "RequestTimeout",
  "RequestTimeoutException",
  "InternalError",
  "ServiceUnavailable",
  ...CONNECTION_CODES
]);
var CLOCK_SKEW_CODES = /* @__PURE__ */ new Set(["RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture"]);
var FATAL_CODES = /* @__PURE__ */ new Set([
  "AccessDenied",
  "InvalidAccessKeyId",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "InvalidToken",
  "NoSuchBucket",
  "NoSuchDistribution",
  // 501: the server lacks the feature (s3rver has no ListMultipartUploads); no attempt will find it.
  "NotImplemented"
]);
function classifyFailure(error2) {
  const code = errorCode(error2);
  const status = error2 instanceof AwsError ? error2.status : void 0;
  if (code !== void 0 && FATAL_CODES.has(code)) return "fatal";
  if (code !== void 0 && CLOCK_SKEW_CODES.has(code)) {
    return error2 instanceof AwsError && error2.serverTime !== void 0 ? "clockSkew" : "fatal";
  }
  if (code !== void 0 && THROTTLE_CODES.has(code) || status === 429) return "throttle";
  if (code !== void 0 && TRANSIENT_CODES.has(code)) return "transient";
  if (status !== void 0 && status >= 500) return "transient";
  if (status !== void 0 && status >= 200 && status < 300) return "transient";
  return "fatal";
}
function isConnectionFailure(error2) {
  const code = errorCode(error2);
  return code !== void 0 && CONNECTION_CODES.has(code) && !(error2 instanceof AwsError && error2.status !== void 0);
}
function backoffDelayMs(retry, kind, random, policy = standardRetryPolicy) {
  const base = kind === "throttle" ? policy.throttleBaseDelayMs : policy.baseDelayMs;
  const ceiling = Math.min(policy.maxBackoffMs, base * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
var SigningClock = class {
  constructor(clock) {
    this.clock = clock;
  }
  clock;
  offsetMs = 0;
  now() {
    return new Date(this.clock.now() + this.offsetMs);
  }
  /** Adopts the server's time (from its Date header) as the signing time from now on. */
  correctTo(serverTime) {
    this.offsetMs = serverTime - this.clock.now();
  }
};
async function withRetries(attempt, options) {
  const { clock, signal, quota } = options;
  const policy = options.policy ?? standardRetryPolicy;
  const random = options.random ?? Math.random;
  const maxElapsed = policy.maxElapsedMs === void 0 ? Infinity : clock.now() + policy.maxElapsedMs;
  const deadline = Math.min(options.deadline ?? Infinity, maxElapsed);
  let spent = 0;
  for (let attemptNumber = 1; ; attemptNumber++) {
    signal?.throwIfAborted();
    try {
      const result = await attempt(attemptNumber);
      quota?.succeeded(spent);
      return result;
    } catch (error2) {
      const kind = (options.classify ?? classifyFailure)(error2);
      if (kind === "fatal" || attemptNumber >= policy.maxAttempts || signal?.aborted === true) throw error2;
      let delayMs = 0;
      if (kind === "clockSkew") {
        if (options.signingClock === void 0 || !(error2 instanceof AwsError) || error2.serverTime === void 0)
          throw error2;
        options.signingClock.correctTo(error2.serverTime);
      } else {
        delayMs = backoffDelayMs(attemptNumber, kind, random, policy);
        if (clock.now() + delayMs > deadline) throw error2;
        const cost = quota?.take(isConnectionFailure(error2));
        if (cost === void 0 && quota !== void 0) throw error2;
        spent += cost ?? 0;
      }
      await options.onRetry?.({ retry: attemptNumber, maxRetries: policy.maxAttempts - 1, kind, delayMs, error: error2 });
      if (kind !== "clockSkew") await clock.sleep(delayMs, signal);
    }
  }
}
function describeRetry(label, event) {
  const code = errorCode(event.error) ?? "UnknownError";
  const status = event.error instanceof AwsError && event.error.status !== void 0 ? ` (HTTP ${event.error.status})` : "";
  const when = event.kind === "clockSkew" ? "at once with the server's time" : `in ${event.delayMs} ms`;
  return `${label}: ${code}${status}, retry ${event.retry} of ${event.maxRetries} ${when}`;
}

// src/aws/retry-quota.ts
var RetryQuota = class {
  constructor(capacity = 500, retryCost = 5, connectionRetryCost = 10, successIncrement = 1) {
    this.capacity = capacity;
    this.retryCost = retryCost;
    this.connectionRetryCost = connectionRetryCost;
    this.successIncrement = successIncrement;
    this.tokens = capacity;
  }
  capacity;
  retryCost;
  connectionRetryCost;
  successIncrement;
  tokens;
  /** The tokens a retry costs, taken from the bucket; undefined when the bucket cannot afford it. */
  take(afterConnectionFailure) {
    const cost = afterConnectionFailure ? this.connectionRetryCost : this.retryCost;
    if (this.tokens < cost) return void 0;
    this.tokens -= cost;
    return cost;
  }
  /** A request succeeded after spending `spent` tokens on its retries. */
  succeeded(spent) {
    this.tokens = Math.min(this.capacity, this.tokens + (spent > 0 ? spent : this.successIncrement));
  }
};

// src/aws/sign.ts
var import_node_crypto2 = __toESM(require_crypto(), 1);
var import_aws4 = __toESM(require_aws4(), 1);

// src/aws/encode.ts
function encodeRfc3986(value) {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
}
function encodeKeyPath(key) {
  return key.split("/").map(encodeRfc3986).join("/");
}
function encodeQuery(query) {
  return Object.entries(query).map(([name2, value]) => `${encodeRfc3986(name2)}=${encodeRfc3986(value)}`).join("&");
}
function decodeUrlEncodedKey(value) {
  return decodeURIComponent(value.replace(/\+/g, " "));
}

// src/aws/sign.ts
var EMPTY_SHA256 = (0, import_node_crypto2.createHash)("sha256").update("").digest("hex");
function signRequest(request, credentials, at) {
  const headers = lowerCased(request.headers, request.endpoint);
  headers["x-amz-date"] = amzDate(at);
  const body = request.body;
  if (Buffer.isBuffer(body)) {
    headers["content-length"] = String(body.length);
    headers["x-amz-content-sha256"] ??= (0, import_node_crypto2.createHash)("sha256").update(body).digest("hex");
  } else if (body !== void 0) {
    if (headers["content-length"] === void 0) throw new Error("a streamed body needs a content-length header");
    headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";
  } else {
    headers["x-amz-content-sha256"] ??= EMPTY_SHA256;
  }
  const query = request.query === void 0 ? "" : encodeQuery(request.query);
  const toSign = {
    service: request.service,
    region: request.region,
    method: request.method,
    host: hostOf(request.endpoint),
    path: query === "" ? request.path : `${request.path}?${query}`,
    headers,
    // aws4 leaves Range unsigned by default; S3's documented vectors sign it.
    extraHeadersToInclude: { range: true }
  };
  const signed = import_aws4.default.sign(toSign, {
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    ...credentials.sessionToken === void 0 ? {} : { sessionToken: credentials.sessionToken }
  });
  const signedHeaders = {};
  for (const [name2, value] of Object.entries(signed.headers ?? {})) {
    if (value !== void 0) signedHeaders[name2] = String(value);
  }
  return { path: signed.path ?? request.path, headers: signedHeaders };
}
function unsignedRequest(request) {
  const headers = lowerCased(request.headers, request.endpoint);
  if (request.body !== void 0) headers["content-length"] = String(request.body.length);
  const query = request.query === void 0 ? "" : encodeQuery(request.query);
  return { path: query === "" ? request.path : `${request.path}?${query}`, headers };
}
function lowerCased(given, endpoint) {
  const headers = {};
  for (const [name2, value] of Object.entries(given ?? {})) headers[name2.toLowerCase()] = value;
  headers["host"] = hostOf(endpoint);
  return headers;
}
function hostOf(endpoint) {
  return endpoint.port === void 0 ? endpoint.hostname : `${endpoint.hostname}:${endpoint.port}`;
}
function amzDate(at) {
  return at.toISOString().replace(/[:-]|\.\d{3}/g, "");
}

// src/aws/sigv4a.ts
var import_node_crypto3 = __toESM(require_crypto(), 1);
var import_aws42 = __toESM(require_aws4(), 1);
var SIGV4A_ALGORITHM = "AWS4-ECDSA-P256-SHA256";
var N_MINUS_2 = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc63254fn;
var MAX_COUNTER = 254;
var keys = /* @__PURE__ */ new WeakMap();
function deriveSigV4AKey(credentials) {
  const secret = Buffer.from(`AWS4A${credentials.secretAccessKey}`, "utf8");
  for (let counter = 1; counter <= MAX_COUNTER; counter++) {
    const fixedInput = Buffer.concat([
      uint32(1),
      Buffer.from(SIGV4A_ALGORITHM, "utf8"),
      Buffer.of(0),
      Buffer.from(credentials.accessKeyId, "utf8"),
      Buffer.of(counter),
      uint32(256)
    ]);
    const candidate = BigInt(`0x${(0, import_node_crypto3.createHmac)("sha256", secret).update(fixedInput).digest("hex")}`);
    if (candidate <= N_MINUS_2) return privateKeyOf(candidate + 1n);
  }
  throw new Error("no SigV4A key could be derived from these credentials");
}
function uint32(value) {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}
function privateKeyOf(d) {
  const scalar = Buffer.from(d.toString(16).padStart(64, "0"), "hex");
  const ecdh = (0, import_node_crypto3.createECDH)("prime256v1");
  ecdh.setPrivateKey(scalar);
  const point = ecdh.getPublicKey();
  return (0, import_node_crypto3.createPrivateKey)({
    format: "jwk",
    key: {
      kty: "EC",
      crv: "P-256",
      d: scalar.toString("base64url"),
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33, 65).toString("base64url")
    }
  });
}
function keyFor2(credentials) {
  let key = keys.get(credentials);
  if (key === void 0) {
    key = deriveSigV4AKey(credentials);
    keys.set(credentials, key);
  }
  return key;
}
function signRequestV4A(request, credentials, at, options = {}) {
  const headers = lowerCased(request.headers, request.endpoint);
  const datetime = amzDate(at);
  headers["x-amz-date"] = datetime;
  headers["x-amz-region-set"] = request.region;
  if (credentials.sessionToken !== void 0) headers["x-amz-security-token"] = credentials.sessionToken;
  const body = request.body;
  const signBody = options.signedBodyHeader ?? request.service === "s3";
  if (Buffer.isBuffer(body)) {
    headers["content-length"] = String(body.length);
    if (signBody) headers["x-amz-content-sha256"] = (0, import_node_crypto3.createHash)("sha256").update(body).digest("hex");
  } else if (body !== void 0) {
    if (headers["content-length"] === void 0) throw new Error("a streamed body needs a content-length header");
    headers["x-amz-content-sha256"] = "UNSIGNED-PAYLOAD";
  } else if (signBody) {
    headers["x-amz-content-sha256"] = EMPTY_SHA256;
  }
  const signer = new import_aws42.default.RequestSigner(
    {
      service: request.service,
      region: request.region,
      method: request.method,
      host: hostOf(request.endpoint),
      headers,
      ...Buffer.isBuffer(body) ? { body } : {},
      doNotModifyHeaders: true,
      extraHeadersToInclude: { range: true }
    },
    credentials
  );
  signer.parsedPath = { path: request.path, query: { ...request.query } };
  signer.datetime = datetime;
  const canonicalRequest = signer.canonicalString();
  const scope = `${datetime.slice(0, 8)}/${request.service}/aws4_request`;
  const stringToSign = [
    SIGV4A_ALGORITHM,
    datetime,
    scope,
    (0, import_node_crypto3.createHash)("sha256").update(canonicalRequest, "utf8").digest("hex")
  ].join("\n");
  const signature = (0, import_node_crypto3.sign)("sha256", Buffer.from(stringToSign, "utf8"), keyFor2(credentials)).toString("hex");
  headers["authorization"] = `${SIGV4A_ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, SignedHeaders=${signer.signedHeaders()}, Signature=${signature}`;
  const query = request.query === void 0 ? "" : encodeQuery(request.query);
  return {
    wire: { path: query === "" ? request.path : `${request.path}?${query}`, headers },
    canonicalRequest,
    stringToSign
  };
}

// src/aws/wire.ts
var import_node_http2 = __toESM(require_http(), 1);
var import_node_https2 = __toESM(require_https(), 1);
function exchange(request, wire, route, timeoutMs) {
  const { endpoint } = request;
  const proxy = route.forwardProxy;
  const target = proxy === void 0 ? {
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    port: endpoint.port ?? null,
    path: wire.path,
    headers: wire.headers
  } : {
    protocol: proxy.protocol,
    hostname: proxy.hostname.replace(/^\[|\]$/g, ""),
    port: proxy.port === "" ? null : Number(proxy.port),
    path: `${endpoint.protocol}//${wire.headers["host"] ?? endpoint.hostname}${wire.path}`,
    headers: { ...wire.headers, ...proxyAuthorization(proxy) }
  };
  const send = target.protocol === "https:" ? import_node_https2.default.request : import_node_http2.default.request;
  return new Promise((resolve2, reject) => {
    let stream;
    const req = send(
      {
        ...target,
        method: request.method,
        agent: route.agent,
        ...request.signal === void 0 ? {} : { signal: request.signal }
      },
      (res) => {
        const body2 = bodyCollector(request.method, res.headers["content-length"]);
        res.on("data", body2.add);
        res.on("end", () => {
          stream?.destroy();
          resolve2({ status: res.statusCode ?? 0, headers: res.headers, body: body2.bytes() });
        });
        res.on("error", reject);
      }
    );
    req.setTimeout(timeoutMs, () => {
      req.destroy(Object.assign(new Error(`no response activity for ${timeoutMs} ms`), { code: "ETIMEDOUT" }));
    });
    req.on("error", reject);
    const body = request.body;
    if (body === void 0) {
      req.end();
    } else if (Buffer.isBuffer(body)) {
      req.end(body);
    } else {
      const source = body();
      stream = source;
      source.on("error", (error2) => req.destroy(error2));
      req.on("error", () => source.destroy());
      source.pipe(req);
    }
  });
}
var PREALLOCATE_FROM = 64 << 10;
var PREALLOCATE_UP_TO = 256 << 20;
function bodyCollector(method, contentLength) {
  const length = Number(contentLength);
  if (method !== "HEAD" && Number.isSafeInteger(length) && length >= PREALLOCATE_FROM && length <= PREALLOCATE_UP_TO) {
    const whole2 = Buffer.allocUnsafe(length);
    let filled = 0;
    return {
      add: (chunk) => {
        filled += chunk.copy(whole2, filled);
      },
      bytes: () => whole2.subarray(0, filled)
    };
  }
  const chunks = [];
  return {
    add: (chunk) => {
      chunks.push(chunk);
    },
    bytes: () => Buffer.concat(chunks)
  };
}
function proxyAuthorization(proxy) {
  if (proxy.username === "") return {};
  const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
  return { "proxy-authorization": `Basic ${Buffer.from(credentials).toString("base64")}` };
}
function okOrThrow(request, response) {
  const failed = response.status < 200 || response.status >= 300 || request.errorIn200 === true && startsWithErrorDocument(response.body);
  if (failed) throw errorFromResponse(response.status, response.headers, response.body);
  return response;
}
function startsWithErrorDocument(body) {
  if (!body.subarray(0, 512).toString("utf8").includes("<Error")) return false;
  try {
    return parseXml2(body)["Error"] !== void 0;
  } catch {
    return false;
  }
}

// src/aws/http.ts
function createHttpClient(options) {
  return clientOf(
    {
      options,
      agents: createAgents(options.concurrency, options.proxyEnv),
      signingClock: new SigningClock(options.clock),
      quota: new RetryQuota(),
      closing: new AbortController()
    },
    options.credentials
  );
}
function clientOf(shared, credentials) {
  const { options, agents, signingClock } = shared;
  const timeoutMs = options.timeoutMs ?? 6e4;
  const sendWithRetries = (request, once) => {
    const policies = options.retryPolicies ?? { standard: standardRetryPolicy, persistent: persistentRetryPolicy };
    return withRetries(once, {
      clock: options.clock,
      policy: request.idempotent === true ? policies.persistent : policies.standard,
      classify: request.classify,
      signal: request.signal === void 0 ? shared.closing.signal : AbortSignal.any([request.signal, shared.closing.signal]),
      quota: shared.quota,
      signingClock,
      random: options.random,
      onRetry: async (event) => {
        (options.log ?? silentLog).info(describeRetry(request.label ?? `${request.method} ${request.path}`, event));
        await request.onRetry?.(event);
      }
    });
  };
  const exchangeVia = async (request, wire) => {
    const route = agents.routeTo(request.endpoint);
    try {
      return await exchange(request, wire, route, request.idleTimeoutMs ?? timeoutMs);
    } catch (error2) {
      throw viaProxy(error2, route.via);
    }
  };
  return {
    clock: options.clock,
    concurrency: Math.max(1, options.concurrency),
    async send(request) {
      if (credentials === void 0) throw new Error("this HTTP client has no credentials to sign with");
      return sendWithRetries(request, async () => {
        const at = signingClock.now();
        const wire = request.signing === "sigv4a" ? signRequestV4A(request, credentials, at).wire : signRequest(request, credentials, at);
        return okOrThrow(request, await exchangeVia(request, wire));
      });
    },
    sendUnsigned(request) {
      return sendWithRetries(
        request,
        async () => okOrThrow(request, await exchangeVia(request, unsignedRequest(request)))
      );
    },
    withCredentials: (other) => clientOf(shared, other),
    close: () => {
      shared.closing.abort(new Error("the HTTP client was closed"));
      agents.destroy();
    }
  };
}

// src/core/invalidation-batches.ts
var import_node_crypto4 = __toESM(require_crypto(), 1);
var MAX_PATHS_PER_BATCH = 1e3;
var CLOUDFRONT_INVALIDATION_LIMITS = { filePaths: 3e3, wildcardPaths: 15 };
function chunkPaths(paths, maxPerBatch = MAX_PATHS_PER_BATCH, maxWildcardsPerBatch = CLOUDFRONT_INVALIDATION_LIMITS.wildcardPaths) {
  if (!Number.isInteger(maxPerBatch) || maxPerBatch < 1)
    throw new Error(`maxPerBatch must be \u2265 1, got ${maxPerBatch}.`);
  if (!Number.isInteger(maxWildcardsPerBatch) || maxWildcardsPerBatch < 1) {
    throw new Error(`maxWildcardsPerBatch must be \u2265 1, got ${maxWildcardsPerBatch}.`);
  }
  const batches = [];
  let batch = [];
  let wildcards = 0;
  for (const path10 of paths) {
    const wild = isWildcard(path10);
    if (batch.length === maxPerBatch || wild && wildcards === maxWildcardsPerBatch) {
      batches.push(batch);
      batch = [];
      wildcards = 0;
    }
    batch.push(path10);
    if (wild) wildcards++;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
function callerReference(parts) {
  const digest = (0, import_node_crypto4.createHash)("sha256").update(JSON.stringify([parts.distributionId, parts.batchIndex, parts.paths])).digest("hex").slice(0, 32);
  return `scd-${referencePart(parts.runId)}-${referencePart(parts.runAttempt)}-${digest}`;
}
function referencePart(value) {
  return (value.replace(/[^A-Za-z0-9_]/g, "_") || "_").slice(0, 40);
}
function loadOf(paths) {
  const wildcardPaths = paths.filter(isWildcard).length;
  return { filePaths: paths.length - wildcardPaths, wildcardPaths };
}
function fitsInProgress(batch, inProgress, limits = CLOUDFRONT_INVALIDATION_LIMITS) {
  const used = sumLoads(inProgress);
  return used.filePaths + batch.filePaths <= limits.filePaths && used.wildcardPaths + batch.wildcardPaths <= limits.wildcardPaths;
}
function batchesThatFitNow(pending, inProgress, limits = CLOUDFRONT_INVALIDATION_LIMITS) {
  const first = pending[0];
  if (first !== void 0 && !fitsInProgress(first, [], limits)) {
    throw new Error(
      `An invalidation batch of ${first.filePaths} file paths and ${first.wildcardPaths} wildcard paths can never run: CloudFront allows ${limits.filePaths} file paths and ${limits.wildcardPaths} wildcard paths in progress.`
    );
  }
  const running = [...inProgress];
  let count = 0;
  for (const batch of pending) {
    if (!fitsInProgress(batch, running, limits)) break;
    running.push(batch);
    count++;
  }
  return count;
}
function sumLoads(loads) {
  let filePaths = 0;
  let wildcardPaths = 0;
  for (const load of loads) {
    filePaths += load.filePaths;
    wildcardPaths += load.wildcardPaths;
  }
  return { filePaths, wildcardPaths };
}

// src/core/invalidation-plan.ts
function planInvalidation(target, input) {
  const { distributionId, originPath } = target;
  const options = { originPath, indexDocument: input.indexDocument };
  const keyPaths = pathsForKeys(input.changedKeys, options);
  const explicitTags = input.explicitPaths.filter(isTagItem);
  const explicit = input.explicitPaths.filter((path10) => !isTagItem(path10));
  const all = [...keyPaths, ...explicit];
  const unique = collapsePaths(all, Math.max(1, all.length));
  const budget = Math.max(1, (input.maxPaths ?? unique.length + explicitTags.length) - explicitTags.length);
  const chosen = unique.length > budget && input.servedTags !== void 0 && input.servedTags.size > 0 ? preferTags({
    keyPaths: new Map(input.changedKeys.map((key) => [key, pathsForKeys([key], options)])),
    fixed: explicit,
    served: input.servedTags,
    budget
  }) : { tags: [], paths: unique };
  const rest = collapsePaths(chosen.paths, Math.max(1, chosen.paths.length));
  const pathBudget = Math.max(1, budget - chosen.tags.length);
  const tagItems = [.../* @__PURE__ */ new Set([...explicitTags, ...chosen.tags.map((choice) => `#${choice.tag}`)])];
  const paths = [...rest.length > pathBudget ? collapsePaths(rest, pathBudget) : rest, ...tagItems];
  const batches = chunkPaths(paths).map((batchPaths, index) => ({
    number: index + 1,
    paths: batchPaths,
    reference: callerReference({ ...input.run, distributionId, batchIndex: index, paths: batchPaths }),
    load: loadOf(batchPaths)
  }));
  return {
    distributionId,
    originPath,
    paths,
    pathsBeforeCollapse: unique.length + explicitTags.length,
    tags: chosen.tags,
    changedKeys: input.changedKeys.length,
    unservedKeys: input.changedKeys.filter((key) => relBelowOrigin(key, originPath) === void 0).length,
    batches
  };
}

// src/flows/cache-tag-names.ts
function withCacheTagNames(deploy3, targets, log) {
  const rules = deploy3.headerRules;
  if (rules.cacheTags === void 0 || rules.cacheTags.length === 0) return deploy3;
  if (deploy3.cacheTagHeader !== void 0) {
    const name2 = tagMetadataName(deploy3.cacheTagHeader, "cache-tag-header");
    return { ...deploy3, headerRules: { ...rules, cacheTagNames: [name2] } };
  }
  const headers = /* @__PURE__ */ new Set();
  for (const target of targets) {
    if (target.cacheTagHeader !== void 0) headers.add(target.cacheTagHeader);
    else if (targets.length > 1) {
      log.warning(`${target.distributionId} has no CacheTagConfig: it cannot invalidate by the cache tags stored.`);
    }
  }
  if (headers.size === 0) {
    throw new Error(
      'Input "cache-tags": no distribution read has a CacheTagConfig to name the header the tags go in. Add CacheTagConfig (HeaderName x-amz-meta-cache-tag, say) to the distribution, or set cache-tag-header (needed anyway with origin-path or without distribution-id).'
    );
  }
  const names = [
    ...new Set([...headers].map((header2) => tagMetadataName(header2, `the distribution's CacheTagConfig`)))
  ];
  return { ...deploy3, headerRules: { ...rules, cacheTagNames: names } };
}

// src/flows/deploy-lock.ts
var import_node_crypto5 = __toESM(require_crypto(), 1);
var LockReleasedError = class extends Error {
  name = "LockReleasedError";
  constructor(key) {
    super(`the deploy lock ${key} was released while this run waited for it`);
  }
};
function deployLock(store, options, deps) {
  const { key, holder, timeoutMs } = options;
  const { clock, log } = deps;
  const token = (0, import_node_crypto5.randomUUID)();
  let etag;
  let takenAt = 0;
  let lost = false;
  const stop = new AbortController();
  let refreshing;
  let acquiring;
  const put = async (condition) => {
    if (etag === void 0) takenAt = clock.now();
    try {
      etag = await store.putObject(
        key,
        encodeLock(lockRecord(holder, token, takenAt, clock.now())),
        RECORD_HEADERS,
        condition
      );
      return "taken";
    } catch (error2) {
      if (store.isConditionFailed(error2)) return "held";
      if (store.isConditionUnsupported(error2)) return "unsupported";
      throw error2;
    }
  };
  const unguarded = () => {
    log.warning(
      `The bucket's server does not honour conditional writes (If-None-Match), so the deploy lock ${key} cannot work: this deploy runs unguarded against another one at the same time. Use a workflow concurrency group.`
    );
    return false;
  };
  const hold = () => {
    refreshing = refresh();
    return true;
  };
  const refresh = async () => {
    for (; ; ) {
      try {
        await clock.sleep(LOCK_REFRESH_MS, stop.signal);
      } catch {
        return;
      }
      try {
        if (await put({ ifMatch: etag ?? "" }) !== "held") continue;
        const found = await store.readObject(key);
        if (found !== void 0 && decodeLock(found.body)?.token === token) {
          etag = found.etag;
          continue;
        }
        lost = true;
        log.warning(`The deploy lock ${key} was taken over by another run that found it expired.`);
        return;
      } catch (error2) {
        log.warning(`Could not refresh the deploy lock ${key} (trying again): ${errorMessage(error2)}`);
      }
    }
  };
  const acquire = async () => {
    const started = clock.now();
    let announced = false;
    let vanished = 0;
    for (; ; ) {
      if (stop.signal.aborted) throw new LockReleasedError(key);
      const answer = await put({ ifNoneMatch: "*" });
      if (answer === "unsupported") return unguarded();
      if (answer === "taken") {
        if (options.conditionalWritesKnown === true) return hold();
        const probe = await put({ ifNoneMatch: "*" });
        return probe === "held" ? hold() : unguarded();
      }
      const found = await store.readObject(key);
      if (found === void 0) {
        vanished += 1;
        if (vanished >= 3) return unguarded();
        continue;
      }
      const record = decodeLock(found.body);
      const verdict = judgeLock(record, { holder, token }, clock.now());
      if (verdict === "mine") {
        etag = found.etag;
        return hold();
      }
      const who = record === void 0 ? "an unreadable lock" : describeHolder(record.holder);
      if (verdict === "take") {
        log.info(
          `Taking over the deploy lock ${key} from ${who}: it expired, or belongs to an earlier attempt of this run.`
        );
        const over = await put({ ifMatch: found.etag });
        if (over === "taken") return hold();
        if (over === "unsupported") return unguarded();
        continue;
      }
      const waited = clock.now() - started;
      if (!announced) {
        announced = true;
        log.info(
          `Another deploy holds the deploy lock ${key}: ${who}. Waiting for it (up to ${Math.round(timeoutMs / 1e3)} s, lock-timeout).`
        );
      }
      if (waited >= timeoutMs) {
        throw new PlanError(
          `another deploy to this prefix is running: ${who} holds the deploy lock ${key} (refreshed until ${record?.expiresAt}). Nothing was written after waiting ${Math.round(waited / 1e3)} s (lock-timeout). Run again once it finished, or raise lock-timeout; a lock left by a killed run expires by itself.`
        );
      }
      await clock.sleep(Math.min(LOCK_POLL_MS, timeoutMs - waited), stop.signal).catch(() => void 0);
    }
  };
  return {
    acquire() {
      acquiring ??= acquire();
      return acquiring;
    },
    async release() {
      stop.abort();
      await acquiring?.catch(() => void 0);
      await refreshing;
      if (etag === void 0 || lost) return;
      try {
        await store.deleteObjects([key]);
      } catch (error2) {
        log.warning(`Could not delete the deploy lock ${key}; it expires by itself: ${errorMessage(error2)}`);
      }
    }
  };
}

// src/flows/invalidate.ts
var DEFAULT_POLL_DELAYS = { firstMs: 2500, maxMs: 3e4 };
async function invalidate(plans, options, deps) {
  for (const note of plans.flatMap(planNotes)) deps.log[note.level](note.text);
  if (options.dryRun) {
    for (const line of plans.flatMap(wouldInvalidateLines)) deps.log.info(line);
    return plans.map(({ distributionId, paths, tags }) => ({
      distributionId,
      paths,
      invalidationIds: [],
      status: "None",
      ...tags.length > 0 && { tags }
    }));
  }
  const stop = new AbortController();
  const ctx = {
    options,
    deps,
    deadline: deps.clock.now() + options.waitTimeoutMs,
    delays: deps.pollDelays ?? DEFAULT_POLL_DELAYS,
    limits: deps.limits ?? CLOUDFRONT_INVALIDATION_LIMITS,
    signal: stop.signal
  };
  let failure;
  const settled = await Promise.allSettled(
    plans.map(
      (plan) => runDistribution(plan, ctx).catch((error2) => {
        if (!(error2 instanceof InvalidationTimeoutError) && failure === void 0) {
          failure = error2;
          stop.abort(error2);
        }
        throw error2;
      })
    )
  );
  if (failure !== void 0) throw failure;
  const timeouts = settled.flatMap(
    (s) => s.status === "rejected" && s.reason instanceof InvalidationTimeoutError ? [s.reason] : []
  );
  if (timeouts.length > 0)
    throw new InvalidationTimeoutError(
      timeouts.flatMap((t) => t.unfinished),
      options.waitTimeoutMs
    );
  return settled.flatMap((s) => s.status === "fulfilled" ? [s.value] : []);
}
async function runDistribution(plan, ctx) {
  const { distributionId } = plan;
  const batches = plan.batches.map((batch) => ({ ...batch }));
  if (batches.length === 0) ctx.deps.log.info(`${distributionId}: nothing to invalidate.`);
  const pending = [...batches];
  const running = [];
  const progress = { distributionId, total: batches.length, pending, running };
  const capacityDelay = backoff(ctx.delays);
  while (pending.length > 0) {
    let room = batchesThatFitNow(
      pending.map((b) => b.load),
      running.map((b) => b.load),
      ctx.limits
    );
    while (room > 0 && pending[0] !== void 0) {
      const batch = pending[0];
      const created = await submitBatch(distributionId, batch, batches.length, ctx);
      if (created === "no-capacity") break;
      batch.id = created.id;
      pending.shift();
      room--;
      if (created.status !== "Completed") running.push(batch);
      ctx.deps.log.info(
        `${distributionId}: batch ${batch.number} of ${batches.length} (${batch.paths.length} paths) is invalidation ${created.id} (${created.status}).`
      );
    }
    if (pending.length === 0) break;
    ctx.deps.log.info(
      `${distributionId}: ${pending.length} batch(es) wait for earlier invalidations to finish (CloudFront limits the paths in progress per distribution).`
    );
    await pollUntil("one finished", progress, ctx, capacityDelay);
  }
  if (ctx.options.wait) await pollUntil("all finished", progress, ctx);
  return {
    distributionId,
    paths: plan.paths,
    invalidationIds: batches.map((b) => b.id ?? ""),
    status: batches.length === 0 ? "None" : running.length === 0 ? "Completed" : "InProgress",
    ...plan.tags.length > 0 && { tags: plan.tags }
  };
}
async function pollUntil(goal, progress, ctx, nextDelay = backoff(ctx.delays)) {
  const { distributionId, running } = progress;
  const { clock, log } = ctx.deps;
  const startCount = running.length;
  const finished = () => goal === "all finished" ? running.length === 0 : running.length < startCount || startCount === 0;
  if (goal === "all finished" && finished()) return;
  do {
    ctx.signal.throwIfAborted();
    const left = ctx.deadline - clock.now();
    if (left <= 0) throw timeout(progress, ctx);
    await clock.sleep(Math.min(nextDelay(), left), ctx.signal);
    for (const batch of [...running]) {
      ctx.signal.throwIfAborted();
      const state = await pollOnce(distributionId, batch, ctx);
      if (state?.status === "Completed") running.splice(running.indexOf(batch), 1);
    }
    if (startCount > 0) {
      const done = progress.total - progress.pending.length - running.length;
      const waiting = running.map((b) => b.id).join(", ");
      log.info(
        `${distributionId}: ${done} of ${progress.total} invalidation(s) completed` + (waiting ? `; in progress: ${waiting}.` : ".")
      );
    }
  } while (!finished());
}
async function pollOnce(distributionId, batch, ctx) {
  try {
    return await ctx.deps.cdn.getInvalidation(distributionId, batch.id ?? "");
  } catch (error2) {
    if (!ctx.deps.cdn.isTransient(error2)) throw error2;
    ctx.deps.log.warning(
      `${distributionId}: checking invalidation ${batch.id} failed, will check again: ${errorMessage(error2)}`
    );
    return void 0;
  }
}
async function submitBatch(distributionId, batch, total, ctx) {
  const { cdn, clock, log } = ctx.deps;
  const nextDelay = backoff(ctx.delays);
  for (; ; ) {
    ctx.signal.throwIfAborted();
    try {
      return await cdn.createInvalidation(distributionId, batch.paths, batch.reference);
    } catch (error2) {
      if (errorCode(error2) === "TooManyInvalidationsInProgress") return "no-capacity";
      if (!cdn.isTransient(error2)) throw error2;
      const delay = nextDelay();
      if (clock.now() + delay > ctx.deadline) {
        throw new Error(
          `CloudFront CreateInvalidation for distribution ${distributionId} (batch ${batch.number} of ${total}) kept failing until the wait timeout ran out: ${errorMessage(error2)}`,
          { cause: error2 }
        );
      }
      log.warning(
        `${distributionId}: submitting batch ${batch.number} of ${total} failed, retrying in ${formatDelay(delay)} with the same CallerReference: ${errorMessage(error2)}`
      );
      await clock.sleep(delay, ctx.signal);
    }
  }
}
function timeout(progress, ctx) {
  const unfinished = {
    distributionId: progress.distributionId,
    inProgressIds: progress.running.map((b) => b.id ?? ""),
    unsubmittedBatches: progress.pending.length
  };
  return new InvalidationTimeoutError([unfinished], ctx.options.waitTimeoutMs);
}
function backoff({ firstMs, maxMs }) {
  let next = firstMs;
  return () => {
    const delay = next;
    next = Math.min(maxMs, Math.round(next * 1.5));
    return delay;
  };
}
function formatDelay(ms) {
  return ms >= 1e3 ? `${Math.round(ms / 1e3)} s` : `${ms} ms`;
}
var InvalidationTimeoutError = class extends Error {
  constructor(unfinished, timeoutMs) {
    const parts = unfinished.map(({ distributionId, inProgressIds, unsubmittedBatches }) => {
      const running = inProgressIds.length > 0 ? `${inProgressIds.join(", ")} still in progress` : "";
      const waiting = unsubmittedBatches > 0 ? `${unsubmittedBatches} batch(es) not submitted yet` : "";
      return `distribution ${distributionId}: ${[running, waiting].filter(Boolean).join("; ")}`;
    });
    super(
      `CloudFront invalidations did not finish within the wait timeout (${Math.round(timeoutMs / 1e3)} s): ${parts.join(". ")}. They keep running in CloudFront; raise the wait timeout or turn off waiting.`
    );
    this.unfinished = unfinished;
  }
  unfinished;
  name = "InvalidationTimeoutError";
};

// src/core/release-redirects.ts
var KVS_KEY_MAX_CHARS = 512;
var KVS_VALUE_MAX_CHARS = 1024;
var KVS_CHANGES_PER_UPDATE = 50;
function releaseRedirectKeys(rules, release) {
  const problems = [];
  const puts = /* @__PURE__ */ new Map();
  const skipped = [];
  const splatsIn = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const problem = storeProblem(rule);
    if (problem !== void 0) {
      problems.push(new RuleSyntaxError(rule.line, problem));
    } else if (rule.splat) {
      const covered = rule.force ? void 0 : [...release.files].find((rel) => `/${rel}`.startsWith(rule.path));
      if (covered !== void 0) {
        problems.push(new RuleSyntaxError(rule.line, splatOverFiles(rule, covered)));
        continue;
      }
      const folder = rule.path.slice(0, rule.path.lastIndexOf("/") + 1);
      splatsIn.set(folder, [...splatsIn.get(folder) ?? [], rule]);
    } else {
      const served = servedFile(rule.path);
      if (release.files.has(served) && !rule.force) skipped.push({ rule, file: served });
      else puts.set(exactKey(release, rule.path), `${rule.status} ${rule.to}`);
    }
  }
  for (const [folder, splats] of splatsIn) {
    const value = splats.map((rule) => ({ rule, rest: rule.path.slice(folder.length) })).sort((a, b) => b.rest.length - a.rest.length || a.rule.line - b.rule.line).map(({ rule, rest }) => `${rest}	${rule.status}	${rule.to}`).join("\n");
    const last = splats[splats.length - 1];
    problems.push(...sizeProblems(last, `the splats in ${folder}`, splatKey(release, folder), value));
    puts.set(splatKey(release, folder), value);
  }
  if (splatsIn.size > 0) {
    const depth2 = Math.max(...[...splatsIn.keys()].map((folder) => folder.split("/").length - 1));
    puts.set(splatFoldersKey(release), String(depth2));
  }
  for (const rule of rules.filter((rule2) => !rule2.splat)) {
    const key = exactKey(release, rule.path);
    const value = puts.get(key);
    if (value !== void 0) problems.push(...sizeProblems(rule, `"${rule.from}"`, key, value));
  }
  throwFirst(problems.sort((a, b) => a.line - b.line));
  return { puts, skipped };
}
function updateBatches(change) {
  const items = [
    ...[...change.puts ?? /* @__PURE__ */ new Map()].sort(([a], [b]) => a < b ? -1 : 1).map((put) => ({ put })),
    ...(change.deletes ?? []).map((key) => ({ delete: key }))
  ];
  const batches = [];
  for (let start = 0; start < items.length; start += KVS_CHANGES_PER_UPDATE) {
    const slice = items.slice(start, start + KVS_CHANGES_PER_UPDATE);
    const puts = Object.fromEntries(slice.flatMap((item) => "put" in item ? [item.put] : []));
    const deletes = slice.flatMap((item) => "delete" in item ? [item.delete] : []);
    batches.push({ ...Object.keys(puts).length > 0 && { puts }, ...deletes.length > 0 && { deletes } });
  }
  return batches;
}
function servedFile(path10) {
  if (path10.endsWith("/")) return `${path10.slice(1)}index.html`;
  const last = path10.slice(path10.lastIndexOf("/") + 1);
  return last.includes(".") ? path10.slice(1) : `${path10.slice(1)}/index.html`;
}
function exactKey(release, path10) {
  return `${release.name}:r:${release.id}:${path10}`;
}
function splatFoldersKey(release) {
  return `${release.name}:s:${release.id}`;
}
function splatKey(release, folder) {
  return `${splatFoldersKey(release)}:${folder}`;
}
function storeProblem(rule) {
  if (/[\t\n\r]/.test(rule.path)) return `source "${rule.from}" holds a tab or a line break`;
  return void 0;
}
function sizeProblems(rule, what, key, value) {
  if (key.length > KVS_KEY_MAX_CHARS) {
    return [
      new RuleSyntaxError(
        rule.line,
        `${what}: its store key is ${key.length} characters; the store allows ${KVS_KEY_MAX_CHARS}`
      )
    ];
  }
  if (value.length > KVS_VALUE_MAX_CHARS) {
    return [
      new RuleSyntaxError(
        rule.line,
        `${what}: the stored value is ${value.length} characters; the store allows ${KVS_VALUE_MAX_CHARS}`
      )
    ];
  }
  return [];
}
function splatOverFiles(rule, file) {
  return `splat "${rule.from}" covers files of the site (${file}); the edge cannot let a file win over a splat. Add ! after the status (301!) to redirect those paths too, or remove the files`;
}

// src/core/release-layers.ts
var LAYERED_RELEASES_MARKER = "// s3-cloudfront-deploy: layered-releases";
var MAX_LAYER_KEYS = 1e3;
var MAX_LAYER_SHARE = 0.2;
function servesLayers(code) {
  return code.split("\n").some((line) => line.trim() === LAYERED_RELEASES_MARKER);
}
function baseKey(name2, id) {
  return `${name2}:b:${id}`;
}
function folderKey(name2, id, rel) {
  return `${name2}:f:${id}:/${rel}`;
}
function planLayers(input) {
  const { name: name2, id, live } = input;
  const base = live.base?.id ?? live.id;
  const baseManifest = live.base?.manifest ?? live.manifest;
  const folderOf = (entry) => entry.folder ?? live.id;
  const uploads = [];
  const copies = [];
  const paths = /* @__PURE__ */ new Map();
  const served = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Set();
  for (const file of input.files) {
    present.add(file.rel);
    const headers = input.headersFor(file.rel);
    const digest = headersDigest(headers);
    const inBase = baseManifest.get(file.rel);
    const inLive = live.manifest.get(file.rel);
    if (inBase !== void 0 && sameContent(inBase, file) && inBase.headers === digest) {
      served.set(file.rel, { ...withoutRemoval(inBase), folder: base });
    } else if (inLive !== void 0 && sameContent(inLive, file) && inLive.headers === digest) {
      paths.set(file.rel, folderOf(inLive));
      served.set(file.rel, { ...withoutRemoval(inLive), folder: folderOf(inLive) });
    } else {
      paths.set(file.rel, id);
      const same = [inLive, inBase].find((entry) => entry !== void 0 && sameContent(entry, file));
      if (same !== void 0) {
        copies.push({ rel: file.rel, from: same === inLive ? folderOf(same) : base, headers, entry: same });
      } else {
        uploads.push({ file, headers, reason: inLive === void 0 ? "new" : "content changed" });
      }
    }
  }
  for (const [rel, entry] of live.manifest) {
    if (present.has(rel)) continue;
    const { removedSince } = input.removed(rel, entry);
    if (removedSince === void 0) continue;
    present.add(rel);
    served.set(rel, { ...entry, removedSince, folder: folderOf(entry) });
    if (folderOf(entry) !== base) paths.set(rel, folderOf(entry));
  }
  for (const rel of baseManifest.keys()) if (!present.has(rel)) paths.set(rel, id);
  const limit = Math.min(MAX_LAYER_KEYS, Math.floor(input.files.length * MAX_LAYER_SHARE));
  if (paths.size > limit) {
    return {
      layered: false,
      why: `${paths.size} path key(s) would be needed, over the limit of ${limit} (${MAX_LAYER_KEYS}, and ${MAX_LAYER_SHARE * 100}% of the site's ${input.files.length} files)`
    };
  }
  const keys2 = /* @__PURE__ */ new Map([[baseKey(name2, id), base]]);
  for (const [rel, folder] of paths) {
    const key = folderKey(name2, id, rel);
    if (key.length > KVS_KEY_MAX_CHARS) {
      return {
        layered: false,
        why: `the store key of ${rel} would be ${key.length} characters; the store allows ${KVS_KEY_MAX_CHARS}`
      };
    }
    keys2.set(key, folder);
  }
  return {
    layered: true,
    plan: { base, uploads, copies, keys: keys2, baseKey: baseKey(name2, id), pathKeys: paths.size, served }
  };
}
function withoutRemoval(entry) {
  if (entry.removedSince === void 0) return entry;
  const { removedSince: _, ...rest } = entry;
  return rest;
}
function sameContent(entry, file) {
  return entry.sha256 !== void 0 && entry.sha256 === file.sha256 && entry.size === file.size;
}

// src/core/release-setup.ts
function setupCommand(distributionId, storeArn) {
  const store = storeArn === void 0 ? "" : ` --release-store ${storeArn}`;
  return `npx s3-cloudfront-deploy setup-releases --distribution-id ${distributionId}${store}`;
}
function checkReleaseSetup(distributionId, storeArn, found) {
  const setup = `Set it up once with \`${setupCommand(distributionId, storeArn)}\` (or the CloudFormation template or Terraform snippet of the README, Atomic releases).`;
  if (found === void 0) {
    return {
      kind: "missing",
      message: `distribution ${distributionId} is not set up for releases: its default cache behaviour has no viewer-request function association, so nothing would read ${storeArn}. ${setup}`
    };
  }
  if (found.keyValueStoreArns.includes(storeArn)) return { kind: "ready", function: found };
  const stores = found.keyValueStoreArns.length === 0 ? "no KeyValueStore" : found.keyValueStoreArns.join(", ");
  return {
    kind: "other-function",
    function: found,
    message: `distribution ${distributionId} runs another viewer-request function, ${found.name}, associated with ${stores}, not with ${storeArn}: a release would switch a pointer nothing reads. Check release-store, or replace that function's association with the release function (${setup.slice(0, 1).toLowerCase()}${setup.slice(1)})`
  };
}
var ReleaseSetupError = class extends Error {
  name = "ReleaseSetupError";
};
function requireReleaseSetup(distributionId, storeArn, found) {
  const verdict = checkReleaseSetup(distributionId, storeArn, found);
  if (verdict.kind !== "ready") throw new ReleaseSetupError(verdict.message);
  return verdict.function;
}

// src/core/release-layout.ts
var RELEASES_FOLDER = "releases/";
var RELEASE_KEYS_NAME = ".s3-cloudfront-deploy-redirects.json";
var RELEASE_ID = /^[A-Za-z0-9._-]{1,128}$/;
function releaseIdProblem(id) {
  if (!RELEASE_ID.test(id)) return 'use 1 to 128 letters, digits, "-", "_" and "."';
  if (/^\.+$/.test(id)) return "an id of dots only would name a folder, not a release";
  return void 0;
}
function defaultReleaseId(env) {
  const sha = (env.sha ?? "").replace(/[^0-9a-f]/gi, "").slice(0, 7);
  if (sha === "") return `local-${new Date(env.now).toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;
  const run2 = (env.runNumber ?? "").replace(/\D/g, "");
  const attempt = (env.runAttempt ?? "").replace(/\D/g, "") || "1";
  return run2 === "" ? `${sha}-${attempt}` : `${sha}-${run2}.${attempt}`;
}
function pointerKeys(name2) {
  return { live: `${name2}:live`, previous: `${name2}:previous` };
}
function releasesPrefix(prefix) {
  return keyFor(prefix, RELEASES_FOLDER);
}
function releasePrefix(prefix, id) {
  return `${releasesPrefix(prefix)}${id}/`;
}
function releaseManifestKey(prefix, id) {
  return keyFor(releasePrefix(prefix, id), MANIFEST_NAME);
}
function releaseKeysKey(prefix, id) {
  return keyFor(releasePrefix(prefix, id), RELEASE_KEYS_NAME);
}
function releaseIdOf(prefix, key) {
  const rest = relFor(releasesPrefix(prefix), key);
  const slash = rest?.indexOf("/") ?? -1;
  return rest === void 0 || slash <= 0 ? void 0 : rest.slice(0, slash);
}

// src/core/release-plan.ts
function planRelease(input) {
  const { live } = input;
  if (input.layers === void 0 || live === void 0) return planFull(input);
  for (const file of input.files) refuseOwnRecordName(file.rel);
  const decision = planLayers({
    name: input.layers.name,
    id: input.id,
    files: input.files,
    live,
    headersFor: input.headersFor,
    removed: (rel, entry) => {
      const decision2 = graceDecision(rel, entry, input.now, input.graceMs);
      return decision2.delete ? {} : { removedSince: decision2.removedSince };
    }
  });
  if (!decision.layered) return { ...planFull(input), fullBecause: decision.why };
  const { plan } = decision;
  const target = releasePrefix(input.prefix, input.id);
  return {
    id: input.id,
    uploads: plan.uploads.map((step) => ({ ...step, key: keyFor(target, step.file.rel) })),
    copies: plan.copies.map((copy) => ({
      key: keyFor(target, copy.rel),
      sourceKey: keyFor(releasePrefix(input.prefix, copy.from), copy.rel),
      rel: copy.rel,
      headers: copy.headers,
      entry: copy.entry
    })),
    layers: { base: plan.base, keys: plan.keys, baseKey: plan.baseKey, pathKeys: plan.pathKeys, served: plan.served }
  };
}
function planFull(input) {
  const target = releasePrefix(input.prefix, input.id);
  const liveManifest = input.live?.manifest ?? /* @__PURE__ */ new Map();
  const source = (rel) => keyFor(releasePrefix(input.prefix, liveManifest.get(rel)?.folder ?? input.live?.id ?? ""), rel);
  const uploads = [];
  const copies = [];
  const local = /* @__PURE__ */ new Set();
  for (const file of input.files) {
    refuseOwnRecordName(file.rel);
    local.add(file.rel);
    const key = keyFor(target, file.rel);
    const headers = input.headersFor(file.rel);
    const entry = liveManifest.get(file.rel);
    if (entry !== void 0 && sameContent(entry, file)) {
      copies.push({ key, sourceKey: source(file.rel), rel: file.rel, headers, entry });
    } else {
      uploads.push({ key, file, headers, reason: entry === void 0 ? "new" : "content changed" });
    }
  }
  for (const [rel, entry] of liveManifest) {
    if (local.has(rel)) continue;
    const decision = graceDecision(rel, entry, input.now, input.graceMs);
    if (decision.delete) continue;
    const headers = input.headersFor(rel);
    const removedSince = decision.removedSince;
    copies.push({ key: keyFor(target, rel), sourceKey: source(rel), rel, headers, entry, removedSince });
  }
  return { id: input.id, uploads, copies };
}
function releaseMd5sNeeded(plan) {
  return plan.uploads.map((step) => step.file).filter((file) => file.md5 === void 0);
}
function releaseManifest(plan, uploaded, etags) {
  const manifest = /* @__PURE__ */ new Map();
  const etagOf2 = (key) => {
    const etag = etags.get(key);
    if (etag === void 0) throw new Error(`no ETag recorded for ${key}: the release is incomplete`);
    return etag;
  };
  for (const copy of plan.copies) {
    const { entry } = copy;
    const file = { rel: copy.rel, absPath: "", size: entry.size, md5: entry.md5, sha256: entry.sha256 ?? "" };
    const written = entryFor(file, copy.headers, etagOf2(copy.key));
    manifest.set(copy.rel, copy.removedSince === void 0 ? written : { ...written, removedSince: copy.removedSince });
  }
  for (const step of uploaded) manifest.set(step.file.rel, entryFor(step.file, step.headers, etagOf2(step.key)));
  for (const [rel, entry] of plan.layers?.served ?? []) manifest.set(rel, entry);
  return manifest;
}

// src/flows/release-redirects.ts
var MAX_ATTEMPTS = 5;
function planReleaseRedirects(rules, files, redirects, release, log) {
  const site = { ...release, files: new Set(files.map((file) => file.rel)) };
  const planned = named(redirects, () => releaseRedirectKeys(rules, site));
  if (planned.skipped.length > 0) log.info(skippedRedirectsNotice(planned.skipped));
  return planned.puts;
}
async function writeReleaseKeys(kvs, release, keys2, deps, what, last) {
  if (keys2.size === 0) return;
  const list2 = Buffer.from(`${JSON.stringify([...keys2.keys()])}
`);
  await deps.store.putObject(releaseKeysKey(release.prefix, release.id), list2, RECORD_HEADERS);
  const first = new Map([...keys2].filter(([key]) => key !== last));
  const final = last === void 0 ? void 0 : keys2.get(last);
  try {
    if (first.size > 0) await writeKeys(kvs, { puts: first }, deps.log);
    if (last !== void 0 && final !== void 0) await writeKeys(kvs, { puts: /* @__PURE__ */ new Map([[last, final]]) }, deps.log);
  } catch (error2) {
    throw new Error(
      `release ${release.id} is uploaded but not live: its ${what} keys could not all be written to ${kvs.name} (${errorMessage(error2)}). The site is unchanged; re-run the deploy (the keys written are deleted when the release is pruned).`
    );
  }
  deps.log.info(`${keys2.size} ${what} key(s) of release ${release.id} are in the store (not live before the switch).`);
}
async function deleteReleaseKeys(kvs, release, deps) {
  const body = await deps.store.getObject(releaseKeysKey(release.prefix, release.id));
  if (body === void 0) return;
  const keys2 = JSON.parse(body.toString("utf8"));
  if (!Array.isArray(keys2) || !keys2.every((key) => typeof key === "string")) {
    throw new Error(`${releaseKeysKey(release.prefix, release.id)} is not a list of keys`);
  }
  await writeKeys(kvs, { deletes: keys2 }, deps.log);
}
async function writeKeys(kvs, change, log) {
  let version = await kvs.version();
  for (const batch of updateBatches(change)) {
    for (let attempt = 1; ; attempt++) {
      try {
        version = await kvs.update(version, batch);
        break;
      } catch (error2) {
        if (!kvs.isConflict(error2) || attempt >= MAX_ATTEMPTS) throw error2;
        log.info(`The store changed since its version was read (attempt ${attempt}): writing the batch again.`);
        version = await kvs.version();
      }
    }
  }
}

// src/flows/release-planning.ts
async function planDeploy2(options, deps, started) {
  const { store, kvs, source, log } = deps;
  const { release, redirects } = options;
  const newManifestKey = releaseManifestKey(release.prefix, release.id);
  const rules = redirects && await readRedirectRules(source, options.sourceDir, redirects);
  const exclude = redirects ? [...options.exclude, literalGlob(redirects.file)] : options.exclude;
  const live = kvs.get(pointerKeys(release.name).live);
  const liveBody = live.then(
    (id) => id === void 0 ? void 0 : store.getObject(releaseManifestKey(release.prefix, id))
  );
  const [liveId, taken, body, files, gate, base] = await Promise.all([
    live,
    store.readObject(newManifestKey),
    liveBody,
    // Without a live release every file is uploaded: its MD5 is best read with its SHA-256.
    source.scan(
      options.sourceDir,
      { ...options, exclude },
      live.then((id) => id === void 0)
    ),
    live.then((id) => id === void 0 ? void 0 : deps.layerGate?.()),
    liveBody.then(async (found) => {
      const id = decodeReleaseBase(found);
      return id === void 0 ? void 0 : { id, body: await store.getObject(releaseManifestKey(release.prefix, id)) };
    })
  ]);
  if (taken !== void 0) throw reusedId(release, liveId);
  if (liveId !== void 0 && body === void 0) {
    log.warning(
      `The live release ${liveId} has no manifest at ${releaseManifestKey(release.prefix, liveId)}: every file is uploaded.`
    );
  }
  const current = liveId === void 0 ? void 0 : {
    id: liveId,
    manifest: decodeManifest(body),
    ...base?.body !== void 0 && { base: { id: base.id, manifest: decodeManifest(base.body) } }
  };
  const layered = layersAllowed(gate, base, release.prefix);
  const plan = planRelease({
    files,
    prefix: release.prefix,
    id: release.id,
    live: current,
    headersFor: (rel) => headersFor(rel, options.headerRules),
    graceMs: options.deleteGraceMs ?? 0,
    now: started,
    layers: layered === true ? { name: release.name } : void 0
  });
  refuseInvalidKeys(
    [...plan.uploads, ...plan.copies].map((step) => step.key),
    "nothing was written"
  );
  if (plan.layers !== void 0) {
    log.info(
      `Release ${release.id}, layered on ${plan.layers.base}: ${plan.uploads.length} file(s) to upload, ${plan.copies.length} to copy (headers changed), ${plan.layers.pathKeys} path key(s); the rest is served from the folders the keys name.`
    );
  } else {
    const carried = plan.copies.filter((copy) => copy.removedSince !== void 0).length;
    const why = plan.fullBecause ?? (typeof layered === "string" ? layered : void 0);
    if (why !== void 0) log.info(`A full release: ${why}.`);
    log.info(
      `Release ${release.id}: ${plan.uploads.length} file(s) to upload, ${plan.copies.length - carried} to copy from release ${liveId ?? "(none)"}, ${carried} removed file(s) kept by delete-grace.`
    );
  }
  const redirectKeys = rules && redirects && planReleaseRedirects(rules, files, redirects, release, log);
  return { plan, liveId, redirectKeys };
}
function layersAllowed(gate, base, prefix) {
  if (gate === void 0) return void 0;
  if (!gate.layers) return gate.why;
  if (base !== void 0 && base.body === void 0) {
    return `the live release's base ${base.id} has no manifest at ${releaseManifestKey(prefix, base.id)}`;
  }
  return true;
}
function reusedId(release, liveId) {
  return new PlanError(
    `release-id ${release.id} is taken: ${releaseManifestKey(release.prefix, release.id)} exists in s3://${release.bucket}. A release is never overwritten; nothing was written (release ${liveId ?? "(none)"} stays live). Give a new release-id.`
  );
}

// src/core/release-list.ts
function releaseFolders(prefix, objects) {
  const folders = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const id = releaseIdOf(prefix, object.key);
    if (id === void 0) continue;
    const folder = folders.get(id) ?? { keys: [], files: 0, bytes: 0, hasManifest: false };
    folder.keys.push(object.key);
    if (object.key === releaseManifestKey(prefix, id)) folder.hasManifest = true;
    else {
      folder.files++;
      folder.bytes += object.size;
    }
    folders.set(id, folder);
  }
  return [...folders].map(([id, folder]) => ({ id, ...folder }));
}

// src/core/release-prune.ts
function releasesToPrune(releases, rules) {
  if (rules.keep <= 0) return [];
  const complete = releases.filter((release) => release.releasedAt !== void 0).sort((a, b) => b.releasedAt - a.releasedAt || (a.id < b.id ? 1 : -1));
  const candidates = new Set(
    complete.slice(rules.keep).filter((release) => release.id !== rules.live && release.id !== rules.previous).filter((release) => rules.now - release.releasedAt >= rules.graceMs).map((release) => release.id)
  );
  const usesOf = new Map(releases.map((release) => [release.id, release.layered?.folders ?? []]));
  const kept = releases.map((release) => release.id).filter((id) => !candidates.has(id));
  while (kept.length > 0) {
    for (const used of usesOf.get(kept.pop()) ?? []) {
      if (candidates.delete(used)) kept.push(used);
    }
  }
  return complete.filter((release) => candidates.has(release.id)).map((release) => release.id).reverse();
}

// src/flows/release-list.ts
function datedFolders(store, prefix, folders) {
  return mapLimit(folders, 8, async (folder) => ({
    ...folder,
    ...folder.hasManifest ? decodeReleaseRecord(await store.getObject(releaseManifestKey(prefix, folder.id))) : { releasedAt: void 0 }
  }));
}

// src/flows/release-prune.ts
async function pruneReleases(store, prefix, rules, log, kvs) {
  if (rules.keep <= 0) return [];
  try {
    const folders = releaseFolders(prefix, await store.list(releasesPrefix(prefix)));
    if (folders.length <= rules.keep) return [];
    const releases = await datedFolders(store, prefix, folders);
    const keysOf = new Map(folders.map((folder) => [folder.id, folder.keys]));
    const doomed = releasesToPrune(releases, rules);
    if (doomed.length === 0) return [];
    for (const id of doomed.filter((id2) => keysOf.get(id2)?.includes(releaseKeysKey(prefix, id2)))) {
      await deleteReleaseKeys(kvs, { prefix, id }, { store, log });
    }
    const manifests = new Set(doomed.map((id) => releaseManifestKey(prefix, id)));
    const objects = doomed.flatMap((id) => keysOf.get(id) ?? []).filter((key) => !manifests.has(key));
    await store.deleteObjects(objects);
    await store.deleteObjects([...manifests]);
    for (const id of doomed) log.info(`pruned release ${id} (${keysOf.get(id)?.length ?? 0} objects)`);
    return doomed;
  } catch (error2) {
    log.warning(`The old releases could not be pruned (the switch is done): ${errorMessage(error2)}`);
    return [];
  }
}

// src/flows/release-switch.ts
var MAX_ATTEMPTS2 = 5;
var SupersededError = class extends Error {
  name = "SupersededError";
};
async function switchLive(kvs, request, log) {
  const keys2 = pointerKeys(request.name);
  const puts = { [keys2.live]: request.to, ...request.from !== void 0 && { [keys2.previous]: request.from } };
  let switched = false;
  for (let attempt = 1; !switched; attempt++) {
    const version = await kvs.version();
    const live = await kvs.get(keys2.live);
    if (attempt > 1 && live === request.to) break;
    if (live !== request.from) {
      throw new SupersededError(
        `${request.notDone}: release ${live ?? "(none)"} went live meanwhile (another deploy or a rollback), after this run found ${request.from ?? "no release"} live. The store was left as it is.`
      );
    }
    try {
      await kvs.update(version, { puts });
      switched = true;
    } catch (error2) {
      if (!kvs.isConflict(error2)) throw error2;
      if (attempt >= MAX_ATTEMPTS2) {
        throw new Error(`${request.notDone}: the store ${kvs.name} changed under every one of ${attempt} attempts`);
      }
      log.info(`The store changed since its version was read (attempt ${attempt}): reading ${keys2.live} again.`);
    }
  }
  const now = await kvs.get(keys2.live);
  if (now !== request.to) {
    throw new Error(
      `${request.notDone}: the store ${kvs.name} accepted the switch, but ${keys2.live} reads back as ${now ?? "(none)"}`
    );
  }
}

// src/flows/release.ts
async function deployRelease(options, deps) {
  try {
    return await deploy2(options, deps);
  } finally {
    deps.source.close();
  }
}
async function deploy2(options, deps) {
  const { store, kvs, log } = deps;
  const { release } = options;
  const started = deps.clock.now();
  await deps.checkSetup?.();
  const newManifestKey = releaseManifestKey(release.prefix, release.id);
  const { plan, liveId, redirectKeys } = await log.group("Plan", () => planDeploy2(options, deps, started));
  const outcome = (done) => ({
    flow: "deploy",
    dryRun: options.dryRun,
    releaseId: release.id,
    ...liveId !== void 0 && { previousReleaseId: liveId },
    uploaded: done.uploaded,
    copied: plan.copies.length,
    ...plan.layers !== void 0 && { layered: { base: plan.layers.base, paths: plan.layers.pathKeys } },
    bytesUploaded: done.bytes,
    pruned: done.pruned,
    durationMs: deps.clock.now() - started,
    where: releaseWhere(release)
  });
  if (options.dryRun) {
    return outcome({ uploaded: plan.uploads.length, bytes: sum(plan.uploads.map((s) => s.file.size)), pruned: [] });
  }
  const uploaded = await log.group("Upload", () => writeRelease(plan, options.concurrency, deps));
  const manifest = releaseManifest(plan, uploaded.steps, uploaded.etags);
  try {
    const releasedAt = new Date(deps.clock.now()).toISOString();
    const record = { releasedAt, base: plan.layers?.base, layerPaths: plan.layers?.pathKeys };
    await store.putObject(newManifestKey, encodeManifest(manifest, record), RECORD_HEADERS, {
      ifNoneMatch: "*"
    });
  } catch (error2) {
    if (!store.isConditionFailed(error2)) throw error2;
    throw new Error(
      `release-id ${release.id} was taken by another deploy while this one uploaded (its manifest appeared first): this run switches nothing. Run one deploy per release-id at a time (a concurrency group).`
    );
  }
  const releaseKeys = new Map([...plan.layers?.keys ?? [], ...redirectKeys ?? []]);
  if (releaseKeys.size > 0) {
    const what = [plan.layers && "layer", redirectKeys?.size && "redirect"].filter(Boolean).join(" and ");
    await log.group(
      "Keys",
      () => writeReleaseKeys(kvs, { prefix: release.prefix, id: release.id }, releaseKeys, deps, what, plan.layers?.baseKey)
    );
  }
  await log.group("Switch", async () => {
    await switchLive(
      kvs,
      { name: release.name, to: release.id, from: liveId, notDone: `release ${release.id} is uploaded but not live` },
      log
    );
    log.info(`Release ${release.id} is live (it replaced ${liveId ?? "no release"}).`);
  });
  const rules = { keep: release.keep, live: release.id, previous: liveId, graceMs: options.deleteGraceMs ?? 0 };
  const pruned = await log.group(
    "Prune",
    () => pruneReleases(store, release.prefix, { ...rules, now: deps.clock.now() }, log, kvs)
  );
  return outcome({ uploaded: uploaded.steps.length, bytes: sum(uploaded.steps.map((s) => s.file.size)), pruned });
}
async function writeRelease(plan, concurrency, deps) {
  const { store, source, log } = deps;
  const needed = releaseMd5sNeeded(plan);
  const md5s = await source.md5(needed);
  const md5Of = new Map(needed.map((file, i) => [file.rel, md5s[i]]));
  const steps = plan.uploads.map((step) => ({
    ...step,
    file: { ...step.file, md5: step.file.md5 ?? md5Of.get(step.file.rel) }
  }));
  const etags = /* @__PURE__ */ new Map();
  const writes = [
    ...plan.copies.map((copy) => ({ kind: "copy", copy })),
    ...steps.map((step) => ({ kind: "upload", step }))
  ];
  const failures = await runPool(writes, concurrency, async (write) => {
    if (write.kind === "copy") {
      const { copy } = write;
      const source2 = { key: copy.sourceKey, size: copy.entry.size, md5: copy.entry.md5 };
      etags.set(copy.key, await store.copyObject(source2, copy.key, copy.headers));
    } else {
      etags.set(write.step.key, await store.uploadFile(write.step.key, write.step.file, write.step.headers));
      log.info(`uploaded  ${write.step.key}  (${write.step.reason})`);
    }
  });
  if (failures.length > 0) {
    const first = failures[0];
    const key = first.item.kind === "copy" ? first.item.copy.key : first.item.step.key;
    throw new Error(
      `${failures.length} write(s) of release ${plan.id} failed (${key}: ${errorMessage(first.error)}). The release is incomplete and not live; the site is unchanged. Re-run the deploy (a new run attempt is a new release id).`
    );
  }
  return { steps, etags };
}
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
function releaseWhere(release) {
  return { storeArn: release.storeArn, name: release.name, bucket: release.bucket, prefix: release.prefix };
}

// src/flows/release-rollback.ts
async function rollbackRelease(release, dryRun, deps) {
  const { store, kvs, log } = deps;
  const started = deps.clock.now();
  const keys2 = pointerKeys(release.name);
  const [live, previous] = await Promise.all([kvs.get(keys2.live), kvs.get(keys2.previous)]);
  const target = release.rollback === "previous" ? previous : release.rollback;
  if (target === void 0) {
    throw new PlanError(
      `rollback: previous: the store ${kvs.name} records no previous release under ${keys2.previous}; give a release id instead (${await releasesThere(store, release)}).`
    );
  }
  const outcome = {
    flow: "rollback",
    dryRun,
    releaseId: target,
    ...live !== void 0 && target !== live && { previousReleaseId: live },
    uploaded: 0,
    copied: 0,
    bytesUploaded: 0,
    pruned: [],
    durationMs: 0,
    where: releaseWhere(release)
  };
  if (target === live) {
    log.info(`Release ${target} is already live: nothing to switch.`);
    return outcome;
  }
  const manifest = await store.getObject(releaseManifestKey(release.prefix, target));
  if (manifest === void 0) {
    throw new PlanError(
      `rollback: release ${target} does not exist in s3://${release.bucket}/${releasesPrefix(release.prefix)} (no manifest there). ${await releasesThere(store, release)}. Nothing was switched.`
    );
  }
  const base = decodeReleaseBase(manifest);
  if (base !== void 0) await requireLayers(release, target, base, deps);
  await deps.checkSetup?.();
  if (!dryRun) {
    await switchLive(
      kvs,
      { name: release.name, to: target, from: live, notDone: `the rollback to ${target} did not happen` },
      log
    );
    log.info(`Release ${target} is live again (it replaced ${live ?? "no release"}).`);
  }
  return { ...outcome, durationMs: deps.clock.now() - started };
}
async function requireLayers(release, target, base, { store, kvs }) {
  const [baseManifest, key] = await Promise.all([
    store.getObject(releaseManifestKey(release.prefix, base)),
    kvs.get(baseKey(release.name, target))
  ]);
  if (baseManifest === void 0 || key !== base) {
    const missing = baseManifest === void 0 ? `its base release ${base} has no manifest in s3://${release.bucket}/${releasesPrefix(release.prefix)}` : `its key ${baseKey(release.name, target)} in ${kvs.name} does not name ${base} (its keys were not all written)`;
    throw new PlanError(
      `rollback: release ${target} is layered on ${base}, but ${missing}. Nothing was switched; roll back to another release (${await releasesThere(store, release)}).`
    );
  }
}
async function releasesThere(store, release) {
  const folders = releaseFolders(release.prefix, await store.list(releasesPrefix(release.prefix)));
  const ids = folders.filter((folder) => folder.hasManifest).map((folder) => folder.id);
  return ids.length === 0 ? "There are no releases there" : `The releases there: ${ids.sort().join(", ")}`;
}

// src/flows/release-run.ts
async function runRelease(request, release, targets, deps) {
  const { log, clock } = deps;
  const store = need(deps.store, "a store");
  const kvs = need(deps.kvs, "a KeyValueStore");
  const { checkSetup, layerGate } = edgeChecks(release.storeArn, targets, deps.cdn);
  let outcome;
  try {
    outcome = release.rollback !== void 0 ? await rollbackRelease(release, request.dryRun, { store, kvs, clock, log, checkSetup }) : await deployRelease(
      { ...need(request.deploy, "a deploy"), release, dryRun: request.dryRun, concurrency: request.concurrency },
      { store, kvs, source: deps.source, clock, log, checkSetup, layerGate }
    );
  } catch (error2) {
    if (error2 instanceof PlanError) deps.report.refused?.(error2.message);
    throw error2;
  }
  deps.report.release?.(outcome);
  const { cdn } = request;
  if (cdn === void 0 || cdn.explicitPaths.length === 0) {
    if (cdn !== void 0) log.info("No invalidation: switching releases changes every cache key.");
    return { release: outcome };
  }
  const port = need(deps.cdn, "a Cdn");
  const plans = targets.map((target) => planInvalidation(target, { ...cdn, changedKeys: [] }));
  const options = { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: request.dryRun };
  const invalidations = await log.group("Invalidate", () => invalidate(plans, options, { cdn: port, clock, log }));
  deps.report.invalidations(invalidations);
  return { release: outcome, invalidations };
}
var NO_DISTRIBUTION = {
  layers: false,
  why: "without distribution-id the action cannot check that the viewer-request function serves layered releases; give distribution-id to have small changes go up as layered releases (no copies)"
};
function edgeChecks(storeArn, targets, cdn) {
  if (cdn === void 0 || targets.length === 0) return { layerGate: async () => NO_DISTRIBUTION };
  const found = [];
  const checkSetup = async () => {
    found.length = 0;
    for (const { distributionId } of targets) {
      const fn = requireReleaseSetup(distributionId, storeArn, await cdn.viewerRequestFunction(distributionId));
      found.push({ distributionId, fn });
    }
  };
  const layerGate = async () => {
    if (found.length === 0) await checkSetup();
    for (const { distributionId, fn } of found) {
      let code;
      try {
        code = await cdn.functionCode(fn.arn);
      } catch (error2) {
        return { layers: false, why: `the code of function ${fn.name} could not be read (${errorMessage(error2)})` };
      }
      if (code === void 0 || !servesLayers(code)) {
        return {
          layers: false,
          why: `function ${fn.name} of distribution ${distributionId} predates layered releases; update it with \`${setupCommand(distributionId, storeArn)}\`, then small changes go up as layered releases (no copies)`
        };
      }
    }
    return { layers: true };
  };
  return { checkSetup, layerGate };
}
function need(port, what) {
  if (port === void 0) throw new Error(`runSite needs ${what} for this request`);
  return port;
}

// src/flows/remove.ts
async function removeSite(options, deps) {
  const started = deps.clock.now();
  const { log, store } = deps;
  const { plan, remote, remoteCount } = await log.group("Plan", async () => {
    const remote2 = await store.list(options.prefix);
    const owed2 = await deps.owed.load(remote2);
    const rules = { preserve: options.preserve, graceMs: 0, now: started };
    const removal = planRemoval({
      remote: remote2,
      prefix: options.prefix,
      manifest: /* @__PURE__ */ new Map(),
      siteKeys: /* @__PURE__ */ new Set(),
      rules,
      wholeSite: true
    });
    const plan2 = { uploads: [], phases: [], skips: [], ...removal };
    checkRemoveLimit(plan2, options);
    const remoteCount2 = remote2.filter((object) => !isOwnRecord(relFor(options.prefix, object.key) ?? "")).length;
    const kept = describeKept(plan2.kept);
    log.info(
      `${remoteCount2} object(s) under ${options.target}: ${plan2.deletes.length} to delete${kept === "" ? "" : `, ${plan2.kept.length} kept (${kept})`}.`
    );
    for (const line of planDetailLines(plan2, owed2, options.dryRun)) log.info(line);
    return { plan: plan2, remote: remote2, remoteCount: remoteCount2 };
  });
  if (!options.dryRun && plan.deletes.length > 0) await deps.lock?.acquire();
  const owed = await deps.owed.record(plan.deletes.map((step) => step.key));
  const finish = (done) => ({
    ...siteResult(plan, done, {
      flow: "remove",
      target: options.target,
      localCount: 0,
      remoteCount,
      durationMs: deps.clock.now() - started
    }),
    owed
  });
  if (options.dryRun) return finish("dry run");
  const deleted = plan.deletes.map((step) => step.key);
  if (deleted.length > 0) {
    await log.group("Delete", async () => {
      await store.deleteObjects(deleted);
      for (const step of plan.deletes) log.info(`deleted  ${step.key}  (${step.reason})`);
    });
  }
  const statePrefix = options.statePrefix ?? options.prefix;
  const manifest = manifestKey(statePrefix);
  if (!manifest.startsWith(options.prefix) || remote.some((object) => object.key === manifest)) {
    await store.deleteObjects([manifest]);
    log.info(`deleted  ${manifest}  (this action's record of the site)`);
  }
  const stillOwing = deps.owed.othersOwed();
  if (stillOwing.length > 0) {
    log.info(
      `kept    ${owedKey(statePrefix)}  (still owed invalidations by ${stillOwing.join(", ")}: run remove with that distribution-id to invalidate them and remove the record)`
    );
  }
  return finish({ uploaded: [], deleted });
}
function checkRemoveLimit(plan, options) {
  if (options.maxDeletes >= 0 && plan.deletes.length > options.maxDeletes) {
    throw new PlanError(
      `removing ${options.target} would delete ${plan.deletes.length} objects, more than max-deletes (${options.maxDeletes}). Nothing was deleted. If that many deletions are intended, raise max-deletes (or set it to -1 for no limit); otherwise check prefix and preserve.`
    );
  }
}

// src/flows/resolve-targets.ts
async function resolveTargets(input, deps) {
  const targets = [];
  for (const distributionId of new Set(input.distributionIds)) {
    if (input.originPath !== void 0 || input.bucket === void 0) {
      if (input.bucket !== void 0) await deps.cdn.checkDistribution(distributionId);
      targets.push({ distributionId, originPath: input.originPath ?? "" });
      continue;
    }
    const distribution = await deps.cdn.getDistribution(distributionId);
    const originPath = readOriginPath(distributionId, distribution.origins, input.bucket, deps.log);
    const { cacheTagHeader } = distribution;
    targets.push({ distributionId, originPath, ...cacheTagHeader !== void 0 && { cacheTagHeader } });
  }
  return targets;
}
function readOriginPath(distributionId, origins, bucket, log) {
  const matching = origins.filter((origin2) => origin2.domainName.startsWith(`${bucket}.`));
  const origin = matching[0];
  if (origin === void 0) {
    const seen = origins.map((o) => o.domainName).join(", ") || "none";
    log.warning(
      `${distributionId}: no origin points at bucket "${bucket}" (origins: ${seen}); keys map to paths with origin path "". Set the origin path explicitly if that is wrong.`
    );
    return "";
  }
  if (new Set(matching.map((o) => o.originPath)).size > 1) {
    log.warning(`${distributionId}: several origins point at bucket "${bucket}"; using origin ${origin.id}.`);
  }
  log.info(`${distributionId}: origin ${origin.id} has origin path "${origin.originPath}".`);
  return origin.originPath;
}

// src/flows/run.ts
var DEFAULT_LOCK_TIMEOUT_MS = 5 * 6e4;
async function runSite(request, deps) {
  const writer = request.release ? void 0 : request.deploy ?? request.remove;
  const store = writer && !request.dryRun ? need2(deps.store, "a store") : void 0;
  const lock = writer && store && deployLock(
    store,
    {
      key: lockKey(writer.statePrefix ?? writer.prefix),
      holder: writer.holder ?? {},
      timeoutMs: writer.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS,
      conditionalWritesKnown: writer.conditionalWritesKnown ?? false
    },
    deps
  );
  try {
    return await runLocked(request, deps, lock);
  } finally {
    await lock?.release();
  }
}
async function runLocked(request, deps, lock) {
  const { log, clock } = deps;
  const bucketSite = request.deploy ?? request.remove;
  const site = bucketSite && { ...bucketSite, store: need2(deps.store, "a store") };
  const reads = request.deploy && site && !request.release ? startRemoteReads(site.store, site.prefix, site.statePrefix) : void 0;
  const cdn = request.cdn && { ...request.cdn, port: need2(deps.cdn, "a Cdn") };
  const targets = cdn ? await log.group(
    "CloudFront",
    () => resolveTargets(
      { distributionIds: cdn.distributionIds, originPath: cdn.originPath, bucket: site?.bucket },
      { cdn: cdn.port, log }
    )
  ) : [];
  if (request.release) return runRelease(request, request.release, targets, deps);
  const owedTo = targets.map((target) => target.distributionId);
  const ledger = site && owedLedger(site.store, { prefix: site.prefix, statePrefix: site.statePrefix, owedTo, dryRun: request.dryRun });
  let result;
  if (site && ledger) {
    const { store } = site;
    const runWide = { target: `s3://${site.bucket}/${site.prefix}`, dryRun: request.dryRun };
    try {
      if (request.remove) {
        result = await removeSite({ ...request.remove, ...runWide }, { store, clock, log, owed: ledger, lock });
      } else if (request.deploy) {
        const tagged = withCacheTagNames(request.deploy, targets, log);
        const options = { ...tagged, ...runWide, concurrency: request.concurrency };
        const deployDeps = { store, source: deps.source, clock, log, owed: ledger, remoteReads: reads, lock };
        result = await deploy(options, deployDeps);
      }
    } catch (error2) {
      if (error2 instanceof PlanError) deps.report.refused?.(error2.message);
      throw error2;
    }
    if (result) deps.report.site(result);
  }
  let invalidations;
  if (cdn) {
    const changedKeys = result?.changedKeys ?? [];
    const plans = targets.map(
      (target) => planInvalidation(target, {
        ...cdn,
        changedKeys: ledger?.keysFor(target.distributionId, changedKeys) ?? [],
        servedTags: result?.servedTags
      })
    );
    const options = { wait: cdn.wait, waitTimeoutMs: cdn.waitTimeoutMs, dryRun: request.dryRun };
    invalidations = await log.group("Invalidate", () => invalidate(plans, options, { cdn: cdn.port, clock, log }));
    deps.report.invalidations(invalidations);
    await ledger?.settle();
  }
  const { preview } = deps;
  const deployed = request.deploy && result;
  if (preview && deployed) await log.group("Preview", () => preview(deployed));
  return { ...result && { site: result }, ...invalidations && { invalidations } };
}
function need2(port, what) {
  if (port === void 0) throw new Error(`runSite needs ${what} for this request`);
  return port;
}

// src/core/http-url.ts
function parseHttpUrl(value, example) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`"${value}" is not a URL (expected e.g. ${example})`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`"${value}" must be an http:// or https:// URL`);
  }
  if (url.search !== "" || url.hash !== "") throw new Error(`"${value}" must not have a query or fragment`);
  return url;
}

// src/action/inputs/defaults.ts
var DEFAULTS = {
  include: ["**", ".well-known/**"],
  maxDeletes: 1e3,
  concurrency: 32,
  waitTimeoutSeconds: 600,
  lockTimeoutSeconds: 300,
  indexDocument: "index.html",
  roleDurationSeconds: 3600,
  releaseName: "site",
  keepReleases: 5
};

// src/action/inputs/read.ts
var InputError = class extends Error {
  constructor(input, reason) {
    super(`Input "${input}": ${reason}`);
    this.input = input;
    this.reason = reason;
  }
  input;
  reason;
  name = "InputError";
};
function text2(read, name2, fallback = "") {
  const value = read(name2).trim();
  return value === "" ? fallback : value;
}
function lines(read, name2) {
  return read(name2).split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !isComment(line));
}
function list(read, name2) {
  return read(name2).split(/[,\r\n]/).map((item) => item.trim()).filter((item) => item !== "");
}
var TRUE = ["true", "True", "TRUE", "yes", "on", "1"];
var FALSE = ["false", "False", "FALSE", "no", "off", "0"];
function bool(read, name2, fallback) {
  const value = read(name2).trim();
  if (value === "") return fallback;
  if (TRUE.includes(value)) return true;
  if (FALSE.includes(value)) return false;
  throw new InputError(name2, `expected true or false, got "${value}"`);
}
function int(read, name2, fallback, range2) {
  const value = read(name2).trim();
  if (value === "") return fallback;
  if (!/^-?\d+$/.test(value)) throw new InputError(name2, `expected a whole number, got "${value}"`);
  const number = Number(value);
  if (number < range2.min || number > range2.max) {
    throw new InputError(name2, `expected a number from ${range2.min} to ${range2.max}, got ${number}`);
  }
  return number;
}
function oneOf(read, name2, choices) {
  const value = read(name2).trim();
  if (value === "") return void 0;
  const match2 = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (match2 === void 0) throw new InputError(name2, `"${value}" is not one of: ${choices.join(", ")}`);
  return match2;
}
function attributed(input, parse) {
  try {
    return parse();
  } catch (error2) {
    if (error2 instanceof InputError || !(error2 instanceof Error)) throw error2;
    throw new InputError(input, error2.message);
  }
}
function nonEmpty(value) {
  return value === void 0 || value.trim() === "" ? void 0 : value.trim();
}

// src/action/inputs/auth-inputs.ts
function readAuth(read, env) {
  const roleArn = text2(read, "role-to-assume");
  if (roleArn === "") return { kind: "environment", credentials: credentialsFrom(env) };
  if (!ROLE_ARN.test(roleArn)) {
    throw new InputError(
      "role-to-assume",
      `"${roleArn}" is not an IAM role ARN (expected arn:aws:iam::123456789012:role/NAME or \u2026:role/path/NAME)`
    );
  }
  const roleSessionName = text2(read, "role-session-name") || defaultSessionName(env);
  if (!/^[\w+=,.@-]{2,64}$/.test(roleSessionName)) {
    throw new InputError("role-session-name", `"${roleSessionName}": 2\u201364 letters, digits and +=,.@_- only`);
  }
  return {
    kind: "oidc",
    roleArn,
    roleSessionName,
    durationSeconds: int(read, "role-duration-seconds", DEFAULTS.roleDurationSeconds, { min: 900, max: 43200 }),
    ...optional("stsEndpoint", endpointVariable(env, "AWS_ENDPOINT_URL_STS"))
  };
}
function endpointVariable(env, serviceVariable) {
  const name2 = nonEmpty(env[serviceVariable]) !== void 0 ? serviceVariable : "AWS_ENDPOINT_URL";
  const value = nonEmpty(env[name2]);
  if (value === void 0) return void 0;
  try {
    parseHttpUrl(value, "http://127.0.0.1:9000");
  } catch (error2) {
    throw new Error(`${name2} ${errorMessage(error2)}`);
  }
  return value.replace(/\/+$/, "");
}
var ROLE_ARN = /^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/(?:[\x21-\x2e\x30-\x7e]+\/)*[\w+=,.@-]{1,64}$/;
function defaultSessionName(env) {
  const runId = (env["GITHUB_RUN_ID"] ?? "").replace(/[^\w+=,.@-]/g, "");
  return (runId === "" ? "GitHubActions" : `GitHubActions-${runId}`).slice(0, 64);
}
function credentialsFrom(env) {
  const accessKeyId = nonEmpty(env["AWS_ACCESS_KEY_ID"]);
  const secretAccessKey = nonEmpty(env["AWS_SECRET_ACCESS_KEY"]);
  if (accessKeyId === void 0 || secretAccessKey === void 0) {
    throw new Error(
      "No AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set (run aws-actions/configure-aws-credentials before this step)."
    );
  }
  return { accessKeyId, secretAccessKey, ...optional("sessionToken", nonEmpty(env["AWS_SESSION_TOKEN"])) };
}

// src/action/inputs/bucket-inputs.ts
function readBucketAccess(read) {
  const owner = text2(read, "expected-bucket-owner");
  if (owner !== "" && !/^\d{12}$/.test(owner)) {
    throw new InputError("expected-bucket-owner", `"${owner}" is not an AWS account id (12 digits)`);
  }
  return {
    ...optional("encryption", readEncryption(read)),
    ...optional("expectedBucketOwner", owner || void 0)
  };
}
function readEncryption(read) {
  const mode = oneOf(read, "sse", SSE_MODES);
  const kmsKeyId = text2(read, "sse-kms-key-id");
  const bucketKeyInput = read("bucket-key");
  const bucketKey = bucketKeyInput.trim() === "" ? void 0 : bool(() => bucketKeyInput, "bucket-key", false);
  const kms = mode === "aws:kms" || mode === "aws:kms:dsse";
  if (kmsKeyId !== "" && !kms) {
    throw new InputError("sse-kms-key-id", `a KMS key needs sse: aws:kms (or aws:kms:dsse), not ${mode ?? "none"}`);
  }
  if (/\s/.test(kmsKeyId)) throw new InputError("sse-kms-key-id", `"${kmsKeyId}" holds whitespace: give one key id`);
  if (bucketKey !== void 0 && mode !== "aws:kms") {
    throw new InputError("bucket-key", `S3 Bucket Keys work with sse: aws:kms only, not ${mode ?? "none"}`);
  }
  if (mode === void 0) return void 0;
  return { mode, ...optional("kmsKeyId", kmsKeyId || void 0), ...optional("bucketKey", bucketKey) };
}

// src/action/inputs/cdn-inputs.ts
function readDistributionIds(read) {
  const distributionIds = list(read, "distribution-id");
  for (const id of distributionIds) {
    if (!/^E[A-Z0-9]{4,31}$/.test(id)) {
      throw new InputError(
        "distribution-id",
        `"${id}" is not a CloudFront distribution id (like E2EXAMPLE1ABCD; not the domain name)`
      );
    }
  }
  return distributionIds;
}
function readCdnConfig(read, env, indexDocument) {
  const distributionIds = readDistributionIds(read);
  const explicitPaths = lines(read, "invalidation-paths").map(
    (path10) => attributed("invalidation-paths", () => validateUserPath(path10))
  );
  if (distributionIds.length === 0 && explicitPaths.length > 0) {
    throw new InputError("distribution-id", "required with invalidation-paths: the distribution to invalidate");
  }
  if (!bool(read, "invalidate", distributionIds.length > 0)) return void 0;
  if (distributionIds.length === 0) {
    throw new InputError("distribution-id", "required when invalidate is true: the distribution to invalidate");
  }
  const maxPaths = int(read, "max-invalidation-paths", 0, { min: 0, max: 1e6 });
  const originPath = read("origin-path").trim();
  return {
    run: runIdentity(env),
    distributionIds: [...new Set(distributionIds)],
    explicitPaths: [...new Set(explicitPaths)],
    wait: bool(read, "wait", false),
    waitTimeoutMs: int(read, "wait-timeout", DEFAULTS.waitTimeoutSeconds, { min: 1, max: 6 * 3600 }) * 1e3,
    ...optional("maxPaths", maxPaths === 0 ? void 0 : maxPaths),
    indexDocument,
    ...optional("originPath", originPath === "" ? void 0 : originPath),
    ...optional("endpoint", endpointVariable(env, "AWS_ENDPOINT_URL_CLOUDFRONT"))
  };
}
function runIdentity(env) {
  const runId = nonEmpty(env["GITHUB_RUN_ID"]);
  if (runId === void 0) return { runId: `local${Date.now()}`, runAttempt: "1" };
  return { runId, runAttempt: nonEmpty(env["GITHUB_RUN_ATTEMPT"]) ?? "1" };
}

// src/action/inputs/deploy-inputs.ts
function readDeployConfig(read, site, indexDocument) {
  const { bucket, sourceDir, maxDeletes, preserve, deleteGraceMs, statePrefix } = site;
  if (sourceDir === "") throw new InputError("source-dir", "required: the directory holding the built site");
  const include = lines(read, "include");
  const uploadLast = attributed("upload-last", () => parseLastGlobs(read("upload-last")));
  return {
    sourceDir,
    bucket,
    prefix: attributed("prefix", () => normalizePrefix(site.prefix)),
    include: include.length > 0 ? include : [...DEFAULTS.include],
    exclude: lines(read, "exclude"),
    headerRules: {
      cacheControl: readCacheControl(read),
      ...optional("acl", oneOf(read, "acl", CANNED_ACLS)),
      ...optional("storageClass", oneOf(read, "storage-class", STORAGE_CLASSES)),
      metadata: readMetadata(read),
      ...optional("headers", readHeaders(read)),
      ...optional("cacheTags", readCacheTags(read))
    },
    ...optional("cacheTagHeader", text2(read, "cache-tag-header") || void 0),
    deleteRemoved: bool(read, "delete", false),
    maxDeletes,
    preserve,
    deleteGraceMs,
    ...uploadLast.length > 0 && { uploadLast },
    allowImmutableChanges: bool(read, "allow-immutable-changes", false),
    ...optional("redirects", readRedirectsFile(read, indexDocument)),
    ...optional("statePrefix", statePrefix),
    lockTimeoutMs: readLockTimeoutMs(read),
    allowOlder: bool(read, "allow-older", false)
  };
}
function readRedirectsFile(read, indexDocument) {
  const written = text2(read, "redirects-file");
  if (written === "") return void 0;
  const segments = written.split("/");
  while (segments.length > 1 && segments[0] === ".") segments.shift();
  if (written.startsWith("/") || segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new InputError("redirects-file", `"${written}" must be a file path relative to source-dir, e.g. _redirects`);
  }
  return { file: segments.join("/"), indexDocument };
}
function readCacheControl(read) {
  const rules = attributed("cache-control", () => parseGlobRules(read("cache-control")));
  for (const rule of rules) {
    const problem = headerValueProblem(rule.value);
    if (problem !== void 0)
      throw new InputError("cache-control", `line ${rule.line} ("${rule.glob}: ${rule.value}"): ${problem}`);
  }
  return rules;
}
function readHeaders(read) {
  const headers = attributed("headers", () => parseHeaderRules(read("headers")));
  for (const rule of headers) {
    const problem = headerValueProblem(rule.value);
    if (problem !== void 0)
      throw new InputError("headers", `line ${rule.line} ("${rule.glob}: ${rule.header}: ${rule.value}"): ${problem}`);
  }
  return headers.length > 0 ? headers : void 0;
}
function readCacheTags(read) {
  const rules = attributed("cache-tags", () => parseCacheTagRules(read("cache-tags")));
  return rules.length > 0 ? rules : void 0;
}
function readMetadata(read) {
  const metadata = {};
  for (const line of lines(read, "metadata")) {
    const colon = line.indexOf(":");
    const name2 = colon < 0 ? "" : line.slice(0, colon).trim().toLowerCase();
    const value = colon < 0 ? "" : line.slice(colon + 1).trim();
    if (!/^[a-z0-9][a-z0-9-]*$/.test(name2) || value === "") {
      throw new InputError("metadata", `"${line}": expected "name: value" with a name of letters, digits and dashes`);
    }
    const problem = headerValueProblem(value);
    if (problem !== void 0) throw new InputError("metadata", `"${line}": ${problem}`);
    metadata[name2] = value;
  }
  return metadata;
}
function readLockTimeoutMs(read) {
  return int(read, "lock-timeout", DEFAULTS.lockTimeoutSeconds, { min: 0, max: 6 * 3600 }) * 1e3;
}

// src/action/inputs/preview-inputs.ts
function readPreviewConfig(read, hasBucket, indexDocument) {
  const siteUrl = text2(read, "site-url");
  const githubToken = text2(read, "github-token");
  if (siteUrl === "") {
    if (githubToken !== "")
      throw new InputError(
        "site-url",
        "required with github-token: the pull request comment links the preview at site-url"
      );
    return void 0;
  }
  if (!hasBucket) throw new InputError("site-url", "needs a bucket: it links the pages a deploy changed");
  return { siteUrl: siteBase(siteUrl), indexDocument, ...githubToken !== "" && { githubToken } };
}
function siteBase(value) {
  const url = attributed("site-url", () => parseHttpUrl(value, "https://preview.example.com/pr-42/"));
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

// src/core/store-arn.ts
var EXAMPLE2 = "arn:aws:cloudfront::123456789012:key-value-store/0123abcd-4567-89ef-0123-456789abcdef";
function parseStoreArn(value) {
  const [prefix, partition, service, region, account, resource, ...rest] = value.split(":");
  const fail2 = (why) => {
    throw new Error(`"${value}" is not a CloudFront KeyValueStore ARN: ${why} (expected e.g. ${EXAMPLE2})`);
  };
  if (prefix !== "arn" || resource === void 0 || rest.length > 0)
    fail2("not of the form arn:aws:cloudfront::<account>:key-value-store/<id>");
  if (partition !== "aws") fail2(`the KeyValueStore is only in the aws partition, not "${partition}"`);
  if (service !== "cloudfront") fail2(`the service must be cloudfront, not "${service}"`);
  if (region !== "") fail2(`a KeyValueStore is global: the region must be empty, not "${region}"`);
  if (!/^\d{12}$/.test(account ?? "")) fail2(`the account must be 12 digits, not "${account}"`);
  const [type, id, ...more] = (resource ?? "").split("/");
  if (type !== "key-value-store" || id === void 0 || id === "" || more.length > 0) {
    fail2("the resource must be key-value-store/<id>");
  }
  return { arn: value, account: account ?? "", id: id ?? "" };
}

// src/action/inputs/release-inputs.ts
function readReleaseConfig(read, env, site) {
  const storeArn = text2(read, "release-store");
  const name2 = text2(read, "release-name", DEFAULTS.releaseName);
  const id = text2(read, "release-id");
  const keepText = text2(read, "keep-releases");
  const rollback = text2(read, "rollback");
  if (storeArn === "") {
    const given = [
      ["release-id", id],
      ["rollback", rollback]
    ].find(([, value]) => value !== "");
    if (given !== void 0) throw new InputError(given[0], "applies to release mode only: set release-store too");
    return void 0;
  }
  attributed("release-store", () => parseStoreArn(storeArn));
  if (site === void 0) throw new InputError("bucket", "required with release-store: the bucket the releases go to");
  if (site.remove) {
    throw new InputError(
      "remove",
      "is not supported with release-store: a release site is taken down by deleting its releases/ folder and the store keys by hand (see the README, Atomic releases)"
    );
  }
  checkReleaseName(name2);
  if (rollback !== "" && site.sourceDir !== "") {
    throw new InputError("rollback", "switches back to a release already uploaded, so it takes no source-dir");
  }
  if (rollback !== "" && id !== "") {
    throw new InputError(
      "rollback",
      "switches to an existing release; release-id names a new one: give one or the other"
    );
  }
  checkId("rollback", rollback === "previous" ? "" : rollback);
  checkId("release-id", id);
  return {
    storeArn,
    name: name2,
    bucket: site.bucket,
    prefix: attributed("prefix", () => normalizePrefix(site.prefix)),
    id: id || defaultReleaseId({
      sha: nonEmpty(env["GITHUB_SHA"]),
      runNumber: nonEmpty(env["GITHUB_RUN_NUMBER"]),
      runAttempt: nonEmpty(env["GITHUB_RUN_ATTEMPT"]),
      now: Date.now()
    }),
    keep: int(() => keepText, "keep-releases", DEFAULTS.keepReleases, { min: 0, max: 1e4 }),
    ...optional("rollback", rollback || void 0)
  };
}
function checkReleaseName(name2) {
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(name2)) {
    throw new InputError(
      "release-name",
      `"${name2}": 1 to 64 letters, digits, "-", "_" and "." (the site's key in the store)`
    );
  }
  return name2;
}
function checkId(input, id) {
  const problem = id === "" ? void 0 : releaseIdProblem(id);
  if (problem !== void 0) throw new InputError(input, `"${id}" is not a release id: ${problem}`);
}

// src/action/inputs/remove-inputs.ts
function readRemoveConfig(read, site) {
  if (!site.remove) return void 0;
  if (site.sourceDir !== "") {
    throw new InputError("remove", "deletes the site under prefix, so it takes no source-dir: give one or the other");
  }
  if (site.deleteGraceMs !== 0) {
    throw new InputError("delete-grace", "does not apply to remove: true, which deletes the whole site");
  }
  const written = site.prefix;
  if (written === "") {
    throw new InputError(
      "prefix",
      "required with remove: true; to remove everything in the bucket, write prefix: / explicitly"
    );
  }
  const prefix = attributed("prefix", () => normalizePrefix(written));
  if (prefix === "" && written !== "/") {
    throw new InputError("prefix", `"${written}" means the whole bucket; write prefix: / if that is what you mean`);
  }
  const { bucket, preserve, maxDeletes, statePrefix } = site;
  return {
    bucket,
    prefix,
    preserve,
    maxDeletes,
    ...optional("statePrefix", statePrefix),
    lockTimeoutMs: readLockTimeoutMs(read)
  };
}

// src/action/inputs/site-inputs.ts
function readSiteInputs(read, hasCdn) {
  const bucket = text2(read, "bucket");
  const remove = bool(read, "remove", false);
  if (bucket === "") {
    if (remove) throw new InputError("bucket", "required with remove: the bucket to remove the site from");
    if (hasCdn) return void 0;
    throw new InputError(
      "bucket",
      "required: the name of the S3 bucket to deploy to (or give distribution-id and invalidation-paths to purge a cache)"
    );
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes("..")) {
    throw new InputError(
      "bucket",
      `"${bucket}" is not a valid bucket name (3\u201363 lower-case letters, digits, dots and dashes; give the name, not s3:// or a URL)`
    );
  }
  return {
    bucket,
    remove,
    prefix: text2(read, "prefix"),
    sourceDir: text2(read, "source-dir"),
    maxDeletes: int(read, "max-deletes", DEFAULTS.maxDeletes, { min: -1, max: Number.MAX_SAFE_INTEGER }),
    preserve: attributed("preserve", () => compileKeyGlobs(lines(read, "preserve"))),
    deleteGraceMs: readDeleteGrace(read),
    ...optional("statePrefix", readStatePrefix(read))
  };
}
function readStatePrefix(read) {
  const written = text2(read, "state-prefix");
  return written === "" ? void 0 : attributed("state-prefix", () => normalizePrefix(written));
}
function readDeleteGrace(read) {
  const value = text2(read, "delete-grace", "0");
  const ms = parseGrace(value);
  if (ms === void 0) {
    throw new InputError(
      "delete-grace",
      `"${value}" is not a duration: a whole number and m, h or d (30m, 12h, 7d), or 0`
    );
  }
  return ms;
}

// src/action/inputs/config.ts
function readConfig(read, env) {
  const indexDocument = text2(read, "index-document", DEFAULTS.indexDocument);
  const cdn = readCdnConfig(read, env, indexDocument);
  const site = readSiteInputs(read, cdn !== void 0);
  if (site === void 0 && cdn !== void 0 && cdn.explicitPaths.length === 0) {
    throw new InputError("invalidation-paths", "required when no bucket is given: the paths to invalidate, e.g. /*");
  }
  const release = readReleaseConfig(read, env, site);
  const remove = site && readRemoveConfig(read, site);
  const s3Endpoint = endpointVariable(env, "AWS_ENDPOINT_URL_S3");
  const region = text2(read, "region") || nonEmpty(env["AWS_REGION"]) || nonEmpty(env["AWS_DEFAULT_REGION"]);
  const deploy3 = site && !remove && release?.rollback === void 0 ? readDeployConfig(read, site, indexDocument) : void 0;
  if (site !== void 0 && region === void 0 && s3Endpoint === void 0) {
    throw new InputError(
      "region",
      "no region: set the region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)"
    );
  }
  return {
    ...optional("deploy", deploy3),
    ...optional("remove", remove),
    ...optional("cdn", cdn),
    ...optional("release", release),
    dryRun: bool(read, "dry-run", false),
    concurrency: int(read, "concurrency", DEFAULTS.concurrency, { min: 1, max: 256 }),
    region: region ?? "us-east-1",
    ...optional("s3Endpoint", s3Endpoint),
    ...optional("kvsEndpoint", release && endpointVariable(env, "AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE")),
    bucketAccess: readBucketAccess(read),
    auth: readAuth(read, env),
    ...optional("preview", readPreviewConfig(read, deploy3 !== void 0, indexDocument)),
    ...optional("testClockOffsetMs", testClockOffset(env) || void 0)
  };
}
var TEST_CLOCK_OFFSET_VARIABLE = "S3_CLOUDFRONT_DEPLOY_TEST_CLOCK_OFFSET";
function testClockOffset(env) {
  const value = env[TEST_CLOCK_OFFSET_VARIABLE]?.trim() ?? "";
  if (value === "") return 0;
  const ms = parseGrace(value);
  if (ms === void 0) throw new Error(`${TEST_CLOCK_OFFSET_VARIABLE} is not a duration like 2h: "${value}"`);
  return ms;
}

// src/core/viewer-request-association.ts
var VIEWER_REQUEST = "viewer-request";
function element(xml, name2, from = 0, to = xml.length) {
  const open3 = new RegExp(`<${name2}(\\s[^>]*)?(/?)>`, "g");
  open3.lastIndex = from;
  const match2 = open3.exec(xml);
  if (match2 === null || match2.index >= to) return void 0;
  const inner = match2.index + match2[0].length;
  if (match2[2] === "/") return { start: match2.index, end: inner, inner, innerEnd: inner };
  const close = xml.indexOf(`</${name2}>`, inner);
  if (close === -1 || close >= to) throw new Error(`the DistributionConfig document has no </${name2}>`);
  return { start: match2.index, end: close + name2.length + 3, inner, innerEnd: close };
}
function textOf(xml, name2, span) {
  const found = element(xml, name2, span.inner, span.innerEnd);
  return found === void 0 ? void 0 : unescapeXml(xml.slice(found.inner, found.innerEnd).trim());
}
function unescapeXml(text3) {
  const named2 = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
  return text3.replace(/&(lt|gt|amp|quot|apos);/g, (_, name2) => named2[name2] ?? "");
}
function defaultBehaviour(xml) {
  const span = element(xml, "DefaultCacheBehavior");
  if (span === void 0) throw new Error("the DistributionConfig document has no <DefaultCacheBehavior>");
  return span;
}
function defaultBehaviourFunctions(xml) {
  const behaviour = defaultBehaviour(xml);
  const associations = element(xml, "FunctionAssociations", behaviour.inner, behaviour.innerEnd);
  const entries = [];
  let at = associations?.inner ?? behaviour.innerEnd;
  const end = associations?.innerEnd ?? behaviour.innerEnd;
  for (let item = element(xml, "FunctionAssociation", at, end); item; item = element(xml, "FunctionAssociation", at, end)) {
    entries.push({ arn: textOf(xml, "FunctionARN", item) ?? "", eventType: textOf(xml, "EventType", item) ?? "" });
    at = item.end;
  }
  return entries;
}
function viewerRequestFunctionArn(xml) {
  return defaultBehaviourFunctions(xml).find((entry) => entry.eventType === VIEWER_REQUEST)?.arn;
}

// src/aws/endpoints.ts
function awsDomain(region) {
  return region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
}
function stsEndpoint(region, override) {
  if (override !== void 0 && override !== "") return override.replace(/\/+$/, "");
  if (region === "") return "https://sts.amazonaws.com";
  return `https://sts.${region}.${awsDomain(region)}`;
}
function cloudFrontEndpoint(override) {
  return override === void 0 || override === "" ? "https://cloudfront.amazonaws.com" : override;
}
function keyValueStoreEndpoint(account, override) {
  return override === void 0 || override === "" ? `https://${account}.cloudfront-kvs.global.api.aws` : override;
}
function endpointUrl(endpoint) {
  return `${endpoint.protocol}//${endpoint.hostname}${endpoint.port === void 0 ? "" : `:${endpoint.port}`}`;
}
function resolveS3Location({ bucket, region, endpoint }) {
  const bucketSegment = "/" + encodeRfc3986(bucket);
  if (endpoint !== void 0 && endpoint !== "") {
    const { endpoint: parsed, basePath } = parseEndpointUrl(endpoint, "S3");
    return { endpoint: parsed, bucketPath: basePath + bucketSegment };
  }
  const host = `s3.${region}.${awsDomain(region)}`;
  if (bucket.includes(".")) {
    return { endpoint: { protocol: "https:", hostname: host }, bucketPath: bucketSegment };
  }
  return { endpoint: { protocol: "https:", hostname: `${bucket}.${host}` }, bucketPath: "" };
}
function parseEndpointUrl(value, service) {
  let url;
  try {
    url = parseHttpUrl(value, "http://127.0.0.1:4568");
  } catch (error2) {
    throw new Error(`${service} endpoint ${errorMessage(error2)}`);
  }
  const hostname2 = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  const protocol = url.protocol === "http:" ? "http:" : "https:";
  const endpoint = { protocol, hostname: hostname2, port: url.port === "" ? void 0 : Number(url.port) };
  return { endpoint, basePath: url.pathname.replace(/\/+$/, "") };
}

// src/aws/cloudfront-setup.ts
var API_VERSION = "2020-05-31";
var XMLNS = `http://cloudfront.amazonaws.com/doc/${API_VERSION}/`;
var DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
function etagOf(response) {
  const etag = response.headers["etag"];
  const value = Array.isArray(etag) ? etag[0] : etag;
  if (value === void 0 || value === "") throw new Error("CloudFront answered without an ETag header");
  return value;
}
function functionNameOf(arn) {
  return arn.slice(arn.lastIndexOf("/") + 1);
}
function parseFunctionSummary(body, etag) {
  const summary2 = child2(parseXml2(body), "FunctionSummary");
  const associations = child2(child2(summary2, "FunctionConfig"), "KeyValueStoreAssociations");
  const arn = text(child2(summary2, "FunctionMetadata"), "FunctionARN");
  if (arn === void 0) throw new Error("CloudFront answered without a <FunctionSummary> holding a FunctionARN");
  return {
    name: text(summary2, "Name") ?? functionNameOf(arn),
    arn,
    etag,
    keyValueStoreArns: children(child2(associations, "Items"), "KeyValueStoreAssociation").map(
      (item) => text(item, "KeyValueStoreARN") ?? ""
    )
  };
}
function functionConfigXml(input) {
  const items = input.keyValueStoreArns.map(
    (arn) => `<KeyValueStoreAssociation><KeyValueStoreARN>${escapeXml(arn)}</KeyValueStoreARN></KeyValueStoreAssociation>`
  ).join("");
  const stores = `<Quantity>${input.keyValueStoreArns.length}</Quantity>${items === "" ? "" : `<Items>${items}</Items>`}`;
  return `<FunctionConfig><Comment>${escapeXml(input.comment)}</Comment><Runtime>${escapeXml(input.runtime)}</Runtime><KeyValueStoreAssociations>${stores}</KeyValueStoreAssociations></FunctionConfig><FunctionCode>${input.code.toString("base64")}</FunctionCode>`;
}
function createFunctionXml(input) {
  return `${DECLARATION}<CreateFunctionRequest xmlns="${XMLNS}"><Name>${escapeXml(input.name)}</Name>${functionConfigXml(input)}</CreateFunctionRequest>`;
}
function updateFunctionXml(input) {
  return `${DECLARATION}<UpdateFunctionRequest xmlns="${XMLNS}">${functionConfigXml(input)}</UpdateFunctionRequest>`;
}
function createEdgeSetupClient({ http: http3, endpoint: override }) {
  const endpointUrl2 = cloudFrontEndpoint(override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl2, "CloudFront");
  async function call(operation, subject, request) {
    try {
      return await http3.send({
        service: "cloudfront",
        region: "us-east-1",
        endpoint,
        ...request,
        path: `${basePath}/${API_VERSION}${request.path}`,
        // Reads may be repeated; a write is sent once (a lost answer is found out by reading again).
        idempotent: request.method === "GET",
        label: `CloudFront ${operation} ${subject.name}`
      });
    } catch (error2) {
      const distributionId = subject.kind === "distribution" ? subject.name : "";
      const about = subject.kind === "distribution" ? void 0 : { kind: subject.kind, name: subject.name };
      throw explainCloudFrontError(error2, { operation, distributionId, endpoint: endpointUrl2, subject: about });
    }
  }
  async function found(codes, read) {
    try {
      return await read();
    } catch (error2) {
      if (error2 instanceof AwsError && codes.includes(error2.code)) return void 0;
      throw error2;
    }
  }
  const distribution = (id) => ({ kind: "distribution", name: id });
  const fn = (name2) => ({ kind: "function", name: name2 });
  const xmlBody = (xml) => ({ headers: { "content-type": "application/xml" }, body: Buffer.from(xml, "utf8") });
  const setup = {
    async getDistributionConfig(id) {
      const response = await call("GetDistributionConfig", distribution(id), {
        method: "GET",
        path: `/distribution/${encodeRfc3986(id)}/config`
      });
      return { xml: response.body.toString("utf8"), etag: etagOf(response) };
    },
    async updateDistributionConfig(id, xml, ifMatch) {
      const response = await call("UpdateDistribution", distribution(id), {
        method: "PUT",
        path: `/distribution/${encodeRfc3986(id)}/config`,
        ...xmlBody(xml),
        headers: { "content-type": "application/xml", "if-match": ifMatch }
      });
      return { etag: etagOf(response) };
    },
    async distributionStatus(id) {
      const response = await call("GetDistribution", distribution(id), {
        method: "GET",
        path: `/distribution/${encodeRfc3986(id)}`
      });
      return text(child2(parseXml2(response.body), "Distribution"), "Status") ?? "unknown";
    },
    async describeKeyValueStore(name2) {
      const subject = { kind: "key-value-store", name: name2 };
      const path10 = `/key-value-store/${encodeRfc3986(name2)}`;
      const response = await found(
        ["EntityNotFound"],
        () => call("DescribeKeyValueStore", subject, { method: "GET", path: path10 })
      );
      const arn = response && text(child2(parseXml2(response.body), "KeyValueStore"), "ARN");
      return arn === void 0 ? void 0 : { arn };
    },
    async createKeyValueStore(name2, comment) {
      const xml = `${DECLARATION}<CreateKeyValueStoreRequest xmlns="${XMLNS}"><Name>${escapeXml(name2)}</Name><Comment>${escapeXml(comment)}</Comment></CreateKeyValueStoreRequest>`;
      const response = await call(
        "CreateKeyValueStore",
        { kind: "key-value-store", name: name2 },
        { method: "POST", path: "/key-value-store/", ...xmlBody(xml) }
      );
      const arn = text(child2(parseXml2(response.body), "KeyValueStore"), "ARN");
      if (arn === void 0) throw new Error("CloudFront answered CreateKeyValueStore without the store ARN");
      return { arn };
    },
    async describeFunction(name2, stage) {
      const request = { method: "GET", path: `/function/${encodeRfc3986(name2)}/describe`, query: { Stage: stage } };
      const response = await found(["NoSuchFunctionExists"], () => call("DescribeFunction", fn(name2), request));
      return response && parseFunctionSummary(response.body, etagOf(response));
    },
    async createFunction(input) {
      const response = await call("CreateFunction", fn(input.name), {
        method: "POST",
        path: "/function",
        ...xmlBody(createFunctionXml(input))
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async updateFunction(input, ifMatch) {
      const response = await call("UpdateFunction", fn(input.name), {
        method: "PUT",
        path: `/function/${encodeRfc3986(input.name)}`,
        ...xmlBody(updateFunctionXml(input)),
        headers: { "content-type": "application/xml", "if-match": ifMatch }
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async functionCode(arn) {
      const name2 = functionNameOf(arn);
      const request = { method: "GET", path: `/function/${encodeRfc3986(name2)}`, query: { Stage: "LIVE" } };
      const response = await found(["NoSuchFunctionExists"], () => call("GetFunction", fn(name2), request));
      return response?.body.toString("utf8");
    },
    async publishFunction(name2, ifMatch) {
      const response = await call("PublishFunction", fn(name2), {
        method: "POST",
        path: `/function/${encodeRfc3986(name2)}/publish`,
        headers: { "if-match": ifMatch }
      });
      return parseFunctionSummary(response.body, etagOf(response));
    },
    async functionBehind(arn) {
      const live = await setup.describeFunction(functionNameOf(arn), "LIVE");
      return { arn, name: functionNameOf(arn), keyValueStoreArns: live?.keyValueStoreArns ?? [] };
    },
    async viewerRequestFunction(id) {
      const arn = viewerRequestFunctionArn((await setup.getDistributionConfig(id)).xml);
      return arn === void 0 ? void 0 : setup.functionBehind(arn);
    }
  };
  return setup;
}

// src/aws/cloudfront.ts
var API_VERSION2 = "2020-05-31";
var XMLNS2 = `http://cloudfront.amazonaws.com/doc/${API_VERSION2}/`;
var NEVER_AN_INVALIDATION = "never-an-invalidation";
function permissionOf(operation) {
  return operation in CLOUDFRONT_PERMISSIONS ? CLOUDFRONT_PERMISSIONS[operation] : CLOUDFRONT_SETUP_PERMISSIONS[operation].permission;
}
function createCloudFrontClient({ http: http3, endpoint: override }) {
  const setup = createEdgeSetupClient({ http: http3, endpoint: override });
  const endpointUrl2 = cloudFrontEndpoint(override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl2, "CloudFront");
  async function call(operation, distributionId, request) {
    try {
      const response = await http3.send({
        service: "cloudfront",
        region: "us-east-1",
        endpoint,
        ...request,
        path: `${basePath}/${API_VERSION2}/distribution/${encodeRfc3986(distributionId)}${request.path}`,
        idempotent: true,
        label: `CloudFront ${operation} ${distributionId}`
      });
      return response.body;
    } catch (error2) {
      throw explainCloudFrontError(error2, { operation, distributionId, endpoint: endpointUrl2 });
    }
  }
  return {
    async createInvalidation(distributionId, paths, callerReference2) {
      const body = Buffer.from(invalidationBatchXml(paths, callerReference2), "utf8");
      const answer = await call("CreateInvalidation", distributionId, {
        method: "POST",
        path: "/invalidation",
        headers: { "content-type": "application/xml" },
        body
      });
      return parseInvalidation(answer);
    },
    async getInvalidation(distributionId, id) {
      const answer = await call("GetInvalidation", distributionId, {
        method: "GET",
        path: `/invalidation/${encodeRfc3986(id)}`
      });
      return parseInvalidation(answer);
    },
    async getDistribution(distributionId) {
      const answer = await call("GetDistribution", distributionId, { method: "GET", path: "" });
      const cacheTagHeader = parseCacheTagHeader(answer);
      return { origins: parseDistributionOrigins(answer), ...cacheTagHeader !== void 0 && { cacheTagHeader } };
    },
    async checkDistribution(distributionId) {
      try {
        await call("GetInvalidation", distributionId, {
          method: "GET",
          path: `/invalidation/${NEVER_AN_INVALIDATION}`
        });
      } catch (error2) {
        if (error2 instanceof AwsError && error2.code === "NoSuchInvalidation") return;
        throw error2;
      }
    },
    viewerRequestFunction: setup.viewerRequestFunction,
    functionCode: setup.functionCode,
    isTransient: (error2) => classifyFailure(error2) !== "fatal"
  };
}
function invalidationBatchXml(paths, callerReference2) {
  const items = paths.map((path10) => `<Path>${escapeXml(path10)}</Path>`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?><InvalidationBatch xmlns="${XMLNS2}"><Paths><Quantity>${paths.length}</Quantity>${paths.length > 0 ? `<Items>${items}</Items>` : ""}</Paths><CallerReference>${escapeXml(callerReference2)}</CallerReference></InvalidationBatch>`;
}
function parseInvalidation(body) {
  const invalidation = child2(parseXml2(body), "Invalidation");
  const id = text(invalidation, "Id");
  const status = text(invalidation, "Status");
  if (id === void 0 || id === "" || status === void 0) {
    throw new Error("CloudFront answered without an <Invalidation> holding an Id and a Status");
  }
  return { id, status };
}
function parseDistributionOrigins(body) {
  const config = child2(child2(parseXml2(body), "Distribution"), "DistributionConfig");
  if (config === void 0) throw new Error("CloudFront answered without a <Distribution><DistributionConfig>");
  return children(child2(child2(config, "Origins"), "Items"), "Origin").map((origin) => ({
    id: text(origin, "Id") ?? "",
    domainName: text(origin, "DomainName") ?? "",
    originPath: text(origin, "OriginPath") ?? ""
  }));
}
function parseCacheTagHeader(body) {
  const config = child2(child2(parseXml2(body), "Distribution"), "DistributionConfig");
  const name2 = text(child2(config, "CacheTagConfig"), "HeaderName")?.trim();
  return name2 === void 0 || name2 === "" ? void 0 : name2;
}
var CLOUDFRONT_PERMISSIONS = {
  CreateInvalidation: "cloudfront:CreateInvalidation",
  GetInvalidation: "cloudfront:GetInvalidation",
  GetDistribution: "cloudfront:GetDistribution"
};
var CLOUDFRONT_SETUP_PERMISSIONS = {
  GetDistributionConfig: { permission: "cloudfront:GetDistributionConfig", on: "distribution" },
  UpdateDistribution: { permission: "cloudfront:UpdateDistribution", on: "distribution" },
  GetDistribution: { permission: "cloudfront:GetDistribution", on: "distribution" },
  DescribeFunction: { permission: "cloudfront:DescribeFunction", on: "function" },
  GetFunction: { permission: "cloudfront:GetFunction", on: "function" },
  CreateFunction: { permission: "cloudfront:CreateFunction", on: "function" },
  UpdateFunction: { permission: "cloudfront:UpdateFunction", on: "function" },
  PublishFunction: { permission: "cloudfront:PublishFunction", on: "function" },
  DescribeKeyValueStore: { permission: "cloudfront:DescribeKeyValueStore", on: "key-value-store" },
  CreateKeyValueStore: { permission: "cloudfront:CreateKeyValueStore", on: "key-value-store" }
};
function explainCloudFrontError(error2, { operation, distributionId, endpoint, subject }) {
  const target = subject ?? { kind: "distribution", name: distributionId };
  const source = failureFields(error2);
  const code = source.code;
  let advice;
  if (code === "NoSuchDistribution") {
    advice = `distribution ${distributionId} does not exist in this account: check distribution-id.`;
  } else if (code === "AccessDenied") {
    advice = `access denied. The identity needs ${permissionOf(operation)} on arn:aws:cloudfront::<account>:${target.kind}/${target.kind === "key-value-store" ? "*" : target.name} (check the IAM policy and any SCP).`;
  } else if (code === "PreconditionFailed") {
    advice = `${target.kind} ${target.name} changed since it was read (If-Match no longer matches): run again.`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE + (source.serverMessage ? ` CloudFront said: ${source.serverMessage}` : "");
  } else if (code === "InvalidationBatchAlreadyExists") {
    advice = "this CallerReference was already used for an invalidation with other paths. References are derived from the run id, run attempt and the paths, so this should not happen; re-run the job.";
  } else if (code === "TooManyInvalidationsInProgress") {
    advice = "too many invalidation paths are in progress; wait for some to complete.";
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(endpoint ?? "CloudFront", "AWS_ENDPOINT_URL_CLOUDFRONT", source);
  } else {
    advice = source.serverMessage ?? "no details were given.";
  }
  return explainedError(
    `CloudFront ${operation} on ${target.kind === "key-value-store" ? "KeyValueStore" : target.kind} ${target.name}`,
    source,
    advice,
    { resource: target.name },
    { cause: error2 }
  );
}

// src/aws/keyvaluestore.ts
var KEYVALUESTORE_PERMISSIONS = {
  DescribeKeyValueStore: "cloudfront-keyvaluestore:DescribeKeyValueStore",
  GetKey: "cloudfront-keyvaluestore:GetKey",
  UpdateKeys: "cloudfront-keyvaluestore:UpdateKeys"
};
function createKeyValueStoreClient({
  http: http3,
  storeArn,
  endpoint: override
}) {
  const { account } = parseStoreArn(storeArn);
  const endpointUrl2 = keyValueStoreEndpoint(account, override);
  const { endpoint, basePath } = parseEndpointUrl(endpointUrl2, "CloudFront KeyValueStore");
  const storePath = `${basePath}/key-value-stores/${encodeRfc3986(storeArn)}`;
  async function call(operation, request, key) {
    try {
      return await http3.send({
        service: "cloudfront-keyvaluestore",
        region: "*",
        signing: "sigv4a",
        endpoint,
        ...request,
        path: storePath + request.path,
        idempotent: true,
        classify: classifyKeyValueStoreFailure,
        label: `CloudFront KeyValueStore ${operation}${key === void 0 ? "" : ` ${key}`}`
      });
    } catch (error2) {
      throw explainKeyValueStoreError(error2, { operation, storeArn, key, endpoint: endpointUrl2 });
    }
  }
  const what = (operation) => `CloudFront KeyValueStore ${operation} on ${storeArn}`;
  const etagOf2 = (response, operation) => {
    const etag = response.headers["etag"];
    if (typeof etag !== "string" || etag === "") throw new Error(`${what(operation)} answered without an ETag`);
    return etag;
  };
  async function version() {
    return etagOf2(await call("DescribeKeyValueStore", { method: "GET", path: "" }), "DescribeKeyValueStore");
  }
  return {
    name: storeArn,
    version,
    async get(key) {
      let response;
      try {
        response = await call("GetKey", { method: "GET", path: `/keys/${encodeRfc3986(key)}` }, key);
      } catch (error2) {
        if (errorCode(error2) !== "ResourceNotFoundException") throw error2;
        await version();
        return void 0;
      }
      const value = jsonOf(response, what("GetKey"))["Value"];
      if (typeof value !== "string") throw new Error(`${what("GetKey")} answered without a Value for ${key}`);
      return value;
    },
    async update(ifMatch, change) {
      const response = await call("UpdateKeys", {
        method: "POST",
        path: "/keys",
        headers: { "content-type": "application/json", "if-match": ifMatch },
        body: Buffer.from(JSON.stringify(updateKeysBody(change)), "utf8")
      });
      return etagOf2(response, "UpdateKeys");
    },
    isConflict: (error2) => errorCode(error2) === "ConflictException"
  };
}
function updateKeysBody(change) {
  const puts = Object.entries(change.puts ?? {}).map(([Key, Value]) => ({ Key, Value }));
  const deletes = (change.deletes ?? []).map((Key) => ({ Key }));
  return { ...puts.length > 0 && { Puts: puts }, ...deletes.length > 0 && { Deletes: deletes } };
}
function jsonOf(response, what) {
  try {
    const parsed = JSON.parse(response.body.toString("utf8"));
    if (typeof parsed === "object" && parsed !== null) return parsed;
  } catch {
  }
  throw new Error(`${what} answered with something other than a JSON object`);
}
function classifyKeyValueStoreFailure(error2) {
  if (error2 instanceof AwsError && error2.code === "InvalidSignatureException" && error2.serverTime !== void 0 && /^Signature (expired|not yet current)/.test(error2.serverMessage ?? "")) {
    return "clockSkew";
  }
  return classifyFailure(error2);
}
function explainKeyValueStoreError(error2, { operation, storeArn, key, endpoint }) {
  const source = failureFields(error2);
  const code = source.code;
  let advice;
  if (code === "ConflictException") {
    advice = "the store changed since its ETag was read (another deploy, or someone, wrote to it).";
  } else if (code === "ResourceNotFoundException") {
    advice = operation === "GetKey" ? `the store has no key ${key ?? ""} (or the store does not exist).` : "the KeyValueStore does not exist in this account: check release-store.";
  } else if (code === "AccessDeniedException" || code === "AccessDenied") {
    advice = `access denied. The identity needs ${KEYVALUESTORE_PERMISSIONS[operation]} on ${storeArn} (check the IAM policy and any SCP).`;
  } else if (code === "ValidationException") {
    advice = `the store refused the request as invalid: ${source.serverMessage ?? "no details were given"}.`;
  } else if (code === "ServiceQuotaExceededException") {
    advice = `the store is at a limit (size or keys): ${source.serverMessage ?? "no details were given"}.`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE + (source.serverMessage ? ` The store said: ${source.serverMessage}` : "");
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(
      endpoint ?? "the KeyValueStore endpoint",
      "AWS_ENDPOINT_URL_CLOUDFRONT_KEYVALUESTORE",
      source
    );
  } else {
    advice = source.serverMessage ?? "no details were given.";
  }
  const target = key === void 0 ? storeArn : `${storeArn} key ${key}`;
  return explainedError(
    `CloudFront KeyValueStore ${operation} on ${target}`,
    source,
    advice,
    { resource: storeArn },
    {
      cause: error2
    }
  );
}

// src/aws/s3.ts
var import_node_crypto7 = __toESM(require_crypto(), 1);
var import_node_fs = __toESM(require_fs(), 1);

// src/aws/part-buffers.ts
function createPartBuffers(max) {
  const free = [];
  const waiting = [];
  let lent = 0;
  return {
    max,
    async take(bytes) {
      while (lent >= max) await new Promise((resolve2) => waiting.push(resolve2));
      lent += 1;
      const fits = free.findIndex((buffer) => buffer.length >= bytes);
      return fits >= 0 ? free.splice(fits, 1)[0] : Buffer.allocUnsafe(bytes);
    },
    give(buffer) {
      lent -= 1;
      free.push(buffer);
      if (free.length + lent > max) free.sort((a, b) => b.length - a.length).pop();
      waiting.shift()?.();
    }
  };
}

// src/aws/s3-errors.ts
var S3_ACTIONS = {
  ListObjectsV2: { permission: "s3:ListBucket", on: "bucket" },
  ListMultipartUploads: { permission: "s3:ListBucketMultipartUploads", on: "bucket" },
  GetObject: { permission: "s3:GetObject", on: "objects" },
  HeadObject: { permission: "s3:GetObject", on: "objects" },
  PutObject: { permission: "s3:PutObject", on: "objects" },
  CreateMultipartUpload: { permission: "s3:PutObject", on: "objects" },
  UploadPart: { permission: "s3:PutObject", on: "objects" },
  CompleteMultipartUpload: { permission: "s3:PutObject", on: "objects" },
  // The source needs s3:GetObject too; the message names the permission of the destination's write.
  CopyObject: { permission: "s3:PutObject", on: "objects" },
  UploadPartCopy: { permission: "s3:PutObject", on: "objects" },
  AbortMultipartUpload: { permission: "s3:AbortMultipartUpload", on: "objects" },
  DeleteObjects: { permission: "s3:DeleteObject", on: "objects" }
};
function explainS3Error(error2, context) {
  const source = failureFields(error2);
  const { action, bucket, key, region } = context;
  const { permission, on } = S3_ACTIONS[action];
  const target = key === void 0 ? `s3://${bucket}` : `s3://${bucket}/${key}`;
  const arn = on === "bucket" ? `arn:aws:s3:::${bucket}` : `arn:aws:s3:::${bucket}/*`;
  const code = source.code;
  let advice;
  if (code === "NoSuchBucket") {
    advice = `the bucket "${bucket}" does not exist. Check the bucket name, the region (${region}) and the endpoint.`;
  } else if (code === "AccessDenied" || code === "Forbidden" || code === "AllAccessDisabled") {
    const owner = context.expectedBucketOwner;
    const grant = `${permission} on ${arn}${kmsNeeds(action, context.encryption)}`;
    advice = (owner === void 0 ? `access denied to ${target}. The identity needs ${grant}` : `access denied to ${target}: either the bucket "${bucket}" is not owned by account ${owner} (the expected-bucket-owner input), or the identity needs ${grant}`) + " (check the IAM policy, the bucket policy and any SCP or KMS key policy).";
  } else if (code.startsWith("KMS.") || code === "KMSKeyNotAccessible") {
    advice = `S3 could not use the KMS key ${context.encryption?.kmsKeyId ?? "of the bucket"} (${source.serverMessage ?? code}). Check the sse-kms-key-id input (a key in the bucket's region), that the key is enabled, and its key policy.`;
  } else if (CREDENTIAL_CODES.has(code)) {
    advice = CREDENTIALS_ADVICE;
  } else if (code === "AccessControlListNotSupported") {
    advice = `the bucket "${bucket}" does not accept ACLs: its Object Ownership is 'Bucket owner enforced' (the default for buckets created since April 2023). Either remove the \`acl\` input or enable ACLs on the bucket (Object Ownership 'Bucket owner preferred').`;
  } else if (source.region !== void 0 && source.region !== region && isRegionError(code, source.status)) {
    advice = `the bucket "${bucket}" is in region ${source.region}, not ${region}. Set the region to ${source.region}.`;
  } else if (isRegionError(code, source.status)) {
    advice = `the bucket "${bucket}" is not in region ${region}. Set the region the bucket was created in.`;
  } else if (UNREACHABLE_CODES.has(code)) {
    advice = unreachableAdvice(context.endpoint ?? "the S3 endpoint", "AWS_ENDPOINT_URL_S3", source);
  } else {
    advice = source.serverMessage ?? "no details were given.";
  }
  const fields = key === void 0 ? { bucket } : { bucket, key };
  return explainedError(`S3 ${action} on ${target}`, source, advice, fields, { cause: error2 });
}
function kmsNeeds(action, encryption) {
  const needs = KMS_PERMISSIONS[action];
  if (encryption === void 0 || encryption.mode === "AES256" || needs === void 0) return "";
  return `, and ${needs} on the KMS key ${encryption.kmsKeyId ?? "aws/s3"}`;
}
var MULTIPART_KMS = "kms:GenerateDataKey and kms:Decrypt";
var KMS_PERMISSIONS = {
  GetObject: "kms:Decrypt",
  HeadObject: "kms:Decrypt",
  PutObject: "kms:GenerateDataKey",
  CreateMultipartUpload: MULTIPART_KMS,
  UploadPart: MULTIPART_KMS,
  CompleteMultipartUpload: MULTIPART_KMS,
  CopyObject: MULTIPART_KMS,
  UploadPartCopy: MULTIPART_KMS
};
function isRegionError(code, status) {
  return code === "PermanentRedirect" || code === "AuthorizationHeaderMalformed" || code === "IllegalLocationConstraintException" || status === 301;
}

// src/aws/s3-call.ts
var CREATES_OBJECT = /* @__PURE__ */ new Set(["PutObject", "CreateMultipartUpload", "CopyObject"]);
function createS3Caller({ http: http3, bucket, endpoint, log, ...config }) {
  let region = config.region;
  let location = resolveS3Location({ bucket, region, endpoint });
  const { encryption, expectedBucketOwner } = config;
  const everyRequest = expectedBucketOwner === void 0 ? {} : { "x-amz-expected-bucket-owner": expectedBucketOwner };
  const newObjects = { ...everyRequest, ...encryptionFields(encryption) };
  async function call(spec, redirected = false) {
    const path10 = spec.key === void 0 ? location.bucketPath || "/" : `${location.bucketPath}/${encodeKeyPath(spec.key)}`;
    try {
      return await http3.send({
        service: "s3",
        region,
        endpoint: location.endpoint,
        method: spec.method,
        path: path10,
        query: spec.query,
        headers: { ...CREATES_OBJECT.has(spec.action) ? newObjects : everyRequest, ...spec.headers },
        body: spec.body,
        errorIn200: spec.errorIn200,
        idempotent: spec.idempotent,
        onRetry: spec.onRetry,
        idleTimeoutMs: spec.idleTimeoutMs,
        label: spec.key === void 0 ? `S3 ${spec.action} s3://${bucket}` : `S3 ${spec.action} ${spec.key}`
      });
    } catch (error2) {
      const target = error2 instanceof AwsError && isRegionError(error2.code, error2.status) ? error2.region : void 0;
      if (!redirected && target !== void 0 && target !== region) {
        log.info(
          `S3 bucket "${bucket}" is in region ${target}, not ${region}: following it there (set the region to ${target} to skip this).`
        );
        region = target;
        location = resolveS3Location({ bucket, region, endpoint });
        return call(spec, true);
      }
      throw explainS3Error(error2, {
        action: spec.action,
        bucket,
        region,
        endpoint: endpointUrl(location.endpoint),
        key: spec.key,
        encryption,
        expectedBucketOwner
      });
    }
  }
  return {
    bucket,
    get region() {
      return region;
    },
    http: http3,
    log,
    call: (spec) => call(spec)
  };
}
function objectHeaderFields(headers) {
  const fields = { "content-type": headers.contentType };
  if (headers.cacheControl !== void 0) fields["cache-control"] = headers.cacheControl;
  if (headers.acl !== void 0) fields["x-amz-acl"] = headers.acl;
  if (headers.storageClass !== void 0) fields["x-amz-storage-class"] = headers.storageClass;
  if (headers.contentDisposition !== void 0) fields["content-disposition"] = headers.contentDisposition;
  if (headers.contentLanguage !== void 0) fields["content-language"] = headers.contentLanguage;
  if (headers.contentEncoding !== void 0) fields["content-encoding"] = headers.contentEncoding;
  if (headers.expires !== void 0) fields["expires"] = headers.expires;
  if (headers.websiteRedirectLocation !== void 0)
    fields["x-amz-website-redirect-location"] = headers.websiteRedirectLocation;
  for (const [name2, value] of Object.entries(headers.metadata)) fields[`x-amz-meta-${name2.toLowerCase()}`] = value;
  return fields;
}
function encryptionFields(encryption) {
  if (encryption === void 0) return {};
  const fields = { "x-amz-server-side-encryption": encryption.mode };
  if (encryption.kmsKeyId !== void 0) fields["x-amz-server-side-encryption-aws-kms-key-id"] = encryption.kmsKeyId;
  if (encryption.bucketKey !== void 0)
    fields["x-amz-server-side-encryption-bucket-key-enabled"] = String(encryption.bucketKey);
  return fields;
}
function normalizeEtag(etag) {
  return String(etag ?? "").replace(/"/g, "").toLowerCase();
}

// src/aws/s3-multipart.ts
var import_node_crypto6 = __toESM(require_crypto(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_stream = __toESM(require_stream(), 1);

// src/aws/s3-uploads.ts
async function listUploads(s3, prefix) {
  const found = [];
  let marker;
  for (; ; ) {
    const query = { uploads: "", prefix, "encoding-type": "url" };
    if (marker !== void 0) Object.assign(query, { "key-marker": marker.key, "upload-id-marker": marker.uploadId });
    const response = await s3.call({ action: "ListMultipartUploads", method: "GET", query, idempotent: true });
    const result = child2(parseXml2(response.body), "ListMultipartUploadsResult");
    const urlEncoded = text(result, "EncodingType")?.toLowerCase() === "url";
    const decode = (value) => urlEncoded ? decodeUrlEncodedKey(value) : value;
    for (const upload2 of children(result, "Upload")) {
      const key = text(upload2, "Key");
      const uploadId = text(upload2, "UploadId");
      if (key === void 0 || uploadId === void 0) continue;
      found.push({ key: decode(key), uploadId, initiated: Date.parse(text(upload2, "Initiated") ?? "") });
    }
    const nextKey = text(result, "NextKeyMarker");
    const nextUploadId = text(result, "NextUploadIdMarker");
    if (text(result, "IsTruncated") !== "true" || !nextKey || nextUploadId === void 0) return found;
    if (marker?.key === decode(nextKey) && marker.uploadId === nextUploadId) {
      throw new Error(`S3 ListMultipartUploads on s3://${s3.bucket}: a truncated page came without a new marker`);
    }
    marker = { key: decode(nextKey), uploadId: nextUploadId };
  }
}
async function abortUpload(s3, key, uploadId) {
  try {
    await s3.call({ action: "AbortMultipartUpload", method: "DELETE", key, query: { uploadId }, idempotent: true });
  } catch (error2) {
    if (errorCode(error2) !== "NoSuchUpload") throw error2;
  }
}
async function abortUploads(s3, prefix, rule, why) {
  let aborted = 0;
  const left = [];
  try {
    for (const upload2 of await listUploads(s3, prefix)) {
      const stale = rule.keys.has(upload2.key) && rule.except?.(upload2.uploadId) !== true && (rule.initiatedBy === void 0 || upload2.initiated <= rule.initiatedBy);
      if (!stale) {
        left.push(upload2);
        continue;
      }
      await abortUpload(s3, upload2.key, upload2.uploadId);
      aborted++;
      const started = Number.isNaN(upload2.initiated) ? "at an unknown time" : new Date(upload2.initiated).toISOString();
      s3.log.info(
        `S3: aborted the incomplete multipart upload of ${upload2.key} ${why} (started ${started}, upload id ${upload2.uploadId})`
      );
    }
  } catch (error2) {
    s3.log.warning(
      `S3: could not clean up incomplete multipart uploads under s3://${s3.bucket}/${prefix}: ${errorMessage(error2)}`
    );
    return { aborted, left: void 0 };
  }
  return { aborted, left };
}

// src/aws/s3-multipart.ts
var S3_XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
var MAX_PARTS = 1e4;
async function uploadMultipart(s3, key, file, headerFields, options) {
  const uploadId = await createUpload(s3, key, { ...headerFields, "x-amz-meta-md5": file.md5 }, options.uploadsBefore);
  let parts;
  let answeredEtag2;
  try {
    parts = await uploadParts(s3, key, uploadId, file, options);
    answeredEtag2 = await completeUpload(s3, key, uploadId, parts, file.md5);
  } catch (error2) {
    await abortOrWarn(s3, key, uploadId);
    throw error2;
  }
  return answeredEtag2 ?? multipartEtag(parts.map((part) => part.md5));
}
function multipartEtag(partDigests) {
  return `${(0, import_node_crypto6.createHash)("md5").update(Buffer.concat(partDigests)).digest("hex")}-${partDigests.length}`;
}
async function createUpload(s3, key, headers, uploadsBefore) {
  const before = uploadsBefore === void 0 ? await listUploads(s3, key).catch(() => void 0) : (await uploadsBefore)?.filter((upload2) => upload2.key === key);
  let retried = false;
  const abortOrphans = async (except) => {
    if (before === void 0) {
      s3.log.warning(
        `S3: CreateMultipartUpload of ${key} was retried; an upload a lost answer started may be left (it could not be listed)`
      );
      return;
    }
    const known = /* @__PURE__ */ new Set([...before.map((upload2) => upload2.uploadId), ...except === void 0 ? [] : [except]]);
    await abortUploads(
      s3,
      key,
      { keys: /* @__PURE__ */ new Set([key]), except: (id) => known.has(id) },
      "that a lost CreateMultipartUpload answer started"
    );
  };
  try {
    const created = await s3.call({
      action: "CreateMultipartUpload",
      method: "POST",
      key,
      query: { uploads: "" },
      headers,
      idempotent: true,
      onRetry: () => {
        retried = true;
      }
    });
    const uploadId = text(child2(parseXml2(created.body), "InitiateMultipartUploadResult"), "UploadId");
    if (uploadId === void 0 || uploadId === "") {
      throw new Error(`S3 CreateMultipartUpload on s3://${s3.bucket}/${key}: the answer has no UploadId`);
    }
    if (retried) await abortOrphans(uploadId);
    return uploadId;
  } catch (error2) {
    if (retried) await abortOrphans();
    throw error2;
  }
}
async function uploadParts(s3, key, uploadId, file, options) {
  const partSize = partSizeFor(file.size, options.partSize);
  const partCount = Math.ceil(file.size / partSize);
  const indexes = Array.from({ length: partCount }, (_, i) => i);
  const handle = await (0, import_promises.open)(file.absPath, "r");
  try {
    return await mapLimit(indexes, options.buffers.max, async (index) => {
      const start = index * partSize;
      const length = Math.min(file.size, start + partSize) - start;
      const buffer = await options.buffers.take(partSize);
      try {
        const part = buffer.subarray(0, length);
        await readFully(handle, part, start);
        const md5 = (0, import_node_crypto6.createHash)("md5").update(part).digest();
        const response = await s3.call({
          action: "UploadPart",
          method: "PUT",
          key,
          query: { partNumber: String(index + 1), uploadId },
          headers: { "content-md5": md5.toString("base64"), "content-length": String(length) },
          // A stream of the one chunk: sent unsigned like any streamed body (Content-MD5 guards it).
          body: () => import_node_stream.Readable.from([part]),
          idempotent: true
        });
        options.onBytes?.(length);
        const etag = response.headers.etag;
        if (typeof etag !== "string")
          throw new Error(`S3 UploadPart ${index + 1} of s3://${s3.bucket}/${key}: no ETag in the answer`);
        return { etag, md5 };
      } finally {
        options.buffers.give(buffer);
      }
    });
  } finally {
    await handle.close();
  }
}
async function readFully(handle, target, position) {
  for (let done = 0; done < target.length; ) {
    const { bytesRead } = await handle.read(target, done, target.length - done, position + done);
    if (bytesRead === 0) throw new Error(`the file ended at byte ${position + done} while it was being uploaded`);
    done += bytesRead;
  }
}
var COMPLETE_IDLE_TIMEOUT_MS = 15 * 6e4;
async function completeUpload(s3, key, uploadId, parts, md5) {
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="${S3_XMLNS}">` + parts.map((part, i) => `<Part><PartNumber>${i + 1}</PartNumber><ETag>${escapeXml(part.etag)}</ETag></Part>`).join("") + "</CompleteMultipartUpload>"
  );
  let retried = false;
  try {
    const completed = await s3.call({
      action: "CompleteMultipartUpload",
      method: "POST",
      key,
      query: { uploadId },
      headers: { "content-type": "application/xml" },
      body,
      errorIn200: true,
      idempotent: true,
      idleTimeoutMs: COMPLETE_IDLE_TIMEOUT_MS,
      onRetry: () => {
        retried = true;
      }
    });
    return namedEtag(completed);
  } catch (error2) {
    if (!retried || errorCode(error2) !== "NoSuchUpload") throw error2;
    const head = await s3.call({ action: "HeadObject", method: "HEAD", key, idempotent: true });
    if (head.headers["x-amz-meta-md5"] !== md5) throw error2;
    return nonEmpty2(normalizeEtag(head.headers.etag));
  }
}
function namedEtag(answer) {
  let inBody;
  try {
    const result = parseXml2(answer.body);
    const root = child2(result, "CompleteMultipartUploadResult") ?? child2(result, "CompleteMultipartUploadResponse");
    inBody = text(root, "ETag");
  } catch {
    inBody = void 0;
  }
  return nonEmpty2(normalizeEtag(inBody || answer.headers.etag));
}
function nonEmpty2(etag) {
  return etag === "" ? void 0 : etag;
}
function partSizeFor(size, partSize) {
  return Math.max(partSize, Math.ceil(size / MAX_PARTS));
}
async function abortOrWarn(s3, key, uploadId) {
  await abortUpload(s3, key, uploadId).catch((abortError) => {
    s3.log.warning(
      `S3 AbortMultipartUpload of s3://${s3.bucket}/${key} (upload id ${uploadId}) failed too: ${errorMessage(abortError)}`
    );
  });
}

// src/aws/s3-copy.ts
async function copyObject(s3, source, key, headers, options) {
  const copySource = `/${s3.bucket}/${encodeKeyPath(source.key)}`;
  if (source.size > options.threshold) return copyInParts(s3, source, copySource, key, headers, options);
  const response = await s3.call({
    action: "CopyObject",
    method: "PUT",
    key,
    headers: {
      ...objectHeaderFields(headers),
      "x-amz-copy-source": copySource,
      "x-amz-metadata-directive": "REPLACE"
    },
    errorIn200: true,
    idempotent: true
  });
  return answeredEtag(response.body, "CopyObjectResult", `S3 CopyObject of ${source.key} to ${key}`);
}
async function copyInParts(s3, source, copySource, key, headers, options) {
  const fields = { ...objectHeaderFields(headers), "x-amz-meta-md5": source.md5 };
  const uploadId = await createUpload(s3, key, fields, void 0);
  try {
    const partSize = partSizeFor(source.size, options.partSize);
    const ranges = Array.from({ length: Math.ceil(source.size / partSize) }, (_, i) => ({
      number: i + 1,
      first: i * partSize,
      last: Math.min(source.size, (i + 1) * partSize) - 1
    }));
    const parts = await mapLimit(ranges, options.concurrency, async (range2) => {
      const response = await s3.call({
        action: "UploadPartCopy",
        method: "PUT",
        key,
        query: { partNumber: String(range2.number), uploadId },
        headers: { "x-amz-copy-source": copySource, "x-amz-copy-source-range": `bytes=${range2.first}-${range2.last}` },
        errorIn200: true,
        idempotent: true
      });
      const etag2 = text(child2(parseXml2(response.body), "CopyPartResult"), "ETag");
      if (etag2 === void 0 || etag2 === "") {
        throw new Error(`S3 UploadPartCopy ${range2.number} of ${source.key} to ${key}: no ETag in the answer`);
      }
      return { etag: etag2 };
    });
    const etag = await completeUpload(s3, key, uploadId, parts, source.md5);
    if (etag === void 0) throw new Error(`S3 CompleteMultipartUpload of the copy to ${key}: no ETag in the answer`);
    return etag;
  } catch (error2) {
    await abortOrWarn(s3, key, uploadId);
    throw error2;
  }
}
function answeredEtag(body, root, what) {
  const etag = normalizeEtag(text(child2(parseXml2(body), root), "ETag"));
  if (etag === "") throw new Error(`${what}: no ETag in the answer`);
  return etag;
}

// src/aws/list-objects-xml.ts
var CONTENTS_FIELDS = {
  Key: "key",
  ETag: "etag",
  Size: "size",
  StorageClass: "storageClass"
};
var PAGE_FIELDS = {
  IsTruncated: "isTruncated",
  NextContinuationToken: "nextContinuationToken",
  EncodingType: "encodingType"
};
function parseListPage(body) {
  if (typeof body !== "string" && body.indexOf("<!") < 0 && body.indexOf("\r") < 0) {
    const page = pageFromBuffer(body);
    if (page !== void 0) return page;
  }
  return parseText(typeof body === "string" ? body : body.toString("utf8"));
}
var OPEN_CONTENTS = "<Contents>";
var CLOSE_CONTENTS = "</Contents>";
function pageFromBuffer(body) {
  const contents = [];
  const rest = [];
  let pos = 0;
  for (let open3 = body.indexOf(OPEN_CONTENTS); open3 >= 0; open3 = body.indexOf(OPEN_CONTENTS, pos)) {
    const start = open3 + OPEN_CONTENTS.length;
    const end = body.indexOf(CLOSE_CONTENTS, start);
    if (end < 0) break;
    rest.push(body.toString("utf8", pos, open3));
    contents.push(contentsFromBuffer(body.subarray(start, end)));
    pos = end + CLOSE_CONTENTS.length;
  }
  rest.push(body.toString("utf8", pos));
  const around = rest.join("");
  if (around.includes("<Contents")) return void 0;
  const page = parseText(around);
  return page === void 0 ? void 0 : { ...page, contents };
}
var FIELD_TAGS = Object.entries(CONTENTS_FIELDS).map(([name2, field]) => ({
  field,
  name: `<${name2}`,
  open: `<${name2}>`,
  close: Buffer.from(`</${name2}>`)
}));
function contentsFromBuffer(block) {
  const entry = {};
  for (const tag of FIELD_TAGS) {
    const open3 = block.indexOf(tag.open);
    if (open3 < 0) {
      if (block.includes(tag.name)) return readElements(new Reader(block.toString("utf8")));
      continue;
    }
    const start = open3 + tag.open.length;
    const end = block.indexOf(60, start);
    const closed = end >= 0 && end + tag.close.length <= block.length;
    if (!closed || tag.close.compare(block, end, end + tag.close.length) !== 0) {
      return readElements(new Reader(block.toString("utf8")));
    }
    entry[tag.field] = unescapeXml2(block.toString("utf8", start, end));
  }
  return entry;
}
function parseText(text3) {
  const xml = text3.includes("\r") ? text3.replace(/\r\n?/g, "\n") : text3;
  const reader = new Reader(xml);
  const root = reader.nextOpenTag();
  if (root?.name !== "ListBucketResult") return void 0;
  const page = { contents: [] };
  if (root.selfClosing) return page;
  for (let tag = reader.childTag(); tag !== void 0; tag = reader.childTag()) {
    if (tag.name === "Contents" && !tag.selfClosing) {
      page.contents.push(readContents(reader));
      continue;
    }
    const field = PAGE_FIELDS[tag.name];
    if (field !== void 0) {
      const value = tag.selfClosing ? "" : reader.leafText();
      if (page[field] === void 0) page[field] = value;
    } else if (!tag.selfClosing) {
      reader.skipElement();
    }
  }
  return page;
}
function readContents(reader) {
  return reader.plainContents() ?? readElements(reader);
}
function plainContents(block) {
  if (block.includes("<!")) return void 0;
  const entry = {};
  for (const name2 in CONTENTS_FIELDS) {
    const open3 = block.indexOf(`<${name2}>`);
    if (open3 < 0) {
      if (block.includes(`<${name2}`)) return void 0;
      continue;
    }
    const start = open3 + name2.length + 2;
    const end = block.indexOf("<", start);
    if (!block.startsWith(`</${name2}>`, end)) return void 0;
    entry[CONTENTS_FIELDS[name2]] = unescapeXml2(block.slice(start, end));
  }
  return entry;
}
function readElements(reader) {
  const entry = {};
  for (let tag = reader.childTag(); tag !== void 0; tag = reader.childTag()) {
    const field = CONTENTS_FIELDS[tag.name];
    if (field !== void 0) {
      const value = tag.selfClosing ? "" : reader.leafText();
      if (entry[field] === void 0) entry[field] = value;
    } else if (!tag.selfClosing) {
      reader.skipElement();
    }
  }
  return entry;
}
var Reader = class {
  constructor(xml) {
    this.xml = xml;
  }
  xml;
  pos = 0;
  /** The next element's start tag anywhere ahead (prolog, comments and doctype skipped). */
  nextOpenTag() {
    for (; ; ) {
      const lt = this.xml.indexOf("<", this.pos);
      if (lt < 0) return void 0;
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith("</", lt)) return void 0;
      return this.openTag();
    }
  }
  /**
   * The next child start tag of the element whose content the cursor is in, or undefined after
   * consuming that element's end tag. Text between children is ignored.
   */
  childTag() {
    for (; ; ) {
      const lt = this.xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = this.xml.length;
        return void 0;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith("</", lt)) {
        this.pos = this.after(">", lt);
        return void 0;
      }
      return this.openTag();
    }
  }
  /** A Contents element read by plainContents, if it can; the cursor then moves past it. */
  plainContents() {
    const end = this.xml.indexOf("</Contents>", this.pos);
    if (end < 0) return void 0;
    const entry = plainContents(this.xml.slice(this.pos, end));
    if (entry !== void 0) this.pos = end + "</Contents>".length;
    return entry;
  }
  /** Text content up to the element's end tag, which is consumed. */
  leafText() {
    let text3 = "";
    for (; ; ) {
      const lt = this.xml.indexOf("<", this.pos);
      if (lt < 0) {
        text3 += unescapeXml2(this.xml.slice(this.pos));
        this.pos = this.xml.length;
        return text3;
      }
      text3 += unescapeXml2(this.xml.slice(this.pos, lt));
      if (this.xml.startsWith("<![CDATA[", lt)) {
        const end = this.xml.indexOf("]]>", lt + 9);
        const stop = end < 0 ? this.xml.length : end;
        text3 += this.xml.slice(lt + 9, stop);
        this.pos = end < 0 ? stop : end + 3;
        continue;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith("</", lt)) {
        this.pos = this.after(">", lt);
        return text3;
      }
      this.openTag().selfClosing || this.skipElement();
    }
  }
  /** Skips the rest of the element whose content the cursor is in, end tag included. */
  skipElement() {
    let depth2 = 1;
    while (depth2 > 0) {
      const lt = this.xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = this.xml.length;
        return;
      }
      this.pos = lt;
      if (this.skipMarkup()) continue;
      if (this.xml.startsWith("</", lt)) {
        depth2 -= 1;
        this.pos = this.after(">", lt);
      } else if (!this.openTag().selfClosing) {
        depth2 += 1;
      }
    }
  }
  /** At '<': steps over CDATA, a comment, a processing instruction or a declaration. */
  skipMarkup() {
    const at = this.pos;
    const { xml } = this;
    if (xml.charCodeAt(at + 1) === 63) this.pos = this.after("?>", at);
    else if (xml.startsWith("<!--", at)) this.pos = this.after("-->", at);
    else if (xml.startsWith("<![CDATA[", at)) this.pos = this.after("]]>", at);
    else if (xml.charCodeAt(at + 1) === 33) this.pos = this.after(">", at);
    else return false;
    return true;
  }
  /** At '<' of a start tag: reads it (attributes ignored) and moves past it. */
  openTag() {
    const { xml } = this;
    const gt = this.findTagEnd(this.pos);
    let nameEnd = this.pos + 1;
    while (nameEnd < gt && !isNameEnd(xml.charCodeAt(nameEnd))) nameEnd++;
    const name2 = xml.slice(this.pos + 1, nameEnd);
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    this.pos = gt + 1;
    return { name: name2, selfClosing };
  }
  /** The '>' closing a start tag, skipping any '>' inside quoted attribute values. */
  findTagEnd(from) {
    const { xml } = this;
    let quote = 0;
    for (let i = from + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) {
        quote = c;
      } else if (c === 62) {
        return i;
      }
    }
    return xml.length - 1;
  }
  after(token, from) {
    const at = this.xml.indexOf(token, from + 1);
    return at < 0 ? this.xml.length : at + token.length;
  }
};
function isNameEnd(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47;
}
var NAMED2 = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml2(text3) {
  const amp = text3.indexOf("&");
  if (amp < 0) return text3;
  if (amp === 0 && text3.startsWith("&quot;") && text3.indexOf("&", 6) === text3.length - 6 && text3.endsWith("&quot;")) {
    return `"${text3.slice(6, -6)}"`;
  }
  return text3.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole2, ref) => {
    if (ref.charCodeAt(0) !== 35) return NAMED2[ref] ?? whole2;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 1114111 ? whole2 : String.fromCodePoint(code);
  });
}

// src/aws/s3-list.ts
async function listObjects(s3, prefix, splitAfter, concurrency) {
  const cutsP = Promise.resolve(splitAfter).then(
    (keys2) => [...new Set(keys2.filter((key) => key.startsWith(prefix)))].sort(compareKeys)
  );
  const firstRange = listRange(
    s3,
    prefix,
    void 0,
    boundLater(cutsP.then((cuts2) => cuts2[0])),
    requestPage(s3, prefix, {})
  );
  firstRange.catch(() => void 0);
  const cuts = await cutsP;
  const ranges = cuts.map((startAfter, i) => ({ startAfter, last: cuts[i + 1] }));
  const [first, rest] = await Promise.all([
    firstRange,
    mapLimit(ranges, concurrency, (range2) => listRange(s3, prefix, range2.startAfter, boundAt(range2.last)))
  ]);
  const found = /* @__PURE__ */ new Map();
  for (const objects of [first, ...rest]) {
    for (const object of objects) found.set(object.key, object);
  }
  return [...found.values()];
}
function boundAt(last) {
  return { known: true, last, settled: Promise.resolve(last) };
}
function boundLater(settled) {
  const bound2 = { known: false, last: void 0, settled };
  settled.then(
    (last) => {
      bound2.last = last;
      bound2.known = true;
    },
    () => void 0
  );
  return bound2;
}
function requestPage(s3, prefix, page) {
  const query = { "list-type": "2", "encoding-type": "url" };
  if (prefix !== "") query["prefix"] = prefix;
  if (page.maxKeys !== void 0) query["max-keys"] = String(page.maxKeys);
  if (page.token !== void 0) query["continuation-token"] = page.token;
  else if (page.startAfter !== void 0) query["start-after"] = page.startAfter;
  return s3.call({ action: "ListObjectsV2", method: "GET", query, idempotent: true });
}
async function listRange(s3, prefix, startAfter, bound2, pending = requestPage(s3, prefix, { startAfter, maxKeys: maxKeysFor(bound2) })) {
  const found = [];
  const seenTokens = /* @__PURE__ */ new Set();
  for (; ; ) {
    const result = parseListPage((await pending).body);
    if (result === void 0)
      throw new Error(`S3 ListObjectsV2 on s3://${s3.bucket}: the answer is not a ListBucketResult`);
    const token = result.isTruncated === "true" ? result.nextContinuationToken : void 0;
    if (result.isTruncated === "true" && (token === void 0 || token === "" || seenTokens.has(token))) {
      throw new Error(`S3 ListObjectsV2 on s3://${s3.bucket}: a truncated page came without a new continuation token`);
    }
    const prefetched = token !== void 0 && !bound2.known ? requestPage(s3, prefix, { token }) : void 0;
    prefetched?.catch(() => void 0);
    const last = await bound2.settled;
    const urlEncoded = result.encodingType?.toLowerCase() === "url";
    let pastRange = false;
    for (const entry of result.contents) {
      const rawKey = entry.key;
      if (rawKey === void 0) continue;
      const key = detached(urlEncoded ? decodeUrlEncodedKey(rawKey) : rawKey);
      if (last !== void 0 && compareKeys(key, last) > 0) {
        pastRange = true;
        continue;
      }
      const storageClass = entry.storageClass;
      found.push({
        key,
        etag: normalizeEtag(entry.etag),
        size: Number(entry.size ?? "0"),
        ...storageClass === void 0 || storageClass === "" ? {} : { storageClass }
      });
    }
    if (pastRange || token === void 0) return found;
    seenTokens.add(token);
    pending = prefetched ?? requestPage(s3, prefix, { token, maxKeys: maxKeysFor(bound2) });
  }
}
function detached(key) {
  return ` ${key}`.slice(1);
}
function maxKeysFor(bound2) {
  return bound2.known && bound2.last !== void 0 ? RANGE_MAX_KEYS : void 0;
}

// src/aws/s3.ts
var MiB = 1024 * 1024;
var DELETE_BATCH = 1e3;
var COPY_PART_SIZE = 512 * MiB;
var PARTS_IN_FLIGHT = 4;
var S3_XMLNS2 = "http://s3.amazonaws.com/doc/2006-03-01/";
function createS3Store(config) {
  const { bucket, http: http3 } = config;
  const multipartThreshold = config.multipartThreshold ?? 16 * MiB;
  const partSize = config.partSize ?? 8 * MiB;
  const concurrency = Math.max(1, http3.concurrency);
  const partBuffers = createPartBuffers(PARTS_IN_FLIGHT);
  let sweep;
  const s3 = createS3Caller({
    http: http3,
    bucket,
    region: config.region,
    endpoint: config.endpoint,
    log: config.log ?? silentLog,
    encryption: config.encryption,
    expectedBucketOwner: config.expectedBucketOwner
  });
  async function readObject(key) {
    try {
      const response = await s3.call({ action: "GetObject", method: "GET", key, idempotent: true });
      return { body: response.body, etag: normalizeEtag(response.headers.etag) };
    } catch (error2) {
      if (error2 instanceof AwsError && (error2.code === "NoSuchKey" || error2.status === 404 && error2.code === "NotFound")) {
        return void 0;
      }
      throw error2;
    }
  }
  async function put(key, headers, contentMd5, body, length, condition) {
    const response = await s3.call({
      action: "PutObject",
      method: "PUT",
      key,
      headers: {
        ...objectHeaderFields(headers),
        "content-md5": contentMd5,
        "content-length": String(length),
        ...conditionHeaders(condition)
      },
      body,
      idempotent: true
    });
    return normalizeEtag(response.headers.etag);
  }
  async function uploadFile(key, file, headers, onBytes) {
    if (file.size > multipartThreshold) {
      const uploadsBefore = sweep !== void 0 && key.startsWith(sweep.prefix) ? sweep.left : void 0;
      return uploadMultipart(s3, key, file, objectHeaderFields(headers), {
        partSize,
        buffers: partBuffers,
        onBytes,
        uploadsBefore
      });
    }
    const etag = await put(
      key,
      headers,
      Buffer.from(file.md5, "hex").toString("base64"),
      () => (0, import_node_fs.createReadStream)(file.absPath),
      file.size
    );
    onBytes?.(file.size);
    return etag;
  }
  async function deleteObjects(keys2) {
    const unique = [...new Set(keys2)];
    const batches = [];
    for (let i = 0; i < unique.length; i += DELETE_BATCH) batches.push(unique.slice(i, i + DELETE_BATCH));
    const failures = (await mapLimit(batches, concurrency, (batch) => deleteBatch(s3, batch))).flat();
    if (failures.length > 0) {
      const shown2 = failures.slice(0, 20).map((f) => `${JSON.stringify(f.key)} (${f.code}: ${f.message})`);
      const more = failures.length > shown2.length ? `, and ${failures.length - shown2.length} more` : "";
      const first = failures[0];
      throw new AwsError(
        `S3 DeleteObjects on s3://${bucket} could not delete ${failures.length} of ${unique.length} keys: ${shown2.join(", ")}${more}`,
        { code: first?.code ?? "DeleteFailed", bucket }
      );
    }
  }
  return {
    get region() {
      return s3.region;
    },
    list: (prefix, splitAfter) => listObjects(s3, prefix, splitAfter ?? [], concurrency),
    getObject: async (key) => (await readObject(key))?.body,
    readObject,
    putObject: (key, body, headers, condition) => put(key, headers, md5Base64(body), body, body.length, condition),
    isConditionFailed,
    isConditionUnsupported: (error2) => error2 instanceof AwsError && (error2.code === "NotImplemented" || error2.status === 501),
    uploadFile,
    copyObject: (source, key, headers) => copyObject(s3, source, key, headers, {
      threshold: config.copyThreshold ?? 5 * 1024 * MiB,
      partSize: config.copyPartSize ?? COPY_PART_SIZE,
      concurrency
    }),
    deleteObjects,
    async abortStaleUploads(prefix, olderThanMs, files) {
      const keys2 = new Set(files.filter((file) => file.size > multipartThreshold).map((file) => file.key));
      if (keys2.size === 0) return 0;
      const swept = abortUploads(
        s3,
        prefix,
        { keys: keys2, initiatedBy: http3.clock.now() - olderThanMs },
        "left by an earlier run"
      );
      sweep = { prefix, left: swept.then((result) => result.left) };
      return (await swept).aborted;
    }
  };
}
async function deleteBatch(s3, batch) {
  const body = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Delete xmlns="${S3_XMLNS2}"><Quiet>true</Quiet>` + batch.map((key) => `<Object><Key>${escapeXml(key)}</Key></Object>`).join("") + "</Delete>"
  );
  const response = await s3.call({
    action: "DeleteObjects",
    method: "POST",
    query: { delete: "" },
    headers: { "content-type": "application/xml", "content-md5": md5Base64(body) },
    body,
    idempotent: true
  });
  if (!response.body.includes("<Error>")) return [];
  return children(child2(parseXml2(response.body), "DeleteResult"), "Error").map((entry) => ({
    key: text(entry, "Key") ?? "?",
    code: text(entry, "Code") ?? "UnknownError",
    message: text(entry, "Message") ?? ""
  }));
}
function conditionHeaders(condition) {
  if (condition === void 0) return {};
  return "ifMatch" in condition ? { "if-match": `"${condition.ifMatch}"` } : { "if-none-match": "*" };
}
function isConditionFailed(error2) {
  return error2 instanceof AwsError && (error2.code === "PreconditionFailed" || error2.code === "ConditionalRequestConflict" || error2.status === 412);
}
function md5Base64(body) {
  return (0, import_node_crypto7.createHash)("md5").update(body).digest("base64");
}

// src/local/scan.ts
var import_node_fs4 = __toESM(require_fs(), 1);
var import_promises2 = __toESM(require_promises(), 1);
var import_node_path3 = __toESM(require_path(), 1);

// src/local/errors.ts
var SourceError = class extends Error {
  name = "SourceError";
};
function isCode(err, code) {
  return errorCode(err) === code;
}

// src/local/hasher.ts
var import_node_crypto8 = __toESM(require_crypto(), 1);
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_perf_hooks = __toESM(require_perf_hooks(), 1);
var import_node_worker_threads = __toESM(require_worker_threads(), 1);

// src/local/digest.ts
var READ_BUFFER_BYTES = 128 * 1024;
function openDigest(fs4, createHash8, path10, algorithms) {
  const fd = fs4.openSync(path10, "r");
  try {
    return { fd, size: fs4.fstatSync(fd).size, hashes: algorithms.map((algorithm) => createHash8(algorithm)), hashed: 0 };
  } catch (error2) {
    fs4.closeSync(fd);
    throw error2;
  }
}
function digestMore(fs4, digest, buffer) {
  const wanted = Math.min(buffer.length, digest.size - digest.hashed);
  if (wanted <= 0) return true;
  const n = fs4.readSync(digest.fd, buffer, 0, wanted, digest.hashed);
  if (n === 0) return true;
  const bytes = buffer.subarray(0, n);
  for (const hash of digest.hashes) hash.update(bytes);
  digest.hashed += n;
  return digest.hashed >= digest.size;
}
function closeDigest(fs4, digest) {
  fs4.closeSync(digest.fd);
  return [digest.hashes.map((hash) => hash.digest("hex")), digest.hashed];
}
function digestFileSync(fs4, createHash8, path10, buffer, algorithms) {
  const digest = openDigest(fs4, createHash8, path10, algorithms);
  try {
    while (!digestMore(fs4, digest, buffer)) {
    }
  } catch (error2) {
    fs4.closeSync(digest.fd);
    throw error2;
  }
  return closeDigest(fs4, digest);
}

// src/local/hasher.ts
var HashFailure = class extends Error {
  constructor(path10, message) {
    super(message);
    this.path = path10;
  }
  path;
  name = "HashFailure";
};
var WORKER_THRESHOLD = 200;
var CHUNK = 64;
var SLICE_MS = 5;
var WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const fs = require('node:fs');
const { createHash } = require('node:crypto');
${[openDigest, digestMore, closeDigest, digestFileSync].map((fn) => `const ${fn.name} = ${fn.toString()};`).join("\n")}
const buffer = Buffer.allocUnsafe(workerData.bufferBytes);
parentPort.on('message', ({ id, paths, algorithms }) => {
  const digests = [];
  for (let k = 0; k < paths.length; k++) {
    try {
      digests.push(${digestFileSync.name}(fs, createHash, paths[k], buffer, algorithms));
    } catch (error) {
      parentPort.postMessage({ id, failedAt: k, message: error.message });
      return;
    }
  }
  parentPort.postMessage({ id, digests });
});
`;
function createHasher(threads = Math.max(0, (0, import_node_os.availableParallelism)() - 2)) {
  const workers = [];
  const chunks = /* @__PURE__ */ new Map();
  const queue = [];
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  let local;
  let pumping = false;
  let closed = false;
  let nextId = 0;
  let broken;
  const main = newBatch("sha256");
  function newBatch(algorithm, paths = []) {
    return {
      algorithms: [algorithm],
      paths,
      digests: new Array(paths.length),
      sent: 0,
      answered: 0,
      closed: false
    };
  }
  function spawn2() {
    for (let i = 0; i < threads; i++) {
      const worker = new import_node_worker_threads.Worker(WORKER_SOURCE, { eval: true, workerData: { bufferBytes: READ_BUFFER_BYTES } });
      worker.unref();
      const slot = { worker, busy: 0 };
      worker.on("message", (reply) => onReply(slot, reply));
      worker.once("error", (error2) => {
        broken = error2;
        for (const chunk of chunks.values()) settle2(chunk.batch);
      });
      workers.push(slot);
    }
  }
  function enqueue(batch) {
    while (batch.paths.length - batch.sent >= CHUNK || batch.closed && batch.sent < batch.paths.length) {
      const count = Math.min(CHUNK, batch.paths.length - batch.sent);
      queue.push({ batch, first: batch.sent, count });
      batch.sent += count;
    }
    dispatch();
  }
  function dispatch() {
    for (const slot of workers) {
      while (slot.busy < 2) {
        const chunk = takeChunk();
        if (chunk === void 0) break;
        const id = nextId++;
        chunks.set(id, chunk);
        slot.busy += 1;
        const paths = chunk.batch.paths.slice(chunk.first, chunk.first + chunk.count);
        slot.worker.postMessage({ id, paths, algorithms: chunk.batch.algorithms });
      }
    }
    if (!pumping && !closed && (local !== void 0 || queue.length > 0)) {
      pumping = true;
      setImmediate(pump);
    }
  }
  function takeChunk() {
    for (let chunk = queue.shift(); chunk !== void 0; chunk = queue.shift()) {
      if (chunk.batch.failure === void 0) return chunk;
      chunk.batch.answered += chunk.count;
      settle2(chunk.batch);
    }
    return void 0;
  }
  function pump() {
    pumping = false;
    if (closed) return;
    const deadline = import_node_perf_hooks.performance.now() + SLICE_MS;
    do {
      if (local === void 0) {
        const chunk = takeChunk();
        if (chunk === void 0) break;
        local = { chunk, next: 0 };
      }
      hashSome(local);
    } while (import_node_perf_hooks.performance.now() < deadline);
    dispatch();
  }
  function hashSome(work) {
    const { batch, first, count } = work.chunk;
    const index = first + work.next;
    try {
      work.open ??= openDigest(import_node_fs2.default, import_node_crypto8.createHash, batch.paths[index], batch.algorithms);
      if (!digestMore(import_node_fs2.default, work.open, buffer)) return;
      const done = work.open;
      work.open = void 0;
      const [hexes, size] = closeDigest(import_node_fs2.default, done);
      batch.digests[index] = digestOf(hexes, size);
      work.next += 1;
    } catch (error2) {
      if (work.open !== void 0) import_node_fs2.default.closeSync(work.open.fd);
      fail2(batch, index, error2 instanceof Error ? error2.message : String(error2));
      work.next = count;
    }
    if (work.next < count) return;
    local = void 0;
    batch.answered += count;
    settle2(batch);
  }
  function onReply(slot, reply) {
    slot.busy -= 1;
    const chunk = chunks.get(reply.id);
    chunks.delete(reply.id);
    const { batch } = chunk;
    if ("failedAt" in reply) {
      fail2(batch, chunk.first + reply.failedAt, reply.message);
    } else {
      for (const [k, [hexes, size]] of reply.digests.entries()) batch.digests[chunk.first + k] = digestOf(hexes, size);
    }
    batch.answered += chunk.count;
    settle2(batch);
    dispatch();
  }
  function fail2(batch, index, message) {
    const path10 = batch.paths[index];
    if (batch.failure === void 0 || batch.paths.indexOf(batch.failure.path) > index)
      batch.failure = new HashFailure(path10, message);
  }
  function settle2(batch) {
    const done = batch.closed && (batch.answered >= batch.paths.length || broken !== void 0);
    if (done) batch.settle?.();
  }
  function run2(batch) {
    batch.closed = true;
    return new Promise((resolve2, reject) => {
      batch.settle = () => {
        if (broken !== void 0) reject(broken);
        else if (batch.failure !== void 0) reject(batch.failure);
        else resolve2(batch.digests);
      };
      enqueue(batch);
      settle2(batch);
    });
  }
  return {
    add(path10) {
      main.paths.push(path10);
      if (workers.length === 0 && main.paths.length === WORKER_THRESHOLD) spawn2();
      enqueue(main);
    },
    finish: () => run2(main),
    alsoMd5() {
      main.algorithms = ["sha256", "md5"];
    },
    md5: (paths) => paths.length === 0 ? Promise.resolve([]) : run2(newBatch("md5", [...paths])),
    close() {
      closed = true;
      if (local?.open !== void 0) import_node_fs2.default.closeSync(local.open.fd);
      local = void 0;
      for (const { worker } of workers.splice(0)) void worker.terminate();
    }
  };
}
function digestOf([hex, md5], size) {
  return md5 === void 0 ? { hex, size } : { hex, md5, size };
}

// src/local/select.ts
function createSelector(include, exclude) {
  if (include.length === 0) throw new SourceError("include has no patterns, so no file could be selected");
  const includes = include.map((p) => compileGlob(normalizePattern(p, "include"), "include"));
  const excludes = exclude.map((p) => compileGlob(normalizePattern(p, "exclude"), "exclude"));
  const excludedTrees = excludes.map((glob) => glob.glob).filter((p) => p === "**" || p.endsWith("/**")).map((p) => p === "**" ? null : compileGlob(p.slice(0, -"/**".length), "exclude"));
  const includeTests = includes.map((glob) => glob.glob === "**" ? isUndotted : glob.matches);
  const excludesPath = (rel) => excludes.some((glob) => glob.matches(rel));
  return {
    excludesPath,
    selectsFile: (rel) => includeTests.some((test) => test(rel)) && !excludesPath(rel),
    mayEnterDir: (rel) => includes.some((glob) => glob.mayMatchBelow(rel)) && !excludedTrees.some((m) => m === null || m.matches(rel))
  };
}
function isUndotted(rel) {
  return rel.charCodeAt(0) !== 46 && !rel.includes("/.");
}
function normalizePattern(pattern, input) {
  const bad = (why) => new SourceError(`${input} pattern '${pattern}' ${why}`);
  if (pattern.trim() === "") throw bad("is empty");
  const problem = notRelative(pattern);
  if (problem === "absolute" || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.startsWith("\\\\")) {
    throw bad("is absolute; patterns are relative to source-dir");
  }
  if (pattern.startsWith("!")) {
    throw bad(
      input === "include" ? "is negated; put the pattern, without '!', in exclude" : "is negated; remove the '!'"
    );
  }
  if (problem === "parent") throw bad("has a '..' segment; patterns cannot reach outside source-dir");
  const segments = pattern.split("/");
  while (segments.length > 1 && segments[0] === ".") segments.shift();
  return segments.join("/");
}

// src/local/walk.ts
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_path2 = __toESM(require_path(), 1);
function walkDir(walk, realDir, relDir, ancestors) {
  for (const entry of readDirectory(realDir, relDir)) visit(walk, entry, realDir, relDir, ancestors);
}
function visit(walk, entry, realDir, relDir, ancestors) {
  const { selector } = walk;
  const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
  const abs = realDir.endsWith(import_node_path2.default.sep) ? realDir + entry.name : realDir + import_node_path2.default.sep + entry.name;
  if (entry.name.includes("\uFFFD") && (selector.selectsFile(rel) || selector.mayEnterDir(rel))) {
    assertNameIsUtf8(rel, abs);
  }
  if (entry.isDirectory()) {
    if (selector.mayEnterDir(rel)) walkDir(walk, abs, rel, [...ancestors, abs]);
  } else if (entry.isFile()) {
    if (selector.selectsFile(rel)) walk.onFile({ rel, absPath: abs });
  } else if (entry.isSymbolicLink()) {
    followSymlink(walk, rel, abs, ancestors);
  } else if (selector.selectsFile(rel)) {
    throw specialFileError(rel, entry);
  }
}
function followSymlink(walk, rel, abs, ancestors) {
  const { selector, root } = walk;
  const asFile = selector.selectsFile(rel);
  const asDir = selector.mayEnterDir(rel);
  if (selector.excludesPath(rel) || !asFile && !asDir) return;
  let target;
  try {
    target = (0, import_node_fs3.realpathSync)(abs);
  } catch (err) {
    const to = readlinkOr(abs, "?");
    if (isCode(err, "ENOENT")) {
      throw new SourceError(
        `symlink '${rel}' in source-dir is broken: its target '${to}' does not exist; fix it or exclude '${rel}'`
      );
    }
    throw new SourceError(
      `symlink '${rel}' (to '${to}') in source-dir cannot be resolved: ${errorMessage(err)}; fix it or exclude '${rel}'`,
      { cause: err }
    );
  }
  if (!isInside(root, target)) {
    const to = readlinkOr(abs, target);
    throw new SourceError(
      `symlink '${rel}' points to '${to}' (${target}), outside source-dir '${root}'; copy the target into source-dir or exclude '${rel}'`
    );
  }
  const targetStat = (0, import_node_fs3.statSync)(target);
  if (targetStat.isDirectory()) {
    if (!asDir) return;
    if (ancestors.includes(target)) {
      throw new SourceError(
        `symlink '${rel}' points to '${target}', a directory that contains it: following it would loop forever; exclude '${rel}'`
      );
    }
    walkDir(walk, target, rel, [...ancestors, target]);
  } else if (targetStat.isFile()) {
    if (asFile) walk.onFile({ rel, absPath: target });
  } else if (asFile) {
    throw specialFileError(rel, targetStat);
  }
}
function readlinkOr(abs, fallback) {
  try {
    return (0, import_node_fs3.readlinkSync)(abs);
  } catch {
    return fallback;
  }
}
function readDirectory(realDir, relDir) {
  try {
    return (0, import_node_fs3.readdirSync)(realDir, { withFileTypes: true });
  } catch (err) {
    throw new SourceError(`cannot read directory '${relDir || "."}' in source-dir: ${errorMessage(err)}`, {
      cause: err
    });
  }
}
function assertNameIsUtf8(rel, abs) {
  try {
    (0, import_node_fs3.lstatSync)(abs);
  } catch (err) {
    if (!isCode(err, "ENOENT")) throw err;
    throw new SourceError(`'${rel}' in source-dir has a name that is not valid UTF-8; rename it`);
  }
}
function specialFileError(rel, probe) {
  const kind = probe.isFIFO() ? "a FIFO (named pipe)" : probe.isSocket() ? "a socket" : probe.isBlockDevice() || probe.isCharacterDevice() ? "a device" : "not a regular file";
  return new SourceError(
    `'${rel}' in source-dir is ${kind}; only regular files (and symlinks to them) can be deployed; exclude '${rel}'`
  );
}
function isInside(root, target) {
  const rel = import_node_path2.default.relative(root, target);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path2.default.sep}`) && !import_node_path2.default.isAbsolute(rel);
}

// src/local/scan.ts
function createLocalSource() {
  let hasher;
  const failed = (found, error2) => {
    if (!(error2 instanceof HashFailure)) return error2;
    const rel = found.find((file) => file.absPath === error2.path)?.rel ?? error2.path;
    return new SourceError(`cannot read '${rel}' in source-dir: ${error2.message}`, { cause: error2 });
  };
  return {
    async scan(dir, selection, md5Too) {
      hasher?.close();
      const current = createHasher();
      hasher = current;
      void md5Too?.then((yes) => yes && current.alsoMd5()).catch(() => void 0);
      const found = selectFiles(dir, selection, (file) => current.add(file.absPath));
      let digests2;
      try {
        digests2 = await current.finish();
      } catch (error2) {
        throw failed(found, error2);
      }
      const files = found.map(({ rel, absPath }, i) => {
        const { size, hex, md5 } = digests2[i];
        return md5 === void 0 ? { rel, absPath, size, sha256: hex } : { rel, absPath, size, sha256: hex, md5 };
      });
      return files.sort((a, b) => compareKeys(a.rel, b.rel));
    },
    async md5(files) {
      hasher ??= createHasher();
      try {
        return (await hasher.md5(files.map((file) => file.absPath))).map((digest) => digest.hex);
      } catch (error2) {
        throw failed(files, error2);
      }
    },
    async readText(dir, rel) {
      try {
        return await (0, import_promises2.readFile)(import_node_path3.default.join(dir, rel), "utf8");
      } catch (err) {
        const why = isCode(err, "ENOENT") ? "no such file" : errorMessage(err);
        throw new SourceError(`cannot read '${rel}' in source-dir '${dir}': ${why}`, { cause: err });
      }
    },
    close() {
      hasher?.close();
      hasher = void 0;
    }
  };
}
function selectFiles(dir, selection, onFile) {
  const selector = createSelector(selection.include, selection.exclude);
  const root = openRoot(dir);
  const found = [];
  walkDir(
    {
      root,
      selector,
      onFile: (file) => {
        found.push(file);
        onFile(file);
      }
    },
    root,
    "",
    [root]
  );
  if (found.length === 0) {
    throw new SourceError(`source-dir '${dir}' matched no files; check source-dir / include / exclude`);
  }
  return found;
}
function openRoot(dir) {
  let isDir;
  try {
    isDir = (0, import_node_fs4.statSync)(dir).isDirectory();
  } catch (err) {
    if (isCode(err, "ENOENT") || isCode(err, "ENOTDIR")) {
      throw new SourceError(`source-dir '${dir}' does not exist (resolved to '${import_node_path3.default.resolve(dir)}')`);
    }
    throw new SourceError(`source-dir '${dir}' cannot be read: ${errorMessage(err)}`, { cause: err });
  }
  if (!isDir) throw new SourceError(`source-dir '${dir}' is not a directory`);
  return (0, import_node_fs4.realpathSync)(dir);
}

// src/shell/adapters.ts
function adapters(config, http3, log) {
  const bucket = (config.deploy ?? config.remove ?? config.release)?.bucket;
  return {
    store: bucket === void 0 ? void 0 : createS3Store({
      http: http3,
      bucket,
      region: config.region,
      endpoint: config.s3Endpoint,
      log,
      ...config.bucketAccess
    }),
    kvs: config.release === void 0 ? void 0 : createKeyValueStoreClient({ http: http3, storeArn: config.release.storeArn, endpoint: config.kvsEndpoint }),
    cdn: config.cdn === void 0 ? void 0 : createCloudFrontClient({ http: http3, endpoint: config.cdn.endpoint }),
    source: createLocalSource()
  };
}
function runClock(config, log) {
  const offset = config.testClockOffsetMs;
  if (offset === void 0) return systemClock;
  log.warning(
    `${TEST_CLOCK_OFFSET_VARIABLE} is set: this run's clock is shifted by ${offset / 6e4} minute(s). It is for tests only.`
  );
  return { now: () => systemClock.now() + offset, sleep: systemClock.sleep };
}

// src/shell/heap.ts
var import_node_v8 = __toESM(require_v8(), 1);
function boundHeapGrowth() {
  (0, import_node_v8.setFlagsFromString)("--semi-space-growth-factor=1");
  (0, import_node_v8.setFlagsFromString)("--heap-growing-percent=20");
}

// src/shell/run-origin.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_promises3 = __toESM(require_promises(), 1);
var import_node_os2 = __toESM(require_os(), 1);
async function readRunOrigin(env, workspace) {
  const value = (name2) => env[name2]?.trim() || void 0;
  const repository = value("GITHUB_REPOSITORY");
  const runId = value("GITHUB_RUN_ID");
  const runAttempt = runId && (value("GITHUB_RUN_ATTEMPT") ?? "1");
  const server = value("GITHUB_SERVER_URL") ?? "https://github.com";
  const runUrl = repository && runId ? `${server}/${repository}/actions/runs/${runId}` : void 0;
  const [pushed, git] = await Promise.all([pushedCommit(value("GITHUB_EVENT_PATH")), gitHead(workspace)]);
  const commit = value("GITHUB_SHA") ?? git?.commit ?? pushed?.commit;
  const committedAt = [pushed, git].find((source) => source?.commit === commit)?.committedAt;
  const holder = {
    ...defined({ repository, workflow: value("GITHUB_WORKFLOW"), runId, runAttempt, commit, runUrl }),
    ...runId === void 0 && { by: `${safeUser()}@${(0, import_node_os2.hostname)()}` }
  };
  return { holder, origin: defined({ commit, committedAt, runId, runUrl }) };
}
async function pushedCommit(path10) {
  if (path10 === void 0) return void 0;
  try {
    const head = JSON.parse(await (0, import_promises3.readFile)(path10, "utf8"))?.head_commit;
    if (typeof head?.id !== "string" || Number.isNaN(Date.parse(head?.timestamp))) return void 0;
    return { commit: head.id, committedAt: new Date(head.timestamp).toISOString() };
  } catch {
    return void 0;
  }
}
function gitHead(workspace) {
  if (workspace === void 0) return Promise.resolve(void 0);
  return new Promise((resolve2) => {
    (0, import_node_child_process.execFile)("git", ["-C", workspace, "log", "-1", "--format=%H %cI"], { timeout: 1e4 }, (error2, stdout) => {
      const [commit, time] = stdout.trim().split(" ");
      if (error2 || commit === void 0 || time === void 0 || Number.isNaN(Date.parse(time))) resolve2(void 0);
      else resolve2({ commit, committedAt: new Date(time).toISOString() });
    });
  });
}
function safeUser() {
  try {
    return (0, import_node_os2.userInfo)().username;
  } catch {
    return "someone";
  }
}
function defined(values) {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== void 0));
}

// src/shell/run.ts
async function runWired(config, pieces) {
  boundHeapGrowth();
  const { log } = pieces;
  const unsigned = createHttpClient({
    concurrency: config.concurrency,
    clock: systemClock,
    log,
    proxyEnv: process.env
  });
  try {
    const [credentials, origin] = await Promise.all([
      pieces.credentials(unsigned),
      (config.deploy || config.remove) && readRunOrigin(pieces.env, pieces.workspace)
    ]);
    const http3 = unsigned.withCredentials(credentials);
    const conditionalWritesKnown = config.s3Endpoint === void 0;
    const deploy3 = config.deploy && origin && { ...config.deploy, ...origin, conditionalWritesKnown };
    const remove = config.remove && origin && { ...config.remove, holder: origin.holder, conditionalWritesKnown };
    return await runSite(
      { ...config, ...optional("deploy", deploy3), ...optional("remove", remove) },
      {
        ...adapters(config, http3, log),
        clock: runClock(config, log),
        log,
        report: pieces.report,
        preview: pieces.preview
      }
    );
  } finally {
    unsigned.close();
  }
}

// src/aws/sts.ts
var STS_API_VERSION = "2011-06-15";
async function assumeRoleWithWebIdentity(options) {
  const { endpoint, basePath } = parseEndpointUrl(options.endpoint, "STS");
  const body = Buffer.from(
    new URLSearchParams({
      Action: "AssumeRoleWithWebIdentity",
      Version: STS_API_VERSION,
      RoleArn: options.roleArn,
      RoleSessionName: options.roleSessionName,
      WebIdentityToken: options.webIdentityToken,
      DurationSeconds: String(options.durationSeconds)
    }).toString(),
    "utf8"
  );
  try {
    const answer = await options.http.sendUnsigned({
      endpoint,
      method: "POST",
      path: `${basePath}/`,
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", accept: "text/xml" },
      body,
      classify: stsFailureKind,
      label: `STS AssumeRoleWithWebIdentity ${options.roleArn}`
    });
    return parseAssumeRoleWithWebIdentityResponse(answer.body);
  } catch (error2) {
    throw explainStsError(error2, options);
  }
}
function stsFailureKind(error2) {
  if (errorCode(error2) === "IDPCommunicationError") return "transient";
  const kind = classifyFailure(error2);
  return kind === "clockSkew" ? "fatal" : kind;
}
function parseAssumeRoleWithWebIdentityResponse(body) {
  const result = child2(child2(parseXml2(body), "AssumeRoleWithWebIdentityResponse"), "AssumeRoleWithWebIdentityResult");
  const credentials = child2(result, "Credentials");
  const accessKeyId = text(credentials, "AccessKeyId")?.trim();
  const secretAccessKey = text(credentials, "SecretAccessKey")?.trim();
  const sessionToken = text(credentials, "SessionToken")?.trim();
  const expiration = new Date(text(credentials, "Expiration")?.trim() ?? "");
  if (!accessKeyId || !secretAccessKey || !sessionToken || Number.isNaN(expiration.getTime())) {
    throw new Error(
      "STS answered AssumeRoleWithWebIdentity without <Credentials> holding AccessKeyId, SecretAccessKey, SessionToken and Expiration"
    );
  }
  const assumedRoleArn = text(child2(result, "AssumedRoleUser"), "Arn")?.trim();
  return {
    credentials: { accessKeyId, secretAccessKey, sessionToken },
    expiration,
    ...assumedRoleArn ? { assumedRoleArn } : {}
  };
}
function explainStsError(error2, context) {
  const scrub = (value) => value === void 0 ? void 0 : redact(value, context.webIdentityToken);
  const source = failureFields(error2);
  const serverMessage = scrub(source.serverMessage);
  const code = source.code;
  const said = serverMessage ? ` STS said: ${serverMessage}` : "";
  let advice;
  if (code === "InvalidIdentityToken" || code === "IDPRejectedClaim") {
    advice = `the role's trust policy must trust the GitHub OIDC provider token.actions.githubusercontent.com, with audience sts.amazonaws.com, and that provider must exist in IAM (Identity providers) in the account of ${context.roleArn}.${said}`;
  } else if (code === "AccessDenied") {
    advice = `Not authorized to perform sts:AssumeRoleWithWebIdentity: check the trust policy's Condition on token.actions.githubusercontent.com:sub \u2014 it must match this repository/branch/environment, e.g. repo:OWNER/REPO:ref:refs/heads/main (and :aud must be sts.amazonaws.com).${said}`;
  } else if (code === "ExpiredTokenException" || code === "ExpiredToken") {
    advice = `the GitHub OIDC token expired before STS saw it; re-run the job.${said}`;
  } else if (code === "IDPCommunicationError") {
    advice = `STS could not reach the GitHub OIDC provider, even after retries; re-run the job.${said}`;
  } else if (code === "RegionDisabledException") {
    advice = `STS is not activated in this region for the account: activate it in IAM (Account settings) or set another region.${said}`;
  } else if (code === "ValidationError") {
    advice = `${validationInput(serverMessage)}.${said}`;
  } else if (source.status === void 0) {
    const detail = serverMessage ? ` (${serverMessage})` : "";
    advice = `no answer from ${context.endpoint}${detail}: check the region and AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL.`;
  } else {
    advice = serverMessage ?? "no details were given.";
  }
  const fields = serverMessage === void 0 ? { resource: context.roleArn } : { resource: context.roleArn, serverMessage };
  return explainedError(
    `STS AssumeRoleWithWebIdentity for ${context.roleArn}`,
    source,
    advice,
    fields,
    error2 instanceof AwsError ? void 0 : { cause: error2 }
  );
}
function validationInput(serverMessage) {
  const said = serverMessage ?? "";
  if (/durationSeconds|MaxSessionDuration/i.test(said)) {
    return "check role-duration-seconds: 900 to 43200, and no more than the role's maximum session duration";
  }
  if (/roleSessionName/i.test(said)) return "check role-session-name: 2\u201364 characters of letters, digits and +=,.@_-";
  if (/roleArn|\bARN\b/i.test(said)) return "check role-to-assume: expected arn:aws:iam::123456789012:role/NAME";
  return "check role-to-assume, role-duration-seconds and role-session-name";
}
function redact(value, token) {
  const secrets = [token, ...token.split(".")].filter((part) => part.length >= 8);
  return secrets.reduce((out, secret) => out.split(secret).join("***"), value);
}

// src/action/credentials.ts
var OIDC_AUDIENCE = "sts.amazonaws.com";
async function resolveCredentials(auth, region, runner) {
  if (auth.kind === "environment") {
    for (const secret of [auth.credentials.secretAccessKey, auth.credentials.sessionToken]) {
      if (secret !== void 0) runner.mask(secret);
    }
    return auth.credentials;
  }
  return credentialsFromOidc({ ...auth, region }, runner);
}
async function credentialsFromOidc(options, runner) {
  const webIdentityToken = await idToken(runner.getIdToken);
  runner.mask(webIdentityToken);
  const { credentials } = await assumeRoleWithWebIdentity({
    http: runner.http,
    endpoint: stsEndpoint(options.region, options.stsEndpoint),
    roleArn: options.roleArn,
    roleSessionName: options.roleSessionName,
    durationSeconds: options.durationSeconds,
    webIdentityToken
  });
  runner.mask(credentials.accessKeyId);
  runner.mask(credentials.secretAccessKey);
  if (credentials.sessionToken !== void 0) runner.mask(credentials.sessionToken);
  return credentials;
}
async function idToken(getIdToken) {
  let token;
  try {
    token = await getIdToken(OIDC_AUDIENCE);
  } catch (error2) {
    const detail = errorMessage(error2);
    if (/ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(detail)) {
      throw new Error(
        "The runner gave no OIDC token: add `permissions: id-token: write` to the job (or workflow) to use role-to-assume",
        { cause: error2 }
      );
    }
    throw new Error(`Could not get a GitHub OIDC token for role-to-assume: ${detail}`, { cause: error2 });
  }
  if (token === "") throw new Error("The runner gave an empty OIDC token for role-to-assume");
  return token;
}

// src/shell/progress.ts
function pacedProgress(clock, everyMs, fromTheStart = false) {
  const phaseStarted = /* @__PURE__ */ new Map();
  let lastLine = fromTheStart ? Number.NEGATIVE_INFINITY : clock.now();
  return (phase, progress) => {
    const now = clock.now();
    if (!phaseStarted.has(phase)) phaseStarted.set(phase, now);
    const done = progress.filesDone === progress.filesTotal;
    if (!done && now - lastLine < everyMs) return void 0;
    lastLine = now;
    return { line: progressLine(phase, progress, now - (phaseStarted.get(phase) ?? now)), done };
  };
}

// src/action/log.ts
var PROGRESS_EVERY_MS = 5e3;
function actionsLog(clock) {
  const paced = pacedProgress(clock, PROGRESS_EVERY_MS);
  return {
    info: (message) => info(safeLine(message)),
    warning: (message) => warning(safeLine(message)),
    group: (name2, work) => group(safeLine(name2), work),
    progress(phase, progress) {
      const report = paced(phase, progress);
      if (report !== void 0) info(report.line);
    }
  };
}

// src/action/oidc-token.ts
var TOKEN_URL_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_URL";
var REQUEST_TOKEN_VARIABLE = "ACTIONS_ID_TOKEN_REQUEST_TOKEN";
async function fetchIdToken(audience, runner) {
  const url = runner.env[TOKEN_URL_VARIABLE];
  const requestToken = runner.env[REQUEST_TOKEN_VARIABLE];
  if (url === void 0 || url === "") throw new Error(`${TOKEN_URL_VARIABLE} is not set`);
  if (requestToken === void 0 || requestToken === "") throw new Error(`${REQUEST_TOKEN_VARIABLE} is not set`);
  const parsed = new URL(url);
  const { endpoint } = parseEndpointUrl(parsed.origin, "OIDC token");
  const answer = await runner.http.sendUnsigned({
    endpoint,
    method: "GET",
    path: parsed.pathname,
    query: { ...Object.fromEntries(parsed.searchParams), audience },
    headers: { authorization: `Bearer ${requestToken}`, accept: "application/json" },
    label: "GitHub OIDC token",
    idempotent: true
  });
  let value;
  try {
    value = JSON.parse(answer.body.toString("utf8")).value;
  } catch {
    throw new Error(`the token endpoint answered HTTP ${answer.status} with something other than JSON`);
  }
  if (typeof value !== "string") throw new Error('the token endpoint answered without a token (no "value")');
  return value;
}

// src/core/page-urls.ts
function changedPageLinks(changes, site) {
  const links = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (!change.page || change.action !== "uploaded") continue;
    const rel = relFor(site.prefix, change.key);
    if (rel === void 0) continue;
    const link = pageLink(rel, site);
    links.set(link.url, link);
  }
  return [...links.values()];
}
function pageLink(rel, site) {
  const index = site.indexDocument;
  const path10 = index === "" ? rel : rel === index ? "" : rel.endsWith(`/${index}`) ? rel.slice(0, -index.length) : rel;
  return { url: site.siteUrl + encodeInvalidationPath(path10).replaceAll("?", "%3F"), label: path10 === "" ? "/" : path10 };
}

// src/core/release-wording.ts
function releaseOutputs(outcome) {
  return { "release-id": outcome.releaseId, "previous-release-id": outcome.previousReleaseId ?? "" };
}
function releaseLine(outcome) {
  const was = outcome.previousReleaseId === void 0 ? "" : ` (was ${outcome.previousReleaseId})`;
  const took = formatSeconds(outcome.durationMs);
  if (outcome.flow === "rollback") {
    if (outcome.dryRun) return `Dry run: the rollback would make release ${outcome.releaseId} live${was}.`;
    return `Rolled back: release ${outcome.releaseId} is live${was}, in ${took}.`;
  }
  if (outcome.dryRun) {
    return `Dry run: release ${outcome.releaseId} would go live${was}: ${outcome.uploaded} file(s) to upload, ${outcome.copied} to copy inside the bucket.`;
  }
  const kind = outcome.layered === void 0 ? "full" : `layered on ${outcome.layered.base} (${outcome.layered.paths} paths)`;
  const counts = `${outcome.uploaded} file(s) uploaded, ${outcome.copied} copied inside the bucket, ${kind}`;
  const pruned = outcome.pruned.length === 0 ? "" : `; pruned ${outcome.pruned.join(", ")}`;
  return `Release ${outcome.releaseId} is live${was}: ${counts}${pruned}, in ${took}.`;
}
function rollbackStep(outcome, to) {
  const { storeArn, name: name2, bucket, prefix } = outcome.where;
  return [
    "with:",
    `  bucket: ${bucket}`,
    ...prefix === "" ? [] : [`  prefix: ${prefix.replace(/\/$/, "")}`],
    `  release-store: ${storeArn}`,
    ...name2 === "site" ? [] : [`  release-name: ${name2}`],
    `  rollback: ${to}`
  ];
}
function releaseSummaryLines(outcome) {
  const back = outcome.previousReleaseId;
  if (outcome.dryRun || back === void 0) return { line: releaseLine(outcome) };
  return { line: `${releaseLine(outcome)} To switch back to ${back}:`, step: rollbackStep(outcome, back) };
}

// src/core/wording-html.ts
var SHOWN = 50;
var LINKS_SHOWN = 25;
function jobSummary(dryRun, deployed, invalidations, refusal, release) {
  const title = heading(dryRun ? "S3 CloudFront deploy (dry run)" : "S3 CloudFront deploy", 2);
  if (refusal !== void 0) return [title, `<p><strong>Refused:</strong> ${escapeHtml(safeLine(refusal))}</p>`];
  if (release !== void 0) {
    const { line, step } = releaseSummaryLines(release);
    return [
      title,
      `<p>${escapeHtml(safeLine(line))}</p>`,
      ...step === void 0 ? [] : [pre(step)],
      ...invalidations !== void 0 && invalidations.length > 0 ? invalidationElements(invalidations) : []
    ];
  }
  if (deployed === void 0 && invalidations === void 0) return [];
  return [
    title,
    `<p>${escapeHtml(closingLine(dryRun, deployed, invalidations))}</p>`,
    ...deployed === void 0 ? [] : deployElements(deployed),
    ...invalidations !== void 0 && invalidations.length > 0 ? invalidationElements(invalidations) : []
  ];
}
function deployElements({ summary: summary2, changes, plan, owed, changedKeys }) {
  const dry = summary2.dryRun;
  const elements = [
    table(
      [
        dry ? "Would upload" : "Uploaded",
        "Unchanged",
        dry ? "Would delete" : "Deleted",
        dry ? "Bytes to upload" : "Bytes uploaded",
        "Time"
      ],
      [
        [
          String(summary2.uploaded),
          String(summary2.skipped),
          String(summary2.deleted),
          formatBytes(summary2.bytesUploaded),
          formatSeconds(summary2.durationMs)
        ]
      ]
    )
  ];
  if (summary2.reasons.size > 0) {
    elements.push(
      table(
        ["Why uploaded", "Files"],
        [...summary2.reasons].map(([reason, count]) => [reason, String(count)])
      )
    );
  }
  const pages = changes.filter((change) => change.page);
  const others = changes.filter((change) => !change.page);
  if (pages.length > 0) elements.push(details(`Changed pages (${pages.length})`, pre(changeLines(pages, dry))));
  if (others.length > 0)
    elements.push(details(`Other changed files (${others.length})`, pre(changeLines(others, dry))));
  if (plan.kept.length > 0) {
    const kept = keptLines(plan.kept, dry ? "keep" : "kept").map((entry) => entry.line);
    elements.push(details(`Kept, not deleted (${plan.kept.length})`, pre(shown(kept, "in the plan of a dry run"))));
  }
  const changed = new Set(changedKeys);
  for (const [distributionId, keys2] of owed) {
    const earlier = keys2.filter((key) => !changed.has(key));
    if (earlier.length === 0) continue;
    const title = `Changed by an earlier run, still owed an invalidation by ${distributionId} (${earlier.length})`;
    elements.push(details(title, pre(shown(earlier, "in the log"))));
  }
  if (dry) elements.push(details("Full plan", pre(shown(planLines(plan), "in the plan printed to the log"))));
  return elements;
}
function changeLines(changes, dry) {
  const lines2 = changes.map((c) => `${dry ? `would be ${c.action}` : c.action}  ${c.key}  (${c.reason})`);
  return shown(lines2, "in the changed-keys output");
}
function invalidationElements(invalidations) {
  const elements = [
    table(
      ["Distribution", "Invalidations", "Paths", "Status"],
      invalidations.map((i) => [
        i.distributionId,
        i.invalidationIds.join(", ") || "-",
        String(i.paths.length),
        i.status
      ])
    )
  ];
  for (const i of invalidations) {
    if (i.tags !== void 0 && i.tags.length > 0)
      elements.push(`<p>${escapeHtml(tagChoiceLine(i.distributionId, i.tags))}</p>`);
    if (i.paths.length === 0) continue;
    elements.push(
      details(
        `Invalidation paths of ${i.distributionId} (${i.paths.length})`,
        pre(shown([...i.paths], "in the invalidation-paths output"))
      )
    );
  }
  return elements;
}
function previewSummary(siteUrl, links, dryRun) {
  const title = dryRun ? `Pages that would change (${links.length})` : `Changed pages (${links.length})`;
  return [
    heading("Preview", 3),
    `<p><a href="${escapeHtml(siteUrl)}">${escapeHtml(siteUrl)}</a></p>`,
    `<p>${title}:</p>`,
    linksHtml(links)
  ];
}
function commentMarker(target) {
  return `<!-- s3-cloudfront-deploy preview ${encodeURI(target)} -->`;
}
function linksHtml(links, shown2 = LINKS_SHOWN) {
  if (links.length === 0) return "<p>No page changed.</p>";
  const items = links.slice(0, shown2).map((link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(printable(link.label))}</a></li>`);
  const more = links.length > shown2 ? `<p>\u2026 and ${links.length - shown2} more (the page-urls output holds them all).</p>` : "";
  return `<ul>
${items.join("\n")}
</ul>${more}`;
}
function commentBody(content) {
  const site = escapeHtml(content.siteUrl);
  const commit = content.commit === void 0 ? "" : ` at ${escapeHtml(content.commit.slice(0, 12))}`;
  return [
    commentMarker(content.target),
    `<strong>Preview</strong>: <a href="${site}">${site}</a>`,
    "",
    `<p>${content.links.length} page(s) changed by the last deploy${commit}:</p>`,
    linksHtml(content.links)
  ].join("\n");
}
function escapeHtml(text3) {
  return text3.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function printable(text3) {
  return text3.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function shown(lines2, where) {
  if (lines2.length <= SHOWN) return [...lines2];
  return [...lines2.slice(0, SHOWN), `\u2026 and ${lines2.length - SHOWN} more ${where}`];
}
function pre(lines2) {
  return `<pre>${escapeHtml(lines2.map(safeLine).join("\n"))}</pre>`;
}
function heading(text3, level) {
  return `<h${level}>${text3}</h${level}>`;
}
function table(header2, rows) {
  const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${cell}</${tag}>`).join("")}</tr>`;
  return `<table>${row(header2, "th")}${rows.map((cells) => row(cells, "td")).join("")}</table>`;
}
function details(label, content) {
  return `<details><summary>${label}</summary>${content}</details>`;
}

// src/action/pull-request.ts
var import_promises4 = __toESM(require_promises(), 1);
var PR_EVENTS = ["pull_request", "pull_request_target"];
async function pullRequestOf(env) {
  const event = env["GITHUB_EVENT_NAME"] ?? "";
  const path10 = env["GITHUB_EVENT_PATH"];
  const [owner, repo, ...rest] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  if (!PR_EVENTS.includes(event) || path10 === void 0 || owner === void 0 || repo === void 0 || rest.length > 0)
    return void 0;
  let payload;
  try {
    payload = JSON.parse(await (0, import_promises4.readFile)(path10, "utf8"));
  } catch {
    return void 0;
  }
  const pr = payload.pull_request;
  if (typeof pr?.number !== "number") return void 0;
  const headSha = pr.head?.sha;
  return { owner, repo, number: pr.number, ...typeof headSha === "string" && { headSha } };
}
async function upsertComment(token, pr, marker, body, log) {
  const where = `pull request #${pr.number}`;
  try {
    const { getOctokit } = await import("./github-MZXKAFYF.js");
    const octokit = getOctokit(token);
    const issue2 = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...issue2, per_page: 100 });
    const ours = comments.find((comment) => comment.body?.startsWith(marker) === true);
    if (ours === void 0) {
      const created = await octokit.rest.issues.createComment({ ...issue2, body });
      log.info(`Commented the preview on ${where}: ${created.data.html_url}`);
    } else {
      const updated = await octokit.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: ours.id,
        body
      });
      log.info(`Updated the preview comment on ${where}: ${updated.data.html_url}`);
    }
  } catch (error2) {
    log.warning(commentFailure(where, error2));
  }
}
function commentFailure(where, error2) {
  const status = error2.status;
  const answer = typeof status === "number" ? `GitHub answered ${status}: ${errorMessage(error2)}` : errorMessage(error2);
  const hint = status === 403 || status === 404 ? ' The github-token needs the "pull-requests: write" permission (in the workflow: permissions: pull-requests: write).' : "";
  return `Could not comment on ${where} (${answer}).${hint} The deploy itself succeeded.`;
}

// src/action/report.ts
function setSiteOutputs(result) {
  setOutputs(siteOutputs(result));
}
function setReleaseOutputs(outcome) {
  setOutputs(releaseOutputs(outcome));
}
function setInvalidationOutputs(invalidations) {
  setOutputs(invalidationOutputs(invalidations));
}
function setOutputs(outputs) {
  for (const [name2, value] of Object.entries(outputs)) {
    setOutput2(name2, typeof value === "string" || typeof value === "number" ? value : JSON.stringify(value));
  }
}
function setOutput2(name2, value) {
  if (process.env["GITHUB_OUTPUT"]) setOutput(name2, value);
  else debug(`GITHUB_OUTPUT is not set: output ${name2} not written.`);
}
async function writeSummary(dryRun, deployed, invalidations, refusal, release) {
  const elements = jobSummary(dryRun, deployed, invalidations, refusal, release);
  if (elements.length === 0) return;
  if (!process.env["GITHUB_STEP_SUMMARY"]) {
    debug("GITHUB_STEP_SUMMARY is not set: no job summary written.");
    return;
  }
  await appendSummary(elements);
}
async function appendSummary(elements) {
  for (const element2 of elements) summary.addRaw(element2, true);
  await summary.write();
}

// src/action/preview.ts
function previewStep(preview, prefix, { summaryFirst, log }) {
  return async (result) => {
    await summaryFirst();
    const { target, dryRun } = result.summary;
    await publishPreview(preview, result, { prefix, target, dryRun }, log, process.env);
  };
}
async function publishPreview(preview, deployed, context, log, env) {
  const links = changedPageLinks(deployed.changes, {
    siteUrl: preview.siteUrl,
    prefix: context.prefix,
    indexDocument: preview.indexDocument
  });
  setOutput2("page-urls", JSON.stringify(links.map((link) => link.url)));
  log.info(`Preview: ${preview.siteUrl} (${links.length} changed page(s))`);
  if (process.env["GITHUB_STEP_SUMMARY"]) await appendSummary(previewSummary(preview.siteUrl, links, context.dryRun));
  if (preview.githubToken === void 0) return;
  const pr = await pullRequestOf(env);
  if (pr === void 0) {
    log.info(`Not a pull request run (event ${env["GITHUB_EVENT_NAME"] ?? "unknown"}): no preview comment.`);
    return;
  }
  if (context.dryRun) {
    log.info(`Dry run: no preview comment on pull request #${pr.number}.`);
    return;
  }
  const body = commentBody({
    target: context.target,
    siteUrl: preview.siteUrl,
    links,
    ...pr.headSha !== void 0 && { commit: pr.headSha }
  });
  await upsertComment(preview.githubToken, pr, commentMarker(context.target), body, log);
}

// src/action/run-report.ts
function actionReport(dryRun) {
  let site;
  let invalidations;
  let refusal;
  let release;
  let written;
  return {
    site(result) {
      site = result;
      setSiteOutputs(result);
    },
    invalidations(list2) {
      invalidations = list2;
      setInvalidationOutputs(list2);
    },
    release(outcome) {
      release = outcome;
      setReleaseOutputs(outcome);
    },
    refused(reason) {
      refusal = reason;
    },
    summary() {
      written ??= writeSummary(dryRun, site, invalidations, refusal, release);
      return written;
    },
    closingLine: () => release === void 0 ? closingLine(dryRun, site, invalidations) : releaseLine(release)
  };
}

// src/action/main.ts
async function run() {
  const config = readConfig((name2) => getInput(name2), process.env);
  if (config.preview?.githubToken !== void 0) setSecret(config.preview.githubToken);
  const log = actionsLog(systemClock);
  const report = actionReport(config.dryRun);
  const { preview, deploy: deploy3 } = config;
  const publish = preview && deploy3 && previewStep(preview, deploy3.prefix, { summaryFirst: report.summary, log });
  try {
    await runWired(config, {
      log,
      report,
      preview: publish,
      env: process.env,
      workspace: process.env["GITHUB_WORKSPACE"],
      credentials: (unsigned) => resolveCredentials(config.auth, config.region, {
        getIdToken: (audience) => fetchIdToken(audience, { http: unsigned, env: process.env }),
        mask: (secret) => setSecret(secret),
        http: unsigned
      })
    });
  } finally {
    await report.summary();
  }
  log.info(report.closingLine());
}
function fail(error2) {
  for (const line of failedKeyLines(error2)) error(safeLine(line), { title: "Upload failed" });
  setFailed(safeLine(errorMessage(error2)));
}

// src/index.ts
run().catch(fail);
/*! Bundled license information:

mime-db/index.js:
  (*!
   * mime-db
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015-2022 Douglas Christopher Wilson
   * MIT Licensed
   *)

mime-types/index.js:
  (*!
   * mime-types
   * Copyright(c) 2014 Jonathan Ong
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)
*/
