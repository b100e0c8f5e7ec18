import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"text","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/text/index.md","filePath":"generated/api/@mailports/wire/text/index.md"}');
const _sfc_main = { name: "api/@mailports/wire/text/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / text</p><h1 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h1><h2 id="references" tabindex="-1">References <a class="header-anchor" href="#references" aria-label="Permalink to &quot;References&quot;">​</a></h2><h3 id="escapefordisplay" tabindex="-1">escapeForDisplay <a class="header-anchor" href="#escapefordisplay" aria-label="Permalink to &quot;escapeForDisplay&quot;">​</a></h3><p>Re-exports <a href="./../index/functions/escapeForDisplay.html">escapeForDisplay</a></p><hr><h3 id="escapeoptions" tabindex="-1">EscapeOptions <a class="header-anchor" href="#escapeoptions" aria-label="Permalink to &quot;EscapeOptions&quot;">​</a></h3><p>Re-exports <a href="./../index/interfaces/EscapeOptions.html">EscapeOptions</a></p><hr><h3 id="hascontrolcharacters" tabindex="-1">hasControlCharacters <a class="header-anchor" href="#hascontrolcharacters" aria-label="Permalink to &quot;hasControlCharacters&quot;">​</a></h3><p>Re-exports <a href="./../index/functions/hasControlCharacters.html">hasControlCharacters</a></p><hr><h3 id="isipliteral" tabindex="-1">isIpLiteral <a class="header-anchor" href="#isipliteral" aria-label="Permalink to &quot;isIpLiteral&quot;">​</a></h3><p>Re-exports <a href="./../index/functions/isIpLiteral.html">isIpLiteral</a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/text/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
