"""Let Material's search plugin index code blocks without parsing their highlighting markup.

The search plugin (mkdocs-material 9.8, material/plugins/search/plugin.py)
feeds every page's HTML through a pure-Python `html.parser.HTMLParser`
subclass, whose per-tag callbacks took about a third of a warm build. Inside
a code block almost every tag is highlighting: pygments wraps each token in a
`<span class="...">`, and `line_spans` / `anchor_linenums` add a
`<span id="__span-0-1">` and an `<a id name href>` per line, some 400,000
tags over the site's pages. The index keeps only the text of a `<pre>` and its
`<pre>`/`<code>` tags, so this hook hands the parser a copy of the page in
which the other tags inside `<pre>` are removed; the index comes out byte for
byte the same (tests/test_build.py compares the parsed sections of a few
code-heavy pages). The page itself keeps its markup.
"""

import re

from material.plugins.search.plugin import SearchIndex

_PRE = re.compile(r"<pre\b[^>]*>.*?</pre>", re.DOTALL | re.IGNORECASE)
_TAG_BUT_CODE = re.compile(r"<(?!/?(?:code|pre)\b)[^>]*>", re.IGNORECASE)


def without_code_markup(html: str) -> str:
    return _PRE.sub(lambda m: _TAG_BUT_CODE.sub("", m.group(0)), html)


def _lighter(add_entry_from_context):
    def add_entry(self, page):
        content = page.content
        page.content = without_code_markup(content)
        try:
            return add_entry_from_context(self, page)
        finally:
            page.content = content

    add_entry.wrapped = True
    return add_entry


def on_startup(command, dirty):
    if not getattr(SearchIndex.add_entry_from_context, "wrapped", False):
        SearchIndex.add_entry_from_context = _lighter(SearchIndex.add_entry_from_context)
