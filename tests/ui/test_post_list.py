"""The virtual post list model over a real PostIndex: paging, sorting, markers, problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.ui.panes.post_list import PAGE_SIZE, PostListModel, PostListView, format_row_date

N_POSTS = 2 * PAGE_SIZE + 37


def _write_many(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Many\ntimezone: UTC\n", encoding="utf-8")
    for i in range(N_POSTS):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        year = 2000 + i // (28 * 12)
        name = f"{year}-{month:02d}-{day:02d}-post-{i:04d}.md"
        tags = "even" if i % 2 == 0 else "odd"
        (root / "_posts" / name).write_text(
            f"---\ntitle: Post {i:04d}\ndate: {year}-{month:02d}-{day:02d} 10:00:00 +0000\n"
            f"tags: {tags}\n---\nBody {i}\n",
            encoding="utf-8",
        )
    (root / "_posts" / "2001-01-01-broken.md").write_text(
        "---\ntitle: [unclosed\n---\nbody\n", encoding="utf-8"
    )
    return root


@pytest.fixture
def index(tmp_path: Path):
    from editor_app.core.index import PostIndex
    from editor_app.core.site import Site

    site = Site.open(_write_many(tmp_path / "many"))
    idx = PostIndex(site, tmp_path / "cache", workers=0)
    idx.refresh()
    idx.build_fulltext()  # the background pass: body search and the problem checks
    yield idx
    idx.close()


@pytest.fixture
def model(index):
    from editor_app.core.index import PostQuery

    m = PostListModel()
    m.set_source(index, PostQuery())
    return m


def test_row_count_is_total_but_only_pages_are_fetched(model, index, monkeypatch):
    assert model.rowCount() == N_POSTS + 1
    calls = []
    real = index.query
    monkeypatch.setattr(index, "query", lambda q: (calls.append((q.offset, q.limit)), real(q))[1])
    # The first page came with the total; a row on the third page fetches only that page.
    model.data(model.index(2 * PAGE_SIZE + 5, 0))
    model.data(model.index(2 * PAGE_SIZE + 6, 0))
    assert calls == [(2 * PAGE_SIZE, PAGE_SIZE)]
    assert len(model._pages) == 2


def test_default_sort_is_newest_first_and_header_sorts_by_title(model):
    dates = [model.row_at(i).date_utc for i in range(5)]
    assert dates == sorted(dates, reverse=True)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "title" and not model.query.descending
    titles = [model.data(model.index(i, 0)) for i in range(3)]
    assert titles == sorted(titles, key=str.casefold)  # the title sort ignores case


def test_unsortable_columns_keep_order(model):
    before = model.query
    model.sort(2, Qt.SortOrder.AscendingOrder)  # categories: not an index sort key
    assert model.query == before


def test_filter_and_site_total(model):
    import dataclasses

    model.set_query(dataclasses.replace(model.query, tags=("even",)))
    assert model.rowCount() == (N_POSTS + 1) // 2
    assert model.site_total == N_POSTS + 1


def test_dirty_marker_shows_on_title(model):
    rel = model.path_at(0)
    title = model.data(model.index(0, 0))
    model.set_dirty(rel, True)
    assert model.data(model.index(0, 0)) == "● " + title
    model.set_dirty(rel, False)
    assert model.data(model.index(0, 0)) == title


def test_problem_row_has_icon_and_tooltip(qapp, model):
    import dataclasses

    model.set_query(dataclasses.replace(model.query, text="", has_problems=True))
    assert model.rowCount() >= 1
    row = next(i for i in range(model.rowCount()) if "broken" in model.path_at(i))
    assert not model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole).isNull()
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "problem" in tip.lower()


def test_unchecked_rows_say_so_until_the_background_pass(qapp, tmp_path):
    from editor_app.core.index import PostIndex, PostQuery
    from editor_app.core.site import Site

    index = PostIndex(Site.open(_write_many(tmp_path / "cold")), tmp_path / "c", workers=0)
    index.refresh()  # a cold open of this many posts lists them before checking them
    model = PostListModel()
    model.set_source(index, PostQuery(sort="path"))
    broken = next(i for i in range(model.rowCount()) if "broken" in model.path_at(i))

    def tip() -> str:
        return model.data(model.index(broken, 0), Qt.ItemDataRole.ToolTipRole)

    assert "Not checked yet" in tip()
    assert model.data(model.index(broken, 0), Qt.ItemDataRole.DecorationRole) is None
    index.build_fulltext()
    model.reload()
    assert "Not checked yet" not in tip() and "problem" in tip()
    assert model.data(model.index(broken, 0), Qt.ItemDataRole.DecorationRole) is not None
    index.close()


def test_view_multiselect_and_selected_paths(qtbot, model):
    view = PostListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    opened = []
    view.currentPathChanged.connect(opened.append)
    view.select_row(0)
    view.selectionModel().select(
        model.index(2, 0),
        view.selectionModel().SelectionFlag.Select | view.selectionModel().SelectionFlag.Rows,
    )
    assert view.selected_paths() == [model.path_at(0), model.path_at(2)]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert opened == [model.path_at(0), model.path_at(1)]
    qtbot.waitUntil(lambda: view.painted)


def test_date_column_is_short(model):
    row = model.row_at(0)
    text = format_row_date(row)
    assert len(text) in (10, 16) and text[:2] in ("20", "19")
