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
`.cache/highlight/highlight.json` next to mkdocs.yml (hooks/build_cache.py), stamped with the pygments
and pymdownx versions: loaded once per process, written after the last
language is built (only when something changed), holding the blocks this run used.
"""

import hashlib
from importlib.metadata import version

from mkdocs.plugins import event_priority
from pymdownx.highlight import Highlight

from build_cache import BuildCache, building_other_languages

_FORMAT = 1
_STAMP = f"{_FORMAT} pygments {version('pygments')} pymdown-extensions {version('pymdown-extensions')}"


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
        if inline or self.title_mode == "html" or self.auto_title or state.entries is None:
            return highlight(self, *args)
        settings = _frozen({k: v for k, v in vars(self).items() if k != "md"})
        digest = hashlib.sha256(repr((settings, _frozen(args))).encode("utf-8", "surrogatepass")).hexdigest()
        result = state.entries.get(digest)
        if result is None:
            result = highlight(self, *args)
            state.entries[digest] = result
        state.used.add(digest)
        return result

    memoized.memo_state = state
    return memoized


def _install() -> BuildCache:
    # the state hangs on the installed wrapper, so that a config reload (`mkdocs serve` imports the
    # hooks again on every rebuild) finds the same wrapper and the same in-memory cache
    if getattr(Highlight.highlight, "memo_state", None) is None:
        Highlight.highlight = _memoized(Highlight.highlight, BuildCache("highlight", _STAMP, "blocks"))
    return Highlight.highlight.memo_state


_state = _install()


def on_config(config):
    _state.load(config)
    return config


def on_pre_build(config):
    _state.start_run(config)


def on_files(files, config):
    _state.count_pages(files)


def on_page_markdown(markdown, page, config, files):
    _state.pages_seen += 1


@event_priority(-200)  # after mkdocs-static-i18n has built every language
def on_post_build(config):
    if not building_other_languages(config) and _state.entries is not None:
        _state.save(config)
