// Instant navigation keeps the header, whose language links were rendered for
// the first page loaded. hooks/i18n_instant_switcher.py puts the current page's
// links into the swapped container; copy them into the header.
document$.subscribe(function () {
  document.querySelectorAll("[data-i18n-twins] a[hreflang]").forEach(function (twin) {
    var selector = '.md-header .md-select__link[hreflang="' + twin.getAttribute("hreflang") + '"]'
    document.querySelectorAll(selector).forEach(function (link) {
      link.href = twin.href
    })
  })
})
