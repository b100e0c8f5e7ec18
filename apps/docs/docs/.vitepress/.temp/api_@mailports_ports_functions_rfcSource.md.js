import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rfcSource()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/functions/rfcSource.md","filePath":"generated/api/@mailports/ports/functions/rfcSource.md"}');
const _sfc_main = { name: "api/@mailports/ports/functions/rfcSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / rfcSource</p><h1 id="function-rfcsource" tabindex="-1">Function: rfcSource() <a class="header-anchor" href="#function-rfcsource" aria-label="Permalink to &quot;Function: rfcSource()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> rfcSource</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">rfc</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">section</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Source</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A source pointing at an RFC, or at one section or appendix of it.</p><p>Numeric sections anchor to <code>#section-N.N</code>; letter sections (<code>A</code>, <code>B.1</code>) anchor to <code>#appendix-A</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rfc" tabindex="-1">rfc <a class="header-anchor" href="#rfc" aria-label="Permalink to &quot;rfc&quot;">​</a></h3><p><code>number</code></p><p>The RFC number, e.g. <code>8314</code>.</p><h3 id="section" tabindex="-1">section? <a class="header-anchor" href="#section" aria-label="Permalink to &quot;section?&quot;">​</a></h3><p><code>string</code></p><p>Optional section (<code>&#39;3.3&#39;</code>) or appendix (<code>&#39;A&#39;</code>); omitted, the whole RFC.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Source.html"><code>Source</code></a></p><p><code>{ label: &#39;RFC 8314 §3.3&#39;, url: &#39;https://www.rfc-editor.org/rfc/rfc8314#section-3.3&#39; }</code>.</p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>RangeError when <code>rfc</code> is not a positive integer, or <code>section</code> is not of the form <code>N.N</code> / <code>A.N</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/functions/rfcSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rfcSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rfcSource as default
};
