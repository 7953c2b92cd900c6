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

// A language switch must load the whole page: an instant navigation would swap
// the content but keep the header (site name, search, language) of the old one.
// Both languages share heading ids, so the switch keeps the reader's #anchor.
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element && event.target.closest(".md-select__link[hreflang]")
  if (link) {
    event.stopPropagation()
    link.href = link.href.split("#")[0] + location.hash
  }
}, true)
