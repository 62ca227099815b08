"""Batches across a site: only the edited keys' lines change, undo restores the exact bytes, and a
batch interrupted halfway is finished or undone file by file."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from editor_app.core.batch import edits
from editor_app.core.batch.log import BatchLog
from editor_app.core.batch.plan import BatchPlan, plan_batch
from editor_app.core.batch.run import apply_batch, finish_batch, undo_batch
from editor_app.core.document.post import Post
from editor_app.core.document.terms import categories_of, tags_of
from editor_app.core.errors import FrontdeskError
from editor_app.core.site import Site
from editor_app.core.taxonomy import edits as tax
from tests import taxonomy_site as ts


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site.open(ts.build(tmp_path / "site"))


def snapshot(site: Site) -> dict[str, bytes]:
    return {rel: (site.root / rel).read_bytes() for rel in ts.FILES}


def every_file(site: Site) -> list[Path]:
    return [pf.path for pf in site.iter_front_matter_files()]


def run(site: Site, edit: edits.PostEdit, title: str = "test") -> tuple[BatchPlan, BatchLog]:
    plan = plan_batch(site, every_file(site), edit, title=title)
    log = BatchLog.for_site(site.root)
    result = apply_batch(plan, log)
    assert not result.refused and not result.cancelled
    return plan, log


def key_lines(data: bytes, keys: set[str]) -> set[int]:
    """1-based line numbers of the given top-level keys' entries (values included)."""
    text = data.decode("utf-8").removeprefix("\ufeff")
    lines = text.splitlines()
    out: set[int] = set()
    current = None
    for n, line in enumerate(lines, 1):
        if line and not line[0].isspace() and not line.startswith("-") and ":" in line:
            current = line.split(":", 1)[0].strip()
        if current in keys and n > 1:
            out.add(n)
    return out


def meta(path: Path) -> dict[str, object]:
    post = Post.load(path)
    assert post.error is None, post.error
    return post.metadata


def test_rename_keeps_every_style_and_touches_only_taxonomy_lines(site: Site) -> None:
    before = snapshot(site)
    carriers = {rel for rel in ts.FILES if "旅游" in categories_of(meta(site.root / rel))}
    assert len(carriers) == 8
    plan, _ = run(site, tax.rename("category", ["旅游"], "旅行"))
    assert {c.rel for c in plan.changes} == carriers
    after = snapshot(site)
    for rel in ts.FILES:
        if rel not in {c.rel for c in plan.changes}:
            assert after[rel] == before[rel], rel  # posts without the value: byte-identical
            continue
        touched = ts.changed_lines(before[rel], after[rel])
        assert touched and touched <= key_lines(before[rel], {"categories", "category"}), rel
        data = meta(site.root / rel)
        cats = categories_of(data)
        assert "旅行" in cats and "旅游" not in cats, rel
    # the styles are kept
    text = (site.root / "_posts/2024-01-01-spaced.md").read_text(encoding="utf-8")
    assert "categories: 旅行 随笔\n" in text and "tags: 重庆 旅游\n" in text
    flow = (site.root / "_posts/2024-01-02-flow.md").read_text(encoding="utf-8")
    assert "categories: [旅行, notes]\n" in flow
    assert (
        (site.root / "_posts/2024-01-05-lone.md")
        .read_text(encoding="utf-8")
        .count("categories: 旅行\n")
    )
    crlf = (site.root / "_posts/2024-01-07-crlf.md").read_bytes()
    assert b"categories: [\xe6\x97\x85\xe8\xa1\x8c]\r\n" in crlf and b"\n---\r\n" in crlf
    bom = (site.root / "_posts/2024-01-08-bom.md").read_bytes()
    assert bom.startswith(b"\xef\xbb\xbf---\n") and "- 旅行\n- bom\n".encode() in bom
    page = (site.root / "category/lvyou.html").read_text(encoding="utf-8")
    assert "category: 旅行\n" in page
    assert not next(c for c in plan.changes if c.rel == "category/lvyou.html").is_post


def test_merge_keeps_one_value_and_undo_restores_exact_bytes(site: Site) -> None:
    before = snapshot(site)
    plan, log = run(site, tax.rename("tag", ["旅游"], "重庆"))  # 重庆 exists: a merge
    spaced = meta(site.root / "_posts/2024-01-01-spaced.md")
    assert tags_of(spaced) == ("重庆",)
    flow = meta(site.root / "_posts/2024-01-02-flow.md")
    assert flow["tags"] == ["C#", 2022, "重庆"]  # untouched items keep their types
    assert "# keep this comment" in (site.root / "_posts/2024-01-02-flow.md").read_text("utf-8")
    record = log.last_applied()
    assert record is not None and len(record.files) == len(plan.changes)
    result = undo_batch(record, log)
    assert not result.left
    assert snapshot(site) == before
    assert log.records()[0].state == "undone"


def test_delete_split_and_bulk_add(site: Site) -> None:
    before = snapshot(site)
    run(site, tax.delete("category", ["旅游"]))
    lone = (site.root / "_posts/2024-01-05-lone.md").read_text(encoding="utf-8")
    assert "categories" not in lone  # a key left without values goes
    assert categories_of(meta(site.root / "_posts/2024-01-03-block2.md")) == ("生活",)
    for rel in ts.FILES:
        if "categor" not in before[rel].decode() or "旅游" not in before[rel].decode():
            assert (site.root / rel).read_bytes() == before[rel], rel

    path = site.root / "_posts/2024-01-09-untouched.md"
    path.write_text("---\ntitle: T\ntags: [Tech News, x]\n---\n", encoding="utf-8")
    run(site, tax.split("tag", "Tech News"))
    assert meta(path)["tags"] == ["Tech", "News", "x"]

    run(site, tax.add("tag", ["新闻", "x"]))
    assert tags_of(meta(path)) == ("Tech", "News", "x", "新闻")
    six = meta(site.root / "_posts/2024-01-06-singular.md")
    assert tags_of(six) == ("旅游", "新闻", "x")  # `tag` wins over `tags` in Jekyll: added there
    assert "tags" not in six


@pytest.mark.parametrize(
    "new", ["C#", "a: b", "[x]", "yes", "2022", "010", "true", "Tech News", "# hash"]
)
def test_awkward_new_names_are_quoted_and_read_back(site: Site, new: str) -> None:
    carriers = [rel for rel in ts.FILES if "旅游" in categories_of(meta(site.root / rel))]
    run(site, tax.rename("category", ["旅游"], new))
    for rel in carriers:
        data = (site.root / rel).read_bytes()
        metadata = meta(site.root / rel)
        assert new in categories_of(metadata), rel
        # Ruby's Psych (what Jekyll uses) reads YAML 1.1 like libyaml: check with PyYAML too.
        parsed = yaml.safe_load(data.decode("utf-8").removeprefix("\ufeff").split("---")[1])
        assert new in categories_of(parsed), rel


def test_numeric_and_boolean_values_are_renamed_by_their_text(site: Site) -> None:
    run(site, tax.rename("tag", ["2022"], "year-2022"))
    assert meta(site.root / "_posts/2024-01-02-flow.md")["tags"] == ["C#", "year-2022", "旅游"]
    run(site, tax.rename("tag", ["yes"], "是"))
    assert meta(site.root / "_posts/2024-01-04-block4.md")["tags"] == ["旅游", "是"]


def test_same_name_is_a_no_op(site: Site) -> None:
    before = snapshot(site)
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅游"), title="x")
    assert not plan.changes and not plan.refused
    assert snapshot(site) == before


def test_nfc_and_nfd_spellings_are_different_values(site: Site) -> None:
    path = site.root / "_posts/2024-01-09-untouched.md"
    path.write_text("---\ntitle: T\ntags: [Caf\u00e9, Cafe\u0301]\n---\n", encoding="utf-8")
    run(site, tax.rename("tag", ["Cafe\u0301"], "Caf\u00e9"))  # merge NFD into NFC
    assert meta(path)["tags"] == ["Caf\u00e9"]


def test_refusals_are_per_file_and_the_rest_go_through(site: Site) -> None:
    ro = site.root / "_posts/2024-01-03-block2.md"
    os.chmod(ro, 0o444)
    dup = site.root / "_posts/2024-01-05-lone.md"
    dup.write_text("---\ntitle: a\ncategories: 旅游\ntitle: b\n---\n", encoding="utf-8")
    gb = site.root / "_posts/2024-01-04-block4.md"
    gb.write_bytes("---\ntitle: 中文\ncategories: [旅游]\n---\n".encode("gb18030"))
    open_one = site.root / "_posts/2024-01-01-spaced.md"
    plan = plan_batch(
        site,
        every_file(site),
        tax.rename("category", ["旅游"], "旅行"),
        title="t",
        skip={open_one: "It has unsaved edits in the window."},
    )
    refused = {r.rel: r.reason for r in plan.refused}
    assert set(refused) == {
        "_posts/2024-01-03-block2.md",
        "_posts/2024-01-05-lone.md",
        "_posts/2024-01-04-block4.md",
        "_posts/2024-01-01-spaced.md",
    }
    assert "read-only" in refused["_posts/2024-01-03-block2.md"]
    assert "more than once" in refused["_posts/2024-01-05-lone.md"]
    assert "UTF-8" in refused["_posts/2024-01-04-block4.md"]
    assert "unsaved" in refused["_posts/2024-01-01-spaced.md"]
    # a file changed after the preview is refused when writing; the others are written
    changed = site.root / "_posts/2024-01-02-flow.md"
    changed.write_text(changed.read_text("utf-8") + "edited elsewhere\n", encoding="utf-8")
    result = apply_batch(plan, BatchLog.for_site(site.root))
    assert [r.rel for r in result.refused] == ["_posts/2024-01-02-flow.md"]
    assert "changed on disk" in result.refused[0].reason
    assert "旅行" in categories_of(meta(site.root / "_posts/2024-01-06-singular.md"))


def test_undo_leaves_files_changed_since_and_reports_them(site: Site) -> None:
    before = snapshot(site)
    _, log = run(site, tax.rename("category", ["旅游"], "旅行"))
    later = site.root / "_posts/2024-01-05-lone.md"
    later.write_text(later.read_text("utf-8") + "more\n", encoding="utf-8")
    kept = later.read_bytes()
    record = log.last_applied()
    assert record is not None
    result = undo_batch(record, log)
    assert [r.rel for r in result.left] == ["_posts/2024-01-05-lone.md"]
    assert later.read_bytes() == kept
    after = snapshot(site)
    for rel in ts.FILES:
        if rel != "_posts/2024-01-05-lone.md":
            assert after[rel] == before[rel], rel


def test_interrupted_batch_is_finished_or_undone_file_by_file(site: Site) -> None:
    before = snapshot(site)
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    record = log.start(plan)
    from editor_app.core.batch import run as runner

    for change in plan.changes[:2]:
        runner._write(change, site.root)  # what apply_batch had done when it was killed
    [pending] = log.pending()
    assert pending.id == record.id
    half = snapshot(site)
    finish_batch(pending, log)
    plan_after = {c.rel: c.after for c in plan.changes}
    for rel, data in snapshot(site).items():
        assert data == plan_after.get(rel, before[rel]), rel
    assert not log.pending()
    # and the same half-done state undone instead
    for rel, data in half.items():
        (site.root / rel).write_bytes(data)
    record2 = log.records()[0]
    undo_batch(record2, log)
    assert snapshot(site) == before


def test_moves_to_drafts_and_back_keep_bytes_and_undo(site: Site) -> None:
    before = snapshot(site)
    posts = [site.root / "_posts/2024-01-09-untouched.md", site.root / "_posts/2024-01-05-lone.md"]
    plan = plan_batch(site, posts, edits.move_to_drafts(site), title="to drafts")
    log = BatchLog.for_site(site.root)
    apply_batch(plan, log)
    drafts = site.root / "_drafts"
    assert sorted(p.name for p in drafts.iterdir()) == [
        "2024-01-05-lone.md",
        "2024-01-09-untouched.md",
    ]
    assert (drafts / "2024-01-05-lone.md").read_bytes() == before["_posts/2024-01-05-lone.md"]
    assert not posts[0].exists()
    record = log.last_applied()
    assert record is not None
    undo_batch(record, log)
    assert snapshot(site) == before and not any(drafts.iterdir())

    (drafts / "idea.md").write_text("---\ntitle: Idea\n---\n", encoding="utf-8")
    plan = plan_batch(
        site,
        [drafts / "idea.md"],
        edits.move_to_posts(site, datetime(2024, 3, 4, 10, 0, tzinfo=site.timezone)),
        title="publish",
    )
    apply_batch(plan, log)
    assert (site.root / "_posts/2024-03-04-idea.md").read_text("utf-8") == "---\ntitle: Idea\n---\n"


def test_move_refuses_to_overwrite(site: Site) -> None:
    drafts = site.root / "_drafts"
    drafts.mkdir()
    (drafts / "2024-01-05-lone.md").write_text("---\ntitle: other\n---\n", encoding="utf-8")
    plan = plan_batch(
        site, [site.root / "_posts/2024-01-05-lone.md"], edits.move_to_drafts(site), title="x"
    )
    assert not plan.changes and "already exists" in plan.refused[0].reason


def test_fields_publishing_and_find_replace(site: Site) -> None:
    files = [site.root / rel for rel in ts.CARRIERS if rel.startswith("_posts")]
    run(site, edits.set_field("layout", "wide"))
    run(site, edits.set_published(False))
    post = meta(files[0])
    assert post["layout"] == "wide" and post["published"] is False
    before = snapshot(site)
    run(site, edits.set_published(True))
    assert "published" not in meta(files[0])
    run(site, edits.remove_field("layout"))
    assert "layout" not in meta(files[0])
    fr = edits.FindReplace("Body (\\w+)", "Text \\1", regex=True, front_matter=False)
    plan = plan_batch(site, every_file(site), fr.edit(), title="replace")
    flow = next(c for c in plan.changes if c.rel == "_posts/2024-01-02-flow.md")
    assert [(d.kind, d.text) for d in flow.diff()] == [("-", "Body two."), ("+", "Text two.")]
    assert len(plan.changes) == 8  # every post with a "Body …" line, no page
    fm = edits.FindReplace("旅游", "出行", body=False)
    plan = plan_batch(site, every_file(site), fm.edit(), title="fm")
    page = next(c for c in plan.changes if c.rel == "category/lvyou.html")
    assert [d.text for d in page.diff() if d.kind == "+"] == ["title: 出行频道", "category: 出行"]
    assert snapshot(site) != before or before


def test_find_replace_leaves_the_date_alone_however_yaml_reads_it(site: Site) -> None:
    """`2024-01-01` is a date to YAML and `2024-01-01 09:00:00 +0800` is text, but Jekyll reads
    both as the post's moment: replacing 2024 changes neither (only the titles)."""
    written = {
        "_posts/2024-05-01-text-date.md": "date: 2024-01-01 09:00:00 +0800",
        "_posts/2024-05-02-yaml-date.md": "date: 2024-01-01",
    }
    for rel, date_line in written.items():
        (site.root / rel).write_text(f"---\ntitle: 2024 回顾\n{date_line}\n---\nbody\n", "utf-8")
    run(site, edits.FindReplace("2024", "2025", body=False).edit())
    for rel, date_line in written.items():
        assert (site.root / rel).read_text("utf-8") == (
            f"---\ntitle: 2025 回顾\n{date_line}\n---\nbody\n"
        )


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_find_replace_in_a_crlf_body_matches_line_ends_and_writes_the_files_own(
    site: Site, newline: str
) -> None:
    """A body written with CRLF (or old-Mac CR) line ends: `$` matches at a line's end and a
    newline in the replacement is written as the file's own line end, never a bare LF."""
    path = site.root / "_posts/2024-03-01-crlf.md"
    text = "---\ntitle: CRLF\n---\nline one\nline two\n"
    path.write_bytes(text.replace("\n", newline).encode())
    fr = edits.FindReplace(r"(?m)one$", r"1\nuno", regex=True, front_matter=False)
    run(site, fr.edit())
    want = "---\ntitle: CRLF\n---\nline 1\nuno\nline two\n".replace("\n", newline)
    assert path.read_bytes() == want.encode()
    # A line end typed into the replacement as \r\n (or pasted) is one line end, the file's own.
    path.write_bytes(text.replace("\n", newline).encode())
    run(site, edits.FindReplace("one", "1\r\nuno", front_matter=False).edit())
    assert path.read_bytes() == want.encode()
    # A search that names \r means the file's own line ends: it is searched as it is.
    if newline == "\r\n":
        path.write_bytes(text.replace("\n", newline).encode())
        run(site, edits.FindReplace(r"one\r\nline", "1 2", regex=True).edit())
        assert path.read_bytes() == want.replace("1\r\nuno\r\nline", "1 2").encode()
    # A body already mixing line ends is searched as it is and keeps each one.
    mixed = "---\ntitle: Mixed\n---\nline one\r\nline two\n"
    path.write_bytes(mixed.encode())
    run(site, edits.FindReplace("two", "2").edit())
    assert path.read_bytes() == mixed.replace("two", "2").encode()


@pytest.mark.parametrize("as_one", [False, True])
def test_a_spaced_string_jekyll_splits_is_spelled_out(site: Site, as_one: bool) -> None:
    from editor_app.core.taxonomy.census import spaced_values

    [found] = spaced_values(site, "category")
    assert found.rel == "_posts/2024-01-01-spaced.md" and found.words == ("旅游", "随笔")
    before = (site.root / found.rel).read_bytes()
    run(site, tax.spell_out_split("category", as_one=as_one))
    after = (site.root / found.rel).read_bytes()
    assert ts.changed_lines(before, after) == {4}
    cats = categories_of(meta(site.root / found.rel))
    assert cats == (("旅游 随笔",) if as_one else ("旅游", "随笔"))
    assert not spaced_values(site, "category")


def test_pages_walk_stays_inside_the_site(site: Site, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "page.md").write_text("---\ncategory: 旅游\n---\n", encoding="utf-8")
    (site.root / "linked").symlink_to(outside, target_is_directory=True)
    (site.root / "category" / "loop").symlink_to(site.root, target_is_directory=True)
    rels = sorted(pf.rel for pf in site.iter_front_matter_files() if pf.collection == "pages")
    assert rels == ["about.md", "category/lvyou.html"]


# --------------------------------------------------------------------------- power cuts
LONG = "_posts/2024-01-10-long.md"


def long_post(site: Site) -> Path:
    """A post of several disk sectors carrying 旅游, so a power cut can leave part of it."""
    path = site.root / LONG
    body = "".join(f"第{i}段：长文正文。\n" for i in range(200))
    path.write_text(f"---\ntitle: 长文\ncategories: [旅游]\n---\n{body}", encoding="utf-8")
    return path


def zero_from(path: Path, offset: int) -> None:
    """What a power cut leaves of a file whose rename reached the disk before all its data:
    its length, with zeros where the data did not arrive."""
    data = path.read_bytes()
    path.write_bytes(data[:offset] + b"\0" * (len(data) - offset))


@pytest.mark.parametrize("back", [False, True], ids=["finish", "undo"])
def test_files_a_power_cut_left_empty_or_zeroed_are_rewritten_from_the_log(
    site: Site, back: bool
) -> None:
    long_post(site)
    before = {**snapshot(site), LONG: (site.root / LONG).read_bytes()}
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    after = {**before, **{c.rel: c.after for c in plan.changes}}
    log = BatchLog.for_site(site.root)
    log.start(plan)
    from editor_app.core.batch import run as runner

    for change in plan.changes:
        runner._write(change, site.root)  # renamed into place; then the power went
    written = [c.rel for c in plan.changes]
    (site.root / written[0]).write_bytes(b"")  # the rename arrived, no data
    zero_from(site.root / LONG, 512)  # the first sector arrived
    zero_from(site.root / written[1], 0)  # only the length arrived
    [pending] = log.pending()
    result = (undo_batch if back else finish_batch)(pending, log)
    assert not result.left
    want = before if back else after
    assert {rel: (site.root / rel).read_bytes() for rel in want} == want
    assert not log.pending()


def test_a_file_with_zeros_and_other_changes_is_left_as_changed_since(site: Site) -> None:
    path = long_post(site)
    plan = plan_batch(site, [path], tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    apply_batch(plan, log)
    zero_from(path, 1024)
    data = bytearray(path.read_bytes())
    data[600] = ord("X")  # someone's edit, not the power cut's
    path.write_bytes(bytes(data))
    record = log.last_applied()
    assert record is not None
    result = undo_batch(record, log)
    assert [r.rel for r in result.left] == [LONG] and "changed after" in result.left[0].reason
    assert path.read_bytes() == bytes(data)


@pytest.mark.parametrize("back", [False, True], ids=["finish", "undo"])
def test_a_moved_post_left_empty_by_a_power_cut_is_rewritten(site: Site, back: bool) -> None:
    source = site.root / "_posts/2024-01-05-lone.md"
    old = source.read_bytes()
    plan = plan_batch(site, [source], edits.move_to_drafts(site), title="to drafts")
    log = BatchLog.for_site(site.root)
    log.start(plan)
    from editor_app.core.batch import run as runner

    runner._write(plan.changes[0], site.root)
    target = site.root / "_drafts/2024-01-05-lone.md"
    target.write_bytes(b"")  # the link and the unlink arrived, the data did not
    [pending] = log.pending()
    result = (undo_batch if back else finish_batch)(pending, log)
    assert not result.left
    if back:
        assert source.read_bytes() == old and not target.exists()
    else:
        assert target.read_bytes() == old and not source.exists()


def test_the_log_says_applied_only_after_every_file_is_flushed(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.batch import run as runner

    flushed: list[tuple[str, list[Path]]] = []
    log = BatchLog.for_site(site.root)

    def sync_files(paths: list[Path]) -> None:
        [record] = log.records()  # as the disk has it
        flushed.append((record.state, list(paths)))

    monkeypatch.setattr(runner, "sync_files", sync_files)
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    result = apply_batch(plan, log)
    [(state, paths)] = flushed
    assert state == "pending" and set(result.written) <= set(paths)
    assert log.records()[0].state == "applied"


@pytest.mark.parametrize("back", [False, True], ids=["finish", "undo"])
def test_finishing_or_undoing_flushes_the_files_the_killed_run_wrote(
    site: Site, monkeypatch: pytest.MonkeyPatch, back: bool
) -> None:
    """A killed run wrote some files without waiting for the disk; finishing finds them done
    and undoing rewrites them, but either way the log may say "applied"/"undone" only once
    every file of the batch is flushed, not only those written in the second run."""
    from editor_app.core.batch import run as runner

    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    log.start(plan)
    killed_run = [c.destination for c in plan.changes[:2]]
    for change in plan.changes[:2]:
        runner._write(change, site.root)  # written when the batch was killed, never flushed
    flushed: list[tuple[str, set[Path]]] = []

    def sync_files(paths: list[Path]) -> None:
        [record] = log.records()  # as the disk has it
        flushed.append((record.state, set(paths)))

    monkeypatch.setattr(runner, "sync_files", sync_files)
    [pending] = log.pending()
    (undo_batch if back else finish_batch)(pending, log)
    [(state, paths)] = flushed
    assert state in ("pending", "undoing")  # flushed before the log says done
    assert {c.destination for c in plan.changes} <= paths
    assert set(killed_run) <= paths
    assert log.records()[0].state == ("undone" if back else "applied")


def test_a_move_whose_source_cannot_be_removed_is_refused_whole(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Moving to `_drafts/` writes the copy, then removes the post; when the removal fails the
    copy goes again, so a refused move leaves the post only where it was."""
    before = snapshot(site)
    plan = plan_batch(site, every_file(site), edits.move_to_drafts(site), title="t")
    stuck = plan.changes[0].path
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == stuck:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    result = apply_batch(plan, BatchLog.for_site(site.root))
    assert [r.path for r in result.refused] == [stuck]
    target = plan.changes[0].target
    assert target is not None and not target.exists()
    assert stuck.read_bytes() == before[site.relpath(stuck)]
    assert len(result.written) == len(plan.changes) - 1


def test_undo_leaves_a_post_with_unsaved_edits_alone(site: Site) -> None:
    """The window passes the open post while it has unsaved edits; undo lists it with the
    files changed since and leaves it as it is."""
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    record = apply_batch(plan, log).record
    assert record is not None
    kept = plan.changes[0].path
    after = kept.read_bytes()
    result = undo_batch(record, log, skip={kept: "It has unsaved edits in the window."})
    assert kept.read_bytes() == after
    assert [(r.path, r.reason) for r in result.left] == [
        (kept, "It has unsaved edits in the window.")
    ]
    assert len(result.done) == len(plan.changes) - 1


def test_an_interrupted_undo_is_finished_as_an_undo(site: Site) -> None:
    """Undo killed halfway: the next start offers the batch again, and finishing it finishes
    the undo (before, finishing put the change back on every file)."""
    before = snapshot(site)
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    record = apply_batch(plan, log).record
    assert record is not None and len(plan.changes) >= 3
    ts.undo_killed_after(record, log, 2)
    [interrupted] = log.pending()
    assert interrupted.state == "undoing"
    assert log.to_undo() == interrupted
    finish_batch(interrupted, log)
    assert snapshot(site) == before
    assert log.records()[0].state == "undone" and not log.pending()


@pytest.mark.parametrize("back", [False, True], ids=["apply", "undo"])
def test_a_flush_that_fails_leaves_the_batch_pending(
    site: Site, monkeypatch: pytest.MonkeyPatch, back: bool
) -> None:
    import errno

    from editor_app.core.batch import run as runner
    from editor_app.core.errors import WriteError

    before = snapshot(site)
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    log = BatchLog.for_site(site.root)
    if back:
        apply_batch(plan, log)

    def failing(paths: list[Path]) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with monkeypatch.context() as patch, pytest.raises(WriteError, match="saved to the disk"):
        patch.setattr(runner, "sync_files", failing)
        if back:
            record = log.last_applied()
            assert record is not None
            undo_batch(record, log)
        else:
            apply_batch(plan, log)
    [pending] = log.pending()  # offered to finish or undo on the next start
    assert log.to_undo() == pending  # and what Undo takes back, not an older batch
    undo_batch(pending, log)
    assert snapshot(site) == before


# --------------------------------------------------------------------------- worker processes
def _count_pool_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Plan even a few files in 2 worker processes, 3 files a chunk; the list returned gets
    "pool" each time a plan goes there."""
    from editor_app.core.batch import plan as planning

    monkeypatch.setattr(planning, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(planning, "_CHUNK", 3)
    monkeypatch.setattr(planning, "default_workers", lambda: 2)
    made_in: list[str] = []
    real = planning._render_in_pool

    def in_pool(*args, **kwargs):  # passes everything on
        made_in.append("pool")
        return real(*args, **kwargs)

    monkeypatch.setattr(planning, "_render_in_pool", in_pool)
    return made_in


def test_a_plan_made_in_worker_processes_is_the_plan_made_here(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.chmod(site.root / "_posts/2024-01-03-block2.md", 0o444)
    skip = {site.root / "_posts/2024-01-01-spaced.md": "It has unsaved edits in the window."}
    edit = tax.rename("category", ["旅游"], "旅行")
    here = plan_batch(site, every_file(site), edit, title="t", skip=skip)
    made_in = _count_pool_runs(monkeypatch)
    seen: list[tuple[int, int]] = []
    there = plan_batch(
        site,
        every_file(site),
        edit,
        title="t",
        skip=skip,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert made_in == ["pool"]
    assert there.changes == here.changes and there.refused == here.refused
    assert there.unchanged == here.unchanged and not there.cancelled
    assert seen[-1] == (len(every_file(site)), len(every_file(site)))
    # an edit that cannot be sent to a worker (a closure) is planned here, the same way
    made_in.clear()
    local = plan_batch(site, every_file(site), lambda post: edit(post), title="t", skip=skip)
    assert not made_in and local.changes == here.changes
    # and a cancelled plan says so
    stopped = plan_batch(site, every_file(site), edit, title="t", cancel=lambda: True)
    assert stopped.cancelled and not stopped.changes


@pytest.mark.parametrize(
    "make",
    [
        lambda site: edits.set_field("layout", "wide"),
        lambda site: edits.remove_field("title"),
        lambda site: edits.set_published(False),
        lambda site: edits.move_to_drafts(site),
        lambda site: edits.move_to_posts(site, datetime(2024, 5, 6, 7, 8)),
        lambda site: edits.FindReplace("(旅)", r"\1行者", regex=True).edit(),
        lambda site: edits.FindReplace("a", "A", case_sensitive=False, body=False).edit(),
    ],
    ids=["set", "remove", "unpublish", "to-drafts", "to-posts", "regex", "plain"],
)
def test_bulk_edits_are_planned_in_worker_processes_the_same_way(
    site: Site, monkeypatch: pytest.MonkeyPatch, make
) -> None:
    """Bulk Edit over thousands of search results uses the worker pool like the taxonomy
    edits: each edit pickles, and the plan made there is the plan made here."""
    drafts = site.root / "_drafts"
    drafts.mkdir(exist_ok=True)
    (drafts / "undated.md").write_text("---\ntitle: 旅途草稿\n---\nA draft.\n", "utf-8")
    edit = make(site)
    here = plan_batch(site, every_file(site), edit, title="t")
    assert here.changes  # the fixture gives every edit something to do
    made_in = _count_pool_runs(monkeypatch)
    there = plan_batch(site, every_file(site), edit, title="t")
    assert made_in == ["pool"]
    assert there.changes == here.changes and there.refused == here.refused
    assert there.unchanged == here.unchanged


def test_a_replacement_that_cannot_be_written_is_refused_before_planning() -> None:
    for replace in ("\\d", "\\1", "\\g<m>"):
        with pytest.raises(FrontdeskError, match="replacement is not valid"):
            edits.FindReplace("X", replace, regex=True).edit()
    edits.FindReplace("(X)", "[\\1]", regex=True).edit()  # a group the search has
    edits.FindReplace("X", "\\d", regex=False).edit()  # plain text: written as typed


def test_deleting_the_last_tag_value_never_wakes_a_dormant_tags_list(tmp_path: Path) -> None:
    """Jekyll reads `tag:` and ignores `tags:` while `tag:` has a value; removing it would
    give the post the tags nobody asked for: that post is refused, the others go through."""
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\n", "utf-8")
    both = root / "_posts/2024-01-01-both.md"
    both.write_text("---\ntitle: A\ntag: news\ntags: [a, b]\n---\nx\n", "utf-8")
    alone = root / "_posts/2024-01-02-alone.md"
    alone.write_text("---\ntitle: B\ntag: news\n---\nx\n", "utf-8")
    site = Site.open(root)
    plan = plan_batch(site, [both, alone], tax.delete("tag", ["news"]), title="t")
    assert [r.path for r in plan.refused] == [both]
    assert "tags: list" in plan.refused[0].reason
    assert [c.path for c in plan.changes] == [alone]


@pytest.mark.parametrize("back", [False, True], ids=["finish", "undo"])
@pytest.mark.parametrize("copied", [False, True], ids=["killed-before", "killed-between"])
def test_a_move_killed_before_or_halfway_is_finished_or_undone(
    site: Site, back: bool, copied: bool
) -> None:
    """A move keeps the bytes, so the post is both "before" and "after": undoing one killed
    between writing the copy and removing the post left both (and said "changed after the
    batch"), and one killed before it began was refused the same way."""
    source = site.root / "_posts/2024-01-05-lone.md"
    old = source.read_bytes()
    plan = plan_batch(site, [source], edits.move_to_drafts(site), title="to drafts")
    log = BatchLog.for_site(site.root)
    log.start(plan)
    target = site.root / "_drafts/2024-01-05-lone.md"
    if copied:
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(old)  # the copy is written, the post not yet removed
    [pending] = log.pending()
    result = (undo_batch if back else finish_batch)(pending, log)
    assert not result.left
    kept, gone = (source, target) if back else (target, source)
    assert kept.read_bytes() == old and not gone.exists()
    assert log.records()[0].state == ("undone" if back else "applied")


def test_bulk_add_counts_only_the_tags_jekyll_reads(site: Site) -> None:
    """`tags` beside a `tag` with a value is ignored by Jekyll: a tag listed only there is not
    one of the post's tags, so adding it adds it to `tag` (the post was skipped)."""
    path = site.root / "_posts/2024-01-09-dormant.md"
    path.write_text("---\ntitle: T\ntag: 经济\ntags: [新闻]\n---\nx\n", encoding="utf-8")
    assert tags_of(meta(path)) == ("经济",)
    run(site, tax.add("tag", ["新闻"]))
    assert tags_of(meta(path)) == ("经济", "新闻")
    assert path.read_text("utf-8") == "---\ntitle: T\ntag: [经济, 新闻]\ntags: [新闻]\n---\nx\n"


def test_a_file_refused_while_the_batch_is_written_is_not_undone_later(site: Site) -> None:
    """A post saved between the preview and the write is refused and keeps its bytes; undoing
    the batch later reported it as "changed after the batch" (and `frontdesk undo` failed)."""
    plan = plan_batch(site, every_file(site), tax.rename("category", ["旅游"], "旅行"), title="t")
    assert len(plan.changes) >= 2
    saved = plan.changes[0].path
    saved.write_bytes(saved.read_bytes() + b"\nSaved meanwhile.\n")
    mine = saved.read_bytes()
    log = BatchLog.for_site(site.root)
    result = apply_batch(plan, log)
    assert [r.path for r in result.refused] == [saved]
    record = log.records()[0]
    assert plan.changes[0].rel not in [f.rel for f in record.files]
    undone = undo_batch(record, log)
    assert not undone.left
    assert saved.read_bytes() == mine
    for change in plan.changes[1:]:
        assert change.path.read_bytes() == change.before


@pytest.mark.parametrize("tag", ["nO", "false", "~"])
def test_bulk_add_goes_to_the_tags_jekyll_reads_when_tag_has_no_value_for_it(
    site: Site, tag: str
) -> None:
    """`tag: nO` is false to Ruby's YAML, so Jekyll reads `tags`: the new tag goes there, and a
    tag already in `tags` counts (it wrote `tag: ["nO", b]`, which Jekyll then read instead)."""
    path = site.root / "_posts/2024-01-09-no-tag.md"
    text = f"---\ntitle: T\ntag: {tag}\ntags: [a, b]\n---\nx\n"
    path.write_text(text, encoding="utf-8")
    run(site, tax.add("tag", ["b", "c"]))
    assert path.read_text("utf-8") == text.replace("[a, b]", "[a, b, c]")
