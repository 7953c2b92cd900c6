"""A JSON cache under .cache/<name>/ shared by the language builds of one `mkdocs build`.

Not a hook itself: hooks/katex_prerender.py and hooks/highlight_memo.py import it
(mkdocs puts a hook's folder on sys.path while loading it). mkdocs-static-i18n builds
each language in turn in one process, so a cache is loaded once per process, records
the entries each run uses, and is written after the last language, keeping only those.
A dirty build (`mkdocs serve --dirty`) skips unchanged pages: then it forgets nothing.
"""

import json
import os
from pathlib import Path


def building_other_languages(config) -> bool:
    """True while mkdocs-static-i18n is still to build (or is building) a further language."""
    i18n = config.plugins.get("i18n")
    return i18n is not None and i18n.building


class BuildCache:
    def __init__(self, name: str, stamp: str, field: str):
        self.name, self.stamp, self.field = name, stamp, field
        self.entries: dict | None = None  # None until on_config has loaded the file
        self.loaded: frozenset = frozenset()
        self.used: set = set()
        self.pages_expected = self.pages_seen = 0

    def path(self, config) -> Path:
        return Path(config.config_file_path).parent / ".cache" / self.name / f"{self.name}.json"

    def load(self, config) -> None:
        """From on_config: read the file once per process (a stale stamp means an empty cache)."""
        if self.entries is not None:
            return
        self.entries = {}
        try:
            data = json.loads(self.path(config).read_text(encoding="utf-8"))
            if data.get("stamp") == self.stamp:
                self.entries = data[self.field]
        except (OSError, ValueError, KeyError):
            pass
        self.loaded = frozenset(self.entries)

    def start_run(self, config) -> bool:
        """From on_pre_build: True (and counters reset) on the first language of a run."""
        if building_other_languages(config):
            return False
        self.used = set()
        self.pages_expected = self.pages_seen = 0
        return True

    def count_pages(self, files) -> None:
        """From on_files."""
        self.pages_expected += len(files.documentation_pages())

    def save(self, config) -> Path | None:
        """From on_post_build after the last language: write what this run used, if it changed."""
        complete = self.pages_seen >= self.pages_expected
        keep = self.used if complete else set(self.entries)
        if keep == self.loaded:
            return None
        path = self.path(config)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"stamp": self.stamp, self.field: {key: self.entries[key] for key in sorted(keep)}}
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
        self.entries = {key: self.entries[key] for key in keep}
        self.loaded = frozenset(keep)
        return path
