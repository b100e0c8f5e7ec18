import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: probePop3()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/functions/probePop3.md","filePath":"generated/api/@mailports/mailbox-probe/functions/probePop3.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/functions/probePop3.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / probePop3</p><h1 id="function-probepop3" tabindex="-1">Function: probePop3() <a class="header-anchor" href="#function-probepop3" aria-label="Permalink to &quot;Function: probePop3()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> probePop3</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">Pop3ProbeResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Probes a POP3 server: greeting (APOP timestamp noted; offered in clear, an <code>apop-before-tls</code> finding), CAPA, STLS (110) or implicit TLS (995), the certificate, CAPA again inside TLS, an optional login test inside TLS, and findings. Never throws for network or protocol outcomes: the result&#39;s <code>status</code> says what happened (<code>rejected</code> for a <code>-ERR</code> greeting). Defaults: port 995, mode <code>auto</code>, wire&#39;s timeouts and limits.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MailboxProbeOptions.html"><code>MailboxProbeOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/Pop3ProbeResult.html"><code>Pop3ProbeResult</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/functions/probePop3.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const probePop3 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  probePop3 as default
};
