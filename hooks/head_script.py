"""A hook's JavaScript, inlined at the top of every page's head (and of the 404 page).

Not a hook itself: hooks/sitemap_lookups.py and hooks/search_on_demand.py import it
(mkdocs puts a hook's folder on sys.path while loading it). Their scripts must run
before Material's bundle, which requests files as soon as it loads; comments and
indentation stay in the .js file, out of every page.
"""

from pathlib import Path


class HeadScript:
    def __init__(self, source: Path):
        lines = (line.strip() for line in source.read_text(encoding="utf-8").splitlines())
        self.tag = "<script>" + "\n".join(line for line in lines if line and not line.startswith("//")) + "</script>"

    def inline(self, output: str) -> str:
        return output.replace("</head>", self.tag + "</head>", 1)

    def on_post_template(self, output, template_name, config):
        return self.inline(output) if template_name == "404.html" else output
