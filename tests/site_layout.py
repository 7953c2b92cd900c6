"""What the structural and build tests need to know about docs/ and mkdocs.yml."""

import re
from pathlib import Path

import yaml

from conftest import ROOT

DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
PAGE_SUFFIXES = (".md", ".ipynb")
INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"', re.MULTILINE)


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without constructing its Python-specific tags."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)


def is_english(path: Path) -> bool:
    return path.stem.endswith(".en")


def twin(path: Path) -> Path:
    """docs/a/b.md <-> docs/a/b.en.md (and the same for .ipynb)."""
    if is_english(path):
        return path.with_name(path.stem[: -len(".en")] + path.suffix)
    return path.with_name(path.stem + ".en" + path.suffix)


def pages() -> list[Path]:
    return sorted(p for p in DOCS.rglob("*") if p.suffix in PAGE_SUFFIXES and "assets" not in p.parts)


def includes(page: Path) -> list[str]:
    return INCLUDE.findall(page.read_text(encoding="utf-8")) if page.suffix == ".md" else []


def snippet_files() -> list[Path]:
    return sorted(p for p in SNIPPETS.rglob("*.py") if "__pycache__" not in p.parts)


def nav_entries(nav=None, trail=()):
    """(section titles, page path) for every page in the nav."""
    nav = mkdocs_config()["nav"] if nav is None else nav
    for item in nav:
        if isinstance(item, str):
            yield trail, item
        else:
            ((title, value),) = item.items()
            if isinstance(value, list):
                yield from nav_entries(value, trail + (title,))
            else:
                yield trail + (title,), value


def english_nav_translations() -> dict:
    i18n = next(p["i18n"] for p in mkdocs_config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    english = next(lang for lang in i18n["languages"] if lang["locale"] == "en")
    return english.get("nav_translations", {})


def built_page(site: Path, page: Path) -> Path:
    """Where `mkdocs build` writes a docs/ page: zh at the root, en under en/."""
    rel = page.relative_to(DOCS)
    stem = rel.stem[: -len(".en")] if is_english(page) else rel.stem
    parts = list(rel.parent.parts) + ([] if stem == "index" else [stem])
    return site.joinpath(*(["en"] if is_english(page) else []), *parts, "index.html")
