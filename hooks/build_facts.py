"""Fill `{{ name }}` placeholders with facts read from the build environment.

The home pages state which torch the outputs were verified with and how many
outputs are asserted; typing those numbers would let them go stale, so they
are computed here on every build. An unknown name fails the build.
"""

import platform
from importlib import metadata
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

_PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")
_OUTPUT_LINE = re.compile(r"^\s*#>", re.MULTILINE)


def _facts(snippets: Path) -> dict:
    files = sorted(p for p in snippets.rglob("*.py") if "__pycache__" not in p.parts)
    outputs = sum(len(_OUTPUT_LINE.findall(p.read_text(encoding="utf-8"))) for p in files)
    return {
        "torch_version": metadata.version("torch"),  # importing torch would cost a second per build
        "python_version": platform.python_version(),
        "snippet_count": str(len(files)),
        "output_line_count": str(outputs),
    }


_cache: dict = {}


def on_pre_build(config):
    _cache.clear()


def on_page_markdown(markdown, page, config, files):
    if "{{ " not in markdown:
        return markdown
    if not _cache:
        _cache.update(_facts(Path(config.config_file_path).parent / "snippets"))

    def fill(match):
        name = match.group(1)
        if name not in _cache:
            raise PluginError(f"{page.file.src_uri}: unknown placeholder {{{{ {name} }}}}")
        return _cache[name]

    return _PLACEHOLDER.sub(fill, markdown)
