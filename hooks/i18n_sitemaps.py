"""Point Material's per-language sitemap lookups at files that exist.

mkdocs-material fetches `sitemap.xml` next to every `<link rel="alternate"
hreflang>` in the page head, treating those links as language roots
(squidfunk/mkdocs-material#6582). mkdocs-static-i18n turns them into links to
the page's twin, so every page requested `<twin>/sitemap.xml` and logged two
404s; it also writes no sitemap for the non-default languages. This hook
restores the language roots in the head (the header's language menu keeps
its page-to-twin links) and copies the site's sitemap into each language root.
"""

import re
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

_HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="([^"]+)">')


def on_post_page(output, page, config):
    i18n = config.plugins.get("i18n")
    roots = {alt["lang"]: alt["link"] for alt in getattr(i18n, "extra_alternate", None) or []}
    if not roots:
        return output
    return _HEAD_ALTERNATE.sub(
        lambda m: f'<link rel="alternate" href="{roots.get(m.group(1), m.group(0))}" hreflang="{m.group(1)}">',
        output,
    )


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:
        return
    site = Path(config.site_dir)
    for language in i18n.build_languages:
        if language == i18n.default_language:
            continue
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            if (site / name).is_file():
                shutil.copyfile(site / name, site / language / name)
