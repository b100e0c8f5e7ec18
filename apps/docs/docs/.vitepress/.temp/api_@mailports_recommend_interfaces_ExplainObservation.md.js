import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ExplainObservation","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/interfaces/ExplainObservation.md","filePath":"generated/api/@mailports/recommend/interfaces/ExplainObservation.md"}');
const _sfc_main = { name: "api/@mailports/recommend/interfaces/ExplainObservation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / ExplainObservation</p><h1 id="interface-explainobservation" tabindex="-1">Interface: ExplainObservation <a class="header-anchor" href="#interface-explainobservation" aria-label="Permalink to &quot;Interface: ExplainObservation&quot;">​</a></h1><p>One thing a probe saw that points at a cause: observed, with the evidence in words.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">cause</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: ErrorCauseId;</span></span></code></pre></div><hr><h3 id="evidence" tabindex="-1">evidence <a class="header-anchor" href="#evidence" aria-label="Permalink to &quot;evidence&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">evidence</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>What was seen, e.g. <code>no plaintext greeting in 1 s; a TLS handshake on the port succeeded</code>.</p><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">mode</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: ProbeMode;</span></span></code></pre></div><p>The probe mode of the result it was seen in.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/interfaces/ExplainObservation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ExplainObservation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ExplainObservation as default
};
