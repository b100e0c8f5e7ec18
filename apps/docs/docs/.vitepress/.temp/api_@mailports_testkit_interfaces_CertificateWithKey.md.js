import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CertificateWithKey","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/CertificateWithKey.md","filePath":"generated/api/@mailports/testkit/interfaces/CertificateWithKey.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/CertificateWithKey.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / CertificateWithKey</p><h1 id="interface-certificatewithkey" tabindex="-1">Interface: CertificateWithKey <a class="header-anchor" href="#interface-certificatewithkey" aria-label="Permalink to &quot;Interface: CertificateWithKey&quot;">​</a></h1><p>A PEM certificate with its PKCS#8 PEM private key, loadable by <code>node:tls</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cert" tabindex="-1">cert <a class="header-anchor" href="#cert" aria-label="Permalink to &quot;cert&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">cert</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>PEM certificate (<code>-----BEGIN CERTIFICATE-----</code>).</p><hr><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">key</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>PEM PKCS#8 private key (<code>-----BEGIN PRIVATE KEY-----</code>). Generated at runtime, never stored on disk.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/CertificateWithKey.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CertificateWithKey = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CertificateWithKey as default
};
