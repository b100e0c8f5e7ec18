import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: pasteSettings()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/functions/pasteSettings.md","filePath":"generated/api/@mailports/recommend/functions/pasteSettings.md"}');
const _sfc_main = { name: "api/@mailports/recommend/functions/pasteSettings.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / pasteSettings</p><h1 id="function-pastesettings" tabindex="-1">Function: pasteSettings() <a class="header-anchor" href="#function-pastesettings" aria-label="Permalink to &quot;Function: pasteSettings()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> pasteSettings</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">input</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> PasteSettings</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The one rule for the settings to paste, shared by the CLI and the documentation site so that both paste the same options: the table of best options, nodemailer options for each sending role (<code>auth.user</code> only for submission, and only where AUTH is offered: relay to an MX and address-authorised submission do not log in), and Thunderbird&#39;s autoconfig file whose <code>&lt;domain&gt;</code> is the mail domain (plus the address&#39;s domain when it differs).</p><p>Pure: no I/O, safe in a browser. Never throws.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/PasteInput.html"><code>PasteInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PasteSettings.html"><code>PasteSettings</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/functions/pasteSettings.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const pasteSettings = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  pasteSettings as default
};
