import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAILBOX_FINDING_CODES","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/variables/MAILBOX_FINDING_CODES.md","filePath":"generated/api/@mailports/mailbox-probe/variables/MAILBOX_FINDING_CODES.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/variables/MAILBOX_FINDING_CODES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / MAILBOX_FINDING_CODES</p><h1 id="variable-mailbox-finding-codes" tabindex="-1">Variable: MAILBOX_FINDING_CODES <a class="header-anchor" href="#variable-mailbox-finding-codes" aria-label="Permalink to &quot;Variable: MAILBOX\\_FINDING\\_CODES&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAILBOX_FINDING_CODES</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Readonly</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">Record</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">MailboxFindingCode</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">FindingSummary</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;&gt;;</span></span></code></pre></div><p>The findings the POP3 and IMAP probes can report, with their severity, description and sources as text, read from the one catalogue (<code>FINDINGS</code> of <code>@mailports/ports</code>) shared with the SMTP probe.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/variables/MAILBOX_FINDING_CODES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAILBOX_FINDING_CODES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAILBOX_FINDING_CODES as default
};
