"""A 404 page per language: Chinese at /404.html, English at /en/404.html.

mkdocs builds the theme's 404.html once per build, and mkdocs-static-i18n runs
one build per language into the same site_dir, so the last language's 404 page
overwrote the default one at the root; it was rendered with the language links
of the last page built (ultrabug/mkdocs-static-i18n keeps `extra.alternate` from
page to page), and Material's 404 template says only "404 - Not found".

This hook renders the 404 page with the language roots as its language links,
says what happened in the page's language with a link to that language's home,
keeps the default language's page at /404.html and writes each other language's
to /<lang>/404.html (pointed at its own search index, as hooks/i18n_search.py
does for pages). A static host that serves one 404.html for the whole site
(GitHub Pages) serves the Chinese one: a line of script at the top of its head
sends a reader whose URL is under /<lang>/ to /<lang>/404.html. Hosts that map
404s per directory (nginx `error_page 404 /en/404.html` in `location /en/`,
Cloudflare Pages) serve the English one directly.
"""

import json
import re
from copy import deepcopy
from pathlib import Path

_TEXT = {
    "zh": ("404 - 页面不存在", "这个地址没有页面。", "返回首页"),
    "en": ("404 - Page not found", "There is no page at this address.", "Back to the home page"),
}
_HEADING = "<h1>404 - Not found</h1>"
_BASE = re.compile(r'("base":\s*")([^"]*)(")')


def _roots(i18n):
    return {alt["lang"]: alt["link"] for alt in i18n.extra_alternate or []}


def on_pre_template(template, template_name, config):
    i18n = config.plugins.get("i18n")
    if template_name == "404.html" and i18n is not None and i18n.extra_alternate:
        config.extra.alternate = deepcopy(i18n.extra_alternate)  # as mkdocs-static-i18n sets it per page
    return template


def on_post_template(output, template_name, config):
    i18n = config.plugins.get("i18n")
    if template_name != "404.html" or i18n is None:
        return output
    lang, roots = i18n.current_language, _roots(i18n)
    title, text, home = _TEXT.get(lang, _TEXT["en"])
    output = output.replace(_HEADING, f'<h1>{title}</h1><p>{text} <a href="{roots[lang]}">{home}</a></p>', 1)
    if lang == i18n.default_language:
        others = {other: root for other, root in roots.items() if other != lang}
        redirect = ("<script>(function(roots){for(var lang in roots){var root=roots[lang];"
                    "if(location.pathname.indexOf(root)===0&&location.pathname!==root+'404.html')"
                    "location.replace(root+'404.html'+location.hash)}})(" + json.dumps(others) + ")</script>")
        return output.replace("<head>", "<head>" + redirect, 1)
    output = _BASE.sub(lambda m: m.group(1) + roots[lang] + m.group(3), output, count=1)
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # mkdocs then skips writing it over the default language's /404.html
