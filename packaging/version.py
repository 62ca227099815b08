"""The one place that knows Frontdesk's version: `[project].version` in pyproject.toml.

The PyInstaller spec, the build scripts, the release workflow and the Inno Setup call all ask this
file, so a release can never carry two different numbers.

    python packaging/version.py              -> 0.1.0
    python packaging/version.py --numeric    -> 0.1.0.0   (Windows VERSIONINFO wants four numbers)
    python packaging/version.py --github-output   also appends version=... to $GITHUB_OUTPUT

This folder has no __init__.py on purpose: a package named `packaging` would shadow the PyPI
`packaging` library that pip and PyInstaller import. Load this file by path instead.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = REPO / "pyproject.toml"


def read_version(pyproject: Path = PYPROJECT) -> str:
    """Return `[project].version`; fail loudly when it is missing or dynamic."""
    with open(pyproject, "rb") as fh:
        data = tomllib.load(fh)
    version = data.get("project", {}).get("version")
    if not isinstance(version, str) or not version.strip():
        raise SystemExit(f"{pyproject}: [project].version is missing; packaging needs a static one")
    return version.strip()


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four integers for Windows file version resources: "1.2.3rc1" -> (1, 2, 3, 0)."""
    parts = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:3]]
    while len(parts) < 4:
        parts.append(0)
    return parts[0], parts[1], parts[2], parts[3]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numeric", action="store_true", help="print N.N.N.N")
    parser.add_argument("--github-output", action="store_true", help="append to $GITHUB_OUTPUT")
    args = parser.parse_args(argv)
    version = read_version()
    text = ".".join(map(str, numeric_version(version))) if args.numeric else version
    if args.github_output and os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as fh:
            fh.write(f"version={version}\n")
            fh.write(f"numeric={'.'.join(map(str, numeric_version(version)))}\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
