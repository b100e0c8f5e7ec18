import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MaybeUnverified","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/interfaces/MaybeUnverified.md","filePath":"generated/api/@mailports/ports/interfaces/MaybeUnverified.md"}');
const _sfc_main = { name: "api/@mailports/ports/interfaces/MaybeUnverified.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / MaybeUnverified</p><h1 id="interface-maybeunverified" tabindex="-1">Interface: MaybeUnverified <a class="header-anchor" href="#interface-maybeunverified" aria-label="Permalink to &quot;Interface: MaybeUnverified&quot;">​</a></h1><p>Set on a record when part of it could not be checked against a primary source (the RFC text, the IANA registry, the provider&#39;s own documentation). Says which part and why, so a reader can weigh it; the rest of the record is checked.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./HistoryEvent.html"><code>HistoryEvent</code></a></li><li><a href="./NetworkProvider.html"><code>NetworkProvider</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="unverified" tabindex="-1">unverified? <a class="header-anchor" href="#unverified" aria-label="Permalink to &quot;unverified?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly unverified</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/interfaces/MaybeUnverified.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MaybeUnverified = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MaybeUnverified as default
};
