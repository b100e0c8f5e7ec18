import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Verdict","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/type-aliases/Verdict.md","filePath":"generated/api/@mailports/recommend/type-aliases/Verdict.md"}');
const _sfc_main = { name: "api/@mailports/recommend/type-aliases/Verdict.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / Verdict</p><h1 id="type-alias-verdict" tabindex="-1">Type Alias: Verdict <a class="header-anchor" href="#type-alias-verdict" aria-label="Permalink to &quot;Type Alias: Verdict&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Verdict</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;recommended&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;works&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;works-but-insecure&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;unusable&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How usable an option is, best first.</p><ul><li><code>recommended</code>: works, protected by verified TLS 1.2+, credentials only inside TLS, on the port the standards name for the role.</li><li><code>works</code>: usable, with a caveat (non-standard port, unverified certificate, outdated TLS, server misconfiguration).</li><li><code>works-but-insecure</code>: answers, but credentials or mail would cross the network in clear.</li><li><code>unusable</code>: did not answer, failed, or cannot serve the role.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/type-aliases/Verdict.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Verdict = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Verdict as default
};
