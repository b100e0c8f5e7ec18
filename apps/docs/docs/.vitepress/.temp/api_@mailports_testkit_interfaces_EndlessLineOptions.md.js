import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EndlessLineOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/EndlessLineOptions.md","filePath":"generated/api/@mailports/testkit/interfaces/EndlessLineOptions.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/EndlessLineOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / EndlessLineOptions</p><h1 id="interface-endlesslineoptions" tabindex="-1">Interface: EndlessLineOptions <a class="header-anchor" href="#interface-endlesslineoptions" aria-label="Permalink to &quot;Interface: EndlessLineOptions&quot;">​</a></h1><p>Options of the endless-line behaviour: bytes streamed with no line ending.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxbytes" tabindex="-1">maxBytes? <a class="header-anchor" href="#maxbytes" aria-label="Permalink to &quot;maxBytes?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">maxBytes</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Stop (and close) after this many bytes, to protect the test machine. Default 16 MiB.</p><hr><h3 id="prefix" tabindex="-1">prefix? <a class="header-anchor" href="#prefix" aria-label="Permalink to &quot;prefix?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">prefix</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Text sent first, e.g. <code>&#39;220 &#39;</code> so the stream looks like the start of a reply. Default: protocol-specific.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/EndlessLineOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EndlessLineOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EndlessLineOptions as default
};
