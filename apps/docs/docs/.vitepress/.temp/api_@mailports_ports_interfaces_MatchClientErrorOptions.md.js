import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MatchClientErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/interfaces/MatchClientErrorOptions.md","filePath":"generated/api/@mailports/ports/interfaces/MatchClientErrorOptions.md"}');
const _sfc_main = { name: "api/@mailports/ports/interfaces/MatchClientErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / MatchClientErrorOptions</p><h1 id="interface-matchclienterroroptions" tabindex="-1">Interface: MatchClientErrorOptions <a class="header-anchor" href="#interface-matchclienterroroptions" aria-label="Permalink to &quot;Interface: MatchClientErrorOptions&quot;">​</a></h1><p>Options of <a href="./../functions/matchClientError.html">matchClientError</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="client" tabindex="-1">client? <a class="header-anchor" href="#client" aria-label="Permalink to &quot;client?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly client</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> ErrorClient;</span></span></code></pre></div><p>The client that printed the message, when the caller knows it; otherwise inferred from the text.</p><hr><h3 id="port" tabindex="-1">port? <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly port</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>The port the client connected to: the knowledge base&#39;s TLS mode for it orders the causes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/interfaces/MatchClientErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MatchClientErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MatchClientErrorOptions as default
};
