"""What a reader's browser downloads, counted as a static host serves it: text gzip-compressed.

The test server logs every request it answers and tells browsers to reuse files for 10
minutes, as GitHub Pages does; a visit's weight is the sum, over the files it served, of
their gzip size (level 6) for text and their size for the rest (fonts, images).
"""

import gzip
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import BUDGETS
from site_browser import Visit, url_of
from site_layout import is_english, pages, twin

KB = 1024
FIRST_VISIT = 350 * KB  # a function page, with whatever search needs up front
REPEAT_VISIT = 40 * KB  # another function page, the site's files in the browser's cache
SEARCH_INDEX = 500 * KB  # per language, at 2.5 times today's pages
TODAYS_PAGES_PER_LANGUAGE = 82  # when the budget was set
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb", ".map"}

PAGES = pages()
CE = next(p for p in PAGES if p.name == "cross_entropy_loss.md")
BATCH_NORM = next(p for p in PAGES if p.name == "batch_norm.md")
GALLERY = next(p for p in PAGES if p.name == "gallery.ipynb")
HOME = next(p for p in PAGES if p.name == "index.md" and p.parent.name == "docs")


def served_file(site: Path, path: str, status: int) -> Path:
    if status == 404:
        return site / "404.html"
    file = site / unquote(urlsplit(path).path).lstrip("/")
    return file / "index.html" if file.is_dir() else file


def weight(file: Path) -> int:
    data = file.read_bytes() if file.is_file() else b""
    return len(gzip.compress(data, 6)) if file.suffix in COMPRESSED else len(data)


class Meter:
    """Counts what the server sends between two marks (200 and 404 answers; a 304 sends no body)."""

    def __init__(self, served_site):
        self.site, self.requests = served_site.dir, served_site.requests

    def visit(self, tab, url, action=None):
        start = len(self.requests)
        if action is None:
            tab.goto(url, wait_until="load")
        else:
            action()
        tab.wait_for_load_state("networkidle")
        files = {served_file(self.site, path, status): weight(served_file(self.site, path, status))
                 for path, status in self.requests[start:] if status in (200, 404)}
        return sum(files.values()), {f.relative_to(self.site).as_posix(): w for f, w in files.items()}


def describe(files):
    return ", ".join(f"{name} {size / KB:.1f} KB" for name, size in sorted(files.items(), key=lambda kv: -kv[1]))


@pytest.fixture
def meter(served_site):
    return Meter(served_site)


@pytest.mark.parametrize("page", [CE, twin(CE)], ids=["zh", "en"])
def test_a_function_page_is_light_on_the_first_and_the_next_visit(browser, server, built_site, meter, page):
    visit = Visit(browser)
    try:
        tab = visit.page
        first, files = meter.visit(tab, url_of(server, built_site, page))
        BUDGETS.append(f"first visit of {page.name}: {first / KB:.0f} KB (budget {FIRST_VISIT // KB} KB)")
        assert not any(name.endswith("search_index.json") for name in files), \
            "the search index is downloaded before the reader searches"
        assert first <= FIRST_VISIT, f"first visit {first / KB:.0f} KB: {describe(files)}"
        other = BATCH_NORM if not is_english(page) else twin(BATCH_NORM)
        repeat, files = meter.visit(tab, url_of(server, built_site, other))
        BUDGETS.append(f"next visit, {other.name}: {repeat / KB:.0f} KB (budget {REPEAT_VISIT // KB} KB)")
        assert repeat <= REPEAT_VISIT, f"repeat visit {repeat / KB:.0f} KB: {describe(files)}"
    finally:
        visit.close()


@pytest.mark.parametrize("page", [HOME, twin(HOME)], ids=["zh", "en"])
def test_the_search_index_arrives_when_the_reader_opens_search(browser, server, built_site, meter, page):
    visit = Visit(browser)
    try:
        tab = visit.open(url_of(server, built_site, page))
        tab.wait_for_load_state("networkidle")
        _, files = meter.visit(tab, None, lambda: tab.locator("label.md-search__icon, .md-search__input").first.click())
        index = "en/search/search_index.json" if is_english(page) else "search/search_index.json"
        assert index in files, f"opening search fetched {sorted(files)}, not {index}"
        box = tab.locator("input.md-search__input")
        box.fill("dropout")
        box.press("End")
        tab.wait_for_selector(".md-search-result__item", timeout=10000)
        assert not visit.errors, f"console errors: {visit.errors}"
    finally:
        visit.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_search_index_stays_under_budget_at_two_and_a_half_times_the_pages(built_site, lang):
    """The index grows with the pages: per page it must leave room for 2.5x today's pages."""
    path = built_site / ("en/" if lang == "en" else "") / "search" / "search_index.json"
    size = weight(path)
    docs = json.loads(path.read_text(encoding="utf-8"))["docs"]
    pages_now = sum(1 for d in docs if "#" not in d["location"])
    per_page = SEARCH_INDEX / (2.5 * TODAYS_PAGES_PER_LANGUAGE)
    BUDGETS.append(f"search index ({lang}): {size / KB:.0f} KB for {pages_now} pages, "
                   f"{size / pages_now / KB:.2f} KB a page (budget {per_page / KB:.2f} KB a page)")
    assert size <= SEARCH_INDEX
    assert size / pages_now <= per_page, (
        f"{size / KB:.0f} KB for {pages_now} pages: at 2.5 x {TODAYS_PAGES_PER_LANGUAGE} pages the index "
        f"would pass {SEARCH_INDEX // KB} KB")


def test_a_notebook_page_is_light_on_the_first_visit(browser, server, built_site, meter):
    visit = Visit(browser)
    try:
        total, files = meter.visit(visit.page, url_of(server, built_site, GALLERY))
        BUDGETS.append(f"first visit of the notebook {GALLERY.name}: {total / KB:.0f} KB")
        assert total <= FIRST_VISIT, f"first visit {total / KB:.0f} KB: {describe(files)}"
        assert not any(name.endswith(".ipynb") for name in files), "the notebook file itself was downloaded"
    finally:
        visit.close()
