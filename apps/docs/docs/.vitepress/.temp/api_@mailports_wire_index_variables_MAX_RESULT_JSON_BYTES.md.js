import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_RESULT_JSON_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/index/variables/MAX_RESULT_JSON_BYTES.md","filePath":"generated/api/@mailports/wire/index/variables/MAX_RESULT_JSON_BYTES.md"}');
const _sfc_main = { name: "api/@mailports/wire/index/variables/MAX_RESULT_JSON_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">index</a> / MAX_RESULT_JSON_BYTES</p><h1 id="variable-max-result-json-bytes" tabindex="-1">Variable: MAX_RESULT_JSON_BYTES <a class="header-anchor" href="#variable-max-result-json-bytes" aria-label="Permalink to &quot;Variable: MAX\\_RESULT\\_JSON\\_BYTES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_RESULT_JSON_BYTES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The documented ceiling of one probe result&#39;s JSON (<code>JSON.stringify</code>) under <a href="./DEFAULT_LIMITS.html">DEFAULT_LIMITS</a>, whatever the server sends: 1 MiB. The transcript&#39;s text and the other server text are each held to 64 Ki characters as JSON writes them (escapes counted); the rest is bounded structure (at most 2000 transcript entries, 10 certificates, findings with bounded messages and evidence). Results of ordinary servers are a few KiB; a server that floods every cap gives about 135 KiB.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/index/variables/MAX_RESULT_JSON_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_RESULT_JSON_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_RESULT_JSON_BYTES as default
};
