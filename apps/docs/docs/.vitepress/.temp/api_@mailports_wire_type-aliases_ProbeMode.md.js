import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ProbeMode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/type-aliases/ProbeMode.md","filePath":"generated/api/@mailports/wire/type-aliases/ProbeMode.md"}');
const _sfc_main = { name: "api/@mailports/wire/type-aliases/ProbeMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / ProbeMode</p><h1 id="type-alias-probemode" tabindex="-1">Type Alias: ProbeMode <a class="header-anchor" href="#type-alias-probemode" aria-label="Permalink to &quot;Type Alias: ProbeMode&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> ProbeMode</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;auto&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;implicit&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;starttls&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;plain&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How a probe should secure the connection.</p><ul><li><code>auto</code>: implicit TLS on the well-known implicit ports (465, 993, 995), otherwise plaintext and STARTTLS/STLS when the server offers it.</li><li><code>implicit</code>: TLS from the first byte.</li><li><code>starttls</code>: plaintext, then STARTTLS/STLS is required; a server that does not offer it fails.</li><li><code>plain</code>: never negotiate TLS.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/type-aliases/ProbeMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProbeMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProbeMode as default
};
