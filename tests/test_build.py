"""The built site: strict build, no third-party resources, notebooks rendered, anchors shared."""

import importlib.util
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from conftest import BUDGETS, ROOT, _build
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


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
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


HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]+)">')


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_head_alternates_point_at_the_twin(served_site, page):
    """hreflang alternates name the page's own translation, fully qualified, and it exists."""
    html = built_page(served_site.dir, page)
    alternates = {lang: href for href, lang in HEAD_ALTERNATE.findall(html.read_text(encoding="utf-8"))}
    zh, en = (twin(page), page) if is_english(page) else (page, twin(page))
    assert set(alternates) == {"zh", "en"}, f"{html}: alternates {alternates}"
    for lang, target in (("zh", zh), ("en", en)):
        href = alternates[lang]
        assert href.startswith(served_site.url), f"{html}: {lang} alternate {href} is not under site_url"
        resolved = served_site.dir / urlsplit(href).path.lstrip("/") / "index.html"
        assert resolved.is_file(), f"{html}: {lang} alternate {href} does not exist"
        assert resolved.resolve() == built_page(served_site.dir, target).resolve(), f"{html}: {lang} alternate {href}"


@pytest.mark.parametrize("lang,path,home,words", [("zh", "404.html", "/", "页面不存在"),
                                                   ("en", "en/404.html", "/en/", "Page not found")])
def test_404_page_per_language(built_site, lang, path, home, words):
    html = (built_site / path).read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert words in html
    links = dict(link for link in parsed(built_site / path).links if link[0])
    assert links == {"zh": "/", "en": "/en/"}, f"{path}: language links {links}"
    assert f'<a href="{home}">' in html, f"{path}: no link to {home}"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_executed_and_rendered_as_html(built_site, notebook):
    html = built_page(built_site, notebook)
    text = html.read_text(encoding="utf-8")
    assert "jupyter-wrapper" in text and '"cell_type"' not in text, f"{html} is not a rendered notebook"
    # hooks/notebook_plots.py: figures are PNG files next to the page, with their section as alt text
    figures = re.findall(r'<img\b[^>]*\bsrc="([0-9a-f]{16}\.png)"[^>]*\balt="([^"]+)"', text)
    assert figures, f"{html} has no executed figure output"
    assert all((html.parent / name).is_file() for name, _ in figures), f"{html}: a figure file is missing"
    assert "data:image/png;base64," not in text, f"{html}: a figure is still embedded in the page"
    download = html.parent / notebook.name
    assert download.is_file() and f'href="{notebook.name}"' in text, f"{html} has no notebook download link"
    # hooks/notebook_pages.py: no inline JupyterLab CSS or scripts, inputs are the theme's code blocks
    assert "<style" not in text, f"{html} still has inline <style> blocks"
    assert 'class="language-python highlight"><pre><span></span><code>' in text, f"{html}: inputs are not code blocks"
    assert "clipboard-copy" not in text and "mathjax" not in text.lower(), f"{html}: clipboard or MathJax leftovers"


def test_warm_rebuild_uses_the_notebook_cache_and_meets_its_budget(built_site, rebuild, tmp_path):
    result, seconds, cpu = rebuild(tmp_path / "site")
    assert result.returncode == 0, result.stderr
    log = result.stdout + result.stderr
    assert "Cache miss" not in log and "Evicted" not in log, "notebooks re-executed on a warm build:\n" + log
    assert re.search(r"katex_prerender: [1-9]\d* formulas, 0 of them typeset by KaTeX", log), \
        "formulas typeset again on a warm build:\n" + log
    # The budget is 10 s of wall time on a 2-core machine. On a shared machine one run can be
    # slowed by others' load; as timeit does, the fastest of up to three runs is the measurement.
    for attempt in range(2):
        if seconds <= 10:
            break
        _, again, cpu = rebuild(tmp_path / f"site-again-{attempt}")
        seconds = min(seconds, again)
    BUDGETS.append(f"warm mkdocs build of both languages: {seconds:.1f} s wall, {cpu:.1f} s CPU (budget 10 s)")
    assert seconds <= 10, f"warm mkdocs build took {seconds:.1f} s (budget 10 s)"


class _Math(HTMLParser):
    """Script sources, arithmatex elements without KaTeX output inside, KaTeX error elements."""

    def __init__(self):
        super().__init__()
        self.scripts, self.stack, self.bare, self.errors = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        if "katex-error" in classes:
            self.errors += 1
        if "katex" in classes:
            for element in self.stack:
                element[1] = True
        if tag in ("span", "div"):
            self.stack.append([tag, False, "arithmatex" in classes])

    def handle_endtag(self, tag):
        if tag in ("span", "div") and self.stack:
            _, has_katex, is_arithmatex = self.stack.pop()
            self.bare += is_arithmatex and not has_katex


def test_math_is_typeset_at_build_time_and_pages_load_no_math_script(built_site):
    problems = []
    for html in sorted(built_site.rglob("*.html")):
        page = _Math()
        page.feed(html.read_text(encoding="utf-8"))
        name = html.relative_to(built_site)
        problems += [f"{name}: loads {src}" for src in page.scripts if re.search(r"katex|auto-render|mathjax", src, re.I)]
        problems += [f"{name}: {page.bare} arithmatex elements without KaTeX output"] if page.bare else []
        problems += [f"{name}: {page.errors} katex-error elements"] if page.errors else []
    assert not problems, "\n".join(problems)


def test_a_formula_katex_cannot_parse_fails_the_build(tmp_path):
    fixture = ROOT / "tests" / "build_fixtures" / "katex_error"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(fixture / "mkdocs.yml"),
         "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"), capture_output=True, text=True, timeout=60,
    )
    log = result.stdout + result.stderr
    assert result.returncode != 0, "a formula KaTeX cannot parse did not fail the build:\n" + log
    error = next((line for line in log.splitlines() if "KaTeX cannot render" in line), "")
    assert "index.md" in error and "\\frac{1}{2$" in error and "KaTeX parse error" in error, log


def _hook(name):
    spec = importlib.util.spec_from_file_location(f"_test_hook_{name}", ROOT / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CODE_HEAVY = [p for p in ZH_PAGES if p.name in ("cross_entropy_loss.md", "errors.md", "training_comparison.ipynb")]


@pytest.mark.parametrize("page", CODE_HEAVY, ids=lambda p: p.name)
def test_search_indexes_code_blocks_the_same_without_their_markup(built_site, page):
    # hooks/search_code_markup.py hands Material's search parser the page without the tags inside <pre>
    from material.plugins.search.plugin import Parser

    text = built_page(built_site, page).read_text(encoding="utf-8")
    article = text[text.index("<article"):text.index("</article>")]
    assert article.count("<pre") >= 3, f"{page.name} is no longer a page with many code blocks"

    def sections(html):
        parser = Parser()
        parser.feed(html)
        parser.close()
        return [(s.id, s.title, "".join(s.text)) for s in parser.data]

    assert sections(_hook("search_code_markup").without_code_markup(article)) == sections(article)


def test_canonical_links_follow_site_url(tmp_path):
    """site_url comes from the deployment (SITE_URL); canonical links and alternates follow it."""
    site_url = "https://example.org/handbook/"
    result, seconds, _ = _build(tmp_path / "site", site_url)
    assert result.returncode == 0, f"build with SITE_URL={site_url} failed:\n{result.stderr}"
    for page, url in [(CE := next(p for p in ZH_PAGES if p.name == "cross_entropy_loss.md"),
                       site_url + "losses/cross_entropy_loss/"),
                      (twin(CE), site_url + "en/losses/cross_entropy_loss/")]:
        html = built_page(tmp_path / "site", page).read_text(encoding="utf-8")
        assert f'<link rel="canonical" href="{url}">' in html, f"{page.name}: canonical is not {url}"
        assert f'<link rel="alternate" href="{url}" hreflang="{"en" if is_english(page) else "zh"}">' in html
