import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: IanaStatus","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/type-aliases/IanaStatus.md","filePath":"generated/api/@mailports/ports/type-aliases/IanaStatus.md"}');
const _sfc_main = { name: "api/@mailports/ports/type-aliases/IanaStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / IanaStatus</p><h1 id="type-alias-ianastatus" tabindex="-1">Type Alias: IanaStatus <a class="header-anchor" href="#type-alias-ianastatus" aria-label="Permalink to &quot;Type Alias: IanaStatus&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> IanaStatus</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;assigned&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;reserved&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;revoked&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;not-assigned&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Status of a row in the IANA Service Name and Transport Protocol Port Number Registry.</p><ul><li><code>assigned</code>: the registry lists the service on this number and transport.</li><li><code>reserved</code>: the registry holds the number back on this transport (listed as &quot;Reserved&quot;).</li><li><code>revoked</code>: once assigned, since withdrawn; the registry no longer shows it, so the source is the document that tells the story (e.g. RFC 8314 §7.3 for <code>smtps</code>).</li><li><code>not-assigned</code>: nothing is registered for the use in question.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/type-aliases/IanaStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IanaStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IanaStatus as default
};
