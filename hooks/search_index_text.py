"""Keep the search index to what a reader searches for and can read in a result.

Material's search plugin (9.8) indexes each section's HTML as it was before the
math was typeset: result previews showed raw TeX (`\\(x \\in \\mathbb{R}^{N
\\times C}\\)`), and two thirds of the index was the text of code blocks, which
every reader downloaded before typing a query. After the build this hook
rewrites each language's `search/search_index.json`:

- code blocks are left out; a signature block is reduced to the names it
  defines (`torch.nn.functional.cross_entropy`), since its parameters are in the
  parameter table next to it; function names, parameter names and error
  messages live in headings and prose, which stay;
- display formulas are left out, inline formulas become plain text (`x ∈ ℝ^N×C`);
- titles lose the "¶" of a permalink;
- the "related" sections are left out: they list other pages by the names
  those pages are found under;
- the zero-width spaces that jieba's segmentation puts next to a space or a
  punctuation mark are dropped: the separator splits there anyway.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

_CODE = re.compile(r"(?:snippets/[\w./-]+\.py)?<pre\b[^>]*>.*?</pre>", re.DOTALL)
_SEPARATOR = "\\s\u3000\\-、。，．？！；：,.!?;:"  # mkdocs.yml's search separator, less the zero-width space
_REDUNDANT_ZWSP = re.compile(f"\u200b(?=[{_SEPARATOR}])|(?<=[{_SEPARATOR}])\u200b")
_DEFINED = re.compile(r"(?:^|<code>)\s*([\w.]+)\(", re.MULTILINE)
_DISPLAY = re.compile(r"\\\[.*?\\\]", re.DOTALL)
_INLINE = re.compile(r"\\\((.*?)\\\)", re.DOTALL)
_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
    "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π",
    "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ",
    "Omega": "Ω", "ell": "ℓ", "sum": "∑", "prod": "∏", "int": "∫", "partial": "∂", "nabla": "∇",
    "in": "∈", "notin": "∉", "ne": "≠", "neq": "≠", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥",
    "times": "×", "cdot": "·", "dots": "…", "ldots": "…", "cdots": "…", "infty": "∞", "to": "→",
    "rightarrow": "→", "leftarrow": "←", "approx": "≈", "pm": "±", "mid": "|", "lvert": "|", "rvert": "|",
    "lVert": "‖", "rVert": "‖", "|": "‖", "sqrt": "√", "odot": "⊙", "circ": "∘", "sim": "~", "propto": "∝",
    "{": "{", "}": "}", "_": "_", "%": "%", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
}
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "E": "𝔼", "1": "𝟙"}
_DROP = {"left", "right", "big", "Big", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "limits", "quad", "qquad"}
_STYLE = re.compile(r"\\(?:text|textrm|mathrm|mathit|mathbf|boldsymbol|operatorname|mathcal|mathsf|texttt)\s*\{([^{}]*)\}")
_BB = re.compile(r"\\mathbb\s*\{([^{}]*)\}")
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")


def tex_to_text(tex: str) -> str:
    """Plain-text reading of an inline formula: enough for a result preview, not a renderer."""
    text = _BB.sub(lambda m: _BLACKBOARD.get(m.group(1), m.group(1)), tex)
    for _ in range(3):  # nested \frac and \text
        text = _STYLE.sub(r"\1", text)
        text = _FRAC.sub(r"(\1)/(\2)", text)
    text = _COMMAND.sub(lambda m: "" if m.group(1) in _DROP else
                        " " if m.group(1) in ",;:! " else _SYMBOLS.get(m.group(1), m.group(1)), text)
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


def _names(code_block) -> str:
    return "<p>" + " ".join(f"<code>{name}</code>" for name in _DEFINED.findall(code_block.group(0))) + "</p>"


def shape(doc: dict) -> dict:
    text = doc["text"]
    text = _CODE.sub(_names if doc["location"].endswith("#signature") else "", text)
    text = _DISPLAY.sub("", text)
    text = _INLINE.sub(lambda m: tex_to_text(m.group(1)), text)
    title = _INLINE.sub(lambda m: tex_to_text(m.group(1)), doc["title"]).rstrip("¶").rstrip()
    text = re.sub(r"\s{2,}", " ", text).strip()
    return dict(doc, title=_REDUNDANT_ZWSP.sub("", title), text=_REDUNDANT_ZWSP.sub("", text))


@event_priority(-300)  # after hooks/i18n_search.py has written one index per language
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is not None and i18n.building:
        return
    for path in Path(config.site_dir).glob("**/search/search_index.json"):
        index = json.loads(path.read_text(encoding="utf-8"))
        index["docs"] = [shape(doc) for doc in index["docs"] if not doc["location"].endswith("#related")]
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
