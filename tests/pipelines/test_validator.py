"""The great-expectations process is started once per Python process and replaced when it is gone."""

import os

import pandas as pd
import pytest

from expectations.checks import Check
from pipelines.validator import validator


def _check(actual: int, expected: int) -> Check:
    frame = pd.DataFrame({"actual": [actual], "expected": [expected], "subject": ["t"], "evidence": [[]],
                          "pages": ["1"], "detail": [""], "equation": [None]})
    return Check(name="som", group="g", description="d", kind="pair", frame=frame)


def test_later_runs_reuse_the_process_and_get_their_own_answers():
    first = validator()
    [passed] = first.run_checks([_check(3, 3)])
    second = validator()
    [failed] = second.run_checks([_check(3, 4)])
    assert second is first and second._process.pid != os.getpid()
    assert (passed.status, failed.status, failed.failed) == ("passed", "failed", 1)


def test_a_process_that_ended_is_replaced():
    old = validator()
    old.close()
    new = validator()
    assert new is not old and new.usable
    assert [r.status for r in new.run_checks([_check(1, 1)])] == ["passed"]


def test_an_error_in_the_checks_reaches_the_caller_and_the_process_stays():
    checker = validator()
    with pytest.raises(ValueError, match="unknown check kind 'nonsense'"):
        checker.run_checks([Check(name="x", group="g", description="d", kind="nonsense",
                                  frame=pd.DataFrame({"a": [1]}))])
    assert validator() is checker and [r.status for r in checker.run_checks([_check(2, 2)])] == ["passed"]
