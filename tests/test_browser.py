"""The built site in a real browser (Debian's Chromium driven by playwright), served on 127.0.0.1."""

import shutil
from urllib.parse import urlsplit

import pytest

from site_layout import built_page, is_english, pages, twin

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGES = pages()


@pytest.fixture(scope="session")
def server(served_site):
    return served_site.url


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (.ci/run does)", pytrace=False)
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


class Visit:
    """A browser page that records console errors and every request leaving 127.0.0.1."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors, self.foreign = [], []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}"))
        self.context.route("**/*", self._route)

    def _route(self, route):
        if urlsplit(route.request.url).hostname == "127.0.0.1" or route.request.url.startswith("data:"):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, url):
        self.page.goto(url, wait_until="networkidle")
        self.page.wait_for_function("() => typeof renderMathInElement === 'function'")
        return self.page

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    v = Visit(browser)
    yield v
    v.close()


def url_of(server, site, page):
    return server + built_page(site, page).parent.relative_to(site).as_posix().removeprefix(".") + (
        "/" if built_page(site, page).parent != site else "")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(p.parents[1]).as_posix())
def test_page_renders_math_without_errors_or_foreign_requests(server, built_site, visit, page):
    tab = visit.open(url_of(server, built_site, page))
    tab.wait_for_function("() => !document.querySelector('.arithmatex:not(:has(.katex))')", timeout=5000)
    assert tab.locator(".katex-error").count() == 0, "KaTeX could not render some formulas"
    if built_page(built_site, page).read_text(encoding="utf-8").count('class="arithmatex"'):
        assert tab.locator(".katex").count() > 0
    assert not visit.errors, f"console errors: {visit.errors}"
    assert not visit.foreign, f"requests outside 127.0.0.1: {visit.foreign}"


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
    assert heading(tab) == "CrossEntropyLoss"


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
    assert heading(tab) == "CrossEntropyLoss"


@pytest.mark.parametrize("home,query,expected", [
    (HOME, "交叉熵", CE),
    (twin(HOME), "cross entropy", twin(CE)),
])
def test_search_finds_the_page_in_its_language(server, built_site, visit, home, query, expected):
    tab = visit.open(url_of(server, built_site, home))
    tab.locator("label.md-search__icon, .md-search__input").first.click()
    box = tab.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material searches on key events; fill() of CJK text sends none
    tab.wait_for_selector(".md-search-result__item", timeout=10000)
    hrefs = tab.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    pages_found = [urlsplit(h)._replace(query="", fragment="").geturl() for h in hrefs]
    wanted = url_of(server, built_site, expected)
    top = list(dict.fromkeys(pages_found))[:5]  # distinct pages, best first
    assert wanted in top, f"{query!r}: {wanted} not among the top results {top}"
    english = urlsplit(wanted).path.startswith("/en/")
    other_language = [p for p in pages_found if urlsplit(p).path.startswith("/en/") != english]
    assert not other_language, f"{query!r}: results in the other language: {other_language}"
    assert not visit.errors, f"console errors: {visit.errors}"
