import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createUnansweredPort()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/testkit/functions/createUnansweredPort.md","filePath":"generated/api/@mailports/testkit/functions/createUnansweredPort.md"}');
const _sfc_main = { name: "api/@mailports/testkit/functions/createUnansweredPort.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/testkit</a> / createUnansweredPort</p><h1 id="function-createunansweredport" tabindex="-1">Function: createUnansweredPort() <a class="header-anchor" href="#function-createunansweredport" aria-label="Permalink to &quot;Function: createUnansweredPort()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> createUnansweredPort</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">options</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">?</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Promise</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&lt;</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;">UnansweredPort</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">&gt;;</span></span></code></pre></div><p>Starts a port on loopback that never answers a TCP connect: a client&#39;s connect times out, as it would against a port filtered by a firewall that drops packets (e.g. outbound 25 from most clouds). Needs no privileges and sends nothing anywhere. Linux-specific in how the kernel treats a full accept queue; on other systems a connect may be accepted instead (and then never greeted).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/UnansweredPortOptions.html"><code>UnansweredPortOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/UnansweredPort.html"><code>UnansweredPort</code></a>&gt;</p><p>The port; rejects if it cannot bind (e.g. <code>port</code> is taken on <code>host</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/testkit/functions/createUnansweredPort.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createUnansweredPort = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createUnansweredPort as default
};
