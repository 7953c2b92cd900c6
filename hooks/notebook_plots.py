"""Notebook plots: readable, separate files, and calm in the dark scheme.

mkdocs-jupyter (0.26) embeds each plot in the page as a base64 PNG (a third
larger than the file, downloaded again with every visit of the page and never
cached), with nbconvert's alt text "No description has been provided for this
image". This hook

- executes the notebooks with hooks/notebook_plots.matplotlibrc (text size),
  and keeps their execution cache apart per version of that file;
- writes each PNG next to the page, named by its content, and links it, with
  the heading of its section as alt text;
- docs/assets/stylesheets/extra.css inverts the plots' white background in
  the dark scheme.
"""

import base64
import hashlib
import html
import os
import re
from pathlib import Path

_RC = Path(__file__).with_suffix(".matplotlibrc")
_IMG = re.compile(r'<img\b(?P<before>[^>]*?)\bsrc="data:image/png;base64,(?P<data>[^"]+)"(?P<after>[^>]*)>')
_ALT = re.compile(r'\salt="[^"]*"')
_HEADING = re.compile(r"<h[1-6]\b[^>]*>(?P<title>.*?)(?:<a class=\"(?:headerlink|anchor-link)\"|</h[1-6]>)", re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_ANCHOR = re.compile(r"\s*\{\s*#[\w-]+\s*\}\s*$")  # `{ #anchor }` of a heading, see hooks/notebook_pages.py


def on_config(config):
    os.environ["MATPLOTLIBRC"] = str(_RC)
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        version = hashlib.sha256(_RC.read_bytes()).hexdigest()[:12]
        jupyter.config["cache_dir"] = os.path.join(jupyter.config["cache_dir"], f"matplotlibrc-{version}")
    return config


def plots_as_files(content: str, folder: Path) -> str:
    headings = [(m.start(), _ANCHOR.sub("", html.unescape(_TAGS.sub("", m.group("title")))).strip())
                for m in _HEADING.finditer(content)]

    def as_file(m):
        data = base64.b64decode(m.group("data"))
        name = hashlib.sha256(data).hexdigest()[:16] + ".png"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        title = next((t for start, t in reversed(headings) if start < m.start()), "")
        attributes = _ALT.sub("", m.group("before") + re.sub(r"\s*/\s*$", "", m.group("after"))).rstrip()
        return f'<img{attributes} src="{name}" alt="{html.escape(title, quote=True)}" loading="lazy">'

    return _IMG.sub(as_file, content)


def on_page_content(html_content, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html_content
    return plots_as_files(html_content, Path(page.file.abs_dest_path).parent)
