import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeTls()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/functions/describeTls.md","filePath":"generated/api/@mailports/wire/functions/describeTls.md"}');
const _sfc_main = { name: "api/@mailports/wire/functions/describeTls.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / describeTls</p><h1 id="function-describetls" tabindex="-1">Function: describeTls() <a class="header-anchor" href="#function-describetls" aria-label="Permalink to &quot;Function: describeTls()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> describeTls</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">socket</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">checkedName</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> TlsInfo</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Facts about an established TLS connection: version, cipher, key exchange, the certificate chain and a verdict computed here. The handshake runs with <code>rejectUnauthorized: false</code> so the certificate is always captured; <code>socket.authorized</code> then says whether the chain verified, and <code>tls.checkServerIdentity(checkedName, leaf)</code> whether it names the host. Never throws.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="socket" tabindex="-1">socket <a class="header-anchor" href="#socket" aria-label="Permalink to &quot;socket&quot;">​</a></h3><p><code>TLSSocket</code></p><h3 id="checkedname" tabindex="-1">checkedName <a class="header-anchor" href="#checkedname" aria-label="Permalink to &quot;checkedName&quot;">​</a></h3><p><code>string</code> | <code>null</code></p><p>the name the certificate must match (SNI name or host); null skips the check.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TlsInfo.html"><code>TlsInfo</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/functions/describeTls.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeTls = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeTls as default
};
