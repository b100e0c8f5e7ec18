import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LoginSkipReason","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/type-aliases/LoginSkipReason.md","filePath":"generated/api/@mailports/recommend/type-aliases/LoginSkipReason.md"}');
const _sfc_main = { name: "api/@mailports/recommend/type-aliases/LoginSkipReason.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / LoginSkipReason</p><h1 id="type-alias-loginskipreason" tabindex="-1">Type Alias: LoginSkipReason <a class="header-anchor" href="#type-alias-loginskipreason" aria-label="Permalink to &quot;Type Alias: LoginSkipReason&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LoginSkipReason</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> </span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;no-option&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;relay&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;not-answered&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;not-encrypted&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;untrusted-certificate&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Why no login was tried for a role (see <a href="./../functions/loginEligibility.html">loginEligibility</a>).</p><ul><li><code>no-option</code>: the role has no usable option.</li><li><code>relay</code>: relay to an MX never logs in; credentials are for submission and mailbox servers.</li><li><code>not-answered</code>: the probe behind the option did not complete.</li><li><code>not-encrypted</code>: the option is not inside TLS (plaintext, or STARTTLS never completed).</li><li><code>untrusted-certificate</code>: its certificate failed verification (even when accepted as <code>insecure</code>).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/type-aliases/LoginSkipReason.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoginSkipReason = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoginSkipReason as default
};
