import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@mailports/smtp-probe","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/smtp-probe/index.md","filePath":"generated/api/@mailports/smtp-probe/index.md"}');
const _sfc_main = { name: "api/@mailports/smtp-probe/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../">API reference</a> / @mailports/smtp-probe</p><h1 id="mailports-smtp-probe" tabindex="-1">@mailports/smtp-probe <a class="header-anchor" href="#mailports-smtp-probe" aria-label="Permalink to &quot;@mailports/smtp-probe&quot;">​</a></h1><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/CapabilityChange.html">CapabilityChange</a></li><li><a href="./interfaces/CapabilityChanges.html">CapabilityChanges</a></li><li><a href="./interfaces/DeliverByCapability.html">DeliverByCapability</a></li><li><a href="./interfaces/SizeCapability.html">SizeCapability</a></li><li><a href="./interfaces/SmtpCapabilities.html">SmtpCapabilities</a></li><li><a href="./interfaces/SmtpDetails.html">SmtpDetails</a></li><li><a href="./interfaces/SmtpFindingDefinition.html">SmtpFindingDefinition</a></li><li><a href="./interfaces/SmtpPortsProbeOptions.html">SmtpPortsProbeOptions</a></li><li><a href="./interfaces/SmtpProbeOptions.html">SmtpProbeOptions</a></li><li><a href="./interfaces/SmtpProbeResult.html">SmtpProbeResult</a></li><li><a href="./interfaces/SmtpReply.html">SmtpReply</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/SmtpFindingCode.html">SmtpFindingCode</a></li><li><a href="./type-aliases/SmtpPortEntry.html">SmtpPortEntry</a></li></ul><h2 id="variables" tabindex="-1">Variables <a class="header-anchor" href="#variables" aria-label="Permalink to &quot;Variables&quot;">​</a></h2><ul><li><a href="./variables/DEFAULT_SMTP_PORTS.html">DEFAULT_SMTP_PORTS</a></li><li><a href="./variables/FALLBACK_EHLO_NAME.html">FALLBACK_EHLO_NAME</a></li><li><a href="./variables/SMTP_FINDINGS.html">SMTP_FINDINGS</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/defaultEhloName.html">defaultEhloName</a></li><li><a href="./functions/diffCapabilities.html">diffCapabilities</a></li><li><a href="./functions/parseCapabilities.html">parseCapabilities</a></li><li><a href="./functions/probeSmtp.html">probeSmtp</a></li><li><a href="./functions/probeSmtpPorts.html">probeSmtpPorts</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/smtp-probe/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
