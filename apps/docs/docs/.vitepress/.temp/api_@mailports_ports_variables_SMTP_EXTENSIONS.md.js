import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SMTP_EXTENSIONS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/SMTP_EXTENSIONS.md","filePath":"generated/api/@mailports/ports/variables/SMTP_EXTENSIONS.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/SMTP_EXTENSIONS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / SMTP_EXTENSIONS</p><h1 id="variable-smtp-extensions" tabindex="-1">Variable: SMTP_EXTENSIONS <a class="header-anchor" href="#variable-smtp-extensions" aria-label="Permalink to &quot;Variable: SMTP\\_EXTENSIONS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SMTP_EXTENSIONS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> CapabilityEntry</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>SMTP service extensions: the keywords a server lists in its EHLO reply (RFC 5321 §4.1.1.1), registered in the IANA SMTP Service Extensions registry.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/SMTP_EXTENSIONS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SMTP_EXTENSIONS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SMTP_EXTENSIONS as default
};
