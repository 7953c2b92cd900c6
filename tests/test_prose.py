"""The prose speaks to the reader, with one term per concept, and types no unproven number.

- No page or snippet speaks of the material the handbook grew from, or of its own build
  and test machinery.
- The glossary (docs/glossary.md, docs/glossary.en.md) is the one list of terms: its
  "rejected" column holds the variants that must not appear in that language's prose.
- Every decimal number written in a page's prose (code, code spans and display math left
  out) appears in a snippet that page embeds, in its source or its `#>` output.
"""

import re

import pytest

from conftest import ROOT
from site_layout import DOCS, SNIPPETS, includes, is_english, pages

PAGES = [p for p in pages() if p.suffix == ".md"]
GLOSSARY = {False: DOCS / "glossary.md", True: DOCS / "glossary.en.md"}

# Words that speak of the handbook's sources or of its build and test machinery.
OFF_LIMITS = re.compile(
    r"原始笔记|原笔记|笔记|源笔记|source notes?|seed notes?|seed 00\d|the seeds?\b|original notes?"
    r"|snippet-devices|只在 CPU 上断言|asserted on CPU|构建时自动读取|不是手写的|test harness|测试框架",
    re.IGNORECASE)


def rel(path):
    return path.relative_to(ROOT).as_posix()


def prose(text):
    """The page without fenced code, code spans, display math, HTML comments and heading anchors."""
    text = re.sub(r"^([ \t]*)(```|~~~)[^\n]*\n.*?^\1\2[ \t]*$", "", text, flags=re.M | re.S)
    text = re.sub(r"^\s*--8<--.*$", "", text, flags=re.M)
    text = re.sub(r"\$\$.*?\$\$", "", text, flags=re.S)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = re.sub(r"`[^`\n]*`", "", text)
    text = re.sub(r"\{ #[\w-]+ \}", "", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    return text


def _lines_with(pattern, text):
    return [(text[: m.start()].count("\n") + 1, m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize("path", PAGES + sorted(SNIPPETS.rglob("*.py")), ids=rel)
def test_speaks_to_the_reader_only(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".py":  # the device marker is the harness's, stripped from displayed code
        text = re.sub(r"\A# snippet-devices:[^\n]*", "", text)
    found = _lines_with(OFF_LIMITS, text)
    assert not found, "\n".join(f"{rel(path)}:{line}: {word!r} speaks of sources or test machinery"
                                for line, word in found)


def rejected_terms(english):
    """{rejected variant: the glossary's term} from the glossary's table of that language."""
    glossary = GLOSSARY[english]
    if not glossary.is_file():
        pytest.fail(f"{rel(glossary)} is missing", pytrace=False)
    rejected = {}
    for row in re.findall(r"^\|(.+)\|\s*$", glossary.read_text(encoding="utf-8"), re.M):
        cells = [c.strip() for c in row.split("|")]
        if len(cells) < 3 or set(cells[0]) <= {"-", ":", " "}:
            continue
        term, variants = cells[0], cells[-1]
        for variant in re.split(r"[、,，]\s*", variants):
            variant = variant.strip().strip("*")
            if variant and variant not in ("—", "-") and not variant.startswith(("不用", "Avoid")):
                rejected[variant] = term
    return rejected


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_uses_the_glossary_terms(page):
    if page in GLOSSARY.values():
        return
    english = is_english(page)
    terms = rejected_terms(english)
    text = prose(page.read_text(encoding="utf-8"))
    problems = []
    for variant, term in terms.items():
        pattern = re.compile(rf"\b{re.escape(variant)}\b" if english else re.escape(variant),
                             re.IGNORECASE if english else 0)
        problems += [f"{rel(page)}:{line}: {found!r}: the glossary's term is {term!r}"
                     for line, found in _lines_with(pattern, text)]
    assert not problems, "\n".join(problems)


# A number is bounded by anything but ASCII letters, digits and a decimal point: "0.3135." at the
# end of an English sentence counts, and so does "为0.3135" in Chinese.
_EDGE_BEFORE, _EDGE_AFTER = r"(?<![A-Za-z0-9_.\\])", r"(?![A-Za-z0-9_]|\.\d)"
DECIMAL = re.compile(rf"{_EDGE_BEFORE}-?\d+\.\d+(?:[eE][-+]?\d+)?{_EDGE_AFTER}"
                     rf"|{_EDGE_BEFORE}\d+(?:\.\d+)?[eE][-+]?\d+{_EDGE_AFTER}")
# Version numbers are not results: torch 2.13, KaTeX 0.19.1, Python 3.11.
VERSION = re.compile(r"(?:torch|PyTorch|Python|KaTeX|MkDocs|Material|WCAG|v)\s*\d+\.\d+(?:\.\d+)?", re.IGNORECASE)


def _appears(number, texts):
    plain = number.lstrip("-")
    pattern = re.compile(rf"(?<![\d.]){re.escape(plain)}(?!\d)")
    return any(pattern.search(t) for t in texts)


@pytest.mark.parametrize("page", PAGES, ids=rel)
def test_every_number_in_prose_comes_from_an_embedded_snippet(page):
    text = VERSION.sub("", prose(page.read_text(encoding="utf-8")))
    snippets = [(SNIPPETS / path).read_text(encoding="utf-8") for path in includes(page)
                if (SNIPPETS / path).is_file()]
    missing = [(line, number) for line, number in _lines_with(DECIMAL, text) if not _appears(number, snippets)]
    assert not missing, "\n".join(
        f"{rel(page)}:{line}: {number} is typed in prose but appears in no snippet the page embeds"
        for line, number in missing)
