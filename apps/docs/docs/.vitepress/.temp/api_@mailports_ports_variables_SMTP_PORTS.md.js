import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SMTP_PORTS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/SMTP_PORTS.md","filePath":"generated/api/@mailports/ports/variables/SMTP_PORTS.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/SMTP_PORTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / SMTP_PORTS</p><h1 id="variable-smtp-ports" tabindex="-1">Variable: SMTP_PORTS <a class="header-anchor" href="#variable-smtp-ports" aria-label="Permalink to &quot;Variable: SMTP\\_PORTS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SMTP_PORTS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> PortEntry</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The four SMTP ports people ask about, in the order a reader expects them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/SMTP_PORTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SMTP_PORTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SMTP_PORTS as default
};
