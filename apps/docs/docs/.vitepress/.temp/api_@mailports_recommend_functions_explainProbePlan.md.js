import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: explainProbePlan()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/functions/explainProbePlan.md","filePath":"generated/api/@mailports/recommend/functions/explainProbePlan.md"}');
const _sfc_main = { name: "api/@mailports/recommend/functions/explainProbePlan.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / explainProbePlan</p><h1 id="function-explainprobeplan" tabindex="-1">Function: explainProbePlan() <a class="header-anchor" href="#function-explainprobeplan" aria-label="Permalink to &quot;Function: explainProbePlan()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> explainProbePlan</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">match</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">port</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ProbeMode</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The probes that tell the candidate causes apart, as probe modes on the one port: <code>implicit</code> (TLS from the first byte: does the port speak TLS, and with which certificate) and <code>auto</code> (plaintext first, STARTTLS when offered: greeting, its delay, STARTTLS, mechanisms). On a port the knowledge base knows as implicit TLS, <code>auto</code> is the same probe as <code>implicit</code>, so it is left out; connection-level causes alone need just one. Empty when no candidate is observable (wrong credentials). Pure.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="match" tabindex="-1">match <a class="header-anchor" href="#match" aria-label="Permalink to &quot;match&quot;">​</a></h3><p><code>ClientErrorMatch</code></p><h3 id="port" tabindex="-1">port <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>ProbeMode</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/functions/explainProbePlan.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const explainProbePlan = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  explainProbePlan as default
};
