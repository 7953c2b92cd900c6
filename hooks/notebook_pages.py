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
"""

import re

_REMOVE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.DOTALL | re.IGNORECASE)
_DIV_CLASSES_TO_DROP = ("zeroclipboard-container", "clipboard-copy-txt", "jp-InputPrompt", "jp-OutputPrompt",
                        "jp-Collapser")
_DIV_OPEN = re.compile(r'<div\b[^>]*\bclass="([^"]*)"[^>]*>')
_TAG = re.compile(r"<(/?)div\b[^>]*>", re.IGNORECASE)
_INPUT = re.compile(
    r'<div class="highlight-ipynb hl-(?P<lang>[\w+-]+)[^"]*">\s*<pre>(?P<code>.*?)</pre>\s*</div>', re.DOTALL
)
_ANCHOR = re.compile(r'<a class="anchor-link" href="(#[^"]*)">')


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
    content = _REMOVE.sub("", content)
    content = _drop_divs(content)
    content = _INPUT.sub(_code_block, content)
    return _ANCHOR.sub(r'<a class="headerlink" href="\1" title="Permanent link">', content)


def on_page_content(html, page, config, files):
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    return clean(html)
