import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runProbeOptionsOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/functions/runProbeOptionsOf.md","filePath":"generated/api/@mailports/wire/functions/runProbeOptionsOf.md"}');
const _sfc_main = { name: "api/@mailports/wire/functions/runProbeOptionsOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / runProbeOptionsOf</p><h1 id="function-runprobeoptionsof" tabindex="-1">Function: runProbeOptionsOf() <a class="header-anchor" href="#function-runprobeoptionsof" aria-label="Permalink to &quot;Function: runProbeOptionsOf()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> runProbeOptionsOf</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   protocol</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   resolved</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> RunProbeOptions</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The <a href="./../interfaces/RunProbeOptions.html">RunProbeOptions</a> for a probe&#39;s options: <code>protocol</code>, <code>host</code>, the resolved <code>port</code> and <code>mode</code>, and <code>address</code>, <code>addresses</code>, <code>lookup</code>, <code>timeouts</code>, <code>limits</code> and <code>signal</code> when given. Validates nothing (that is <code>runProbe</code>&#39;s job, which turns bad values into a result); never throws.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="protocol" tabindex="-1">protocol <a class="header-anchor" href="#protocol" aria-label="Permalink to &quot;protocol&quot;">​</a></h3><p><a href="./../type-aliases/MailProtocol.html"><code>MailProtocol</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/CommonProbeOptions.html"><code>CommonProbeOptions</code></a></p><h3 id="resolved" tabindex="-1">resolved <a class="header-anchor" href="#resolved" aria-label="Permalink to &quot;resolved&quot;">​</a></h3><h4 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h4><p><a href="./../type-aliases/ProbeMode.html"><code>ProbeMode</code></a></p><h4 id="port" tabindex="-1">port <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RunProbeOptions.html"><code>RunProbeOptions</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/functions/runProbeOptionsOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runProbeOptionsOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runProbeOptionsOf as default
};
