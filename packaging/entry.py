"""Entry point of the frozen Frontdesk (PyInstaller runs this file as __main__).

It is `frontdesk` / `python -m editor_app` with one addition: multiprocessing.freeze_support().
The post index parses files in a process pool; in a frozen app every worker process is started by
re-running this same executable, and without freeze_support() each worker would start another
copy of the whole program instead of running its task (on Windows always, on macOS/Linux with the
"spawn" start method).
"""

from __future__ import annotations

import multiprocessing
import sys


def _run() -> int:
    multiprocessing.freeze_support()
    from editor_app.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
