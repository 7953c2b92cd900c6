"""What the from-scratch grid tests share: their cases and the random inputs of each case."""

import itertools
import zlib

import pytest
import torch


def grid(*blocks):
    """pytest params for the union of the cross products of `blocks` (each a dict: name -> values)."""
    cases = {}
    for block in blocks:
        for values in itertools.product(*block.values()):
            case = dict(zip(block, values))
            cases.setdefault("-".join(f"{k}={v}" for k, v in case.items()), case)
    return [pytest.param(case, id=case_id) for case_id, case in cases.items()]


def generator(case_id, salt=""):
    """A CPU generator seeded by the case id: the same inputs on every run and machine."""
    return torch.Generator().manual_seed(zlib.crc32((case_id + salt).encode()))
