"""Load the search index when the reader starts to search, not with every page.

mkdocs-material (9.8) fetches the language's whole search index on every first
visit, before anything is typed: it was two thirds of a first visit's bytes and
kept a phone's CPU busy for seconds. Material has no option to defer it. This
hook inlines hooks/search_on_demand.js at the top of every page's head; it holds
the bundle's request for `search/search_index.json` until the reader points at,
opens or focuses the search box. tests/test_browser.py measures both visits.
"""

from pathlib import Path

_SOURCE = Path(__file__).with_suffix(".js").read_text(encoding="utf-8")
# comments and indentation stay in the file, out of every page
_SCRIPT = "<script>" + "\n".join(
    line.strip() for line in _SOURCE.splitlines() if line.strip() and not line.strip().startswith("//")
) + "</script>"


def _inline(output):
    return output.replace("</head>", _SCRIPT + "</head>", 1)


def on_post_page(output, page, config):
    return _inline(output)


def on_post_template(output, template_name, config):
    return _inline(output) if template_name == "404.html" else output
