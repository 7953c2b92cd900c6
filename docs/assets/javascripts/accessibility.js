// What Material (9.8) leaves out for keyboard and screen-reader users, on every page that
// instant navigation shows.
(function () {
  // A box that scrolls sideways (a long display formula, a wide table or notebook output) must be
  // reachable by keyboard so that it can be scrolled without a mouse (WCAG 2.1.1). Material
  // does this for code blocks only. Measuring a box lays it out, and the CSS leaves off-screen
  // blocks for later, so the boxes are measured a few at a time when the browser is idle.
  // window.scrollRegionsMarked resolves when every box of the page has been measured.
  var boxes = "div.arithmatex, .md-typeset__scrollwrap, .jp-OutputArea-output pre";
  function mark(box) {
    var scrolls = box.scrollWidth > box.clientWidth + 1;
    if (scrolls && !box.hasAttribute("tabindex")) box.setAttribute("tabindex", "0");
    if (!scrolls && box.getAttribute("tabindex") === "0") box.removeAttribute("tabindex");
  }
  function scrollableByKeyboard() {
    var queue = Array.prototype.slice.call(document.querySelectorAll(boxes));
    window.scrollRegionsMarked = new Promise(function (done) {
      function some(deadline) {
        while (queue.length && (deadline.didTimeout || deadline.timeRemaining() > 2)) mark(queue.shift());
        if (queue.length) requestIdleCallback(some, { timeout: 200 });
        else done();
      }
      requestIdleCallback(some, { timeout: 200 });
    });
  }
  // Each code block's copy button sits in a <nav>: dozens of identical, unnamed navigation
  // landmarks per page. They hold a button, not navigation.
  function codeButtonsAreNotLandmarks() {
    document.querySelectorAll("nav.md-code__nav").forEach(function (nav) {
      nav.setAttribute("role", "none");
    });
  }
  document$.subscribe(function () {
    scrollableByKeyboard();
    codeButtonsAreNotLandmarks();
  });
  var pending;
  window.addEventListener("resize", function () {
    clearTimeout(pending);
    pending = setTimeout(scrollableByKeyboard, 100);
  });
})();
