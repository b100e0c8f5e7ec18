import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_SMTP_PORTS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/variables/DEFAULT_SMTP_PORTS.md","filePath":"generated/api/@mailports/smtp-probe/variables/DEFAULT_SMTP_PORTS.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/variables/DEFAULT_SMTP_PORTS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/smtp-probe</a> / DEFAULT_SMTP_PORTS</p><h1 id="variable-default-smtp-ports" tabindex="-1">Variable: DEFAULT_SMTP_PORTS <a class="header-anchor" href="#variable-default-smtp-ports" aria-label="Permalink to &quot;Variable: DEFAULT\\_SMTP\\_PORTS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> DEFAULT_SMTP_PORTS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> number</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>The ports <code>probeSmtpPorts</code> probes by default: relay, submissions, submission, the unofficial alternative.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/variables/DEFAULT_SMTP_PORTS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_SMTP_PORTS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_SMTP_PORTS as default
};
