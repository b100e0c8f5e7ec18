import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: GOODBYE_TIMEOUT","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/variables/GOODBYE_TIMEOUT.md","filePath":"generated/api/@mailports/wire/probe/variables/GOODBYE_TIMEOUT.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/variables/GOODBYE_TIMEOUT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / GOODBYE_TIMEOUT</p><h1 id="variable-goodbye-timeout" tabindex="-1">Variable: GOODBYE_TIMEOUT <a class="header-anchor" href="#variable-goodbye-timeout" aria-label="Permalink to &quot;Variable: GOODBYE\\_TIMEOUT&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> GOODBYE_TIMEOUT</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 2000</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> 2000</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How long a goodbye (QUIT, LOGOUT) may wait for its answer, at most: 2 s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/variables/GOODBYE_TIMEOUT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const GOODBYE_TIMEOUT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  GOODBYE_TIMEOUT as default
};
