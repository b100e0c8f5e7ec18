import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_PROTOCOL_EVIDENCE","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/index/variables/MAX_PROTOCOL_EVIDENCE.md","filePath":"generated/api/@mailports/wire/index/variables/MAX_PROTOCOL_EVIDENCE.md"}');
const _sfc_main = { name: "api/@mailports/wire/index/variables/MAX_PROTOCOL_EVIDENCE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">index</a> / MAX_PROTOCOL_EVIDENCE</p><h1 id="variable-max-protocol-evidence" tabindex="-1">Variable: MAX_PROTOCOL_EVIDENCE <a class="header-anchor" href="#variable-max-protocol-evidence" aria-label="Permalink to &quot;Variable: MAX\\_PROTOCOL\\_EVIDENCE&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAX_PROTOCOL_EVIDENCE</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1024</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 1024</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Longest <code>command</code> and <code>reply</code> a <a href="./../classes/ProtocolError.html">ProtocolError</a> keeps: evidence, not a copy of the dialogue.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/index/variables/MAX_PROTOCOL_EVIDENCE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_PROTOCOL_EVIDENCE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_PROTOCOL_EVIDENCE as default
};
