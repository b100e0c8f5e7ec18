import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ListPortsFilter","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/interfaces/ListPortsFilter.md","filePath":"generated/api/@mailports/ports/interfaces/ListPortsFilter.md"}');
const _sfc_main = { name: "api/@mailports/ports/interfaces/ListPortsFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / ListPortsFilter</p><h1 id="interface-listportsfilter" tabindex="-1">Interface: ListPortsFilter <a class="header-anchor" href="#interface-listportsfilter" aria-label="Permalink to &quot;Interface: ListPortsFilter&quot;">​</a></h1><p>Filters for <a href="./../functions/listPorts.html">listPorts</a>; every given field must match.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="protocol" tabindex="-1">protocol? <a class="header-anchor" href="#protocol" aria-label="Permalink to &quot;protocol?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly protocol</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> PortProtocol;</span></span></code></pre></div><hr><h3 id="role" tabindex="-1">role? <a class="header-anchor" href="#role" aria-label="Permalink to &quot;role?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly role</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> PortRole;</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/interfaces/ListPortsFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ListPortsFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ListPortsFilter as default
};
