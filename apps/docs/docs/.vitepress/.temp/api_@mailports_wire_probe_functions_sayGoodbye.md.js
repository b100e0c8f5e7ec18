import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sayGoodbye()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/functions/sayGoodbye.md","filePath":"generated/api/@mailports/wire/probe/functions/sayGoodbye.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/functions/sayGoodbye.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / sayGoodbye</p><h1 id="function-saygoodbye" tabindex="-1">Function: sayGoodbye() <a class="header-anchor" href="#function-saygoodbye" aria-label="Permalink to &quot;Function: sayGoodbye()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> sayGoodbye</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   ctx</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   connection</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span></span>
<span class="line"><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">   say</span></span>
<span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;">void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>The goodbye (SMTP QUIT, IMAP LOGOUT, POP3 QUIT) as a courtesy: <code>say</code> gets a timeout of at most <a href="./../variables/GOODBYE_TIMEOUT.html">GOODBYE_TIMEOUT</a> ms (never above the command timeout), runs timed as <code>quit</code>, and whatever the server does then (silence, a reset) leaves the result as it was; only fatal errors get out. The connection is closed afterwards.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="ctx" tabindex="-1">ctx <a class="header-anchor" href="#ctx" aria-label="Permalink to &quot;ctx&quot;">​</a></h3><p><a href="./../interfaces/ProbeContext.html"><code>ProbeContext</code></a></p><h3 id="connection" tabindex="-1">connection <a class="header-anchor" href="#connection" aria-label="Permalink to &quot;connection&quot;">​</a></h3><p><a href="./../../index/classes/Connection.html"><code>Connection</code></a></p><h3 id="say" tabindex="-1">say <a class="header-anchor" href="#say" aria-label="Permalink to &quot;say&quot;">​</a></h3><p>(<code>timeout</code>) =&gt; <code>Promise</code>&lt;<code>unknown</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/functions/sayGoodbye.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sayGoodbye = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sayGoodbye as default
};
