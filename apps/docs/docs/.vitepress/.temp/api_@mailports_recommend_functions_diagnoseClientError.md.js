import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: diagnoseClientError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/functions/diagnoseClientError.md","filePath":"generated/api/@mailports/recommend/functions/diagnoseClientError.md"}');
const _sfc_main = { name: "api/@mailports/recommend/functions/diagnoseClientError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / diagnoseClientError</p><h1 id="function-diagnoseclienterror" tabindex="-1">Function: diagnoseClientError() <a class="header-anchor" href="#function-diagnoseclienterror" aria-label="Permalink to &quot;Function: diagnoseClientError()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> diagnoseClientError</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   match</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   observations</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   client</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ExplainDiagnosis</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Names the cause: the first of the catalogue&#39;s candidates (most likely first) that a probe observed, with the fix in <code>client</code>&#39;s option names. Observations of causes the message does not point to stay in <code>observations</code> for the reader, but never become the answer. Pure.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="match" tabindex="-1">match <a class="header-anchor" href="#match" aria-label="Permalink to &quot;match&quot;">​</a></h3><p><code>ClientErrorMatch</code></p><h3 id="observations" tabindex="-1">observations <a class="header-anchor" href="#observations" aria-label="Permalink to &quot;observations&quot;">​</a></h3><p>readonly <a href="./../interfaces/ExplainObservation.html"><code>ExplainObservation</code></a>[]</p><h3 id="client" tabindex="-1">client? <a class="header-anchor" href="#client" aria-label="Permalink to &quot;client?&quot;">​</a></h3><p><code>ErrorClient</code> | <code>null</code> = <code>match.client</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ExplainDiagnosis.html"><code>ExplainDiagnosis</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/functions/diagnoseClientError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const diagnoseClientError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  diagnoseClientError as default
};
