import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoginScope","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/interfaces/LoginScope.md","filePath":"generated/api/@mailports/recommend/interfaces/LoginScope.md"}');
const _sfc_main = { name: "api/@mailports/recommend/interfaces/LoginScope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / LoginScope</p><h1 id="interface-loginscope" tabindex="-1">Interface: LoginScope <a class="header-anchor" href="#interface-loginscope" aria-label="Permalink to &quot;Interface: LoginScope&quot;">​</a></h1><p>Where credentials may go: the queried mail domain, and hosts the user named as trusted.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="domain" tabindex="-1">domain <a class="header-anchor" href="#domain" aria-label="Permalink to &quot;domain&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">domain</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string </span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">|</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> null</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>The mail domain asked about; null for a bare host or an IP address (the user named it).</p><hr><h3 id="trusthosts" tabindex="-1">trustHosts? <a class="header-anchor" href="#trusthosts" aria-label="Permalink to &quot;trustHosts?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">trustHosts</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> readonly string[];</span></span></code></pre></div><p>Hosts outside the domain the user explicitly trusts with the credentials (<code>--trust-host</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/interfaces/LoginScope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoginScope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoginScope as default
};
