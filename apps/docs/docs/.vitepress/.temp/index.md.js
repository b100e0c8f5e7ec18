import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"mailports","text":"Which mail port, with which security — and does it work from here?","tagline":"Probes SMTP, IMAP and POP3 for real, explains what it saw, and recommends a port with the settings to paste. Every fact cited.","actions":[{"theme":"brand","text":"Which port should I use?","link":"/guide/which-port"},{"theme":"alt","text":"Check my server","link":"/recommender"},{"theme":"alt","text":"Getting started","link":"/guide/getting-started"}]},"features":[{"title":"465 is not deprecated","details":"RFC 8314 (2018) registered port 465 as \\"submissions\\" and prefers implicit TLS to STARTTLS. The popular advice is outdated.","link":"/myths"},{"title":"Every port, with its sources","details":"25, 465, 587, 2525, 110, 995, 143, 993 and their neighbours — role, TLS mode, history, RFC sections, who blocks them.","link":"/ports/"},{"title":"Talks to the servers","details":"Greeting, capabilities before and after TLS, certificate verdict, AUTH mechanisms, timings and a full transcript — all ports in parallel.","link":"/guide/getting-started"}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}');
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
