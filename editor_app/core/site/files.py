"""Making, renaming, copying, publishing and trashing post files: never outside the site,
never over another file, never with a name Windows rejects."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor_app.core.document.dates import parse_date
from editor_app.core.document.post import Post
from editor_app.core.errors import ConflictError, FrontdeskError, PostReadError, SiteError
from editor_app.core.site.slug import (
    SlugRule,
    file_name_problem,
    parse_post_filename,
    post_file_name,
    slugify,
)
from editor_app.core.site.templates import NewPost, Template, new_post_text
from editor_app.core.storage import (
    DiskStamp,
    atomic_write,
    check_stamp,
    read_post_file,
    sync_folder,
    write_error,
    write_new_file,
)

if TYPE_CHECKING:
    from editor_app.core.site.site import Site

NEW_POST_EXTS = (".md", ".markdown", ".html")
MAX_PATH_CHARS = 240  # leaves room under Windows' 260-character MAX_PATH


class PostFiles:
    """The file operations of one site (`site.files`): new, rename, copy, trash."""

    def __init__(self, site: Site) -> None:
        self.site = site

    def _inside(self, path: Path) -> Path:
        """`path` with symlinks resolved, or SiteError if that lands outside the site."""
        root = self.site.root
        resolved = Path(os.path.realpath(path))
        if resolved != root and root not in resolved.parents:
            raise SiteError(
                "{name} is outside the site folder (it may be a link to another folder).",
                params={"name": path.name},
                path=path,
                hint="Frontdesk only changes files inside the site you opened.",
            )
        return resolved

    def new_post_path(
        self,
        title: str,
        date: datetime,
        *,
        draft: bool = False,
        ext: str = ".md",
        rule: SlugRule = SlugRule.PINYIN,
    ) -> Path:
        """A free path for a new post: `_posts/YYYY-MM-DD-slug.ext` (drafts: `_drafts/slug.ext`).

        The slug follows `rule`; a taken name gets -2, -3… (date-number counts up). The file is
        not created. Never outside the site, never a name Windows rejects, never an existing
        file (also not one differing only in case or extension, which would clash on output).
        """
        ext = ext if ext.startswith(".") else "." + ext
        if ext.lower() not in self.site.post_exts and ext.lower() not in NEW_POST_EXTS:
            raise SiteError(
                "Posts cannot have the extension {ext}.",
                params={"ext": repr(ext)},
                hint="Use .md or .html.",
            )
        folder = self.site.drafts_dir if draft else self.site.posts_dir
        self._inside(folder)
        when = date.astimezone(self.site.timezone) if date.tzinfo is not None else date
        taken = _taken_stems(folder)
        slug = slugify(title, rule)
        dated = not draft or rule is SlugRule.DATE_NUMBER
        prefix = f"{when:%Y-%m-%d}-" if dated else ""
        room = MAX_PATH_CHARS - len(str(folder)) - len(prefix) - len(ext) - 6
        if len(slug) > room:
            slug = slug[: max(room, 8)].rstrip("-") or slugify("", rule)
        number = 1
        while True:
            if rule is SlugRule.DATE_NUMBER:
                stem = f"{prefix}{number}"
            else:
                stem = f"{prefix}{slug}" if number == 1 else f"{prefix}{slug}-{number}"
            if stem.casefold() not in taken and file_name_problem(stem + ext) is None:
                return folder / (stem + ext)
            number += 1

    def create_post(
        self,
        title: str,
        date: datetime,
        *,
        layout: str | None = None,
        categories: Sequence[str] | None = (),
        tags: Sequence[str] | None = (),
        draft: bool = False,
        rule: SlugRule = SlugRule.PINYIN,
        ext: str | None = None,
        body: str = "",
        template: Template | None = None,
        author: str = "",
        path: Path | None = None,
    ) -> Path:
        """Write a new post and return its path.

        Its text comes from `template` (placeholders filled in), else from `_config.yml`
        `defaults` for its folder (see `templates.new_post_text`). Empty categories/tags are
        left out; None keeps the template's. The name is made from the title (`rule`) in
        `_posts/` or `_drafts/`, or is `path` (which must not exist and must lie inside the
        site). Never overwrites a file.
        """
        when = date if date.tzinfo is not None else date.replace(tzinfo=self.site.timezone)
        when = when.astimezone(self.site.timezone)
        ext = ext or (template.ext if template is not None else ".md")
        spec = NewPost(
            title=title,
            date=when,
            slug=slugify(title, rule),
            draft=draft,
            layout=layout,
            categories=categories,
            tags=tags,
            template=template,
            author=author,
            body=body,
        )
        data = new_post_text(self.site, spec).encode("utf-8")
        folder = path.parent if path is not None else self.drafts_or_posts(draft)
        self._inside(folder)  # before any folder is made
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SiteError(
                "The folder {folder} cannot be created: {reason}.",
                params={"folder": self.site.relpath(folder), "reason": exc.strerror or exc},
                path=folder,
                hint="Check that you may write to the site folder.",
            ) from exc
        self._inside(folder)  # a link made meanwhile
        if path is not None:
            return self._create_at(path, data)
        target = _reserve(lambda: self.new_post_path(title, when, draft=draft, ext=ext, rule=rule))
        try:
            atomic_write(target, data, expected=DiskStamp.of(target), root=self.site.root)
        except BaseException:
            with contextlib.suppress(OSError):
                target.unlink()
            raise
        return target

    def drafts_or_posts(self, draft: bool) -> Path:
        return self.site.drafts_dir if draft else self.site.posts_dir

    def _create_at(self, path: Path, data: bytes) -> Path:
        problem = file_name_problem(path.name)
        if problem is not None:
            raise SiteError(problem, path=path, hint="Choose another name.")
        if path.suffix.lower() not in self.site.post_exts:
            raise SiteError(
                "Posts cannot have the extension {suffix}.",
                params={"suffix": repr(path.suffix)},
                path=path,
                hint="Use .md or .html.",
            )
        if os.path.lexists(path) or path.name.casefold() in _taken_stems(path.parent):
            raise SiteError(
                "A file named {name} already exists.",
                params={"name": path.name},
                path=path,
                hint="Choose another name.",
            )
        try:
            write_new_file(path, data)
        except FileExistsError as exc:
            raise SiteError(
                "A file named {name} already exists.",
                params={"name": path.name},
                path=path,
                hint="Choose another name.",
            ) from exc
        return path

    def rename_post(self, path: Path | str, new_name: str) -> Path:
        """Rename a post within its folder. Refuses bad names and existing files."""
        src = Path(path)
        self._inside(src)
        new_name = new_name.strip()
        problem = file_name_problem(new_name)
        if problem is not None:
            raise SiteError(problem, path=src, hint="Choose another name.")
        new_ext = os.path.splitext(new_name)[1].lower()
        if new_ext not in self.site.post_exts and new_ext not in NEW_POST_EXTS:
            raise SiteError(
                "The new name must end with a post extension such as {suffix}.",
                params={"suffix": src.suffix or ".md"},
                path=src,
                hint="Keep the extension, for example .md or .html.",
            )
        dst = src.with_name(new_name)
        if dst == src:
            return src
        if not src.is_file():
            raise SiteError("The post no longer exists.", path=src, hint="Reload the list.")
        case_only = dst.name.casefold() == src.name.casefold()
        if dst.exists() and not (case_only and _same_file(src, dst)):
            raise SiteError(
                "A file named {new_name} already exists.",
                params={"new_name": new_name},
                path=dst,
                hint="Choose another name.",
            )
        # Another file whose name differs only in case (one file on Windows and macOS), or
        # only in extension (the same address): taken, as for new and duplicated posts.
        others = _taken_stems(src.parent) - _taken_stems_of([src.name])
        if not case_only and (
            dst.name.casefold() in others or os.path.splitext(dst.name)[0].casefold() in others
        ):
            raise SiteError(
                "Another post is named like {new_name} (only its letter case or extension "
                "differs), which would be the same file on Windows and macOS or the same "
                "address.",
                params={"new_name": new_name},
                path=dst,
                hint="Choose another name.",
            )
        try:
            if case_only:
                os.rename(src, dst)
            else:
                _move_no_overwrite(src, dst)
        except FileExistsError as exc:
            raise SiteError(
                "A file named {new_name} already exists.",
                params={"new_name": new_name},
                path=dst,
                hint="Choose another name.",
            ) from exc
        except OSError as exc:
            raise SiteError(
                "The post could not be renamed: {reason}.",
                params={"reason": exc.strerror or exc},
                path=src,
                hint="Close other programs using the file and check its folder's permissions.",
            ) from exc
        return dst

    def save_as(self, target: Path | str, data: bytes, *, replace: bool = False) -> Path:
        """Write a post's text to a new file `target` in the site (its old file is gone, or the
        editor wants a copy). An existing file is replaced only with `replace` (the editor
        confirmed it), and then atomically."""
        dst = Path(target)
        problem = file_name_problem(dst.name)
        if problem is not None:
            raise SiteError(problem, path=dst, hint="Choose another name.")
        ext = dst.suffix.lower()
        if ext not in self.site.post_exts and ext not in NEW_POST_EXTS:
            raise SiteError(
                "A post's name must end with a post extension such as .md or .html.",
                path=dst,
                hint="Add the extension, for example .md.",
            )
        self._inside(dst.parent)
        if not dst.parent.is_dir():
            raise SiteError("The folder does not exist.", path=dst.parent, hint="Choose a folder.")
        if replace and dst.exists():
            self._inside(dst)
            atomic_write(dst, data, expected=None, root=self.site.root)
            return dst
        try:
            write_new_file(dst, data)
        except FileExistsError as exc:
            raise SiteError(
                "A file named {name} already exists.",
                params={"name": dst.name},
                path=dst,
                hint="Choose another name.",
            ) from exc
        return dst

    def suggested_name(
        self,
        path: Path | str,
        metadata: Mapping[str, Any],
        *,
        rule: SlugRule | None = None,
        previous: Mapping[str, Any] | None = None,
    ) -> str | None:
        """A file name matching the post's date and title, or None if the current one does.

        The slug is kept when it already matches the title (or is a number, as in date-number
        sites), and — given the `previous` metadata — when the title did not change; the date
        part always follows `date`. Never a name another file already has.
        """
        src = Path(path)
        rel = self.site.relpath(src)
        collection = self.site.collection_of(rel)
        if collection not in ("posts", "drafts"):
            return None
        parsed = parse_post_filename(src.name)
        old_slug = parsed[1] if parsed else src.stem
        ext = parsed[2] if parsed else src.suffix
        title = metadata.get("title")
        if rule is None:
            rule = SlugRule.KEEP_CJK if any(ord(c) > 0x2E7F for c in old_slug) else SlugRule.PINYIN
        title_kept = previous is not None and previous.get("title") == title
        if title_kept or old_slug.isdigit() or not isinstance(title, str) or not title.strip():
            slug = old_slug
        else:
            slug = slugify(title, rule)
            if slug == old_slug or slugify(old_slug, rule) == slug:
                slug = old_slug
        when = parse_date(metadata.get("date"), self.site.timezone)
        if collection == "drafts" and parsed is None:
            name = f"{slug}{ext}"
        elif when is not None:
            name = post_file_name(when.astimezone(self.site.timezone).date(), slug, ext)
        elif parsed is not None:
            name = post_file_name(parsed[0], slug, ext)
        else:
            return None
        if name == src.name or file_name_problem(name) is not None:
            return None
        taken = _taken_stems(src.parent) - {src.stem.casefold()}
        stem, number = name[: -len(ext)] if ext else name, 2
        base = stem
        while stem.casefold() in taken:
            stem, number = f"{base}-{number}", number + 1
        return stem + ext

    def duplicate_post(self, path: Path | str) -> Path:
        """Copy a post byte for byte next to itself as `…-copy.ext` (then -copy-2, …)."""
        src = Path(path)
        self._inside(src.parent)
        self._inside(src)  # a post linked in from outside is not copied into the site
        try:
            data, st = read_post_file(src, root=self.site.root)
        except PostReadError as exc:
            raise SiteError(
                "The post could not be read: {reason}", params={"reason": exc}, path=src
            ) from exc
        mode = st.st_mode
        ext = src.suffix
        base = f"{src.stem}-copy"
        taken = _taken_stems(src.parent)

        def candidate() -> Path:
            stem, number = base, 2
            while stem.casefold() in taken:
                stem, number = f"{base}-{number}", number + 1
            taken.add(stem.casefold())
            return src.with_name(stem + ext)

        dst = _reserve(candidate)
        try:
            with open(dst, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(OSError):
                os.chmod(dst, stat.S_IMODE(mode))
        except OSError as exc:
            with contextlib.suppress(OSError):
                dst.unlink()
            raise write_error(exc, dst) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                dst.unlink()
            raise
        return dst

    # ------------------------------------------------------------------ publishing
    def publish_post(
        self, path: Path | str, when: datetime | None = None, *, keep_date: bool = False
    ) -> Path:
        """Move a draft from `_drafts/` to `_posts/YYYY-MM-DD-slug.ext` beside it; returns the
        new path.

        The date is `when` (default: now), written to `date:` in the draft's own date form
        (added when the draft has none) and put in the file name. With `keep_date` the
        draft's own `date` is used and the front matter stays byte for byte. Every other byte
        stays as it was; the new file never replaces another (a taken name gets -2, -3…) and
        the draft is removed only once the post is written, and only if it did not change.
        """
        src = Path(path)
        post = self._movable(src, "drafts")
        tz = self.site.timezone
        if keep_date:
            own = parse_date(post.metadata.get("date"), tz)
            if own is None:
                raise SiteError(
                    "This draft has no date of its own.",
                    path=src,
                    hint="Publish it with today's date, or give it a date first.",
                )
            day = own.astimezone(tz).date()
            data = post.raw
        else:
            moment = when if when is not None else datetime.now(tz).replace(microsecond=0)
            # In the site's zone: a post's own form may have no offset, and Jekyll reads such a
            # date in the site's zone (an hour given in another zone would move).
            moment = moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)
            data = post.render(changes={"date": moment})
            written = parse_date(Post.from_bytes(data, src).metadata.get("date"), tz)
            day = (written or moment).astimezone(tz).date()
        parsed = parse_post_filename(src.name)
        slug = parsed[1] if parsed is not None else src.stem
        folder = src.parent.with_name("_posts")
        return self._move(post, data, folder, f"{day:%Y-%m-%d}-{slug}", src.suffix)

    def unpublish_post(self, path: Path | str) -> Path:
        """Move a post from `_posts/` back to the `_drafts/` folder beside it as `slug.ext`;
        returns the new path. A post without `date:` gets its file-name date written there
        (the name loses it); every other byte stays as it was."""
        src = Path(path)
        post = self._movable(src, "posts")
        parsed = parse_post_filename(src.name)
        data = post.raw
        if parsed is not None and "date" not in post.metadata:
            data = post.render(changes={"date": parsed[0]})
        slug = parsed[1] if parsed is not None else src.stem
        return self._move(post, data, src.parent.with_name("_drafts"), slug, src.suffix)

    def _movable(self, src: Path, collection: str) -> Post:
        """The post at `src`, read for a move out of its `_posts`/`_drafts` folder."""
        folder = "_drafts" if collection == "drafts" else "_posts"
        self._inside(src.parent)
        if src.is_symlink():
            raise SiteError(
                "This post is a link to another file, so it is not moved.",
                path=src,
                hint="Move the file the link points to instead.",
            )
        if self.site.collection_of(src) != collection or src.parent.name != folder:
            raise SiteError(
                "This file is not a draft in a _drafts folder."
                if collection == "drafts"
                else "This file is not a post in _posts.",
                path=src,
                hint="Choose another post.",
            )
        try:
            post = Post.load(src, site_root=self.site.root)
        except PostReadError as exc:
            raise SiteError(
                "The post could not be read: {reason}", params={"reason": exc}, path=src
            ) from exc
        if not post.editable:
            raise SiteError(
                "This post cannot be moved: {reason}",
                params={"reason": post.read_only_reason},
                path=src,
                hint="Fix the file first.",
            )
        return post

    def _move(self, post: Post, data: bytes, folder: Path, stem: str, ext: str) -> Path:
        """Write `data` as a new file `stem+ext` (or stem-2…) in `folder`, then remove the
        post's own file if it is still what was read (else the new file goes again)."""
        src = post.path
        assert src is not None and post.stamp is not None
        self._inside(folder.parent)
        try:
            folder.mkdir(exist_ok=True)
        except OSError as exc:
            raise SiteError(
                "The folder {folder} cannot be created: {reason}.",
                params={"folder": self.site.relpath(folder), "reason": exc.strerror or exc},
                path=folder,
                hint="Check that you may write to the site folder.",
            ) from exc
        self._inside(folder)
        if file_name_problem(stem + ext) is not None:
            stem = slugify(stem)
        mode = stat.S_IMODE(os.stat(src).st_mode)
        taken = _taken_stems(folder)
        base, number = stem, 2
        for _ in range(1000):
            if stem.casefold() in taken:
                stem, number = f"{base}-{number}", number + 1
                continue
            dst = folder / (stem + ext)
            try:
                write_new_file(dst, data, mode=mode)
                break
            except FileExistsError:
                taken.add(stem.casefold())
        else:
            raise SiteError("No free file name was found.", hint="Tidy up the folder and retry.")
        try:
            check_stamp(src, post.stamp)
            src.unlink()
        except (ConflictError, OSError) as exc:
            with contextlib.suppress(OSError):
                dst.unlink()
            if isinstance(exc, FrontdeskError):
                raise
            raise SiteError(
                "The post could not be moved: {reason}; nothing was changed.",
                params={"reason": exc.strerror or exc},
                path=src,
                hint="Close other programs using the file and check its folder's permissions.",
            ) from exc
        sync_folder(src.parent)
        return dst

    def trash_post(self, path: Path | str) -> None:
        """Move a post to the system trash (never a permanent delete)."""
        src = Path(path)
        self._inside(src.parent)
        if not src.exists():
            raise SiteError("The post no longer exists.", path=src, hint="Reload the list.")
        from send2trash import send2trash

        try:
            send2trash(str(src))
        except OSError as exc:
            raise SiteError(
                "The post could not be moved to the trash: {reason}.",
                params={"reason": exc},
                path=src,
                hint="Check the folder's permissions; Frontdesk never deletes posts permanently.",
            ) from exc


def _taken_stems(folder: Path) -> set[str]:
    """Case-folded names without extension in `folder` (so a.md and A.html both block "a")."""
    try:
        names = os.listdir(folder)
    except OSError:
        return set()
    return _taken_stems_of(names)


def _taken_stems_of(names: Iterable[str]) -> set[str]:
    return {os.path.splitext(name)[0].casefold() for name in names} | {
        name.casefold() for name in names
    }


def _reserve(next_path: Callable[[], Path]) -> Path:
    """Create an empty file at the first free path, atomically (O_EXCL): no race, no overwrite."""
    for _ in range(1000):
        path = next_path()
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        except OSError as exc:
            raise SiteError(
                "The file {name} cannot be created: {reason}.",
                params={"name": path.name, "reason": exc.strerror or exc},
                path=path,
                hint="Check that you may write to the site folder.",
            ) from exc
        os.close(fd)
        return path
    raise SiteError("No free file name was found.", hint="Tidy up the folder and try again.")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _move_no_overwrite(src: Path, dst: Path) -> None:
    """Rename without ever replacing `dst`: a hard link fails if `dst` exists (POSIX rename
    would silently overwrite). Falls back to rename where links are not supported."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError:
        if dst.exists():
            raise FileExistsError(17, "File exists", str(dst)) from None
        os.rename(src, dst)
        return
    try:
        os.unlink(src)
    except OSError:
        with contextlib.suppress(OSError):
            dst.unlink()
        raise
