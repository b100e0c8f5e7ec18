import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: RELAY_POLICY_RECORDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/ports/variables/RELAY_POLICY_RECORDS.md","filePath":"generated/api/@mailports/ports/variables/RELAY_POLICY_RECORDS.md"}');
const _sfc_main = { name: "api/@mailports/ports/variables/RELAY_POLICY_RECORDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/ports</a> / RELAY_POLICY_RECORDS</p><h1 id="variable-relay-policy-records" tabindex="-1">Variable: RELAY_POLICY_RECORDS <a class="header-anchor" href="#variable-relay-policy-records" aria-label="Permalink to &quot;Variable: RELAY\\_POLICY\\_RECORDS&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">const</span><span style="--shiki-light:#005CC5;--shiki-dark:#79B8FF;"> RELAY_POLICY_RECORDS</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> readonly</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> RelayPolicyRecord</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">[];</span></span></code></pre></div><p>Mechanisms that let a domain demand, verify or monitor TLS on port 25 relay.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/ports/variables/RELAY_POLICY_RECORDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RELAY_POLICY_RECORDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RELAY_POLICY_RECORDS as default
};
