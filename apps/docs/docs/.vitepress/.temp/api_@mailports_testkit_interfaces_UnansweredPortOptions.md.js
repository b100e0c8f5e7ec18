import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UnansweredPortOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/interfaces/UnansweredPortOptions.md","filePath":"generated/api/@mailports/testkit/interfaces/UnansweredPortOptions.md"}');
const _sfc_main = { name: "api/@mailports/testkit/interfaces/UnansweredPortOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / UnansweredPortOptions</p><h1 id="interface-unansweredportoptions" tabindex="-1">Interface: UnansweredPortOptions <a class="header-anchor" href="#interface-unansweredportoptions" aria-label="Permalink to &quot;Interface: UnansweredPortOptions&quot;">​</a></h1><p>Options of <a href="./../functions/createUnansweredPort.html">createUnansweredPort</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="host" tabindex="-1">host? <a class="header-anchor" href="#host" aria-label="Permalink to &quot;host?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">host</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> string;</span></span></code></pre></div><p>Address to bind. Default <code>127.0.0.1</code>.</p><hr><h3 id="port" tabindex="-1">port? <a class="header-anchor" href="#port" aria-label="Permalink to &quot;port?&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">port</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?:</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> number;</span></span></code></pre></div><p>Port to bind. Default 0 (an ephemeral port). Give the port of a server on another loopback address to make one name&#39;s addresses answer differently on the same port.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/interfaces/UnansweredPortOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnansweredPortOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnansweredPortOptions as default
};
