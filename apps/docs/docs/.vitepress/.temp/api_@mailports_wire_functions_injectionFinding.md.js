import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: injectionFinding()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/functions/injectionFinding.md","filePath":"generated/api/@mailports/wire/functions/injectionFinding.md"}');
const _sfc_main = { name: "api/@mailports/wire/functions/injectionFinding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / injectionFinding</p><h1 id="function-injectionfinding" tabindex="-1">Function: injectionFinding() <a class="header-anchor" href="#function-injectionfinding" aria-label="Permalink to &quot;Function: injectionFinding()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> injectionFinding</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">protocol</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">leftover</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Finding</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The <code>starttls-injection</code> finding (critical) for bytes that arrived after the positive STARTTLS/STLS reply and before the TLS handshake: a server (or someone in the path) sent plaintext that a careless client would read as protected replies. Evidence: the bytes as escaped text, at most 512 bytes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="protocol" tabindex="-1">protocol <a class="header-anchor" href="#protocol" aria-label="Permalink to &quot;protocol&quot;">​</a></h3><p><a href="./../type-aliases/MailProtocol.html"><code>MailProtocol</code></a></p><h3 id="leftover" tabindex="-1">leftover <a class="header-anchor" href="#leftover" aria-label="Permalink to &quot;leftover&quot;">​</a></h3><p><code>Buffer</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Finding.html"><code>Finding</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/functions/injectionFinding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const injectionFinding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  injectionFinding as default
};
