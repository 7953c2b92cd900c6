// Inlined into every page's <head> by hooks/search_on_demand.py.
// Material's bundle requests search/search_index.json with XMLHttpRequest as soon as a page loads.
// Here that request waits until the reader shows an interest in searching: points at or focuses
// the search box, opens it (the header's search toggle or a keyboard shortcut, which focus the box),
// or arrives with ?q= in the URL. The bundle's search then starts as usual, a moment later.
(function () {
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  var wanted = /[?&]q=/.test(location.search), waiting = [];
  function release() {
    wanted = true;
    waiting.splice(0).forEach(function (held) { send.apply(held.request, held.args); });
  }
  function inSearch(target) {
    return target && target.closest && target.closest(".md-search, label[for='__search']");
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = /\/search\/search_index\.json$/.test(new URL(url, location.href).pathname);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (!this.__searchIndex || wanted) return send.apply(this, arguments);
    waiting.push({ request: this, args: arguments });
  };
  ["focusin", "pointerover", "pointerdown"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (!wanted && inSearch(event.target)) release();
    }, true);
  });
  document.addEventListener("change", function (event) {
    if (!wanted && event.target && event.target.id === "__search") release();
  }, true);
})();
