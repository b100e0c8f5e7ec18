import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: NEVER_REACHED_TLS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/variables/NEVER_REACHED_TLS.md","filePath":"generated/api/@mailports/wire/probe/variables/NEVER_REACHED_TLS.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/variables/NEVER_REACHED_TLS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / NEVER_REACHED_TLS</p><h1 id="variable-never-reached-tls" tabindex="-1">Variable: NEVER_REACHED_TLS <a class="header-anchor" href="#variable-never-reached-tls" aria-label="Permalink to &quot;Variable: NEVER\\_REACHED\\_TLS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> NEVER_REACHED_TLS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AuthTest</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The login test&#39;s outcome when credentials were given but the session never reached TLS.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/variables/NEVER_REACHED_TLS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const NEVER_REACHED_TLS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  NEVER_REACHED_TLS as default
};
