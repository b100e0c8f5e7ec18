import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: blocksFor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/functions/blocksFor.md","filePath":"generated/api/@mailports/ports/functions/blocksFor.md"}');
const _sfc_main = { name: "api/@mailports/ports/functions/blocksFor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / blocksFor</p><h1 id="function-blocksfor" tabindex="-1">Function: blocksFor() <a class="header-anchor" href="#function-blocksfor" aria-label="Permalink to &quot;Function: blocksFor()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> blocksFor</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">providerId</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> PortBlock</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The outbound port restrictions of one network.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="providerid" tabindex="-1">providerId <a class="header-anchor" href="#providerid" aria-label="Permalink to &quot;providerId&quot;">​</a></h3><p><code>string</code></p><p>A provider id such as <code>&#39;gcp&#39;</code>; compared case-insensitively.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PortBlock.html"><code>PortBlock</code></a>[]</p><p>The restrictions, or an empty array when the provider is unknown or restricts nothing.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/functions/blocksFor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const blocksFor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  blocksFor as default
};
