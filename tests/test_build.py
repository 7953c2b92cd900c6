"""The built site: strict build, no third-party resources, notebooks rendered, anchors shared."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from site_layout import built_page, is_english, pages, twin

PAGES = pages()
ZH_PAGES = [p for p in PAGES if not is_english(p)]
NOTEBOOKS = [p for p in PAGES if p.suffix == ".ipynb"]


class _Page(HTMLParser):
    RESOURCE_ATTRS = {"script": "src", "img": "src", "source": "src", "iframe": "src", "embed": "src",
                      "video": "src", "audio": "src"}

    def __init__(self):
        super().__init__()
        self.resources, self.heading_ids, self.links, self.styles = [], [], [], []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in self.RESOURCE_ATTRS and attrs.get(self.RESOURCE_ATTRS[tag]):
            self.resources.append(attrs[self.RESOURCE_ATTRS[tag]])
        if tag == "link" and attrs.get("href"):
            self.resources.append(attrs["href"])
        if re.fullmatch(r"h[1-6]", tag) and "id" in attrs:
            self.heading_ids.append(attrs["id"])
        if tag == "a" and attrs.get("href"):
            self.links.append((attrs.get("hreflang"), attrs["href"]))
        if "style" in attrs:
            self.styles.append(attrs["style"])
        self._in_style = tag == "style"

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def parsed(path):
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def is_third_party(url):
    parts = urlsplit(url.strip())
    return parts.hostname not in (None, "127.0.0.1") or parts.scheme not in ("", "data", "blob", "http")


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def test_no_third_party_resource_in_html(built_site):
    offenders = []
    for html in built_site.rglob("*.html"):
        page = parsed(html)
        urls = page.resources + [u for style in page.styles for u in CSS_URL.findall(style)]
        offenders += [f"{html.relative_to(built_site)}: {u}" for u in urls if is_third_party(u)]
    assert not offenders, "third-party resources referenced:\n" + "\n".join(offenders)


def test_no_third_party_url_in_css(built_site):
    offenders = [f"{css.relative_to(built_site)}: {u}"
                 for css in built_site.rglob("*.css")
                 for u in CSS_URL.findall(css.read_text(encoding="utf-8", errors="replace"))
                 if is_third_party(u)]
    assert not offenders, "third-party URLs in stylesheets:\n" + "\n".join(offenders)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_is_built_without_leftover_placeholders(built_site, page):
    html = built_page(built_site, page)
    assert html.is_file(), f"{page.name} was not built to {html}"
    text = html.read_text(encoding="utf-8")
    assert "{{ " not in re.sub(r"<(pre|code)[\s\S]*?</\1>", "", text), f"{html}: unreplaced {{{{ ... }}}}"


class _Prose(HTMLParser):
    """Text outside code, scripts, styles and arithmatex spans."""

    SKIP = {"code", "pre", "script", "style", "svg"}

    def __init__(self):
        super().__init__()
        self.depth, self.text = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP or "arithmatex" in (dict(attrs).get("class") or ""):
            self.depth += 1
        elif self.depth:
            self.depth += tag not in ("br", "img", "input", "meta", "link", "hr")

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.text.append(data)


@pytest.mark.parametrize("page", [p for p in PAGES if p.suffix == ".md"], ids=lambda p: p.name)
def test_no_math_left_unparsed(built_site, page):
    # a `$...$` that arithmatex did not take (a `|` inside a table cell splits it) shows up as raw text
    prose = _Prose()
    prose.feed(built_page(built_site, page).read_text(encoding="utf-8"))
    stray = [t.strip() for t in prose.text if "$" in t]
    assert not stray, f"{page.name}: unrendered math: {stray[:5]}"


@pytest.mark.parametrize("page", ZH_PAGES, ids=lambda p: p.name)
def test_twins_share_heading_anchors(built_site, page):
    zh_ids = parsed(built_page(built_site, page)).heading_ids
    en_ids = parsed(built_page(built_site, twin(page))).heading_ids
    unreadable = [i for i in zh_ids if not re.fullmatch(r"[a-z][a-z0-9-]*", i)]
    assert not unreadable, f"{page.name}: headings without a readable ASCII anchor: {unreadable}"
    assert zh_ids == en_ids, f"{page.name}: zh anchors {zh_ids} != en anchors {en_ids}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_language_links_point_at_the_twin(built_site, page):
    html = built_page(built_site, page)
    links = dict(link for link in parsed(html).links if link[0])
    for lang, target in [("zh", page if not is_english(page) else twin(page)),
                         ("en", page if is_english(page) else twin(page))]:
        href = links[lang]  # absolute ("/en/") on home pages: the test build has no site_url
        resolved = (built_site / href.lstrip("/") if href.startswith("/") else html.parent / href).resolve()
        resolved = resolved / "index.html" if resolved.is_dir() else resolved
        assert resolved == built_page(built_site, target).resolve(), f"{html}: {lang} link {links[lang]}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_executed_and_rendered_as_html(built_site, notebook):
    html = built_page(built_site, notebook)
    text = html.read_text(encoding="utf-8")
    assert "jupyter-wrapper" in text and '"cell_type"' not in text, f"{html} is not a rendered notebook"
    assert "data:image/png;base64," in text, f"{html} has no executed figure output"
    download = html.parent / notebook.name
    assert download.is_file() and f'href="{notebook.name}"' in text, f"{html} has no notebook download link"


def test_warm_rebuild_uses_the_notebook_cache_and_meets_its_budget(built_site, rebuild, tmp_path):
    result, seconds = rebuild(tmp_path / "site")
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    assert "Cache miss" not in log and "Evicted" not in log, "notebooks re-executed on a warm build:\n" + log
    assert seconds <= 30, f"warm mkdocs build took {seconds:.1f} s (budget 30 s)"
