import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MailboxFindingCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/type-aliases/MailboxFindingCode.md","filePath":"generated/api/@mailports/mailbox-probe/type-aliases/MailboxFindingCode.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/type-aliases/MailboxFindingCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / MailboxFindingCode</p><h1 id="type-alias-mailboxfindingcode" tabindex="-1">Type Alias: MailboxFindingCode <a class="header-anchor" href="#type-alias-mailboxfindingcode" aria-label="Permalink to &quot;Type Alias: MailboxFindingCode&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MailboxFindingCode</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> keyof</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> MAILBOX_FINDING_CODES</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A finding code of this package.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/type-aliases/MailboxFindingCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MailboxFindingCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MailboxFindingCode as default
};
