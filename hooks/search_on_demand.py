"""Load the search index when the reader starts to search, not with every page.

mkdocs-material (9.8) fetches the language's whole search index on every first
visit, before anything is typed: it was two thirds of a first visit's bytes and
kept a phone's CPU busy for seconds. Material has no option to defer it. This
hook inlines hooks/search_on_demand.js at the top of every page's head; it holds
the bundle's request for `search/search_index.json` until the reader points at,
opens or focuses the search box. tests/test_browser.py measures both visits.
"""

from pathlib import Path

from head_script import HeadScript

_SCRIPT = HeadScript(Path(__file__).with_suffix(".js"))
on_post_template = _SCRIPT.on_post_template


def on_post_page(output, page, config):
    return _SCRIPT.inline(output)
