import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IMAP_CAPABILITIES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/IMAP_CAPABILITIES.md","filePath":"generated/api/@mailports/ports/variables/IMAP_CAPABILITIES.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/IMAP_CAPABILITIES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / IMAP_CAPABILITIES</p><h1 id="variable-imap-capabilities" tabindex="-1">Variable: IMAP_CAPABILITIES <a class="header-anchor" href="#variable-imap-capabilities" aria-label="Permalink to &quot;Variable: IMAP\\_CAPABILITIES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> IMAP_CAPABILITIES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> CapabilityEntry</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>IMAP CAPABILITY atoms that matter to a prober or a client choosing settings.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/IMAP_CAPABILITIES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IMAP_CAPABILITIES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IMAP_CAPABILITIES as default
};
