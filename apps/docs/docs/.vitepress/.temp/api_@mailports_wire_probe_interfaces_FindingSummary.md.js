import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FindingSummary","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/interfaces/FindingSummary.md","filePath":"generated/api/@mailports/wire/probe/interfaces/FindingSummary.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/interfaces/FindingSummary.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / FindingSummary</p><h1 id="interface-findingsummary" tabindex="-1">Interface: FindingSummary <a class="header-anchor" href="#interface-findingsummary" aria-label="Permalink to &quot;Interface: FindingSummary&quot;">​</a></h1><p>A catalogue entry as text, for a probe package&#39;s documented list of its findings.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">description</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><hr><h3 id="reference" tabindex="-1">reference <a class="header-anchor" href="#reference" aria-label="Permalink to &quot;reference&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">reference</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>The sources&#39; labels, e.g. <code>RFC 8314 §3, RFC 4954 §4</code>.</p><hr><h3 id="severity" tabindex="-1">severity <a class="header-anchor" href="#severity" aria-label="Permalink to &quot;severity&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">severity</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: FindingSeverity;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/interfaces/FindingSummary.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FindingSummary = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FindingSummary as default
};
