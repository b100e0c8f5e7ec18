import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rank()","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/recommend/functions/rank.md","filePath":"generated/api/@mailports/recommend/functions/rank.md"}');
const _sfc_main = { name: "api/@mailports/recommend/functions/rank.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/recommend</a> / rank</p><h1 id="function-rank" tabindex="-1">Function: rank() <a class="header-anchor" href="#function-rank" aria-label="Permalink to &quot;Function: rank()&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">function</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> rank</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">(</span><span style="--shiki-light:#E36209;--shiki-dark:#FFAB70;">input</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">)</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">:</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> Recommendation</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>Ranks probe results for one role: every result of a protocol that can serve the role becomes a <a href="./../interfaces/RankedOption.html">RankedOption</a> with a verdict, a score and plain-words reasons (observed, inferred, or a cited standard), best first; conclusions drawn across results go to <code>inferences</code>.</p><p>The rules, in short: implicit TLS before STARTTLS (RFC 8314 §3: 465 &gt; 587, 993 &gt; 143, 995 &gt; 110), IMAP before POP3, 2525 only as a fallback, 25 is for relay (RFC 5068); nothing that would send a password in clear, nor one protected by a certificate that fails verification or by TLS below 1.2 (RFC 8997), is ever <code>recommended</code>.</p><p>Pure and synchronous: no I/O, safe in a browser. Results of other protocols are ignored.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/RankInput.html"><code>RankInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Recommendation.html"><code>Recommendation</code></a></p><p>The recommendation; <code>best</code> is null when no option is usable (never throws).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/recommend/functions/rank.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rank = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rank as default
};
