"""Keep what a notebook page's reader needs from mkdocs-jupyter's output, drop the rest.

mkdocs-jupyter (0.26) embeds nbconvert's "lab" template output in the page:
about 600 KB of inline JupyterLab CSS (`<style>` blocks restyling the whole
Material palette under `.jupyter-wrapper`), a clipboard web component and its
script, an empty MathJax `<script src="">` with its configuration, a mermaid
loader module and its CSS, and, after the notebook, its pygments CSS printed as
a Python list repr: over half of a notebook page's bytes (three quarters of
the activation gallery's), downloaded again with every notebook page. None of
it is needed on this site: the theme styles code, KaTeX typesets the math at
build time (hooks/katex_prerender.py) and there are no diagrams or widgets.
mkdocs-jupyter has no option to leave these out (`include_requirejs` is
already off).

In `on_page_content` (before the search plugin indexes the page in
`on_page_context`) this hook removes every `<style>`, `<script>` and comment
from a notebook's content, the clipboard buttons with their hidden copies of
the source (Material's content.code.copy puts a copy button on every code
block), and the empty "In [n]:" prompts; it turns each input cell into the
code block markup pymdownx.highlight writes on Markdown pages
(`<div class="language-python highlight"><pre><code>`), and the nbconvert
heading anchors into Material's `headerlink`. Outputs (text, images) keep
nbconvert's markup; docs/assets/stylesheets/extra.css has the few rules they need.

Headings in notebooks end with an explicit anchor, as on Markdown pages
(`## 负半轴 { #negative-side }`), so that both languages share heading ids:
nbconvert and mkdocs-jupyter's table of contents know no attribute syntax and
would slugify the Chinese title. This hook moves the anchor into the heading's
id, its permalink and the page's table of contents.
"""

import json
import re
from pathlib import Path

_REMOVE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_DIV_CLASSES_TO_DROP = ("zeroclipboard-container", "clipboard-copy-txt", "jp-InputPrompt", "jp-OutputPrompt",
                        "jp-Collapser")
_DIV_OPEN = re.compile(r'<div\b[^>]*\bclass="([^"]*)"[^>]*>')
_TAG = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
_INPUT = re.compile(
    r'<div class="highlight-ipynb hl-(?P<lang>[\w+-]+)[^"]*">\s*<pre>(?P<code>.*?)</pre>\s*</div>', re.DOTALL
)
_ANCHOR = re.compile(r'<a class="anchor-link" href="(#[^"]*)">')
_ATTR = re.compile(r"\s*\{\s*#([\w-]+)\s*\}\s*$")
_HEADING = re.compile(r'<(h[1-6]) id="[^"]*">(.*?)\s*\{\s*#([\w-]+)\s*\}\s*<a class="anchor-link" href="#[^"]*">')


def _div_end(content: str, start: int) -> int:
    depth = 0
    for m in _TAG.finditer(content, start):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return len(content)


def _drop_divs(content: str) -> str:
    out, pos = [], 0
    for m in _DIV_OPEN.finditer(content):
        if m.start() < pos or not set(m.group(1).split()).intersection(_DIV_CLASSES_TO_DROP):
            continue
        out.append(content[pos:m.start()])
        pos = _div_end(content, m.start())
    out.append(content[pos:])
    return "".join(out)


def _code_block(m) -> str:
    code = m.group("code").removeprefix("<span></span>")
    return f'<div class="language-{m.group("lang")} highlight"><pre><span></span><code>{code}</code></pre></div>'


def clean(content: str) -> str:
    content = _HEADING.sub(r'<\1 id="\3">\2<a class="anchor-link" href="#\3">', content)
    content = _REMOVE.sub("", content)
    content = _drop_divs(content)
    content = _INPUT.sub(_code_block, content)
    return _ANCHOR.sub(r'<a class="headerlink" href="\1" title="Permanent link">', content)


def without_anchor(title: str) -> str:
    return _ATTR.sub("", title)


def _explicit_anchors(toc):
    for item in toc:
        m = _ATTR.search(item.title)
        if m:
            item.title, item.id = without_anchor(item.title), m.group(1)
        _explicit_anchors(item.children)


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    _explicit_anchors(page.toc)
    if page.title:
        page.title = without_anchor(page.title)
    return clean(html)


def _downloadable(notebook: Path) -> None:
    data = json.loads(notebook.read_text(encoding="utf-8"))
    changed = False
    for cell in data.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        lines = "".join(cell["source"]).splitlines(keepends=True)
        new = [_ATTR.sub("", line.rstrip("\n")) + ("\n" if line.endswith("\n") else "")
               if line.startswith("#") else line for line in lines]
        if new != lines:
            cell["source"], changed = new, True
    if changed:
        notebook.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def on_post_build(config):
    # The copy readers download (mkdocs-jupyter's include_source) shows plain headings.
    for notebook in Path(config.site_dir).rglob("*.ipynb"):
        _downloadable(notebook)
