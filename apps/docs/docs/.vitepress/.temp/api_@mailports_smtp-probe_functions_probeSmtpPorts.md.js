import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: probeSmtpPorts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/functions/probeSmtpPorts.md","filePath":"generated/api/@mailports/smtp-probe/functions/probeSmtpPorts.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/functions/probeSmtpPorts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / probeSmtpPorts</p><h1 id="function-probesmtpports" tabindex="-1">Function: probeSmtpPorts() <a class="header-anchor" href="#function-probesmtpports" aria-label="Permalink to &quot;Function: probeSmtpPorts()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> probeSmtpPorts</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">SmtpProbeResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[]&gt;;</span></span></code></pre></div><p>Probes several ports of one host at once: DNS is resolved once and every port connects to the first of its addresses that answers (wire&#39;s <code>connect</code>), so a whole host costs about as long as its slowest port. Results come back in the order of <code>ports</code>. Never throws; a failed lookup gives every port status <code>dns-failed</code>.</p><p>Defaults: ports <code>[25, 465, 587, 2525]</code> each in mode <code>auto</code>, concurrency = number of ports.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/SmtpPortsProbeOptions.html"><code>SmtpPortsProbeOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/SmtpProbeResult.html"><code>SmtpProbeResult</code></a>[]&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/functions/probeSmtpPorts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const probeSmtpPorts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  probeSmtpPorts as default
};
