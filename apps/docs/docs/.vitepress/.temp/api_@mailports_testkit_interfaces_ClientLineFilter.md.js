import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClientLineFilter","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/ClientLineFilter.md","filePath":"generated/api/@mailports/testkit/interfaces/ClientLineFilter.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/ClientLineFilter.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / ClientLineFilter</p><h1 id="interface-clientlinefilter" tabindex="-1">Interface: ClientLineFilter <a class="header-anchor" href="#interface-clientlinefilter" aria-label="Permalink to &quot;Interface: ClientLineFilter&quot;">​</a></h1><p>Options accepted by <a href="./ConnectionLog.html#clientlines">ConnectionLog.clientLines</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="discarded" tabindex="-1">discarded? <a class="header-anchor" href="#discarded" aria-label="Permalink to &quot;discarded?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">discarded</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Include lines the server discarded unread. Default <code>true</code>.</p><hr><h3 id="tls" tabindex="-1">tls? <a class="header-anchor" href="#tls" aria-label="Permalink to &quot;tls?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">tls</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> boolean;</span></span></code></pre></div><p>Only lines received inside (<code>true</code>) or outside (<code>false</code>) TLS. Default: both.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/ClientLineFilter.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClientLineFilter = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClientLineFilter as default
};
