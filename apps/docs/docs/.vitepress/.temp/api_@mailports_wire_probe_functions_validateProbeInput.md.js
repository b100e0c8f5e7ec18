import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateProbeInput()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/probe/functions/validateProbeInput.md","filePath":"generated/api/@mailports/wire/probe/functions/validateProbeInput.md"}');
const _sfc_main = { name: "api/@mailports/wire/probe/functions/validateProbeInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../../">API reference</a> / <a href="./../../">@mailports/wire</a> / <a href="./../">probe</a> / validateProbeInput</p><h1 id="function-validateprobeinput" tabindex="-1">Function: validateProbeInput() <a class="header-anchor" href="#function-validateprobeinput" aria-label="Permalink to &quot;Function: validateProbeInput()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> validateProbeInput</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">, </span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">port</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> void</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Rejects what every probe would put on the wire before a connection is opened: a port outside 1–65535, CR, LF or NUL in the host, the SNI name or the user name, NUL in the password (SASL PLAIN separates fields with NUL). Throws <code>WireError(&#39;E_INVALID_INPUT&#39;, …, { step: &#39;options&#39; })</code>, which <code>runProbe</code> reports as status <code>protocol-error</code> with nothing sent. Protocols add their own checks (an SMTP EHLO name, a password on an IMAP or POP3 command line).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/CommonProbeOptions.html"><code>CommonProbeOptions</code></a>, <code>&quot;host&quot;</code> | <code>&quot;servername&quot;</code> | <code>&quot;credentials&quot;</code>&gt;</p><h3 id="port" tabindex="-1">port <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/probe/functions/validateProbeInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateProbeInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateProbeInput as default
};
