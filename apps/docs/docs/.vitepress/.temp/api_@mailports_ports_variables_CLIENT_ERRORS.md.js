import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CLIENT_ERRORS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/CLIENT_ERRORS.md","filePath":"generated/api/@mailports/ports/variables/CLIENT_ERRORS.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/CLIENT_ERRORS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / CLIENT_ERRORS</p><h1 id="variable-client-errors" tabindex="-1">Variable: CLIENT_ERRORS <a class="header-anchor" href="#variable-client-errors" aria-label="Permalink to &quot;Variable: CLIENT\\_ERRORS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> CLIENT_ERRORS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ClientErrorEntry</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Error messages of mail clients and what can cause them. The reproduced entries are printed by the real nodemailer, imapflow and Node.js TLS clients against misbehaving testkit servers on loopback in TEST, which checks that <code>mailports explain</code> names the cause; the cited ones come from the client&#39;s documentation or support pages and are marked so.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/CLIENT_ERRORS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CLIENT_ERRORS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CLIENT_ERRORS as default
};
