import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CapabilityChanges","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/mailbox-probe/interfaces/CapabilityChanges.md","filePath":"generated/api/@mailports/mailbox-probe/interfaces/CapabilityChanges.md"}');
const _sfc_main = { name: "api/@mailports/mailbox-probe/interfaces/CapabilityChanges.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/mailbox-probe</a> / CapabilityChanges</p><h1 id="interface-capabilitychanges" tabindex="-1">Interface: CapabilityChanges <a class="header-anchor" href="#interface-capabilitychanges" aria-label="Permalink to &quot;Interface: CapabilityChanges&quot;">​</a></h1><p>Capabilities that appeared or disappeared between two lists, compared case-insensitively.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="added" tabindex="-1">added <a class="header-anchor" href="#added" aria-label="Permalink to &quot;added&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">added</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly string[];</span></span></code></pre></div><p>Present after TLS, absent before (upper-cased).</p><hr><h3 id="removed" tabindex="-1">removed <a class="header-anchor" href="#removed" aria-label="Permalink to &quot;removed&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">removed</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: readonly string[];</span></span></code></pre></div><p>Present before TLS, absent after (upper-cased).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/mailbox-probe/interfaces/CapabilityChanges.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CapabilityChanges = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CapabilityChanges as default
};
