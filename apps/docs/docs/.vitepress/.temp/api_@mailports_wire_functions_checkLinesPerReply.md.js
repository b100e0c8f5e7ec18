import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkLinesPerReply()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/functions/checkLinesPerReply.md","filePath":"generated/api/@mailports/wire/functions/checkLinesPerReply.md"}');
const _sfc_main = { name: "api/@mailports/wire/functions/checkLinesPerReply.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / checkLinesPerReply</p><h1 id="function-checklinesperreply" tabindex="-1">Function: checkLinesPerReply() <a class="header-anchor" href="#function-checklinesperreply" aria-label="Permalink to &quot;Function: checkLinesPerReply()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> checkLinesPerReply</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   count</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   limits</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   step</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Throws <code>E_TOO_MANY_LINES</code> once a reply has more lines than <code>limits.maxLinesPerReply</code>. Protocol clients call it with the running count while they collect a multi-line reply.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><p><code>number</code></p><h3 id="limits" tabindex="-1">limits <a class="header-anchor" href="#limits" aria-label="Permalink to &quot;limits&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/Limits.html"><code>Limits</code></a>, <code>&quot;maxLinesPerReply&quot;</code>&gt;</p><h3 id="step" tabindex="-1">step? <a class="header-anchor" href="#step" aria-label="Permalink to &quot;step?&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/functions/checkLinesPerReply.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkLinesPerReply = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkLinesPerReply as default
};
