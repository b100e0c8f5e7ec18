import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tlsFindings()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/functions/tlsFindings.md","filePath":"generated/api/@mailports/wire/functions/tlsFindings.md"}');
const _sfc_main = { name: "api/@mailports/wire/functions/tlsFindings.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / tlsFindings</p><h1 id="function-tlsfindings" tabindex="-1">Function: tlsFindings() <a class="header-anchor" href="#function-tlsfindings" aria-label="Permalink to &quot;Function: tlsFindings()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> tlsFindings</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">tls</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Finding</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Findings a person should see about a TLS connection: <code>certificate-expired</code>, <code>certificate-not-yet-valid</code>, <code>certificate-hostname-mismatch</code> (critical), <code>certificate-self-signed</code> (critical when untrusted, info when trusted through a given CA), <code>certificate-untrusted</code> (critical, when none of those explains the failed verification), <code>certificate-expiring-soon</code> (info, under 14 days) and <code>tls-version-outdated</code> (warning, below TLS 1.2, RFC 8997).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tls" tabindex="-1">tls <a class="header-anchor" href="#tls" aria-label="Permalink to &quot;tls&quot;">​</a></h3><p><a href="./../interfaces/TlsInfo.html"><code>TlsInfo</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Finding.html"><code>Finding</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/functions/tlsFindings.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tlsFindings = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tlsFindings as default
};
