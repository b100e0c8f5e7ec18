import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseCapabilities()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/functions/parseCapabilities.md","filePath":"generated/api/@mailports/smtp-probe/functions/parseCapabilities.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/functions/parseCapabilities.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / parseCapabilities</p><h1 id="function-parsecapabilities" tabindex="-1">Function: parseCapabilities() <a class="header-anchor" href="#function-parsecapabilities" aria-label="Permalink to &quot;Function: parseCapabilities()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> parseCapabilities</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">reply</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SmtpCapabilities</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Parses an EHLO reply (RFC 5321 §4.1.1.1) once into <a href="./../interfaces/SmtpCapabilities.html">SmtpCapabilities</a>. The first line is the server&#39;s domain; every further line is <code>keyword [params]</code>. Keywords are case-insensitive; a line that breaks the keyword grammar is kept in <code>other</code> and <code>raw</code>, never guessed at. Never throws.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="reply" tabindex="-1">reply <a class="header-anchor" href="#reply" aria-label="Permalink to &quot;reply&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/SmtpReply.html"><code>SmtpReply</code></a>, <code>&quot;lines&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SmtpCapabilities.html"><code>SmtpCapabilities</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/functions/parseCapabilities.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseCapabilities = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseCapabilities as default
};
