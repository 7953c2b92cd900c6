"""The tree keeps its promises: page twins, snippet inclusion, nav in both languages."""

import re

import pytest

from conftest import ROOT
from site_layout import (DOCS, SNIPPETS, english_nav_translations, includes, is_english, nav_entries,
                         pages, snippet_files, twin)

PAGES = pages()


def rel(path):
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_every_page_has_its_twin(page):
    assert twin(page).is_file(), f"{rel(page)} has no {'Chinese' if is_english(page) else 'English'} twin {rel(twin(page))}"


@pytest.mark.parametrize("page", [p for p in PAGES if not is_english(p) and twin(p).is_file()], ids=rel)
def test_twins_include_the_same_snippets(page):
    assert includes(page) == includes(twin(page)), (
        f"{rel(page)} and {rel(twin(page))} embed different snippets (or in another order)"
    )


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_every_included_snippet_exists(page):
    missing = [path for path in includes(page) if not (SNIPPETS / path).is_file()]
    assert not missing, f"{rel(page)} includes snippets that do not exist: {missing}"


def test_every_snippet_is_included_by_a_page():
    included = {path for page in PAGES for path in includes(page)}
    orphans = [rel(p) for p in snippet_files() if p.relative_to(SNIPPETS).as_posix() not in included]
    assert not orphans, f"snippets that no page includes: {orphans}"


def test_nothing_runnable_under_docs():
    # mkdocs-jupyter would turn a .py under docs/ into a page; snippets live outside docs/.
    assert not list(DOCS.rglob("*.py"))


@pytest.mark.parametrize("trail,page", list(nav_entries()), ids=lambda v: v if isinstance(v, str) else "/".join(v))
def test_nav_entry_exists_in_both_languages(trail, page):
    source = DOCS / page
    assert source.is_file(), f"nav entry {page} does not exist"
    assert twin(source).is_file(), f"nav entry {page} has no English twin {rel(twin(source))}"
    untranslated = [title for title in trail if title not in english_nav_translations()]
    assert not untranslated, f"nav titles without an English translation in mkdocs.yml: {untranslated}"


TEMPLATE = ["typical-use", "formula", "signature", "shapes", "examples", "from-scratch", "pitfalls", "related"]
SECTION_ANCHOR = re.compile(r"^## .*\{ #([\w-]+) \}\s*$", re.MULTILINE)
FUNCTION_PAGES = [p for p in PAGES if p.suffix == ".md" and (
    SNIPPETS / p.relative_to(DOCS).parent / p.name.split(".")[0] / "from_scratch.py").is_file()]


@pytest.mark.parametrize("page", FUNCTION_PAGES, ids=rel)
def test_function_page_follows_the_template(page):
    # a page whose snippets/<section>/<name>/ folder has a from_scratch.py documents one function
    text = page.read_text(encoding="utf-8")
    assert SECTION_ANCHOR.findall(text) == TEMPLATE, f"{rel(page)}: sections must be {TEMPLATE}"
    name = page.name.split(".")[0]
    folder = f"{page.relative_to(DOCS).parent.as_posix()}/{name}"
    assert f'"{folder}/from_scratch.py"' in text, f"{rel(page)} does not embed its from_scratch.py"
    typical = text.split("{ #typical-use }", 1)[1].split("\n## ", 1)[0]
    assert f'"{folder}/typical_use.py"' in typical, f"{rel(page)}: the typical-use section embeds {folder}/typical_use.py"


@pytest.mark.parametrize("page", FUNCTION_PAGES, ids=rel)
def test_every_code_block_has_a_lead_in(page):
    """A sentence ending in a colon (or a heading) right above each embedded snippet says what to look at."""
    lines = page.read_text(encoding="utf-8").splitlines()
    bare = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```python title="):
            above = next((l.strip() for l in reversed(lines[:i]) if l.strip()), "")
            if not (above.endswith((":", "：")) or above.startswith("!!!") or above.startswith("???")):
                bare.append(f"{rel(page)}:{i + 1}")
    assert not bare, "code blocks without a lead-in sentence ending in ':' / '：' :\n" + "\n".join(bare)
