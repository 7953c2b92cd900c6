// What Material (9.8) leaves out for keyboard and screen-reader users, on every page that
// instant navigation shows.
(function () {
  // A box that scrolls sideways (a long display formula, a wide notebook output) must be
  // reachable by keyboard so that it can be scrolled without a mouse (WCAG 2.1.1). Material
  // does this for code blocks only. A box is measured when it comes within a screen of the
  // viewport: measuring every box on load would lay out the whole page at once (the CSS
  // leaves off-screen blocks for later).
  var boxes = "div.arithmatex, .jp-OutputArea-output pre";
  function mark(box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
    if (!scrolls && box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
  }
  var near = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) { if (entry.isIntersecting) mark(entry.target); });
  }, { rootMargin: "100% 0px" });
  function scrollableByKeyboard() {
    near.disconnect();
    document.querySelectorAll(boxes).forEach(function (box) { near.observe(box); });
  }
  // Each code block's copy button sits in a <nav>: dozens of identical, unnamed navigation
  // landmarks per page. They hold a button, not navigation.
  function codeButtonsAreGroups() {
    document.querySelectorAll("nav.md-code__nav").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }
  document$.subscribe(function () {
    scrollableByKeyboard();
    codeButtonsAreGroups();
  });
  var pending;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(scrollableByKeyboard, 100);
  });
})();
