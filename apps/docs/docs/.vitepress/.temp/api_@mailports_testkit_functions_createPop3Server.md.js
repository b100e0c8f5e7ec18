import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createPop3Server()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/functions/createPop3Server.md","filePath":"generated/api/@mailports/testkit/functions/createPop3Server.md"}');
const _sfc_main = { name: "api/@mailports/testkit/functions/createPop3Server.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / createPop3Server</p><h1 id="function-createpop3server" tabindex="-1">Function: createPop3Server() <a class="header-anchor" href="#function-createpop3server" aria-label="Permalink to &quot;Function: createPop3Server()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createPop3Server</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">TestServer</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Starts a scriptable POP3 server (Dovecot-like by default) on <code>127.0.0.1</code>, ephemeral port.</p><p>It greets, answers CAPA, STLS, USER/PASS, APOP (when <code>apop</code>), AUTH PLAIN/LOGIN, STAT, LIST, UIDL, RETR, TOP, DELE, NOOP, RSET and QUIT. Credentials are refused outside TLS unless <code>allowPlaintextAuth</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/Pop3ServerOptions.html"><code>Pop3ServerOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TestServer.html"><code>TestServer</code></a>&gt;</p><p>The running server. Rejects if the port cannot be bound.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/functions/createPop3Server.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createPop3Server = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createPop3Server as default
};
