import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: probeSmtp()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/functions/probeSmtp.md","filePath":"generated/api/@mailports/smtp-probe/functions/probeSmtp.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/functions/probeSmtp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / probeSmtp</p><h1 id="function-probesmtp" tabindex="-1">Function: probeSmtp() <a class="header-anchor" href="#function-probesmtp" aria-label="Permalink to &quot;Function: probeSmtp()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> probeSmtp</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">SmtpProbeResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Probes one SMTP port and reports exactly what the server does: greeting, EHLO before and after TLS, STARTTLS or implicit TLS with the certificate verdict, AUTH mechanisms, timings, the transcript and findings. Never throws: network and protocol outcomes, invalid options (status <code>protocol-error</code>, <code>E_INVALID_INPUT</code>, nothing sent) and aborts all come back as a result.</p><p>Defaults: port 587, mode <code>auto</code> (465 implicit TLS, otherwise plaintext and STARTTLS when offered), wire&#39;s <code>DEFAULT_TIMEOUTS</code> and <code>DEFAULT_LIMITS</code>, EHLO name from <a href="./defaultEhloName.html">defaultEhloName</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/SmtpProbeOptions.html"><code>SmtpProbeOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/SmtpProbeResult.html"><code>SmtpProbeResult</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/functions/probeSmtp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const probeSmtp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  probeSmtp as default
};
