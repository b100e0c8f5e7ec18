import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Recommender","description":"","frontmatter":{"title":"Recommender"},"headers":[],"relativePath":"recommender.md","filePath":"recommender.md"}');
const _sfc_main = { name: "recommender.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_Recommender = resolveComponent("Recommender", true);
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="which-port-for-my-server" tabindex="-1">Which port, for my server? <a class="header-anchor" href="#which-port-for-my-server" aria-label="Permalink to &quot;Which port, for my server?&quot;">​</a></h1><p>Tell the page what your server does on each port, or paste the output of <code>mailports probe &lt;host&gt; --json</code> or <code>mailports recommend &lt;address&gt; --json</code>. The ranking runs here, in your browser, with the same <code>rank()</code> function the command line uses: nothing is sent anywhere. Pasted <code>recommend</code> output gives the same answer as the command line gave, role by role.</p>`);
  _push(ssrRenderComponent(_component_Recommender, null, null, _parent));
  _push(`<p>The page cannot open connections to mail servers: a browser does not speak SMTP, IMAP or POP3. To learn what your server really does from your network, run the <a href="/guide/getting-started.html">command line</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("recommender.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const recommender = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  recommender as default
};
