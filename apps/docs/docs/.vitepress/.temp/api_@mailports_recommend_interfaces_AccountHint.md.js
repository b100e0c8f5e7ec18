import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AccountHint","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/interfaces/AccountHint.md","filePath":"generated/api/@mailports/recommend/interfaces/AccountHint.md"}');
const _sfc_main = { name: "api/@mailports/recommend/interfaces/AccountHint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / AccountHint</p><h1 id="interface-accounthint" tabindex="-1">Interface: AccountHint <a class="header-anchor" href="#interface-accounthint" aria-label="Permalink to &quot;Interface: AccountHint&quot;">​</a></h1><p>What the settings know about the account; never a password.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="servername" tabindex="-1">servername? <a class="header-anchor" href="#servername" aria-label="Permalink to &quot;servername?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">servername</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>The certificate name to expect when the option&#39;s host is an IP address.</p><hr><h3 id="user" tabindex="-1">user? <a class="header-anchor" href="#user" aria-label="Permalink to &quot;user?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">user</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>The login name, usually the email address.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/interfaces/AccountHint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AccountHint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AccountHint as default
};
