"""Keep Material from fetching sitemap.xml, so that the head's hreflang alternates can point at the twin page.

mkdocs-material's bundle fetches `sitemap.xml` next to every `<link rel="alternate"
hreflang>` in the head, treating those links as language roots
(squidfunk/mkdocs-material#6582). mkdocs-static-i18n points them, rightly, at the
page's translation, so every page requested `<twin>/sitemap.xml` and logged 404s; and
instant navigation reads `<base>/sitemap.xml` (58 KB) on every first visit only to know
which links are the site's pages. This hook inlines hooks/sitemap_lookups.js at the top
of every page's head: it answers instant navigation's lookup from the page's own
navigation (with `navigation.prune`, the pages of the current section and the
chapter overviews; a link to any other page loads it in full) and aborts the alternates'
lookups, which the bundle treats as "no sitemap". No page fetches sitemap.xml; the file
is still built for search engines.

The alternates themselves are made absolute (search engines want fully qualified
hreflang URLs; mkdocs-static-i18n writes them relative to the page).
"""

import re
from pathlib import Path
from urllib.parse import urljoin

from head_script import HeadScript

_SCRIPT = HeadScript(Path(__file__).with_suffix(".js"))
on_post_template = _SCRIPT.on_post_template
_HEAD_ALTERNATE = re.compile(r'(<link rel="alternate" href=")([^"]*)(" hreflang="[^"]+">)')


def on_post_page(output, page, config):
    if page.canonical_url:
        output = _HEAD_ALTERNATE.sub(lambda m: m.group(1) + urljoin(page.canonical_url, m.group(2)) + m.group(3),
                                     output)
    return _SCRIPT.inline(output)

