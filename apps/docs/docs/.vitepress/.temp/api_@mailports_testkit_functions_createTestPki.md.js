import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createTestPki()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/functions/createTestPki.md","filePath":"generated/api/@mailports/testkit/functions/createTestPki.md"}');
const _sfc_main = { name: "api/@mailports/testkit/functions/createTestPki.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / createTestPki</p><h1 id="function-createtestpki" tabindex="-1">Function: createTestPki() <a class="header-anchor" href="#function-createtestpki" aria-label="Permalink to &quot;Function: createTestPki()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createTestPki</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">TestPki</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Generates (once per process and per hostname list) a test CA and the server certificates signed by it.</p><p>Generation uses WebCrypto ECDSA P-256 and takes a few milliseconds; the promise is cached, so every server in a test run shares the same CA. Nothing is written to disk.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/TestPkiOptions.html"><code>TestPkiOptions</code></a> = <code>{}</code></p><p><code>hostnames</code> (default <code>[&#39;localhost&#39;, &#39;127.0.0.1&#39;]</code>).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/TestPki.html"><code>TestPki</code></a>&gt;</p><p>The PEM fixtures. Rejects only if WebCrypto is unavailable or a hostname is empty.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/functions/createTestPki.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createTestPki = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createTestPki as default
};
