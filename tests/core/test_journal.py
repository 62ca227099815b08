"""Crash-recovery journal: unsaved work survives, exactly, and knows if the post moved on."""

from __future__ import annotations

import os
from pathlib import Path

from editor_app.core.document.post import Post
from editor_app.core.journal import Journal
from editor_app.core.storage import DiskStamp

FM_CRLF = "title: 你好，世界\r\ntags: [随笔, 日记]\r\ndate: 2022-02-22 12:26:45 +0800\r\n"
BODY_CRLF = "第一段。\r\n\r\nSecond paragraph — with “quotes”.\r\n"


def _post(tmp_path: Path, name: str = "2022-02-22-hello.md") -> Path:
    post = tmp_path / "site" / "_posts" / name
    post.parent.mkdir(parents=True, exist_ok=True)
    post.write_bytes(b"---\r\ntitle: old\r\n---\r\nold body\r\n")
    return post


def test_store_and_read_back_cjk_and_crlf_exactly(tmp_path: Path) -> None:
    post = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    stamp = DiskStamp.of(post)
    journal.store(post, FM_CRLF, BODY_CRLF, stamp)

    [entry] = journal.entries()
    assert entry.post_path == post.resolve()
    assert entry.front_matter_text == FM_CRLF
    assert entry.body == BODY_CRLF
    assert entry.stamp == stamp
    assert entry.disk_state() == "unchanged"
    # A fresh Journal on the same folder (the app after a crash) sees the same entry.
    assert Journal(tmp_path / "journal").entry_for(post) == entry


def test_store_replaces_previous_entry_and_discard_removes_it(tmp_path: Path) -> None:
    post = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    journal.store(post, "title: a\n", "one", DiskStamp.of(post))
    journal.store(post, "title: b\n", "two", DiskStamp.of(post))
    entries = journal.entries()
    assert [e.body for e in entries] == ["two"]

    journal.discard(post)
    assert journal.entries() == []
    journal.discard(post)  # discarding twice is harmless
    assert not [p for p in (tmp_path / "journal").iterdir() if p.suffix != ".json"], "temp left"


def test_entries_for_several_posts_newest_first(tmp_path: Path) -> None:
    a, b = _post(tmp_path, "a.md"), _post(tmp_path, "b.md")
    journal = Journal(tmp_path / "journal")
    journal.store(a, "", "a", None)
    journal.store(b, "", "b", None)
    first, second = journal.entries()
    assert first.saved_at >= second.saved_at
    assert {first.post_path.name, second.post_path.name} == {"a.md", "b.md"}


def test_disk_state_detects_change_and_missing_file(tmp_path: Path) -> None:
    post = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    journal.store(post, "title: mine\n", "mine", DiskStamp.of(post))

    post.write_bytes(b"---\ntitle: theirs\n---\n")
    assert journal.entries()[0].disk_state() == "changed"
    post.unlink()
    assert journal.entries()[0].disk_state() == "missing"


def test_touch_without_change_is_not_a_conflict(tmp_path: Path) -> None:
    post = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    journal.store(post, "", "", DiskStamp.of(post))
    st = post.stat()
    os.utime(post, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert journal.entries()[0].disk_state() == "unchanged"


def test_missing_folder_and_corrupt_files_are_tolerated(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "nowhere")
    assert journal.entries() == []
    assert journal.entry_for(tmp_path / "x.md") is None

    post = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    journal.store(post, "t: 1\n", "b", None)
    (tmp_path / "journal" / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "journal" / "other.json").write_text('{"version": 99}', encoding="utf-8")
    assert [e.body for e in journal.entries()] == ["b"]


def test_paths_with_cjk_and_spaces_get_distinct_safe_names(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    a = _post(tmp_path, "2022-02-22-你好 世界.md")
    b = _post(tmp_path, "2022-02-22-你好-世界.md")
    assert journal.file_for(a) != journal.file_for(b)
    assert journal.file_for(a).name.isascii()
    journal.store(a, "", "A", None)
    journal.store(b, "", "B", None)
    assert journal.entry_for(a).body == "A"  # type: ignore[union-attr]
    assert journal.entry_for(b).body == "B"  # type: ignore[union-attr]
    journal.clear()
    assert journal.entries() == []


def test_recovered_post_shows_the_stored_edits_over_the_file(tmp_path: Path) -> None:
    path = _post(tmp_path)
    post = Post.load(path)
    journal = Journal(tmp_path / "journal")
    journal.store(path, "title: 新标题\r\n", "new body\r\n", post.stamp)
    [entry] = journal.entries()

    shown, kept = entry.recovered(post)

    assert kept
    assert shown.metadata == {"title": "新标题"}
    assert shown.body == "new body\r\n"
    assert shown.path == path
    # The file itself is untouched: recovery only shows the edits until the user saves.
    assert path.read_bytes() == b"---\r\ntitle: old\r\n---\r\nold body\r\n"


def test_recovered_keeps_the_body_when_the_front_matter_broke(tmp_path: Path) -> None:
    path = _post(tmp_path)
    journal = Journal(tmp_path / "journal")
    journal.store(path, "title: x\n", "new body\n", DiskStamp.of(path))
    [entry] = journal.entries()
    path.write_bytes(b"---\ntitle: [broken\n---\nbody\n")

    shown, kept = entry.recovered(Post.load(path))

    assert not kept
    assert shown.body == "new body\n"
    assert shown.front_matter_text == "title: [broken\n"


def test_a_store_scheduled_before_a_discard_is_dropped(tmp_path: Path) -> None:
    """Stores run on a worker thread: one that was scheduled before a save (which discards
    the entry) must not bring the saved edits back as unsaved work."""
    journal = Journal(tmp_path / "journal")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: A\n---\nbody\n", "utf-8")
    ticket = journal.ticket(post)
    journal.discard(post)  # the save came first
    assert journal.store(post, "title: A\n", "edited\n", None, ticket) is None
    assert journal.entries() == []
    assert journal.store(post, "title: A\n", "edited\n", None, journal.ticket(post))
    assert [e.body for e in journal.entries()] == ["edited\n"]
