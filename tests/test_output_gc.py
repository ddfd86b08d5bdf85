"""Writing a build's outputs holds the cycle collector back (kg.export.few_collections) and gives it back as it was."""

from __future__ import annotations

import gc

import pytest

from kg.export import YOUNG_OBJECTS, few_collections


def test_the_collector_is_held_back_inside_and_restored_after():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    alive = [object(), [1, 2]]
    with few_collections():
        assert gc.get_threshold()[0] == YOUNG_OBJECTS
        assert gc.get_freeze_count() >= frozen + 1  # what existed before is left alone
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen
    assert alive == [alive[0], [1, 2]]


def test_an_error_while_writing_restores_the_collector_too():
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    with pytest.raises(RuntimeError):
        with few_collections():
            raise RuntimeError("a write that failed")
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == frozen


def test_cycles_dropped_while_writing_are_collected_after():
    with few_collections():
        node = []
        node.append(node)  # a cycle: only the collector frees it
        del node
    assert gc.collect() >= 1
