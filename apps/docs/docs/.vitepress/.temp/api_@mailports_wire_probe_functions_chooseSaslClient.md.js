import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: chooseSaslClient()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/functions/chooseSaslClient.md","filePath":"generated/api/@mailports/wire/probe/functions/chooseSaslClient.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/functions/chooseSaslClient.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / chooseSaslClient</p><h1 id="function-choosesaslclient" tabindex="-1">Function: chooseSaslClient() <a class="header-anchor" href="#function-choosesaslclient" aria-label="Permalink to &quot;Function: chooseSaslClient()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> chooseSaslClient</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">offered</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">among</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SaslClient</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> undefined</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The first of <a href="./../variables/SASL_CLIENTS.html">SASL_CLIENTS</a> (or of <code>among</code>, by name) that the server offers; undefined when none.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="offered" tabindex="-1">offered <a class="header-anchor" href="#offered" aria-label="Permalink to &quot;offered&quot;">​</a></h3><p>readonly <code>string</code>[]</p><h3 id="among" tabindex="-1">among? <a class="header-anchor" href="#among" aria-label="Permalink to &quot;among?&quot;">​</a></h3><p>readonly <code>string</code>[] = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SaslClient.html"><code>SaslClient</code></a> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/functions/chooseSaslClient.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const chooseSaslClient = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  chooseSaslClient as default
};
