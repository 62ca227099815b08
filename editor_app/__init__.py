"""Frontdesk (编辑台): a lossless desktop editor for static-site posts."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: importlib.metadata costs more to import than
    # most of what `frontdesk list` needs (python -X importtime).
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("frontdesk")
        except metadata.PackageNotFoundError:  # a source tree that was never installed
            version = "0.0.0+source"
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
