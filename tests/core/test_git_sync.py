"""Pull, merge, commit, push and sync on real repositories: a bare origin, an editor clone and a
bot clone that pushes new posts between the editor's operations."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from dulwich import porcelain
from dulwich.object_store import commit_tree_changes, tree_lookup_path
from dulwich.objects import Blob, Commit
from dulwich.repo import Repo

from editor_app.core.git import transport, worktree
from editor_app.core.git.commit import commit_paths, pending_changes
from editor_app.core.git.errors import GitError
from editor_app.core.git.pull import apply_pull, plan_pull
from editor_app.core.git.repo import Identity, SiteRepo
from editor_app.core.git.status import read_status
from editor_app.core.git.sync import SyncRequest, run_unattended, sync
from editor_app.core.git.transport import Remote, fetch
from tests.gitrepos import EDITOR, SEED, Team, commit_all, make_team, post_text, push, write

FIRST = "_posts/2024-03-01-first.md"
SECOND = "_posts/2024-03-02-second.md"


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return make_team(tmp_path)


def head(root: Path) -> bytes:
    with Repo(str(root)) as r:
        return r.refs[b"refs/heads/main"]


def snapshot(root: Path) -> dict[str, str]:
    """Every file of the work tree and the repository's refs and index, hashed."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and "objects" not in path.parts:
            out[path.relative_to(root).as_posix()] = hashlib.sha1(path.read_bytes()).hexdigest()
    return out


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def pull(repo: SiteRepo) -> list[str]:
    return run_unattended(sync(repo, SyncRequest(push=False))).changed


def test_fast_forward_pull_brings_the_bots_posts(team: Team) -> None:
    team.bot_posts({"_posts/2024-03-05-bot.md": post_text("机器人快讯", "新的一天。\n")})
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    before = head(team.editor)
    assert pull(repo) == ["_posts/2024-03-05-bot.md"]
    assert (team.editor / "_posts/2024-03-05-bot.md").read_text("utf-8").endswith("新的一天。\n")
    assert head(team.editor) == head(team.bot) != before
    status = read_status(repo)
    assert (status.ahead, status.behind, dict(status.changes)) == (0, 0, {})


def test_uncommitted_edit_to_a_post_the_bot_also_changed_merges(team: Team) -> None:
    edit(team.editor, FIRST, "Line one.", "Line one, edited by Li.")
    edit(team.bot, FIRST, "Line five.", "Line five, corrected by the bot.")
    team.bot_posts({})
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    assert pull(repo) == [FIRST]
    text = (team.editor / FIRST).read_text("utf-8")
    assert "Line one, edited by Li." in text and "corrected by the bot" in text
    assert head(team.editor) == head(team.bot)  # a fast-forward: the edit stays uncommitted
    assert read_status(repo).changes == {FIRST: "modified"}
    assert read_status(repo, backend="dulwich").changes == {FIRST: "modified"}


def test_local_commit_and_bot_commit_to_the_same_post_make_a_merge_commit(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line two.", "Line two (editor).")
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "Edit first post", Identity(*EDITOR))
    edit(team.bot, FIRST, "Line four.", "Line four (bot).")
    team.bot_posts({"_posts/2024-03-06-more.md": post_text("More", "m\n")})
    changed = pull(repo)
    assert sorted(changed) == [FIRST, "_posts/2024-03-06-more.md"]
    text = (team.editor / FIRST).read_text("utf-8")
    assert "Line two (editor)." in text and "Line four (bot)." in text
    with Repo(str(team.editor)) as r:
        merge = r[r.refs[b"refs/heads/main"]]
        assert len(merge.parents) == 2
        assert merge.author.decode().startswith("Li Editor")
    status = read_status(repo)
    assert (status.ahead, status.behind, dict(status.changes)) == (2, 0, {})


def test_overlapping_edits_stop_the_pull_and_change_nothing(team: Team) -> None:
    edit(team.editor, FIRST, "Line three.", "Line three by Li.")
    edit(team.bot, FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({"_posts/2024-03-07-other.md": post_text("Other", "o\n")})
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with repo.open() as r:
        theirs = fetch(r, Remote(repo.upstream(r)), None, lambda: False)  # type: ignore[arg-type]
    before = snapshot(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert err.value.kind == "conflicts" and err.value.paths == (FIRST,)
    assert snapshot(team.editor) == before  # no markers, no new post, same branch and index
    assert "<<<<<<<" not in (team.editor / FIRST).read_text("utf-8")
    # The conflict view's answer: the editor's own merge of both lines.
    with repo.open() as r:
        plan = plan_pull(repo, r, repo.upstream(r), theirs)  # type: ignore[arg-type]
        (conflict,) = plan.conflicts
        assert conflict.mine is not None and b"by Li" in conflict.mine
        assert conflict.theirs is not None and b"by the bot" in conflict.theirs
        assert "<<<<<<< mine" in conflict.marked and ">>>>>>> theirs" in conflict.marked
        resolved = conflict.mine.replace(b"Line three by Li.", b"Line three by Li and the bot.")
        apply_pull(repo, r, plan, {FIRST: resolved}, Identity(*EDITOR))
    assert b"by Li and the bot" in (team.editor / FIRST).read_bytes()
    assert (team.editor / "_posts/2024-03-07-other.md").exists()
    assert head(team.editor) == head(team.bot)


def test_a_file_saved_while_the_plan_waited_stops_the_pull(team: Team) -> None:
    edit(team.editor, FIRST, "Line three.", "Line three by Li.")
    edit(team.bot, FIRST, "Line three.", "Line three by the bot.")
    team.bot_posts({})
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    steps = sync(repo, SyncRequest(push=False))
    plan = next(steps)
    edit(team.editor, FIRST, "Line one.", "Line one, saved meanwhile.")
    before = snapshot(team.editor)
    with pytest.raises(GitError) as err:
        steps.send({FIRST: plan.conflicts[0].theirs})
    assert err.value.kind == "changed"
    assert snapshot(team.editor) == before


def test_sync_commits_the_chosen_posts_and_pushes(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    edit(team.editor, SECOND, "Alpha.", "Alpha, not chosen.")
    result = run_unattended(sync(repo, SyncRequest(commit=[FIRST], message="Fix the first post")))
    assert result.pushed and result.commit is not None
    with Repo(str(team.origin)) as origin:
        pushed = origin[origin.refs[b"refs/heads/main"]]
        assert pushed.id == result.commit and pushed.message == b"Fix the first post\n"
    assert read_status(repo).changes == {SECOND: "modified"}


def test_push_rejected_by_the_bots_push_pulls_and_retries(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    raced: list[str] = []

    def progress(what: str, done: int, total: int) -> None:
        if what == "commit" and not raced:  # the bot pushes between our pull and our push
            raced.append(what)
            team.bot_posts({"_posts/2024-03-08-race.md": post_text("Race", "r\n")})

    result = run_unattended(
        sync(repo, SyncRequest(commit=[FIRST], message="Edit"), progress=progress)
    )
    assert raced and result.pushed and result.push_attempts == 2
    assert [p for r in result.pulled for p in r.changed] == ["_posts/2024-03-08-race.md"]
    with Repo(str(team.origin)) as origin:
        tip = origin[origin.refs[b"refs/heads/main"]]
        assert len(tip.parents) == 2  # our commit merged with the bot's
    assert (team.editor / "_posts/2024-03-08-race.md").exists()


def test_a_remote_that_keeps_moving_is_explained_after_bounded_retries(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    pushes: list[int] = []

    def progress(what: str, done: int, total: int) -> None:
        if what in ("commit", "write"):  # before every push attempt, the bot gets there first
            pushes.append(1)
            team.bot_posts({f"_posts/2024-04-{len(pushes):02d}-race.md": post_text("R", "r\n")})

    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, SyncRequest(commit=[FIRST], message="E"), progress=progress))
    assert err.value.kind == "rejected" and "3 times" in err.value.message
    assert len(pushes) == 3


def test_commit_records_trashed_and_renamed_posts(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    (team.editor / SECOND).unlink()  # moved to the trash in Frontdesk
    os.replace(team.editor / FIRST, team.editor / "_posts/2024-03-01-renamed.md")
    with repo.open() as r:
        changes = pending_changes(repo, r, read_status(repo))
        assert [(c.path, c.state, c.old_path) for c in changes] == [
            ("_posts/2024-03-01-renamed.md", "new", FIRST),
            (SECOND, "deleted", None),
        ]
        paths = [p for c in changes for p in c.paths]
        commit_paths(repo, r, paths, "Rename one, trash one", Identity(*EDITOR))
    assert read_status(repo).changes == {}
    if shutil.which("git"):
        shown = subprocess.run(
            ["git", "show", "--name-status", "-M", "--format=", "HEAD"],
            cwd=team.editor,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split("\n")
        assert any(line.startswith("R100") and "renamed" in line for line in shown)
        assert f"D\t{SECOND}" in shown


def test_commit_uses_the_fallback_author_when_git_config_has_none(team: Team) -> None:
    repo = SiteRepo.find(team.bot)  # the bot clone has no user.name in its config
    assert repo is not None
    edit(team.bot, FIRST, "Line one.", "x")
    result = run_unattended(
        sync(
            repo,
            SyncRequest(
                pull=False,
                push=False,
                commit=[FIRST],
                message="m",
                author=Identity("Preferences Name", "pref@example.com"),
            ),
        )
    )
    with Repo(str(team.bot)) as r:
        assert r[result.commit].author == b"Preferences Name <pref@example.com>"


def test_nothing_to_commit_and_an_empty_message_are_refused(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with repo.open() as r:
        with pytest.raises(GitError) as err:
            commit_paths(repo, r, [FIRST], "m", Identity(*EDITOR))
        assert err.value.kind == "nothing"
        edit(team.editor, FIRST, "Line one.", "x")
        with pytest.raises(GitError):
            commit_paths(repo, r, [FIRST], "   ", Identity(*EDITOR))


def test_an_author_that_would_break_the_commit_is_refused(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    before = _local(team.editor)
    for who in (Identity("Li\nEvil: header", "li@example.com"), Identity("Li", "li>@x")):
        with repo.open() as r, pytest.raises(GitError) as err:
            commit_paths(repo, r, [FIRST], "Edit", who)
        assert "cannot hold" in err.value.message and "Preferences → Git" in err.value.hint
    assert _local(team.editor) == before


# -- saves and failures while a pull writes --------------------------------------------------
NEW = "_posts/2024-03-00-new.md"  # sorts before FIRST and SECOND: written first


def _local(root: Path) -> dict[str, str]:
    """``snapshot`` without what a fetch updates (the remote-tracking refs)."""
    return {k: v for k, v in snapshot(root).items() if "remotes" not in k and "FETCH" not in k}


def _git_commit_all(root: Path, message: str) -> None:
    """Commit with the real git (shapes dulwich's porcelain cannot stage); then push."""
    if not shutil.which("git"):
        pytest.skip("needs git to build the bot's commit")
    for args in (
        ["add", "-A"],
        ["-c", "user.name=Bot", "-c", "user.email=b@x", "commit", "-qm", message],
    ):
        subprocess.run(["git", "-C", str(root), *args], check=True)
    push(root)


def _bot_adds_and_edits(team: Team) -> None:
    team.bot_posts({NEW: post_text("New", "n\n")})
    edit(team.bot, SECOND, "Beta.", "Beta (bot).")
    commit_all(team.bot, "bot: edit")
    push(team.bot)


def test_a_save_while_the_pull_writes_is_never_overwritten(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    _bot_adds_and_edits(team)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    before_head = head(team.editor)
    real_write = worktree.WorkTree.write

    def save_meanwhile(self, path, data, mode, **kwargs):  # the editor saves SECOND now
        if path == NEW:
            edit(team.editor, SECOND, "Gamma.", "Gamma, saved by Li mid-pull.")
        return real_write(self, path, data, mode, **kwargs)

    monkeypatch.setattr(worktree.WorkTree, "write", save_meanwhile)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert err.value.kind == "changed" and "Nothing was changed" in err.value.hint
    assert "saved by Li mid-pull" in (team.editor / SECOND).read_text("utf-8")
    assert not (team.editor / NEW).exists()  # the file written before is taken back
    assert head(team.editor) == before_head


def test_a_file_that_cannot_be_written_leaves_the_pull_undone(team: Team) -> None:
    _bot_adds_and_edits(team)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    os.chmod(team.editor / SECOND, 0o444)
    before = _local(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert SECOND in err.value.message and "Nothing was changed" in err.value.hint
    assert _local(team.editor) == before  # the new post is gone again, index and branch kept
    os.chmod(team.editor / SECOND, 0o644)
    assert NEW in pull(repo)  # once the file is writable the pull goes through


def test_a_folder_the_remote_turned_into_a_file(tmp_path: Path) -> None:
    team = make_team(tmp_path, {**SEED, "_data/authors/li.yml": "name: Li\n"})
    shutil.rmtree(team.bot / "_data/authors")
    (team.bot / "_data/authors").write_text("li: Li\n", "utf-8")
    _git_commit_all(team.bot, "bot: one authors file")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    pull(repo)
    assert (team.editor / "_data/authors").read_text("utf-8") == "li: Li\n"
    assert read_status(repo).changes == {}


def test_a_case_only_rename_keeps_the_post_on_a_disk_that_ignores_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = make_team(tmp_path, {**SEED, "_posts/2024-03-03-foo.md": post_text("Foo", "f\n")})
    os.rename(team.bot / "_posts/2024-03-03-foo.md", team.bot / "_posts/2024-03-03-Foo.md")
    commit_all(team.bot, "bot: rename")
    push(team.bot)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    real_abspath = SiteRepo.abspath
    # Windows and macOS disks: Foo.md and foo.md are one file (here: every name lower-cased).
    monkeypatch.setattr(SiteRepo, "abspath", lambda self, p: real_abspath(self, p.lower()))
    pull(repo)
    assert (team.editor / "_posts/2024-03-03-foo.md").read_text("utf-8") == post_text("Foo", "f\n")


def test_uncommitted_edits_never_go_into_a_merge_commit(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line three.", "Line three (Li, committed).")
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "Li's edit", Identity(*EDITOR))
    edit(team.editor, FIRST, "Line one.", "Line one DRAFT, not for publishing.")
    edit(team.bot, FIRST, "Line three.", "Line three (bot).")
    commit_all(team.bot, "bot: edit")
    push(team.bot)
    before = _local(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert err.value.kind == "uncommitted" and "not committed" in err.value.message
    assert "Commit those edits" in err.value.hint
    assert _local(team.editor) == before


def _later(path: Path) -> None:
    """Give the file a modification time five seconds on (a save a moment later, without
    waiting for one)."""
    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))


def test_a_save_during_a_commit_still_shows_as_a_change(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.git import commit as committing

    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, v1.")
    real = committing.make_commit

    def save_meanwhile(*args, **kwargs):
        out = real(*args, **kwargs)
        edit(team.editor, FIRST, "Line two.", "Line 2!!.")  # same length
        _later(team.editor / FIRST)
        return out

    monkeypatch.setattr(committing, "make_commit", save_meanwhile)
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "v1", Identity(*EDITOR))
    assert read_status(repo, backend="dulwich").changes == {FIRST: "modified"}


def test_a_save_during_the_pulls_flush_still_shows_as_a_change(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(team.bot, SECOND, "Beta.", "Beta (bot).")
    commit_all(team.bot, "bot: edit")
    push(team.bot)
    repo = SiteRepo.find(team.editor)
    assert repo is not None

    def save_meanwhile() -> None:  # os.sync() on a busy disk takes a while
        edit(team.editor, SECOND, "Alpha.", "Alpha, Li.")
        _later(team.editor / SECOND)

    monkeypatch.setattr(worktree.WorkTree, "flush", staticmethod(save_meanwhile))
    pull(repo)
    assert "Alpha, Li." in (team.editor / SECOND).read_text("utf-8")
    assert read_status(repo, backend="dulwich").changes == {SECOND: "modified"}


def test_a_file_name_that_is_not_utf8(team: Team) -> None:
    name = b"_posts/caf\xe9.md"
    with open(os.path.join(os.fsencode(team.bot), name), "wb") as f:
        f.write(post_text("Café", "c\n").encode())
    _git_commit_all(team.bot, "bot: a Latin-1 name")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    assert pull(repo) == [os.fsdecode(name)]
    assert os.path.exists(os.path.join(os.fsencode(team.editor), name))
    assert read_status(repo).changes == {}


# -- refusals: each with its message, and nothing changed -------------------------------------
def _refused(repo_root: Path, kind: str, request: SyncRequest | None = None) -> GitError:
    repo = SiteRepo.find(repo_root)
    assert repo is not None
    before = snapshot(repo_root)
    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, request or SyncRequest(commit=[FIRST], message="m")))
    assert err.value.kind == kind, err.value
    assert snapshot(repo_root) == before
    return err.value


def test_no_network_gives_a_quiet_message_and_changes_nothing(team: Team) -> None:
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        # A port nobody listens on: the connection is refused, like a machine that is offline.
        config.set((b"remote", b"origin"), b"url", b"http://127.0.0.1:9/team.git")
        config.write_to_path()
    edit(team.editor, FIRST, "Line one.", "Drafted offline.")
    error = _refused(team.editor, "offline")
    assert "offline" in error.message and "safe" in error.hint


def test_a_server_that_never_answers_times_out_as_offline(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A server that takes the connection and then says nothing (a stuck proxy, a dead
    server's port) ends the sync with the offline message, not a wait for ever."""
    monkeypatch.setattr(transport, "HTTP_TIMEOUT_S", 0.5)
    silent = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                held.append(silent.accept()[0])  # kept open, never answered
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    port = silent.getsockname()[1]
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"remote", b"origin"), b"url", f"http://127.0.0.1:{port}/team.git".encode())
        config.write_to_path()
    outcome: list[GitError] = []
    worker = threading.Thread(
        target=lambda: outcome.append(_refused(team.editor, "offline")), daemon=True
    )
    try:
        worker.start()
        worker.join(60)  # a liveness bound, not a timing: the timeout is half a second
        assert not worker.is_alive(), "the sync is still waiting for a silent server"
    finally:
        silent.close()
        for conn in held:
            conn.close()
    assert held, "the sync never connected"
    assert outcome and "offline" in outcome[0].message


def test_a_missing_remote_repository_is_named(team: Team, tmp_path: Path) -> None:
    shutil.rmtree(team.origin)
    error = _refused(team.editor, "no-remote")
    assert "no git repository" in error.message


def test_no_remote_configured(tmp_path: Path) -> None:
    root = tmp_path / "alone"
    Repo.init(str(root), mkdir=True, default_branch=b"main").close()
    write(root, {FIRST: post_text("A", "a\n")})
    from tests.gitrepos import commit_all

    commit_all(root, "init")
    error = _refused(root, "no-remote", SyncRequest())
    assert "no remote" in error.message


def test_mid_rebase_from_another_tool_is_left_alone(team: Team) -> None:
    (team.editor / ".git" / "rebase-merge").mkdir()
    error = _refused(team.editor, "mid-merge")
    assert "a rebase" in error.message and "Finish or abort" in error.hint


def test_detached_head(team: Team) -> None:
    # HEAD holds a commit id instead of "ref: refs/heads/main".
    (team.editor / ".git" / "HEAD").write_text(head(team.editor).decode() + "\n")
    error = _refused(team.editor, "detached")
    assert "detached" in error.message


def test_a_linked_worktree_is_not_changed(team: Team, tmp_path: Path) -> None:
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / ".git").write_text(f"gitdir: {team.editor / '.git'}\n")
    error = _refused(linked, "worktree")
    assert "worktree" in error.message


def test_a_shallow_clone_is_not_pulled(team: Team, tmp_path: Path) -> None:
    shallow = tmp_path / "shallow"
    porcelain.clone(str(team.origin), str(shallow), depth=1, errstream=_Quiet()).close()
    error = _refused(shallow, "shallow", SyncRequest())
    assert "shallow" in error.message and "unshallow" in error.hint


class _Quiet:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass


def test_cancel_stops_before_anything_changes(team: Team) -> None:
    team.bot_posts({"_posts/2024-03-11-bot.md": post_text("Bot", "b\n")})
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    before = snapshot(team.editor)
    with pytest.raises(GitError) as err:
        run_unattended(sync(repo, SyncRequest(commit=[FIRST], message="m"), cancel=lambda: True))
    assert err.value.kind == "cancelled"
    assert snapshot(team.editor) == before


def test_merge_of_a_post_refuses_a_combination_that_breaks_its_front_matter() -> None:
    from editor_app.core.document.merge import has_markers, merge_file
    from editor_app.core.document.post import Post

    base = b"---\ntitle: A\ndesc: |\n  one\n  two\nk: v\n---\nbody\n"
    mine = base.replace(b"desc: |", b"desc: x")  # a plain scalar now: "x one two"
    theirs = base.replace(b"  two", b"  two: 2")  # literal text inside the block scalar
    for side in (mine, theirs):
        assert Post.from_bytes(side, "x.md").error is None
    broken = merge_file("_posts/x.md", base, mine, theirs)
    assert not broken.clean and "front matter" in broken.reason
    assert "two: 2" in broken.marked  # the editor sees what the lines would give
    same_text = merge_file("notes.txt", base, mine, theirs)  # not a post: lines only
    assert same_text.clean

    edited = base.replace(b"body", b"body, edited")
    retitled = base.replace(b"title: A", b"title: B")
    merged = merge_file("_posts/x.md", base, retitled, edited)
    assert merged.clean and merged.merged == retitled.replace(b"body", b"body, edited")
    conflict = merge_file("_posts/x.md", base, retitled, base.replace(b"title: A", b"title: C"))
    assert not conflict.clean and has_markers(conflict.marked)
    assert not merge_file("a.png", b"\0a", b"\0b", b"\0c").clean
    deleted = merge_file("_posts/x.md", base, None, edited)
    assert not deleted.clean and "deleted" in deleted.reason


MOVED = "_posts/2024-03-09-first.md"  # FIRST renamed to its publishing date


def _bot_renames_first(team: Team, *, body: tuple[str, str] | None = None) -> None:
    """The bot renames FIRST to MOVED, as a file-name date fix does (the date line changes)."""
    os.replace(team.bot / FIRST, team.bot / MOVED)
    edit(team.bot, MOVED, "date: 2024-03-01", "date: 2024-03-09")
    if body is not None:
        edit(team.bot, MOVED, *body)
    commit_all(team.bot, "bot: rename to the publishing date")
    push(team.bot)


def _tree_paths(root: Path) -> set[str]:
    with Repo(str(root)) as r:
        return {
            e.path.decode()
            for e in r.object_store.iter_tree_contents(r[r.refs[b"refs/heads/main"]].tree)
        }


def test_saved_edits_to_a_post_the_remote_renamed_go_with_it(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited by Li.")
    _bot_renames_first(team, body=("Line five.", "Line five (bot)."))
    assert sorted(pull(repo)) == [FIRST, MOVED]
    assert not (team.editor / FIRST).exists()  # one post, not two
    text = (team.editor / MOVED).read_text("utf-8")
    assert "Line one, edited by Li." in text and "Line five (bot)." in text
    assert "date: 2024-03-09" in text
    assert head(team.editor) == head(team.bot)  # a fast-forward: the edit stays uncommitted
    assert read_status(repo).changes == {MOVED: "modified"}
    assert read_status(repo, backend="dulwich").changes == {MOVED: "modified"}


def test_a_committed_edit_follows_the_remotes_rename_into_the_merge(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line two.", "Line two (editor).")
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "Edit first post", Identity(*EDITOR))
    _bot_renames_first(team)
    assert sorted(pull(repo)) == [FIRST, MOVED]
    assert not (team.editor / FIRST).exists()
    assert "Line two (editor)." in (team.editor / MOVED).read_text("utf-8")
    assert MOVED in _tree_paths(team.editor) and FIRST not in _tree_paths(team.editor)
    status = read_status(repo)
    assert (status.ahead, status.behind, dict(status.changes)) == (2, 0, {})


def test_the_remotes_edit_follows_a_committed_local_rename(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    os.replace(team.editor / FIRST, team.editor / MOVED)
    with repo.open() as r:
        commit_paths(repo, r, [FIRST, MOVED], "Rename", Identity(*EDITOR))
    edit(team.bot, FIRST, "Line four.", "Line four (bot).")
    commit_all(team.bot, "bot: edit")
    push(team.bot)
    assert pull(repo) == [MOVED]
    assert not (team.editor / FIRST).exists()
    assert "Line four (bot)." in (team.editor / MOVED).read_text("utf-8")
    assert FIRST not in _tree_paths(team.editor)
    assert read_status(repo).changes == {}


@pytest.mark.parametrize("committed", [False, True])
def test_overlapping_edits_to_a_renamed_post_are_resolved_at_its_new_path(
    team: Team, committed: bool
) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line three.", "Line three by Li.")
    if committed:
        with repo.open() as r:
            commit_paths(repo, r, [FIRST], "Li's edit", Identity(*EDITOR))
    _bot_renames_first(team, body=("Line three.", "Line three by the bot."))
    with repo.open() as r:
        theirs = fetch(r, Remote(repo.upstream(r)), None, lambda: False)  # type: ignore[arg-type]
    before = snapshot(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert err.value.kind == "conflicts" and err.value.paths == (MOVED,)
    assert snapshot(team.editor) == before
    with repo.open() as r:
        plan = plan_pull(repo, r, repo.upstream(r), theirs)  # type: ignore[arg-type]
        (conflict,) = plan.conflicts
        assert conflict.mine is not None and b"by Li" in conflict.mine
        assert conflict.theirs is not None and b"by the bot" in conflict.theirs
        apply_pull(repo, r, plan, {MOVED: conflict.mine}, Identity(*EDITOR))
    assert not (team.editor / FIRST).exists()
    assert "Line three by Li." in (team.editor / MOVED).read_text("utf-8")
    assert FIRST not in _tree_paths(team.editor)
    status = read_status(repo)
    assert status.behind == 0 and FIRST not in status.changes


def test_a_file_in_the_way_of_the_remotes_rename_is_never_overwritten(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line three.", "Line three by Li.")
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "Li's edit", Identity(*EDITOR))
    (team.editor / MOVED).write_text("MY UNTRACKED DRAFT\n", "utf-8")
    _bot_renames_first(team, body=("Line three.", "Line three by the bot."))
    with repo.open() as r:
        theirs = fetch(r, Remote(repo.upstream(r)), None, lambda: False)  # type: ignore[arg-type]
        plan = plan_pull(repo, r, repo.upstream(r), theirs)  # type: ignore[arg-type]
    # no rename: the draft is a conflict of its own, shown as it is
    mine = {c.path: c.mine for c in plan.conflicts}
    assert mine[MOVED] == b"MY UNTRACKED DRAFT\n" and FIRST in mine
    with pytest.raises(GitError):
        pull(repo)
    assert (team.editor / MOVED).read_text("utf-8") == "MY UNTRACKED DRAFT\n"


def test_saved_edits_never_move_into_an_unrelated_new_post(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    weather = "_posts/2024-03-02-weather.md"
    edit(team.editor, SECOND, "tags: [news]", "tags: [news, retracted]")
    (team.bot / SECOND).unlink()
    write(team.bot, {weather: post_text("Weather", "Sunny.\nWindy.\nCold.\n")})
    commit_all(team.bot, "bot: retire one, publish one")
    push(team.bot)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert err.value.kind == "conflicts" and err.value.paths == (SECOND,)
    assert "retracted" in (team.editor / SECOND).read_text("utf-8")
    assert not (team.editor / weather).exists()


def _bot_commits_tree(team: Team, changes: list[tuple[bytes, int | None, bytes | None]]) -> None:
    """The bot commits tree entries as they are (a submodule: mode 160000, a commit id)."""
    with Repo(str(team.bot)) as r:
        parent = r.refs[b"refs/heads/main"]
        commit = Commit()
        commit.tree = commit_tree_changes(r.object_store, r[parent].tree, changes)
        commit.parents = [parent]
        commit.author = commit.committer = b"News Bot <bot@example.com>"
        commit.author_time = commit.commit_time = 1_700_000_000
        commit.author_timezone = commit.commit_timezone = 0
        commit.message = b"bot: theme"
        r.object_store.add_object(commit)
        r.refs[b"refs/heads/main"] = commit.id
    push(team.bot)


def test_a_submodule_the_remote_adds_moves_or_removes_is_pulled_as_git_does(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    theme = b"_themes/minima"
    _bot_commits_tree(team, [(theme, 0o160000, b"1" * 40)])
    pull(repo)  # used to stop with an AssertionError: a submodule is no file to read
    assert (team.editor / "_themes/minima").is_dir()  # an empty folder, as git leaves it
    with Repo(str(team.editor)) as r:
        assert r.open_index()[theme].mode == 0o160000
    assert read_status(repo).changes == {}
    assert read_status(repo, backend="dulwich").changes == {}  # nothing to commit away
    _bot_commits_tree(team, [(theme, 0o160000, b"2" * 40)])
    pull(repo)
    with Repo(str(team.editor)) as r:
        assert r.open_index()[theme].sha == b"2" * 40
    _bot_commits_tree(team, [(theme, None, None)])
    pull(repo)
    with Repo(str(team.editor)) as r:
        assert theme not in r.open_index()
    assert read_status(repo).changes == {}


def test_a_file_where_the_remote_has_a_folder_stops_the_pull_with_a_message(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    write(team.editor, {"_posts/archive": "a note\n"})
    with repo.open() as r:
        commit_paths(repo, r, ["_posts/archive"], "A note", Identity(*EDITOR))
    write(team.bot, {"_posts/archive/2024-03-01-old.md": post_text("Old", "o\n")})
    commit_all(team.bot, "bot: archive")
    push(team.bot)
    before = _local(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    # no conflict view can resolve this: "failed", with its message in the error's details
    assert err.value.kind == "failed" and "file on one side and a folder" in err.value.message
    assert _local(team.editor) == before


def test_a_file_that_becomes_a_submodule_stops_the_pull_with_a_message(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    theme = "_themes/minima"
    write(team.bot, {theme: "a theme file\n"})
    commit_all(team.bot, "bot: theme file")
    push(team.bot)
    pull(repo)
    _bot_commits_tree(team, [(theme.encode(), 0o160000, b"1" * 40)])
    before = _local(team.editor)
    with pytest.raises(GitError) as err:
        pull(repo)
    assert "submodule on one side and a file on the other" in err.value.message
    assert _local(team.editor) == before


def test_a_folder_the_remote_turns_into_a_file_merges_with_local_commits(team: Team) -> None:
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    write(team.bot, {"notes/a.md": "a\n"})
    commit_all(team.bot, "bot: notes folder")
    push(team.bot)
    pull(repo)
    edit(team.editor, FIRST, "Line two.", "Line two (editor).")
    with repo.open() as r:
        commit_paths(repo, r, [FIRST], "Edit", Identity(*EDITOR))
    note = Blob.from_string(b"now a file\n")
    with Repo(str(team.bot)) as r:
        r.object_store.add_object(note)
    # a file of the folder's name takes the folder's place (and its file with it)
    _bot_commits_tree(team, [(b"notes", 0o100644, note.id)])
    pull(repo)  # dulwich's tree builder stopped with an AssertionError here
    assert (team.editor / "notes").read_text("utf-8") == "now a file\n"
    assert "notes/a.md" not in _tree_paths(team.editor) and "notes" in _tree_paths(team.editor)
    assert read_status(repo).changes == {}


def test_a_remote_history_rewritten_and_force_pushed_is_not_merged(
    team: Team, tmp_path: Path
) -> None:
    """A maintainer removed a leaked file by rewriting the history and force-pushing it. A merge
    would bring the old history back, the file with it, and push it again: git refuses ("unrelated
    histories"), and so does Frontdesk."""
    files = {rel: text for rel, text in SEED.items() if rel != SECOND}
    fresh = tmp_path / "fresh"
    Repo.init(str(fresh), mkdir=True, default_branch=b"main").close()
    write(fresh, files)
    commit_all(fresh, "history without the second post")
    with Repo(str(fresh)) as r:
        porcelain.push(r, str(team.origin), "refs/heads/main", force=True, errstream=_Quiet())
    rewritten = head(team.origin)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    commit_all(team.editor, "Edit the first post")
    before = snapshot(team.editor)
    with pytest.raises(GitError) as caught:
        run_unattended(sync(repo, SyncRequest(push=True)))
    assert caught.value.kind == "unrelated"
    assert "shares no history" in caught.value.message
    assert head(team.origin) == rewritten  # nothing pushed back
    after = snapshot(team.editor)
    assert {
        k: v for k, v in after.items() if "refs/remotes" not in k and k != ".git/FETCH_HEAD"
    } == {k: v for k, v in before.items() if "refs/remotes" not in k and k != ".git/FETCH_HEAD"}
    assert (team.editor / SECOND).exists()


def test_a_deletion_kept_against_the_remotes_edit_is_merged(team: Team) -> None:
    """The editor deleted a post and committed it; the bot edited it. Keeping the deletion (the
    conflict view's "mine") failed every time with a message about files and folders."""
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    (team.editor / SECOND).unlink()
    commit_all(team.editor, "Retract the second post")
    edit(team.bot, SECOND, "Beta.", "Beta, by the bot.")
    team.bot_posts({"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    with repo.open() as r:
        theirs = fetch(r, Remote(repo.upstream(r)), None, lambda: False)  # type: ignore[arg-type]
        plan = plan_pull(repo, r, repo.upstream(r), theirs)  # type: ignore[arg-type]
        (conflict,) = plan.conflicts
        assert conflict.path == SECOND and conflict.mine is None and conflict.in_commit
        apply_pull(repo, r, plan, {SECOND: None}, Identity(*EDITOR))
    assert not (team.editor / SECOND).exists()
    assert (team.editor / "_posts/2024-03-09-new.md").exists()
    assert read_status(repo).changes == {}
    with Repo(str(team.editor)) as r:
        merge = r[r.refs[b"refs/heads/main"]]
        assert len(merge.parents) == 2
        with pytest.raises(KeyError):
            tree_lookup_path(r.object_store.__getitem__, merge.tree, SECOND.encode())


def test_sync_commits_a_chosen_post_the_pull_deleted_or_moved_where_it_is_now(team: Team) -> None:
    """Sync pulls first, then commits the posts chosen before it. One the remote deleted too was
    refused with a message about files and folders; the edit to one the remote renamed followed
    it to its new name and was left out of the commit."""
    renamed = "_posts/2024-03-09-first.md"
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, corrected by Li.")
    (team.editor / SECOND).unlink()  # trashed here, and by the bot
    (team.bot / FIRST).rename(team.bot / renamed)  # the bot fixes the date in its name
    (team.bot / SECOND).unlink()
    commit_all(team.bot, "bot: date fix, remove the second post")
    push(team.bot)
    result = run_unattended(sync(repo, SyncRequest(commit=[FIRST, SECOND], message="Li's fixes")))
    assert result.pushed and result.commit is not None
    assert read_status(repo).changes == {}
    with Repo(str(team.origin)) as origin:
        tip = origin[origin.refs[b"refs/heads/main"]]
        _mode, sha = tree_lookup_path(origin.object_store.__getitem__, tip.tree, renamed.encode())
        assert b"Line one, corrected by Li." in origin[sha].data
        for gone in (FIRST, SECOND):
            with pytest.raises(KeyError):
                tree_lookup_path(origin.object_store.__getitem__, tip.tree, gone.encode())


@pytest.mark.parametrize("lock", ["index.lock", "refs/heads/main.lock"])
@pytest.mark.parametrize("what", ["pull", "commit"])
def test_a_lock_another_git_program_holds_changes_nothing(team: Team, lock: str, what: str) -> None:
    """An IDE's git tools or a terminal hold `.git/index.lock` or the branch's lock: dulwich's
    FileLocked escaped after the pull had written every file (the bot's posts then showed as
    the editor's own changes)."""
    team.bot_posts({"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    (team.editor / ".git" / lock).write_bytes(b"")
    before = snapshot(team.editor)
    request = (
        SyncRequest(push=False)
        if what == "pull"
        else SyncRequest(pull=False, push=False, commit=[FIRST], message="Edit")
    )
    with pytest.raises(GitError) as caught:
        run_unattended(sync(repo, request))
    assert caught.value.kind == "busy" and Path(lock).name in caught.value.message
    after = snapshot(team.editor)
    assert {k: v for k, v in after.items() if "refs/remotes" not in k and "FETCH" not in k} == {
        k: v for k, v in before.items() if "refs/remotes" not in k and "FETCH" not in k
    }
    assert not (team.editor / "_posts/2024-03-09-new.md").exists()


def test_a_branch_lock_taken_after_the_files_are_written_puts_them_back(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lock is taken between the check and the end of the pull: the files written go back,
    and so does the index."""
    team.bot_posts({"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    edit(team.bot, SECOND, "Beta.", "Beta, by the bot.")
    commit_all(team.bot, "bot: edit")
    push(team.bot)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    before = snapshot(team.editor)
    real = SiteRepo.check_unlocked

    def then_locked(self: SiteRepo, branch: str) -> None:
        real(self, branch)
        (team.editor / ".git/refs/heads/main.lock").write_bytes(b"")  # another program, now

    monkeypatch.setattr(SiteRepo, "check_unlocked", then_locked)
    with pytest.raises(GitError) as caught:
        pull(repo)
    assert caught.value.kind == "busy"
    (team.editor / ".git/refs/heads/main.lock").unlink()
    after = snapshot(team.editor)
    assert {k: v for k, v in after.items() if "refs/remotes" not in k and "FETCH" not in k} == {
        k: v for k, v in before.items() if "refs/remotes" not in k and "FETCH" not in k
    }
    assert read_status(repo).changes == {}


def _mode_in_head(root: Path, rel: str) -> int:
    with Repo(str(root)) as r:
        mode, _sha = tree_lookup_path(
            r.object_store.__getitem__, r[r.refs[b"refs/heads/main"]].tree, rel.encode()
        )
        return mode


@pytest.mark.skipif(os.name == "nt", reason="executable bits: POSIX")
def test_with_core_filemode_false_a_commit_keeps_the_mode_git_has(team: Team) -> None:
    """On a FAT or exFAT drive every file looks executable; git (core.fileMode = false) keeps
    the index's mode, and so does Frontdesk (it committed 100755 for every post)."""
    with Repo(str(team.editor)) as r:
        config = r.get_config()
        config.set((b"core",), b"filemode", b"false")
        config.write_to_path()
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    os.chmod(team.editor / FIRST, 0o755)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    assert read_status(repo).changes == {FIRST: "modified"}
    run_unattended(sync(repo, SyncRequest(pull=False, commit=[FIRST], message="Edit")))
    assert _mode_in_head(team.editor, FIRST) == 0o100644
    assert _mode_in_head(team.origin, FIRST) == 0o100644


@pytest.mark.skipif(os.name == "nt", reason="executable bits: POSIX")
def test_a_pull_takes_away_the_executable_bit_the_remote_took_away(team: Team) -> None:
    script = "scripts/build.sh"
    write(team.bot, {script: "#!/bin/sh\necho build\n"})
    os.chmod(team.bot / script, 0o755)
    commit_all(team.bot, "bot: a script")
    push(team.bot)
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    pull(repo)
    assert os.stat(team.editor / script).st_mode & 0o111 == 0o111
    os.chmod(team.bot / script, 0o644)
    edit(team.bot, script, "echo build", "echo build all")
    commit_all(team.bot, "bot: not executable any more")
    push(team.bot)
    assert _mode_in_head(team.bot, script) == 0o100644
    pull(repo)
    assert os.stat(team.editor / script).st_mode & 0o111 == 0
    assert read_status(repo).changes == {}


def test_a_push_that_loses_a_race_with_another_push_pulls_and_retries(team: Team) -> None:
    """The bot pushes between the server's answer and the update: the server refuses the update
    (in its own words, which differ by server); the branch moved, so it is a retry, not the
    server refusing the push for a reason of its own."""
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    commit_all(team.editor, "Edit the first post")
    write(team.bot, {"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    commit_all(team.bot, "bot: new post")
    asked: list[int] = []

    def cancel() -> bool:  # asked first when the push starts, then while it updates the refs
        asked.append(1)
        if len(asked) == 2:
            push(team.bot)  # the bot's push lands now
        return False

    with repo.open() as r:
        remote = Remote(repo.upstream(r))  # type: ignore[arg-type]
        assert transport.push(r, remote, "main", None, cancel) is False
    assert head(team.origin) == head(team.bot)  # the bot's push stands


def test_sync_goes_on_when_the_pull_already_made_the_chosen_change(team: Team) -> None:
    """The editor trashed a post the remote deleted too: after the pull there is nothing to
    commit, which stopped the sync before its push (and before the window re-read the pull)."""
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    edit(team.editor, FIRST, "Line one.", "Line one, edited.")
    commit_all(team.editor, "Edit the first post")
    (team.editor / SECOND).unlink()
    (team.bot / SECOND).unlink()
    write(team.bot, {"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    commit_all(team.bot, "bot: remove the second post, add one")
    push(team.bot)
    result = run_unattended(sync(repo, SyncRequest(commit=[SECOND], message="Remove it")))
    assert result.commit is None and result.pushed
    assert "_posts/2024-03-09-new.md" in result.changed
    assert head(team.origin) == head(team.editor)
    assert read_status(repo).changes == {}


def test_sync_still_says_nothing_to_commit_when_the_pull_did_not_touch_the_chosen_post(
    team: Team,
) -> None:
    team.bot_posts({"_posts/2024-03-09-new.md": post_text("New", "n\n")})
    repo = SiteRepo.find(team.editor)
    assert repo is not None
    with pytest.raises(GitError) as caught:
        run_unattended(sync(repo, SyncRequest(commit=[FIRST], message="Unchanged")))
    assert caught.value.kind == "nothing"
