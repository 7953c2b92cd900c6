"""Load a function from a snippet's from_scratch.py without running the snippet's prints."""

import functools
import runpy
import warnings

import pytest
import torch

from conftest import ROOT


@functools.cache
def load(section, folder, name=None):
    """Function `name` (default: `folder`) of snippets/<section>/<folder>/from_scratch.py.

    The script's own prints are silenced, and its seeding and warnings do not leak into the session.
    """
    name = name or folder
    path = ROOT / "snippets" / section / folder / "from_scratch.py"
    with torch.random.fork_rng(devices=[]), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        namespace = runpy.run_path(str(path), init_globals={"print": lambda *args, **kwargs: None})
    if name not in namespace:
        pytest.fail(f"{path.relative_to(ROOT)} defines no function {name}", pytrace=False)
    return namespace[name]
