import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: LoginOutcome","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/type-aliases/LoginOutcome.md","filePath":"generated/api/@mailports/recommend/type-aliases/LoginOutcome.md"}');
const _sfc_main = { name: "api/@mailports/recommend/type-aliases/LoginOutcome.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / LoginOutcome</p><h1 id="type-alias-loginoutcome" tabindex="-1">Type Alias: LoginOutcome <a class="header-anchor" href="#type-alias-loginoutcome" aria-label="Permalink to &quot;Type Alias: LoginOutcome&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> LoginOutcome</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;succeeded&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;failed&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;no-mechanism&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;error&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;not-tried&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>How a login check ended.</p><ul><li><code>succeeded</code>: the server accepted the credentials.</li><li><code>failed</code>: the server refused them (wrong user name or password, or an account not allowed there).</li><li><code>no-mechanism</code>: the server offers no login method the probe can use; nothing was sent.</li><li><code>error</code>: the login connection or the exchange failed before an answer (timeout, closed, a certificate that no longer verified…); the message says which.</li><li><code>not-tried</code>: no credentials were sent; <code>reason</code> says why.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/type-aliases/LoginOutcome.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoginOutcome = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoginOutcome as default
};
