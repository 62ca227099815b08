"""HTTPS user names and tokens, kept in the operating system's credential store.

Windows Credential Manager, the macOS Keychain or the Secret Service on Linux, through
`keyring`; never in Frontdesk's settings files. One entry per server (scheme, host and port):
service "Frontdesk git", key "https://host", value a small JSON object with the user name and
token. Tests install an in-memory keyring backend.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

import keyring
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "Frontdesk git"


@dataclass(frozen=True)
class Credentials:
    username: str
    token: str

    def __repr__(self) -> str:  # never print the token in a log or a traceback
        return f"Credentials(username={self.username!r}, token=…)"


def server_key(url: str) -> str | None:
    """The credential store key for an HTTPS remote ("https://host:port"), None for others."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    port = f":{parts.port}" if parts.port is not None else ""
    return f"{parts.scheme}://{parts.hostname}{port}"


def url_user(url: str) -> str | None:
    """The user name written in the URL itself (https://user@host/…), if any."""
    return urlsplit(url).username


def load(url: str) -> Credentials | None:
    """The stored user name and token for this remote's server, or None."""
    key = server_key(url)
    if key is None:
        return None
    try:
        value = keyring.get_password(SERVICE, key)
    except KeyringError:
        log.warning("the credential store cannot be read", exc_info=True)
        return None
    if not value:
        return None
    try:
        data = json.loads(value)
        return Credentials(str(data["username"]), str(data["token"]))
    except (ValueError, KeyError, TypeError):
        log.warning("ignoring an unreadable credential entry for %s", key)
        return None


def save(url: str, credentials: Credentials) -> bool:
    """Store the credentials for this remote's server; False when no store is available."""
    key = server_key(url)
    if key is None:
        return False
    value = json.dumps({"username": credentials.username, "token": credentials.token})
    try:
        keyring.set_password(SERVICE, key, value)
    except KeyringError:
        log.warning("the credential store cannot be written", exc_info=True)
        return False
    return True
