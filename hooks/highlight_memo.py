"""Run pygments on a code block only when its highlighted HTML is not known yet.

Every snippet is embedded in a Chinese page and in its English twin, and
mkdocs-static-i18n builds the languages one after the other in one process,
so pymdownx.highlight lexed and formatted every snippet twice per build, and
again on every build although snippets rarely change: pygments took about a
fifth of a warm build. This hook memoizes
`pymdownx.highlight.Highlight.highlight` for block code. The key is every
argument (source, language, block id and line-anchor numbering such as
`__codelineno-3-7`, title, ...) together with the Highlight instance's
settings, so a result is reused only where pymdownx would have produced the
same string. Inline code (an ElementTree element the caller mutates) and titles
kept in the Markdown instance's htmlStash (`title_mode: html`, `auto_title`)
are not memoized.

Results live in memory for the process (both languages) and in
`.cache/highlight/highlight.json` next to mkdocs.yml, stamped with the pygments
and pymdownx versions: loaded once per process, written after the last
language is built (only when something changed), holding the blocks this run used.
"""

import hashlib
import json
import os
from importlib.metadata import version
from pathlib import Path

from mkdocs.plugins import event_priority
from pymdownx.highlight import Highlight

_FORMAT = 1
_STAMP = f"{_FORMAT} pygments {version('pygments')} pymdown-extensions {version('pymdown-extensions')}"


class _State:
    cache: dict = None  # digest -> html
    loaded: frozenset = frozenset()
    used: set = set()
    pages_expected = 0
    pages_seen = 0


def _frozen(value):
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, (set, frozenset)):
        return tuple(sorted(_frozen(v) for v in value))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


def _memoized(highlight, state):
    def memoized(self, src, language, css_class="highlight", hl_lines=None, linestart=-1, linestep=-1,
                 linespecial=-1, inline=False, classes=None, id_value="", attrs=None, title=None,
                 code_block_count=0):
        args = (src, language, css_class, hl_lines, linestart, linestep, linespecial, inline, classes,
                id_value, attrs, title, code_block_count)
        if inline or self.title_mode == "html" or self.auto_title or state.cache is None:
            return highlight(self, *args)
        settings = _frozen({k: v for k, v in vars(self).items() if k != "md"})
        digest = hashlib.sha256(repr((settings, _frozen(args))).encode("utf-8", "surrogatepass")).hexdigest()
        result = state.cache.get(digest)
        if result is None:
            result = highlight(self, *args)
            state.cache[digest] = result
        state.used.add(digest)
        return result

    memoized.memo_state = state
    return memoized


def _install() -> _State:
    # the state hangs on the installed wrapper, so that a config reload (`mkdocs serve` imports the
    # hooks again on every rebuild) finds the same wrapper and the same in-memory cache
    if getattr(Highlight.highlight, "memo_state", None) is None:
        Highlight.highlight = _memoized(Highlight.highlight, _State())
    return Highlight.highlight.memo_state


_state = _install()


def _cache_file(config) -> Path:
    return Path(config.config_file_path).parent / ".cache" / "highlight" / "highlight.json"


def on_config(config):
    if _state.cache is None:
        _state.cache = {}
        try:
            data = json.loads(_cache_file(config).read_text(encoding="utf-8"))
            if data.get("stamp") == _STAMP:
                _state.cache = data["blocks"]
        except (OSError, ValueError, KeyError):
            pass
        _state.loaded = frozenset(_state.cache)
    return config


def on_pre_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # first language of a new run
        _state.used = set()
        _state.pages_expected = _state.pages_seen = 0


def on_files(files, config):
    _state.pages_expected += len(files.documentation_pages())


def on_page_markdown(markdown, page, config, files):
    _state.pages_seen += 1


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config):
    i18n = config.plugins.get("i18n")
    if (i18n is not None and i18n.building) or _state.cache is None:
        return
    # a dirty build (`mkdocs serve --dirty`) skips unchanged pages: then forget nothing
    complete = _state.pages_seen >= _state.pages_expected
    keep = _state.used if complete else set(_state.cache)
    if keep == _state.loaded:
        return
    path = _cache_file(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"stamp": _STAMP, "blocks": {key: _state.cache[key] for key in sorted(keep)}}
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)
    _state.cache = {key: _state.cache[key] for key in keep}
    _state.loaded = frozenset(keep)
