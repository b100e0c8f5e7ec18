import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EscapeOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/interfaces/EscapeOptions.md","filePath":"generated/api/@mailports/wire/interfaces/EscapeOptions.md"}');
const _sfc_main = { name: "api/@mailports/wire/interfaces/EscapeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / EscapeOptions</p><h1 id="interface-escapeoptions" tabindex="-1">Interface: EscapeOptions <a class="header-anchor" href="#interface-escapeoptions" aria-label="Permalink to &quot;Interface: EscapeOptions&quot;">​</a></h1><p>Options of <a href="./../functions/escapeForDisplay.html">escapeForDisplay</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxlength" tabindex="-1">maxLength? <a class="header-anchor" href="#maxlength" aria-label="Permalink to &quot;maxLength?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly maxLength</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Cut the escaped text to this many characters and append <code>…</code> when it was longer (bounded evidence). Default: no cap.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/interfaces/EscapeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EscapeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EscapeOptions as default
};
