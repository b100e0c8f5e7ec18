import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultEhloName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/functions/defaultEhloName.md","filePath":"generated/api/@mailports/smtp-probe/functions/defaultEhloName.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/functions/defaultEhloName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / defaultEhloName</p><h1 id="function-defaultehloname" tabindex="-1">Function: defaultEhloName() <a class="header-anchor" href="#function-defaultehloname" aria-label="Permalink to &quot;Function: defaultEhloName()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> defaultEhloName</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">machineName</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> string</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The default EHLO name: this machine&#39;s host name when it is a sane FQDN, otherwise <code>mailports.invalid</code>. Never <code>localhost</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="machinename" tabindex="-1">machineName? <a class="header-anchor" href="#machinename" aria-label="Permalink to &quot;machineName?&quot;">​</a></h3><p><code>string</code> = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/functions/defaultEhloName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultEhloName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultEhloName as default
};
