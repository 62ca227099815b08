"""Core's errors cross process boundaries intact (a worker that raises one reports it)."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from editor_app.core.document.yamlread import AliasBombError
from editor_app.core.errors import FrontdeskError, Phrase, PostReadError
from editor_app.core.git.errors import GitError
from editor_app.core.workers import spawn_context


def _alias_bomb() -> AliasBombError:
    return AliasBombError(
        "The aliases in {key} would make {count} values.",
        key="tags",
        line=4,
        params={"key": "tags", "count": "1,000,000"},
    )


def _raise_alias_bomb() -> None:
    raise _alias_bomb()


def test_an_error_with_required_keywords_survives_pickling_with_every_attribute() -> None:
    inner = PostReadError("The file is {what}.", path="a.md", params={"what": Phrase("empty")})
    git = GitError(
        "failed",
        "{path} cannot be read: {reason}",
        path=Path("/site/_posts/a.md"),
        detail="EACCES",
        paths=("_posts/a.md",),
    )
    outer = FrontdeskError("Saving stopped: {reason}", params={"reason": inner}, line=2)
    for error in (_alias_bomb(), git, outer):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert copy.args == error.args
        plain = {k: v for k, v in vars(error).items() if k != "nested"}
        assert {k: v for k, v in vars(copy).items() if k != "nested"} == plain
        assert {k: str(v) for k, v in copy.nested.items()} == {
            k: str(v) for k, v in error.nested.items()
        }
        assert str(copy) == str(error)
        assert copy.phrase() == error.phrase()
    assert pickle.loads(pickle.dumps(git)).kind == "failed"
    assert pickle.loads(pickle.dumps(_alias_bomb())).key == "tags"


def test_a_worker_process_that_raises_such_an_error_reports_it() -> None:
    # Pickled by calling the class with its args, AliasBombError could not be rebuilt in this
    # process, and the pool broke: "A process in the process pool was terminated abruptly".
    with ProcessPoolExecutor(1, mp_context=spawn_context()) as pool:
        future = pool.submit(_raise_alias_bomb)
        with pytest.raises(AliasBombError) as caught:
            future.result(timeout=120)
    assert caught.value.key == "tags"
    assert caught.value.line == 4
    assert caught.value.message == "The aliases in tags would make 1,000,000 values."
    assert caught.value.hint == AliasBombError.default_hint
