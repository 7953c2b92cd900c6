"""Execute a notebook's code once, not once per language.

Each notebook has a language twin (`page.ipynb` and `page.en.ipynb`) whose
markdown cells are translated and whose code cells are the same. On a cold
build (no mkdocs-jupyter cache) mkdocs-jupyter executes both, so every
notebook's code, model training included, ran twice: about half of a cold
build. This hook memoizes nbconvert's `ExecutePreprocessor.preprocess` for the
process: a notebook whose code cells (source and metadata), kernel, working
directory and error setting equal those of one already executed gets that
execution's outputs, execution counts and language_info instead of a new
kernel run. Outputs depend only on the code, so a twin shows exactly what its
own run would have shown (the notebooks seed their random generators).
"""

import copy
import json

from nbconvert.preprocessors import ExecutePreprocessor


def _key(preprocessor, nb, resources):
    path = ((resources or {}).get("metadata") or {}).get("path")
    code = [(cell.source, json.dumps(cell.get("metadata", {}), sort_keys=True))
            for cell in nb.cells if cell.cell_type == "code"]
    return json.dumps([preprocessor.kernel_name, nb.metadata.get("kernelspec", {}).get("name"), path,
                       preprocessor.allow_errors, code])


def _memoized(preprocess, executed):
    def memoized(self, nb, resources=None, km=None):
        key = _key(self, nb, resources)
        done = executed.get(key)
        if done is None:
            nb, resources = preprocess(self, nb, resources, km)
            code = [cell for cell in nb.cells if cell.cell_type == "code"]
            outputs = [(cell.get("outputs", []), cell.get("execution_count")) for cell in code]
            metadata = {k: nb.metadata[k] for k in ("language_info", "widgets") if k in nb.metadata}
            executed[key] = copy.deepcopy((outputs, metadata))
            return nb, resources
        results, metadata = done
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        for cell, (outputs, count) in zip(code, results):
            cell.outputs = copy.deepcopy(outputs)
            cell.execution_count = count
        nb.metadata.update(copy.deepcopy(metadata))
        return nb, resources if resources is not None else {}

    memoized.executed = executed
    return memoized


def _install() -> dict:
    # the memo hangs on the installed wrapper: `mkdocs serve` imports the hooks again on every rebuild
    if getattr(ExecutePreprocessor.preprocess, "executed", None) is None:
        ExecutePreprocessor.preprocess = _memoized(ExecutePreprocessor.preprocess, {})
    return ExecutePreprocessor.preprocess.executed


_executed = _install()


def on_pre_build(config):
    i18n = config.plugins.get("i18n")
    if i18n is None or not i18n.building:  # a new run (`mkdocs serve` rebuild): start afresh
        _executed.clear()
