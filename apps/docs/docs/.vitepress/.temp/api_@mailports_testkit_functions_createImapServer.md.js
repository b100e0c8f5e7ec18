import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createImapServer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/functions/createImapServer.md","filePath":"generated/api/@mailports/testkit/functions/createImapServer.md"}');
const _sfc_main = { name: "api/@mailports/testkit/functions/createImapServer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / createImapServer</p><h1 id="function-createimapserver" tabindex="-1">Function: createImapServer() <a class="header-anchor" href="#function-createimapserver" aria-label="Permalink to &quot;Function: createImapServer()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createImapServer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">TestServer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Starts a scriptable IMAP server (Dovecot-like by default) on <code>127.0.0.1</code>, ephemeral port.</p><p>It parses tagged commands (quoted strings, <code>{n}</code> and <code>{n+}</code> literals) and answers CAPABILITY, STARTTLS, LOGIN, AUTHENTICATE PLAIN/LOGIN (SASL-IR or continuation), ID, ENABLE, NOOP, SELECT/EXAMINE, LIST and LOGOUT. LOGINDISABLED applies outside TLS unless <code>allowPlaintextAuth</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ImapServerOptions.html"><code>ImapServerOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TestServer.html"><code>TestServer</code></a>&gt;</p><p>The running server. Rejects if the port cannot be bound.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/functions/createImapServer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createImapServer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createImapServer as default
};
