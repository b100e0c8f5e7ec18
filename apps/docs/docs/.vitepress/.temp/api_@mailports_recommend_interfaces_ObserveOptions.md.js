import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ObserveOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/interfaces/ObserveOptions.md","filePath":"generated/api/@mailports/recommend/interfaces/ObserveOptions.md"}');
const _sfc_main = { name: "api/@mailports/recommend/interfaces/ObserveOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / ObserveOptions</p><h1 id="interface-observeoptions" tabindex="-1">Interface: ObserveOptions <a class="header-anchor" href="#interface-observeoptions" aria-label="Permalink to &quot;Interface: ObserveOptions&quot;">​</a></h1><p>Options of <a href="./../functions/observeCauses.html">observeCauses</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="greetingslowms" tabindex="-1">greetingSlowMs? <a class="header-anchor" href="#greetingslowms" aria-label="Permalink to &quot;greetingSlowMs?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly greetingSlowMs</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>A greeting slower than this (ms) is observed as <code>greeting-delay</code>. Default 1000.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/interfaces/ObserveOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ObserveOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ObserveOptions as default
};
