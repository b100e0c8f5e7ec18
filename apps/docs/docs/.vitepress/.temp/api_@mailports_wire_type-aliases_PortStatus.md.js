import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PortStatus","description":"","frontmatter":{},"headers":[],"relativePath":"api/@mailports/wire/type-aliases/PortStatus.md","filePath":"generated/api/@mailports/wire/type-aliases/PortStatus.md"}');
const _sfc_main = { name: "api/@mailports/wire/type-aliases/PortStatus.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../../../">API reference</a> / <a href="./../">@mailports/wire</a> / PortStatus</p><h1 id="type-alias-portstatus" tabindex="-1">Type Alias: PortStatus <a class="header-anchor" href="#type-alias-portstatus" aria-label="Permalink to &quot;Type Alias: PortStatus&quot;">​</a></h1><div class="language-ts vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">ts</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">type</span><span style="--shiki-light:#6F42C1;--shiki-dark:#B392F0;"> PortStatus</span><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;"> =</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;"> </span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;ok&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;refused&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;timeout&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;no-greeting&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;reset&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;closed&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;tls-failed&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;rejected&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;protocol-error&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;dns-failed&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;unreachable&quot;</span></span>
<span class="line"><span style="--shiki-light:#D73A49;--shiki-dark:#F97583;">  |</span><span style="--shiki-light:#032F62;--shiki-dark:#9ECBFF;"> &quot;aborted&quot;</span><span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8;">;</span></span></code></pre></div><p>What happened on a port, modelled on zgrab2&#39;s status enum.</p><ul><li><code>ok</code>: the protocol dialogue completed (greeting and capabilities, TLS where asked).</li><li><code>refused</code>: TCP RST on connect: nothing listens, or a firewall rejects.</li><li><code>timeout</code>: no TCP answer within the connect timeout (&quot;no answer&quot;: filtered somewhere, or down).</li><li><code>no-greeting</code>: connected, but the server said nothing before the greeting timeout.</li><li><code>reset</code>: the connection was reset after it was established.</li><li><code>closed</code>: the server closed the connection cleanly before the dialogue ended.</li><li><code>tls-failed</code>: the TLS handshake failed (implicit or after STARTTLS).</li><li><code>rejected</code>: the server greeted with a refusal (SMTP 4xx/5xx, IMAP BYE, POP3 -ERR).</li><li><code>protocol-error</code>: the server spoke, but not the protocol expected, or broke a limit.</li><li><code>dns-failed</code>: the host name did not resolve.</li><li><code>unreachable</code>: no route to the host or network (ICMP unreachable, EHOSTUNREACH, ENETUNREACH).</li><li><code>aborted</code>: the caller&#39;s AbortSignal fired, or the overall deadline passed.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/api/@mailports/wire/type-aliases/PortStatus.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PortStatus = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PortStatus as default
};
