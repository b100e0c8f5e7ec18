import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: preferredPorts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/functions/preferredPorts.md","filePath":"generated/api/@mailports/ports/functions/preferredPorts.md"}');
const _sfc_main = { name: "api/@mailports/ports/functions/preferredPorts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / preferredPorts</p><h1 id="function-preferredports" tabindex="-1">Function: preferredPorts() <a class="header-anchor" href="#function-preferredports" aria-label="Permalink to &quot;Function: preferredPorts()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> preferredPorts</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">role</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> PreferredPort</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The <a href="./wellKnownMailPorts.html">wellKnownMailPorts</a> that serve a role, best first: the standards&#39; choice and its fallbacks (<a href="./recommendedPort.html">recommendedPort</a>), IMAP before POP3 for retrieval, then the role&#39;s other ports by standing (2525 for submission). Implicit TLS comes before STARTTLS, as RFC 8314 §3 and mail clients&#39; autoconfiguration order them.</p><ul><li><code>submission</code>: 465, 587, 2525</li><li><code>relay</code>: 25</li><li><code>retrieval</code>: 993, 143, 995, 110</li></ul><p>This is the one source of &quot;which port first&quot; for a role; the recommender, the command line and the docs derive their order from it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="role" tabindex="-1">role <a class="header-anchor" href="#role" aria-label="Permalink to &quot;role&quot;">​</a></h3><p><a href="./../type-aliases/MailRole.html"><code>MailRole</code></a></p><p>The job the connection is for.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PreferredPort.html"><code>PreferredPort</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/functions/preferredPorts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const preferredPorts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  preferredPorts as default
};
