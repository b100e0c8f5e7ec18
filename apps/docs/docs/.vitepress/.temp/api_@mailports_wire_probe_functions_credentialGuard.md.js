import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: credentialGuard()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/functions/credentialGuard.md","filePath":"generated/api/@mailports/wire/probe/functions/credentialGuard.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/functions/credentialGuard.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / credentialGuard</p><h1 id="function-credentialguard" tabindex="-1">Function: credentialGuard() <a class="header-anchor" href="#function-credentialguard" aria-label="Permalink to &quot;Function: credentialGuard()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> credentialGuard</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">connection</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> AuthTest</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> null</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Decides whether a credential test may run on this connection: only inside TLS, and only when the certificate is trusted (RFC 8314 §5.3: a failed certificate is no confidential channel). Returns the refusal (<code>refused-cleartext</code> or <code>error</code>, nothing sent), or null when the test may go ahead. Every protocol&#39;s login test asks this first, so every SASL mechanism is guarded in one place.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="connection" tabindex="-1">connection <a class="header-anchor" href="#connection" aria-label="Permalink to &quot;connection&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../../index/classes/Connection.html"><code>Connection</code></a>, <code>&quot;secure&quot;</code> | <code>&quot;tls&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../../index/interfaces/AuthTest.html"><code>AuthTest</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/functions/credentialGuard.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const credentialGuard = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  credentialGuard as default
};
