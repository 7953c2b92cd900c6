"""Typeset every formula at build time with the vendored KaTeX: pages ship no math JavaScript.

pymdownx.arithmatex (generic mode) only wraps the TeX source in
`<span class="arithmatex">\\(...\\)</span>` / `<div class="arithmatex">\\[...\\]</div>`;
typesetting used to happen in the reader's browser (katex.min.js, auto-render and a
script re-running it after every instant navigation), so formulas appeared as raw
TeX until the scripts ran, and every page loaded 277 KB of JavaScript. Here the
vendored docs/assets/katex/katex.min.js runs inside Python through quickjs (a small
embedded JavaScript engine from PyPI; no Node), and each wrapper's inner text is
replaced by `katex.renderToString(tex, {displayMode, throwOnError: true})`. Pages
keep only katex.min.css and its fonts.

- Rendering happens in `on_post_page`, on the final HTML: Material's search plugin
  indexes `page.content` in `on_page_context`, earlier, so the index keeps the TeX
  source instead of KaTeX's markup.
- Notebook pages: nbconvert leaves the math of markdown cells as text (`$...$`,
  `$$...$$`, `\\begin{env}...\\end{env}`, see nbconvert's IPythonRenderer), which
  JupyterLab and MathJax typeset in the browser. `on_page_content` wraps it in the
  same arithmatex elements, so it goes through the same path as Markdown pages.
- A formula KaTeX cannot parse fails the build with the page, the formula and
  KaTeX's message (the browser used to show it in red and carry on).
- Results are cached by (display mode, TeX) in `.cache/katex/katex.json` next to
  mkdocs.yml (hooks/build_cache.py), stamped with a hash of katex.min.js and the options: loaded once per
  process, written after the last language is built, holding the formulas this run
  used. A warm build renders nothing; the quickjs context lives as long as the
  process, across mkdocs-static-i18n's one build per language.
"""

import hashlib
import html
import json
import logging
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from build_cache import BuildCache, building_other_languages

log = logging.getLogger("mkdocs.hooks.katex_prerender")

KATEX_JS = Path(__file__).resolve().parent.parent / "docs" / "assets" / "katex" / "katex.min.js"
_OPTIONS = {"throwOnError": True}  # displayMode is set per formula
_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div)(?P<attrs>[^>]*\sclass="(?:[^"]*\s)?arithmatex(?:\s[^"]*)?"[^>]*)>'
    r'(?P<body>[^<]*)</(?P=tag)>'
)
_ARITHMATEX_OPEN = re.compile(r'<(?:span|div)[^>]*\sclass="(?:[^"]*\s)?arithmatex[\s"]')
_RENDERER = r"""
var __warnings = [];
var console = {
  log: function () {},
  warn: function () { __warnings.push(Array.prototype.join.call(arguments, " ")); },
  error: function () { __warnings.push(Array.prototype.join.call(arguments, " ")); }
};
function renderAll(json) {
  var options = OPTIONS;
  return JSON.stringify(JSON.parse(json).map(function (item) {
    __warnings = [];
    options.displayMode = item[1];
    try {
      return {html: katex.renderToString(item[0], options), warnings: __warnings};
    } catch (e) {
      return {error: String(e && e.message || e)};
    }
  }));
}
"""


class _State:
    function = None  # quickjs.Function, created for the first formula that is not in the cache
    rendered = 0  # formulas KaTeX typeset in this run


_state = _State()
# {"1" + tex (display) or "0" + tex (inline): html}, stamped with KaTeX and the options
_cache = BuildCache("katex", hashlib.sha256(KATEX_JS.read_bytes() + json.dumps(_OPTIONS, sort_keys=True).encode())
                    .hexdigest(), "formulas")


def on_config(config):
    _cache.load(config)  # once per process: both languages share the cache
    return config


def on_pre_build(config):
    if _cache.start_run(config):
        _state.rendered = 0


def on_files(files, config):
    _cache.count_pages(files)


def _function():
    if _state.function is None:
        import quickjs

        code = KATEX_JS.read_text(encoding="utf-8") + _RENDERER.replace("OPTIONS", json.dumps(_OPTIONS))
        _state.function = quickjs.Function("renderAll", code)
    return _state.function


def render(formulas, where="") -> dict:
    """{(tex, display): html} for every (tex, display) in formulas, from the cache or KaTeX.

    Raises PluginError naming `where`, the formula and KaTeX's message when one cannot be rendered.
    """
    if _cache.entries is None:
        raise RuntimeError("katex_prerender: on_config has not run")
    keys = {(tex, display): ("1" if display else "0") + tex for tex, display in formulas}
    missing = [item for item, key in keys.items() if key not in _cache.entries]
    if missing:
        results = json.loads(_function()(json.dumps(missing), run_gc=False))
        for (tex, display), result in zip(missing, results):
            if "error" in result:
                shown = f"$${tex}$$" if display else f"${tex}$"
                raise PluginError(f"{where}: KaTeX cannot render the formula {shown}: {result['error']}")
            for warning in dict.fromkeys(result["warnings"]):
                log.info("%s: KaTeX, formula $%s$: %s", where, tex, warning)
            _cache.entries[keys[(tex, display)]] = result["html"]
        _state.rendered += len(missing)
    _cache.used.update(keys.values())
    return {item: _cache.entries[key] for item, key in keys.items()}


def _formula(match):
    body = html.unescape(match.group("body")).strip()
    if body.startswith("\\(") and body.endswith("\\)"):
        return body[2:-2].strip(), False
    if body.startswith("\\[") and body.endswith("\\]"):
        return body[2:-2].strip(), True
    return None


# --- notebook pages: mark nbconvert's math the way arithmatex does --------------------------

_MARKDOWN_CELL = re.compile(r'<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>')
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)[^>]*>")
_NO_MATH_INSIDE = {"code", "pre", "script", "style", "kbd", "samp", "textarea"}
# nbconvert's own delimiters (nbconvert/filters/markdown_mistune.py, MathInlineParser), in its order
_NOTEBOOK_MATH = re.compile(
    r"(?<!\\)\$\$(?P<display>.+?)(?<!\\)\$\$"
    r"|(?P<env>\\begin\{(?P<name>[a-z]*\*?)\}.*?\\end\{(?P=name)\})"
    r"|(?<![$\\])\$(?P<inline>.+?)(?<![$\\])\$",
    re.DOTALL,
)


def _wrap_math(text: str) -> str:
    def wrap(m):
        if m.group("inline") is not None:
            return f'<span class="arithmatex">\\({m.group("inline")}\\)</span>'
        tex = m.group("display") if m.group("display") is not None else m.group("env")
        # a span: nbconvert leaves display math inside <p>, where a <div> is not allowed
        return f'<span class="arithmatex">\\[{tex}\\]</span>'

    return _NOTEBOOK_MATH.sub(wrap, text)


def _cell_end(content: str, start: int) -> int:
    depth = 0
    for m in _TAG.finditer(content, start):
        if m.group(2).lower() != "div" or m.group(0).endswith("/>"):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return len(content)


def mark_notebook_math(content: str) -> str:
    """Wrap the `$...$`, `$$...$$` and `\\begin{env}` math of rendered markdown cells in arithmatex elements."""
    out, pos = [], 0
    for cell in _MARKDOWN_CELL.finditer(content):
        if cell.start() < pos:
            continue
        end = _cell_end(content, cell.start())
        out.append(content[pos:cell.start()])
        pos = end
        skip, last = 0, cell.start()
        for tag in _TAG.finditer(content, cell.start(), end):
            text = content[last:tag.start()]
            out.append(_wrap_math(text) if not skip else text)
            out.append(tag.group(0))
            last = tag.end()
            if tag.group(2).lower() in _NO_MATH_INSIDE:
                skip = max(0, skip + (-1 if tag.group(1) else 1))
        out.append(content[last:end])
    out.append(content[pos:])
    return "".join(out)


def on_page_content(html_content, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        return mark_notebook_math(html_content)
    return html_content


# --- every page -------------------------------------------------------------------------------

def render_page(output: str, where: str) -> str:
    """Replace the inner text of every arithmatex element in `output` by KaTeX's HTML."""
    matches = list(_ARITHMATEX.finditer(output))
    if len(matches) != len(_ARITHMATEX_OPEN.findall(output)):
        raise PluginError(f"{where}: an arithmatex element holds markup, not only TeX")
    formulas = []
    for m in matches:
        formula = _formula(m)
        if formula is None:
            raise PluginError(f"{where}: arithmatex element without \\(...\\) or \\[...\\]: {m.group(0)[:200]}")
        formulas.append(formula)
    if not formulas:
        return output
    rendered = render(dict.fromkeys(formulas), where)
    parts, pos = [], 0
    for m, formula in zip(matches, formulas):
        parts += [output[pos:m.start("body")], rendered[formula]]
        pos = m.end("body")
    parts.append(output[pos:])
    return "".join(parts)


def on_post_page(output, page, config):
    _cache.pages_seen += 1
    return render_page(output, page.file.src_uri)


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config):
    if building_other_languages(config):
        return
    log.info("katex_prerender: %d formulas, %d of them typeset by KaTeX, the rest from the cache",
             len(_cache.used), _state.rendered)
    path = _cache.save(config)
    if path is not None:
        log.debug("katex_prerender: %d formulas cached in %s", len(_cache.entries), path)
