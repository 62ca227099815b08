"""Frontdesk (编辑台): a lossless desktop editor for static-site posts."""

from importlib import metadata

try:
    __version__ = metadata.version("frontdesk")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
