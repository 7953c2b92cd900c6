"""Give each language its own search index.

mkdocs-static-i18n merges every language into the one search index at the
site root, and every page, English ones included, loads that index from the
root (`__config.base`): an English reader searching "cross entropy" gets the
Chinese pages first, a Chinese reader gets English ones. This hook splits the
merged index into one per language root and points the pages of each
non-default language at their own root, which also keeps Material's instant
navigation inside one language.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def _i18n(config):
    return config.plugins.get("i18n")


def on_post_page(output, page, config):
    i18n = _i18n(config)
    if i18n is None or i18n.current_language == i18n.default_language:
        return output
    lang = i18n.current_language
    return _BASE.sub(lambda m: f"{m.group(1)}{m.group(2).rstrip('/')}/{lang}/{m.group(3)}", output, count=1)


@event_priority(-200)  # after mkdocs-static-i18n has merged the languages' entries
def on_post_build(config):
    i18n = _i18n(config)
    if i18n is None or i18n.building:
        return
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    per_language = {lang: [] for lang in [i18n.default_language, *others]}
    for doc in merged["docs"]:
        lang = next((l for l in others if doc["location"].startswith(f"{l}/")), i18n.default_language)
        if lang != i18n.default_language:
            doc = dict(doc, location=doc["location"][len(lang) + 1:])
        per_language[lang].append(doc)
    for lang, docs in per_language.items():
        target = site / ("" if lang == i18n.default_language else lang) / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(dict(merged, docs=docs), ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
