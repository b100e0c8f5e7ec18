import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RecommendedPortOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/interfaces/RecommendedPortOptions.md","filePath":"generated/api/@mailports/ports/interfaces/RecommendedPortOptions.md"}');
const _sfc_main = { name: "api/@mailports/ports/interfaces/RecommendedPortOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / RecommendedPortOptions</p><h1 id="interface-recommendedportoptions" tabindex="-1">Interface: RecommendedPortOptions <a class="header-anchor" href="#interface-recommendedportoptions" aria-label="Permalink to &quot;Interface: RecommendedPortOptions&quot;">​</a></h1><p>Options for <a href="./../functions/recommendedPort.html">recommendedPort</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="protocol" tabindex="-1">protocol? <a class="header-anchor" href="#protocol" aria-label="Permalink to &quot;protocol?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly protocol</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;imap&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;pop3&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>For <code>retrieval</code>: which mailbox protocol. Default <code>&#39;imap&#39;</code>. Ignored for other roles.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/interfaces/RecommendedPortOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RecommendedPortOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RecommendedPortOptions as default
};
