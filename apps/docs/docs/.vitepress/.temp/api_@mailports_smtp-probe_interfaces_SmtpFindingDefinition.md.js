import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SmtpFindingDefinition","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/interfaces/SmtpFindingDefinition.md","filePath":"generated/api/@mailports/smtp-probe/interfaces/SmtpFindingDefinition.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/interfaces/SmtpFindingDefinition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / SmtpFindingDefinition</p><h1 id="interface-smtpfindingdefinition" tabindex="-1">Interface: SmtpFindingDefinition <a class="header-anchor" href="#interface-smtpfindingdefinition" aria-label="Permalink to &quot;Interface: SmtpFindingDefinition&quot;">​</a></h1><p>One entry of the SMTP findings catalogue.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">description</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>What the finding means, for documentation.</p><hr><h3 id="reference" tabindex="-1">reference <a class="header-anchor" href="#reference" aria-label="Permalink to &quot;reference&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">reference</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: string;</span></span></code></pre></div><p>Where the rule comes from.</p><hr><h3 id="severity" tabindex="-1">severity <a class="header-anchor" href="#severity" aria-label="Permalink to &quot;severity&quot;">​</a></h3><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">readonly </span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">severity</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">: Severity;</span></span></code></pre></div><p>The usual severity; some findings depend on the port or mode (see <code>description</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/interfaces/SmtpFindingDefinition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SmtpFindingDefinition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SmtpFindingDefinition as default
};
