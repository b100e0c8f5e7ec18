import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TestPkiOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/TestPkiOptions.md","filePath":"generated/api/@mailports/testkit/interfaces/TestPkiOptions.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/TestPkiOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / TestPkiOptions</p><h1 id="interface-testpkioptions" tabindex="-1">Interface: TestPkiOptions <a class="header-anchor" href="#interface-testpkioptions" aria-label="Permalink to &quot;Interface: TestPkiOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createTestPki.html">createTestPki</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hostnames" tabindex="-1">hostnames? <a class="header-anchor" href="#hostnames" aria-label="Permalink to &quot;hostnames?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">hostnames</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string[];</span></span></code></pre></div><p>Names the leaf, expired and self-signed certificates cover. IPs become IP SANs. Default <code>[&#39;localhost&#39;, &#39;127.0.0.1&#39;]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/TestPkiOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TestPkiOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TestPkiOptions as default
};
