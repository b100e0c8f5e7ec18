import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Command reference","description":"","frontmatter":{"title":"Command reference","editLink":false},"headers":[],"relativePath":"cli.md","filePath":"generated/cli.md"}');
const _sfc_main = { name: "cli.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="command-reference" tabindex="-1">Command reference <a class="header-anchor" href="#command-reference" aria-label="Permalink to &quot;Command reference&quot;">​</a></h1><p>Generated from the <code>mailports</code> program itself, so it matches <code>mailports --help</code> exactly.</p><h2 id="mailports" tabindex="-1">mailports <a class="header-anchor" href="#mailports" aria-label="Permalink to &quot;mailports&quot;">​</a></h2><p>Which mail port, with which security, and does it actually work from here?</p><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports [options] [command]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Which mail port, with which security, and does it actually work from here?</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  -V, --version                    print the version</span></span>
<span class="line"><span>  -h, --help                       show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Commands:</span></span>
<span class="line"><span>  ports [options] [port|protocol]  the mail-port knowledge base: a table of ports, or one port or</span></span>
<span class="line"><span>                                   protocol in depth</span></span>
<span class="line"><span>  probe [options] &lt;host&gt;           probe every mail port of a host in parallel and report what each</span></span>
<span class="line"><span>                                   one really does</span></span>
<span class="line"><span>  recommend [options] &lt;target&gt;     discover the servers of an address or domain, probe them, and</span></span>
<span class="line"><span>                                   rank the answers with reasons</span></span>
<span class="line"><span>  demo [options]                   start a realistic mail provider on 127.0.0.1 and run recommend</span></span>
<span class="line"><span>                                   against it (no network needed)</span></span>
<span class="line"><span>  explain [options] &lt;error&gt;        explain a mail client&#39;s error message; with --host and --port,</span></span>
<span class="line"><span>                                   probe to name the cause and the fix</span></span>
<span class="line"><span>  help [command]                   display help for command</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes:</span></span>
<span class="line"><span>  0    every port works / a recommended (secure, working) option exists for every role asked</span></span>
<span class="line"><span>  1    no port works / no role has a recommended option (or the host does not resolve)</span></span>
<span class="line"><span>  2    usage error (bad option or value, unreadable file, missing password, a --dns-server name that does not resolve); nothing was sent</span></span>
<span class="line"><span>  3    partial: some ports work and some do not / only some roles have a recommended option</span></span>
<span class="line"><span>  4    internal error (a bug in mailports: please report it)</span></span>
<span class="line"><span>  5    --user: a login was tried and did not succeed (recommend: on a role&#39;s best option; probe: on any port); takes precedence over 1 and 3</span></span>
<span class="line"><span>  130  interrupted (Ctrl-C)</span></span></code></pre></div><h2 id="exit-codes" tabindex="-1">Exit codes <a class="header-anchor" href="#exit-codes" aria-label="Permalink to &quot;Exit codes {#exit-codes}&quot;">​</a></h2><table tabindex="0"><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody><tr><td>0</td><td>every port works / a recommended (secure, working) option exists for every role asked</td></tr><tr><td>1</td><td>no port works / no role has a recommended option (or the host does not resolve)</td></tr><tr><td>2</td><td>usage error (bad option or value, unreadable file, missing password, a --dns-server name that does not resolve); nothing was sent</td></tr><tr><td>3</td><td>partial: some ports work and some do not / only some roles have a recommended option</td></tr><tr><td>4</td><td>internal error (a bug in mailports: please report it)</td></tr><tr><td>5</td><td>--user: a login was tried and did not succeed (recommend: on a role&#39;s best option; probe: on any port); takes precedence over 1 and 3</td></tr><tr><td>130</td><td>interrupted (Ctrl-C)</td></tr></tbody></table><h2 id="ports" tabindex="-1">mailports ports <a class="header-anchor" href="#ports" aria-label="Permalink to &quot;mailports ports {#ports}&quot;">​</a></h2><p>the mail-port knowledge base: a table of ports, or one port or protocol in depth</p><p>Usage: <code>mailports ports [options] [port|protocol]</code></p><h3 id="arguments" tabindex="-1">Arguments <a class="header-anchor" href="#arguments" aria-label="Permalink to &quot;Arguments&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Meaning</th></tr></thead><tbody><tr><td><code>port|protocol</code></td><td>no</td><td>a port number (465) or a protocol (smtp, imap, pop3)</td></tr></tbody></table><h3 id="options" tabindex="-1">Options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;Options&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody><tr><td><code>--json</code></td><td>print one JSON document instead of text</td><td></td></tr><tr><td><code>--no-color</code></td><td>no colours (also: NO_COLOR=1)</td><td></td></tr></tbody></table><h3 id="help" tabindex="-1"><code>--help</code> <a class="header-anchor" href="#help" aria-label="Permalink to &quot;\`--help\`&quot;">​</a></h3><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports ports [options] [port|protocol]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>the mail-port knowledge base: a table of ports, or one port or protocol in depth</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  port|protocol  a port number (465) or a protocol (smtp, imap, pop3)</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  --json         print one JSON document instead of text</span></span>
<span class="line"><span>  --no-color     no colours (also: NO_COLOR=1)</span></span>
<span class="line"><span>  -h, --help     show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  mailports ports</span></span>
<span class="line"><span>  mailports ports 465</span></span>
<span class="line"><span>  mailports ports imap --json</span></span></code></pre></div><h2 id="probe" tabindex="-1">mailports probe <a class="header-anchor" href="#probe" aria-label="Permalink to &quot;mailports probe {#probe}&quot;">​</a></h2><p>probe every mail port of a host in parallel and report what each one really does</p><p>Usage: <code>mailports probe [options] &lt;host&gt;</code></p><h3 id="arguments-1" tabindex="-1">Arguments <a class="header-anchor" href="#arguments-1" aria-label="Permalink to &quot;Arguments&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Meaning</th></tr></thead><tbody><tr><td><code>host</code></td><td>yes</td><td>host name or IP address</td></tr></tbody></table><h3 id="options-1" tabindex="-1">Options <a class="header-anchor" href="#options-1" aria-label="Permalink to &quot;Options&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody><tr><td><code>--ports &lt;list&gt;</code></td><td>ports to probe: 25,465,587 or smtp:2526,imaps:10993,smtp:2465:implicit</td><td></td></tr><tr><td><code>--protocol &lt;smtp|imap|pop3&gt;</code></td><td>only this protocol&#39;s well-known ports; also the protocol of bare custom ports</td><td></td></tr><tr><td><code>--mode &lt;auto|implicit|starttls|plain&gt;</code></td><td>how to secure every port (default auto: 465/993/995 implicit, else STARTTLS when offered)</td><td></td></tr><tr><td><code>-v, --verbose</code></td><td>also print capabilities before and after TLS, certificate and findings</td><td></td></tr><tr><td><code>--transcript</code></td><td>also print the dialogue of each port (direction and time offset)</td><td></td></tr><tr><td><code>--json</code></td><td>print one JSON document (schema: apps/cli/schema) instead of text</td><td></td></tr><tr><td><code>--timeout &lt;duration&gt;</code></td><td>overall deadline: 10, 500ms, 2.5s, 1m (default: 60s)</td><td></td></tr><tr><td><code>--connect-timeout &lt;duration&gt;</code></td><td>TCP connect timeout per attempt (default: 5s)</td><td></td></tr><tr><td><code>--ehlo-name &lt;name&gt;</code></td><td>name sent in EHLO (default: this machine&#39;s fully-qualified name, else mailports.invalid)</td><td></td></tr><tr><td><code>--servername &lt;name&gt;</code></td><td>TLS SNI and certificate name to check (default: the host)</td><td></td></tr><tr><td><code>--ca &lt;file&gt;</code></td><td>also trust the CA certificates in this PEM file (added to the system store)</td><td></td></tr><tr><td><code>--insecure</code></td><td>report certificate failures but still count the port as working</td><td></td></tr><tr><td><code>--dns-server &lt;host[:port]&gt;</code></td><td>ask this DNS server instead of the system resolver: an IP address, or a name the system resolves once</td><td></td></tr><tr><td><code>--concurrency &lt;n&gt;</code></td><td>connections at once (default: 16)</td><td></td></tr><tr><td><code>--user &lt;name&gt;</code></td><td>test these credentials on every port (inside verified TLS only); password from --password-env or a prompt</td><td></td></tr><tr><td><code>--password-env &lt;var&gt;</code></td><td>read the password for --user from this environment variable</td><td></td></tr><tr><td><code>--no-color</code></td><td>no colours (also: NO_COLOR=1); colours are only ever used on a terminal</td><td></td></tr></tbody></table><h3 id="help-1" tabindex="-1"><code>--help</code> <a class="header-anchor" href="#help-1" aria-label="Permalink to &quot;\`--help\`&quot;">​</a></h3><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports probe [options] &lt;host&gt;</span></span>
<span class="line"><span></span></span>
<span class="line"><span>probe every mail port of a host in parallel and report what each one really does</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  host                                   host name or IP address</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  --ports &lt;list&gt;                         ports to probe: 25,465,587 or</span></span>
<span class="line"><span>                                         smtp:2526,imaps:10993,smtp:2465:implicit</span></span>
<span class="line"><span>  --protocol &lt;smtp|imap|pop3&gt;            only this protocol&#39;s well-known ports; also the protocol of</span></span>
<span class="line"><span>                                         bare custom ports</span></span>
<span class="line"><span>  --mode &lt;auto|implicit|starttls|plain&gt;  how to secure every port (default auto: 465/993/995</span></span>
<span class="line"><span>                                         implicit, else STARTTLS when offered)</span></span>
<span class="line"><span>  -v, --verbose                          also print capabilities before and after TLS, certificate</span></span>
<span class="line"><span>                                         and findings</span></span>
<span class="line"><span>  --transcript                           also print the dialogue of each port (direction and time</span></span>
<span class="line"><span>                                         offset)</span></span>
<span class="line"><span>  --json                                 print one JSON document (schema: apps/cli/schema) instead</span></span>
<span class="line"><span>                                         of text</span></span>
<span class="line"><span>  --timeout &lt;duration&gt;                   overall deadline: 10, 500ms, 2.5s, 1m (default: 60s)</span></span>
<span class="line"><span>  --connect-timeout &lt;duration&gt;           TCP connect timeout per attempt (default: 5s)</span></span>
<span class="line"><span>  --ehlo-name &lt;name&gt;                     name sent in EHLO (default: this machine&#39;s fully-qualified</span></span>
<span class="line"><span>                                         name, else mailports.invalid)</span></span>
<span class="line"><span>  --servername &lt;name&gt;                    TLS SNI and certificate name to check (default: the host)</span></span>
<span class="line"><span>  --ca &lt;file&gt;                            also trust the CA certificates in this PEM file (added to</span></span>
<span class="line"><span>                                         the system store)</span></span>
<span class="line"><span>  --insecure                             report certificate failures but still count the port as</span></span>
<span class="line"><span>                                         working</span></span>
<span class="line"><span>  --dns-server &lt;host[:port]&gt;             ask this DNS server instead of the system resolver: an IP</span></span>
<span class="line"><span>                                         address, or a name the system resolves once</span></span>
<span class="line"><span>  --concurrency &lt;n&gt;                      connections at once (default: 16)</span></span>
<span class="line"><span>  --user &lt;name&gt;                          test these credentials on every port (inside verified TLS</span></span>
<span class="line"><span>                                         only); password from --password-env or a prompt</span></span>
<span class="line"><span>  --password-env &lt;var&gt;                   read the password for --user from this environment variable</span></span>
<span class="line"><span>  --no-color                             no colours (also: NO_COLOR=1); colours are only ever used</span></span>
<span class="line"><span>                                         on a terminal</span></span>
<span class="line"><span>  -h, --help                             show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  mailports probe mail.example.com</span></span>
<span class="line"><span>  mailports probe 127.0.0.1 --ports smtp:2525,imap:10143 --verbose</span></span>
<span class="line"><span>  mailports probe smtp.example.com --protocol smtp --json | jq .results</span></span></code></pre></div><h2 id="recommend" tabindex="-1">mailports recommend <a class="header-anchor" href="#recommend" aria-label="Permalink to &quot;mailports recommend {#recommend}&quot;">​</a></h2><p>discover the servers of an address or domain, probe them, and rank the answers with reasons</p><p>Usage: <code>mailports recommend [options] &lt;target&gt;</code></p><h3 id="arguments-2" tabindex="-1">Arguments <a class="header-anchor" href="#arguments-2" aria-label="Permalink to &quot;Arguments&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Meaning</th></tr></thead><tbody><tr><td><code>target</code></td><td>yes</td><td>an e-mail address, a domain or a host</td></tr></tbody></table><h3 id="options-2" tabindex="-1">Options <a class="header-anchor" href="#options-2" aria-label="Permalink to &quot;Options&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody><tr><td><code>--role &lt;send|relay|read|all&gt;</code></td><td>what the connection is for (default: send and read)</td><td></td></tr><tr><td><code>--format &lt;table|nodemailer|thunderbird&gt;</code></td><td>how to print the settings to paste (default: table)</td><td></td></tr><tr><td><code>-q, --quiet</code></td><td>print only the settings to paste</td><td></td></tr><tr><td><code>--network &lt;provider&gt;</code></td><td>where you connect from, to apply its known port blocks (e.g. gcp, aws, azure)</td><td></td></tr><tr><td><code>--port-map &lt;list&gt;</code></td><td>connect to other ports than the standard ones: 465=40123,587=40124 (labs, tests)</td><td></td></tr><tr><td><code>-v, --verbose</code></td><td>also list every option tried and how it was discovered</td><td></td></tr><tr><td><code>--json</code></td><td>print one JSON document (schema: apps/cli/schema) instead of text</td><td></td></tr><tr><td><code>--timeout &lt;duration&gt;</code></td><td>overall deadline: 10, 500ms, 2.5s, 1m (default: 60s)</td><td></td></tr><tr><td><code>--connect-timeout &lt;duration&gt;</code></td><td>TCP connect timeout per attempt (default: 5s)</td><td></td></tr><tr><td><code>--ehlo-name &lt;name&gt;</code></td><td>name sent in EHLO (default: this machine&#39;s fully-qualified name, else mailports.invalid)</td><td></td></tr><tr><td><code>--servername &lt;name&gt;</code></td><td>TLS SNI and certificate name to check (default: the host)</td><td></td></tr><tr><td><code>--ca &lt;file&gt;</code></td><td>also trust the CA certificates in this PEM file (added to the system store)</td><td></td></tr><tr><td><code>--insecure</code></td><td>report certificate failures but still count the port as working</td><td></td></tr><tr><td><code>--dns-server &lt;host[:port]&gt;</code></td><td>ask this DNS server instead of the system resolver: an IP address, or a name the system resolves once</td><td></td></tr><tr><td><code>--concurrency &lt;n&gt;</code></td><td>connections at once (default: 16)</td><td></td></tr><tr><td><code>--user &lt;name&gt;</code></td><td>check this login on each role&#39;s best option only (inside verified TLS); password from --password-env or a prompt</td><td></td></tr><tr><td><code>--password-env &lt;var&gt;</code></td><td>read the password for --user from this environment variable</td><td></td></tr><tr><td><code>--no-color</code></td><td>no colours (also: NO_COLOR=1); colours are only ever used on a terminal</td><td></td></tr></tbody></table><h3 id="help-2" tabindex="-1"><code>--help</code> <a class="header-anchor" href="#help-2" aria-label="Permalink to &quot;\`--help\`&quot;">​</a></h3><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports recommend [options] &lt;target&gt;</span></span>
<span class="line"><span></span></span>
<span class="line"><span>discover the servers of an address or domain, probe them, and rank the answers with reasons</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  target                                   an e-mail address, a domain or a host</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  --role &lt;send|relay|read|all&gt;             what the connection is for (default: send and read)</span></span>
<span class="line"><span>  --format &lt;table|nodemailer|thunderbird&gt;  how to print the settings to paste (default: table)</span></span>
<span class="line"><span>  -q, --quiet                              print only the settings to paste</span></span>
<span class="line"><span>  --network &lt;provider&gt;                     where you connect from, to apply its known port blocks</span></span>
<span class="line"><span>                                           (e.g. gcp, aws, azure)</span></span>
<span class="line"><span>  --port-map &lt;list&gt;                        connect to other ports than the standard ones:</span></span>
<span class="line"><span>                                           465=40123,587=40124 (labs, tests)</span></span>
<span class="line"><span>  -v, --verbose                            also list every option tried and how it was discovered</span></span>
<span class="line"><span>  --json                                   print one JSON document (schema: apps/cli/schema) instead</span></span>
<span class="line"><span>                                           of text</span></span>
<span class="line"><span>  --timeout &lt;duration&gt;                     overall deadline: 10, 500ms, 2.5s, 1m (default: 60s)</span></span>
<span class="line"><span>  --connect-timeout &lt;duration&gt;             TCP connect timeout per attempt (default: 5s)</span></span>
<span class="line"><span>  --ehlo-name &lt;name&gt;                       name sent in EHLO (default: this machine&#39;s</span></span>
<span class="line"><span>                                           fully-qualified name, else mailports.invalid)</span></span>
<span class="line"><span>  --servername &lt;name&gt;                      TLS SNI and certificate name to check (default: the host)</span></span>
<span class="line"><span>  --ca &lt;file&gt;                              also trust the CA certificates in this PEM file (added to</span></span>
<span class="line"><span>                                           the system store)</span></span>
<span class="line"><span>  --insecure                               report certificate failures but still count the port as</span></span>
<span class="line"><span>                                           working</span></span>
<span class="line"><span>  --dns-server &lt;host[:port]&gt;               ask this DNS server instead of the system resolver: an IP</span></span>
<span class="line"><span>                                           address, or a name the system resolves once</span></span>
<span class="line"><span>  --concurrency &lt;n&gt;                        connections at once (default: 16)</span></span>
<span class="line"><span>  --user &lt;name&gt;                            check this login on each role&#39;s best option only (inside</span></span>
<span class="line"><span>                                           verified TLS); password from --password-env or a prompt</span></span>
<span class="line"><span>  --password-env &lt;var&gt;                     read the password for --user from this environment</span></span>
<span class="line"><span>                                           variable</span></span>
<span class="line"><span>  --no-color                               no colours (also: NO_COLOR=1); colours are only ever used</span></span>
<span class="line"><span>                                           on a terminal</span></span>
<span class="line"><span>  -h, --help                               show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  mailports recommend alice@example.com</span></span>
<span class="line"><span>  mailports recommend alice@example.com --user alice@example.com --password-env MAIL_PASSWORD</span></span>
<span class="line"><span>  mailports recommend example.com --role send --format nodemailer</span></span>
<span class="line"><span>  mailports recommend example.com --format thunderbird --quiet &gt; config-v1.1.xml</span></span></code></pre></div><h2 id="demo" tabindex="-1">mailports demo <a class="header-anchor" href="#demo" aria-label="Permalink to &quot;mailports demo {#demo}&quot;">​</a></h2><p>start a realistic mail provider on 127.0.0.1 and run recommend against it (no network needed)</p><p>Usage: <code>mailports demo [options]</code></p><h3 id="options-3" tabindex="-1">Options <a class="header-anchor" href="#options-3" aria-label="Permalink to &quot;Options&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody><tr><td><code>--role &lt;send|relay|read|all&gt;</code></td><td>what to recommend for (default: all)</td><td></td></tr><tr><td><code>--format &lt;table|nodemailer|thunderbird&gt;</code></td><td>how to print the settings to paste (default: table)</td><td></td></tr><tr><td><code>-v, --verbose</code></td><td>also list every option tried and how it was discovered</td><td></td></tr><tr><td><code>--timeout &lt;duration&gt;</code></td><td>overall deadline (default: 30s)</td><td></td></tr><tr><td><code>--json</code></td><td>print one JSON document instead of text</td><td></td></tr><tr><td><code>--no-color</code></td><td>no colours (also: NO_COLOR=1)</td><td></td></tr></tbody></table><h3 id="help-3" tabindex="-1"><code>--help</code> <a class="header-anchor" href="#help-3" aria-label="Permalink to &quot;\`--help\`&quot;">​</a></h3><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports demo [options]</span></span>
<span class="line"><span></span></span>
<span class="line"><span>start a realistic mail provider on 127.0.0.1 and run recommend against it (no network needed)</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  --role &lt;send|relay|read|all&gt;             what to recommend for (default: all)</span></span>
<span class="line"><span>  --format &lt;table|nodemailer|thunderbird&gt;  how to print the settings to paste (default: table)</span></span>
<span class="line"><span>  -v, --verbose                            also list every option tried and how it was discovered</span></span>
<span class="line"><span>  --timeout &lt;duration&gt;                     overall deadline (default: 30s)</span></span>
<span class="line"><span>  --json                                   print one JSON document instead of text</span></span>
<span class="line"><span>  --no-color                               no colours (also: NO_COLOR=1)</span></span>
<span class="line"><span>  -h, --help                               show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Port 25 of the demo provider never answers a connect, as outbound 25 does on networks that filter</span></span>
<span class="line"><span>it, so relay has no working option and the report shows the inference. The demo account&#39;s login is</span></span>
<span class="line"><span>checked on the best send and read options, as --user does. The exit code is recommend&#39;s without relay:</span></span>
<span class="line"><span>0 when sending and reading have a recommended option and the login succeeds.</span></span></code></pre></div><h2 id="explain" tabindex="-1">mailports explain <a class="header-anchor" href="#explain" aria-label="Permalink to &quot;mailports explain {#explain}&quot;">​</a></h2><p>explain a mail client&#39;s error message; with --host and --port, probe to name the cause and the fix</p><p>Usage: <code>mailports explain [options] &lt;error&gt;</code></p><h3 id="arguments-3" tabindex="-1">Arguments <a class="header-anchor" href="#arguments-3" aria-label="Permalink to &quot;Arguments&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Argument</th><th>Required</th><th>Meaning</th></tr></thead><tbody><tr><td><code>error</code></td><td>yes</td><td>the error message as the client printed it (in quotes)</td></tr></tbody></table><h3 id="options-4" tabindex="-1">Options <a class="header-anchor" href="#options-4" aria-label="Permalink to &quot;Options&quot;">​</a></h3><table tabindex="0"><thead><tr><th>Option</th><th>Meaning</th><th>Default</th></tr></thead><tbody><tr><td><code>--host &lt;host&gt;</code></td><td>the server the client connected to (probe it to tell the causes apart)</td><td></td></tr><tr><td><code>--port &lt;port&gt;</code></td><td>the port the client connected to</td><td></td></tr><tr><td><code>--client &lt;name&gt;</code></td><td>the client that printed it: nodemailer, imapflow, node, openssl, thunderbird, outlook, phpmailer, smtplib (default: from the message)</td><td></td></tr><tr><td><code>--protocol &lt;smtp|imap|pop3&gt;</code></td><td>the protocol on the port (default: from the client or the port)</td><td></td></tr><tr><td><code>--servername &lt;name&gt;</code></td><td>the certificate name the client checks (default: the host)</td><td></td></tr><tr><td><code>--ca &lt;file&gt;</code></td><td>also trust the CA certificates in this PEM file, as the client does</td><td></td></tr><tr><td><code>--ehlo-name &lt;name&gt;</code></td><td>name sent in EHLO</td><td></td></tr><tr><td><code>--connect-timeout &lt;duration&gt;</code></td><td>TCP connect timeout (default: 5s)</td><td></td></tr><tr><td><code>--greeting-timeout &lt;duration&gt;</code></td><td>how long to wait for a greeting or a TLS answer (default: 10s)</td><td></td></tr><tr><td><code>--json</code></td><td>print one JSON document instead of text</td><td></td></tr><tr><td><code>--no-color</code></td><td>no colours (also: NO_COLOR=1)</td><td></td></tr></tbody></table><h3 id="help-4" tabindex="-1"><code>--help</code> <a class="header-anchor" href="#help-4" aria-label="Permalink to &quot;\`--help\`&quot;">​</a></h3><div class="language-text vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">text</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span>Usage: mailports explain [options] &lt;error&gt;</span></span>
<span class="line"><span></span></span>
<span class="line"><span>explain a mail client&#39;s error message; with --host and --port, probe to name the cause and the fix</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Arguments:</span></span>
<span class="line"><span>  error                          the error message as the client printed it (in quotes)</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Options:</span></span>
<span class="line"><span>  --host &lt;host&gt;                  the server the client connected to (probe it to tell the causes</span></span>
<span class="line"><span>                                 apart)</span></span>
<span class="line"><span>  --port &lt;port&gt;                  the port the client connected to</span></span>
<span class="line"><span>  --client &lt;name&gt;                the client that printed it: nodemailer, imapflow, node, openssl,</span></span>
<span class="line"><span>                                 thunderbird, outlook, phpmailer, smtplib (default: from the</span></span>
<span class="line"><span>                                 message)</span></span>
<span class="line"><span>  --protocol &lt;smtp|imap|pop3&gt;    the protocol on the port (default: from the client or the port)</span></span>
<span class="line"><span>  --servername &lt;name&gt;            the certificate name the client checks (default: the host)</span></span>
<span class="line"><span>  --ca &lt;file&gt;                    also trust the CA certificates in this PEM file, as the client does</span></span>
<span class="line"><span>  --ehlo-name &lt;name&gt;             name sent in EHLO</span></span>
<span class="line"><span>  --connect-timeout &lt;duration&gt;   TCP connect timeout (default: 5s)</span></span>
<span class="line"><span>  --greeting-timeout &lt;duration&gt;  how long to wait for a greeting or a TLS answer (default: 10s)</span></span>
<span class="line"><span>  --json                         print one JSON document instead of text</span></span>
<span class="line"><span>  --no-color                     no colours (also: NO_COLOR=1)</span></span>
<span class="line"><span>  -h, --help                     show help</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Exit codes: 0 explained (with --host: the cause was observed), 1 the message is not in the catalogue,</span></span>
<span class="line"><span>3 probed, but none of the possible causes was observed.</span></span>
<span class="line"><span></span></span>
<span class="line"><span>Examples:</span></span>
<span class="line"><span>  mailports explain &quot;Greeting never received&quot;</span></span>
<span class="line"><span>  mailports explain &quot;Greeting never received&quot; --host smtp.example.com --port 465</span></span>
<span class="line"><span>  mailports explain &quot;wrong version number&quot; --client imapflow --host imap.example.com --port 143 --json</span></span></code></pre></div></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("generated/cli.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cli = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cli as default
};
