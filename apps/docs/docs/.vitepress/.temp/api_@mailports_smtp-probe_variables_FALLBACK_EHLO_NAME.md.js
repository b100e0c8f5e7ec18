import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FALLBACK_EHLO_NAME","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/variables/FALLBACK_EHLO_NAME.md","filePath":"generated/api/@mailports/smtp-probe/variables/FALLBACK_EHLO_NAME.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/variables/FALLBACK_EHLO_NAME.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / FALLBACK_EHLO_NAME</p><h1 id="variable-fallback-ehlo-name" tabindex="-1">Variable: FALLBACK_EHLO_NAME <a class="header-anchor" href="#variable-fallback-ehlo-name" aria-label="Permalink to &quot;Variable: FALLBACK\\_EHLO\\_NAME&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> FALLBACK_EHLO_NAME</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;mailports.invalid&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &#39;mailports.invalid&#39;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The EHLO name used when the machine has no usable fully qualified name (RFC 2606 reserves <code>.invalid</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/variables/FALLBACK_EHLO_NAME.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FALLBACK_EHLO_NAME = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FALLBACK_EHLO_NAME as default
};
