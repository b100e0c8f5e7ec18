import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HugeLiteralOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/HugeLiteralOptions.md","filePath":"generated/api/@mailports/testkit/interfaces/HugeLiteralOptions.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/HugeLiteralOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / HugeLiteralOptions</p><h1 id="interface-hugeliteraloptions" tabindex="-1">Interface: HugeLiteralOptions <a class="header-anchor" href="#interface-hugeliteraloptions" aria-label="Permalink to &quot;Interface: HugeLiteralOptions&quot;">​</a></h1><p>Options of the huge-literal behaviour.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="announced" tabindex="-1">announced? <a class="header-anchor" href="#announced" aria-label="Permalink to &quot;announced?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">announced</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Literal size announced in <code>* OK {n}</code>. Default 100000000.</p><hr><h3 id="maxbytes" tabindex="-1">maxBytes? <a class="header-anchor" href="#maxbytes" aria-label="Permalink to &quot;maxBytes?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">maxBytes</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Bytes actually streamed before closing. Default 16 MiB.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/HugeLiteralOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HugeLiteralOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HugeLiteralOptions as default
};
