import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Role","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/type-aliases/Role.md","filePath":"generated/api/@mailports/recommend/type-aliases/Role.md"}');
const _sfc_main = { name: "api/@mailports/recommend/type-aliases/Role.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / Role</p><h1 id="type-alias-role" tabindex="-1">Type Alias: Role <a class="header-anchor" href="#type-alias-role" aria-label="Permalink to &quot;Type Alias: Role&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Role</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;send&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;relay&quot;</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;read&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What the user wants to do with a mail server.</p><ul><li><code>send</code>: submit mail as a user (message submission: 465, 587; 2525 as a fallback).</li><li><code>relay</code>: server-to-server delivery to the domain&#39;s MX hosts (port 25).</li><li><code>read</code>: fetch mail (IMAP 993/143, POP3 995/110).</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/type-aliases/Role.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Role = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Role as default
};
