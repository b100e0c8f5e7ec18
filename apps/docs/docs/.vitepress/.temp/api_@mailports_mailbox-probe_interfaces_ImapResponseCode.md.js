import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ImapResponseCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/interfaces/ImapResponseCode.md","filePath":"generated/api/@mailports/mailbox-probe/interfaces/ImapResponseCode.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/interfaces/ImapResponseCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / ImapResponseCode</p><h1 id="interface-imapresponsecode" tabindex="-1">Interface: ImapResponseCode <a class="header-anchor" href="#interface-imapresponsecode" aria-label="Permalink to &quot;Interface: ImapResponseCode&quot;">​</a></h1><p>A bracketed response code such as <code>[CAPABILITY IMAP4rev1 STARTTLS]</code> or <code>[ALERT]</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="args" tabindex="-1">args <a class="header-anchor" href="#args" aria-label="Permalink to &quot;args&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">args</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Everything after the name inside the brackets, verbatim (untrusted); empty when none.</p><hr><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">name</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Upper-cased code name, e.g. <code>CAPABILITY</code>, <code>ALERT</code>, <code>REFERRAL</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/interfaces/ImapResponseCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ImapResponseCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ImapResponseCode as default
};
