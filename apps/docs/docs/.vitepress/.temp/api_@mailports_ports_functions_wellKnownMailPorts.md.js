import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: wellKnownMailPorts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/functions/wellKnownMailPorts.md","filePath":"generated/api/@mailports/ports/functions/wellKnownMailPorts.md"}');
const _sfc_main = { name: "api/@mailports/ports/functions/wellKnownMailPorts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / wellKnownMailPorts</p><h1 id="function-wellknownmailports" tabindex="-1">Function: wellKnownMailPorts() <a class="header-anchor" href="#function-wellknownmailports" aria-label="Permalink to &quot;Function: wellKnownMailPorts()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> wellKnownMailPorts</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">filter</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> MailPortEntry</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The eight ports mail clients, servers and probes look at first: SMTP 25, 465, 587, 2525, POP3 110, 995, IMAP 143, 993, in that (reading) order. Leaves out the neighbours (LMTP 24, ManageSieve 4190) and the sending services&#39; alternatives (2465, 2587), which a client only uses when told to.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="filter" tabindex="-1">filter? <a class="header-anchor" href="#filter" aria-label="Permalink to &quot;filter?&quot;">​</a></h3><p><a href="./../interfaces/MailPortFilter.html"><code>MailPortFilter</code></a> = <code>{}</code></p><p>Optional; nothing returns all eight.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/MailPortEntry.html"><code>MailPortEntry</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/functions/wellKnownMailPorts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const wellKnownMailPorts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  wellKnownMailPorts as default
};
