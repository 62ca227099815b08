"""Benchmarks time Frontdesk as it is installed: byte-compiled.

``pip install`` byte-compiles a package as it installs it, and the installers ship bytecode, so
no user's process compiles Frontdesk's source. A Python that may not write bytecode
(``PYTHONDONTWRITEBYTECODE``, set on the machine these benchmarks ran on) compiles every module
of ours again in every process it starts: about 0.1 s of CPU in each worker process and up to
half a second at the window's start. Figures timed that way measure the compiler, not the app.

``compile_app()`` writes the bytecode first, as ``pip install`` does, into the package's own
``__pycache__`` folders (git ignores them). Python reads bytecode that is there even when it may
not write it, so every process a benchmark starts (the window, ``frontdesk list``, the worker
processes) then loads Frontdesk as an installed copy would.
"""

from __future__ import annotations

import compileall
from pathlib import Path

import editor_app


def compile_app() -> bool:
    """Byte-compile the ``editor_app`` package where Python looks for it (already compiled
    modules are left alone). True when every module compiled."""
    return bool(compileall.compile_dir(Path(editor_app.__file__).parent, quiet=1))
