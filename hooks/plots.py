"""Draw function plots at build time from snippet files.

A page writes `{{ plot("activations/gelu/plot.py", "caption") }}`. The snippet
defines `x` (a 1-D tensor) and `curves` ({label: function}); this hook runs
it, takes each function's values and its autograd derivative, and inlines an
SVG with f on the left and f' on the right. Colours come from CSS variables
(docs/assets/stylesheets/extra.css), so the plot follows the light/dark
palette. No plotting library is needed at build time.
"""

import hashlib
import html
import re
import runpy
from importlib import metadata
from pathlib import Path

from mkdocs.exceptions import PluginError

_PLOT = re.compile(r'\{\{ plot\("([^"]+)", "([^"]+)"\) \}\}')
PANEL_W, PANEL_H, PAD = 320, 240, 36


def _series(snippet: Path):
    import torch

    names = runpy.run_path(str(snippet))
    x = names["x"].detach().double()
    result = []
    for label, fn in names["curves"].items():
        xg = x.clone().requires_grad_(True)
        y = fn(xg)
        (dy,) = torch.autograd.grad(y.sum(), xg)
        result.append((label, y.detach().tolist(), dy.tolist()))
    return x.tolist(), result


def _ticks(lo, hi):
    span = hi - lo
    step = next(s for s in (0.25, 0.5, 1, 2, 5, 10, 20, 50) if span / s <= 8)
    first = int(-(-lo // step))
    return [k * step for k in range(first, int(hi // step) + 1)]


def _fmt(v):
    return f"{v:g}"


def _panel(x, ys, title, offset):
    lo_x, hi_x = min(x), max(x)
    flat = [v for y in ys for v in y]
    lo_y, hi_y = min(flat), max(flat)
    margin = 0.08 * (hi_y - lo_y or 1)
    lo_y, hi_y = lo_y - margin, hi_y + margin

    def sx(v):
        return offset + PAD + (v - lo_x) / (hi_x - lo_x) * (PANEL_W - 1.5 * PAD)

    def sy(v):
        return PANEL_H - PAD + (lo_y - v) / (hi_y - lo_y) * (PANEL_H - 1.5 * PAD)

    parts = [f'<text class="plot-title" x="{sx((lo_x + hi_x) / 2):.1f}" y="14">{title}</text>']
    for t in _ticks(lo_x, hi_x):
        parts.append(f'<line class="plot-grid" x1="{sx(t):.1f}" x2="{sx(t):.1f}" '
                     f'y1="{sy(lo_y):.1f}" y2="{sy(hi_y):.1f}"/>')
        parts.append(f'<text class="plot-tick" x="{sx(t):.1f}" y="{PANEL_H - PAD + 14}">{_fmt(t)}</text>')
    for t in _ticks(lo_y, hi_y):
        parts.append(f'<line class="plot-grid" x1="{sx(lo_x):.1f}" x2="{sx(hi_x):.1f}" '
                     f'y1="{sy(t):.1f}" y2="{sy(t):.1f}"/>')
        parts.append(f'<text class="plot-tick plot-tick-y" x="{offset + PAD - 4}" y="{sy(t) + 4:.1f}">{_fmt(t)}</text>')
    if lo_y < 0 < hi_y:
        parts.append(f'<line class="plot-axis" x1="{sx(lo_x):.1f}" x2="{sx(hi_x):.1f}" y1="{sy(0):.1f}" y2="{sy(0):.1f}"/>')
    if lo_x < 0 < hi_x:
        parts.append(f'<line class="plot-axis" x1="{sx(0):.1f}" x2="{sx(0):.1f}" y1="{sy(lo_y):.1f}" y2="{sy(hi_y):.1f}"/>')
    for i, y in enumerate(ys):
        points = " ".join(f"{sx(a):.1f},{sy(b):.1f}" for a, b in zip(x, y))
        parts.append(f'<polyline class="plot-series plot-series-{i}" points="{points}"/>')
    return parts


MAX_SERIES = 6  # styled in docs/assets/stylesheets/extra.css


def render(snippet: Path, caption: str) -> str:
    x, series = _series(snippet)
    if len(series) > MAX_SERIES:
        raise PluginError(f"{snippet}: {len(series)} curves, the plot styles support {MAX_SERIES}")
    parts = _panel(x, [s[1] for s in series], "f(x)", 0)
    parts += _panel(x, [s[2] for s in series], "f′(x)", PANEL_W)
    legend = "".join(
        f'<span class="plot-key plot-key-{i}">{html.escape(label)}</span>'
        for i, (label, _, _) in enumerate(series)
    )
    svg = (f'<svg class="plot" viewBox="0 0 {2 * PANEL_W} {PANEL_H}" role="img" '
           f'aria-label="{html.escape(caption)}">{"".join(parts)}</svg>')
    return (f'<figure class="plot-figure">{svg}<figcaption>'
            f'<span class="plot-legend">{legend}</span>{html.escape(caption)}</figcaption></figure>')


# A page and its language twin draw the same plots: each is drawn once, and kept in
# .cache/plots/ under a hash of the snippet, the caption, this file and torch's version,
# so that a warm build neither draws nor imports torch.
_HOOK_SOURCE = Path(__file__).read_bytes()


def _cached_render(config, path: Path, caption: str) -> str:
    key = hashlib.sha256(b"\0".join([path.read_bytes(), caption.encode(), _HOOK_SOURCE,
                                      metadata.version("torch").encode()])).hexdigest()
    cache = Path(config.config_file_path).parent / ".cache" / "plots" / f"{key}.html"
    if cache.is_file():
        return cache.read_text(encoding="utf-8")
    figure = render(path, caption)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(figure, encoding="utf-8")
    return figure


def on_page_markdown(markdown, page, config, files):
    snippets = Path(config.config_file_path).parent / "snippets"

    def replace(match):
        path = snippets / match.group(1)
        if not path.is_file():
            raise PluginError(f"{page.file.src_uri}: plot snippet not found: {match.group(1)}")
        return _cached_render(config, path, match.group(2))

    return _PLOT.sub(replace, markdown)
