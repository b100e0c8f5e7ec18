import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PROVIDERS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/PROVIDERS.md","filePath":"generated/api/@mailports/ports/variables/PROVIDERS.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/PROVIDERS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / PROVIDERS</p><h1 id="variable-providers" tabindex="-1">Variable: PROVIDERS <a class="header-anchor" href="#variable-providers" aria-label="Permalink to &quot;Variable: PROVIDERS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> PROVIDERS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> NetworkProvider</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Outbound mail-port policies of common networks. <code>lastVerified</code> is the day the policy text was last read (in the provider&#39;s documentation, or where it is quoted); <code>evidence: &#39;reported&#39;</code> marks a policy known from user reports rather than the provider&#39;s own documentation, and <code>unverified</code> says which part rests on weaker ground.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/PROVIDERS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PROVIDERS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PROVIDERS as default
};
