var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
import { ssrRenderAttrs, ssrRenderSlot, ssrInterpolate, ssrRenderAttr, ssrRenderList, ssrRenderComponent, ssrRenderVNode, ssrRenderClass, ssrIncludeBooleanAttr, ssrLooseEqual, ssrLooseContain, renderToString } from "vue/server-renderer";
import { defineComponent, mergeProps, useSSRContext, shallowRef, inject, computed, ref, watch, onUnmounted, reactive, markRaw, readonly, nextTick, h, unref, onMounted, watchEffect, watchPostEffect, onUpdated, resolveComponent, createVNode, resolveDynamicComponent, withCtx, renderSlot, createTextVNode, toDisplayString, openBlock, createBlock, createCommentVNode, Fragment, renderList, defineAsyncComponent, provide, toHandlers, withKeys, onBeforeUnmount, useSlots, createSSRApp } from "vue";
import { usePreferredDark, useDark, useMediaQuery, useWindowSize, onKeyStroke, useWindowScroll, useScrollLock } from "@vueuse/core";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const _sfc_main$15 = /* @__PURE__ */ defineComponent({
  __name: "VPBadge",
  __ssrInlineRender: true,
  props: {
    text: {},
    type: { default: "tip" }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<span${ssrRenderAttrs(mergeProps({
        class: ["VPBadge", __props.type]
      }, _attrs))}>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, () => {
        _push(`${ssrInterpolate(__props.text)}`);
      }, _push, _parent);
      _push(`</span>`);
    };
  }
});
const _sfc_setup$15 = _sfc_main$15.setup;
_sfc_main$15.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPBadge.vue");
  return _sfc_setup$15 ? _sfc_setup$15(props, ctx) : void 0;
};
function deserializeFunctions(r) {
  return Array.isArray(r) ? r.map(deserializeFunctions) : typeof r == "object" && r !== null ? Object.keys(r).reduce((t, n) => (t[n] = deserializeFunctions(r[n]), t), {}) : typeof r == "string" && r.startsWith("_vp-fn_") ? new Function(`return ${r.slice(7)}`)() : r;
}
const siteData = deserializeFunctions(JSON.parse('{"lang":"en-US","dir":"ltr","title":"mailports","description":"Which mail port, with which security, and does it actually work from here?","base":"/","head":[],"router":{"prefetchLinks":true},"appearance":true,"themeConfig":{"nav":[{"text":"Which port?","link":"/guide/which-port"},{"text":"Ports","link":"/ports/"},{"text":"Recommender","link":"/recommender"},{"text":"CLI","link":"/cli"},{"text":"API","link":"/api/"}],"sidebar":[{"text":"Guide","items":[{"text":"Getting started","link":"/guide/getting-started"},{"text":"Which port should I use?","link":"/guide/which-port"},{"text":"Recommender","link":"/recommender"},{"text":"Myths","link":"/myths"}]},{"text":"Ports","collapsed":false,"items":[{"text":"All ports","link":"/ports/"},{"text":"25","link":"/ports/25"},{"text":"465","link":"/ports/465"},{"text":"587","link":"/ports/587"},{"text":"2525","link":"/ports/2525"},{"text":"110","link":"/ports/110"},{"text":"995","link":"/ports/995"},{"text":"143","link":"/ports/143"},{"text":"993","link":"/ports/993"},{"text":"24","link":"/ports/24"},{"text":"4190","link":"/ports/4190"},{"text":"2465","link":"/ports/2465"},{"text":"2587","link":"/ports/2587"}]},{"text":"Reference","items":[{"text":"Capabilities and SASL","link":"/glossary"},{"text":"DNS records and policies","link":"/records"},{"text":"Networks that block ports","link":"/providers"},{"text":"Command line","link":"/cli"},{"text":"JSON output","link":"/json"}]},{"text":"API","collapsed":true,"items":[{"text":"Overview","link":"/api/"},{"text":"@mailports/wire","link":"/api/@mailports/wire/"},{"text":"@mailports/ports","link":"/api/@mailports/ports/"},{"text":"@mailports/smtp-probe","link":"/api/@mailports/smtp-probe/"},{"text":"@mailports/mailbox-probe","link":"/api/@mailports/mailbox-probe/"},{"text":"@mailports/recommend","link":"/api/@mailports/recommend/"},{"text":"@mailports/testkit","link":"/api/@mailports/testkit/"}]}],"search":{"provider":"local"}},"locales":{},"scrollOffset":134,"cleanUrls":false}'));
const __vite_import_meta_env__ = {};
const EXTERNAL_URL_RE = /^(?:[a-z]+:|\/\/)/i;
const APPEARANCE_KEY = "vitepress-theme-appearance";
const HASH_RE = /#.*$/;
const HASH_OR_QUERY_RE = /[?#].*$/;
const INDEX_OR_EXT_RE = /(?:(^|\/)index)?\.(?:md|html)$/;
const inBrowser = typeof document !== "undefined";
const notFoundPageData = {
  relativePath: "404.md",
  filePath: "",
  title: "404",
  description: "Not Found",
  headers: [],
  frontmatter: { sidebar: false, layout: "page" },
  lastUpdated: 0,
  isNotFound: true
};
function isActive(currentPath, matchPath, asRegex = false) {
  if (matchPath === void 0) {
    return false;
  }
  currentPath = normalize(`/${currentPath}`);
  if (asRegex) {
    return new RegExp(matchPath).test(currentPath);
  }
  if (normalize(matchPath) !== currentPath) {
    return false;
  }
  const hashMatch = matchPath.match(HASH_RE);
  if (hashMatch) {
    return (inBrowser ? location.hash : "") === hashMatch[0];
  }
  return true;
}
function normalize(path) {
  return decodeURI(path).replace(HASH_OR_QUERY_RE, "").replace(INDEX_OR_EXT_RE, "$1");
}
function isExternal(path) {
  return EXTERNAL_URL_RE.test(path);
}
function getLocaleForPath(siteData2, relativePath) {
  return Object.keys((siteData2 == null ? void 0 : siteData2.locales) || {}).find((key) => key !== "root" && !isExternal(key) && isActive(relativePath, `/${key}/`, true)) || "root";
}
function resolveSiteDataByRoute(siteData2, relativePath) {
  var _a, _b, _c, _d, _e, _f, _g;
  const localeIndex = getLocaleForPath(siteData2, relativePath);
  return Object.assign({}, siteData2, {
    localeIndex,
    lang: ((_a = siteData2.locales[localeIndex]) == null ? void 0 : _a.lang) ?? siteData2.lang,
    dir: ((_b = siteData2.locales[localeIndex]) == null ? void 0 : _b.dir) ?? siteData2.dir,
    title: ((_c = siteData2.locales[localeIndex]) == null ? void 0 : _c.title) ?? siteData2.title,
    titleTemplate: ((_d = siteData2.locales[localeIndex]) == null ? void 0 : _d.titleTemplate) ?? siteData2.titleTemplate,
    description: ((_e = siteData2.locales[localeIndex]) == null ? void 0 : _e.description) ?? siteData2.description,
    head: mergeHead(siteData2.head, ((_f = siteData2.locales[localeIndex]) == null ? void 0 : _f.head) ?? []),
    themeConfig: {
      ...siteData2.themeConfig,
      ...(_g = siteData2.locales[localeIndex]) == null ? void 0 : _g.themeConfig
    }
  });
}
function createTitle(siteData2, pageData) {
  const title = pageData.title || siteData2.title;
  const template = pageData.titleTemplate ?? siteData2.titleTemplate;
  if (typeof template === "string" && template.includes(":title")) {
    return template.replace(/:title/g, title);
  }
  const templateString = createTitleTemplate(siteData2.title, template);
  if (title === templateString.slice(3)) {
    return title;
  }
  return `${title}${templateString}`;
}
function createTitleTemplate(siteTitle, template) {
  if (template === false) {
    return "";
  }
  if (template === true || template === void 0) {
    return ` | ${siteTitle}`;
  }
  if (siteTitle === template) {
    return "";
  }
  return ` | ${template}`;
}
function hasTag(head, tag) {
  const [tagType, tagAttrs] = tag;
  if (tagType !== "meta")
    return false;
  const keyAttr = Object.entries(tagAttrs)[0];
  if (keyAttr == null)
    return false;
  return head.some(([type, attrs]) => type === tagType && attrs[keyAttr[0]] === keyAttr[1]);
}
function mergeHead(prev, curr) {
  return [...prev.filter((tagAttrs) => !hasTag(curr, tagAttrs)), ...curr];
}
const INVALID_CHAR_REGEX = /[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g;
const DRIVE_LETTER_REGEX = /^[a-z]:/i;
function sanitizeFileName(name) {
  const match = DRIVE_LETTER_REGEX.exec(name);
  const driveLetter = match ? match[0] : "";
  return driveLetter + name.slice(driveLetter.length).replace(INVALID_CHAR_REGEX, "_").replace(/(^|\/)_+(?=[^/]*$)/, "$1");
}
const KNOWN_EXTENSIONS = /* @__PURE__ */ new Set();
function treatAsHtml(filename) {
  var _a;
  if (KNOWN_EXTENSIONS.size === 0) {
    const extraExts = typeof process === "object" && ((_a = process.env) == null ? void 0 : _a.VITE_EXTRA_EXTENSIONS) || (__vite_import_meta_env__ == null ? void 0 : __vite_import_meta_env__.VITE_EXTRA_EXTENSIONS) || "";
    ("3g2,3gp,aac,ai,apng,au,avif,bin,bmp,cer,class,conf,crl,css,csv,dll,doc,eps,epub,exe,gif,gz,ics,ief,jar,jpe,jpeg,jpg,js,json,jsonld,m4a,man,mid,midi,mjs,mov,mp2,mp3,mp4,mpe,mpeg,mpg,mpp,oga,ogg,ogv,ogx,opus,otf,p10,p7c,p7m,p7s,pdf,png,ps,qt,roff,rtf,rtx,ser,svg,t,tif,tiff,tr,ts,tsv,ttf,txt,vtt,wav,weba,webm,webp,woff,woff2,xhtml,xml,yaml,yml,zip" + (extraExts && typeof extraExts === "string" ? "," + extraExts : "")).split(",").forEach((ext2) => KNOWN_EXTENSIONS.add(ext2));
  }
  const ext = filename.split(".").pop();
  return ext == null || !KNOWN_EXTENSIONS.has(ext.toLowerCase());
}
function escapeRegExp(str) {
  return str.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}
const dataSymbol = Symbol();
const siteDataRef = shallowRef(siteData);
function initData(route) {
  const site = computed(() => resolveSiteDataByRoute(siteDataRef.value, route.data.relativePath));
  const appearance = site.value.appearance;
  const isDark = appearance === "force-dark" ? ref(true) : appearance === "force-auto" ? usePreferredDark() : appearance ? useDark({
    storageKey: APPEARANCE_KEY,
    initialValue: () => appearance === "dark" ? "dark" : "auto",
    ...typeof appearance === "object" ? appearance : {}
  }) : ref(false);
  const hashRef = ref(inBrowser ? location.hash : "");
  if (inBrowser) {
    window.addEventListener("hashchange", () => {
      hashRef.value = location.hash;
    });
  }
  watch(() => route.data, () => {
    hashRef.value = inBrowser ? location.hash : "";
  });
  return {
    site,
    theme: computed(() => site.value.themeConfig),
    page: computed(() => route.data),
    frontmatter: computed(() => route.data.frontmatter),
    params: computed(() => route.data.params),
    lang: computed(() => site.value.lang),
    dir: computed(() => route.data.frontmatter.dir || site.value.dir),
    localeIndex: computed(() => site.value.localeIndex || "root"),
    title: computed(() => createTitle(site.value, route.data)),
    description: computed(() => route.data.description || site.value.description),
    isDark,
    hash: computed(() => hashRef.value)
  };
}
function useData$1() {
  const data = inject(dataSymbol);
  if (!data) {
    throw new Error("vitepress data not properly injected in app");
  }
  return data;
}
function joinPath(base, path) {
  return `${base}${path}`.replace(/\/+/g, "/");
}
function withBase(path) {
  return EXTERNAL_URL_RE.test(path) || !path.startsWith("/") ? path : joinPath(siteDataRef.value.base, path);
}
function pathToFile(path) {
  let pagePath = path.replace(/\.html$/, "");
  pagePath = decodeURIComponent(pagePath);
  pagePath = pagePath.replace(/\/$/, "/index");
  {
    if (inBrowser) {
      const base = "/";
      pagePath = sanitizeFileName(pagePath.slice(base.length).replace(/\//g, "_") || "index") + ".md";
      let pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      if (!pageHash) {
        pagePath = pagePath.endsWith("_index.md") ? pagePath.slice(0, -9) + ".md" : pagePath.slice(0, -3) + "_index.md";
        pageHash = __VP_HASH_MAP__[pagePath.toLowerCase()];
      }
      if (!pageHash)
        return null;
      pagePath = `${base}${"assets"}/${pagePath}.${pageHash}.js`;
    } else {
      pagePath = `./${sanitizeFileName(pagePath.slice(1).replace(/\//g, "_"))}.md.js`;
    }
  }
  return pagePath;
}
let contentUpdatedCallbacks = [];
function onContentUpdated(fn) {
  contentUpdatedCallbacks.push(fn);
  onUnmounted(() => {
    contentUpdatedCallbacks = contentUpdatedCallbacks.filter((f) => f !== fn);
  });
}
function getScrollOffset() {
  let scrollOffset = siteDataRef.value.scrollOffset;
  let offset = 0;
  let padding = 24;
  if (typeof scrollOffset === "object" && "padding" in scrollOffset) {
    padding = scrollOffset.padding;
    scrollOffset = scrollOffset.selector;
  }
  if (typeof scrollOffset === "number") {
    offset = scrollOffset;
  } else if (typeof scrollOffset === "string") {
    offset = tryOffsetSelector(scrollOffset, padding);
  } else if (Array.isArray(scrollOffset)) {
    for (const selector of scrollOffset) {
      const res = tryOffsetSelector(selector, padding);
      if (res) {
        offset = res;
        break;
      }
    }
  }
  return offset;
}
function tryOffsetSelector(selector, padding) {
  const el = document.querySelector(selector);
  if (!el)
    return 0;
  const bot = el.getBoundingClientRect().bottom;
  if (bot < 0)
    return 0;
  return bot + padding;
}
const RouterSymbol = Symbol();
const fakeHost = "http://a.com";
const getDefaultRoute = () => ({
  path: "/",
  component: null,
  data: notFoundPageData
});
function createRouter(loadPageModule, fallbackComponent) {
  const route = reactive(getDefaultRoute());
  const router = {
    route,
    go
  };
  async function go(href = inBrowser ? location.href : "/") {
    var _a, _b;
    href = normalizeHref(href);
    if (await ((_a = router.onBeforeRouteChange) == null ? void 0 : _a.call(router, href)) === false)
      return;
    if (inBrowser && href !== normalizeHref(location.href)) {
      history.replaceState({ scrollPosition: window.scrollY }, "");
      history.pushState({}, "", href);
    }
    await loadPage(href);
    await ((_b = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _b(href));
  }
  let latestPendingPath = null;
  async function loadPage(href, scrollPosition = 0, isRetry = false) {
    var _a, _b;
    if (await ((_a = router.onBeforePageLoad) == null ? void 0 : _a.call(router, href)) === false)
      return;
    const targetLoc = new URL(href, fakeHost);
    const pendingPath = latestPendingPath = targetLoc.pathname;
    try {
      let page = await loadPageModule(pendingPath);
      if (!page) {
        throw new Error(`Page not found: ${pendingPath}`);
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        const { default: comp, __pageData } = page;
        if (!comp) {
          throw new Error(`Invalid route component: ${comp}`);
        }
        await ((_b = router.onAfterPageLoad) == null ? void 0 : _b.call(router, href));
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = markRaw(comp);
        route.data = true ? markRaw(__pageData) : readonly(__pageData);
        if (inBrowser) {
          nextTick(() => {
            let actualPathname = siteDataRef.value.base + __pageData.relativePath.replace(/(?:(^|\/)index)?\.md$/, "$1");
            if (!siteDataRef.value.cleanUrls && !actualPathname.endsWith("/")) {
              actualPathname += ".html";
            }
            if (actualPathname !== targetLoc.pathname) {
              targetLoc.pathname = actualPathname;
              href = actualPathname + targetLoc.search + targetLoc.hash;
              history.replaceState({}, "", href);
            }
            if (targetLoc.hash && !scrollPosition) {
              let target = null;
              try {
                target = document.getElementById(decodeURIComponent(targetLoc.hash).slice(1));
              } catch (e) {
                console.warn(e);
              }
              if (target) {
                scrollTo(target, targetLoc.hash);
                return;
              }
            }
            window.scrollTo(0, scrollPosition);
          });
        }
      }
    } catch (err) {
      if (!/fetch|Page not found/.test(err.message) && !/^\/404(\.html|\/)?$/.test(href)) {
        console.error(err);
      }
      if (!isRetry) {
        try {
          const res = await fetch(siteDataRef.value.base + "hashmap.json");
          window.__VP_HASH_MAP__ = await res.json();
          await loadPage(href, scrollPosition, true);
          return;
        } catch (e) {
        }
      }
      if (latestPendingPath === pendingPath) {
        latestPendingPath = null;
        route.path = inBrowser ? pendingPath : withBase(pendingPath);
        route.component = fallbackComponent ? markRaw(fallbackComponent) : null;
        const relativePath = inBrowser ? pendingPath.replace(/(^|\/)$/, "$1index").replace(/(\.html)?$/, ".md").replace(/^\//, "") : "404.md";
        route.data = { ...notFoundPageData, relativePath };
      }
    }
  }
  if (inBrowser) {
    if (history.state === null) {
      history.replaceState({}, "");
    }
    window.addEventListener("click", (e) => {
      if (e.defaultPrevented || !(e.target instanceof Element) || e.target.closest("button") || // temporary fix for docsearch action buttons
      e.button !== 0 || e.ctrlKey || e.shiftKey || e.altKey || e.metaKey)
        return;
      const link2 = e.target.closest("a");
      if (!link2 || link2.closest(".vp-raw") || link2.hasAttribute("download") || link2.hasAttribute("target"))
        return;
      const linkHref = link2.getAttribute("href") ?? (link2 instanceof SVGAElement ? link2.getAttribute("xlink:href") : null);
      if (linkHref == null)
        return;
      const { href, origin, pathname, hash, search } = new URL(linkHref, link2.baseURI);
      const currentUrl = new URL(location.href);
      if (origin === currentUrl.origin && treatAsHtml(pathname)) {
        e.preventDefault();
        if (pathname === currentUrl.pathname && search === currentUrl.search) {
          if (hash !== currentUrl.hash) {
            history.pushState({}, "", href);
            window.dispatchEvent(new HashChangeEvent("hashchange", {
              oldURL: currentUrl.href,
              newURL: href
            }));
          }
          if (hash) {
            scrollTo(link2, hash, link2.classList.contains("header-anchor"));
          } else {
            window.scrollTo(0, 0);
          }
        } else {
          go(href);
        }
      }
    }, { capture: true });
    window.addEventListener("popstate", async (e) => {
      var _a;
      if (e.state === null)
        return;
      const href = normalizeHref(location.href);
      await loadPage(href, e.state && e.state.scrollPosition || 0);
      await ((_a = router.onAfterRouteChange ?? router.onAfterRouteChanged) == null ? void 0 : _a(href));
    });
    window.addEventListener("hashchange", (e) => {
      e.preventDefault();
    });
  }
  return router;
}
function useRouter() {
  const router = inject(RouterSymbol);
  if (!router) {
    throw new Error("useRouter() is called without provider.");
  }
  return router;
}
function useRoute() {
  return useRouter().route;
}
function scrollTo(el, hash, smooth = false) {
  let target = null;
  try {
    target = el.classList.contains("header-anchor") ? el : document.getElementById(decodeURIComponent(hash).slice(1));
  } catch (e) {
    console.warn(e);
  }
  if (target) {
    let scrollToTarget = function() {
      if (!smooth || Math.abs(targetTop - window.scrollY) > window.innerHeight)
        window.scrollTo(0, targetTop);
      else
        window.scrollTo({ left: 0, top: targetTop, behavior: "smooth" });
    };
    const targetPadding = parseInt(window.getComputedStyle(target).paddingTop, 10);
    const targetTop = window.scrollY + target.getBoundingClientRect().top - getScrollOffset() + targetPadding;
    requestAnimationFrame(scrollToTarget);
  }
}
function normalizeHref(href) {
  const url = new URL(href, fakeHost);
  url.pathname = url.pathname.replace(/(^|\/)index(\.html)?$/, "$1");
  if (siteDataRef.value.cleanUrls)
    url.pathname = url.pathname.replace(/\.html$/, "");
  else if (!url.pathname.endsWith("/") && !url.pathname.endsWith(".html"))
    url.pathname += ".html";
  return url.pathname + url.search + url.hash;
}
const runCbs = () => contentUpdatedCallbacks.forEach((fn) => fn());
const Content = defineComponent({
  name: "VitePressContent",
  props: {
    as: { type: [Object, String], default: "div" }
  },
  setup(props) {
    const route = useRoute();
    const { frontmatter, site } = useData$1();
    watch(frontmatter, runCbs, { deep: true, flush: "post" });
    return () => h(props.as, site.value.contentProps ?? { style: { position: "relative" } }, [
      route.component ? h(route.component, {
        onVnodeMounted: runCbs,
        onVnodeUpdated: runCbs,
        onVnodeUnmounted: runCbs
      }) : "404 Page Not Found"
    ]);
  }
});
const _sfc_main$14 = /* @__PURE__ */ defineComponent({
  __name: "VPBackdrop",
  __ssrInlineRender: true,
  props: {
    show: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.show) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPBackdrop" }, _attrs))} data-v-b2600058></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$14 = _sfc_main$14.setup;
_sfc_main$14.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPBackdrop.vue");
  return _sfc_setup$14 ? _sfc_setup$14(props, ctx) : void 0;
};
const VPBackdrop = /* @__PURE__ */ _export_sfc(_sfc_main$14, [["__scopeId", "data-v-b2600058"]]);
const useData = useData$1;
function throttleAndDebounce(fn, delay) {
  let timeoutId;
  let called = false;
  return () => {
    if (timeoutId)
      clearTimeout(timeoutId);
    if (!called) {
      fn();
      (called = true) && setTimeout(() => called = false, delay);
    } else
      timeoutId = setTimeout(fn, delay);
  };
}
function ensureStartingSlash(path) {
  return path.startsWith("/") ? path : `/${path}`;
}
function normalizeLink$1(url) {
  const { pathname, search, hash, protocol } = new URL(url, "http://a.com");
  if (isExternal(url) || url.startsWith("#") || !protocol.startsWith("http") || !treatAsHtml(pathname))
    return url;
  const { site } = useData();
  const normalizedPath = pathname.endsWith("/") || pathname.endsWith(".html") ? url : url.replace(/(?:(^\.+)\/)?.*$/, `$1${pathname.replace(/(\.md)?$/, site.value.cleanUrls ? "" : ".html")}${search}${hash}`);
  return withBase(normalizedPath);
}
function useLangs({ correspondingLink = false } = {}) {
  const { site, localeIndex, page, theme: theme2, hash } = useData();
  const currentLang = computed(() => {
    var _a, _b;
    return {
      label: (_a = site.value.locales[localeIndex.value]) == null ? void 0 : _a.label,
      link: ((_b = site.value.locales[localeIndex.value]) == null ? void 0 : _b.link) || (localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
    };
  });
  const localeLinks = computed(() => Object.entries(site.value.locales).flatMap(([key, value]) => currentLang.value.label === value.label ? [] : {
    text: value.label,
    link: normalizeLink(value.link || (key === "root" ? "/" : `/${key}/`), theme2.value.i18nRouting !== false && correspondingLink, page.value.relativePath.slice(currentLang.value.link.length - 1), !site.value.cleanUrls) + hash.value
  }));
  return { localeLinks, currentLang };
}
function normalizeLink(link2, addPath, path, addExt) {
  return addPath ? link2.replace(/\/$/, "") + ensureStartingSlash(path.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, addExt ? ".html" : "")) : link2;
}
const _sfc_main$13 = /* @__PURE__ */ defineComponent({
  __name: "NotFound",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { currentLang } = useLangs();
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d, _e;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "NotFound" }, _attrs))} data-v-93fd8736><p class="code" data-v-93fd8736>${ssrInterpolate(((_a = unref(theme2).notFound) == null ? void 0 : _a.code) ?? "404")}</p><h1 class="title" data-v-93fd8736>${ssrInterpolate(((_b = unref(theme2).notFound) == null ? void 0 : _b.title) ?? "PAGE NOT FOUND")}</h1><div class="divider" data-v-93fd8736></div><blockquote class="quote" data-v-93fd8736>${ssrInterpolate(((_c = unref(theme2).notFound) == null ? void 0 : _c.quote) ?? "But if you don't change your direction, and if you keep looking, you may end up where you are heading.")}</blockquote><div class="action" data-v-93fd8736><a class="link"${ssrRenderAttr("href", unref(withBase)(unref(currentLang).link))}${ssrRenderAttr("aria-label", ((_d = unref(theme2).notFound) == null ? void 0 : _d.linkLabel) ?? "go to home")} data-v-93fd8736>${ssrInterpolate(((_e = unref(theme2).notFound) == null ? void 0 : _e.linkText) ?? "Take me home")}</a></div></div>`);
    };
  }
});
const _sfc_setup$13 = _sfc_main$13.setup;
_sfc_main$13.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/NotFound.vue");
  return _sfc_setup$13 ? _sfc_setup$13(props, ctx) : void 0;
};
const NotFound = /* @__PURE__ */ _export_sfc(_sfc_main$13, [["__scopeId", "data-v-93fd8736"]]);
function getSidebar(_sidebar, path) {
  if (Array.isArray(_sidebar))
    return addBase(_sidebar);
  if (_sidebar == null)
    return [];
  path = ensureStartingSlash(path);
  const dir = Object.keys(_sidebar).sort((a, b) => {
    return b.split("/").length - a.split("/").length;
  }).find((dir2) => {
    return path.startsWith(ensureStartingSlash(dir2));
  });
  const sidebar = dir ? _sidebar[dir] : [];
  return Array.isArray(sidebar) ? addBase(sidebar) : addBase(sidebar.items, sidebar.base);
}
function getSidebarGroups(sidebar) {
  const groups = [];
  let lastGroupIndex = 0;
  for (const index in sidebar) {
    const item = sidebar[index];
    if (item.items) {
      lastGroupIndex = groups.push(item);
      continue;
    }
    if (!groups[lastGroupIndex]) {
      groups.push({ items: [] });
    }
    groups[lastGroupIndex].items.push(item);
  }
  return groups;
}
function getFlatSideBarLinks(sidebar) {
  const links = [];
  function recursivelyExtractLinks(items) {
    for (const item of items) {
      if (item.text && item.link) {
        links.push({
          text: item.text,
          link: item.link,
          docFooterText: item.docFooterText
        });
      }
      if (item.items) {
        recursivelyExtractLinks(item.items);
      }
    }
  }
  recursivelyExtractLinks(sidebar);
  return links;
}
function hasActiveLink(path, items) {
  if (Array.isArray(items)) {
    return items.some((item) => hasActiveLink(path, item));
  }
  return isActive(path, items.link) ? true : items.items ? hasActiveLink(path, items.items) : false;
}
function addBase(items, _base) {
  return [...items].map((_item) => {
    const item = { ..._item };
    const base = item.base || _base;
    if (base && item.link)
      item.link = base + item.link;
    if (item.items)
      item.items = addBase(item.items, base);
    return item;
  });
}
function useSidebar() {
  const { frontmatter, page, theme: theme2 } = useData();
  const is960 = useMediaQuery("(min-width: 960px)");
  const isOpen = ref(false);
  const _sidebar = computed(() => {
    const sidebarConfig = theme2.value.sidebar;
    const relativePath = page.value.relativePath;
    return sidebarConfig ? getSidebar(sidebarConfig, relativePath) : [];
  });
  const sidebar = ref(_sidebar.value);
  watch(_sidebar, (next, prev) => {
    if (JSON.stringify(next) !== JSON.stringify(prev))
      sidebar.value = _sidebar.value;
  });
  const hasSidebar = computed(() => {
    return frontmatter.value.sidebar !== false && sidebar.value.length > 0 && frontmatter.value.layout !== "home";
  });
  const leftAside = computed(() => {
    if (hasAside)
      return frontmatter.value.aside == null ? theme2.value.aside === "left" : frontmatter.value.aside === "left";
    return false;
  });
  const hasAside = computed(() => {
    if (frontmatter.value.layout === "home")
      return false;
    if (frontmatter.value.aside != null)
      return !!frontmatter.value.aside;
    return theme2.value.aside !== false;
  });
  const isSidebarEnabled = computed(() => hasSidebar.value && is960.value);
  const sidebarGroups = computed(() => {
    return hasSidebar.value ? getSidebarGroups(sidebar.value) : [];
  });
  function open() {
    isOpen.value = true;
  }
  function close() {
    isOpen.value = false;
  }
  function toggle() {
    isOpen.value ? close() : open();
  }
  return {
    isOpen,
    sidebar,
    sidebarGroups,
    hasSidebar,
    hasAside,
    leftAside,
    isSidebarEnabled,
    open,
    close,
    toggle
  };
}
function useCloseSidebarOnEscape(isOpen, close) {
  let triggerElement;
  watchEffect(() => {
    triggerElement = isOpen.value ? document.activeElement : void 0;
  });
  onMounted(() => {
    window.addEventListener("keyup", onEscape);
  });
  onUnmounted(() => {
    window.removeEventListener("keyup", onEscape);
  });
  function onEscape(e) {
    if (e.key === "Escape" && isOpen.value) {
      close();
      triggerElement == null ? void 0 : triggerElement.focus();
    }
  }
}
function useSidebarControl(item) {
  const { page, hash } = useData();
  const collapsed = ref(false);
  const collapsible = computed(() => {
    return item.value.collapsed != null;
  });
  const isLink = computed(() => {
    return !!item.value.link;
  });
  const isActiveLink = ref(false);
  const updateIsActiveLink = () => {
    isActiveLink.value = isActive(page.value.relativePath, item.value.link);
  };
  watch([page, item, hash], updateIsActiveLink);
  onMounted(updateIsActiveLink);
  const hasActiveLink$1 = computed(() => {
    if (isActiveLink.value) {
      return true;
    }
    return item.value.items ? hasActiveLink(page.value.relativePath, item.value.items) : false;
  });
  const hasChildren = computed(() => {
    return !!(item.value.items && item.value.items.length);
  });
  watchEffect(() => {
    collapsed.value = !!(collapsible.value && item.value.collapsed);
  });
  watchPostEffect(() => {
    (isActiveLink.value || hasActiveLink$1.value) && (collapsed.value = false);
  });
  function toggle() {
    if (collapsible.value) {
      collapsed.value = !collapsed.value;
    }
  }
  return {
    collapsed,
    collapsible,
    isLink,
    isActiveLink,
    hasActiveLink: hasActiveLink$1,
    hasChildren,
    toggle
  };
}
function useAside() {
  const { hasSidebar } = useSidebar();
  const is960 = useMediaQuery("(min-width: 960px)");
  const is1280 = useMediaQuery("(min-width: 1280px)");
  const isAsideEnabled = computed(() => {
    if (!is1280.value && !is960.value) {
      return false;
    }
    return hasSidebar.value ? is1280.value : is960.value;
  });
  return {
    isAsideEnabled
  };
}
const ignoreRE = /\b(?:VPBadge|header-anchor|footnote-ref|ignore-header)\b/;
const resolvedHeaders = [];
function resolveTitle(theme2) {
  return typeof theme2.outline === "object" && !Array.isArray(theme2.outline) && theme2.outline.label || theme2.outlineTitle || "On this page";
}
function getHeaders(range) {
  const headers = [
    ...document.querySelectorAll(".VPDoc :where(h1,h2,h3,h4,h5,h6)")
  ].filter((el) => el.id && el.hasChildNodes()).map((el) => {
    const level = Number(el.tagName[1]);
    return {
      element: el,
      title: serializeHeader(el),
      link: "#" + el.id,
      level
    };
  });
  return resolveHeaders(headers, range);
}
function serializeHeader(h2) {
  let ret = "";
  for (const node of h2.childNodes) {
    if (node.nodeType === 1) {
      if (ignoreRE.test(node.className))
        continue;
      ret += node.textContent;
    } else if (node.nodeType === 3) {
      ret += node.textContent;
    }
  }
  return ret.trim();
}
function resolveHeaders(headers, range) {
  if (range === false) {
    return [];
  }
  const levelsRange = (typeof range === "object" && !Array.isArray(range) ? range.level : range) || 2;
  const [high, low] = typeof levelsRange === "number" ? [levelsRange, levelsRange] : levelsRange === "deep" ? [2, 6] : levelsRange;
  return buildTree(headers, high, low);
}
function useActiveAnchor(container, marker) {
  const { isAsideEnabled } = useAside();
  const onScroll = throttleAndDebounce(setActiveLink, 100);
  let prevActiveLink = null;
  onMounted(() => {
    requestAnimationFrame(setActiveLink);
    window.addEventListener("scroll", onScroll);
  });
  onUpdated(() => {
    activateLink(location.hash);
  });
  onUnmounted(() => {
    window.removeEventListener("scroll", onScroll);
  });
  function setActiveLink() {
    if (!isAsideEnabled.value) {
      return;
    }
    const scrollY = window.scrollY;
    const innerHeight = window.innerHeight;
    const offsetHeight = document.body.offsetHeight;
    const isBottom = Math.abs(scrollY + innerHeight - offsetHeight) < 1;
    const headers = resolvedHeaders.map(({ element, link: link2 }) => ({
      link: link2,
      top: getAbsoluteTop(element)
    })).filter(({ top }) => !Number.isNaN(top)).sort((a, b) => a.top - b.top);
    if (!headers.length) {
      activateLink(null);
      return;
    }
    if (scrollY < 1) {
      activateLink(null);
      return;
    }
    if (isBottom) {
      activateLink(headers[headers.length - 1].link);
      return;
    }
    let activeLink = null;
    for (const { link: link2, top } of headers) {
      if (top > scrollY + getScrollOffset() + 4) {
        break;
      }
      activeLink = link2;
    }
    activateLink(activeLink);
  }
  function activateLink(hash) {
    if (prevActiveLink) {
      prevActiveLink.classList.remove("active");
    }
    if (hash == null) {
      prevActiveLink = null;
    } else {
      prevActiveLink = container.value.querySelector(`a[href="${decodeURIComponent(hash)}"]`);
    }
    const activeLink = prevActiveLink;
    if (activeLink) {
      activeLink.classList.add("active");
      marker.value.style.top = activeLink.offsetTop + 39 + "px";
      marker.value.style.opacity = "1";
    } else {
      marker.value.style.top = "33px";
      marker.value.style.opacity = "0";
    }
  }
}
function getAbsoluteTop(element) {
  let offsetTop = 0;
  while (element !== document.body) {
    if (element === null) {
      return NaN;
    }
    offsetTop += element.offsetTop;
    element = element.offsetParent;
  }
  return offsetTop;
}
function buildTree(data, min, max) {
  resolvedHeaders.length = 0;
  const result = [];
  const stack = [];
  data.forEach((item) => {
    const node = { ...item, children: [] };
    let parent = stack[stack.length - 1];
    while (parent && parent.level >= node.level) {
      stack.pop();
      parent = stack[stack.length - 1];
    }
    if (node.element.classList.contains("ignore-header") || parent && "shouldIgnore" in parent) {
      stack.push({ level: node.level, shouldIgnore: true });
      return;
    }
    if (node.level > max || node.level < min)
      return;
    resolvedHeaders.push({ element: node.element, link: node.link });
    if (parent)
      parent.children.push(node);
    else
      result.push(node);
    stack.push(node);
  });
  return result;
}
const _sfc_main$12 = /* @__PURE__ */ defineComponent({
  __name: "VPDocOutlineItem",
  __ssrInlineRender: true,
  props: {
    headers: {},
    root: { type: Boolean }
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPDocOutlineItem = resolveComponent("VPDocOutlineItem", true);
      _push(`<ul${ssrRenderAttrs(mergeProps({
        class: ["VPDocOutlineItem", __props.root ? "root" : "nested"]
      }, _attrs))} data-v-da421f78><!--[-->`);
      ssrRenderList(__props.headers, ({ children, link: link2, title }) => {
        _push(`<li data-v-da421f78><a class="outline-link"${ssrRenderAttr("href", link2)}${ssrRenderAttr("title", title)} data-v-da421f78>${ssrInterpolate(title)}</a>`);
        if (children == null ? void 0 : children.length) {
          _push(ssrRenderComponent(_component_VPDocOutlineItem, { headers: children }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</li>`);
      });
      _push(`<!--]--></ul>`);
    };
  }
});
const _sfc_setup$12 = _sfc_main$12.setup;
_sfc_main$12.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocOutlineItem.vue");
  return _sfc_setup$12 ? _sfc_setup$12(props, ctx) : void 0;
};
const VPDocOutlineItem = /* @__PURE__ */ _export_sfc(_sfc_main$12, [["__scopeId", "data-v-da421f78"]]);
const _sfc_main$11 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideOutline",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    const headers = shallowRef([]);
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const container = ref();
    const marker = ref();
    useActiveAnchor(container, marker);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<nav${ssrRenderAttrs(mergeProps({
        "aria-labelledby": "doc-outline-aria-label",
        class: ["VPDocAsideOutline", { "has-outline": headers.value.length > 0 }],
        ref_key: "container",
        ref: container
      }, _attrs))} data-v-dfbd9fb8><div class="content" data-v-dfbd9fb8><div class="outline-marker" data-v-dfbd9fb8></div><div aria-level="2" class="outline-title" id="doc-outline-aria-label" role="heading" data-v-dfbd9fb8>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</div>`);
      _push(ssrRenderComponent(VPDocOutlineItem, {
        headers: headers.value,
        root: true
      }, null, _parent));
      _push(`</div></nav>`);
    };
  }
});
const _sfc_setup$11 = _sfc_main$11.setup;
_sfc_main$11.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideOutline.vue");
  return _sfc_setup$11 ? _sfc_setup$11(props, ctx) : void 0;
};
const VPDocAsideOutline = /* @__PURE__ */ _export_sfc(_sfc_main$11, [["__scopeId", "data-v-dfbd9fb8"]]);
const _sfc_main$10 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideCarbonAds",
  __ssrInlineRender: true,
  props: {
    carbonAds: {}
  },
  setup(__props) {
    const VPCarbonAds = () => null;
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideCarbonAds" }, _attrs))}>`);
      _push(ssrRenderComponent(unref(VPCarbonAds), { "carbon-ads": __props.carbonAds }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$10 = _sfc_main$10.setup;
_sfc_main$10.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideCarbonAds.vue");
  return _sfc_setup$10 ? _sfc_setup$10(props, ctx) : void 0;
};
const _sfc_main$$ = /* @__PURE__ */ defineComponent({
  __name: "VPDocAside",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAside" }, _attrs))} data-v-79cae1a0>`);
      ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPDocAsideOutline, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push, _parent);
      _push(`<div class="spacer" data-v-79cae1a0></div>`);
      ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push, _parent);
      if (unref(theme2).carbonAds) {
        _push(ssrRenderComponent(_sfc_main$10, {
          "carbon-ads": unref(theme2).carbonAds
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$$ = _sfc_main$$.setup;
_sfc_main$$.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocAside.vue");
  return _sfc_setup$$ ? _sfc_setup$$(props, ctx) : void 0;
};
const VPDocAside = /* @__PURE__ */ _export_sfc(_sfc_main$$, [["__scopeId", "data-v-79cae1a0"]]);
function useEditLink() {
  const { theme: theme2, page } = useData();
  return computed(() => {
    const { text = "Edit this page", pattern = "" } = theme2.value.editLink || {};
    let url;
    if (typeof pattern === "function") {
      url = pattern(page.value);
    } else {
      url = pattern.replace(/:path/g, page.value.filePath);
    }
    return { url, text };
  });
}
function usePrevNext() {
  const { page, theme: theme2, frontmatter } = useData();
  return computed(() => {
    var _a, _b, _c, _d, _e, _f, _g, _h;
    const sidebar = getSidebar(theme2.value.sidebar, page.value.relativePath);
    const links = getFlatSideBarLinks(sidebar);
    const candidates = uniqBy(links, (link2) => link2.link.replace(/[?#].*$/, ""));
    const index = candidates.findIndex((link2) => {
      return isActive(page.value.relativePath, link2.link);
    });
    const hidePrev = ((_a = theme2.value.docFooter) == null ? void 0 : _a.prev) === false && !frontmatter.value.prev || frontmatter.value.prev === false;
    const hideNext = ((_b = theme2.value.docFooter) == null ? void 0 : _b.next) === false && !frontmatter.value.next || frontmatter.value.next === false;
    return {
      prev: hidePrev ? void 0 : {
        text: (typeof frontmatter.value.prev === "string" ? frontmatter.value.prev : typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.text : void 0) ?? ((_c = candidates[index - 1]) == null ? void 0 : _c.docFooterText) ?? ((_d = candidates[index - 1]) == null ? void 0 : _d.text),
        link: (typeof frontmatter.value.prev === "object" ? frontmatter.value.prev.link : void 0) ?? ((_e = candidates[index - 1]) == null ? void 0 : _e.link)
      },
      next: hideNext ? void 0 : {
        text: (typeof frontmatter.value.next === "string" ? frontmatter.value.next : typeof frontmatter.value.next === "object" ? frontmatter.value.next.text : void 0) ?? ((_f = candidates[index + 1]) == null ? void 0 : _f.docFooterText) ?? ((_g = candidates[index + 1]) == null ? void 0 : _g.text),
        link: (typeof frontmatter.value.next === "object" ? frontmatter.value.next.link : void 0) ?? ((_h = candidates[index + 1]) == null ? void 0 : _h.link)
      }
    };
  });
}
function uniqBy(array, keyFn) {
  const seen = /* @__PURE__ */ new Set();
  return array.filter((item) => {
    const k = keyFn(item);
    return seen.has(k) ? false : seen.add(k);
  });
}
const _sfc_main$_ = /* @__PURE__ */ defineComponent({
  __name: "VPLink",
  __ssrInlineRender: true,
  props: {
    tag: {},
    href: {},
    noIcon: { type: Boolean },
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const tag = computed(() => props.tag ?? (props.href ? "a" : "span"));
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href) || props.target === "_blank"
    );
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(tag.value), mergeProps({
        class: ["VPLink", {
          link: __props.href,
          "vp-external-link-icon": isExternal2.value,
          "no-icon": __props.noIcon
        }],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: __props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: __props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default")
            ];
          }
        }),
        _: 3
      }), _parent);
    };
  }
});
const _sfc_setup$_ = _sfc_main$_.setup;
_sfc_main$_.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPLink.vue");
  return _sfc_setup$_ ? _sfc_setup$_(props, ctx) : void 0;
};
const _sfc_main$Z = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooterLastUpdated",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, lang } = useData();
    const date = computed(
      () => new Date(page.value.lastUpdated)
    );
    const isoDatetime = computed(() => date.value.toISOString());
    const datetime = ref("");
    onMounted(() => {
      watchEffect(() => {
        var _a, _b, _c;
        datetime.value = new Intl.DateTimeFormat(
          ((_b = (_a = theme2.value.lastUpdated) == null ? void 0 : _a.formatOptions) == null ? void 0 : _b.forceLocale) ? lang.value : void 0,
          ((_c = theme2.value.lastUpdated) == null ? void 0 : _c.formatOptions) ?? {
            dateStyle: "short",
            timeStyle: "short"
          }
        ).format(date.value);
      });
    });
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<p${ssrRenderAttrs(mergeProps({ class: "VPLastUpdated" }, _attrs))} data-v-e95db471>${ssrInterpolate(((_a = unref(theme2).lastUpdated) == null ? void 0 : _a.text) || unref(theme2).lastUpdatedText || "Last updated")}: <time${ssrRenderAttr("datetime", isoDatetime.value)} data-v-e95db471>${ssrInterpolate(datetime.value)}</time></p>`);
    };
  }
});
const _sfc_setup$Z = _sfc_main$Z.setup;
_sfc_main$Z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocFooterLastUpdated.vue");
  return _sfc_setup$Z ? _sfc_setup$Z(props, ctx) : void 0;
};
const VPDocFooterLastUpdated = /* @__PURE__ */ _export_sfc(_sfc_main$Z, [["__scopeId", "data-v-e95db471"]]);
const _sfc_main$Y = /* @__PURE__ */ defineComponent({
  __name: "VPDocFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, page, frontmatter } = useData();
    const editLink = useEditLink();
    const control = usePrevNext();
    const hasEditLink = computed(
      () => theme2.value.editLink && frontmatter.value.editLink !== false
    );
    const hasLastUpdated = computed(() => page.value.lastUpdated);
    const showFooter = computed(
      () => hasEditLink.value || hasLastUpdated.value || control.value.prev || control.value.next
    );
    return (_ctx, _push, _parent, _attrs) => {
      var _a, _b, _c, _d;
      if (showFooter.value) {
        _push(`<footer${ssrRenderAttrs(mergeProps({ class: "VPDocFooter" }, _attrs))} data-v-07d71ff1>`);
        ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push, _parent);
        if (hasEditLink.value || hasLastUpdated.value) {
          _push(`<div class="edit-info" data-v-07d71ff1>`);
          if (hasEditLink.value) {
            _push(`<div class="edit-link" data-v-07d71ff1>`);
            _push(ssrRenderComponent(_sfc_main$_, {
              class: "edit-link-button",
              href: unref(editLink).url,
              "no-icon": true
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                if (_push2) {
                  _push2(`<span class="vpi-square-pen edit-link-icon" data-v-07d71ff1${_scopeId}></span> ${ssrInterpolate(unref(editLink).text)}`);
                } else {
                  return [
                    createVNode("span", { class: "vpi-square-pen edit-link-icon" }),
                    createTextVNode(" " + toDisplayString(unref(editLink).text), 1)
                  ];
                }
              }),
              _: 1
            }, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          if (hasLastUpdated.value) {
            _push(`<div class="last-updated" data-v-07d71ff1>`);
            _push(ssrRenderComponent(VPDocFooterLastUpdated, null, null, _parent));
            _push(`</div>`);
          } else {
            _push(`<!---->`);
          }
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        if (((_a = unref(control).prev) == null ? void 0 : _a.link) || ((_b = unref(control).next) == null ? void 0 : _b.link)) {
          _push(`<nav class="prev-next" aria-labelledby="doc-footer-aria-label" data-v-07d71ff1><span class="visually-hidden" id="doc-footer-aria-label" data-v-07d71ff1>Pager</span><div class="pager" data-v-07d71ff1>`);
          if ((_c = unref(control).prev) == null ? void 0 : _c.link) {
            _push(ssrRenderComponent(_sfc_main$_, {
              class: "pager-link prev",
              href: unref(control).prev.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-07d71ff1${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.prev) || "Previous page") ?? ""}</span><span class="title" data-v-07d71ff1${_scopeId}>${unref(control).prev.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.prev) || "Previous page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).prev.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div><div class="pager" data-v-07d71ff1>`);
          if ((_d = unref(control).next) == null ? void 0 : _d.link) {
            _push(ssrRenderComponent(_sfc_main$_, {
              class: "pager-link next",
              href: unref(control).next.link
            }, {
              default: withCtx((_, _push2, _parent2, _scopeId) => {
                var _a2, _b2;
                if (_push2) {
                  _push2(`<span class="desc" data-v-07d71ff1${_scopeId}>${(((_a2 = unref(theme2).docFooter) == null ? void 0 : _a2.next) || "Next page") ?? ""}</span><span class="title" data-v-07d71ff1${_scopeId}>${unref(control).next.text ?? ""}</span>`);
                } else {
                  return [
                    createVNode("span", {
                      class: "desc",
                      innerHTML: ((_b2 = unref(theme2).docFooter) == null ? void 0 : _b2.next) || "Next page"
                    }, null, 8, ["innerHTML"]),
                    createVNode("span", {
                      class: "title",
                      innerHTML: unref(control).next.text
                    }, null, 8, ["innerHTML"])
                  ];
                }
              }),
              _: 1
            }, _parent));
          } else {
            _push(`<!---->`);
          }
          _push(`</div></nav>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Y = _sfc_main$Y.setup;
_sfc_main$Y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocFooter.vue");
  return _sfc_setup$Y ? _sfc_setup$Y(props, ctx) : void 0;
};
const VPDocFooter = /* @__PURE__ */ _export_sfc(_sfc_main$Y, [["__scopeId", "data-v-07d71ff1"]]);
const _sfc_main$X = /* @__PURE__ */ defineComponent({
  __name: "VPDoc",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const { hasSidebar, hasAside, leftAside } = useSidebar();
    const pageName = computed(
      () => route.path.replace(/[./]+/g, "_").replace(/_html$/, "")
    );
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPDoc", { "has-sidebar": unref(hasSidebar), "has-aside": unref(hasAside) }]
      }, _attrs))} data-v-ef3a4dda>`);
      ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push, _parent);
      _push(`<div class="container" data-v-ef3a4dda>`);
      if (unref(hasAside)) {
        _push(`<div class="${ssrRenderClass([{ "left-aside": unref(leftAside) }, "aside"])}" data-v-ef3a4dda><div class="aside-curtain" data-v-ef3a4dda></div><div class="aside-container" data-v-ef3a4dda><div class="aside-content" data-v-ef3a4dda>`);
        _push(ssrRenderComponent(VPDocAside, null, {
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</div></div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<div class="content" data-v-ef3a4dda><div class="content-container" data-v-ef3a4dda>`);
      ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push, _parent);
      _push(`<main class="main" data-v-ef3a4dda>`);
      _push(ssrRenderComponent(_component_Content, {
        class: ["vp-doc", [
          pageName.value,
          unref(theme2).externalLinkIcon && "external-link-icon-enabled"
        ]]
      }, null, _parent));
      _push(`</main>`);
      _push(ssrRenderComponent(VPDocFooter, null, {
        "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push, _parent);
      _push(`</div></div></div>`);
      ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$X = _sfc_main$X.setup;
_sfc_main$X.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDoc.vue");
  return _sfc_setup$X ? _sfc_setup$X(props, ctx) : void 0;
};
const VPDoc = /* @__PURE__ */ _export_sfc(_sfc_main$X, [["__scopeId", "data-v-ef3a4dda"]]);
const _sfc_main$W = /* @__PURE__ */ defineComponent({
  __name: "VPButton",
  __ssrInlineRender: true,
  props: {
    tag: {},
    size: { default: "medium" },
    theme: { default: "brand" },
    text: {},
    href: {},
    target: {},
    rel: {}
  },
  setup(__props) {
    const props = __props;
    const isExternal2 = computed(
      () => props.href && EXTERNAL_URL_RE.test(props.href)
    );
    const component = computed(() => {
      return props.tag || (props.href ? "a" : "button");
    });
    return (_ctx, _push, _parent, _attrs) => {
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(component.value), mergeProps({
        class: ["VPButton", [__props.size, __props.theme]],
        href: __props.href ? unref(normalizeLink$1)(__props.href) : void 0,
        target: props.target ?? (isExternal2.value ? "_blank" : void 0),
        rel: props.rel ?? (isExternal2.value ? "noreferrer" : void 0)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`${ssrInterpolate(__props.text)}`);
          } else {
            return [
              createTextVNode(toDisplayString(__props.text), 1)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$W = _sfc_main$W.setup;
_sfc_main$W.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPButton.vue");
  return _sfc_setup$W ? _sfc_setup$W(props, ctx) : void 0;
};
const VPButton = /* @__PURE__ */ _export_sfc(_sfc_main$W, [["__scopeId", "data-v-b20c43c2"]]);
const _sfc_main$V = /* @__PURE__ */ defineComponent({
  ...{ inheritAttrs: false },
  __name: "VPImage",
  __ssrInlineRender: true,
  props: {
    image: {},
    alt: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPImage = resolveComponent("VPImage", true);
      if (__props.image) {
        _push(`<!--[-->`);
        if (typeof __props.image === "string" || "src" in __props.image) {
          _push(`<img${ssrRenderAttrs(mergeProps({ class: "VPImage" }, typeof __props.image === "string" ? _ctx.$attrs : { ...__props.image, ..._ctx.$attrs }, {
            src: unref(withBase)(typeof __props.image === "string" ? __props.image : __props.image.src),
            alt: __props.alt ?? (typeof __props.image === "string" ? "" : __props.image.alt || "")
          }))} data-v-4d414b82>`);
        } else {
          _push(`<!--[-->`);
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "dark",
            image: __props.image.dark,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(ssrRenderComponent(_component_VPImage, mergeProps({
            class: "light",
            image: __props.image.light,
            alt: __props.image.alt
          }, _ctx.$attrs), null, _parent));
          _push(`<!--]-->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$V = _sfc_main$V.setup;
_sfc_main$V.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPImage.vue");
  return _sfc_setup$V ? _sfc_setup$V(props, ctx) : void 0;
};
const VPImage = /* @__PURE__ */ _export_sfc(_sfc_main$V, [["__scopeId", "data-v-4d414b82"]]);
const _sfc_main$U = /* @__PURE__ */ defineComponent({
  __name: "VPHero",
  __ssrInlineRender: true,
  props: {
    name: {},
    text: {},
    tagline: {},
    image: {},
    actions: {}
  },
  setup(__props) {
    const heroImageSlotExists = inject("hero-image-slot-exists");
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHero", { "has-image": __props.image || unref(heroImageSlotExists) }]
      }, _attrs))} data-v-d266baba><div class="container" data-v-d266baba><div class="main" data-v-d266baba>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, () => {
        _push(`<h1 class="heading" data-v-d266baba>`);
        if (__props.name) {
          _push(`<span class="name clip" data-v-d266baba>${__props.name ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.text) {
          _push(`<span class="text" data-v-d266baba>${__props.text ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</h1>`);
        if (__props.tagline) {
          _push(`<p class="tagline" data-v-d266baba>${__props.tagline ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
      }, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push, _parent);
      if (__props.actions) {
        _push(`<div class="actions" data-v-d266baba><!--[-->`);
        ssrRenderList(__props.actions, (action) => {
          _push(`<div class="action" data-v-d266baba>`);
          _push(ssrRenderComponent(VPButton, {
            tag: "a",
            size: "medium",
            theme: action.theme,
            text: action.text,
            href: action.link,
            target: action.target,
            rel: action.rel
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push, _parent);
      _push(`</div>`);
      if (__props.image || unref(heroImageSlotExists)) {
        _push(`<div class="image" data-v-d266baba><div class="image-container" data-v-d266baba><div class="image-bg" data-v-d266baba></div>`);
        ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, () => {
          if (__props.image) {
            _push(ssrRenderComponent(VPImage, {
              class: "image-src",
              image: __props.image
            }, null, _parent));
          } else {
            _push(`<!---->`);
          }
        }, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$U = _sfc_main$U.setup;
_sfc_main$U.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHero.vue");
  return _sfc_setup$U ? _sfc_setup$U(props, ctx) : void 0;
};
const VPHero = /* @__PURE__ */ _export_sfc(_sfc_main$U, [["__scopeId", "data-v-d266baba"]]);
const _sfc_main$T = /* @__PURE__ */ defineComponent({
  __name: "VPHomeHero",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).hero) {
        _push(ssrRenderComponent(VPHero, mergeProps({
          class: "VPHomeHero",
          name: unref(fm).hero.name,
          text: unref(fm).hero.text,
          tagline: unref(fm).hero.tagline,
          image: unref(fm).hero.image,
          actions: unref(fm).hero.actions
        }, _attrs), {
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before")
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info")
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after")
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after")
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image")
              ];
            }
          }),
          _: 3
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$T = _sfc_main$T.setup;
_sfc_main$T.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHomeHero.vue");
  return _sfc_setup$T ? _sfc_setup$T(props, ctx) : void 0;
};
const _sfc_main$S = /* @__PURE__ */ defineComponent({
  __name: "VPFeature",
  __ssrInlineRender: true,
  props: {
    icon: {},
    title: {},
    details: {},
    link: {},
    linkText: {},
    rel: {},
    target: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$_, mergeProps({
        class: "VPFeature",
        href: __props.link,
        rel: __props.rel,
        target: __props.target,
        "no-icon": true,
        tag: __props.link ? "a" : "div"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<article class="box" data-v-95001937${_scopeId}>`);
            if (typeof __props.icon === "object" && __props.icon.wrap) {
              _push2(`<div class="icon" data-v-95001937${_scopeId}>`);
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
              _push2(`</div>`);
            } else if (typeof __props.icon === "object") {
              _push2(ssrRenderComponent(VPImage, {
                image: __props.icon,
                alt: __props.icon.alt,
                height: __props.icon.height || 48,
                width: __props.icon.width || 48
              }, null, _parent2, _scopeId));
            } else if (__props.icon) {
              _push2(`<div class="icon" data-v-95001937${_scopeId}>${__props.icon ?? ""}</div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`<h2 class="title" data-v-95001937${_scopeId}>${__props.title ?? ""}</h2>`);
            if (__props.details) {
              _push2(`<p class="details" data-v-95001937${_scopeId}>${__props.details ?? ""}</p>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.linkText) {
              _push2(`<div class="link-text" data-v-95001937${_scopeId}><p class="link-text-value" data-v-95001937${_scopeId}>${ssrInterpolate(__props.linkText)} <span class="vpi-arrow-right link-text-icon" data-v-95001937${_scopeId}></span></p></div>`);
            } else {
              _push2(`<!---->`);
            }
            _push2(`</article>`);
          } else {
            return [
              createVNode("article", { class: "box" }, [
                typeof __props.icon === "object" && __props.icon.wrap ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "icon"
                }, [
                  createVNode(VPImage, {
                    image: __props.icon,
                    alt: __props.icon.alt,
                    height: __props.icon.height || 48,
                    width: __props.icon.width || 48
                  }, null, 8, ["image", "alt", "height", "width"])
                ])) : typeof __props.icon === "object" ? (openBlock(), createBlock(VPImage, {
                  key: 1,
                  image: __props.icon,
                  alt: __props.icon.alt,
                  height: __props.icon.height || 48,
                  width: __props.icon.width || 48
                }, null, 8, ["image", "alt", "height", "width"])) : __props.icon ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "icon",
                  innerHTML: __props.icon
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                createVNode("h2", {
                  class: "title",
                  innerHTML: __props.title
                }, null, 8, ["innerHTML"]),
                __props.details ? (openBlock(), createBlock("p", {
                  key: 3,
                  class: "details",
                  innerHTML: __props.details
                }, null, 8, ["innerHTML"])) : createCommentVNode("", true),
                __props.linkText ? (openBlock(), createBlock("div", {
                  key: 4,
                  class: "link-text"
                }, [
                  createVNode("p", { class: "link-text-value" }, [
                    createTextVNode(toDisplayString(__props.linkText) + " ", 1),
                    createVNode("span", { class: "vpi-arrow-right link-text-icon" })
                  ])
                ])) : createCommentVNode("", true)
              ])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$S = _sfc_main$S.setup;
_sfc_main$S.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPFeature.vue");
  return _sfc_setup$S ? _sfc_setup$S(props, ctx) : void 0;
};
const VPFeature = /* @__PURE__ */ _export_sfc(_sfc_main$S, [["__scopeId", "data-v-95001937"]]);
const _sfc_main$R = /* @__PURE__ */ defineComponent({
  __name: "VPFeatures",
  __ssrInlineRender: true,
  props: {
    features: {}
  },
  setup(__props) {
    const props = __props;
    const grid = computed(() => {
      const length = props.features.length;
      if (!length) {
        return;
      } else if (length === 2) {
        return "grid-2";
      } else if (length === 3) {
        return "grid-3";
      } else if (length % 3 === 0) {
        return "grid-6";
      } else if (length > 3) {
        return "grid-4";
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.features) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPFeatures" }, _attrs))} data-v-1da4ff3d><div class="container" data-v-1da4ff3d><div class="items" data-v-1da4ff3d><!--[-->`);
        ssrRenderList(__props.features, (feature) => {
          _push(`<div class="${ssrRenderClass([[grid.value], "item"])}" data-v-1da4ff3d>`);
          _push(ssrRenderComponent(VPFeature, {
            icon: feature.icon,
            title: feature.title,
            details: feature.details,
            link: feature.link,
            "link-text": feature.linkText,
            rel: feature.rel,
            target: feature.target
          }, null, _parent));
          _push(`</div>`);
        });
        _push(`<!--]--></div></div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$R = _sfc_main$R.setup;
_sfc_main$R.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPFeatures.vue");
  return _sfc_setup$R ? _sfc_setup$R(props, ctx) : void 0;
};
const VPFeatures = /* @__PURE__ */ _export_sfc(_sfc_main$R, [["__scopeId", "data-v-1da4ff3d"]]);
const _sfc_main$Q = /* @__PURE__ */ defineComponent({
  __name: "VPHomeFeatures",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter: fm } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(fm).features) {
        _push(ssrRenderComponent(VPFeatures, mergeProps({
          class: "VPHomeFeatures",
          features: unref(fm).features
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$Q = _sfc_main$Q.setup;
_sfc_main$Q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHomeFeatures.vue");
  return _sfc_setup$Q ? _sfc_setup$Q(props, ctx) : void 0;
};
const _sfc_main$P = /* @__PURE__ */ defineComponent({
  __name: "VPHomeContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { width: vw } = useWindowSize({
      initialWidth: 0,
      includeScrollbar: false
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "vp-doc container",
        style: unref(vw) ? { "--vp-offset": `calc(50% - ${unref(vw) / 2}px)` } : {}
      }, _attrs))} data-v-2498cc33>`);
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$P = _sfc_main$P.setup;
_sfc_main$P.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHomeContent.vue");
  return _sfc_setup$P ? _sfc_setup$P(props, ctx) : void 0;
};
const VPHomeContent = /* @__PURE__ */ _export_sfc(_sfc_main$P, [["__scopeId", "data-v-2498cc33"]]);
const _sfc_main$O = /* @__PURE__ */ defineComponent({
  __name: "VPHome",
  __ssrInlineRender: true,
  setup(__props) {
    const { frontmatter, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPHome", {
          "external-link-icon-enabled": unref(theme2).externalLinkIcon
        }]
      }, _attrs))} data-v-8b59c434>`);
      ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$T, null, {
        "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
            ];
          }
        }),
        "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
            ];
          }
        }),
        "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push, _parent);
      ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$Q, null, null, _parent));
      ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push, _parent);
      if (unref(frontmatter).markdownStyles !== false) {
        _push(ssrRenderComponent(VPHomeContent, null, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(ssrRenderComponent(_component_Content, null, null, _parent2, _scopeId));
            } else {
              return [
                createVNode(_component_Content)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(ssrRenderComponent(_component_Content, null, null, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$O = _sfc_main$O.setup;
_sfc_main$O.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHome.vue");
  return _sfc_setup$O ? _sfc_setup$O(props, ctx) : void 0;
};
const VPHome = /* @__PURE__ */ _export_sfc(_sfc_main$O, [["__scopeId", "data-v-8b59c434"]]);
const _sfc_main$N = {};
function _sfc_ssrRender$1(_ctx, _push, _parent, _attrs) {
  const _component_Content = resolveComponent("Content");
  _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPPage" }, _attrs))}>`);
  ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push, _parent);
  _push(ssrRenderComponent(_component_Content, null, null, _parent));
  ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push, _parent);
  _push(`</div>`);
}
const _sfc_setup$N = _sfc_main$N.setup;
_sfc_main$N.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPPage.vue");
  return _sfc_setup$N ? _sfc_setup$N(props, ctx) : void 0;
};
const VPPage = /* @__PURE__ */ _export_sfc(_sfc_main$N, [["ssrRender", _sfc_ssrRender$1]]);
const _sfc_main$M = /* @__PURE__ */ defineComponent({
  __name: "VPContent",
  __ssrInlineRender: true,
  setup(__props) {
    const { page, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPContent", {
          "has-sidebar": unref(hasSidebar),
          "is-home": unref(frontmatter).layout === "home"
        }],
        id: "VPContent"
      }, _attrs))} data-v-d2aef184>`);
      if (unref(page).isNotFound) {
        ssrRenderSlot(_ctx.$slots, "not-found", {}, () => {
          _push(ssrRenderComponent(NotFound, null, null, _parent));
        }, _push, _parent);
      } else if (unref(frontmatter).layout === "page") {
        _push(ssrRenderComponent(VPPage, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout === "home") {
        _push(ssrRenderComponent(VPHome, null, {
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      } else if (unref(frontmatter).layout && unref(frontmatter).layout !== "doc") {
        ssrRenderVNode(_push, createVNode(resolveDynamicComponent(unref(frontmatter).layout), null, null), _parent);
      } else {
        _push(ssrRenderComponent(VPDoc, null, {
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$M = _sfc_main$M.setup;
_sfc_main$M.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPContent.vue");
  return _sfc_setup$M ? _sfc_setup$M(props, ctx) : void 0;
};
const VPContent = /* @__PURE__ */ _export_sfc(_sfc_main$M, [["__scopeId", "data-v-d2aef184"]]);
const _sfc_main$L = /* @__PURE__ */ defineComponent({
  __name: "VPFooter",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).footer && unref(frontmatter).footer !== false) {
        _push(`<footer${ssrRenderAttrs(mergeProps({
          class: ["VPFooter", { "has-sidebar": unref(hasSidebar) }]
        }, _attrs))} data-v-e3157d6d><div class="container" data-v-e3157d6d>`);
        if (unref(theme2).footer.message) {
          _push(`<p class="message" data-v-e3157d6d>${unref(theme2).footer.message ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        if (unref(theme2).footer.copyright) {
          _push(`<p class="copyright" data-v-e3157d6d>${unref(theme2).footer.copyright ?? ""}</p>`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div></footer>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$L = _sfc_main$L.setup;
_sfc_main$L.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPFooter.vue");
  return _sfc_setup$L ? _sfc_setup$L(props, ctx) : void 0;
};
const VPFooter = /* @__PURE__ */ _export_sfc(_sfc_main$L, [["__scopeId", "data-v-e3157d6d"]]);
function useLocalNav() {
  const { theme: theme2, frontmatter } = useData();
  const headers = shallowRef([]);
  const hasLocalNav = computed(() => {
    return headers.value.length > 0;
  });
  onContentUpdated(() => {
    headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
  });
  return {
    headers,
    hasLocalNav
  };
}
const _sfc_main$K = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNavOutlineDropdown",
  __ssrInlineRender: true,
  props: {
    headers: {},
    navHeight: {}
  },
  setup(__props) {
    const { theme: theme2 } = useData();
    const open = ref(false);
    const vh = ref(0);
    const main = ref();
    ref();
    function closeOnClickOutside(e) {
      var _a;
      if (!((_a = main.value) == null ? void 0 : _a.contains(e.target))) {
        open.value = false;
      }
    }
    watch(open, (value) => {
      if (value) {
        document.addEventListener("click", closeOnClickOutside);
        return;
      }
      document.removeEventListener("click", closeOnClickOutside);
    });
    onKeyStroke("Escape", () => {
      open.value = false;
    });
    onContentUpdated(() => {
      open.value = false;
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPLocalNavOutlineDropdown",
        style: { "--vp-vh": vh.value + "px" },
        ref_key: "main",
        ref: main
      }, _attrs))} data-v-d61422fe>`);
      if (__props.headers.length > 0) {
        _push(`<button class="${ssrRenderClass({ open: open.value })}" data-v-d61422fe><span class="menu-text" data-v-d61422fe>${ssrInterpolate(unref(resolveTitle)(unref(theme2)))}</span><span class="vpi-chevron-right icon" data-v-d61422fe></span></button>`);
      } else {
        _push(`<button data-v-d61422fe>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</button>`);
      }
      if (open.value) {
        _push(`<div class="items" data-v-d61422fe><div class="header" data-v-d61422fe><a class="top-link" href="#" data-v-d61422fe>${ssrInterpolate(unref(theme2).returnToTopLabel || "Return to top")}</a></div><div class="outline" data-v-d61422fe>`);
        _push(ssrRenderComponent(VPDocOutlineItem, { headers: __props.headers }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$K = _sfc_main$K.setup;
_sfc_main$K.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPLocalNavOutlineDropdown.vue");
  return _sfc_setup$K ? _sfc_setup$K(props, ctx) : void 0;
};
const VPLocalNavOutlineDropdown = /* @__PURE__ */ _export_sfc(_sfc_main$K, [["__scopeId", "data-v-d61422fe"]]);
const _sfc_main$J = /* @__PURE__ */ defineComponent({
  __name: "VPLocalNav",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  emits: ["open-menu"],
  setup(__props) {
    const { theme: theme2, frontmatter } = useData();
    const { hasSidebar } = useSidebar();
    const { headers } = useLocalNav();
    const { y } = useWindowScroll();
    const navHeight = ref(0);
    onMounted(() => {
      navHeight.value = parseInt(
        getComputedStyle(document.documentElement).getPropertyValue(
          "--vp-nav-height"
        )
      );
    });
    onContentUpdated(() => {
      headers.value = getHeaders(frontmatter.value.outline ?? theme2.value.outline);
    });
    const empty = computed(() => {
      return headers.value.length === 0;
    });
    const emptyAndNoSidebar = computed(() => {
      return empty.value && !hasSidebar.value;
    });
    const classes = computed(() => {
      return {
        VPLocalNav: true,
        "has-sidebar": hasSidebar.value,
        empty: empty.value,
        fixed: emptyAndNoSidebar.value
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(frontmatter).layout !== "home" && (!emptyAndNoSidebar.value || unref(y) >= navHeight.value)) {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: classes.value }, _attrs))} data-v-9d8129cc><div class="container" data-v-9d8129cc>`);
        if (unref(hasSidebar)) {
          _push(`<button class="menu"${ssrRenderAttr("aria-expanded", __props.open)} aria-controls="VPSidebarNav" data-v-9d8129cc><span class="vpi-align-left menu-icon" data-v-9d8129cc></span><span class="menu-text" data-v-9d8129cc>${ssrInterpolate(unref(theme2).sidebarMenuLabel || "Menu")}</span></button>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(VPLocalNavOutlineDropdown, {
          headers: unref(headers),
          navHeight: navHeight.value
        }, null, _parent));
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$J = _sfc_main$J.setup;
_sfc_main$J.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPLocalNav.vue");
  return _sfc_setup$J ? _sfc_setup$J(props, ctx) : void 0;
};
const VPLocalNav = /* @__PURE__ */ _export_sfc(_sfc_main$J, [["__scopeId", "data-v-9d8129cc"]]);
function useNav() {
  const isScreenOpen = ref(false);
  function openScreen() {
    isScreenOpen.value = true;
    window.addEventListener("resize", closeScreenOnTabletWindow);
  }
  function closeScreen() {
    isScreenOpen.value = false;
    window.removeEventListener("resize", closeScreenOnTabletWindow);
  }
  function toggleScreen() {
    isScreenOpen.value ? closeScreen() : openScreen();
  }
  function closeScreenOnTabletWindow() {
    window.outerWidth >= 768 && closeScreen();
  }
  const route = useRoute();
  watch(() => route.path, closeScreen);
  return {
    isScreenOpen,
    openScreen,
    closeScreen,
    toggleScreen
  };
}
const _sfc_main$I = {};
function _sfc_ssrRender(_ctx, _push, _parent, _attrs) {
  _push(`<button${ssrRenderAttrs(mergeProps({
    class: "VPSwitch",
    type: "button",
    role: "switch"
  }, _attrs))} data-v-7012e5dd><span class="check" data-v-7012e5dd>`);
  if (_ctx.$slots.default) {
    _push(`<span class="icon" data-v-7012e5dd>`);
    ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
    _push(`</span>`);
  } else {
    _push(`<!---->`);
  }
  _push(`</span></button>`);
}
const _sfc_setup$I = _sfc_main$I.setup;
_sfc_main$I.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSwitch.vue");
  return _sfc_setup$I ? _sfc_setup$I(props, ctx) : void 0;
};
const VPSwitch = /* @__PURE__ */ _export_sfc(_sfc_main$I, [["ssrRender", _sfc_ssrRender], ["__scopeId", "data-v-7012e5dd"]]);
const _sfc_main$H = /* @__PURE__ */ defineComponent({
  __name: "VPSwitchAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { isDark, theme: theme2 } = useData();
    const toggleAppearance = inject("toggle-appearance", () => {
      isDark.value = !isDark.value;
    });
    const switchTitle = ref("");
    watchPostEffect(() => {
      switchTitle.value = isDark.value ? theme2.value.lightModeSwitchTitle || "Switch to light theme" : theme2.value.darkModeSwitchTitle || "Switch to dark theme";
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPSwitch, mergeProps({
        title: switchTitle.value,
        class: "VPSwitchAppearance",
        "aria-checked": unref(isDark),
        onClick: unref(toggleAppearance)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span class="vpi-sun sun" data-v-fa1daf57${_scopeId}></span><span class="vpi-moon moon" data-v-fa1daf57${_scopeId}></span>`);
          } else {
            return [
              createVNode("span", { class: "vpi-sun sun" }),
              createVNode("span", { class: "vpi-moon moon" })
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$H = _sfc_main$H.setup;
_sfc_main$H.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSwitchAppearance.vue");
  return _sfc_setup$H ? _sfc_setup$H(props, ctx) : void 0;
};
const VPSwitchAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$H, [["__scopeId", "data-v-fa1daf57"]]);
const _sfc_main$G = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarAppearance" }, _attrs))} data-v-123fcb2f>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$G = _sfc_main$G.setup;
_sfc_main$G.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarAppearance.vue");
  return _sfc_setup$G ? _sfc_setup$G(props, ctx) : void 0;
};
const VPNavBarAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$G, [["__scopeId", "data-v-123fcb2f"]]);
const focusedElement = ref();
let active = false;
let listeners = 0;
function useFlyout(options) {
  const focus = ref(false);
  if (inBrowser) {
    !active && activateFocusTracking();
    listeners++;
    const unwatch = watch(focusedElement, (el) => {
      var _a, _b, _c;
      if (el === options.el.value || ((_a = options.el.value) == null ? void 0 : _a.contains(el))) {
        focus.value = true;
        (_b = options.onFocus) == null ? void 0 : _b.call(options);
      } else {
        focus.value = false;
        (_c = options.onBlur) == null ? void 0 : _c.call(options);
      }
    });
    onUnmounted(() => {
      unwatch();
      listeners--;
      if (!listeners) {
        deactivateFocusTracking();
      }
    });
  }
  return readonly(focus);
}
function activateFocusTracking() {
  document.addEventListener("focusin", handleFocusIn);
  active = true;
  focusedElement.value = document.activeElement;
}
function deactivateFocusTracking() {
  document.removeEventListener("focusin", handleFocusIn);
}
function handleFocusIn() {
  focusedElement.value = document.activeElement;
}
const _sfc_main$F = /* @__PURE__ */ defineComponent({
  __name: "VPMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuLink" }, _attrs))} data-v-65e4a6b1>`);
      _push(ssrRenderComponent(_sfc_main$_, {
        class: {
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon
      }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-65e4a6b1${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$F = _sfc_main$F.setup;
_sfc_main$F.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPMenuLink.vue");
  return _sfc_setup$F ? _sfc_setup$F(props, ctx) : void 0;
};
const VPMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$F, [["__scopeId", "data-v-65e4a6b1"]]);
const _sfc_main$E = /* @__PURE__ */ defineComponent({
  __name: "VPMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenuGroup" }, _attrs))} data-v-2bec9359>`);
      if (__props.text) {
        _push(`<p class="title" data-v-2bec9359>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$E = _sfc_main$E.setup;
_sfc_main$E.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPMenuGroup.vue");
  return _sfc_setup$E ? _sfc_setup$E(props, ctx) : void 0;
};
const VPMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$E, [["__scopeId", "data-v-2bec9359"]]);
const _sfc_main$D = /* @__PURE__ */ defineComponent({
  __name: "VPMenu",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPMenu" }, _attrs))} data-v-39eca401>`);
      if (__props.items) {
        _push(`<div class="items" data-v-39eca401><!--[-->`);
        ssrRenderList(__props.items, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(VPMenuGroup, {
              text: item.text,
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></div>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "default", {}, null, _push, _parent);
      _push(`</div>`);
    };
  }
});
const _sfc_setup$D = _sfc_main$D.setup;
_sfc_main$D.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPMenu.vue");
  return _sfc_setup$D ? _sfc_setup$D(props, ctx) : void 0;
};
const VPMenu = /* @__PURE__ */ _export_sfc(_sfc_main$D, [["__scopeId", "data-v-39eca401"]]);
const _sfc_main$C = /* @__PURE__ */ defineComponent({
  __name: "VPFlyout",
  __ssrInlineRender: true,
  props: {
    icon: {},
    button: {},
    label: {},
    items: {}
  },
  setup(__props) {
    const open = ref(false);
    const el = ref();
    useFlyout({ el, onBlur });
    function onBlur() {
      open.value = false;
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: "VPFlyout",
        ref_key: "el",
        ref: el
      }, _attrs))} data-v-40e55da0><button type="button" class="button" aria-haspopup="true"${ssrRenderAttr("aria-expanded", open.value)}${ssrRenderAttr("aria-label", __props.label)} data-v-40e55da0>`);
      if (__props.button || __props.icon) {
        _push(`<span class="text" data-v-40e55da0>`);
        if (__props.icon) {
          _push(`<span class="${ssrRenderClass([__props.icon, "option-icon"])}" data-v-40e55da0></span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.button) {
          _push(`<span data-v-40e55da0>${__props.button ?? ""}</span>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<span class="vpi-chevron-down text-icon" data-v-40e55da0></span></span>`);
      } else {
        _push(`<span class="vpi-more-horizontal icon" data-v-40e55da0></span>`);
      }
      _push(`</button><div class="menu" data-v-40e55da0>`);
      _push(ssrRenderComponent(VPMenu, { items: __props.items }, {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "default", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "default", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div></div>`);
    };
  }
});
const _sfc_setup$C = _sfc_main$C.setup;
_sfc_main$C.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPFlyout.vue");
  return _sfc_setup$C ? _sfc_setup$C(props, ctx) : void 0;
};
const VPFlyout = /* @__PURE__ */ _export_sfc(_sfc_main$C, [["__scopeId", "data-v-40e55da0"]]);
const _sfc_main$B = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLink",
  __ssrInlineRender: true,
  props: {
    icon: {},
    link: {},
    ariaLabel: {}
  },
  setup(__props) {
    var _a;
    const props = __props;
    const el = ref();
    onMounted(async () => {
      var _a2;
      await nextTick();
      const span = (_a2 = el.value) == null ? void 0 : _a2.children[0];
      if (span instanceof HTMLElement && span.className.startsWith("vpi-social-") && (getComputedStyle(span).maskImage || getComputedStyle(span).webkitMaskImage) === "none") {
        span.style.setProperty(
          "--icon",
          `url('https://api.iconify.design/simple-icons/${props.icon}.svg')`
        );
      }
    });
    const svg = computed(() => {
      if (typeof props.icon === "object") return props.icon.svg;
      return `<span class="vpi-social-${props.icon}"></span>`;
    });
    {
      typeof props.icon === "string" && ((_a = useSSRContext()) == null ? void 0 : _a.vpSocialIcons.add(props.icon));
    }
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<a${ssrRenderAttrs(mergeProps({
        ref_key: "el",
        ref: el,
        class: "VPSocialLink no-icon",
        href: __props.link,
        "aria-label": __props.ariaLabel ?? (typeof __props.icon === "string" ? __props.icon : ""),
        target: "_blank",
        rel: "noopener"
      }, _attrs))} data-v-fbf39218>${svg.value ?? ""}</a>`);
    };
  }
});
const _sfc_setup$B = _sfc_main$B.setup;
_sfc_main$B.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSocialLink.vue");
  return _sfc_setup$B ? _sfc_setup$B(props, ctx) : void 0;
};
const VPSocialLink = /* @__PURE__ */ _export_sfc(_sfc_main$B, [["__scopeId", "data-v-fbf39218"]]);
const _sfc_main$A = /* @__PURE__ */ defineComponent({
  __name: "VPSocialLinks",
  __ssrInlineRender: true,
  props: {
    links: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPSocialLinks" }, _attrs))} data-v-f2234a39><!--[-->`);
      ssrRenderList(__props.links, ({ link: link2, icon, ariaLabel }) => {
        _push(ssrRenderComponent(VPSocialLink, {
          key: link2,
          icon,
          link: link2,
          ariaLabel
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$A = _sfc_main$A.setup;
_sfc_main$A.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSocialLinks.vue");
  return _sfc_setup$A ? _sfc_setup$A(props, ctx) : void 0;
};
const VPSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$A, [["__scopeId", "data-v-f2234a39"]]);
const _sfc_main$z = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarExtra",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const hasExtraContent = computed(
      () => localeLinks.value.length && currentLang.value.label || site.value.appearance || theme2.value.socialLinks
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (hasExtraContent.value) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarExtra",
          label: "extra navigation"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              if (unref(localeLinks).length && unref(currentLang).label) {
                _push2(`<div class="group translations" data-v-0c845e5d${_scopeId}><p class="trans-title" data-v-0c845e5d${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
                ssrRenderList(unref(localeLinks), (locale) => {
                  _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
                });
                _push2(`<!--]--></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
                _push2(`<div class="group" data-v-0c845e5d${_scopeId}><div class="item appearance" data-v-0c845e5d${_scopeId}><p class="label" data-v-0c845e5d${_scopeId}>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p><div class="appearance-action" data-v-0c845e5d${_scopeId}>`);
                _push2(ssrRenderComponent(VPSwitchAppearance, null, null, _parent2, _scopeId));
                _push2(`</div></div></div>`);
              } else {
                _push2(`<!---->`);
              }
              if (unref(theme2).socialLinks) {
                _push2(`<div class="group" data-v-0c845e5d${_scopeId}><div class="item social-links" data-v-0c845e5d${_scopeId}>`);
                _push2(ssrRenderComponent(VPSocialLinks, {
                  class: "social-links-list",
                  links: unref(theme2).socialLinks
                }, null, _parent2, _scopeId));
                _push2(`</div></div>`);
              } else {
                _push2(`<!---->`);
              }
            } else {
              return [
                unref(localeLinks).length && unref(currentLang).label ? (openBlock(), createBlock("div", {
                  key: 0,
                  class: "group translations"
                }, [
                  createVNode("p", { class: "trans-title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])) : createCommentVNode("", true),
                unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto" ? (openBlock(), createBlock("div", {
                  key: 1,
                  class: "group"
                }, [
                  createVNode("div", { class: "item appearance" }, [
                    createVNode("p", { class: "label" }, toDisplayString(unref(theme2).darkModeSwitchLabel || "Appearance"), 1),
                    createVNode("div", { class: "appearance-action" }, [
                      createVNode(VPSwitchAppearance)
                    ])
                  ])
                ])) : createCommentVNode("", true),
                unref(theme2).socialLinks ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "group"
                }, [
                  createVNode("div", { class: "item social-links" }, [
                    createVNode(VPSocialLinks, {
                      class: "social-links-list",
                      links: unref(theme2).socialLinks
                    }, null, 8, ["links"])
                  ])
                ])) : createCommentVNode("", true)
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$z = _sfc_main$z.setup;
_sfc_main$z.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarExtra.vue");
  return _sfc_setup$z ? _sfc_setup$z(props, ctx) : void 0;
};
const VPNavBarExtra = /* @__PURE__ */ _export_sfc(_sfc_main$z, [["__scopeId", "data-v-0c845e5d"]]);
const _sfc_main$y = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarHamburger",
  __ssrInlineRender: true,
  props: {
    active: { type: Boolean }
  },
  emits: ["click"],
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: ["VPNavBarHamburger", { active: __props.active }],
        "aria-label": "mobile navigation",
        "aria-expanded": __props.active,
        "aria-controls": "VPNavScreen"
      }, _attrs))} data-v-670493dd><span class="container" data-v-670493dd><span class="top" data-v-670493dd></span><span class="middle" data-v-670493dd></span><span class="bottom" data-v-670493dd></span></span></button>`);
    };
  }
});
const _sfc_setup$y = _sfc_main$y.setup;
_sfc_main$y.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarHamburger.vue");
  return _sfc_setup$y ? _sfc_setup$y(props, ctx) : void 0;
};
const VPNavBarHamburger = /* @__PURE__ */ _export_sfc(_sfc_main$y, [["__scopeId", "data-v-670493dd"]]);
const _sfc_main$x = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const { page } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$_, mergeProps({
        class: {
          VPNavBarMenuLink: true,
          active: unref(isActive)(
            unref(page).relativePath,
            __props.item.activeMatch || __props.item.link,
            !!__props.item.activeMatch
          )
        },
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        tabindex: "0"
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-8dbce4d0${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$x = _sfc_main$x.setup;
_sfc_main$x.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuLink.vue");
  return _sfc_setup$x ? _sfc_setup$x(props, ctx) : void 0;
};
const VPNavBarMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$x, [["__scopeId", "data-v-8dbce4d0"]]);
const _sfc_main$w = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenuGroup",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const props = __props;
    const { page } = useData();
    const isChildActive = (navItem) => {
      if ("component" in navItem) return false;
      if ("link" in navItem) {
        return isActive(
          page.value.relativePath,
          navItem.link,
          !!props.item.activeMatch
        );
      }
      return navItem.items.some(isChildActive);
    };
    const childrenActive = computed(() => isChildActive(props.item));
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(VPFlyout, mergeProps({
        class: {
          VPNavBarMenuGroup: true,
          active: unref(isActive)(unref(page).relativePath, __props.item.activeMatch, !!__props.item.activeMatch) || childrenActive.value
        },
        button: __props.item.text,
        items: __props.item.items
      }, _attrs), null, _parent));
    };
  }
});
const _sfc_setup$w = _sfc_main$w.setup;
_sfc_main$w.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenuGroup.vue");
  return _sfc_setup$w ? _sfc_setup$w(props, ctx) : void 0;
};
const _sfc_main$v = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({
          "aria-labelledby": "main-nav-aria-label",
          class: "VPNavBarMenu"
        }, _attrs))} data-v-5bacfe89><span id="main-nav-aria-label" class="visually-hidden" data-v-5bacfe89> Main Navigation </span><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavBarMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props), null), _parent);
          } else {
            _push(ssrRenderComponent(_sfc_main$w, { item }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$v = _sfc_main$v.setup;
_sfc_main$v.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarMenu.vue");
  return _sfc_setup$v ? _sfc_setup$v(props, ctx) : void 0;
};
const VPNavBarMenu = /* @__PURE__ */ _export_sfc(_sfc_main$v, [["__scopeId", "data-v-5bacfe89"]]);
function createSearchTranslate(defaultTranslations) {
  const { localeIndex, theme: theme2 } = useData();
  function translate(key) {
    var _a, _b, _c;
    const keyPath = key.split(".");
    const themeObject = (_a = theme2.value.search) == null ? void 0 : _a.options;
    const isObject = themeObject && typeof themeObject === "object";
    const locales = isObject && ((_c = (_b = themeObject.locales) == null ? void 0 : _b[localeIndex.value]) == null ? void 0 : _c.translations) || null;
    const translations = isObject && themeObject.translations || null;
    let localeResult = locales;
    let translationResult = translations;
    let defaultResult = defaultTranslations;
    const lastKey = keyPath.pop();
    for (const k of keyPath) {
      let fallbackResult = null;
      const foundInFallback = defaultResult == null ? void 0 : defaultResult[k];
      if (foundInFallback) {
        fallbackResult = defaultResult = foundInFallback;
      }
      const foundInTranslation = translationResult == null ? void 0 : translationResult[k];
      if (foundInTranslation) {
        fallbackResult = translationResult = foundInTranslation;
      }
      const foundInLocale = localeResult == null ? void 0 : localeResult[k];
      if (foundInLocale) {
        fallbackResult = localeResult = foundInLocale;
      }
      if (!foundInFallback) {
        defaultResult = fallbackResult;
      }
      if (!foundInTranslation) {
        translationResult = fallbackResult;
      }
      if (!foundInLocale) {
        localeResult = fallbackResult;
      }
    }
    return (localeResult == null ? void 0 : localeResult[lastKey]) ?? (translationResult == null ? void 0 : translationResult[lastKey]) ?? (defaultResult == null ? void 0 : defaultResult[lastKey]) ?? "";
  }
  return translate;
}
const _sfc_main$u = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearchButton",
  __ssrInlineRender: true,
  setup(__props) {
    const defaultTranslations = {
      button: {
        buttonText: "Search",
        buttonAriaLabel: "Search"
      }
    };
    const translate = createSearchTranslate(defaultTranslations);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<button${ssrRenderAttrs(mergeProps({
        type: "button",
        class: "DocSearch DocSearch-Button",
        "aria-label": unref(translate)("button.buttonAriaLabel")
      }, _attrs))}><span class="DocSearch-Button-Container"><span class="vp-icon DocSearch-Search-Icon"></span><span class="DocSearch-Button-Placeholder">${ssrInterpolate(unref(translate)("button.buttonText"))}</span></span><span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key"></kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>`);
    };
  }
});
const _sfc_setup$u = _sfc_main$u.setup;
_sfc_main$u.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearchButton.vue");
  return _sfc_setup$u ? _sfc_setup$u(props, ctx) : void 0;
};
const _sfc_main$t = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSearch",
  __ssrInlineRender: true,
  setup(__props) {
    const VPLocalSearchBox = defineAsyncComponent(() => import("./VPLocalSearchBox.CQN1vvLI.js"));
    const VPAlgoliaSearchBox = () => null;
    const { theme: theme2 } = useData();
    const loaded = ref(false);
    const actuallyLoaded = ref(false);
    onMounted(() => {
      {
        return;
      }
    });
    function load() {
      if (!loaded.value) {
        loaded.value = true;
        setTimeout(poll, 16);
      }
    }
    function poll() {
      const e = new Event("keydown");
      e.key = "k";
      e.metaKey = true;
      window.dispatchEvent(e);
      setTimeout(() => {
        if (!document.querySelector(".DocSearch-Modal")) {
          poll();
        }
      }, 16);
    }
    function isEditingContent(event) {
      const element = event.target;
      const tagName = element.tagName;
      return element.isContentEditable || tagName === "INPUT" || tagName === "SELECT" || tagName === "TEXTAREA";
    }
    const showSearch = ref(false);
    {
      onKeyStroke("k", (event) => {
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
      onKeyStroke("/", (event) => {
        if (!isEditingContent(event)) {
          event.preventDefault();
          showSearch.value = true;
        }
      });
    }
    const provider = "local";
    return (_ctx, _push, _parent, _attrs) => {
      var _a;
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavBarSearch" }, _attrs))}>`);
      if (unref(provider) === "local") {
        _push(`<!--[-->`);
        if (showSearch.value) {
          _push(ssrRenderComponent(unref(VPLocalSearchBox), {
            onClose: ($event) => showSearch.value = false
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`<div id="local-search">`);
        _push(ssrRenderComponent(_sfc_main$u, {
          onClick: ($event) => showSearch.value = true
        }, null, _parent));
        _push(`</div><!--]-->`);
      } else if (unref(provider) === "algolia") {
        _push(`<!--[-->`);
        if (loaded.value) {
          _push(ssrRenderComponent(unref(VPAlgoliaSearchBox), {
            algolia: ((_a = unref(theme2).search) == null ? void 0 : _a.options) ?? unref(theme2).algolia,
            onVnodeBeforeMount: ($event) => actuallyLoaded.value = true
          }, null, _parent));
        } else {
          _push(`<!---->`);
        }
        if (!actuallyLoaded.value) {
          _push(`<div id="docsearch">`);
          _push(ssrRenderComponent(_sfc_main$u, { onClick: load }, null, _parent));
          _push(`</div>`);
        } else {
          _push(`<!---->`);
        }
        _push(`<!--]-->`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup$t = _sfc_main$t.setup;
_sfc_main$t.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSearch.vue");
  return _sfc_setup$t ? _sfc_setup$t(props, ctx) : void 0;
};
const _sfc_main$s = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavBarSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$s = _sfc_main$s.setup;
_sfc_main$s.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarSocialLinks.vue");
  return _sfc_setup$s ? _sfc_setup$s(props, ctx) : void 0;
};
const VPNavBarSocialLinks = /* @__PURE__ */ _export_sfc(_sfc_main$s, [["__scopeId", "data-v-08b35e6f"]]);
const _sfc_main$r = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTitle",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    const { hasSidebar } = useSidebar();
    const { currentLang } = useLangs();
    const link2 = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? theme2.value.logoLink : (_a = theme2.value.logoLink) == null ? void 0 : _a.link;
      }
    );
    const rel = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.rel;
      }
    );
    const target = computed(
      () => {
        var _a;
        return typeof theme2.value.logoLink === "string" ? void 0 : (_a = theme2.value.logoLink) == null ? void 0 : _a.target;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBarTitle", { "has-sidebar": unref(hasSidebar) }]
      }, _attrs))} data-v-5622a072><a class="title"${ssrRenderAttr("href", link2.value ?? unref(normalizeLink$1)(unref(currentLang).link))}${ssrRenderAttr("rel", rel.value)}${ssrRenderAttr("target", target.value)} data-v-5622a072>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push, _parent);
      if (unref(theme2).logo) {
        _push(ssrRenderComponent(VPImage, {
          class: "logo",
          image: unref(theme2).logo
        }, null, _parent));
      } else {
        _push(`<!---->`);
      }
      if (unref(theme2).siteTitle) {
        _push(`<span data-v-5622a072>${unref(theme2).siteTitle ?? ""}</span>`);
      } else if (unref(theme2).siteTitle === void 0) {
        _push(`<span data-v-5622a072>${ssrInterpolate(unref(site).title)}</span>`);
      } else {
        _push(`<!---->`);
      }
      ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push, _parent);
      _push(`</a></div>`);
    };
  }
});
const _sfc_setup$r = _sfc_main$r.setup;
_sfc_main$r.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarTitle.vue");
  return _sfc_setup$r ? _sfc_setup$r(props, ctx) : void 0;
};
const VPNavBarTitle = /* @__PURE__ */ _export_sfc(_sfc_main$r, [["__scopeId", "data-v-5622a072"]]);
const _sfc_main$q = /* @__PURE__ */ defineComponent({
  __name: "VPNavBarTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(ssrRenderComponent(VPFlyout, mergeProps({
          class: "VPNavBarTranslations",
          icon: "vpi-languages",
          label: unref(theme2).langMenuLabel || "Change language"
        }, _attrs), {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<div class="items" data-v-dac637f3${_scopeId}><p class="title" data-v-dac637f3${_scopeId}>${ssrInterpolate(unref(currentLang).label)}</p><!--[-->`);
              ssrRenderList(unref(localeLinks), (locale) => {
                _push2(ssrRenderComponent(VPMenuLink, { item: locale }, null, _parent2, _scopeId));
              });
              _push2(`<!--]--></div>`);
            } else {
              return [
                createVNode("div", { class: "items" }, [
                  createVNode("p", { class: "title" }, toDisplayString(unref(currentLang).label), 1),
                  (openBlock(true), createBlock(Fragment, null, renderList(unref(localeLinks), (locale) => {
                    return openBlock(), createBlock(VPMenuLink, {
                      key: locale.link,
                      item: locale
                    }, null, 8, ["item"]);
                  }), 128))
                ])
              ];
            }
          }),
          _: 1
        }, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$q = _sfc_main$q.setup;
_sfc_main$q.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBarTranslations.vue");
  return _sfc_setup$q ? _sfc_setup$q(props, ctx) : void 0;
};
const VPNavBarTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$q, [["__scopeId", "data-v-dac637f3"]]);
const _sfc_main$p = /* @__PURE__ */ defineComponent({
  __name: "VPNavBar",
  __ssrInlineRender: true,
  props: {
    isScreenOpen: { type: Boolean }
  },
  emits: ["toggle-screen"],
  setup(__props) {
    const props = __props;
    const { y } = useWindowScroll();
    const { hasSidebar } = useSidebar();
    const { frontmatter } = useData();
    const classes = ref({});
    watchPostEffect(() => {
      classes.value = {
        "has-sidebar": hasSidebar.value,
        "home": frontmatter.value.layout === "home",
        "top": y.value === 0,
        "screen-open": props.isScreenOpen
      };
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavBar", classes.value]
      }, _attrs))} data-v-bb7529ee><div class="wrapper" data-v-bb7529ee><div class="container" data-v-bb7529ee><div class="title" data-v-bb7529ee>`);
      _push(ssrRenderComponent(VPNavBarTitle, null, {
        "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
            ];
          }
        }),
        "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
          } else {
            return [
              renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
            ];
          }
        }),
        _: 3
      }, _parent));
      _push(`</div><div class="content" data-v-bb7529ee><div class="content-body" data-v-bb7529ee>`);
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push, _parent);
      _push(ssrRenderComponent(_sfc_main$t, { class: "search" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarMenu, { class: "menu" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarTranslations, { class: "translations" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarAppearance, { class: "appearance" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarSocialLinks, { class: "social-links" }, null, _parent));
      _push(ssrRenderComponent(VPNavBarExtra, { class: "extra" }, null, _parent));
      ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push, _parent);
      _push(ssrRenderComponent(VPNavBarHamburger, {
        class: "hamburger",
        active: __props.isScreenOpen,
        onClick: ($event) => _ctx.$emit("toggle-screen")
      }, null, _parent));
      _push(`</div></div></div></div><div class="divider" data-v-bb7529ee><div class="divider-line" data-v-bb7529ee></div></div></div>`);
    };
  }
});
const _sfc_setup$p = _sfc_main$p.setup;
_sfc_main$p.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavBar.vue");
  return _sfc_setup$p ? _sfc_setup$p(props, ctx) : void 0;
};
const VPNavBar = /* @__PURE__ */ _export_sfc(_sfc_main$p, [["__scopeId", "data-v-bb7529ee"]]);
const _sfc_main$o = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenAppearance",
  __ssrInlineRender: true,
  setup(__props) {
    const { site, theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(site).appearance && unref(site).appearance !== "force-dark" && unref(site).appearance !== "force-auto") {
        _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenAppearance" }, _attrs))} data-v-774971f8><p class="text" data-v-774971f8>${ssrInterpolate(unref(theme2).darkModeSwitchLabel || "Appearance")}</p>`);
        _push(ssrRenderComponent(VPSwitchAppearance, null, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$o = _sfc_main$o.setup;
_sfc_main$o.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenAppearance.vue");
  return _sfc_setup$o ? _sfc_setup$o(props, ctx) : void 0;
};
const VPNavScreenAppearance = /* @__PURE__ */ _export_sfc(_sfc_main$o, [["__scopeId", "data-v-774971f8"]]);
const _sfc_main$n = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$_, mergeProps({
        class: "VPNavScreenMenuLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-29871565${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$n = _sfc_main$n.setup;
_sfc_main$n.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuLink.vue");
  return _sfc_setup$n ? _sfc_setup$n(props, ctx) : void 0;
};
const VPNavScreenMenuLink = /* @__PURE__ */ _export_sfc(_sfc_main$n, [["__scopeId", "data-v-29871565"]]);
const _sfc_main$m = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupLink",
  __ssrInlineRender: true,
  props: {
    item: {}
  },
  setup(__props) {
    const closeScreen = inject("close-screen");
    return (_ctx, _push, _parent, _attrs) => {
      _push(ssrRenderComponent(_sfc_main$_, mergeProps({
        class: "VPNavScreenMenuGroupLink",
        href: __props.item.link,
        target: __props.item.target,
        rel: __props.item.rel,
        "no-icon": __props.item.noIcon,
        onClick: unref(closeScreen)
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            _push2(`<span data-v-581896e9${_scopeId}>${__props.item.text ?? ""}</span>`);
          } else {
            return [
              createVNode("span", {
                innerHTML: __props.item.text
              }, null, 8, ["innerHTML"])
            ];
          }
        }),
        _: 1
      }, _parent));
    };
  }
});
const _sfc_setup$m = _sfc_main$m.setup;
_sfc_main$m.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupLink.vue");
  return _sfc_setup$m ? _sfc_setup$m(props, ctx) : void 0;
};
const VPNavScreenMenuGroupLink = /* @__PURE__ */ _export_sfc(_sfc_main$m, [["__scopeId", "data-v-581896e9"]]);
const _sfc_main$l = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroupSection",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenuGroupSection" }, _attrs))} data-v-836cddb8>`);
      if (__props.text) {
        _push(`<p class="title" data-v-836cddb8>${ssrInterpolate(__props.text)}</p>`);
      } else {
        _push(`<!---->`);
      }
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(ssrRenderComponent(VPNavScreenMenuGroupLink, {
          key: item.text,
          item
        }, null, _parent));
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$l = _sfc_main$l.setup;
_sfc_main$l.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroupSection.vue");
  return _sfc_setup$l ? _sfc_setup$l(props, ctx) : void 0;
};
const VPNavScreenMenuGroupSection = /* @__PURE__ */ _export_sfc(_sfc_main$l, [["__scopeId", "data-v-836cddb8"]]);
const _sfc_main$k = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenuGroup",
  __ssrInlineRender: true,
  props: {
    text: {},
    items: {}
  },
  setup(__props) {
    const props = __props;
    const isOpen = ref(false);
    const groupId = computed(
      () => `NavScreenGroup-${props.text.replace(" ", "-").toLowerCase()}`
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPNavScreenMenuGroup", { open: isOpen.value }]
      }, _attrs))} data-v-a8d3502a><button class="button"${ssrRenderAttr("aria-controls", groupId.value)}${ssrRenderAttr("aria-expanded", isOpen.value)} data-v-a8d3502a><span class="button-text" data-v-a8d3502a>${__props.text ?? ""}</span><span class="vpi-plus button-icon" data-v-a8d3502a></span></button><div${ssrRenderAttr("id", groupId.value)} class="items" data-v-a8d3502a><!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<!--[-->`);
        if ("link" in item) {
          _push(`<div class="item" data-v-a8d3502a>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupLink, { item }, null, _parent));
          _push(`</div>`);
        } else if ("component" in item) {
          _push(`<div class="item" data-v-a8d3502a>`);
          ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          _push(`</div>`);
        } else {
          _push(`<div class="group" data-v-a8d3502a>`);
          _push(ssrRenderComponent(VPNavScreenMenuGroupSection, {
            text: item.text,
            items: item.items
          }, null, _parent));
          _push(`</div>`);
        }
        _push(`<!--]-->`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$k = _sfc_main$k.setup;
_sfc_main$k.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenuGroup.vue");
  return _sfc_setup$k ? _sfc_setup$k(props, ctx) : void 0;
};
const VPNavScreenMenuGroup = /* @__PURE__ */ _export_sfc(_sfc_main$k, [["__scopeId", "data-v-a8d3502a"]]);
const _sfc_main$j = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenMenu",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).nav) {
        _push(`<nav${ssrRenderAttrs(mergeProps({ class: "VPNavScreenMenu" }, _attrs))}><!--[-->`);
        ssrRenderList(unref(theme2).nav, (item) => {
          _push(`<!--[-->`);
          if ("link" in item) {
            _push(ssrRenderComponent(VPNavScreenMenuLink, { item }, null, _parent));
          } else if ("component" in item) {
            ssrRenderVNode(_push, createVNode(resolveDynamicComponent(item.component), mergeProps({ ref_for: true }, item.props, { "screen-menu": "" }), null), _parent);
          } else {
            _push(ssrRenderComponent(VPNavScreenMenuGroup, {
              text: item.text || "",
              items: item.items
            }, null, _parent));
          }
          _push(`<!--]-->`);
        });
        _push(`<!--]--></nav>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$j = _sfc_main$j.setup;
_sfc_main$j.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenMenu.vue");
  return _sfc_setup$j ? _sfc_setup$j(props, ctx) : void 0;
};
const _sfc_main$i = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenSocialLinks",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(theme2).socialLinks) {
        _push(ssrRenderComponent(VPSocialLinks, mergeProps({
          class: "VPNavScreenSocialLinks",
          links: unref(theme2).socialLinks
        }, _attrs), null, _parent));
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$i = _sfc_main$i.setup;
_sfc_main$i.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenSocialLinks.vue");
  return _sfc_setup$i ? _sfc_setup$i(props, ctx) : void 0;
};
const _sfc_main$h = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreenTranslations",
  __ssrInlineRender: true,
  setup(__props) {
    const { localeLinks, currentLang } = useLangs({ correspondingLink: true });
    const isOpen = ref(false);
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(localeLinks).length && unref(currentLang).label) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["VPNavScreenTranslations", { open: isOpen.value }]
        }, _attrs))} data-v-0d43316b><button class="title" data-v-0d43316b><span class="vpi-languages icon lang" data-v-0d43316b></span> ${ssrInterpolate(unref(currentLang).label)} <span class="vpi-chevron-down icon chevron" data-v-0d43316b></span></button><ul class="list" data-v-0d43316b><!--[-->`);
        ssrRenderList(unref(localeLinks), (locale) => {
          _push(`<li class="item" data-v-0d43316b>`);
          _push(ssrRenderComponent(_sfc_main$_, {
            class: "link",
            href: locale.link
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(locale.text)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(locale.text), 1)
                ];
              }
            }),
            _: 2
          }, _parent));
          _push(`</li>`);
        });
        _push(`<!--]--></ul></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$h = _sfc_main$h.setup;
_sfc_main$h.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreenTranslations.vue");
  return _sfc_setup$h ? _sfc_setup$h(props, ctx) : void 0;
};
const VPNavScreenTranslations = /* @__PURE__ */ _export_sfc(_sfc_main$h, [["__scopeId", "data-v-0d43316b"]]);
const _sfc_main$g = /* @__PURE__ */ defineComponent({
  __name: "VPNavScreen",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const screen = ref(null);
    useScrollLock(inBrowser ? document.body : null);
    return (_ctx, _push, _parent, _attrs) => {
      if (__props.open) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: "VPNavScreen",
          ref_key: "screen",
          ref: screen,
          id: "VPNavScreen"
        }, _attrs))} data-v-34fa79a7><div class="container" data-v-34fa79a7>`);
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(_sfc_main$j, { class: "menu" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenTranslations, { class: "translations" }, null, _parent));
        _push(ssrRenderComponent(VPNavScreenAppearance, { class: "appearance" }, null, _parent));
        _push(ssrRenderComponent(_sfc_main$i, { class: "social-links" }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push, _parent);
        _push(`</div></div>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$g = _sfc_main$g.setup;
_sfc_main$g.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNavScreen.vue");
  return _sfc_setup$g ? _sfc_setup$g(props, ctx) : void 0;
};
const VPNavScreen = /* @__PURE__ */ _export_sfc(_sfc_main$g, [["__scopeId", "data-v-34fa79a7"]]);
const _sfc_main$f = /* @__PURE__ */ defineComponent({
  __name: "VPNav",
  __ssrInlineRender: true,
  setup(__props) {
    const { isScreenOpen, closeScreen, toggleScreen } = useNav();
    const { frontmatter } = useData();
    const hasNavbar = computed(() => {
      return frontmatter.value.navbar !== false;
    });
    provide("close-screen", closeScreen);
    watchEffect(() => {
      if (inBrowser) {
        document.documentElement.classList.toggle("hide-nav", !hasNavbar.value);
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      if (hasNavbar.value) {
        _push(`<header${ssrRenderAttrs(mergeProps({ class: "VPNav" }, _attrs))} data-v-a46e73f0>`);
        _push(ssrRenderComponent(VPNavBar, {
          "is-screen-open": unref(isScreenOpen),
          onToggleScreen: unref(toggleScreen)
        }, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPNavScreen, { open: unref(isScreenOpen) }, {
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(`</header>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$f = _sfc_main$f.setup;
_sfc_main$f.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPNav.vue");
  return _sfc_setup$f ? _sfc_setup$f(props, ctx) : void 0;
};
const VPNav = /* @__PURE__ */ _export_sfc(_sfc_main$f, [["__scopeId", "data-v-a46e73f0"]]);
const _sfc_main$e = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarItem",
  __ssrInlineRender: true,
  props: {
    item: {},
    depth: {}
  },
  setup(__props) {
    const props = __props;
    const {
      collapsed,
      collapsible,
      isLink,
      isActiveLink,
      hasActiveLink: hasActiveLink2,
      hasChildren,
      toggle
    } = useSidebarControl(computed(() => props.item));
    const sectionTag = computed(() => hasChildren.value ? "section" : `div`);
    const linkTag = computed(() => isLink.value ? "a" : "div");
    const textTag = computed(() => {
      return !hasChildren.value ? "p" : props.depth + 2 === 7 ? "p" : `h${props.depth + 2}`;
    });
    const itemRole = computed(() => isLink.value ? void 0 : "button");
    const classes = computed(() => [
      [`level-${props.depth}`],
      { collapsible: collapsible.value },
      { collapsed: collapsed.value },
      { "is-link": isLink.value },
      { "is-active": isActiveLink.value },
      { "has-active": hasActiveLink2.value }
    ]);
    function onItemInteraction(e) {
      if ("key" in e && e.key !== "Enter") {
        return;
      }
      !props.item.link && toggle();
    }
    function onCaretClick() {
      props.item.link && toggle();
    }
    return (_ctx, _push, _parent, _attrs) => {
      const _component_VPSidebarItem = resolveComponent("VPSidebarItem", true);
      ssrRenderVNode(_push, createVNode(resolveDynamicComponent(sectionTag.value), mergeProps({
        class: ["VPSidebarItem", classes.value]
      }, _attrs), {
        default: withCtx((_, _push2, _parent2, _scopeId) => {
          if (_push2) {
            if (__props.item.text) {
              _push2(`<div class="item"${ssrRenderAttr("role", itemRole.value)}${ssrRenderAttr("tabindex", __props.item.items && 0)} data-v-2e0476bc${_scopeId}><div class="indicator" data-v-2e0476bc${_scopeId}></div>`);
              if (__props.item.link) {
                _push2(ssrRenderComponent(_sfc_main$_, {
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx((_2, _push3, _parent3, _scopeId2) => {
                    if (_push3) {
                      ssrRenderVNode(_push3, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent3, _scopeId2);
                    } else {
                      return [
                        (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                          class: "text",
                          innerHTML: __props.item.text
                        }, null, 8, ["innerHTML"]))
                      ];
                    }
                  }),
                  _: 1
                }, _parent2, _scopeId));
              } else {
                ssrRenderVNode(_push2, createVNode(resolveDynamicComponent(textTag.value), { class: "text" }, null), _parent2, _scopeId);
              }
              if (__props.item.collapsed != null && __props.item.items && __props.item.items.length) {
                _push2(`<div class="caret" role="button" aria-label="toggle section" tabindex="0" data-v-2e0476bc${_scopeId}><span class="vpi-chevron-right caret-icon" data-v-2e0476bc${_scopeId}></span></div>`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
            if (__props.item.items && __props.item.items.length) {
              _push2(`<div class="items" data-v-2e0476bc${_scopeId}>`);
              if (__props.depth < 5) {
                _push2(`<!--[-->`);
                ssrRenderList(__props.item.items, (i) => {
                  _push2(ssrRenderComponent(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, _parent2, _scopeId));
                });
                _push2(`<!--]-->`);
              } else {
                _push2(`<!---->`);
              }
              _push2(`</div>`);
            } else {
              _push2(`<!---->`);
            }
          } else {
            return [
              __props.item.text ? (openBlock(), createBlock("div", mergeProps({
                key: 0,
                class: "item",
                role: itemRole.value
              }, toHandlers(
                __props.item.items ? { click: onItemInteraction, keydown: onItemInteraction } : {},
                true
              ), {
                tabindex: __props.item.items && 0
              }), [
                createVNode("div", { class: "indicator" }),
                __props.item.link ? (openBlock(), createBlock(_sfc_main$_, {
                  key: 0,
                  tag: linkTag.value,
                  class: "link",
                  href: __props.item.link,
                  rel: __props.item.rel,
                  target: __props.item.target
                }, {
                  default: withCtx(() => [
                    (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                      class: "text",
                      innerHTML: __props.item.text
                    }, null, 8, ["innerHTML"]))
                  ]),
                  _: 1
                }, 8, ["tag", "href", "rel", "target"])) : (openBlock(), createBlock(resolveDynamicComponent(textTag.value), {
                  key: 1,
                  class: "text",
                  innerHTML: __props.item.text
                }, null, 8, ["innerHTML"])),
                __props.item.collapsed != null && __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                  key: 2,
                  class: "caret",
                  role: "button",
                  "aria-label": "toggle section",
                  onClick: onCaretClick,
                  onKeydown: withKeys(onCaretClick, ["enter"]),
                  tabindex: "0"
                }, [
                  createVNode("span", { class: "vpi-chevron-right caret-icon" })
                ], 32)) : createCommentVNode("", true)
              ], 16, ["role", "tabindex"])) : createCommentVNode("", true),
              __props.item.items && __props.item.items.length ? (openBlock(), createBlock("div", {
                key: 1,
                class: "items"
              }, [
                __props.depth < 5 ? (openBlock(true), createBlock(Fragment, { key: 0 }, renderList(__props.item.items, (i) => {
                  return openBlock(), createBlock(_component_VPSidebarItem, {
                    key: i.text,
                    item: i,
                    depth: __props.depth + 1
                  }, null, 8, ["item", "depth"]);
                }), 128)) : createCommentVNode("", true)
              ])) : createCommentVNode("", true)
            ];
          }
        }),
        _: 1
      }), _parent);
    };
  }
});
const _sfc_setup$e = _sfc_main$e.setup;
_sfc_main$e.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSidebarItem.vue");
  return _sfc_setup$e ? _sfc_setup$e(props, ctx) : void 0;
};
const VPSidebarItem = /* @__PURE__ */ _export_sfc(_sfc_main$e, [["__scopeId", "data-v-2e0476bc"]]);
const _sfc_main$d = /* @__PURE__ */ defineComponent({
  __name: "VPSidebarGroup",
  __ssrInlineRender: true,
  props: {
    items: {}
  },
  setup(__props) {
    const disableTransition = ref(true);
    let timer = null;
    onMounted(() => {
      timer = setTimeout(() => {
        timer = null;
        disableTransition.value = false;
      }, 300);
    });
    onBeforeUnmount(() => {
      if (timer != null) {
        clearTimeout(timer);
        timer = null;
      }
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[-->`);
      ssrRenderList(__props.items, (item) => {
        _push(`<div class="${ssrRenderClass([{ "no-transition": disableTransition.value }, "group"])}" data-v-ec086cd5>`);
        _push(ssrRenderComponent(VPSidebarItem, {
          item,
          depth: 0
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]-->`);
    };
  }
});
const _sfc_setup$d = _sfc_main$d.setup;
_sfc_main$d.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSidebarGroup.vue");
  return _sfc_setup$d ? _sfc_setup$d(props, ctx) : void 0;
};
const VPSidebarGroup = /* @__PURE__ */ _export_sfc(_sfc_main$d, [["__scopeId", "data-v-ec086cd5"]]);
const _sfc_main$c = /* @__PURE__ */ defineComponent({
  __name: "VPSidebar",
  __ssrInlineRender: true,
  props: {
    open: { type: Boolean }
  },
  setup(__props) {
    const { sidebarGroups, hasSidebar } = useSidebar();
    const props = __props;
    const navEl = ref(null);
    const isLocked = useScrollLock(inBrowser ? document.body : null);
    watch(
      [props, navEl],
      () => {
        var _a;
        if (props.open) {
          isLocked.value = true;
          (_a = navEl.value) == null ? void 0 : _a.focus();
        } else isLocked.value = false;
      },
      { immediate: true, flush: "post" }
    );
    const key = ref(0);
    watch(
      sidebarGroups,
      () => {
        key.value += 1;
      },
      { deep: true }
    );
    return (_ctx, _push, _parent, _attrs) => {
      if (unref(hasSidebar)) {
        _push(`<aside${ssrRenderAttrs(mergeProps({
          class: ["VPSidebar", { open: __props.open }],
          ref_key: "navEl",
          ref: navEl
        }, _attrs))} data-v-12a40e3d><div class="curtain" data-v-12a40e3d></div><nav class="nav" id="VPSidebarNav" aria-labelledby="sidebar-aria-label" tabindex="-1" data-v-12a40e3d><span class="visually-hidden" id="sidebar-aria-label" data-v-12a40e3d> Sidebar Navigation </span>`);
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSidebarGroup, {
          items: unref(sidebarGroups),
          key: key.value
        }, null, _parent));
        ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push, _parent);
        _push(`</nav></aside>`);
      } else {
        _push(`<!---->`);
      }
    };
  }
});
const _sfc_setup$c = _sfc_main$c.setup;
_sfc_main$c.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSidebar.vue");
  return _sfc_setup$c ? _sfc_setup$c(props, ctx) : void 0;
};
const VPSidebar = /* @__PURE__ */ _export_sfc(_sfc_main$c, [["__scopeId", "data-v-12a40e3d"]]);
const _sfc_main$b = /* @__PURE__ */ defineComponent({
  __name: "VPSkipLink",
  __ssrInlineRender: true,
  setup(__props) {
    const { theme: theme2 } = useData();
    const route = useRoute();
    const backToTop = ref();
    watch(() => route.path, () => backToTop.value.focus());
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<!--[--><span tabindex="-1" data-v-17ad389b></span><a href="#VPContent" class="VPSkipLink visually-hidden" data-v-17ad389b>${ssrInterpolate(unref(theme2).skipToContentLabel || "Skip to content")}</a><!--]-->`);
    };
  }
});
const _sfc_setup$b = _sfc_main$b.setup;
_sfc_main$b.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSkipLink.vue");
  return _sfc_setup$b ? _sfc_setup$b(props, ctx) : void 0;
};
const VPSkipLink = /* @__PURE__ */ _export_sfc(_sfc_main$b, [["__scopeId", "data-v-17ad389b"]]);
const _sfc_main$a = /* @__PURE__ */ defineComponent({
  __name: "Layout",
  __ssrInlineRender: true,
  setup(__props) {
    const {
      isOpen: isSidebarOpen,
      open: openSidebar,
      close: closeSidebar
    } = useSidebar();
    const route = useRoute();
    watch(() => route.path, closeSidebar);
    useCloseSidebarOnEscape(isSidebarOpen, closeSidebar);
    const { frontmatter } = useData();
    const slots = useSlots();
    const heroImageSlotExists = computed(() => !!slots["home-hero-image"]);
    provide("hero-image-slot-exists", heroImageSlotExists);
    return (_ctx, _push, _parent, _attrs) => {
      const _component_Content = resolveComponent("Content");
      if (unref(frontmatter).layout !== false) {
        _push(`<div${ssrRenderAttrs(mergeProps({
          class: ["Layout", unref(frontmatter).pageClass]
        }, _attrs))} data-v-c4daae71>`);
        ssrRenderSlot(_ctx.$slots, "layout-top", {}, null, _push, _parent);
        _push(ssrRenderComponent(VPSkipLink, null, null, _parent));
        _push(ssrRenderComponent(VPBackdrop, {
          class: "backdrop",
          show: unref(isSidebarOpen),
          onClick: unref(closeSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPNav, null, {
          "nav-bar-title-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-title-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-title-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-title-after", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-bar-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-bar-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-bar-content-after", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-before", {}, void 0, true)
              ];
            }
          }),
          "nav-screen-content-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "nav-screen-content-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "nav-screen-content-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPLocalNav, {
          open: unref(isSidebarOpen),
          onOpenMenu: unref(openSidebar)
        }, null, _parent));
        _push(ssrRenderComponent(VPSidebar, { open: unref(isSidebarOpen) }, {
          "sidebar-nav-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-before", {}, void 0, true)
              ];
            }
          }),
          "sidebar-nav-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "sidebar-nav-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "sidebar-nav-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPContent, null, {
          "page-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-top", {}, void 0, true)
              ];
            }
          }),
          "page-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "page-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "page-bottom", {}, void 0, true)
              ];
            }
          }),
          "not-found": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "not-found", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "not-found", {}, void 0, true)
              ];
            }
          }),
          "home-hero-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-before", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info", {}, void 0, true)
              ];
            }
          }),
          "home-hero-info-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-info-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-info-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-actions-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-actions-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-actions-after", {}, void 0, true)
              ];
            }
          }),
          "home-hero-image": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-image", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-image", {}, void 0, true)
              ];
            }
          }),
          "home-hero-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-hero-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-hero-after", {}, void 0, true)
              ];
            }
          }),
          "home-features-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-before", {}, void 0, true)
              ];
            }
          }),
          "home-features-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "home-features-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "home-features-after", {}, void 0, true)
              ];
            }
          }),
          "doc-footer-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-footer-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-footer-before", {}, void 0, true)
              ];
            }
          }),
          "doc-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-before", {}, void 0, true)
              ];
            }
          }),
          "doc-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-after", {}, void 0, true)
              ];
            }
          }),
          "doc-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-top", {}, void 0, true)
              ];
            }
          }),
          "doc-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "doc-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "doc-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-top": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-top", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-top", {}, void 0, true)
              ];
            }
          }),
          "aside-bottom": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-bottom", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-bottom", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-before", {}, void 0, true)
              ];
            }
          }),
          "aside-outline-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-outline-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-outline-after", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-before": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-before", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-before", {}, void 0, true)
              ];
            }
          }),
          "aside-ads-after": withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              ssrRenderSlot(_ctx.$slots, "aside-ads-after", {}, null, _push2, _parent2, _scopeId);
            } else {
              return [
                renderSlot(_ctx.$slots, "aside-ads-after", {}, void 0, true)
              ];
            }
          }),
          _: 3
        }, _parent));
        _push(ssrRenderComponent(VPFooter, null, null, _parent));
        ssrRenderSlot(_ctx.$slots, "layout-bottom", {}, null, _push, _parent);
        _push(`</div>`);
      } else {
        _push(ssrRenderComponent(_component_Content, _attrs, null, _parent));
      }
    };
  }
});
const _sfc_setup$a = _sfc_main$a.setup;
_sfc_main$a.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/Layout.vue");
  return _sfc_setup$a ? _sfc_setup$a(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main$a, [["__scopeId", "data-v-c4daae71"]]);
const GridSettings = {
  xmini: [[0, 2]],
  mini: [],
  small: [
    [920, 6],
    [768, 5],
    [640, 4],
    [480, 3],
    [0, 2]
  ],
  medium: [
    [960, 5],
    [832, 4],
    [640, 3],
    [480, 2]
  ],
  big: [
    [832, 3],
    [640, 2]
  ]
};
function useSponsorsGrid({ el, size = "medium" }) {
  const onResize = throttleAndDebounce(manage, 100);
  onMounted(() => {
    manage();
    window.addEventListener("resize", onResize);
  });
  onUnmounted(() => {
    window.removeEventListener("resize", onResize);
  });
  function manage() {
    adjustSlots(el.value, size);
  }
}
function adjustSlots(el, size) {
  const tsize = el.children.length;
  const asize = el.querySelectorAll(".vp-sponsor-grid-item:not(.empty)").length;
  const grid = setGrid(el, size, asize);
  manageSlots(el, grid, tsize, asize);
}
function setGrid(el, size, items) {
  const settings = GridSettings[size];
  const screen = window.innerWidth;
  let grid = 1;
  settings.some(([breakpoint, value]) => {
    if (screen >= breakpoint) {
      grid = items < value ? items : value;
      return true;
    }
  });
  setGridData(el, grid);
  return grid;
}
function setGridData(el, value) {
  el.dataset.vpGrid = String(value);
}
function manageSlots(el, grid, tsize, asize) {
  const diff = tsize - asize;
  const rem = asize % grid;
  const drem = rem === 0 ? rem : grid - rem;
  neutralizeSlots(el, drem - diff);
}
function neutralizeSlots(el, count) {
  if (count === 0) {
    return;
  }
  count > 0 ? addSlots(el, count) : removeSlots(el, count * -1);
}
function addSlots(el, count) {
  for (let i = 0; i < count; i++) {
    const slot = document.createElement("div");
    slot.classList.add("vp-sponsor-grid-item", "empty");
    el.append(slot);
  }
}
function removeSlots(el, count) {
  for (let i = 0; i < count; i++) {
    el.removeChild(el.lastElementChild);
  }
}
const _sfc_main$9 = /* @__PURE__ */ defineComponent({
  __name: "VPSponsorsGrid",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    data: {}
  },
  setup(__props) {
    const props = __props;
    const el = ref(null);
    useSponsorsGrid({ el, size: props.size });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsorsGrid vp-sponsor-grid", [__props.size]],
        ref_key: "el",
        ref: el
      }, _attrs))}><!--[-->`);
      ssrRenderList(__props.data, (sponsor) => {
        _push(`<div class="vp-sponsor-grid-item"><a class="vp-sponsor-grid-link"${ssrRenderAttr("href", sponsor.url)} target="_blank" rel="sponsored noopener"><article class="vp-sponsor-grid-box"><h4 class="visually-hidden">${ssrInterpolate(sponsor.name)}</h4><img class="vp-sponsor-grid-image"${ssrRenderAttr("src", sponsor.img)}${ssrRenderAttr("alt", sponsor.name)}></article></a></div>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$9 = _sfc_main$9.setup;
_sfc_main$9.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSponsorsGrid.vue");
  return _sfc_setup$9 ? _sfc_setup$9(props, ctx) : void 0;
};
const _sfc_main$8 = /* @__PURE__ */ defineComponent({
  __name: "VPSponsors",
  __ssrInlineRender: true,
  props: {
    mode: { default: "normal" },
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    const props = __props;
    const sponsors = computed(() => {
      const isSponsors = props.data.some((s) => {
        return "items" in s;
      });
      if (isSponsors) {
        return props.data;
      }
      return [
        { tier: props.tier, size: props.size, items: props.data }
      ];
    });
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPSponsors vp-sponsor", [__props.mode]]
      }, _attrs))}><!--[-->`);
      ssrRenderList(sponsors.value, (sponsor, index) => {
        _push(`<section class="vp-sponsor-section">`);
        if (sponsor.tier) {
          _push(`<h3 class="vp-sponsor-tier">${ssrInterpolate(sponsor.tier)}</h3>`);
        } else {
          _push(`<!---->`);
        }
        _push(ssrRenderComponent(_sfc_main$9, {
          size: sponsor.size,
          data: sponsor.items
        }, null, _parent));
        _push(`</section>`);
      });
      _push(`<!--]--></div>`);
    };
  }
});
const _sfc_setup$8 = _sfc_main$8.setup;
_sfc_main$8.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPSponsors.vue");
  return _sfc_setup$8 ? _sfc_setup$8(props, ctx) : void 0;
};
const _sfc_main$7 = /* @__PURE__ */ defineComponent({
  __name: "VPDocAsideSponsors",
  __ssrInlineRender: true,
  props: {
    tier: {},
    size: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "VPDocAsideSponsors" }, _attrs))}>`);
      _push(ssrRenderComponent(_sfc_main$8, {
        mode: "aside",
        tier: __props.tier,
        size: __props.size,
        data: __props.data
      }, null, _parent));
      _push(`</div>`);
    };
  }
});
const _sfc_setup$7 = _sfc_main$7.setup;
_sfc_main$7.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPDocAsideSponsors.vue");
  return _sfc_setup$7 ? _sfc_setup$7(props, ctx) : void 0;
};
const _sfc_main$6 = /* @__PURE__ */ defineComponent({
  __name: "VPHomeSponsors",
  __ssrInlineRender: true,
  props: {
    message: {},
    actionText: { default: "Become a sponsor" },
    actionLink: {},
    data: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<section${ssrRenderAttrs(mergeProps({ class: "VPHomeSponsors" }, _attrs))} data-v-b272d7e5><div class="container" data-v-b272d7e5><div class="header" data-v-b272d7e5><div class="love" data-v-b272d7e5><span class="vpi-heart icon" data-v-b272d7e5></span></div>`);
      if (__props.message) {
        _push(`<h2 class="message" data-v-b272d7e5>${ssrInterpolate(__props.message)}</h2>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div><div class="sponsors" data-v-b272d7e5>`);
      _push(ssrRenderComponent(_sfc_main$8, { data: __props.data }, null, _parent));
      _push(`</div>`);
      if (__props.actionLink) {
        _push(`<div class="action" data-v-b272d7e5>`);
        _push(ssrRenderComponent(VPButton, {
          theme: "sponsor",
          text: __props.actionText,
          href: __props.actionLink
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></section>`);
    };
  }
});
const _sfc_setup$6 = _sfc_main$6.setup;
_sfc_main$6.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPHomeSponsors.vue");
  return _sfc_setup$6 ? _sfc_setup$6(props, ctx) : void 0;
};
const _sfc_main$5 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembersItem",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    member: {}
  },
  setup(__props) {
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<article${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembersItem", [__props.size]]
      }, _attrs))} data-v-af8dff8e><div class="profile" data-v-af8dff8e><figure class="avatar" data-v-af8dff8e><img class="avatar-img"${ssrRenderAttr("src", __props.member.avatar)}${ssrRenderAttr("alt", __props.member.name)} data-v-af8dff8e></figure><div class="data" data-v-af8dff8e><h1 class="name" data-v-af8dff8e>${ssrInterpolate(__props.member.name)}</h1>`);
      if (__props.member.title || __props.member.org) {
        _push(`<p class="affiliation" data-v-af8dff8e>`);
        if (__props.member.title) {
          _push(`<span class="title" data-v-af8dff8e>${ssrInterpolate(__props.member.title)}</span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.title && __props.member.org) {
          _push(`<span class="at" data-v-af8dff8e> @ </span>`);
        } else {
          _push(`<!---->`);
        }
        if (__props.member.org) {
          _push(ssrRenderComponent(_sfc_main$_, {
            class: ["org", { link: __props.member.orgLink }],
            href: __props.member.orgLink,
            "no-icon": ""
          }, {
            default: withCtx((_, _push2, _parent2, _scopeId) => {
              if (_push2) {
                _push2(`${ssrInterpolate(__props.member.org)}`);
              } else {
                return [
                  createTextVNode(toDisplayString(__props.member.org), 1)
                ];
              }
            }),
            _: 1
          }, _parent));
        } else {
          _push(`<!---->`);
        }
        _push(`</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.desc) {
        _push(`<p class="desc" data-v-af8dff8e>${__props.member.desc ?? ""}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (__props.member.links) {
        _push(`<div class="links" data-v-af8dff8e>`);
        _push(ssrRenderComponent(VPSocialLinks, {
          links: __props.member.links
        }, null, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div></div>`);
      if (__props.member.sponsor) {
        _push(`<div class="sp" data-v-af8dff8e>`);
        _push(ssrRenderComponent(_sfc_main$_, {
          class: "sp-link",
          href: __props.member.sponsor,
          "no-icon": ""
        }, {
          default: withCtx((_, _push2, _parent2, _scopeId) => {
            if (_push2) {
              _push2(`<span class="vpi-heart sp-icon" data-v-af8dff8e${_scopeId}></span> ${ssrInterpolate(__props.member.actionText || "Sponsor")}`);
            } else {
              return [
                createVNode("span", { class: "vpi-heart sp-icon" }),
                createTextVNode(" " + toDisplayString(__props.member.actionText || "Sponsor"), 1)
              ];
            }
          }),
          _: 1
        }, _parent));
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</article>`);
    };
  }
});
const _sfc_setup$5 = _sfc_main$5.setup;
_sfc_main$5.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPTeamMembersItem.vue");
  return _sfc_setup$5 ? _sfc_setup$5(props, ctx) : void 0;
};
const VPTeamMembersItem = /* @__PURE__ */ _export_sfc(_sfc_main$5, [["__scopeId", "data-v-af8dff8e"]]);
const _sfc_main$4 = /* @__PURE__ */ defineComponent({
  __name: "VPTeamMembers",
  __ssrInlineRender: true,
  props: {
    size: { default: "medium" },
    members: {}
  },
  setup(__props) {
    const props = __props;
    const classes = computed(() => [props.size, `count-${props.members.length}`]);
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({
        class: ["VPTeamMembers", classes.value]
      }, _attrs))} data-v-3ca0e3f5><div class="container" data-v-3ca0e3f5><!--[-->`);
      ssrRenderList(__props.members, (member) => {
        _push(`<div class="item" data-v-3ca0e3f5>`);
        _push(ssrRenderComponent(VPTeamMembersItem, {
          size: __props.size,
          member
        }, null, _parent));
        _push(`</div>`);
      });
      _push(`<!--]--></div></div>`);
    };
  }
});
const _sfc_setup$4 = _sfc_main$4.setup;
_sfc_main$4.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPTeamMembers.vue");
  return _sfc_setup$4 ? _sfc_setup$4(props, ctx) : void 0;
};
const _sfc_main$3 = {};
const _sfc_setup$3 = _sfc_main$3.setup;
_sfc_main$3.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPTeamPage.vue");
  return _sfc_setup$3 ? _sfc_setup$3(props, ctx) : void 0;
};
const _sfc_main$2 = {};
const _sfc_setup$2 = _sfc_main$2.setup;
_sfc_main$2.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPTeamPageSection.vue");
  return _sfc_setup$2 ? _sfc_setup$2(props, ctx) : void 0;
};
const _sfc_main$1 = {};
const _sfc_setup$1 = _sfc_main$1.setup;
_sfc_main$1.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("../../../node_modules/vitepress/dist/client/theme-default/components/VPTeamPageTitle.vue");
  return _sfc_setup$1 ? _sfc_setup$1(props, ctx) : void 0;
};
const theme$1 = {
  Layout,
  enhanceApp: ({ app }) => {
    app.component("Badge", _sfc_main$15);
  }
};
var RFC_EDITOR = "https://www.rfc-editor.org/rfc/rfc";
var IANA_PORTS = "https://www.iana.org/assignments/service-names-port-numbers/service-names-port-numbers.xhtml";
function rfcSource(rfc, section) {
  if (!Number.isInteger(rfc) || rfc <= 0) throw new RangeError(`not an RFC number: ${rfc}`);
  const base = `${RFC_EDITOR}${rfc}`;
  if (section === void 0) return { label: `RFC ${rfc}`, url: base };
  if (/^\d+(\.\d+)*$/.test(section)) {
    return { label: `RFC ${rfc} §${section}`, url: `${base}#section-${section}` };
  }
  if (/^[A-Z](\.\d+)*$/.test(section)) {
    return { label: `RFC ${rfc} Appendix ${section}`, url: `${base}#appendix-${section}` };
  }
  throw new RangeError(`not an RFC section: ${section}`);
}
function ianaSource(query) {
  return {
    label: `IANA port registry: ${query}`,
    url: `${IANA_PORTS}?search=${encodeURIComponent(String(query))}`
  };
}
rfcSource(8314, "3.3");
rfcSource(5321, "4.5.3.2.1");
rfcSource(6125, "6.4");
rfcSource(5280, "4.1.2.5");
rfcSource(3207, "4");
var RFC4954_6 = rfcSource(4954, "6");
var NODE_TLS = {
  label: "Node.js: tls.connect() options",
  url: "https://nodejs.org/api/tls.html#tlsconnectoptions-callback"
};
({
  "no-answer": {
    sources: [rfcSource(5068, "3")]
  },
  refused: {
    sources: [rfcSource(9293, "3.5.2")]
  },
  reset: {
    sources: [rfcSource(9293, "3.5.2")]
  },
  "greeting-refused": {
    sources: [rfcSource(5321, "3.1")]
  },
  "certificate-untrusted": {
    sources: [rfcSource(5280, "6"), NODE_TLS]
  },
  "login-policy": {
    sources: [RFC4954_6, rfcSource(7628, "3")]
  }
});
function ianaRow(port, service, description, options = {}) {
  return {
    service,
    transport: options.transport ?? "tcp",
    status: options.status ?? "assigned",
    description,
    mailRelated: options.mailRelated ?? true,
    ...options.registered === void 0 ? {} : { registered: options.registered },
    sources: options.sources ?? [ianaSource(port)]
  };
}
function reservedUdp(port) {
  return ianaRow(port, "", "Reserved", { transport: "udp", status: "reserved", mailRelated: false });
}
var RFC2595_7 = rfcSource(2595, "7");
var RFC8314_3 = rfcSource(8314, "3");
var RFC8997 = rfcSource(8997);
var discouraged1999 = {
  date: "1999-06",
  event: "RFC 2595 §7 discourages the separate imaps and pop3s ports in favour of STARTTLS and STLS on the standard ports.",
  sources: [RFC2595_7]
};
var tlsMinimum = {
  rfc: 8997,
  title: "Deprecation of TLS 1.1 for Email Submission and Access",
  says: "TLS 1.2 is the minimum version for mail submission and access.",
  source: RFC8997
};
var port110 = {
  port: 110,
  title: "POP3 (STLS upgrade)",
  protocol: "pop3",
  role: "retrieval",
  tls: "starttls",
  tlsRequired: false,
  standing: "supported",
  iana: ["pop3"],
  ianaAssignments: [
    ianaRow(110, "pop3", "Post Office Protocol - Version 3"),
    ianaRow(110, "pop3", "Post Office Protocol - Version 3", { transport: "udp" })
  ],
  alsoKnownAs: ["POP"],
  specs: [
    {
      rfc: 1939,
      title: "Post Office Protocol - Version 3 (STD 53)",
      says: "POP3 servers listen on TCP port 110.",
      source: rfcSource(1939)
    },
    {
      rfc: 2449,
      title: "POP3 Extension Mechanism",
      says: "The CAPA command lists what the server supports.",
      source: rfcSource(2449)
    },
    {
      rfc: 2595,
      section: "4",
      title: "POP3 STARTTLS extension",
      says: "The STLS command upgrades a POP3 session on port 110 to TLS.",
      source: rfcSource(2595, "4")
    },
    {
      rfc: 8314,
      section: "4.1",
      title: "Deprecation of Services Using Cleartext and TLS Versions Less Than 1.1",
      says: "Deprecates cleartext mail access (and TLS below 1.1): STLS is expected before USER/PASS.",
      source: rfcSource(8314, "4.1")
    },
    {
      rfc: 8314,
      section: "3.1",
      title: "Implicit TLS for POP",
      says: 'On the "pop3s" service (port 995) the TLS handshake starts immediately; RFC 8314 §3 recommends it.',
      source: rfcSource(8314, "3.1")
    }
  ],
  history: [
    { date: "1996-05", event: "RFC 1939 specifies POP3 on port 110.", sources: [rfcSource(1939)] },
    { date: "1998-11", event: "RFC 2449 adds CAPA.", sources: [rfcSource(2449)] },
    { ...discouraged1999, event: "RFC 2595 adds STLS and discourages the separate pop3s port (995)." },
    {
      date: "2018-01",
      event: "RFC 8314 recommends implicit TLS on 995 over STLS on 110.",
      sources: [RFC8314_3, rfcSource(8314, "3.1")]
    }
  ],
  explanation: "Port 110 is POP3, the simple way to download mail from a mailbox. The session starts in plaintext; the STLS command upgrades it to TLS, and a client must refuse to log in if the server does not offer STLS, or the password travels readable. Current standards prefer port 995, where TLS starts immediately.",
  blocking: "Outbound connections to 110 are rarely blocked.",
  notFor: [],
  sources: [rfcSource(1939), rfcSource(2595, "4"), ianaSource(110)]
};
var port995 = {
  port: 995,
  title: "POP3 over implicit TLS (pop3s)",
  protocol: "pop3",
  role: "retrieval",
  tls: "implicit",
  tlsRequired: true,
  standing: "recommended",
  iana: ["pop3s"],
  ianaAssignments: [
    ianaRow(995, "pop3s", "POP3 over TLS protocol", { sources: [ianaSource(995), rfcSource(8314, "7.1")] }),
    ianaRow(995, "pop3s", "pop3 protocol over TLS/SSL (was spop3)", { transport: "udp" })
  ],
  alsoKnownAs: ["spop3", "SSL/TLS (in client settings)"],
  specs: [
    {
      rfc: 8314,
      section: "3.1",
      title: "Implicit TLS for POP",
      says: 'On the "pop3s" service (port 995) the TLS handshake starts immediately, before any POP3 data.',
      source: rfcSource(8314, "3.1")
    },
    {
      rfc: 8314,
      section: "7.1",
      title: "IANA Considerations: pop3s",
      says: "Updates the IANA registration of pop3s on TCP 995 to reference RFC 8314.",
      source: rfcSource(8314, "7.1")
    },
    tlsMinimum
  ],
  history: [
    discouraged1999,
    {
      date: "2018-01",
      event: "RFC 8314 reverses that: it recommends implicit TLS (§3) and updates the pop3s registration (§7.1).",
      sources: [RFC8314_3, rfcSource(8314, "7.1")]
    },
    { date: "2021-03", event: "RFC 8997 makes TLS 1.2 the minimum.", sources: [RFC8997] }
  ],
  explanation: "Port 995 is POP3 with TLS from the first byte: the connection is encrypted before the server says anything, so the password is never exposed. The IETF discouraged this separate port in 1999 and endorsed it again in 2018 (RFC 8314); it is what a POP3 client should use today.",
  blocking: "Outbound connections to 995 are rarely blocked.",
  notFor: [],
  sources: [RFC8314_3, rfcSource(8314, "7.1"), ianaSource(995)]
};
var port143 = {
  port: 143,
  title: "IMAP (STARTTLS upgrade)",
  protocol: "imap",
  role: "retrieval",
  tls: "starttls",
  tlsRequired: false,
  standing: "supported",
  iana: ["imap"],
  ianaAssignments: [ianaRow(143, "imap", "Internet Message Access Protocol"), reservedUdp(143)],
  alsoKnownAs: ["IMAP4"],
  specs: [
    {
      rfc: 9051,
      title: "IMAP Version 4rev2",
      says: "The current IMAP specification; it obsoletes RFC 3501.",
      source: rfcSource(9051)
    },
    {
      rfc: 3501,
      section: "6.2.1",
      title: "IMAP4rev1: STARTTLS Command",
      says: "After STARTTLS the client must discard cached capabilities and ask again.",
      source: rfcSource(3501, "6.2.1")
    },
    {
      rfc: 2595,
      section: "3.2",
      title: "IMAP STARTTLS extension",
      says: "LOGINDISABLED tells the client that LOGIN is refused until TLS is active.",
      source: rfcSource(2595, "3.2")
    },
    {
      rfc: 8314,
      section: "4.1",
      title: "Deprecation of Services Using Cleartext and TLS Versions Less Than 1.1",
      says: "Deprecates cleartext mail access (and TLS below 1.1): STARTTLS is expected before LOGIN.",
      source: rfcSource(8314, "4.1")
    },
    {
      rfc: 8314,
      section: "3.2",
      title: "Implicit TLS for IMAP",
      says: 'On the "imaps" service (port 993) the TLS handshake starts immediately; RFC 8314 §3 recommends it.',
      source: rfcSource(8314, "3.2")
    }
  ],
  history: [
    { date: "1996-12", event: "RFC 2060 specifies IMAP4rev1.", sources: [rfcSource(2060)] },
    {
      date: "1999-06",
      event: "RFC 2595 adds STARTTLS and LOGINDISABLED to IMAP and discourages the separate imaps port (993).",
      sources: [rfcSource(2595, "3.1"), rfcSource(2595, "3.2"), RFC2595_7]
    },
    {
      date: "2003-03",
      event: "RFC 3501 replaces RFC 2060 and folds STARTTLS into IMAP4rev1 itself.",
      sources: [rfcSource(3501)]
    },
    {
      date: "2018-01",
      event: "RFC 8314 recommends implicit TLS on 993 over STARTTLS on 143.",
      sources: [RFC8314_3, rfcSource(8314, "3.2")]
    },
    {
      date: "2021-08",
      event: "RFC 9051 (IMAP4rev2) obsoletes RFC 3501.",
      sources: [rfcSource(9051)]
    }
  ],
  explanation: "Port 143 is IMAP, the protocol that keeps your mail on the server and syncs folders and flags across devices. The session starts in plaintext and is upgraded with STARTTLS; a client must refuse to log in without it (a server that advertises LOGINDISABLED enforces this). Current standards prefer 993, where TLS starts immediately.",
  blocking: "Outbound connections to 143 are rarely blocked.",
  notFor: [],
  sources: [rfcSource(3501, "6.2.1"), rfcSource(9051), ianaSource(143)]
};
var port993 = {
  port: 993,
  title: "IMAP over implicit TLS (imaps)",
  protocol: "imap",
  role: "retrieval",
  tls: "implicit",
  tlsRequired: true,
  standing: "recommended",
  iana: ["imaps"],
  ianaAssignments: [
    ianaRow(993, "imaps", "IMAP over TLS protocol", { sources: [ianaSource(993), rfcSource(8314, "7.2")] }),
    reservedUdp(993)
  ],
  alsoKnownAs: ["SSL/TLS (in client settings)"],
  specs: [
    {
      rfc: 8314,
      section: "3.2",
      title: "Implicit TLS for IMAP",
      says: 'On the "imaps" service (port 993) the TLS handshake starts immediately, before any IMAP data.',
      source: rfcSource(8314, "3.2")
    },
    {
      rfc: 8314,
      section: "7.2",
      title: "IANA Considerations: imaps",
      says: "Updates the IANA registration of imaps on TCP 993 to reference RFC 8314.",
      source: rfcSource(8314, "7.2")
    },
    tlsMinimum
  ],
  history: [
    discouraged1999,
    {
      date: "2018-01",
      event: "RFC 8314 reverses that: it recommends implicit TLS (§3) and updates the imaps registration (§7.2).",
      sources: [RFC8314_3, rfcSource(8314, "7.2")]
    },
    { date: "2021-03", event: "RFC 8997 makes TLS 1.2 the minimum.", sources: [RFC8997] }
  ],
  explanation: "Port 993 is IMAP with TLS from the first byte: nothing, not even the server’s greeting, travels in plaintext. The IETF discouraged this separate port in 1999 and endorsed it again in 2018 (RFC 8314); it is what an IMAP client should use today.",
  blocking: "Outbound connections to 993 are rarely blocked.",
  notFor: [],
  sources: [RFC8314_3, rfcSource(8314, "7.2"), ianaSource(993)]
};
var MAILBOX_PORTS = [port110, port995, port143, port993];
var SOURCES = {
  sesSmtp: {
    label: "Amazon SES: Connecting to an Amazon SES SMTP endpoint",
    url: "https://docs.aws.amazon.com/ses/latest/dg/smtp-connect.html"
  },
  sendgridSmtp: {
    label: "Twilio SendGrid: Integrating with the SMTP API (SMTP ports)",
    url: "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api"
  },
  resendSmtp: {
    label: "Resend changelog: SMTP Service (ports 465/2465 and 25/587/2587)",
    url: "https://resend.com/changelog/smtp-service"
  },
  gcpSendingMail: {
    label: "Google Cloud: Sending email from an instance",
    url: "https://cloud.google.com/compute/docs/tutorials/sending-mail"
  },
  wikipediaSmtpPorts: {
    label: 'Wikipedia: Simple Mail Transfer Protocol, "Ports"',
    url: "https://en.wikipedia.org/wiki/Simple_Mail_Transfer_Protocol#Ports"
  },
  smtpsHistory: {
    label: 'Shivering Isles: "smtps is dead, long live submissions" (2020; smtps registered 1997, revoked 1998)',
    url: "https://shivering-isles.com/til/2020/07/smtps-is-dead-long-live-submissions"
  },
  taoOfIetf: {
    label: 'RFC 1539, The Tao of IETF, "Humble Beginnings" (first IETF meeting, January 1986)',
    url: "https://www.rfc-editor.org/rfc/rfc1539"
  },
  noStarttls: {
    label: 'Poddebniak et al., "Why TLS is better without STARTTLS" (USENIX Security 2021)',
    url: "https://nostarttls.secvuln.info/"
  },
  mmitechBlocks: {
    label: "mmitech.info KB: Restricted services (blocks 25, 26, 465, 587 and 2525)",
    url: "https://mmitech.info/index.php?rp=%2Fknowledgebase%2F9%2FRestricted-Services-on-Our-Platform-Ensuring-Security-and-Integrity.html"
  },
  ietfJournal100: {
    label: 'IETF Journal: "Celebrating 100 Meetings" (2017; IMAP defined in 1986)',
    url: "https://www.ietfjournal.org/celebrating-100-meetings/"
  }
};
var NOT_FOR_RELAY = {
  role: "relay",
  why: "MX records cannot name a port, so mail between servers always goes to port 25.",
  sources: [rfcSource(8314, "7.3")]
};
var RFC2033 = rfcSource(2033);
var RFC5804 = rfcSource(5804);
var port24 = {
  port: 24,
  title: "LMTP to the mailbox store (local convention)",
  protocol: "lmtp",
  role: "local-delivery",
  tls: "none",
  tlsRequired: false,
  standing: "unofficial",
  iana: [],
  ianaAssignments: [
    ianaRow(24, "", "any private mail system"),
    ianaRow(24, "", "any private mail system", { transport: "udp" })
  ],
  alsoKnownAs: ["priv-mail", "lmtp"],
  specs: [
    {
      rfc: 2033,
      title: "Local Mail Transfer Protocol",
      says: 'LMTP is SMTP adapted for final delivery to a mailbox store, used only by prior arrangement; it "MUST NOT be used on TCP port 25".',
      source: RFC2033
    }
  ],
  history: [
    {
      date: "1996-10",
      event: "RFC 2033 (John Myers) defines LMTP for delivery inside one site and forbids it on port 25.",
      sources: [RFC2033]
    }
  ],
  explanation: 'Port 24 is where many mail systems (Dovecot, Cyrus) run LMTP: the mail server uses it to hand accepted messages to the mailbox store. It is internal plumbing, not a port for mail programs, and should not be reachable from the internet. IANA lists 24 only as "any private mail system"; LMTP itself has no assigned port, and often runs over a local socket instead.',
  blocking: "Not relevant: it should be reachable only inside the site.",
  notFor: [
    { role: "submission", why: "LMTP has no authentication step for users.", sources: [RFC2033] },
    {
      role: "relay",
      why: "LMTP must not be used on port 25 or for relay between sites.",
      sources: [RFC2033]
    }
  ],
  sources: [RFC2033, ianaSource(24)]
};
var port4190 = {
  port: 4190,
  title: "ManageSieve (server-side mail filters)",
  protocol: "managesieve",
  role: "filter-management",
  tls: "starttls",
  tlsRequired: false,
  standing: "recommended",
  iana: ["sieve"],
  ianaAssignments: [
    ianaRow(4190, "sieve", "ManageSieve Protocol", { sources: [ianaSource(4190), RFC5804] }),
    reservedUdp(4190)
  ],
  alsoKnownAs: ["managesieve"],
  specs: [
    {
      rfc: 5804,
      title: "A Protocol for Remotely Managing Sieve Scripts",
      says: "Defines ManageSieve on port 4190, with STARTTLS and SASL authentication.",
      source: RFC5804
    }
  ],
  history: [
    {
      date: "2010-07",
      event: 'RFC 5804 registers ManageSieve as "sieve" on 4190.',
      sources: [RFC5804]
    }
  ],
  explanation: "Port 4190 is ManageSieve: mail programs use it to upload server-side filter rules (Sieve scripts), such as vacation replies or sorting into folders. The session starts in plaintext and is upgraded with STARTTLS before the password is sent.",
  blocking: "No known provider blocks it.",
  notFor: [],
  sources: [RFC5804, ianaSource(4190)]
};
function sendingServiceAlternative(alternative) {
  const { port, standardPort, tls, iana } = alternative;
  const mode = tls === "implicit" ? "implicit TLS" : "STARTTLS";
  return {
    port,
    title: `Alternative to ${standardPort} offered by Amazon SES and Resend (${mode})`,
    protocol: "smtp",
    role: "submission",
    tls,
    tlsRequired: tls === "implicit",
    standing: "unofficial",
    iana: [iana.service],
    ianaAssignments: [
      ianaRow(port, iana.service, iana.description, { mailRelated: false }),
      ianaRow(port, iana.service, iana.description, { transport: "udp", mailRelated: false })
    ],
    alsoKnownAs: [alternative.alsoKnownAs],
    specs: [],
    history: [],
    explanation: `Port ${port} is not a standard mail port: IANA has it registered to an unrelated service. Amazon SES offers STARTTLS on 25, 587 and 2587 and TLS Wrapper (implicit TLS) on 465 and 2465; Resend documents the same pairs. Use ${port} only with a service that documents it, and only when ${standardPort} is blocked${alternative.advice ?? ""}.`,
    blocking: "Not covered by RFC 5068; offered for networks that block the standard ports.",
    notFor: [NOT_FOR_RELAY],
    sources: [SOURCES.sesSmtp, SOURCES.resendSmtp, ianaSource(port)]
  };
}
var port2465 = sendingServiceAlternative({
  port: 2465,
  standardPort: 465,
  tls: "implicit",
  iana: { service: "lbm", description: "Load Balance Management" },
  alsoKnownAs: "SES TLS Wrapper port"
});
var port2587 = sendingServiceAlternative({
  port: 2587,
  standardPort: 587,
  tls: "starttls",
  iana: { service: "masc", description: "MASC" },
  alsoKnownAs: "SES STARTTLS port",
  advice: "; require the STARTTLS upgrade as on 587"
});
var NEIGHBOUR_PORTS = [port24, port4190, port2465, port2587];
var port2525 = {
  port: 2525,
  title: "Alternative submission port (vendor convention, not standard)",
  protocol: "smtp",
  role: "submission",
  tls: "starttls",
  tlsRequired: false,
  standing: "unofficial",
  iana: ["ms-v-worlds"],
  ianaAssignments: [
    ianaRow(2525, "ms-v-worlds", "MS V-Worlds", { mailRelated: false }),
    ianaRow(2525, "ms-v-worlds", "MS V-Worlds", { transport: "udp", mailRelated: false })
  ],
  alsoKnownAs: ["alternate SMTP port"],
  specs: [
    {
      rfc: 6409,
      title: "Message Submission for Mail",
      says: "Names 587 as the submission port; 2525 is not a standard submission port.",
      source: rfcSource(6409)
    },
    {
      rfc: 8314,
      section: "7.3",
      title: "IANA Considerations: submissions",
      says: "Registers 465 as the other submission port; 2525 is not registered for mail.",
      source: rfcSource(8314, "7.3")
    }
  ],
  history: [],
  explanation: "Port 2525 is not a mail port in any standard: IANA lists an unrelated service there. Some email sending services also listen on it as a way around networks that block 25 or 587; SendGrid, for example, documents 25, 2525 and 587 for plaintext or STARTTLS connections. The security mode depends on the service, so check its documentation. Use 2525 only when the service documents it and 465 and 587 are blocked.",
  blocking: "Not covered by RFC 5068; some hosts block it along with the standard ports, others leave it open.",
  notFor: [NOT_FOR_RELAY],
  sources: [ianaSource(2525), SOURCES.sendgridSmtp, SOURCES.wikipediaSmtpPorts]
};
var RFC8314_32 = rfcSource(8314, "3");
var RFC8314_332 = rfcSource(8314, "3.3");
var RFC8314_73 = rfcSource(8314, "7.3");
var RFC5068 = rfcSource(5068);
var RFC6409 = rfcSource(6409);
var port25 = {
  port: 25,
  title: "SMTP relay between mail servers (MX)",
  protocol: "smtp",
  role: "relay",
  tls: "starttls",
  tlsRequired: false,
  standing: "recommended",
  iana: ["smtp"],
  ianaAssignments: [
    ianaRow(25, "smtp", "Simple Mail Transfer"),
    ianaRow(25, "smtp", "Simple Mail Transfer", { transport: "udp" })
  ],
  alsoKnownAs: ["MX port", "SMTP port"],
  specs: [
    {
      rfc: 821,
      section: "A",
      title: "Simple Mail Transfer Protocol (1982, obsolete): TCP Transport service",
      says: 'SMTP "is assigned the service port 25 (31 octal)".',
      source: rfcSource(821, "A")
    },
    {
      rfc: 5321,
      title: "Simple Mail Transfer Protocol",
      says: "The current SMTP specification (obsoletes RFC 2821, which obsoleted RFC 821).",
      source: rfcSource(5321)
    },
    {
      rfc: 5321,
      section: "4.5.3.2",
      title: "Timeouts",
      says: 'A client should wait at least 5 minutes for the greeting and for the MAIL and RCPT replies, 2 for the reply to DATA and 10 for the reply after the final ".".',
      source: rfcSource(5321, "4.5.3.2")
    },
    {
      rfc: 3207,
      section: "4",
      title: "SMTP Service Extension for Secure SMTP over TLS",
      says: "STARTTLS upgrades the plaintext session; a publicly referenced server must not require it, so TLS between MX servers is opportunistic.",
      source: rfcSource(3207, "4")
    },
    {
      rfc: 3207,
      section: "4.2",
      title: "Result of the STARTTLS Command",
      says: "After TLS starts, the client must discard what it learned before and should send EHLO again.",
      source: rfcSource(3207, "4.2")
    },
    {
      rfc: 5068,
      title: "Email Submission Operations: Access and Accountability Requirements (BCP 134)",
      says: "Access providers may block outbound port 25 from their users, but must not block submission on 587.",
      source: RFC5068
    }
  ],
  history: [
    {
      date: "1981-11",
      event: 'RFC 788, by Jon Postel at USC’s Information Sciences Institute, is the first RFC named "Simple Mail Transfer Protocol".',
      sources: [rfcSource(788)],
      unverified: "That RFC 788 already names port 25 is widely repeated, but its appendix could not be checked here; the earliest text checked that assigns 25 is RFC 821 Appendix A."
    },
    {
      date: "1982-08",
      event: 'RFC 821, also by Jon Postel at USC/ISI, obsoletes RFC 788; its Appendix A assigns SMTP "the service port 25".',
      sources: [rfcSource(821, "A")]
    },
    {
      date: "1995-11",
      event: "RFC 1869 adds service extensions (EHLO): ESMTP.",
      sources: [rfcSource(1869)]
    },
    {
      date: "1999-01",
      event: "RFC 2487 (Paul Hoffman) defines STARTTLS, so TLS runs on port 25 itself, not on a separate port.",
      sources: [rfcSource(2487)]
    },
    {
      date: "2001-04",
      event: "RFC 2821 obsoletes RFC 821 (and RFC 1869, folding the extension mechanism in).",
      sources: [rfcSource(2821)]
    },
    {
      date: "2002-02",
      event: "RFC 3207 replaces RFC 2487 as the STARTTLS specification.",
      sources: [rfcSource(3207)]
    },
    {
      date: "2007-11",
      event: "RFC 5068 (BCP 134) accepts that access providers block outbound port 25 and protects 587.",
      sources: [RFC5068],
      unverified: "The publication month and the section that says so were not checked against the RFC text."
    },
    {
      date: "2008-10",
      event: "RFC 5321 obsoletes RFC 2821 and is the current SMTP specification.",
      sources: [rfcSource(5321)]
    },
    {
      date: "2015-10",
      event: "RFC 7672 defines DANE for SMTP: TLSA records make port-25 TLS verifiable with DNSSEC.",
      sources: [rfcSource(7672)]
    },
    {
      date: "2018-09",
      event: "RFC 8461 (MTA-STS) and RFC 8460 (TLS reporting) let domains require TLS on port 25.",
      sources: [rfcSource(8461), rfcSource(8460)]
    }
  ],
  explanation: "Port 25 is where mail servers hand messages to each other: when your provider delivers a message to another domain, it looks up that domain’s MX record and connects to port 25 there. MX records cannot name another port, so relay always happens on 25. Encryption is negotiated with STARTTLS and is opportunistic unless the receiving domain publishes MTA-STS or DANE. Mail programs and web sites should not send through 25: they submit on 465 or 587 with a password, and many networks block outbound 25 to stop spam from infected machines.",
  blocking: "Blocked or throttled outbound on most clouds (Google Cloud, AWS, Azure, DigitalOcean, Linode, Hetzner, Vultr, Oracle) and on many residential networks, as RFC 5068 allows.",
  notFor: [
    {
      role: "submission",
      why: "Mail clients submit on 465 or 587 with authentication; 25 is for relay and is often blocked outbound.",
      sources: [rfcSource(6409, "4.3"), RFC5068]
    }
  ],
  sources: [rfcSource(5321), rfcSource(3207, "4"), ianaSource(25), RFC5068]
};
var port587 = {
  port: 587,
  title: "Message submission (STARTTLS)",
  protocol: "smtp",
  role: "submission",
  tls: "starttls",
  tlsRequired: false,
  standing: "supported",
  iana: ["submission"],
  ianaAssignments: [
    ianaRow(587, "submission", "Message Submission"),
    ianaRow(587, "submission", "Message Submission", { transport: "udp" })
  ],
  alsoKnownAs: ["MSA port", "TLS (in client settings)"],
  specs: [
    {
      rfc: 6409,
      title: "Message Submission for Mail (STD 72)",
      says: 'Splits submission from relay: relay stays on 25, submission is "normally over port 587".',
      source: RFC6409
    },
    {
      rfc: 6409,
      section: "4.3",
      title: "Require Authentication",
      says: "The MSA must by default refuse MAIL (reply 530) until the session is authenticated, unless it is authorised some other way, such as a protected subnetwork.",
      source: rfcSource(6409, "4.3")
    },
    {
      rfc: 8314,
      section: "3.3",
      title: "Implicit TLS for SMTP Submission",
      says: "For a transition period of several years, clients and servers should implement both STARTTLS on 587 and implicit TLS on 465.",
      source: RFC8314_332
    },
    {
      rfc: 8314,
      section: "4.1",
      title: "Deprecation of Services Using Cleartext and TLS Versions Less Than 1.1",
      says: "Deprecates cleartext submission (and TLS below 1.1): STARTTLS is expected before AUTH.",
      source: rfcSource(8314, "4.1")
    },
    {
      rfc: 5068,
      title: "Email Submission Operations (BCP 134)",
      says: "Access providers must not block users from reaching the submission port 587.",
      source: RFC5068
    }
  ],
  history: [
    {
      date: "1998-12",
      event: "RFC 2476 (R. Gellens and J. Klensin) splits message submission from relay and assigns port 587.",
      sources: [rfcSource(2476)]
    },
    {
      date: "2006-04",
      event: "RFC 4409 replaces RFC 2476.",
      sources: [rfcSource(4409)]
    },
    {
      date: "2011-11",
      event: "RFC 6409 replaces RFC 4409 and becomes Internet Standard 72.",
      sources: [RFC6409]
    },
    {
      date: "2018-01",
      event: "RFC 8314 recommends implicit TLS for submission (465) and keeps 587 with STARTTLS for the transition.",
      sources: [RFC8314_32, RFC8314_332]
    }
  ],
  explanation: "Port 587 is the submission port: your mail program or web site logs in here to hand over a new message, and your provider delivers it onwards. The connection starts in plaintext and is upgraded with STARTTLS, so a client must insist on the upgrade: if it accepts a server that does not offer STARTTLS, an attacker on the path can strip it. Current standards (RFC 8314) prefer 465, where TLS starts immediately; 587 remains widely supported and networks are told not to block it.",
  blocking: "Rarely blocked: RFC 5068 tells access providers not to block it. Linode restricts it for new accounts until lifted; a few hosts block it too.",
  notFor: [NOT_FOR_RELAY],
  sources: [RFC6409, RFC8314_332, ianaSource(587), RFC5068]
};
var port465 = {
  port: 465,
  title: "Message submission over implicit TLS (submissions)",
  protocol: "smtp",
  role: "submission",
  tls: "implicit",
  tlsRequired: true,
  standing: "recommended",
  iana: ["urd", "submissions"],
  ianaAssignments: [
    ianaRow(465, "urd", "URL Rendezvous Directory for SSM", { mailRelated: false }),
    ianaRow(465, "submissions", "Message Submission over TLS protocol", {
      registered: "2017-12-12",
      sources: [ianaSource(465), RFC8314_73]
    }),
    ianaRow(465, "igmpv3lite", "IGMP over UDP for SSM", { transport: "udp", mailRelated: false }),
    ianaRow(465, "smtps", "SMTP over SSL (registered briefly, then revoked; no longer listed)", {
      status: "revoked",
      sources: [RFC8314_73]
    })
  ],
  alsoKnownAs: ["smtps", "SSL/TLS (in client settings)"],
  specs: [
    {
      rfc: 8314,
      section: "3",
      title: "Implicit TLS",
      says: "Recommends implicit TLS for POP, IMAP and SMTP submission over STARTTLS.",
      source: RFC8314_32
    },
    {
      rfc: 8314,
      section: "3.3",
      title: "Implicit TLS for SMTP Submission",
      says: 'On the "submissions" service (default port 465) the TLS handshake starts immediately; during the transition clients and servers should offer both 465 and STARTTLS on 587.',
      source: RFC8314_332
    },
    {
      rfc: 8314,
      section: "7.3",
      title: "IANA Considerations: submissions",
      says: 'Registers "submissions" on TCP 465 as a one-time exception, and tells why: "smtps" was briefly registered, made no sense because MX cannot name a port, was revoked and reassigned, yet widely deployed software kept using 465 for submission.',
      source: RFC8314_73
    }
  ],
  history: [
    {
      date: "1997",
      event: 'IANA registers "smtps" (SMTP over SSL) on 465; no RFC defines it.',
      sources: [RFC8314_73, SOURCES.smtpsHistory],
      unverified: "The year comes from secondary accounts; RFC 8314 §7.3 says only that the registration was brief, and the registry no longer shows revoked rows."
    },
    {
      date: "1998",
      event: 'The smtps registration is revoked (RFC 8314 §7.3: it "made no sense" since MX records cannot name a port) and 465 is later reassigned to "urd" (URL Rendezvous Directory for SSM).',
      sources: [RFC8314_73, SOURCES.smtpsHistory, ianaSource(465)],
      unverified: "The year of the revocation comes from secondary accounts; RFC 8314 gives no date."
    },
    {
      date: "1999-01",
      event: "RFC 2487 standardises STARTTLS on the SMTP port itself, the route the IETF took instead.",
      sources: [rfcSource(2487)]
    },
    {
      date: "1999-06",
      event: "RFC 2595 §7 discourages separate TLS ports for IMAP and POP3 (imaps, pop3s) in favour of STARTTLS and STLS.",
      sources: [rfcSource(2595, "7")]
    },
    {
      date: "2017-12-12",
      event: 'IANA records "submissions" on TCP 465 (the registry’s registration date), assigned to the IESG alongside "urd".',
      sources: [ianaSource(465), RFC8314_73]
    },
    {
      date: "2018-01",
      event: 'RFC 8314 publishes it: 465 is "submissions", implicit TLS, and implicit TLS is the recommended way to submit.',
      sources: [RFC8314_73, RFC8314_32]
    }
  ],
  explanation: 'Port 465 is submission with TLS from the first byte: your mail program opens an encrypted connection, then logs in and hands over the message. Nothing travels in plaintext, so there is no STARTTLS step for an attacker to strip. It had a confused past (registered as "smtps" in the 1990s, revoked, given to another service) but since RFC 8314 (2018) it is the official "submissions" port and the one current standards recommend. It is never used between mail servers.',
  blocking: "Usually open. Linode restricts it for new accounts and Hetzner blocks it on cloud servers until lifted.",
  notFor: [NOT_FOR_RELAY],
  sources: [RFC8314_332, RFC8314_73, ianaSource(465)]
};
var SMTP_PORTS = [port25, port465, port587, port2525];
var ALL_PORTS = [...SMTP_PORTS, ...MAILBOX_PORTS, ...NEIGHBOUR_PORTS];
var IANA_IMAP_CAPABILITIES = {
  label: "IANA IMAP Capabilities registry",
  url: "https://www.iana.org/assignments/imap-capabilities/imap-capabilities.xhtml"
};
var IANA_POP3_CAPABILITIES = {
  label: "IANA POP3 Extension Mechanism registry",
  url: "https://www.iana.org/assignments/pop3-extension-mechanism/pop3-extension-mechanism.xhtml"
};
function imap(keyword, meaning, spec) {
  return entry("imap", keyword, meaning, spec, IANA_IMAP_CAPABILITIES);
}
function pop3(keyword, meaning, spec) {
  return entry("pop3", keyword, meaning, spec, IANA_POP3_CAPABILITIES);
}
function entry(protocol, keyword, meaning, spec, registry) {
  const own = spec.rfc === null ? [] : [rfcSource(spec.rfc, spec.section)];
  return {
    protocol,
    keyword,
    match: spec.prefix === true ? "prefix" : "exact",
    rfc: spec.rfc,
    meaning,
    ...spec.matters === void 0 ? {} : { matters: spec.matters },
    sources: [...own, ...spec.sources ?? [registry]]
  };
}
[
  imap("IMAP4rev1", "The server speaks IMAP4rev1.", { rfc: 3501 }),
  imap("IMAP4rev2", "The server speaks IMAP4rev2, the current IMAP (obsoletes RFC 3501).", { rfc: 9051 }),
  imap("STARTTLS", "The server can upgrade this plaintext session to TLS.", {
    rfc: 3501,
    section: "6.2.1",
    matters: "After the upgrade the client must discard cached capabilities and ask again."
  }),
  imap("LOGINDISABLED", "The LOGIN command is refused on this connection (until TLS is active).", {
    rfc: 2595,
    section: "3.2",
    matters: "The client must not send LOGIN; on port 143 before STARTTLS it shows the server enforces TLS for passwords."
  }),
  imap("AUTH=", "A SASL mechanism the AUTHENTICATE command accepts, e.g. AUTH=PLAIN.", {
    rfc: 3501,
    section: "6.2.2",
    prefix: true,
    matters: "AUTH=PLAIN offered before TLS invites a readable password; servers must be able to refuse plaintext password mechanisms until TLS is active (RFC 9051 §6.2.2, RFC 2595 §2.3).",
    sources: [rfcSource(9051, "6.2.2"), rfcSource(2595, "2.3"), IANA_IMAP_CAPABILITIES]
  }),
  imap("SASL-IR", "AUTHENTICATE may carry the initial SASL response, saving a round trip.", { rfc: 4959 }),
  imap("IDLE", "The server pushes new-mail notifications while the client waits.", { rfc: 2177 }),
  imap("ID", "Client and server may exchange software names and versions.", {
    rfc: 2971,
    matters: "Servers often reveal their software and version here."
  }),
  imap("NAMESPACE", "The server describes its personal, shared and other-user folder prefixes.", {
    rfc: 2342
  }),
  imap("ENABLE", "The client may turn on extensions that change server behaviour.", { rfc: 5161 }),
  imap("UIDPLUS", "APPEND and COPY report the UIDs of the new messages.", { rfc: 4315 }),
  imap("MOVE", "Messages can be moved atomically between folders.", { rfc: 6851 }),
  imap("CONDSTORE", "Per-message modification sequences for fast resynchronisation.", { rfc: 7162 }),
  imap("QRESYNC", "Quick resynchronisation after reconnecting, including expunged messages.", { rfc: 7162 }),
  imap("LITERAL+", "Non-synchronising literals: the client need not wait before sending literal data.", {
    rfc: 7888
  }),
  imap("LITERAL-", "Non-synchronising literals limited to 4096 bytes.", { rfc: 7888 }),
  imap("UNSELECT", "Leaves a folder without expunging deleted messages.", { rfc: 3691 }),
  imap("SPECIAL-USE", "Folders are marked with their role (\\Sent, \\Drafts, \\Trash, …).", { rfc: 6154 }),
  imap("COMPRESS=DEFLATE", "The session can be compressed with DEFLATE.", {
    rfc: 4978,
    matters: "Compression inside TLS can leak secrets to an attacker who injects chosen text."
  }),
  imap("UTF8=ACCEPT", "The server accepts UTF-8 in mailbox names and headers.", { rfc: 6855 }),
  imap("QUOTA", "Quota usage and limits can be queried.", { rfc: 9208 }),
  imap("APPENDLIMIT", "Declares the largest message APPEND accepts.", { rfc: 7889 }),
  imap("CHILDREN", "LIST marks folders that have or lack subfolders.", { rfc: 3348 }),
  imap("ESEARCH", "SEARCH can return compact results (MIN, MAX, COUNT, ALL).", { rfc: 4731 }),
  imap("SORT", "The server sorts messages on request.", { rfc: 5256 }),
  imap("THREAD=", "The server threads messages with the named algorithm, e.g. THREAD=REFERENCES.", {
    rfc: 5256,
    prefix: true
  }),
  imap("X-GM-EXT-1", "Gmail extensions (labels, message and thread ids). Non-standard.", {
    rfc: null,
    sources: [
      {
        label: "Gmail IMAP Extensions",
        url: "https://developers.google.com/workspace/gmail/imap/imap-extensions"
      }
    ]
  })
];
[
  pop3("STLS", "The server can upgrade this plaintext session to TLS.", {
    rfc: 2595,
    section: "4",
    matters: "Without it on port 110, USER/PASS travel readable."
  }),
  pop3("USER", "USER/PASS login with a plaintext password is available.", {
    rfc: 2449,
    section: "6",
    matters: "Advertised before STLS it invites a readable password; RFC 2595 §2.3 requires servers to be able to refuse clear-text logins until TLS is active.",
    sources: [rfcSource(2595, "2.3"), IANA_POP3_CAPABILITIES]
  }),
  pop3("SASL", 'Lists the SASL mechanisms the AUTH command accepts, e.g. "SASL PLAIN SCRAM-SHA-256".', {
    rfc: 2449,
    section: "6",
    matters: "PLAIN or LOGIN offered before STLS invites a readable password."
  }),
  pop3("TOP", "TOP retrieves the headers and first lines of a message.", { rfc: 2449, section: "6" }),
  pop3("UIDL", "Messages have unique ids that persist across sessions.", { rfc: 2449, section: "6" }),
  pop3("PIPELINING", "The client may send several commands without waiting for each reply.", {
    rfc: 2449,
    section: "6"
  }),
  pop3("RESP-CODES", "Error replies carry bracketed response codes such as [IN-USE].", {
    rfc: 2449,
    section: "6"
  }),
  pop3("AUTH-RESP-CODE", "Adds the [AUTH] response code for failures caused by credentials.", { rfc: 3206 }),
  pop3("LOGIN-DELAY", "The minimum number of seconds between logins.", { rfc: 2449, section: "6" }),
  pop3("EXPIRE", "How long the server keeps messages after they are retrieved (NEVER, days).", {
    rfc: 2449,
    section: "6"
  }),
  pop3("IMPLEMENTATION", "Free-text name of the server software.", {
    rfc: 2449,
    section: "6",
    matters: "Often reveals the software and version."
  }),
  pop3("UTF8", "The server accepts UTF-8 user names and can send UTF-8 messages.", { rfc: 6856 }),
  pop3("APOP", "Not a CAPA tag: a <timestamp> in the greeting offers APOP, an MD5 digest login.", {
    rfc: 1939,
    section: "7",
    matters: "APOP avoids sending the password but uses MD5 over a shared secret, which the server must store readable; it is not a substitute for TLS."
  })
];
var IANA_SMTP_EXTENSIONS = {
  label: "IANA SMTP Service Extensions registry",
  url: "https://www.iana.org/assignments/mail-parameters/mail-parameters.xhtml"
};
function extension(keyword, rfc, meaning, extra = {}) {
  const own = rfc === null ? [] : [rfcSource(rfc, extra.section)];
  return {
    protocol: "smtp",
    keyword,
    match: "exact",
    rfc,
    meaning,
    ...extra.matters === void 0 ? {} : { matters: extra.matters },
    sources: [...own, ...extra.sources ?? [IANA_SMTP_EXTENSIONS]]
  };
}
[
  extension("STARTTLS", 3207, "The server can upgrade this session to TLS (originally RFC 2487).", {
    matters: "On 25 and 587 the only way to encrypt. After the upgrade the client must forget the earlier EHLO reply and ask again (RFC 3207 §4.2); bytes that arrive before the handshake are an injection."
  }),
  extension("AUTH", 4954, "Lists the SASL mechanisms the server accepts for AUTH (originally RFC 2554).", {
    section: "4",
    matters: "Offered before TLS it invites clients to send passwords in plaintext; a server must be able to refuse plaintext password mechanisms until STARTTLS has been negotiated (RFC 4954 §4)."
  }),
  extension("SIZE", 1870, "Declares the largest message the server accepts, in bytes; SIZE= on MAIL FROM."),
  extension("PIPELINING", 2920, "The client may send several commands without waiting for each reply."),
  extension("8BITMIME", 6152, "Accepts 8-bit message bodies (originally RFC 1652)."),
  extension("SMTPUTF8", 6531, "Accepts UTF-8 in addresses and headers (internationalised email)."),
  extension("CHUNKING", 3030, "Accepts the message in BDAT chunks instead of DATA with dot-stuffing."),
  extension("BINARYMIME", 3030, "Accepts binary MIME bodies; only usable together with CHUNKING."),
  extension("DSN", 3461, "Supports delivery status notification requests (NOTIFY=, RET=, ENVID=, ORCPT=)."),
  extension(
    "ENHANCEDSTATUSCODES",
    2034,
    "Replies carry enhanced status codes such as 5.7.0, which say more precisely what went wrong."
  ),
  extension("ETRN", 1985, "A client may ask the server to start delivering mail queued for a domain."),
  extension("DELIVERBY", 2852, "A sender may ask that a message be delivered within a time limit."),
  extension("BURL", 4468, "Submission can fetch message content from an IMAP URL (used with URLAUTH)."),
  extension("MT-PRIORITY", 6710, "Messages may carry a transfer priority."),
  extension("REQUIRETLS", 8689, "A sender may require TLS on every hop of this message.", {
    matters: "Only meaningful when advertised after STARTTLS."
  }),
  extension(
    "LIMITS",
    9422,
    "Announces limits such as recipients per transaction and transactions per session."
  ),
  extension("VRFY", 5321, "The server answers VRFY (verify a mailbox name).", {
    section: "3.5",
    matters: "Answering VRFY truthfully lets anyone enumerate mailboxes; many servers disable it.",
    sources: []
  }),
  extension("EXPN", 5321, "The server answers EXPN (expand a mailing list).", {
    section: "3.5",
    matters: "Exposes list membership; usually disabled.",
    sources: []
  }),
  extension("HELP", 5321, "The server answers HELP.", { section: "4.1.1.8", sources: [] }),
  extension("PRDR", null, "Per-recipient data responses after DATA (Internet-Draft; Exim, Postfix).", {
    sources: [
      {
        label: "draft-hall-prdr: SMTP Per-Recipient Data Responses",
        url: "https://datatracker.ietf.org/doc/html/draft-hall-prdr-00"
      }
    ]
  }),
  extension(
    "XCLIENT",
    null,
    "Postfix extension letting a trusted proxy pass the original client’s details.",
    {
      matters: "If offered to untrusted clients, they can spoof their address; a probe should flag it.",
      sources: [{ label: "Postfix XCLIENT README", url: "https://www.postfix.org/XCLIENT_README.html" }]
    }
  ),
  extension("XFORWARD", null, "Postfix extension letting a trusted content filter forward client details.", {
    sources: [{ label: "Postfix XFORWARD README", url: "https://www.postfix.org/XFORWARD_README.html" }]
  })
];
[
  {
    id: "465-smtps-not-ssl-performed-badly",
    quote: "Port 465 was initially created for SMTPS and not SSL, but the function didn’t perform well, and for that reason, the port was reassigned to a different function.",
    verdict: "wrong",
    correction: 'SMTPS is SMTP over SSL, so there is no contrast. Nothing "performed badly": RFC 8314 §7.3 says the brief "smtps" registration made no sense because MX records cannot name a port, so it was revoked, and 465 went to an unrelated service, "urd"; the IETF standardised STARTTLS on the existing port instead (RFC 2487, 1999). Since RFC 8314 (2018) 465 is registered again, as "submissions": submission over implicit TLS.',
    ports: [465],
    sources: [rfcSource(8314, "7.3"), rfcSource(2487), ianaSource(465)]
  },
  {
    id: "smtp-no-longer-supports-465",
    quote: "SMTP does not support port 465 anymore, and as its alternative, ports 587 and 2525 do a great job. But if these two do not work, then go with port 465.",
    verdict: "outdated",
    correction: 'Outdated since January 2018: 465 is the IANA "submissions" port, RFC 8314 §3 recommends implicit TLS for submission, and §3.3 keeps STARTTLS on 587 alongside it during the transition. The order is 465, then 587; 2525 is a non-standard last resort. Only MX relay does not use 465.',
    ports: [465, 587, 2525],
    sources: [rfcSource(8314, "3"), rfcSource(8314, "3.3"), rfcSource(8314, "7.3")]
  },
  {
    id: "587-is-the-default",
    quote: "Port number 587 is the default port for SMTP submission, but you can also use other ports for SMTP submission.",
    verdict: "outdated",
    correction: "True from 1998 to 2018. Today RFC 8314 recommends implicit TLS on 465 (§3) and keeps STARTTLS on 587 for the transition (§3.3). Either way the server requires authentication (RFC 6409 §4.3), and networks are told not to block 587 (RFC 5068).",
    ports: [587, 465],
    sources: [rfcSource(8314, "3"), rfcSource(8314, "3.3"), rfcSource(6409, "4.3"), rfcSource(5068)]
  },
  {
    id: "2525-unofficial-alternative",
    quote: "Port 2525 is not official or something that IETF recognizes. Still, it is an alternative port for 587 for submission.",
    verdict: "incomplete",
    correction: 'True, but IANA assigns 2525 to an unrelated service (ms-v-worlds, "MS V-Worlds"), the TLS mode on 2525 depends on the sending service, Amazon SES and Resend use 2587 and 2465 instead, and some hosts block 2525 too. The services that offer it are email-sending services such as SendGrid, not cloud providers.',
    ports: [2525, 2587, 2465],
    sources: [ianaSource(2525), SOURCES.sendgridSmtp, SOURCES.sesSmtp, SOURCES.mmitechBlocks]
  },
  {
    id: "2525-not-blocked",
    quote: "People use this port because most hosting providers do not reject or block 2525’s connection.",
    verdict: "incomplete",
    correction: "Most clouds leave 2525 open, but they leave 587 open too (Google Cloud, DigitalOcean, Azure, Hetzner); the port they block is 25. RFC 5068 protects 587, not 2525, and some hosts block 2525 along with the mail ports. Try 465 and 587 first.",
    ports: [2525, 587, 25],
    sources: [rfcSource(5068), SOURCES.mmitechBlocks, SOURCES.gcpSendingMail]
  },
  {
    id: "587-secure-whenever-you-want",
    quote: "But port 587 supports TLS, which means you can submit emails and secure the transmission whenever you want.",
    verdict: "wrong",
    correction: 'STARTTLS on 587 is negotiated in plaintext: an attacker on the path can delete "250 STARTTLS" so a lenient client carries on unencrypted (RFC 3207 §6), and STARTTLS implementations have had injection bugs. It is as safe as 465 only when both sides require TLS before any mail or password (RFC 8314 §3.3); not "whenever you want". Better, use implicit TLS on 465 (RFC 8314 §3).',
    ports: [587],
    sources: [rfcSource(3207, "6"), rfcSource(8314, "3"), rfcSource(8314, "3.3"), SOURCES.noStarttls]
  },
  {
    id: "1982-usc-default-port-25",
    quote: "In 1982, the default transmission channel for sending emails was port 25, which the University of Southern California released by requesting the service from the Internet Engineering Task Force (IETF).",
    verdict: "wrong",
    correction: 'SMTP was first published as RFC 788 in November 1981; RFC 821 (August 1982), whose Appendix A assigns port 25, was written by Jon Postel at USC’s Information Sciences Institute and published as an RFC. Nobody requested it from the IETF: the IETF first met in January 1986. 25 is the assigned relay port, not a "default", and RFC 821 is obsolete: SMTP is RFC 5321.',
    ports: [25],
    sources: [rfcSource(788), rfcSource(821, "A"), rfcSource(5321), SOURCES.taoOfIetf]
  },
  {
    id: "1998-gellens-klensin-587",
    quote: "In 1998, another request was made by R. Gellens and J. Klensin that said they wanted to add new specifications to the email communications.",
    verdict: "right",
    correction: 'Correct: RFC 2476 (December 1998, Gellens and Klensin) split submission from relay and assigned 587. It was replaced by RFC 4409 (2006) and RFC 6409 (2011, STD 72), which RFC 8314 updates. (The article’s "30 years later" is off: 1998 is 16 years after 1982.)',
    ports: [587],
    sources: [rfcSource(2476), rfcSource(4409), rfcSource(6409), rfcSource(8314)]
  },
  {
    id: "pop-imap-ports",
    quote: "In POP, the default ports are TCP ports that include 110 and 995. In IMAP, the default ports are 143 and 993. Both of them are TCP ports that process insecure as well as secure sessions.",
    verdict: "incomplete",
    correction: "The numbers are right, but 993 and 995 are TLS from the first byte while 110 and 143 start in plaintext and upgrade with STLS/STARTTLS. The IETF discouraged 993/995 in 1999 (RFC 2595 §7) and endorsed them again in 2018 (RFC 8314 §7.1, §7.2). IMAP is now IMAP4rev2 (RFC 9051), and TLS 1.2 is the minimum (RFC 8997).",
    ports: [110, 995, 143, 993],
    sources: [
      rfcSource(2595, "7"),
      rfcSource(8314, "7.1"),
      rfcSource(8314, "7.2"),
      rfcSource(9051),
      rfcSource(8997)
    ]
  },
  {
    id: "465-ssl-587-tls",
    quote: "Port 587 supports TLS submissions for a secure connection.",
    verdict: "incomplete",
    correction: 'The article implies "465 = SSL, 587 = TLS". Both use modern TLS (1.2 or later); the difference is when it starts: immediately on 465 (implicit TLS), after a plaintext STARTTLS exchange on 587.',
    ports: [465, 587],
    sources: [rfcSource(8314, "3"), rfcSource(8314, "3.3"), rfcSource(8997)]
  },
  {
    id: "four-smtp-ports",
    quote: "There are four SMTP ports including:",
    verdict: "incomplete",
    correction: "The standards define three, each with its own job: 25 for relay, 587 and 465 for submission. 2525 is a vendor convention; SES adds 2587 and 2465, and LMTP commonly uses 24 inside a site.",
    ports: [25, 587, 465, 2525],
    sources: [rfcSource(5321), rfcSource(6409), rfcSource(8314, "7.3"), ianaSource(2525)]
  },
  {
    id: "25-within-a-mail-server",
    quote: "For instance, port 25 transfers messages from one place to another within a mail server, but sometimes this port is blocked by ISPs and cloud providers like Google Cloud.",
    verdict: "wrong",
    correction: "Port 25 carries mail between mail servers (to the MX hosts of the recipient’s domain), not within one. The blocking part is right: Google Cloud blocks outbound 25 and RFC 5068 allows ISPs to.",
    ports: [25],
    sources: [rfcSource(5321), rfcSource(5068), SOURCES.gcpSendingMail]
  },
  {
    id: "25-useful-for-submission",
    quote: "Because this port is associated with spam emails sent from a vulnerable or compromised system, it may be useful in SMTP submission.",
    verdict: "wrong",
    correction: "Port 25 is for relay between servers; mail programs and web sites submit on 465 or 587 with authentication (RFC 6409, RFC 8314). Outbound 25 is blocked on most clouds for exactly that spam reason.",
    ports: [25],
    sources: [rfcSource(6409), rfcSource(8314, "3.3"), rfcSource(5068)]
  },
  {
    id: "imap-pop3-upload-mail",
    quote: "Sometimes email clients use IMAP or POP3 protocols to upload the emails to their servers, but that is another context.",
    verdict: "wrong",
    correction: 'IMAP and POP3 read mail; sending always goes through SMTP submission. RFC 9051 says so itself: IMAP "does not specify a means of posting mail", RFC 6409 does. IMAP APPEND only stores a copy (for example in Sent); it does not send anything.',
    ports: [143, 993, 110, 995],
    sources: [rfcSource(9051), rfcSource(1939), rfcSource(6409)]
  },
  {
    id: "ports-reflect-state",
    quote: "These ports can reflect the state of the email back to the server, no matter if it was marked as spam, read, or flagged.",
    verdict: "incomplete",
    correction: "That is IMAP (143/993), which keeps mail and its flags on the server. POP3 (110/995) downloads messages and has no flags or folders.",
    ports: [143, 993, 110, 995],
    sources: [rfcSource(9051), rfcSource(1939)]
  },
  {
    id: "ports-invented-because-25-blocked",
    quote: "That’s why when you attempt to connect an SMTP server to port 25, it will encounter problems because many services do not allow this port. That’s why various ports were invented.",
    verdict: "wrong",
    correction: "Port 587 was not invented to dodge blocking: RFC 2476 (1998) split message submission from relay so each could follow its own rules, such as requiring authentication for submission. Blocking outbound 25 came as ISPs fought spam, and RFC 5068 (BCP 134) relies on the split: block 25, never 587. 465 has its own history (RFC 8314 §7.3), and 2525 is a vendor convention.",
    ports: [25, 587, 465, 2525],
    sources: [rfcSource(2476), rfcSource(6409), rfcSource(5068), rfcSource(8314, "7.3")]
  },
  {
    id: "pop-imap-oldest",
    quote: "Both POP and IMAP are the oldest protocols created on the internet for email services such as Outlook, Thunderbird, etc., that help in retrieving emails from the server.",
    verdict: "wrong",
    correction: "Neither is the oldest mail protocol: SMTP was published in November 1981 (RFC 788), POP came later (RFC 918, replaced by RFC 937 in February 1985), and IMAP later still (1986). Today’s versions are POP3 (RFC 1939, 1996) and IMAP4rev2 (RFC 9051, 2021).",
    ports: [110, 995, 143, 993],
    sources: [rfcSource(788), rfcSource(937), SOURCES.ietfJournal100, rfcSource(1939), rfcSource(9051)]
  }
];
var CHECKED = "2026-11-25";
var PROVIDERS = [
  {
    id: "gcp",
    name: "Google Cloud (Compute Engine, GKE)",
    kind: "cloud",
    blocks: [{ port: 25, action: "blocked", accounts: "all projects, to external IP addresses" }],
    lift: {
      possible: "sometimes",
      how: "Google’s page offers no way to lift it and points to relays on 465, 587 or a non-standard port; one project’s setup guide says Google allowed outbound 25 for its organization on request."
    },
    alternatives: "Send through a relay service on 465 or 587 (both allowed), or a non-standard port.",
    sources: [
      SOURCES.gcpSendingMail,
      {
        label: "GitLab charts MR !647 (quotes the Google Cloud page: 465, 587 or a non-standard port)",
        url: "https://gitlab.com/gitlab-org/charts/gitlab/-/merge_requests/647"
      },
      {
        label: "GitLab MR !23275 (tested from GKE: 25 times out, 465 and 587 connect)",
        url: "https://gitlab.com/gitlab-org/gitlab-foss/-/merge_requests/23275"
      },
      {
        label: "google-cloud-self-hosted-smtp-server-email-sending README (asked Google to allow 25)",
        url: "https://github.com/marcusmonteirodesouza/google-cloud-self-hosted-smtp-server-email-sending"
      }
    ],
    lastVerified: CHECKED,
    evidence: "documented",
    unverified: "That Google can lift the block rests on one third-party report."
  },
  {
    id: "aws",
    name: "Amazon Web Services (EC2, Lambda)",
    kind: "cloud",
    blocks: [{ port: 25, action: "throttled", accounts: "all accounts by default" }],
    lift: {
      possible: true,
      how: 'Submit a "Request to Remove Email Sending Limitations" to remove the throttle.'
    },
    alternatives: "Amazon SES on 587/2587 (STARTTLS) or 465/2465 (implicit TLS), or any relay on 587/465.",
    sources: [SOURCES.sesSmtp],
    lastVerified: CHECKED,
    evidence: "documented"
  },
  {
    id: "azure",
    name: "Microsoft Azure",
    kind: "cloud",
    blocks: [
      {
        port: 25,
        action: "blocked",
        accounts: "all VM subscriptions except standard Enterprise Agreement ones (Enterprise Dev/Test included)"
      }
    ],
    lift: {
      possible: "sometimes",
      how: 'Enterprise Dev/Test subscriptions are exempted by running "Cannot send email (SMTP-Port 25)" under Diagnose and Solve; no exemption is offered to the other non-enterprise types.'
    },
    alternatives: "An authenticated SMTP relay, typically on 587, which Azure does not restrict for any subscription type.",
    sources: [
      {
        label: "Microsoft Learn: Troubleshoot outbound SMTP connectivity problems in Azure",
        url: "https://learn.microsoft.com/en-us/azure/virtual-network/troubleshoot-outbound-smtp-connectivity"
      },
      {
        label: "MicrosoftDocs/azure-docs: the same page’s source",
        url: "https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/virtual-network/troubleshoot-outbound-smtp-connectivity.md"
      }
    ],
    lastVerified: CHECKED,
    evidence: "documented",
    unverified: "The copy checked names only Enterprise Agreement as unblocked; newer versions of the page are reported to add Microsoft Customer Agreement for Enterprise (MCA-E)."
  },
  {
    id: "digitalocean",
    name: "DigitalOcean",
    kind: "cloud",
    blocks: [
      {
        port: 25,
        action: "blocked",
        accounts: "all Droplets of new accounts (older accounts may still send)"
      }
    ],
    lift: {
      possible: false,
      how: "The page offers no way to lift it and recommends a delivery service; a support reply quoted in a public gist (2019) says the restriction is not lifted."
    },
    alternatives: "A relay or email service on 587 or 465; DigitalOcean support names 587, 465, 993 and 995 as usable.",
    sources: [
      {
        label: "DigitalOcean Docs: Why is SMTP blocked?",
        url: "https://docs.digitalocean.com/support/why-is-smtp-blocked/"
      },
      {
        label: "Gist quoting a DigitalOcean support reply (port 25 only; 587, 465, 993, 995 usable)",
        url: "https://gist.github.com/tihoho/a795ea8813530c6088b07d6123f62216"
      },
      {
        label: "thekiharani.com: a 2026 report of 465 and 587 timing out from a new Droplet",
        url: "https://thekiharani.com/notes/why-your-vps-blocks-smtp-use-an-email-api"
      }
    ],
    lastVerified: CHECKED,
    evidence: "documented",
    unverified: "One 2026 user report describes 465 and 587 timing out from a new Droplet; DigitalOcean’s documentation names only 25."
  },
  {
    id: "linode",
    name: "Akamai Cloud (Linode)",
    kind: "cloud",
    blocks: [
      { port: 25, action: "blocked", accounts: "accounts created since 2019-11-05" },
      { port: 465, action: "blocked", accounts: "accounts created since 2019-11-05" },
      { port: 587, action: "blocked", accounts: "accounts created since 2019-11-05" }
    ],
    lift: {
      possible: true,
      how: "Set valid A records and reverse DNS for the Linode, then open a support ticket describing the use."
    },
    alternatives: "Lift the restriction by ticket, or use an email service on a port it documents.",
    sources: [
      {
        label: "Linode blog: A New Policy to Help Fight Spam (2019-11-05)",
        url: "https://www.linode.com/blog/linode/a-new-policy-to-help-fight-spam/"
      }
    ],
    lastVerified: CHECKED,
    evidence: "documented"
  },
  {
    id: "hetzner",
    name: "Hetzner Cloud",
    kind: "cloud",
    blocks: [
      { port: 25, action: "blocked", accounts: "all cloud servers by default" },
      { port: 465, action: "blocked", accounts: "all cloud servers by default" }
    ],
    lift: {
      possible: true,
      how: "After a month and the first paid invoice, file a limit request; decided case by case."
    },
    alternatives: "Port 587 to an external delivery service is not blocked and needs no request.",
    sources: [
      {
        label: 'Hetzner Docs: Cloud servers FAQ, "Why can I not send any mails from my server?"',
        url: "https://docs.hetzner.com/cloud/servers/faq/#why-can-i-not-send-any-mails-from-my-server"
      },
      {
        label: "LukeSmithxyz/emailwiz#317 (quotes the Hetzner FAQ)",
        url: "https://github.com/LukeSmithxyz/emailwiz/issues/317"
      }
    ],
    lastVerified: CHECKED,
    evidence: "documented"
  },
  {
    id: "vultr",
    name: "Vultr",
    kind: "cloud",
    blocks: [{ port: 25, action: "blocked", accounts: "new accounts by default" }],
    lift: {
      possible: "sometimes",
      how: "Support ticket. Reports differ: in 2024 users were refused (older accounts sometimes unblocked); a 2026 report says new accounts can ask after about a month."
    },
    alternatives: "A relay or email service on 587 or 465.",
    sources: [
      {
        label: "Vultr Docs: What ports are blocked?",
        url: "https://www.vultr.com/docs/what-ports-are-blocked"
      },
      {
        label: "LukeSmithxyz/emailwiz#313: Vultr now blocks port 25 (2024)",
        url: "https://github.com/LukeSmithxyz/emailwiz/issues/313"
      },
      {
        label: "LukeSmithxyz/emailwiz#172",
        url: "https://github.com/LukeSmithxyz/emailwiz/issues/172"
      },
      {
        label: "forwardemail/awesome-mail-server-providers#5 (2026: unblock can be requested after ~1 month)",
        url: "https://github.com/forwardemail/awesome-mail-server-providers/pull/5"
      }
    ],
    lastVerified: CHECKED,
    evidence: "reported"
  },
  {
    id: "oracle",
    name: "Oracle Cloud Infrastructure",
    kind: "cloud",
    blocks: [{ port: 25, action: "blocked", accounts: "by default; paid accounts can ask for removal" }],
    lift: { possible: "sometimes", how: "Paid accounts can request removal through support." },
    alternatives: "OCI Email Delivery: its current page lists TLS on 465, the submissions port (a February 2025 version listed 25 or 587); or another relay on 587 or 465.",
    sources: [
      {
        label: "analogic/mailserver#975 (Oracle blocks outbound SMTP; liftable on paid accounts)",
        url: "https://bitbucket.org/analogic/mailserver/issues/975/outbound-port-25-timeout-on-digital-ocean"
      },
      {
        label: "Oracle Docs: Configuring SMTP Connection (Email Delivery)",
        url: "https://docs.oracle.com/iaas/Content/Email/Tasks/configuresmtpconnection.htm"
      }
    ],
    lastVerified: CHECKED,
    evidence: "reported"
  },
  {
    id: "residential",
    name: "Residential and mobile access networks",
    kind: "residential-isp",
    blocks: [
      { port: 25, action: "may-block", accounts: "many consumer connections, dynamic addresses especially" }
    ],
    lift: {
      possible: "sometimes",
      how: "Some ISPs lift it for business plans or static addresses; ask the ISP."
    },
    alternatives: "Submission on 587 or 465, which RFC 5068 tells access providers not to block.",
    sources: [rfcSource(5068), SOURCES.wikipediaSmtpPorts],
    lastVerified: CHECKED,
    evidence: "documented",
    unverified: "Which ISPs block, and whether they lift it, varies by ISP and plan; no list is kept here."
  }
];
var IANA_SASL = {
  label: "IANA SASL Mechanisms registry",
  url: "https://www.iana.org/assignments/sasl-mechanisms/sasl-mechanisms.xhtml"
};
[
  {
    name: "PLAIN",
    rfc: 4616,
    status: "current",
    sendsSecretInClear: true,
    credentialOnWire: "password",
    needsTls: true,
    meaning: "Sends authorisation id, user name and password, base64-encoded. Safe only inside TLS.",
    sources: [rfcSource(4616), IANA_SASL]
  },
  {
    name: "LOGIN",
    rfc: null,
    status: "non-standard",
    sendsSecretInClear: true,
    credentialOnWire: "password",
    needsTls: true,
    meaning: "Sends user name and password as two base64 answers. Never standardised (an Internet-Draft), but widely deployed; safe only inside TLS.",
    sources: [
      {
        label: "draft-murchison-sasl-login: The LOGIN SASL Mechanism",
        url: "https://datatracker.ietf.org/doc/html/draft-murchison-sasl-login-00"
      },
      IANA_SASL
    ]
  },
  {
    name: "CRAM-MD5",
    rfc: 2195,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "challenge-response",
    needsTls: false,
    meaning: "Answers a server challenge with an HMAC-MD5 keyed by the password. The password is not sent, but a captured exchange can be attacked offline and the server must store the secret readable.",
    sources: [rfcSource(2195), IANA_SASL]
  },
  {
    name: "DIGEST-MD5",
    rfc: 2831,
    status: "obsolete",
    sendsSecretInClear: false,
    credentialOnWire: "challenge-response",
    needsTls: false,
    meaning: "Digest challenge-response; moved to Historic by RFC 6331 because of its weaknesses.",
    sources: [rfcSource(2831), rfcSource(6331), IANA_SASL]
  },
  {
    name: "SCRAM-SHA-1",
    rfc: 5802,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "salted-proof",
    needsTls: false,
    meaning: "Salted challenge-response: proves knowledge of the password without sending it; mutual.",
    sources: [rfcSource(5802), IANA_SASL]
  },
  {
    name: "SCRAM-SHA-256",
    rfc: 7677,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "salted-proof",
    needsTls: false,
    meaning: "SCRAM with SHA-256; the preferred password mechanism today.",
    sources: [rfcSource(7677), IANA_SASL]
  },
  {
    name: "SCRAM-SHA-256-PLUS",
    rfc: 7677,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "salted-proof",
    needsTls: true,
    meaning: "SCRAM-SHA-256 bound to the TLS channel, which also defeats a man in the middle.",
    sources: [rfcSource(7677), rfcSource(5802), IANA_SASL]
  },
  {
    name: "GSSAPI",
    rfc: 4752,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "kerberos-ticket",
    needsTls: false,
    meaning: "Kerberos V5 through GSS-API; the password never leaves the client.",
    sources: [rfcSource(4752), IANA_SASL]
  },
  {
    name: "EXTERNAL",
    rfc: 4422,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "external",
    needsTls: false,
    meaning: "Uses identity already established outside SASL, usually a TLS client certificate.",
    sources: [rfcSource(4422, "A"), IANA_SASL]
  },
  {
    name: "OAUTHBEARER",
    rfc: 7628,
    status: "current",
    sendsSecretInClear: false,
    credentialOnWire: "bearer-token",
    needsTls: true,
    meaning: "Sends an OAuth 2.0 bearer token instead of the password. Anyone who reads the token can reuse it until it expires, so TLS is required.",
    sources: [rfcSource(7628), IANA_SASL]
  },
  {
    name: "XOAUTH2",
    rfc: null,
    status: "non-standard",
    sendsSecretInClear: false,
    credentialOnWire: "bearer-token",
    needsTls: true,
    meaning: "Google and Microsoft predecessor of OAUTHBEARER: sends user name and OAuth 2.0 bearer token base64-encoded; the token is replayable, so TLS is required.",
    sources: [
      {
        label: "Google: OAuth 2.0 Mechanism (XOAUTH2)",
        url: "https://developers.google.com/gmail/imap/xoauth2-protocol"
      }
    ]
  },
  {
    name: "NTLM",
    rfc: null,
    status: "non-standard",
    sendsSecretInClear: false,
    credentialOnWire: "challenge-response",
    needsTls: false,
    meaning: "Microsoft NTLM challenge-response; weak hashes and relay attacks make it a poor choice.",
    sources: [
      {
        label: "[MS-SMTPNTLM] NTLM Authentication: SMTP Extension",
        url: "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-smtpntlm/"
      }
    ]
  }
];
var SUBMISSION = rfcSource(6186, "3.1");
var IMAP = rfcSource(6186, "3.2");
var POP3 = rfcSource(6186, "3.3");
[
  {
    label: "_submissions._tcp",
    protocol: "smtp",
    role: "submission",
    port: 465,
    tls: "implicit",
    sources: [rfcSource(8314, "5.1")]
  },
  {
    label: "_submission._tcp",
    protocol: "smtp",
    role: "submission",
    port: 587,
    tls: "starttls",
    sources: [SUBMISSION]
  },
  {
    label: "_imaps._tcp",
    protocol: "imap",
    role: "retrieval",
    port: 993,
    tls: "implicit",
    sources: [IMAP]
  },
  {
    label: "_imap._tcp",
    protocol: "imap",
    role: "retrieval",
    port: 143,
    tls: "starttls",
    sources: [IMAP]
  },
  {
    label: "_pop3s._tcp",
    protocol: "pop3",
    role: "retrieval",
    port: 995,
    tls: "implicit",
    sources: [POP3]
  },
  {
    label: "_pop3._tcp",
    protocol: "pop3",
    role: "retrieval",
    port: 110,
    tls: "starttls",
    sources: [POP3]
  }
];
[
  {
    id: "mta-sts",
    name: "SMTP MTA Strict Transport Security (MTA-STS)",
    rfc: 8461,
    published: "2018-09",
    where: 'TXT at _mta-sts.<domain> ("v=STSv1; id=…") plus a policy at https://mta-sts.<domain>/.well-known/mta-sts.txt (mode enforce|testing|none, mx, max_age)',
    what: "Tells sending servers that the domain’s MX hosts support TLS with valid certificates, so a sender in enforce mode refuses to deliver in plaintext or to an unverified host.",
    sources: [rfcSource(8461)]
  },
  {
    id: "tls-rpt",
    name: "SMTP TLS Reporting (TLS-RPT)",
    rfc: 8460,
    published: "2018-09",
    where: 'TXT at _smtp._tls.<domain> ("v=TLSRPTv1; rua=…")',
    what: "Asks sending servers to report daily how TLS to the domain’s MX hosts succeeded or failed.",
    sources: [rfcSource(8460)]
  },
  {
    id: "dane",
    name: "DANE for SMTP",
    rfc: 7672,
    published: "2015-10",
    where: "TLSA records at _25._tcp.<mx-host>, signed with DNSSEC",
    what: "Pins the MX host’s certificate or key in DNSSEC-signed DNS, so a sender can verify port-25 TLS without trusting the public CA system and cannot be downgraded to plaintext.",
    sources: [rfcSource(7672)]
  },
  {
    id: "requiretls",
    name: "SMTP REQUIRETLS",
    rfc: 8689,
    published: "2019-11",
    where: "REQUIRETLS parameter on MAIL FROM (advertised by EHLO only after TLS); TLS-Required: No header",
    what: "Lets a sender require TLS (with verified certificates) on every hop of a message, or with the header ask that a message be delivered even where TLS fails.",
    sources: [rfcSource(8689)]
  }
];
new Map(ALL_PORTS.map((entry2) => [entry2.port, entry2]));
[
  {
    step: "initial-220",
    party: "client",
    waitsFor: "the 220 greeting after the TCP connection opens",
    minimumSeconds: 300,
    source: rfcSource(5321, "4.5.3.2.1")
  },
  {
    step: "mail",
    party: "client",
    waitsFor: "the reply to MAIL FROM",
    minimumSeconds: 300,
    source: rfcSource(5321, "4.5.3.2.2")
  },
  {
    step: "rcpt",
    party: "client",
    waitsFor: "the reply to RCPT TO",
    minimumSeconds: 300,
    source: rfcSource(5321, "4.5.3.2.3")
  },
  {
    step: "data-initiation",
    party: "client",
    waitsFor: "the 354 reply to DATA",
    minimumSeconds: 120,
    source: rfcSource(5321, "4.5.3.2.4")
  },
  {
    step: "data-block",
    party: "client",
    waitsFor: "each block of message data to be sent",
    minimumSeconds: 180,
    source: rfcSource(5321, "4.5.3.2.5")
  },
  {
    step: "data-termination",
    party: "client",
    waitsFor: 'the 250 reply after the final "."',
    minimumSeconds: 600,
    source: rfcSource(5321, "4.5.3.2.6")
  },
  {
    step: "server",
    party: "server",
    waitsFor: "the next command from the client",
    minimumSeconds: 300,
    source: rfcSource(5321, "4.5.3.2.7")
  }
];
var RecommendError = class extends Error {
  constructor(code, message) {
    super(message);
    __publicField(this, "name", "RecommendError");
    __publicField(this, "code");
    this.code = code;
  }
};
({
  implicitTlsPreferred: rfcSource(8314, "3"),
  submissionsPort: rfcSource(8314, "3.3"),
  cleartextDeprecated: rfcSource(8314, "4.1"),
  certificateValidation: rfcSource(8314, "5.3"),
  tls12Minimum: rfcSource(8997),
  submissionAuth: rfcSource(6409, "4.3"),
  port25Blocking: rfcSource(5068),
  relayPort: rfcSource(5321),
  starttlsSmtp: rfcSource(3207, "4"),
  starttlsDiscard: rfcSource(3207, "4.2"),
  imapStarttls: rfcSource(3501, "6.2.1"),
  pop3Stls: rfcSource(2595, "4"),
  srv: rfcSource(6186, "3")
});
function isIpLiteral2(host) {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(":");
}
function nodemailerOptions(option, account = {}) {
  if (option.protocol !== "smtp") {
    throw new RecommendError("E_WRONG_PROTOCOL", `nodemailer sends over SMTP, not ${option.protocol}`);
  }
  const options = {
    host: option.host,
    port: option.port,
    secure: option.security === "implicit",
    requireTLS: option.security === "starttls"
  };
  if (account.user) options.auth = { user: account.user };
  if (account.servername && isIpLiteral2(option.host) && account.servername !== option.host) {
    options.tls = { servername: account.servername };
  }
  return options;
}
var XML_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;"
};
function xml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}
function socketType(option) {
  return option.security === "implicit" ? "SSL" : option.security === "starttls" ? "STARTTLS" : "plain";
}
function thunderbirdAuthentication(option) {
  const mechanisms = new Set(option.authMechanisms.map((mechanism) => mechanism.toUpperCase()));
  const values = [];
  if (mechanisms.has("PLAIN") || mechanisms.has("LOGIN") || option.protocol !== "smtp") {
    values.push("password-cleartext");
  }
  if (mechanisms.has("CRAM-MD5")) values.push("password-encrypted");
  if (mechanisms.has("XOAUTH2") || mechanisms.has("OAUTHBEARER")) values.push("OAuth2");
  if (mechanisms.has("GSSAPI")) values.push("GSSAPI");
  if (mechanisms.has("NTLM")) values.push("NTLM");
  if (values.length === 0) values.push(mechanisms.size === 0 ? "none" : "password-cleartext");
  return values;
}
function serverXml(element, option) {
  const lines = [
    `    <${element} type="${option.protocol}">`,
    `      <hostname>${xml(option.host)}</hostname>`,
    `      <port>${option.port}</port>`,
    `      <socketType>${socketType(option)}</socketType>`,
    ...thunderbirdAuthentication(option).map((value) => `      <authentication>${value}</authentication>`),
    "      <username>%EMAILADDRESS%</username>",
    `    </${element}>`
  ];
  return lines.join("\n");
}
function usable(options, protocols) {
  const seen = /* @__PURE__ */ new Set();
  return options.filter((option) => {
    const key = `${option.protocol} ${option.host}:${option.port}`;
    if (option.verdict === "unusable" || !protocols.includes(option.protocol) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function thunderbirdConfig(input) {
  var _a, _b, _c;
  const domains = [input.domain];
  const emailDomain = (_b = (_a = input.email) == null ? void 0 : _a.split("@").pop()) == null ? void 0 : _b.toLowerCase();
  if (((_c = input.email) == null ? void 0 : _c.includes("@")) && emailDomain && emailDomain !== input.domain.toLowerCase()) {
    domains.push(emailDomain);
  }
  const name = xml(input.domain);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<clientConfig version="1.1">',
    `  <emailProvider id="${name}">`,
    ...domains.map((domain) => `    <domain>${xml(domain)}</domain>`),
    `    <displayName>${name}</displayName>`,
    `    <displayShortName>${name}</displayShortName>`,
    ...usable(input.incoming, ["imap", "pop3"]).map((option) => serverXml("incomingServer", option)),
    ...usable(input.outgoing, ["smtp"]).map((option) => serverXml("outgoingServer", option)),
    "  </emailProvider>",
    "</clientConfig>",
    ""
  ].join("\n");
}
function authenticationLabel(option, role) {
  if (role === "relay") return "None";
  const value = thunderbirdAuthentication(option)[0];
  switch (value) {
    case "password-encrypted":
      return "Encrypted password";
    case "OAuth2":
      return "OAuth2";
    case "GSSAPI":
      return "Kerberos / GSSAPI";
    case "NTLM":
      return "NTLM";
    case "none":
      return "None";
    default:
      return "Normal password";
  }
}
function settingsTable(recommendations) {
  const rows = [];
  for (const recommendation of recommendations) {
    const best = recommendation.best;
    if (!best) continue;
    rows.push({
      role: recommendation.role,
      protocol: best.protocol,
      server: best.host,
      port: best.port,
      security: best.security === "implicit" ? "SSL/TLS" : best.security === "starttls" ? "STARTTLS" : "None",
      authentication: authenticationLabel(best, recommendation.role)
    });
  }
  return rows;
}
const _sfc_main = /* @__PURE__ */ defineComponent({
  __name: "Recommender",
  __ssrInlineRender: true,
  setup(__props) {
    const ROLE_PORTS = {
      send: [465, 587, 2525, 25],
      relay: [25],
      read: [993, 143, 995, 110]
    };
    const ANSWER_LABELS = [
      ["unknown", "Don't know"],
      ["implicit", "Answers with SSL/TLS"],
      ["starttls", "Answers, offers STARTTLS"],
      ["plain", "Answers without any TLS"],
      ["timeout", "No answer (times out)"],
      ["refused", "Connection refused"]
    ];
    const mode = ref("questions");
    const role = ref("send");
    const host = ref("mail.example.com");
    const certificateValid = ref(true);
    const authAfterTlsOnly = ref(true);
    const blocked = ref("");
    const network = ref("");
    const answers = ref(
      Object.fromEntries(
        Object.values(ROLE_PORTS).flat().map((port) => [port, "unknown"])
      )
    );
    const pasted = ref("");
    const error = ref(null);
    const result = ref(null);
    const ports = computed(() => ROLE_PORTS[role.value]);
    const table = computed(() => result.value ? settingsTable([result.value]) : []);
    const thunderbird = computed(() => {
      const answer = result.value;
      if (!(answer == null ? void 0 : answer.best) || answer.role === "relay") return null;
      return thunderbirdConfig({
        domain: answer.best.host,
        incoming: answer.role === "read" ? answer.options : [],
        outgoing: answer.role === "send" ? answer.options : []
      });
    });
    const nodemailer = computed(
      () => {
        var _a, _b;
        return ((_b = (_a = result.value) == null ? void 0 : _a.best) == null ? void 0 : _b.protocol) === "smtp" ? JSON.stringify(nodemailerOptions(result.value.best), null, 2) : null;
      }
    );
    return (_ctx, _push, _parent, _attrs) => {
      _push(`<div${ssrRenderAttrs(mergeProps({ class: "mp-recommender" }, _attrs))} data-v-68ecac83><div class="mp-row" data-v-68ecac83><label data-v-68ecac83><input${ssrIncludeBooleanAttr(ssrLooseEqual(mode.value, "questions")) ? " checked" : ""} type="radio" value="questions" name="mp-mode" data-test="mode-questions" data-v-68ecac83> Answer a few questions</label><label data-v-68ecac83><input${ssrIncludeBooleanAttr(ssrLooseEqual(mode.value, "json")) ? " checked" : ""} type="radio" value="json" name="mp-mode" data-test="mode-json" data-v-68ecac83> Paste <code data-v-68ecac83>mailports probe --json</code> or <code data-v-68ecac83>recommend --json</code></label></div><div class="mp-row" data-v-68ecac83><label data-v-68ecac83>What do you want to do? <select data-test="role" data-v-68ecac83><option value="send" data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(role.value) ? ssrLooseContain(role.value, "send") : ssrLooseEqual(role.value, "send")) ? " selected" : ""}>Send mail from an app or mail client</option><option value="read" data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(role.value) ? ssrLooseContain(role.value, "read") : ssrLooseEqual(role.value, "read")) ? " selected" : ""}>Read mail (IMAP or POP3)</option><option value="relay" data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(role.value) ? ssrLooseContain(role.value, "relay") : ssrLooseEqual(role.value, "relay")) ? " selected" : ""}>Relay between mail servers</option></select></label></div>`);
      if (mode.value === "questions") {
        _push(`<!--[--><div class="mp-row" data-v-68ecac83><label data-v-68ecac83>Server name <input${ssrRenderAttr("value", host.value)} data-test="host" data-v-68ecac83></label></div><!--[-->`);
        ssrRenderList(ports.value, (port) => {
          _push(`<div class="mp-row" data-v-68ecac83><label data-v-68ecac83>Port ${ssrInterpolate(port)} <select${ssrRenderAttr("data-test", `port-${port}`)} data-v-68ecac83><!--[-->`);
          ssrRenderList(ANSWER_LABELS, ([value, label]) => {
            _push(`<option${ssrRenderAttr("value", value)} data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(answers.value[port]) ? ssrLooseContain(answers.value[port], value) : ssrLooseEqual(answers.value[port], value)) ? " selected" : ""}>${ssrInterpolate(label)}</option>`);
          });
          _push(`<!--]--></select></label></div>`);
        });
        _push(`<!--]--><div class="mp-row" data-v-68ecac83><label data-v-68ecac83><input${ssrIncludeBooleanAttr(Array.isArray(certificateValid.value) ? ssrLooseContain(certificateValid.value, null) : certificateValid.value) ? " checked" : ""} type="checkbox" data-test="cert-valid" data-v-68ecac83> The certificate is valid for this name</label><label data-v-68ecac83><input${ssrIncludeBooleanAttr(Array.isArray(authAfterTlsOnly.value) ? ssrLooseContain(authAfterTlsOnly.value, null) : authAfterTlsOnly.value) ? " checked" : ""} type="checkbox" data-test="auth-after-tls" data-v-68ecac83> Passwords are accepted only after TLS</label></div><!--]-->`);
      } else {
        _push(`<textarea rows="8" data-test="json" placeholder="Paste the output of: mailports probe mail.example.com --json (or mailports recommend you@example.com --json)" data-v-68ecac83>${ssrInterpolate(pasted.value)}</textarea>`);
      }
      _push(`<div class="mp-row" data-v-68ecac83><label data-v-68ecac83>Ports your network blocks (optional) <input${ssrRenderAttr("value", blocked.value)} data-test="blocked" placeholder="25, 465" data-v-68ecac83></label></div><div class="mp-row" data-v-68ecac83><label data-v-68ecac83>Where you connect from (optional) <select data-test="network" data-v-68ecac83><option value="" data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(network.value) ? ssrLooseContain(network.value, "") : ssrLooseEqual(network.value, "")) ? " selected" : ""}>Anywhere else</option><!--[-->`);
      ssrRenderList(unref(PROVIDERS), (provider) => {
        _push(`<option${ssrRenderAttr("value", provider.id)} data-v-68ecac83${ssrIncludeBooleanAttr(Array.isArray(network.value) ? ssrLooseContain(network.value, provider.id) : ssrLooseEqual(network.value, provider.id)) ? " selected" : ""}>${ssrInterpolate(provider.name)}</option>`);
      });
      _push(`<!--]--></select></label></div><button type="button" data-test="run" data-v-68ecac83>Recommend</button>`);
      if (error.value) {
        _push(`<p class="mp-error" data-test="error" data-v-68ecac83>${ssrInterpolate(error.value)}</p>`);
      } else {
        _push(`<!---->`);
      }
      if (result.value) {
        _push(`<div data-test="result" data-v-68ecac83>`);
        if (result.value.best) {
          _push(`<h3 data-test="best"${ssrRenderAttr("data-port", result.value.best.port)}${ssrRenderAttr("data-security", result.value.best.security ?? "")} data-v-68ecac83> Use ${ssrInterpolate(result.value.best.host)} port ${ssrInterpolate(result.value.best.port)} with ${ssrInterpolate(result.value.best.security === "implicit" ? "SSL/TLS" : result.value.best.security === "starttls" ? "STARTTLS" : "no encryption")}</h3>`);
        } else {
          _push(`<h3 data-test="best" data-v-68ecac83>No secure, working option in these facts.</h3>`);
        }
        _push(`<ol data-v-68ecac83><!--[-->`);
        ssrRenderList(result.value.options, (option) => {
          _push(`<li${ssrRenderAttr("data-test", `option-${option.port}`)} data-v-68ecac83><strong data-v-68ecac83>${ssrInterpolate(option.port)}</strong> (${ssrInterpolate(option.protocol)}, ${ssrInterpolate(option.security ?? "no connection")}): <em${ssrRenderAttr("data-test", `verdict-${option.port}`)} data-v-68ecac83>${ssrInterpolate(option.verdict)}</em><ul data-v-68ecac83><!--[-->`);
          ssrRenderList(option.reasons, (reason, index) => {
            _push(`<li data-v-68ecac83><span class="mp-kind" data-v-68ecac83>${ssrInterpolate(reason.kind)}</span> ${ssrInterpolate(reason.text)} `);
            if (reason.citation) {
              _push(`<a${ssrRenderAttr("href", reason.citation.url)} target="_blank" rel="noreferrer" data-v-68ecac83>${ssrInterpolate(reason.citation.label)}</a>`);
            } else {
              _push(`<!---->`);
            }
            _push(`</li>`);
          });
          _push(`<!--]--></ul></li>`);
        });
        _push(`<!--]--></ol>`);
        if (result.value.inferences.length) {
          _push(`<!--[--><h4 data-v-68ecac83>What we infer</h4><ul data-v-68ecac83><!--[-->`);
          ssrRenderList(result.value.inferences, (reason, index) => {
            _push(`<li data-test="inference" data-v-68ecac83><span class="mp-kind" data-v-68ecac83>${ssrInterpolate(reason.kind)}</span> ${ssrInterpolate(reason.text)} `);
            if (reason.citation) {
              _push(`<a${ssrRenderAttr("href", reason.citation.url)} target="_blank" rel="noreferrer" data-v-68ecac83>${ssrInterpolate(reason.citation.label)}</a>`);
            } else {
              _push(`<!---->`);
            }
            _push(`</li>`);
          });
          _push(`<!--]--></ul><!--]-->`);
        } else {
          _push(`<!---->`);
        }
        if (table.value.length) {
          _push(`<!--[--><h4 data-v-68ecac83>Settings</h4><table data-test="settings" data-v-68ecac83><thead data-v-68ecac83><tr data-v-68ecac83><th data-v-68ecac83>Server</th><th data-v-68ecac83>Port</th><th data-v-68ecac83>Security</th><th data-v-68ecac83>Authentication</th></tr></thead><tbody data-v-68ecac83><!--[-->`);
          ssrRenderList(table.value, (row) => {
            _push(`<tr data-v-68ecac83><td data-v-68ecac83>${ssrInterpolate(row.server)}</td><td data-v-68ecac83>${ssrInterpolate(row.port)}</td><td data-v-68ecac83>${ssrInterpolate(row.security)}</td><td data-v-68ecac83>${ssrInterpolate(row.authentication)}</td></tr>`);
          });
          _push(`<!--]--></tbody></table><!--]-->`);
        } else {
          _push(`<!---->`);
        }
        if (thunderbird.value) {
          _push(`<!--[--><h4 data-v-68ecac83>Thunderbird (config-v1.1.xml)</h4><pre data-test="thunderbird" data-v-68ecac83><code data-v-68ecac83>${ssrInterpolate(thunderbird.value)}</code></pre><!--]-->`);
        } else {
          _push(`<!---->`);
        }
        if (nodemailer.value) {
          _push(`<!--[--><h4 data-v-68ecac83>nodemailer</h4><pre data-test="nodemailer" data-v-68ecac83><code data-v-68ecac83>${ssrInterpolate(nodemailer.value)}</code></pre><!--]-->`);
        } else {
          _push(`<!---->`);
        }
        _push(`</div>`);
      } else {
        _push(`<!---->`);
      }
      _push(`</div>`);
    };
  }
});
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add(".vitepress/theme/Recommender.vue");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Recommender = /* @__PURE__ */ _export_sfc(_sfc_main, [["__scopeId", "data-v-68ecac83"]]);
const theme = {
  extends: theme$1,
  enhanceApp({ app }) {
    app.component("Recommender", Recommender);
  }
};
const ClientOnly = defineComponent({
  setup(_, { slots }) {
    const show = ref(false);
    onMounted(() => {
      show.value = true;
    });
    return () => show.value && slots.default ? slots.default() : null;
  }
});
function useCodeGroups() {
  if (inBrowser) {
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches(".vp-code-group input")) {
        const group = (_a = el.parentElement) == null ? void 0 : _a.parentElement;
        if (!group)
          return;
        const i = Array.from(group.querySelectorAll("input")).indexOf(el);
        if (i < 0)
          return;
        const blocks = group.querySelector(".blocks");
        if (!blocks)
          return;
        const current = Array.from(blocks.children).find((child) => child.classList.contains("active"));
        if (!current)
          return;
        const next = blocks.children[i];
        if (!next || current === next)
          return;
        current.classList.remove("active");
        next.classList.add("active");
        const label = group == null ? void 0 : group.querySelector(`label[for="${el.id}"]`);
        label == null ? void 0 : label.scrollIntoView({ block: "nearest" });
      }
    });
  }
}
function useCopyCode() {
  if (inBrowser) {
    const timeoutIdMap = /* @__PURE__ */ new WeakMap();
    window.addEventListener("click", (e) => {
      var _a;
      const el = e.target;
      if (el.matches('div[class*="language-"] > button.copy')) {
        const parent = el.parentElement;
        const sibling = (_a = el.nextElementSibling) == null ? void 0 : _a.nextElementSibling;
        if (!parent || !sibling) {
          return;
        }
        const isShell = /language-(shellscript|shell|bash|sh|zsh)/.test(parent.className);
        const ignoredNodes = [".vp-copy-ignore", ".diff.remove"];
        const clone = sibling.cloneNode(true);
        clone.querySelectorAll(ignoredNodes.join(",")).forEach((node) => node.remove());
        let text = clone.textContent || "";
        if (isShell) {
          text = text.replace(/^ *(\$|>) /gm, "").trim();
        }
        copyToClipboard(text).then(() => {
          el.classList.add("copied");
          clearTimeout(timeoutIdMap.get(el));
          const timeoutId = setTimeout(() => {
            el.classList.remove("copied");
            el.blur();
            timeoutIdMap.delete(el);
          }, 2e3);
          timeoutIdMap.set(el, timeoutId);
        });
      }
    });
  }
}
async function copyToClipboard(text) {
  try {
    return navigator.clipboard.writeText(text);
  } catch {
    const element = document.createElement("textarea");
    const previouslyFocusedElement = document.activeElement;
    element.value = text;
    element.setAttribute("readonly", "");
    element.style.contain = "strict";
    element.style.position = "absolute";
    element.style.left = "-9999px";
    element.style.fontSize = "12pt";
    const selection = document.getSelection();
    const originalRange = selection ? selection.rangeCount > 0 && selection.getRangeAt(0) : null;
    document.body.appendChild(element);
    element.select();
    element.selectionStart = 0;
    element.selectionEnd = text.length;
    document.execCommand("copy");
    document.body.removeChild(element);
    if (originalRange) {
      selection.removeAllRanges();
      selection.addRange(originalRange);
    }
    if (previouslyFocusedElement) {
      previouslyFocusedElement.focus();
    }
  }
}
function useUpdateHead(route, siteDataByRouteRef) {
  let isFirstUpdate = true;
  let managedHeadElements = [];
  const updateHeadTags = (newTags) => {
    if (isFirstUpdate) {
      isFirstUpdate = false;
      newTags.forEach((tag) => {
        const headEl = createHeadElement(tag);
        for (const el of document.head.children) {
          if (el.isEqualNode(headEl)) {
            managedHeadElements.push(el);
            return;
          }
        }
      });
      return;
    }
    const newElements = newTags.map(createHeadElement);
    managedHeadElements.forEach((oldEl, oldIndex) => {
      const matchedIndex = newElements.findIndex((newEl) => newEl == null ? void 0 : newEl.isEqualNode(oldEl ?? null));
      if (matchedIndex !== -1) {
        delete newElements[matchedIndex];
      } else {
        oldEl == null ? void 0 : oldEl.remove();
        delete managedHeadElements[oldIndex];
      }
    });
    newElements.forEach((el) => el && document.head.appendChild(el));
    managedHeadElements = [...managedHeadElements, ...newElements].filter(Boolean);
  };
  watchEffect(() => {
    const pageData = route.data;
    const siteData2 = siteDataByRouteRef.value;
    const pageDescription = pageData && pageData.description;
    const frontmatterHead = pageData && pageData.frontmatter.head || [];
    const title = createTitle(siteData2, pageData);
    if (title !== document.title) {
      document.title = title;
    }
    const description = pageDescription || siteData2.description;
    let metaDescriptionElement = document.querySelector(`meta[name=description]`);
    if (metaDescriptionElement) {
      if (metaDescriptionElement.getAttribute("content") !== description) {
        metaDescriptionElement.setAttribute("content", description);
      }
    } else {
      createHeadElement(["meta", { name: "description", content: description }]);
    }
    updateHeadTags(mergeHead(siteData2.head, filterOutHeadDescription(frontmatterHead)));
  });
}
function createHeadElement([tag, attrs, innerHTML]) {
  const el = document.createElement(tag);
  for (const key in attrs) {
    el.setAttribute(key, attrs[key]);
  }
  if (innerHTML) {
    el.innerHTML = innerHTML;
  }
  if (tag === "script" && attrs.async == null) {
    el.async = false;
  }
  return el;
}
function isMetaDescription(headConfig) {
  return headConfig[0] === "meta" && headConfig[1] && headConfig[1].name === "description";
}
function filterOutHeadDescription(head) {
  return head.filter((h2) => !isMetaDescription(h2));
}
const hasFetched = /* @__PURE__ */ new Set();
const createLink = () => document.createElement("link");
const viaDOM = (url) => {
  const link2 = createLink();
  link2.rel = `prefetch`;
  link2.href = url;
  document.head.appendChild(link2);
};
const viaXHR = (url) => {
  const req = new XMLHttpRequest();
  req.open("GET", url, req.withCredentials = true);
  req.send();
};
let link;
const doFetch = inBrowser && (link = createLink()) && link.relList && link.relList.supports && link.relList.supports("prefetch") ? viaDOM : viaXHR;
function usePrefetch() {
  if (!inBrowser) {
    return;
  }
  if (!window.IntersectionObserver) {
    return;
  }
  let conn;
  if ((conn = navigator.connection) && (conn.saveData || /2g/.test(conn.effectiveType))) {
    return;
  }
  const rIC = window.requestIdleCallback || setTimeout;
  let observer = null;
  const observeLinks = () => {
    if (observer) {
      observer.disconnect();
    }
    observer = new IntersectionObserver((entries) => {
      entries.forEach((entry2) => {
        if (entry2.isIntersecting) {
          const link2 = entry2.target;
          observer.unobserve(link2);
          const { pathname } = link2;
          if (!hasFetched.has(pathname)) {
            hasFetched.add(pathname);
            const pageChunkPath = pathToFile(pathname);
            if (pageChunkPath)
              doFetch(pageChunkPath);
          }
        }
      });
    });
    rIC(() => {
      document.querySelectorAll("#app a").forEach((link2) => {
        const { hostname, pathname } = new URL(link2.href instanceof SVGAnimatedString ? link2.href.animVal : link2.href, link2.baseURI);
        const extMatch = pathname.match(/\.\w+$/);
        if (extMatch && extMatch[0] !== ".html") {
          return;
        }
        if (
          // only prefetch same tab navigation, since a new tab will load
          // the lean js chunk instead.
          link2.target !== "_blank" && // only prefetch inbound links
          hostname === location.hostname
        ) {
          if (pathname !== location.pathname) {
            observer.observe(link2);
          } else {
            hasFetched.add(pathname);
          }
        }
      });
    });
  };
  onMounted(observeLinks);
  const route = useRoute();
  watch(() => route.path, observeLinks);
  onUnmounted(() => {
    observer && observer.disconnect();
  });
}
function resolveThemeExtends(theme2) {
  if (theme2.extends) {
    const base = resolveThemeExtends(theme2.extends);
    return {
      ...base,
      ...theme2,
      async enhanceApp(ctx) {
        if (base.enhanceApp)
          await base.enhanceApp(ctx);
        if (theme2.enhanceApp)
          await theme2.enhanceApp(ctx);
      }
    };
  }
  return theme2;
}
const Theme = resolveThemeExtends(theme);
const VitePressApp = defineComponent({
  name: "VitePressApp",
  setup() {
    const { site, lang, dir } = useData$1();
    onMounted(() => {
      watchEffect(() => {
        document.documentElement.lang = lang.value;
        document.documentElement.dir = dir.value;
      });
    });
    if (site.value.router.prefetchLinks) {
      usePrefetch();
    }
    useCopyCode();
    useCodeGroups();
    if (Theme.setup)
      Theme.setup();
    return () => h(Theme.Layout);
  }
});
async function createApp() {
  globalThis.__VITEPRESS__ = true;
  const router = newRouter();
  const app = newApp();
  app.provide(RouterSymbol, router);
  const data = initData(router.route);
  app.provide(dataSymbol, data);
  app.component("Content", Content);
  app.component("ClientOnly", ClientOnly);
  Object.defineProperties(app.config.globalProperties, {
    $frontmatter: {
      get() {
        return data.frontmatter.value;
      }
    },
    $params: {
      get() {
        return data.page.value.params;
      }
    }
  });
  if (Theme.enhanceApp) {
    await Theme.enhanceApp({
      app,
      router,
      siteData: siteDataRef
    });
  }
  return { app, router, data };
}
function newApp() {
  return createSSRApp(VitePressApp);
}
function newRouter() {
  let isInitialPageLoad = inBrowser;
  return createRouter((path) => {
    let pageFilePath = pathToFile(path);
    let pageModule = null;
    if (pageFilePath) {
      if (isInitialPageLoad) {
        pageFilePath = pageFilePath.replace(/\.js$/, ".lean.js");
      }
      if (false) ;
      else {
        pageModule = import(
          /*@vite-ignore*/
          pageFilePath
        );
      }
    }
    if (inBrowser) {
      isInitialPageLoad = false;
    }
    return pageModule;
  }, Theme.NotFound);
}
if (inBrowser) {
  createApp().then(({ app, router, data }) => {
    router.go().then(() => {
      useUpdateHead(router.route, data.site);
      app.mount("#app");
    });
  });
}
async function render(path) {
  const { app, router } = await createApp();
  await router.go(path);
  const ctx = { content: "", vpSocialIcons: /* @__PURE__ */ new Set() };
  ctx.content = await renderToString(app, ctx);
  return ctx;
}
export {
  useRouter as a,
  createSearchTranslate as c,
  dataSymbol as d,
  escapeRegExp as e,
  inBrowser as i,
  pathToFile as p,
  render,
  useData as u
};
