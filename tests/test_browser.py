"""The built site in a real browser (Debian's Chromium driven by playwright), served on 127.0.0.1."""

import json
import time
from urllib.parse import urlsplit

import pytest

from conftest import BUDGETS, ROOT
from site_browser import Visit, url_of
from site_layout import built_page, is_english, pages, twin

PAGES = pages()
TABS = 2  # pages loading at once in the one browser context: the pages are CPU-bound, one per core


AXE = (ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
              # two best practices the site once failed: an unnamed search dialog, landmarks sharing a name
              "rules": {"aria-dialog-name": {"enabled": True}, "landmark-unique": {"enabled": True}},
              "resultTypes": ["violations"]}
COLOUR_RULES = {"runOnly": ["color-contrast", "link-in-text-block"], "resultTypes": ["violations"]}
# The crawl audits each page's content (<article>) in both schemes; the header, sidebars,
# search dialog and footer are the same template on every page and are audited whole on a few
# pages by test_page_template_has_no_accessibility_violations. Code blocks are audited as plain
# text in their code colour: a block holds hundreds of highlighted tokens whose few colours
# test_code_colours checks once per scheme. The dark scheme changes colours only, so only colour
# rules run there. The audit starts in a later task, so that the tabs audit in parallel.
AUDIT = """(selector) => {
  // KaTeX's visual markup is aria-hidden and takes its colour from the text around it, which is
  // audited; the formula's MathML, the part assistive technology reads, stays in.
  const root = {include: [selector === 'document' ? document : selector], exclude: ['.katex-html']};
  document.querySelectorAll('pre code').forEach(code => { code.textContent = code.textContent; });
  const summary = result => result.violations.map(v => `${v.id}: ${v.nodes.length} element(s), first `
    + `${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary.replace(/\\s+/g, ' ').trim()}`);
  window.__audit = new Promise(resolve => {
    const later = new MessageChannel();  // a new task, not throttled like a timer in a background tab
    later.port1.onmessage = async () => {
      await window.scrollRegionsMarked;  // docs/assets/javascripts/accessibility.js
      const light = await axe.run(root, %s);
      document.body.setAttribute('data-md-color-switching', '');  // Material's switch: no colour transitions
      document.body.setAttribute('data-md-color-scheme', 'slate');
      const dark = await axe.run(root, %s);
      resolve({light: summary(light), dark: summary(dark)});
    };
    later.port2.postMessage(null);
  });
}""" % (json.dumps(WCAG_21_AA), json.dumps(COLOUR_RULES))
MATH_STATE = """() => ({
  formulas: document.querySelectorAll('.arithmatex').length,
  unrendered: document.querySelectorAll('.arithmatex:not(:has(.katex))').length,
  errors: document.querySelectorAll('.katex-error').length,
  script: typeof katex !== 'undefined' || typeof renderMathInElement !== 'undefined',
})"""


@pytest.fixture(scope="session")
def crawl(server, built_site, browser):
    return _crawl(server, built_site, browser)


def _crawl(server, built_site, browser):
    """Every page loaded once, TABS at a time, in one context: {page: what it showed}.

    Navigations start together (goto returns at commit) and are then awaited one by one,
    so the browser loads TABS pages concurrently while this thread stays synchronous.
    """
    visit, results, queue = Visit(browser, TABS), {}, list(PAGES)
    visit.context.add_init_script(AXE)
    started = time.perf_counter()
    try:
        while queue:
            batch = list(zip(visit.tabs, queue[:TABS]))
            del queue[:TABS]
            for tab, page in batch:
                tab.errors.clear()
                tab.foreign.clear()
                tab.goto(url_of(server, built_site, page), wait_until="commit")
            for tab, page in batch:
                tab.wait_for_load_state("load")
                results[page] = dict(tab.evaluate(MATH_STATE), console=list(tab.errors), foreign=list(tab.foreign))
                tab.evaluate(AUDIT, "article")
            for tab, page in batch:
                results[page]["axe"] = tab.evaluate("() => window.__audit")
    finally:
        visit.close()
    results["seconds"] = time.perf_counter() - started
    return results


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(p.parents[1]).as_posix())
def test_page_arrives_with_math_rendered_and_no_errors_or_foreign_requests(crawl, built_site, page):
    shown = crawl[page]
    assert shown["unrendered"] == 0, f"{shown['unrendered']} formulas arrive as raw TeX"
    assert shown["errors"] == 0, "KaTeX could not render some formulas"
    assert not shown["script"], "the page loads math JavaScript; formulas are rendered at build time"
    if 'class="arithmatex"' in built_page(built_site, page).read_text(encoding="utf-8"):
        assert shown["formulas"] > 0
    assert not shown["console"], f"console errors: {shown['console']}"
    assert not shown.get("foreign"), f"requests outside 127.0.0.1: {shown['foreign']}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(p.parents[1]).as_posix())
def test_page_has_no_accessibility_violations_in_either_scheme(crawl, page):
    """axe-core (tests/vendor/axe-core) finds no WCAG 2.1 A/AA violation in the page's content in the
    light scheme and no colour violation in the dark one."""
    found = [f"light: {v}" for v in crawl[page]["axe"]["light"]] + [f"dark: {v}" for v in crawl[page]["axe"]["dark"]]
    assert not found, "axe-core violations:\n" + "\n".join(found)


TEMPLATE_PAGES = ["", "en/", "losses/cross_entropy_loss/", "activations/gallery/", "no/such/page/"]


@pytest.mark.parametrize("path", TEMPLATE_PAGES, ids=lambda p: p or "home")
def test_page_template_has_no_accessibility_violations(browser, server, path):
    """The whole document (header, sidebars, search dialog, footer) on a few pages, in both schemes."""
    visit = Visit(browser)
    try:
        visit.context.add_init_script(AXE)
        tab = visit.open(server + path)
        tab.evaluate(AUDIT, "document")  # the selector axe audits: the whole page
        found = tab.evaluate("() => window.__audit")
        problems = [f"light: {v}" for v in found["light"]] + [f"dark: {v}" for v in found["dark"]]
        assert not problems, "axe-core violations:\n" + "\n".join(problems)
    finally:
        visit.close()


SECONDS_PER_PAGE = 1.1  # load, math check and two axe-core audits, on a 2-core machine


def test_the_crawl_fits_its_budget(crawl, server, built_site, browser):
    """Every page loaded and audited within 1.1 s a page on a 2-core machine.

    The load and checks took 0.47 s a page before the accessibility audit; axe-core's two
    audits of a page (light and dark) take about 0.5 s more, and the budget grows with the
    pages. One crawl can be slowed by other load on a shared machine; as timeit does, the
    faster of two crawls is the measurement.
    """
    budget = SECONDS_PER_PAGE * len(PAGES)
    seconds = crawl["seconds"]
    if seconds > budget:
        seconds = min(seconds, _crawl(server, built_site, browser)["seconds"])
    BUDGETS.append(f"browser pass over {len(PAGES)} pages: {seconds:.1f} s "
                   f"({seconds / len(PAGES):.2f} s a page, budget {SECONDS_PER_PAGE} s a page)")
    assert seconds <= budget, f"the browser pass over {len(PAGES)} pages took {seconds:.0f} s"


CE = next(p for p in PAGES if p.name == "cross_entropy_loss.md")
HOME = next(p for p in PAGES if p.name == "index.md" and p.parent.name == "docs")
CHOOSER = next(p for p in PAGES if p.name == "index.md" and p.parent.name == "losses")


def english_link(tab):
    return tab.locator('.md-header .md-select__link[hreflang="en"]').first


def test_language_switch_lands_on_the_twin(server, built_site, visit):
    tab = visit.open(url_of(server, built_site, CE))
    english_link(tab).evaluate("a => a.click()")
    tab.wait_for_url(url_of(server, built_site, twin(CE)))
    assert tab.evaluate("document.documentElement.lang") == "en"
    assert heading(tab) == "CrossEntropyLoss (cross-entropy loss)"


def heading(tab):
    return tab.locator("article h1").first.inner_text().rstrip("¶").strip()


def test_language_switch_follows_instant_navigation(server, built_site, visit):
    tab = visit.open(url_of(server, built_site, CHOOSER))  # links to the CrossEntropyLoss page
    tab.evaluate("window.__loadedOnce = true")
    tab.locator('article a[href$="losses/cross_entropy_loss/"]').first.click()
    tab.wait_for_url(url_of(server, built_site, CE))
    assert tab.evaluate("window.__loadedOnce === true"), "the page was reloaded, not navigated instantly"
    target = url_of(server, built_site, twin(CE))
    tab.wait_for_function("t => document.querySelector('.md-header .md-select__link[hreflang=en]').href === t", arg=target)
    english_link(tab).evaluate("a => a.click()")
    tab.wait_for_url(target)
    assert heading(tab) == "CrossEntropyLoss (cross-entropy loss)"


def test_language_switch_keeps_the_anchor(server, built_site, visit):
    """Both languages share heading ids: page/#pitfalls switches to twin/#pitfalls."""
    tab = visit.open(url_of(server, built_site, CE) + "#pitfalls")
    english_link(tab).evaluate("a => a.click()")
    tab.wait_for_url(url_of(server, built_site, twin(CE)) + "#pitfalls")
    assert tab.evaluate("document.documentElement.lang") == "en"
    assert not visit.errors, f"console errors: {visit.errors}"


@pytest.mark.parametrize("chooser", [CHOOSER, twin(CHOOSER)], ids=["zh", "en"])
def test_pages_fetch_no_sitemap(server, built_site, visit, chooser):
    """Material reads sitemap.xml for instant navigation and for every hreflang alternate
    (squidfunk/mkdocs-material#6582); hooks/sitemap_lookups.js answers without a request."""
    requests = []
    visit.page.on("request", lambda r: requests.append(r.url))
    tab = visit.open(url_of(server, built_site, chooser))
    tab.evaluate("window.__loadedOnce = true")
    target = url_of(server, built_site, CE if chooser == CHOOSER else twin(CE))
    tab.locator('article a[href$="losses/cross_entropy_loss/"]').first.click()
    tab.wait_for_url(target)
    tab.wait_for_load_state("load")
    tab.wait_for_timeout(300)  # the alternates' lookups start after the new page is swapped in
    assert tab.evaluate("window.__loadedOnce === true"), "the page was reloaded, not navigated instantly"
    fetched = [u for u in requests if "sitemap" in urlsplit(u).path]
    assert not fetched, f"sitemap requests: {fetched}"
    assert not visit.errors, f"console errors: {visit.errors}"


@pytest.mark.parametrize("missing,lang,home", [("no/such/page/", "zh", ""), ("en/no/such/page/", "en", "en/")])
def test_unknown_url_gets_the_404_page_of_its_language(server, visit, missing, lang, home):
    """The server answers every unknown URL with /404.html, as GitHub Pages does."""
    tab = visit.open(server + missing)
    tab.wait_for_function("l => document.documentElement.lang === l", arg=lang)
    tab.wait_for_load_state("load")
    assert "404" in tab.locator("article h1").first.inner_text()
    switch = {l: tab.eval_on_selector(f'.md-header .md-select__link[hreflang="{l}"]', "a => a.href")
              for l in ("zh", "en")}
    assert switch == {"zh": server, "en": server + "en/"}
    tab.locator("article h1 + p a").first.click()
    tab.wait_for_url(server + home)
    assert tab.evaluate("document.documentElement.lang") == lang
    errors = [e for e in visit.errors if "404" not in e]  # the missing page's own status
    assert not errors, f"console errors: {errors}"


def test_a_request_to_another_host_is_recorded_and_fails(visit, server):
    """The crawl's guard itself: a third-party resource is seen, and never reaches its host."""
    tab = visit.open(server)
    tab.evaluate("""() => new Promise(done => {
        const img = new Image(); img.onload = img.onerror = done; img.src = 'https://example.com/x.png'; })""")
    assert visit.foreign == ["https://example.com/x.png"]
    assert tab.evaluate("performance.getEntriesByName('https://example.com/x.png')[0]?.responseStatus ?? 0") == 0


CODE_COLOURS = """(scheme) => {
  document.body.setAttribute('data-md-color-switching', '');
  document.body.setAttribute('data-md-color-scheme', scheme);
  const rgba = css => css.match(/[\\d.]+/g).map(Number);
  const probe = document.createElement('code');
  document.querySelector('article').append(probe);
  const colour = value => { probe.style.color = value; return rgba(getComputedStyle(probe).color); };
  const bg = rgba(getComputedStyle(document.querySelector('.highlight code, pre > code')).backgroundColor);
  const linear = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
  const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const over = ([r, g, b, a = 1], base) => [r, g, b].map((c, i) => a * c + (1 - a) * base[i]);
  const ratio = (fg) => { const [l1, l2] = [luminance(over(fg, bg)), luminance(bg)].sort((x, y) => y - x); return (l1 + 0.05) / (l2 + 0.05); };
  const names = ['number', 'special', 'function', 'constant', 'keyword', 'string', 'name', 'operator',
                 'punctuation', 'comment', 'generic', 'variable'];
  const out = {fg: ratio(colour('var(--md-code-fg-color)'))};
  for (const n of names) out[n] = ratio(colour(`var(--md-code-hl-${n}-color)`));
  return out;
}"""


@pytest.mark.parametrize("scheme", ["default", "slate"], ids=["light", "dark"])
def test_code_colours(server, built_site, visit, scheme):
    """Every highlighting colour has 4.5:1 against the code background (the crawl audits code as text)."""
    tab = visit.open(url_of(server, built_site, CE))
    ratios = tab.evaluate(CODE_COLOURS, scheme)
    low = {name: round(r, 2) for name, r in ratios.items() if r < 4.5}
    assert not low, f"code colours below 4.5:1 in the {scheme} scheme: {low}"
