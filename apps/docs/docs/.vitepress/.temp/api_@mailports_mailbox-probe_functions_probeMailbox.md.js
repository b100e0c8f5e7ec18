import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: probeMailbox()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/functions/probeMailbox.md","filePath":"generated/api/@mailports/mailbox-probe/functions/probeMailbox.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/functions/probeMailbox.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / probeMailbox</p><h1 id="function-probemailbox" tabindex="-1">Function: probeMailbox() <a class="header-anchor" href="#function-probemailbox" aria-label="Permalink to &quot;Function: probeMailbox()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> probeMailbox</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;(</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ImapProbeResult</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">|</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Pop3ProbeResult</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)[]&gt;;</span></span></code></pre></div><p>Probes the POP3 and IMAP ports of one host in parallel: the name is resolved once (wire&#39;s <code>resolveHost</code>) and every port connects to the first of those addresses that answers (see wire&#39;s <code>connect</code>). Defaults: ports <code>[110, 995, 143, 993]</code> (each in mode <code>auto</code>), concurrency 4. Results come in the order of <code>ports</code>. Never throws: a DNS failure gives every port a <code>dns-failed</code> result; a bare port number that is not 110, 995, 143 or 993 gives a <code>protocol-error</code> result with <code>E_INVALID_INPUT</code> (say <code>{ port, protocol }</code> instead).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/ProbeMailboxOptions.html"><code>ProbeMailboxOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;( | <a href="./../interfaces/ImapProbeResult.html"><code>ImapProbeResult</code></a> | <a href="./../interfaces/Pop3ProbeResult.html"><code>Pop3ProbeResult</code></a>)[]&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/functions/probeMailbox.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const probeMailbox = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  probeMailbox as default
};
