// What Material (9.8) leaves out for keyboard and screen-reader users, on every page that
// instant navigation shows.
(function () {
  // A box that scrolls sideways (a long display formula, a wide notebook output) must be
  // reachable by keyboard so that it can be scrolled without a mouse (WCAG 2.1.1). Material
  // does this for code blocks only.
  var boxes = "div.arithmatex, .jp-OutputArea-output pre";
  function scrollableByKeyboard() {
    document.querySelectorAll(boxes).forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
      if (!scrolls && box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
    });
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
