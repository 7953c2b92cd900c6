"""Keep mkdocs-jupyter's execution cache across language builds.

mkdocs-jupyter (0.26) evicts, after each build, every cached notebook that
build did not render. mkdocs-static-i18n runs one build per language, so the
English build evicts the Chinese notebooks and every `mkdocs build` executes
them again. Its ``cache_dir`` is also relative to the working directory.
This hook pins the cache next to mkdocs.yml and lets each language build see
the cache entries that the other languages of the same run used.
"""

import os

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
    if plugin is not None:
        _used_this_run.update(plugin._used_cache_paths)
        plugin._used_cache_paths.update(_used_this_run)
