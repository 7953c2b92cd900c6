// Inlined into every page's <head> by hooks/sitemap_lookups.py (squidfunk/mkdocs-material#6582).
// Material's bundle reads sitemap.xml with XMLHttpRequest twice over: instant navigation reads
// `<base>/sitemap.xml` to tell the site's pages from other links, and the alternate handler reads
// `<href>/sitemap.xml` for every <link rel="alternate" hreflang> in the head, as if each were a
// language root. Here the first is answered from the page's own navigation (a blob: URL, no
// request), and the others end as aborted, which the bundle takes as "no sitemap".
(function () {
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send
  function escape(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;")
  }
  function pages(base) {
    var links = document.querySelectorAll(".md-nav--primary a.md-nav__link[href]")
    var urls = [base.href]
    links.forEach(function (link) {
      var url = new URL(link.href)
      url.hash = url.search = ""
      if (url.origin === base.origin && urls.indexOf(url.href) < 0) urls.push(url.href)
    })
    return urls.map(function (url) { return "<url><loc>" + escape(url) + "</loc></url>" }).join("")
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    var target = new URL(url, location.href)
    this.__sitemapAborted = false
    if (target.origin === location.origin && /\/sitemap\.xml$/.test(target.pathname)) {
      var base = new URL(JSON.parse(document.getElementById("__config").textContent).base, location.href)
      if (target.href === new URL("sitemap.xml", base).href) {
        var xml = '<?xml version="1.0" encoding="UTF-8"?><urlset>' + pages(base) + "</urlset>"
        arguments[1] = URL.createObjectURL(new Blob([xml], { type: "text/xml" }))
      } else {
        this.__sitemapAborted = true
      }
    }
    return open.apply(this, arguments)
  }
  XMLHttpRequest.prototype.send = function () {
    if (!this.__sitemapAborted) return send.apply(this, arguments)
    var request = this
    setTimeout(function () { request.dispatchEvent(new ProgressEvent("abort")) })
  }
})()
