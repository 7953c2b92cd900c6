"""Keep mkdocs-jupyter's execution cache across language builds.

mkdocs-jupyter (0.26) evicts, after each build, every cached notebook that
build did not render. mkdocs-static-i18n runs one build per language, so the
English build evicts the Chinese notebooks and every `mkdocs build` executes
them again. Its ``cache_dir`` is also relative to the working directory.
This hook pins the cache next to mkdocs.yml and lets eviction happen only
after the last language build, against the entries that all languages used.
"""

import os
from pathlib import Path

from mkdocs.plugins import event_priority

_used_this_run: set = set()


def _plugin(config):
    return config.plugins.get("mkdocs-jupyter")


def on_config(config):
    plugin = _plugin(config)
    if plugin is not None:
        root = os.path.dirname(config.config_file_path)
        plugin.config["cache_dir"] = os.path.join(root, ".cache", "mkdocs-jupyter")
    return config


def on_pre_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # first language of a new run
        _used_this_run.clear()


@event_priority(100)  # before mkdocs-jupyter's own on_post_build evicts
def on_post_build(config):
    plugin = _plugin(config)
    if plugin is None:
        return
    _used_this_run.update(plugin._used_cache_paths)
    i18n = config.plugins.get("i18n")
    last_language = i18n is None or (i18n.building and i18n.current_language == i18n.build_languages[-1])
    if last_language:
        plugin._used_cache_paths.update(_used_this_run)
    else:  # languages still to build will need their entries: evict nothing yet
        plugin._used_cache_paths.update(Path(plugin.config["cache_dir"]).glob("*.json"))
