import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SmtpFindingCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/type-aliases/SmtpFindingCode.md","filePath":"generated/api/@mailports/smtp-probe/type-aliases/SmtpFindingCode.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/type-aliases/SmtpFindingCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / SmtpFindingCode</p><h1 id="type-alias-smtpfindingcode" tabindex="-1">Type Alias: SmtpFindingCode <a class="header-anchor" href="#type-alias-smtpfindingcode" aria-label="Permalink to &quot;Type Alias: SmtpFindingCode&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> SmtpFindingCode</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> keyof</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> typeof</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> SMTP_FINDINGS</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>A finding code of the SMTP probe itself.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/type-aliases/SmtpFindingCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SmtpFindingCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SmtpFindingCode as default
};
