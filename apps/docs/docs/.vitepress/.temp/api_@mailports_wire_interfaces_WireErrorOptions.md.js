import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WireErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/interfaces/WireErrorOptions.md","filePath":"generated/api/@mailports/wire/interfaces/WireErrorOptions.md"}');
const _sfc_main = { name: "api/@mailports/wire/interfaces/WireErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / WireErrorOptions</p><h1 id="interface-wireerroroptions" tabindex="-1">Interface: WireErrorOptions <a class="header-anchor" href="#interface-wireerroroptions" aria-label="Permalink to &quot;Interface: WireErrorOptions&quot;">​</a></h1><p>Construction options for <a href="./../classes/WireError.html">WireError</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">cause</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> unknown;</span></span></code></pre></div><p>The underlying error.</p><hr><h3 id="step" tabindex="-1">step? <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">step</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>The step that was running (e.g. <code>connect</code>, <code>greeting</code>, <code>starttls</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/interfaces/WireErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WireErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WireErrorOptions as default
};
