"""Property tests: for generated posts and edits, the writer gives exactly the intended metadata,
leaves the body alone, and leaves the lines of untouched keys byte-identical."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from editor_app.core.document.dates import DateForm, date_equal, parse_date
from editor_app.core.document.frontmatter import FrontMatter
from editor_app.core.document.post import Post
from editor_app.core.document.terms import TAXONOMY_KEYS, key_terms
from editor_app.core.document.values import block_scalar, format_key, same

KEYS = [
    "title",
    "date",
    "tags",
    "categories",
    "layout",
    "author",
    "excerpt",
    "header",
    "published",
    "weight",
    "subtitle",
    "slug",
    "x-y",
    "标签",
    "Description",
    "n2",
]
TRICKY = [
    "yes",
    "no",
    "on",
    "off",
    "null",
    "~",
    "010",
    "0x1f",
    "1e3",
    "1_000",
    "1,000",
    "2022-01-01",
    "2022-02-22 12:26:45 +0800",
    "@me",
    "`x`",
    "%p",
    "a: b",
    "a #b",
    "- x",
    "C#",
    "a:b",
    "[x]",
    "{y}",
    "x,y",
    "'q'",
    '"q"',
    "",
    " lead",
    "trail ",
    "多行\n文本",
    "tab\tin",
    "长" * 120,
    "=",
    "<<",
    "---",
    "...",
    "y",
    "N",
]
ALPHABET = st.characters(
    codec="utf-8", categories=("L", "N", "P", "S", "Zs"), exclude_characters="\x85\u2028\u2029"
) | st.sampled_from(list(":#-@'\"[]{},&*!|>%` \n"))

texts = st.text(ALPHABET, max_size=40) | st.sampled_from(TRICKY)
scalars = st.one_of(
    texts,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, width=64),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2100, 1, 1)),
)
values = st.one_of(
    scalars,
    st.lists(texts, max_size=4),
    st.lists(scalars, max_size=3),
    st.dictionaries(
        st.sampled_from(["image", "teaser", "caption", "k", "深"]), scalars, max_size=3
    ),
)
documents = st.dictionaries(st.sampled_from(KEYS), values, max_size=8)
bodies = st.text(ALPHABET, max_size=200) | st.just("<p>正文</p>\n---\nmore\n")


def _dump(data: dict[str, Any], style: int) -> str:
    """An initial front matter written in one of several real-world styles."""
    if style == 0:
        return FrontMatter("", {}, "\n").edit(data).text if data else ""
    if not data:
        return ""
    if style == 2:  # flow leaves (`k: [a, b]`), block root
        return "".join(
            yaml.safe_dump(
                {k: v},
                allow_unicode=True,
                width=4096,
                default_flow_style=None if isinstance(v, (list, dict)) and v else False,
            )
            for k, v in data.items()
        )
    return yaml.safe_dump(
        data,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=24 if style == 3 else 4096,
    )


def _with_comments(text: str, fm: FrontMatter) -> str:
    lines = text.splitlines(keepends=True)
    for entry in reversed(fm.layout().entries):
        lines.insert(entry.key_line, f"# about {entry.key}\n")
    return "".join(lines) + "\n# the end\n"


@st.composite
def cases(draw: st.DrawFn) -> tuple[str, dict[str, Any], list[str], str]:
    data = draw(documents)
    text = _dump(data, draw(st.integers(0, 3)))
    fm = FrontMatter.parse(text)
    if draw(st.booleans()):
        text = _with_comments(text, fm)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    existing = list(fm.data)
    changed = draw(st.lists(st.sampled_from(existing), unique=True)) if existing else []
    new_keys = draw(st.lists(st.sampled_from(KEYS), unique=True, max_size=3))
    changes = {k: draw(values) for k in changed + new_keys}
    removed = draw(st.lists(st.sampled_from(existing), unique=True)) if existing else []
    return text, changes, removed, draw(bodies)


def _as_intended(key: str, got: Any, want: Any) -> bool:
    if same(got, want):
        return True
    taxonomy = key in TAXONOMY_KEYS
    if isinstance(want, list) and taxonomy and isinstance(got, (str, type(None))):
        # Jekyll's own reading: a plural key's string splits, a singular key's does not.
        return key_terms(key, got) == key_terms(key, want)
    if isinstance(want, (dt.date, str)) and not isinstance(want, bool):
        return date_equal(want, got)
    return False


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(cases())
def test_edit_gives_intended_metadata_and_keeps_untouched_lines(
    case: tuple[str, dict[str, Any], list[str], str],
) -> None:
    text, changes, removed, body = case
    old = FrontMatter.parse(text)
    new = old.edit(changes, removed)
    reread = yaml.load(new.text, Loader=yaml.CSafeLoader) or {}
    assert reread == new.data or all(same(reread[k], new.data[k]) for k in reread)
    for key, want in changes.items():
        assert key in reread and _as_intended(key, reread[key], want), key
    for key in removed:
        if key not in changes:
            assert key not in reread
    old_lines = old.text.splitlines(keepends=True)
    new_lines = new.text.splitlines(keepends=True)
    for key in old.data:
        if key in changes or key in removed:
            continue
        assert same(reread[key], old.data[key])
        a, b = old.key_lines(key), new.key_lines(key)
        assert a is not None and b is not None
        assert old_lines[a[0] - 1 : a[1]] == new_lines[b[0] - 1 : b[1]], key


@settings(max_examples=150, deadline=None, database=None)
@given(cases())
def test_body_is_untouched(case: tuple[str, dict[str, Any], list[str], str]) -> None:
    text, changes, removed, body = case
    nl = "\r\n" if "\r\n" in text else "\n"
    raw = ("---" + nl + text + "---" + nl + body).encode()
    post = Post.from_bytes(raw)
    assume(post.front_matter is not None)
    assert post.render() == raw
    out = Post.from_bytes(post.render(changes=changes, removed=removed))
    assert out.body == post.body
    assert out.ends_with_newline == post.ends_with_newline or not post.body


FORMS = [
    "2022-02-22 12:26:45 +0800",
    "2022-02-22T12:26:45+08:00",
    "2022-02-22 12:26",
    "2022-02-22",
    "2022-02-22T12:26:45Z",
    "2022-02-22 12:26:45",
    "2022-02-22 12:26:45 -0530",
]


@settings(max_examples=200, deadline=None, database=None)
@given(
    form=st.sampled_from(FORMS),
    quote=st.sampled_from(["", "'", '"']),
    when=st.datetimes(
        min_value=dt.datetime(1971, 1, 1),
        max_value=dt.datetime(2099, 1, 1),
        timezones=st.sampled_from(
            [
                dt.timezone.utc,
                dt.timezone(dt.timedelta(hours=8)),
                dt.timezone(dt.timedelta(hours=-5)),
            ]
        ),
    ),
)
def test_dates_keep_their_form(form: str, quote: str, when: dt.datetime) -> None:
    # microseconds too (a value set through the API): written with as many digits as they need
    fm = FrontMatter.parse(f"title: x\ndate: {quote}{form}{quote}\n")
    new = fm.edit({"date": when})
    line = new.text.splitlines()[1]
    written = line[len("date: ") :]
    assert written.startswith(quote) and written.endswith(quote)
    shape = DateForm.detect(form)
    got = DateForm.detect(written.strip("'\""))
    assert (got.has_time, got.separator) == (shape.has_time, shape.separator)
    # The zone style is kept, except where seconds would make Jekyll read a plain minutes-only
    # form as UTC: then the offset is written.
    assert got.zone_style == shape.zone_style or (
        not quote and not shape.seconds and not shape.zone_style and got.zone_style == "+hhmm"
    )
    # Jekyll publishes the post at the moment the editor set (zone-less text is read in the
    # site's zone, which is the zone the editor's value is in).
    published = parse_date(new.data["date"], when.tzinfo or dt.timezone.utc)
    assert published is not None
    if shape.has_time:
        assert published == when
    else:
        assert published.date() == when.date()
    assert new.text.splitlines()[0] == "title: x"


SUB_KEYS = ["image", "teaser", "caption", "alt", "深", "k"]
P8 = dt.timezone(dt.timedelta(hours=8))
# times too (aware ones inside a map are written `+08:00`, which both YAML readers take for a
# time), and text of several lines, which may be written as a block (`caption: |`)
sub_scalars = (
    scalars
    | st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(2100, 1, 1),
        timezones=st.none() | st.just(P8),
    )
    | st.lists(st.text(ALPHABET, min_size=1, max_size=12), min_size=2, max_size=4).map("\n".join)
)
sub_maps = st.dictionaries(st.sampled_from(SUB_KEYS), sub_scalars, min_size=1, max_size=5)


@st.composite
def map_cases(draw: st.DrawFn) -> tuple[str, dict[str, Any], dict[str, Any], set[str]]:
    """A block map under `header` with a comment line above each key, some comments after
    values and some text written as blocks, and a new value for it: keys changed to other
    scalars, removed, added, put in another order. Also the keys written as blocks."""
    old = draw(sub_maps)
    lines = ["title: t", "header:"]
    blocks: set[str] = set()
    for key, value in old.items():
        lines.append(f"  # about {key}")
        block = block_scalar(value, "|", 4) if isinstance(value, str) else None
        if block is not None and draw(st.booleans()):
            header, body = block
            lines += [f"  {format_key(key)}: {header}", *body]
            blocks.add(key)
            continue
        line = "\n".join(f"  {x}" for x in yaml_lines({key: value}))
        if "\n" not in line and draw(st.booleans()):
            line += "  # after"
        lines.append(line)
    lines.append("tags: [a]")
    new = {k: v for k, v in old.items() if not draw(st.booleans())}
    if not new:  # (an empty map is written `{}`, which has no room for the comments)
        key = next(iter(old))
        new[key] = old[key]
    for key in draw(st.lists(st.sampled_from(list(new)), unique=True)):
        new[key] = draw(sub_scalars)
    for key in draw(st.lists(st.sampled_from(SUB_KEYS), unique=True, max_size=2)):
        new.setdefault(key, draw(sub_scalars))
    if draw(st.booleans()):
        new = dict(draw(st.permutations(list(new.items()))))
    return "\n".join(lines) + "\n", old, new, blocks


def yaml_lines(value: dict[str, Any]) -> list[str]:
    return FrontMatter("", {}, "\n").edit(value).text.splitlines()


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(map_cases())
def test_a_block_map_edit_keeps_the_lines_of_its_unchanged_keys_and_their_comments(
    case: tuple[str, dict[str, Any], dict[str, Any], set[str]],
) -> None:
    text, old, new, blocks = case
    before = FrontMatter.parse(text)
    assume(same(before.data["header"], old))  # (a generated value that reads back otherwise)
    after = before.edit({"header": new})
    reread = yaml.load(after.text, Loader=yaml.CSafeLoader)
    assert same(reread["header"], new)  # the values, and the keys in their new order
    assert reread["title"] == "t" and reread["tags"] == ["a"]
    old_lines = text.splitlines()
    new_lines = after.text.splitlines()
    for key in new:
        if key in old:
            assert f"  # about {key}" in new_lines, key  # the comment above stays
        if key in old and same(old[key], new[key]) and key not in blocks:
            own = [ln for ln in old_lines if ln.startswith(f"  {yaml_lines({key: old[key]})[0]}")]
            assert own and own[0] in new_lines, key  # its line as written
        if key in blocks and isinstance(new[key], str) and block_scalar(new[key], "|", 4):
            assert f"  {format_key(key)}: |" in after.text, key  # text stays a block
    for key in old:
        if key not in new:
            assert f"  # about {key}" not in new_lines, key


@st.composite
def list_cases(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """A block list of maps, a comment line above each item, and a new value for it: items
    reordered, removed, added, or with one value changed."""
    ids = draw(st.lists(st.integers(0, 99), min_size=1, max_size=6, unique=True))
    old = [{"id": i, "v": draw(scalars)} for i in ids]
    lines = ["links:"]
    for item in old:
        lines.append(f"  # about {item['id']}")
        body = yaml_lines(item)
        lines.append("  - " + body[0])
        lines += ["    " + line for line in body[1:]]
    lines.append("title: t")
    new = [dict(item) for item in draw(st.permutations(old)) if draw(st.booleans())]
    for item in new:
        if draw(st.booleans()):
            item["v"] = draw(scalars)
    for i in draw(st.lists(st.integers(100, 120), unique=True, max_size=2)):
        new.insert(draw(st.integers(0, len(new))), {"id": i, "v": draw(scalars)})
    return "\n".join(lines) + "\n", old, new


@settings(
    max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(list_cases())
def test_a_list_of_maps_edit_keeps_each_remaining_items_comment_above_it(
    case: tuple[str, list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    text, old, new = case
    before = FrontMatter.parse(text)
    assume(same(before.data["links"], old))
    after = before.edit({"links": new})
    reread = yaml.load(after.text, Loader=yaml.CSafeLoader)
    assert same(reread["links"], new) and reread["title"] == "t"
    new_lines = after.text.splitlines()
    kept = {item["id"] for item in old} & {item["id"] for item in new}
    for item_id in kept:
        at = new_lines.index(f"  # about {item_id}")
        assert new_lines[at + 1] == f"  - id: {item_id}", (item_id, after.text)
    for at, line in enumerate(new_lines):  # a comment is still above an item
        if line.startswith("  # about"):
            assert new_lines[at + 1].startswith("  - id: "), after.text
