"""What the style guide promises, checked on every test run: formatting, lint and types.

The versions are pinned in pyproject.toml (test extra) so every machine formats alike.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=900
    )


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "format", "--check", "."),
        ("ruff", "check", "."),
        ("mypy",),
    ],
    ids=["ruff-format", "ruff-check", "mypy"],
)
def test_style_check_passes(command: tuple[str, ...]) -> None:
    result = run(*command)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}"
