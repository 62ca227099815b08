"""The lossless front matter writer: rewrites only the changed keys' text, then verifies."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any

import yaml

from editor_app.core.document._kept import (
    CommentWouldBeLost,
    WrittenText,
    item_style_of,
    kept_block,
    kept_flow,
    list_writer,
)
from editor_app.core.document._yamlscan import Entry, line_starts
from editor_app.core.document.dates import (
    NEW_POST_FORM,
    DateForm,
    date_equal,
    format_new_post_date,
    parse_date,
    read_in_utc,
    zoneless,
)
from editor_app.core.document.rawscan import count_breaks
from editor_app.core.document.terms import PLURAL_KEYS, TAXONOMY_KEYS, jekyll_split, terms
from editor_app.core.document.values import (
    RawYaml,
    block_lines,
    block_scalar,
    double_quoted,
    flow_text,
    format_key,
    format_scalar,
    from_yaml_text,
    is_plain_safe,
    same,
)
from editor_app.core.document.yamlread import load_yaml, parse_yaml
from editor_app.core.errors import (
    FrontMatterError,
    ReadOnlyPostError,
    ValueFormatError,
    VerificationError,
)

if TYPE_CHECKING:
    from editor_app.core.document.frontmatter import FrontMatter

UTC = timezone.utc
_MISSING = object()
Check = Callable[[Any], bool]


def _plain_syntax_ok(text: str) -> bool:
    """Plain is structurally possible (types aside): used for date text, which may be typed."""
    return is_plain_safe("x" + text) or text.replace(":", "").replace("-", "").isalnum()


@dataclass
class Rendering:
    inline: str | None = None  # the value on the key's line
    header: str = ""  # block scalar header (`|-`) when lines follow
    lines: list[str] = field(default_factory=list)  # block lines, indented, no endings
    check: Check = lambda parsed: False
    # the line break after each line where the text had it (None: the file's own); the last
    # line's is the one after the entry, which stays where it is
    endings: list[str | None] | None = None
    # the lines keep the comments inside the old value that still belong to it (see _kept.py)
    keeps_comments: bool = False

    def joined(self, first: str, newline: str) -> str:
        """The lines, each on its own line: ``first`` is the line break before the first."""
        endings = self.endings or [None] * len(self.lines)
        out: list[str] = []
        brk = first
        for line, ending in zip(self.lines, endings, strict=True):
            out += [brk, line]
            brk = ending or newline
        text = "".join(out)
        if count_breaks(text) != len(self.lines):
            # a kept `\r` meeting a `\n` around an empty line would read as one `\r\n`
            return "".join(newline + line for line in self.lines)
        return text


class Writer:
    def __init__(self, fm: FrontMatter, first_line: int = 1) -> None:
        self.fm = fm
        # the file's line number of the text's first line: refusals name lines of the file
        self.shift = first_line - 1
        self.text = fm.text
        self.nl = fm.newline
        self.layout = fm.layout()
        self.starts = line_starts(self.text)
        self.written = WrittenText(self.text, self.starts)
        self.align = self._alignment()

    # ------------------------------------------------------------------ geometry
    def _alignment(self) -> int | None:
        cols: Counter[int] = Counter()
        wide = 0
        for e in self.layout.entries:
            if e.inline and not e.empty:
                sep = self.text[e.colon : e.value_start]
                cols[e.value_start - self.starts[e.key_line]] += 1
                wide += len(sep) > 1
        if not cols or wide < 2:
            return None
        col, count = cols.most_common(1)[0]
        return col if count >= 2 else None

    def _sep(self, colon_col: int) -> str:
        if self.align is not None and self.align > colon_col:
            return " " * (self.align - colon_col)
        return " "

    # ------------------------------------------------------------------ checks
    def _refuse_layout(self) -> None:
        lay = self.layout
        if lay.flow_root:
            raise ReadOnlyPostError(
                "The front matter is written as one `{...}` block, which Frontdesk cannot change "
                "line by line."
            )
        if lay.duplicates:
            key, lines = next(iter(lay.duplicates.items()))
            raise ReadOnlyPostError(
                "The key `{key}` appears more than once (lines {lines}); Frontdesk will not "
                "guess which one you mean.",
                params={"key": key, "lines": ", ".join(str(n + self.shift) for n in lines)},
                line=lines[-1] + self.shift,
                hint="Delete the extra lines in the raw front matter view, then edit again.",
            )
        for e in lay.entries:
            if e.key == "<<":
                raise ReadOnlyPostError(
                    "The front matter merges values with `<<:`, which Frontdesk cannot change "
                    "safely.",
                    line=e.key_line + 1 + self.shift,
                    hint="Edit this front matter as raw text.",
                )

    def _refuse_entry(self, key: str, entry: Entry) -> None:
        for line in self.layout.anchor_lines:
            if entry.key_line <= line <= max(entry.end_line, entry.span_end_line):
                raise ReadOnlyPostError(
                    "`{key}` uses YAML anchors or aliases (& or *), which Frontdesk cannot "
                    "change safely.",
                    params={"key": key},
                    line=line + 1 + self.shift,
                    hint="Edit this value in the raw front matter view.",
                )
        if entry.key_line in self.layout.complex_keys:
            raise ReadOnlyPostError(
                "`{key}` is written as a complex key (`? `).",
                params={"key": key},
                line=entry.key_line + 1 + self.shift,
            )

    # ------------------------------------------------------------------ apply
    def _refuse_lost_comment(self, key: str, entry: Entry, r: Rendering) -> None:
        """A value written again in place of one over several lines would drop any comment
        inside the old one (the key's line keeps its own, see ``_place``); such a value is not
        changed here. Lines that keep what was written (``_kept.kept_block``) check the parts
        they write anew themselves."""
        if r.keeps_comments or entry.empty:
            return
        node = entry.node
        block = isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")
        if entry.inline and not block:
            start, end = entry.value_start, entry.content_end
        else:
            start, end = (
                self.written.line_end(entry.key_line),
                self.written.line_end(entry.end_line),
            )
        if self.text.find("#", start, end) < 0:
            return  # the common case, without scanning the text for its comments
        lost = self.written.comment_in(start, end)
        if lost is not None:
            self._refuse_comment(key, lost)

    def _refuse_comment(self, key: str, at: int) -> None:
        raise ReadOnlyPostError(
            "`{key}` has a comment inside its value, which Frontdesk would lose by writing "
            "the value again.",
            params={"key": key},
            line=count_breaks(self.text[:at]) + 1 + self.shift,
            hint="Edit this value in the raw front matter view.",
        )

    def apply(
        self, changes: dict[str, Any], removed: list[str]
    ) -> tuple[str, dict[str, Any], yaml.Node | None]:
        """The new front matter text, its parsed data (checked against the intent) and the node
        graph the data was built from.

        Each entry is written in its first-choice form and the whole text is parsed and checked
        once. Only when that fails is each entry checked on its own, and written in the
        fallback form where it needs one: the same result as checking each entry first (an
        entry that reads back right within the text reads back right alone), one parse
        instead of one per entry plus one.
        """
        if not changes and not removed:
            return self.fm.text, self.fm.data, self.fm.node
        self._refuse_layout()
        try:
            return self._apply(changes, removed, careful=False)
        except VerificationError:
            return self._apply(changes, removed, careful=True)

    def _apply(
        self, changes: dict[str, Any], removed: list[str], *, careful: bool
    ) -> tuple[str, dict[str, Any], yaml.Node | None]:
        data = self.fm.data
        edits: list[tuple[int, int, str]] = []
        checks: dict[str, Check] = {}
        gone: set[str] = set()
        appended: list[str] = []
        for key in removed:
            if key in changes:
                continue
            entry = self.layout.find(key)
            if entry is None:
                continue
            self._refuse_entry(key, entry)
            end = (
                self.starts[entry.end_line + 1]
                if entry.end_line + 1 < len(self.starts)
                else (len(self.text))
            )
            edits.append((self.starts[entry.key_line], end, ""))
            gone.add(key)
        for key, value in changes.items():
            if not isinstance(key, str) or not key:
                raise ValueFormatError(
                    "{key} cannot be used as a front matter key.", params={"key": repr(key)}
                )
            entry = self.layout.find(key)
            target = value.value() if isinstance(value, RawYaml) else value
            if entry is not None and key in data and same(data[key], target):
                continue
            if entry is not None:
                self._refuse_entry(key, entry)
            try:
                rendering = self._render(key, value, entry)
            except CommentWouldBeLost as lost:
                self._refuse_comment(key, lost.offset)
            start, end, new = self._place(key, entry, rendering)
            if careful and not self._entry_ok(key, entry, new, rendering.check):
                rendering = self._fallback(value)
                start, end, new = self._place(key, entry, rendering)
                if not self._entry_ok(key, entry, new, rendering.check):
                    raise VerificationError(
                        "The new value of `{key}` cannot be written so that it reads back the"
                        " same; nothing was changed.",
                        params={"key": key},
                        key=key,
                    )
            if entry is not None:
                self._refuse_lost_comment(key, entry, rendering)
            checks[key] = rendering.check
            if entry is None:
                appended.append(new)
            else:
                edits.append((start, end, new))
        if appended:
            pos, prefix = self._append_point()
            edits.append((pos, pos, prefix + "".join(line + self.nl for line in appended)))
        text = self.text
        for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            text = text[:start] + new + text[end:]
        return (text, *self._verify(text, checks, gone))

    def _append_point(self) -> tuple[int, str]:
        last = len(self.starts) - 1
        while last >= 0 and not self.written.line(last)[0].strip():
            last -= 1
        if self.layout.entries:
            last = max(last, max(e.end_line for e in self.layout.entries))
        if last < 0:
            return 0, ""
        if last + 1 < len(self.starts):
            return self.starts[last + 1], ""
        return len(self.text), self.nl

    def _place(self, key: str, entry: Entry | None, r: Rendering) -> tuple[int, int, str]:
        """(start, end, replacement) for an existing entry, or the whole new entry's text."""
        if entry is None:
            indent = " " * self.layout.indent
            head = indent + format_key(key) + ":"
            if r.inline is not None:
                return 0, 0, head + (self._sep(len(head)) + r.inline if r.inline else "")
            hdr = " " + r.header if r.header else ""
            return 0, 0, head + hdr + r.joined(self.nl, self.nl)
        text = self.text
        key_line_end = self.written.line_end(entry.key_line)
        end_of_key = self.starts[entry.key_line + 1] if entry.key_line + 1 < len(self.starts) else 0
        end = self.written.line_end(entry.end_line)
        colon_col = entry.colon - self.starts[entry.key_line]
        node = entry.node
        if entry.empty or not entry.inline:
            sep, tail = "", text[entry.colon : key_line_end]
        elif isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            sep = text[entry.colon : entry.value_start]
            header = text[entry.value_start : key_line_end]
            hash_at = header.find("#")
            tail = header[hash_at:] if hash_at >= 0 else ""
            if tail:
                tail = " " + tail
        else:
            sep = text[entry.colon : entry.value_start]
            tail = text[entry.content_end : end]
        if not tail.strip():
            tail = ""
        if r.inline is not None:
            if not r.inline:
                return entry.colon, end, tail
            if not sep or sep.strip(" ") != "":
                sep = self._sep(colon_col)
            return entry.colon, end, sep + r.inline + tail
        hdr = " " + r.header if r.header else ""
        # the key's line keeps its line break when lines followed it already
        first = text[key_line_end:end_of_key] if entry.end_line > entry.key_line else self.nl
        return entry.colon, end, hdr + tail + r.joined(first, self.nl)

    def _entry_ok(self, key: str, entry: Entry | None, new: str, check: Check) -> bool:
        snippet = new + self.nl  # the line break after the entry stays in the text
        if entry is not None:
            snippet = self.text[self.starts[entry.key_line] : entry.colon] + snippet
        try:
            parsed = load_yaml(snippet)
        except FrontMatterError:
            return False
        if not isinstance(parsed, dict) or len(parsed) != 1:
            return False
        ((got_key, got),) = parsed.items()
        return got_key == key and check(got)

    def _verify(
        self, text: str, checks: dict[str, Check], gone: set[str]
    ) -> tuple[dict[str, Any], yaml.Node | None]:
        first = next(iter(checks), None) or next(iter(gone), None)
        try:
            parsed, node = parse_yaml(text)
            parsed = parsed or {}
        except FrontMatterError as exc:
            raise VerificationError(
                "After changing `{first}` the front matter would no longer be valid YAML; "
                "nothing was changed.",
                params={"first": first},
                key=first,
            ) from exc
        if not isinstance(parsed, dict):
            raise VerificationError("The front matter would no longer be a mapping.", key=first)
        old = self.fm.data
        for key in list(old) + [k for k in parsed if k not in old]:
            if key in checks:
                ok = key in parsed and checks[key](parsed[key])
            elif key in gone:
                ok = key not in parsed
            else:
                ok = key in parsed and key in old and same(parsed[key], old[key])
            if not ok:
                raise VerificationError(
                    "The value of `{key}` would not be read back as intended; nothing was changed.",
                    params={"key": key},
                    key=str(key),
                )
        for key in checks:
            if key not in parsed:
                raise VerificationError(
                    "`{key}` would be missing after the change.", params={"key": key}, key=key
                )
        return parsed, node

    # ------------------------------------------------------------------ rendering
    def _render(self, key: str, value: Any, entry: Entry | None) -> Rendering:
        node = entry.node if entry is not None else None
        if isinstance(value, RawYaml):
            return self._render_raw(value)
        if isinstance(value, (datetime, date)):
            return self._render_date(key, value, entry)
        if isinstance(value, str):
            old = self.fm.data.get(key) if entry is not None else None
            old_is_date = isinstance(old, date) or (
                isinstance(old, str) and parse_date(old, UTC) is not None
            )
            if (
                (old_is_date or key == "date")
                and "\n" not in value
                and parse_date(value, UTC) is not None
                and _plain_syntax_ok(value)
            ):
                style = node.style if isinstance(node, yaml.ScalarNode) else None
                text = format_scalar(value, style=style) if style in ("'", '"') else value
                typed: str = value
                return Rendering(
                    inline=text, check=lambda p: same(p, typed) or date_equal(typed, p)
                )
            return self._render_str(value, entry)
        if value is None or isinstance(value, (bool, int, float)):
            text = format_scalar(value)
            if value is None:
                plain_null = (
                    isinstance(node, yaml.ScalarNode)
                    and not node.style
                    and (node.value in ("~", "null", "Null", "NULL"))
                )
                text = node.value if plain_null and node is not None else ""
            scalar: Any = value
            return Rendering(inline=text, check=lambda p: same(p, scalar))
        if isinstance(value, (list, tuple)):
            return self._render_list(key, list(value), entry)
        if isinstance(value, dict):
            return self._render_dict(key, value, entry)
        raise ValueFormatError(
            "`{key}`: a value of type {kind} cannot be written as front matter.",
            params={"key": key, "kind": type(value).__name__},
        )

    def _render_raw(self, raw: RawYaml) -> Rendering:
        value = from_yaml_text(raw.text)
        text = raw.text.strip("\r\n")
        check: Check = lambda p: same(p, value)  # noqa: E731
        if "\n" not in text.strip() and "\r" not in text.strip():
            return Rendering(inline=text.strip(), check=check)
        lines = text.replace("\r\n", "\n").split("\n")
        header = ""
        if lines[0].strip().startswith(("|", ">")):
            header, lines = lines[0].strip(), lines[1:]
        widths = [len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()]
        cut = min(widths) if widths else 0
        pad = " " * (self.layout.indent + 2)
        return Rendering(
            header=header, lines=[pad + ln[cut:] if ln.strip() else "" for ln in lines], check=check
        )

    def _render_str(self, value: str, entry: Entry | None) -> Rendering:
        node = entry.node if entry is not None else None
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        check: Check = lambda p: same(p, value)  # noqa: E731
        if style in ("|", ">") and entry is not None:
            block = self._block_scalar(value, entry, style)
            if block is not None:
                return block
        if "\n" in value:
            return Rendering(inline=double_quoted(value), check=check)
        return Rendering(
            inline=format_scalar(value, style=style if style in ("'", '"') else None), check=check
        )

    def _block_scalar(self, value: str, entry: Entry, style: str) -> Rendering | None:
        indent = self.written.indent(entry.key_line + 1, entry.end_line)
        block = block_scalar(value, style, self.layout.indent + 2 if indent is None else indent)
        if block is None:
            return None
        header, lines = block
        return Rendering(header=header, lines=lines, check=lambda p: same(p, value))

    def _render_date(self, key: str, value: date, entry: Entry | None) -> Rendering:
        node = entry.node if entry is not None else None
        old = self.fm.data.get(key) if entry is not None else None
        old_text = node.value if isinstance(node, yaml.ScalarNode) else None
        old_dt = parse_date(old, UTC) if old is not None else None
        style = node.style if isinstance(node, yaml.ScalarNode) else None
        if old_text and old_dt is not None:
            form = DateForm.detect(old_text)
            if isinstance(value, datetime) and not form.has_time:
                # "Keep the date as written": a date-only post stays date-only.
                value = value.date()
            if isinstance(value, datetime):
                if value.tzinfo is None and form.zone_style:
                    value = (
                        value.replace(tzinfo=old_dt.tzinfo)
                        if not zoneless(old)
                        else (value.astimezone())
                    )
                elif value.tzinfo is not None and not form.zone_style:
                    if read_in_utc(old):
                        # Jekyll reads this form (plain, with seconds, no offset) as UTC.
                        value = value.astimezone(UTC)
                    elif style not in ("'", '"') and (value.second or value.microsecond):
                        # Seconds would turn a form Jekyll reads in the site's zone into one it
                        # reads as UTC: keep the moment by writing the offset.
                        form = replace(form, seconds=True, zone_style="+hhmm", zone_separator=" ")
                text = form.format(value)
            else:
                text = value.isoformat()
        else:
            if isinstance(value, datetime):
                # a new post's form, with the fraction an aware time has (`DateForm.format`)
                text = (
                    NEW_POST_FORM.format(value)
                    if value.tzinfo is not None
                    else format_new_post_date(value)
                )
            else:
                text = value.isoformat()
            style = None
        if style in ("'", '"'):
            text = format_scalar(text, style=style)
        intended = value
        return Rendering(inline=text, check=lambda p: date_equal(intended, p))

    def _render_list(self, key: str, items: list[Any], entry: Entry | None) -> Rendering:
        node = entry.node if entry is not None else None
        exact: Check = lambda p: same(p, items)  # noqa: E731
        scalars = all(not isinstance(i, (list, tuple, dict)) for i in items)
        if (
            isinstance(node, yaml.ScalarNode)
            and entry is not None
            and not entry.empty
            and node.style not in ("|", ">")
            # Jekyll splits only the plural keys' strings: `category: a b` is ONE category.
            and (key in PLURAL_KEYS or (key in TAXONOMY_KEYS and len(items) <= 1))
            and all(isinstance(i, str) and i and jekyll_split(i) == [i] for i in items)
        ):
            joined = " ".join(items)
            style = node.style if node.style in ("'", '"') else None
            want = terms(items)
            check: Check = lambda p: isinstance(p, (str, type(None))) and terms(p) == want  # noqa: E731
            if not joined:
                return Rendering(
                    inline=format_scalar("", style=style or '"') if style else "", check=check
                )
            return Rendering(inline=format_scalar(joined, style=style), check=check)
        if not items:
            # every item goes, and the comments above and inside them with it
            return Rendering(inline="[]", check=exact, keeps_comments=True)
        if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
            kept = self._kept(key, entry, items, exact)
            return kept or Rendering(lines=list_writer(node)(items), check=exact)
        if isinstance(node, yaml.SequenceNode) and node.flow_style:
            flow = kept_flow(self.written, node, self.fm.data.get(key), items)
            return Rendering(
                inline=flow or flow_text(items, item_style=item_style_of(node)), check=exact
            )
        if scalars:
            return Rendering(inline=flow_text(items), check=exact)
        return Rendering(lines=block_lines(items, self.layout.indent + 2), check=exact)

    def _kept(self, key: str, entry: Entry | None, value: Any, check: Check) -> Rendering | None:
        """A block map's or list's new lines with what was written kept (``_kept.py``); None
        for a new key, a value on the key's line (`tags: !!seq` too) or a shape it does not
        keep."""
        if entry is None or entry.inline:
            return None
        kept = kept_block(
            self.written, entry.node, self.fm.data.get(key), value, entry.key_line, entry.end_line
        )
        if kept is None:
            return None
        return Rendering(
            lines=[line for line, _ in kept],
            check=check,
            endings=[ending for _, ending in kept],
            keeps_comments=True,
        )

    def _render_dict(self, key: str, value: dict[Any, Any], entry: Entry | None) -> Rendering:
        node = entry.node if entry is not None else None
        check: Check = lambda p: same(p, value)  # noqa: E731
        if not value:
            return Rendering(inline="{}", check=check, keeps_comments=True)  # (as for [])
        if isinstance(node, yaml.MappingNode) and node.flow_style:
            return Rendering(inline=flow_text(value), check=check)
        kept = self._kept(key, entry, value, check)
        if kept is not None:
            return kept
        indent = self.layout.indent + 2
        if isinstance(node, yaml.MappingNode) and entry is not None and not entry.inline:
            indent = node.start_mark.column
        return Rendering(lines=block_lines(value, indent), check=check)

    def _fallback(self, value: Any) -> Rendering:
        """Everything double-quoted on one line: verbose, but always reads back the same."""
        target = value.value() if isinstance(value, RawYaml) else value

        def json_like(v: Any) -> str:
            if isinstance(v, str):
                return double_quoted(v)
            if isinstance(v, (list, tuple)):
                return "[" + ", ".join(json_like(i) for i in v) + "]"
            if isinstance(v, dict):
                pairs = (f"{json_like(k)}: {json_like(i)}" for k, i in v.items())
                return "{" + ", ".join(pairs) + "}"
            return format_scalar(v)

        if isinstance(target, (date, datetime)):
            return Rendering(inline=format_scalar(target), check=lambda p: date_equal(target, p))
        if isinstance(target, tuple):
            target = list(target)
        return Rendering(inline=json_like(target), check=lambda p: same(p, target))
