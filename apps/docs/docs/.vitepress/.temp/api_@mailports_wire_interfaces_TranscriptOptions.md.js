import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TranscriptOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/interfaces/TranscriptOptions.md","filePath":"generated/api/@mailports/wire/interfaces/TranscriptOptions.md"}');
const _sfc_main = { name: "api/@mailports/wire/interfaces/TranscriptOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / TranscriptOptions</p><h1 id="interface-transcriptoptions" tabindex="-1">Interface: TranscriptOptions <a class="header-anchor" href="#interface-transcriptoptions" aria-label="Permalink to &quot;Interface: TranscriptOptions&quot;">​</a></h1><p>Options of <a href="./../classes/Transcript.html">Transcript</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxentries" tabindex="-1">maxEntries? <a class="header-anchor" href="#maxentries" aria-label="Permalink to &quot;maxEntries?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">maxEntries</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Most entries kept (default 2000): the first half and the latest half, with one event saying how many were left out in between. A server sending a flood of short lines cannot grow it further.</p><hr><h3 id="origin" tabindex="-1">origin? <a class="header-anchor" href="#origin" aria-label="Permalink to &quot;origin?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">origin</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p><code>performance.now()</code> at probe start; defaults to now.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/interfaces/TranscriptOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TranscriptOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TranscriptOptions as default
};
