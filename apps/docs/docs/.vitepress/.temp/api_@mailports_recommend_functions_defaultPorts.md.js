import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultPorts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/functions/defaultPorts.md","filePath":"generated/api/@mailports/recommend/functions/defaultPorts.md"}');
const _sfc_main = { name: "api/@mailports/recommend/functions/defaultPorts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / defaultPorts</p><h1 id="function-defaultports" tabindex="-1">Function: defaultPorts() <a class="header-anchor" href="#function-defaultports" aria-label="Permalink to &quot;Function: defaultPorts()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> defaultPorts</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">role</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> object</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The well-known ports discovery tries for a role, best first, with the protocol spoken there: the order @mailports/ports prefers for the role (<code>send</code>: 465, 587, 2525; <code>read</code>: 993, 143, 995, 110; <code>relay</code>: 25), and for <code>send</code> the relay port last, since some servers accept submission there. Pure and browser-safe.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="role" tabindex="-1">role <a class="header-anchor" href="#role" aria-label="Permalink to &quot;role&quot;">​</a></h3><p><a href="./../type-aliases/Role.html"><code>Role</code></a></p><p><code>send</code>, <code>relay</code> or <code>read</code>.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/functions/defaultPorts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultPorts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultPorts as default
};
