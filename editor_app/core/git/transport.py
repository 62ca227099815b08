"""Talking to the remote: fetch and push over HTTPS, SSH or a local path, with plain-words errors.

HTTPS uses a user name and token (`Credentials`); SSH runs the system `ssh` (Windows 10+ and
macOS ship one) with the user's keys and agent, in batch mode so a passphrase or host-key
question fails with a message instead of waiting for a terminal nobody sees. Every transport
failure becomes a GitError of kind offline, auth or no-remote before anything local changed.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import socket
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from dulwich.client import (
    GitClient,
    HTTPUnauthorized,
    default_urllib3_manager,
    get_transport_and_path,
)
from dulwich.errors import GitProtocolError, HangupException, NotGitRepository
from dulwich.file import FileLocked
from dulwich.graph import can_fast_forward
from dulwich.objects import ObjectID
from dulwich.pack import UnpackedObject
from dulwich.protocol import ZERO_SHA
from dulwich.refs import Ref
from dulwich.repo import Repo

from editor_app.core.git.credentials import Credentials
from editor_app.core.git.errors import GitError, busy, cancelled
from editor_app.core.git.repo import Upstream, branch_ref

log = logging.getLogger(__name__)

#: Progress callbacks get (what, done, total); total 0 means "unknown".
Progress = Callable[[str, int, int], None]
Cancel = Callable[[], bool]

#: Seconds an HTTP(S) connection or read may wait before the server counts as unreachable (a
#: repository's own ``http.timeout`` wins); SSH gets the same as its connect timeout.
HTTP_TIMEOUT_S = 20.0
_PERCENT = re.compile(rb"([A-Za-z ]+):\s+(\d+)% \((\d+)/(\d+)\)")
_OFFLINE_ERRNOS = {
    errno.ECONNREFUSED,
    errno.ECONNRESET,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
    errno.ETIMEDOUT,
    errno.ENETDOWN,
}


@dataclass(frozen=True)
class Remote:
    """Where to fetch from and push to, and how to sign in."""

    upstream: Upstream
    credentials: Credentials | None = None

    @property
    def url(self) -> str:
        return self.upstream.url

    @property
    def is_http(self) -> bool:
        return self.url.startswith(("http://", "https://"))

    def display_url(self) -> str:
        """The URL without a password in it."""
        parts = urlsplit(self.url)
        if parts.password is None:
            return self.url
        host = parts.hostname or ""
        if parts.port is not None:
            host += f":{parts.port}"
        return parts._replace(netloc=f"{parts.username}@{host}").geturl()


def _ssh_command() -> str | None:
    """GIT_SSH_COMMAND / GIT_SSH when set, else ssh in batch mode."""
    explicit = os.environ.get("GIT_SSH_COMMAND") or os.environ.get("GIT_SSH")
    return explicit or f"ssh -o BatchMode=yes -o ConnectTimeout={int(HTTP_TIMEOUT_S)}"


def _client(r: Repo, remote: Remote, operation: str) -> tuple[GitClient, str]:
    creds = remote.credentials
    config = r.get_config_stack()
    pool = None
    if remote.is_http:
        # Without a timeout a server that accepts the connection and never answers would hold
        # the sync (and the one git operation at a time) for ever.
        try:
            config.get((b"http",), b"timeout")
            timeout = None  # dulwich reads it from the config
        except KeyError:
            timeout = HTTP_TIMEOUT_S
        manager = default_urllib3_manager(config, base_url=remote.url, timeout=timeout)
        # Without auth callbacks dulwich makes a PoolManager (or its ProxyManager subclass).
        pool = manager if isinstance(manager, urllib3.PoolManager) else None
    try:
        return get_transport_and_path(
            remote.url,
            config=config,
            pool_manager=pool,
            operation=operation,
            quiet=True,
            username=creds.username if creds is not None and remote.is_http else None,
            password=creds.token if creds is not None and remote.is_http else None,
            ssh_command=_ssh_command(),
        )
    except ValueError as exc:
        raise GitError(
            "no-remote",
            "The remote address “{url}” is not one Frontdesk understands.",
            hint="Check the remote's URL (git remote -v).",
            params={"url": remote.display_url()},
        ) from exc


def _progress_reader(
    what: str, progress: Progress | None, cancel: Cancel
) -> Callable[[bytes], None]:
    def report(data: bytes) -> None:
        if cancel():
            raise cancelled()
        if progress is None:
            return
        for match in _PERCENT.finditer(data):
            progress(what, int(match.group(3)), int(match.group(4)))

    return report


@contextmanager
def transport_errors(remote: Remote) -> Iterator[None]:
    """Turn what dulwich, urllib3, ssh and the OS raise into GitErrors with a plain message."""
    where = remote.display_url()
    try:
        yield
    except GitError:
        raise
    except HTTPUnauthorized as exc:
        raise GitError(
            "auth",
            "The server at {where} did not accept the user name and token.",
            hint="Check the user name, and use a personal access token (not your password) "
            "that may read and write this repository.",
            detail=str(exc),
            params={"where": where},
        ) from exc
    except NotGitRepository as exc:
        raise _missing(where, str(exc)) from exc
    except HangupException as exc:
        text = " ".join(
            line.decode("utf-8", "replace") if isinstance(line, bytes) else str(line)
            for line in (exc.stderr_lines or [])
        )
        raise _from_text(where, text or str(exc)) from exc
    except GitProtocolError as exc:
        raise _from_text(where, str(exc)) from exc
    except (socket.gaierror, TimeoutError, ConnectionError) as exc:
        raise _offline(where, str(exc)) from exc
    except OSError as exc:
        if exc.errno in _OFFLINE_ERRNOS:
            raise _offline(where, str(exc)) from exc
        raise GitError(
            "failed",
            "Talking to {where} failed: {reason}",
            detail=str(exc),
            params={"where": where, "reason": exc},
        ) from exc
    except urllib3.exceptions.SSLError as exc:
        raise GitError(
            "failed",
            "The secure connection to {where} failed: {reason}",
            hint="Check the computer's date and the server's certificate.",
            detail=str(exc),
            params={"where": where, "reason": exc},
        ) from exc
    except urllib3.exceptions.HTTPError as exc:  # refused, unreachable, timed out
        raise _offline(where, str(exc)) from exc


def _from_text(where: str, text: str) -> GitError:
    lower = text.lower()
    if "permission denied" in lower or "authentication" in lower or "host key" in lower:
        return GitError(
            "auth",
            "The server at {where} did not accept your SSH key.",
            hint="Add your key to the SSH agent (ssh-add) and to your account on the server, "
            "and connect once with ssh to accept the server's host key.",
            detail=text,
            params={"where": where},
        )
    if "could not resolve" in lower or "connection refused" in lower or "timed out" in lower:
        return _offline(where, text)
    if "404" in lower or "not found" in lower or "does not appear to be a git" in lower:
        return _missing(where, text)
    return GitError(
        "failed",
        "The server at {where} reported: {text}",
        detail=text,
        params={"where": where, "text": text},
    )


def _offline(where: str, detail: str) -> GitError:
    return GitError(
        "offline",
        "Cannot reach {where}: you seem to be offline, or the server is down.",
        hint="Your posts are safe; keep working and sync again when you are back online.",
        detail=detail,
        params={"where": where},
    )


def _missing(where: str, detail: str) -> GitError:
    return GitError(
        "no-remote",
        "There is no git repository at {where}.",
        hint="Check the remote's address (git remote -v) and that the repository still exists.",
        detail=detail,
        params={"where": where},
    )


def no_remote_configured() -> GitError:
    return GitError(
        "no-remote",
        "This repository has no remote to sync with.",
        hint="Add one with git remote add origin URL, then sync again. Your commits stay local "
        "until then.",
    )


# -- fetch --------------------------------------------------------------------------------------
def fetch(r: Repo, remote: Remote, progress: Progress | None, cancel: Cancel) -> ObjectID | None:
    """Fetch the remote's branches into refs/remotes/<remote>/…; the upstream branch's commit
    (None when the remote has no such branch yet)."""
    if cancel():
        raise cancelled()
    client, path = _client(r, remote, "pull")
    with transport_errors(remote):
        result = client.fetch(
            path.encode("utf-8"), r, progress=_progress_reader("fetch", progress, cancel)
        )
    if cancel():
        raise cancelled()
    name = remote.upstream.remote.encode()
    for ref, sha in result.refs.items():
        if sha is None or not ref.startswith(b"refs/heads/") or sha == ZERO_SHA:
            continue
        try:
            r.refs[Ref(b"refs/remotes/" + name + b"/" + ref[len(b"refs/heads/") :])] = sha
        except FileLocked as exc:  # another git program is fetching too
            raise busy(exc.lockfilename) from exc
    try:
        return r.refs[remote.upstream.tracking_ref]
    except KeyError:
        return None


# -- push ---------------------------------------------------------------------------------------
class _Rejected(Exception):
    """The remote branch has commits the local branch lacks."""


def push(r: Repo, remote: Remote, branch: str, progress: Progress | None, cancel: Cancel) -> bool:
    """Push the local branch to its remote branch. True when pushed (or already there), False
    when the remote moved since the last fetch (the caller pulls and tries again)."""
    if cancel():
        raise cancelled()
    local = r.refs[branch_ref(branch)]
    target = remote.upstream.remote_ref
    client, path = _client(r, remote, "push")

    seen: list[ObjectID | None] = []  # the remote branch the push was made against

    def update_refs(refs: dict[Ref, ObjectID]) -> dict[Ref, ObjectID]:
        current = refs.get(target)
        seen.append(current)
        if current == local:
            return dict(refs)
        if (
            current is not None
            and current != ZERO_SHA
            and (current not in r.object_store or not can_fast_forward(r, current, local))
        ):
            raise _Rejected()
        if cancel():
            raise cancelled()
        return {**refs, target: local}

    def pack_data(
        have: AbstractSet[ObjectID],
        want: AbstractSet[ObjectID],
        *,
        ofs_delta: bool = False,
        progress: Callable[[bytes], None] | None = None,
    ) -> tuple[int, Iterator[UnpackedObject]]:
        return r.generate_pack_data(set(have), set(want), ofs_delta=ofs_delta)

    try:
        with transport_errors(remote):
            result = client.send_pack(
                path.encode("utf-8"),
                update_refs,
                generate_pack_data=pack_data,
                progress=_progress_reader("push", progress, cancel),
            )
    except _Rejected:
        return False
    for ref, error in (result.ref_status or {}).items():
        if ref == target and error is not None:
            log.info("push of %s refused: %s", ref, error)
            # Someone pushed first (servers word it in many ways): pull and try again. Else a
            # protected branch, a server hook, no right to push: pulling will not help.
            with transport_errors(remote):
                now = client.get_refs(path.encode("utf-8")).refs.get(target)
            if not seen or now != seen[-1]:
                return False
            raise GitError(
                "failed",
                "The server refused the push: {reason}",
                hint="Your commits are safe on this computer. Ask whoever runs the repository "
                "(a protected branch or a server rule may refuse it).",
                detail=error,
                params={"reason": error},
            )
    try:
        r.refs[remote.upstream.tracking_ref] = local
    except FileLocked:  # another git program is fetching: the next fetch sets it
        log.info("pushed; %s was locked and is set by the next fetch", remote.upstream.label)
    return True
