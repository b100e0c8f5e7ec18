import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: implicitTlsPorts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/functions/implicitTlsPorts.md","filePath":"generated/api/@mailports/ports/functions/implicitTlsPorts.md"}');
const _sfc_main = { name: "api/@mailports/ports/functions/implicitTlsPorts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / implicitTlsPorts</p><h1 id="function-implicittlsports" tabindex="-1">Function: implicitTlsPorts() <a class="header-anchor" href="#function-implicittlsports" aria-label="Permalink to &quot;Function: implicitTlsPorts()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> implicitTlsPorts</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">protocol</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The <a href="./wellKnownMailPorts.html">wellKnownMailPorts</a> where TLS starts with the first byte (RFC 8314 &quot;Implicit TLS&quot;): 465, 995, 993, or those of one protocol. A probe in <code>auto</code> mode starts TLS at once on these.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="protocol" tabindex="-1">protocol? <a class="header-anchor" href="#protocol" aria-label="Permalink to &quot;protocol?&quot;">​</a></h3><p><a href="./../type-aliases/MailProtocol.html"><code>MailProtocol</code></a></p><p>Optional; only that protocol&#39;s port(s), e.g. <code>&#39;imap&#39;</code> gives <code>[993]</code>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/functions/implicitTlsPorts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const implicitTlsPorts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  implicitTlsPorts as default
};
