import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CertificateOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/CertificateOptions.md","filePath":"generated/api/@mailports/testkit/interfaces/CertificateOptions.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/CertificateOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / CertificateOptions</p><h1 id="interface-certificateoptions" tabindex="-1">Interface: CertificateOptions <a class="header-anchor" href="#interface-certificateoptions" aria-label="Permalink to &quot;Interface: CertificateOptions&quot;">​</a></h1><p>What a certificate covers and when it is valid.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="names" tabindex="-1">names? <a class="header-anchor" href="#names" aria-label="Permalink to &quot;names?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">names</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string[];</span></span></code></pre></div><p>Host names and IPs (the first is the CN; IPs become IP SANs). Default <code>[&#39;localhost&#39;, &#39;127.0.0.1&#39;]</code>.</p><hr><h3 id="notafter" tabindex="-1">notAfter? <a class="header-anchor" href="#notafter" aria-label="Permalink to &quot;notAfter?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">notAfter</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Date;</span></span></code></pre></div><p>Default: in a year.</p><hr><h3 id="notbefore" tabindex="-1">notBefore? <a class="header-anchor" href="#notbefore" aria-label="Permalink to &quot;notBefore?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">notBefore</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> Date;</span></span></code></pre></div><p>Default: one day ago.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/CertificateOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CertificateOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CertificateOptions as default
};
