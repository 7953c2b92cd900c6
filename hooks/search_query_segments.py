"""Let a Chinese query keep its last word.

Material's search worker (9.8) splits a run of Han characters in the query
into the terms of the index (`segment()` in
src/templates/assets/javascripts/integrations/search/query/segment/index.ts),
but its inner loop stops one character short (`j < query.length`), so the
last word of a run is never looked up: 梯度消失 is searched as 梯度, 标签平滑 as
标签, 负数 as 负. The bug is unfixed upstream as of 9.8.1. This hook corrects
the bound in the worker the site ships and fails the build if the code it
corrects is no longer there, so that an upgrade of Material is noticed.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError

_LOOP = "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e"
_FIXED = "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e"


def on_post_build(config):
    workers = list(Path(config.site_dir).glob("assets/javascripts/workers/search.*.min.js"))
    for worker in workers:
        source = worker.read_text(encoding="utf-8")
        if _FIXED in source:
            continue
        if _LOOP not in source:
            raise PluginError(f"hooks/search_query_segments.py: {worker.name} no longer has the loop it corrects; "
                              "check whether Material fixed segment() and drop this hook")
        worker.write_text(source.replace(_LOOP, _FIXED, 1), encoding="utf-8")
