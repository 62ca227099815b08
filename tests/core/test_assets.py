"""Pictures into the assets folder: checked by content, de-duplicated, never overwriting,
scaled and converted when asked (the original kept aside), and the text a body gets."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from editor_app.core.assets.images import inspect_image, thumbnail
from editor_app.core.assets.library import image_usage, scan_images
from editor_app.core.assets.markup import image_markup, link_markup, site_href
from editor_app.core.assets.options import DEFAULT_PATTERN, ImageOptions
from editor_app.core.assets.source import ImageError
from editor_app.core.assets.store import (
    ORIGINALS,
    AssetFolderError,
    asset_folder,
    pattern_problem,
    search_root,
    store_image,
)
from editor_app.core.site import Site


def picture(width: int = 40, height: int = 30, fmt: str = "PNG", *, colour=(200, 30, 30)) -> bytes:
    mode = "RGBA" if fmt == "PNG" else "RGB"
    image = Image.new(mode, (width, height), colour)
    out = io.BytesIO()
    image.save(out, format=fmt)
    return out.getvalue()


def photo(width: int, height: int) -> bytes:
    """A JPEG with detail in it (noise), so the quality setting shows in the file size."""
    image = Image.effect_noise((width, height), 60).convert("RGB")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=95)
    return out.getvalue()


def all_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def site(tmp_path: Path) -> Site:
    root = tmp_path / "site"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\ntimezone: Asia/Shanghai\n", encoding="utf-8")
    return Site.open(root)


def store(site: Site, data: bytes, name: str, options: ImageOptions | None = None):
    folder = asset_folder(site, DEFAULT_PATTERN, date(2022, 2, 22))
    return store_image(
        site,
        data,
        name,
        folder=folder,
        options=options or ImageOptions(),
        search_in=search_root(site, DEFAULT_PATTERN),
    )


def test_a_picture_goes_to_the_dated_folder_under_a_safe_name(site: Site):
    data = picture()
    stored = store(site, data, "我的 照片.PNG")
    assert stored.rel == "assets/images/2022/02/wo-de-zhao-pian.png"
    assert stored.url == "/assets/images/2022/02/wo-de-zhao-pian.png"
    assert stored.path.read_bytes() == data
    assert not stored.reused and stored.original is None
    assert stored.info.format == "PNG" and (stored.info.width, stored.info.height) == (40, 30)


def test_the_same_picture_twice_is_one_file(site: Site):
    data = picture()
    first = store(site, data, "a.png")
    again = store(site, data, "other-name.png")
    assert again.reused and again.path == first.path
    # also from another month: found anywhere under assets/images/
    later = store_image(
        site,
        data,
        "c.png",
        folder=asset_folder(site, DEFAULT_PATTERN, date(2024, 5, 1)),
        options=ImageOptions(),
        search_in=search_root(site, DEFAULT_PATTERN),
    )
    assert later.reused and later.path == first.path
    assert all_files(site.root / "assets") == ["images/2022/02/a.png"]


def test_only_copies_jekyll_publishes_are_reused(site: Site, tmp_path: Path):
    """The same bytes in a temporary or hidden file, a `_` folder (the built `_site`, a
    kept original), `node_modules` or a folder the site excludes would give the post a broken
    address: such copies are never reused."""
    (site.root / "_config.yml").write_text("title: T\nexclude: [assets/private]\n", "utf-8")
    site = Site.open(site.root)
    data = picture(colour=(9, 9, 9))
    month = site.root / "assets/images/2022/02"
    month.mkdir(parents=True)
    (month / ".photo.png.k3j2h1.tmp").write_bytes(data)  # left by a killed write
    for folder in ("assets/images/_drafts-pics", "assets/node_modules/pkg", "assets/private"):
        (site.root / folder).mkdir(parents=True)
        (site.root / folder / "x.png").write_bytes(data)
    stored = store(site, data, "photo.png")
    assert not stored.reused and stored.rel == "assets/images/2022/02/photo.png"
    # a pattern whose fixed part is the site root: `_site` (sorted first) is not searched
    (site.root / "_site/img-2022").mkdir(parents=True)
    (site.root / "_site/img-2022/old.png").write_bytes(picture(colour=(7, 7, 7)))
    again = store_image(
        site,
        picture(colour=(7, 7, 7)),
        "new.png",
        folder=asset_folder(site, "img-YYYY/", date(2022, 2, 22)),
        options=ImageOptions(),
        search_in=search_root(site, "img-YYYY/"),
    )
    assert not again.reused and again.rel == "img-2022/new.png"


def test_a_kept_original_never_goes_outside_the_site(site: Site, tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    month = site.root / "assets/images/2022/02"
    month.mkdir(parents=True)
    (month / ORIGINALS).symlink_to(outside, target_is_directory=True)
    with pytest.raises(AssetFolderError):
        store(site, picture(1200, 600), "wide.png", ImageOptions(max_width=400))
    assert not list(outside.iterdir())


def test_a_turned_photo_is_scaled_by_its_width_on_screen(site: Site):
    """EXIF orientation 6 (turned a quarter): 300 × 400 stored, 400 wide on screen."""
    image = Image.effect_noise((300, 400), 60).convert("RGB")
    exif = image.getexif()
    exif[0x0112] = 6
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    info = inspect_image(out.getvalue(), name="upright.jpg")
    assert (info.width, info.height) == (400, 300)
    stored = store(site, out.getvalue(), "upright.jpg", ImageOptions(max_width=350))
    with Image.open(stored.path) as scaled:
        assert scaled.size[0] == 350


def test_a_camera_jpeg_with_a_second_picture_is_a_jpeg(site: Site):
    """Pillow calls a JPEG carrying a second picture (MPO) by its own name; browsers show it."""
    frames = [Image.effect_noise((60, 40), 50).convert("RGB") for _ in range(2)]
    out = io.BytesIO()
    frames[0].save(out, format="MPO", save_all=True, append_images=frames[1:])
    with Image.open(io.BytesIO(out.getvalue())) as check:
        assert check.format == "MPO"
    info = inspect_image(out.getvalue(), name="camera.jpg")
    assert info.format == "JPEG" and info.ext == ".jpg" and not info.animated
    assert store(site, out.getvalue(), "camera.jpg").rel.endswith("camera.jpg")


def test_a_different_file_of_the_same_name_is_never_overwritten(site: Site):
    red, blue = picture(colour=(255, 0, 0)), picture(colour=(0, 0, 255))
    first = store(site, red, "photo.png")
    second = store(site, blue, "photo.png")
    assert first.path.name == "photo.png" and second.path.name == "photo-2.png"
    assert first.path.read_bytes() == red and second.path.read_bytes() == blue
    # A file someone else put there (not a picture at all) is not touched either.
    folder = first.path.parent
    (folder / "chart.png").write_bytes(b"somebody's notes")
    third = store(site, picture(colour=(0, 255, 0)), "chart.png")
    assert third.path.name == "chart-2.png"
    assert (folder / "chart.png").read_bytes() == b"somebody's notes"


def test_clipboard_pictures_without_a_name_are_named_by_their_content(site: Site):
    stored = store(site, picture(), "")
    assert stored.path.name.startswith("image-") and stored.path.suffix == ".png"


@pytest.mark.parametrize(
    ("data", "name", "words"),
    [
        (b"just some text, not a picture\n" * 20, "notes.png", "not a picture"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "scan.jpg", "not a picture"),
        (picture(fmt="JPEG")[:300], "cut.jpg", "damaged or incomplete"),
        (picture()[:-40], "cut.png", "damaged or incomplete"),
        (b"", "empty.gif", "empty"),
    ],
)
def test_bad_files_are_refused_with_a_reason_and_nothing_written(site: Site, data, name, words):
    with pytest.raises(ImageError) as caught:
        store(site, data, name)
    assert words in caught.value.message and name in caught.value.message
    assert not (site.root / "assets").exists() or all_files(site.root / "assets") == []


def test_a_picture_over_the_size_limit_is_refused(site: Site):
    data = picture(600, 600)
    with pytest.raises(ImageError) as caught:
        store(site, data, "big.png", ImageOptions(size_limit=len(data) - 1))
    assert "more than the limit" in caught.value.message
    assert "Image and Link Settings" in caught.value.hint
    assert not (site.root / "assets").exists()


def test_a_decompression_bomb_is_refused_before_decoding():
    header = io.BytesIO()
    Image.new("1", (20000, 20000)).save(header, format="PNG")  # tiny file, 400 million pixels
    with pytest.raises(ImageError) as caught:
        inspect_image(header.getvalue(), name="bomb.png")
    assert "too large to open safely" in caught.value.message


def test_svg_is_copied_as_is_and_never_rendered(site: Site):
    svg = (
        b'<?xml version="1.0"?>\n<!-- a comment -->\n'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(1)</script><rect width='10' height='10'/></svg>\n"
    )
    stored = store(site, svg, "logo.svg", ImageOptions(max_width=5, convert="webp"))
    assert stored.path.name == "logo.svg" and stored.path.read_bytes() == svg
    assert stored.info.is_svg and stored.original is None
    assert thumbnail(svg, 64) is None  # the media browser shows an icon, never renders it


def test_scaling_down_keeps_the_original_aside(site: Site):
    data = picture(1200, 600)
    stored = store(site, data, "wide.png", ImageOptions(max_width=400))
    with Image.open(stored.path) as image:
        assert image.size == (400, 200)
    assert stored.original is not None
    assert stored.original == stored.path.parent / ORIGINALS / "wide.png"
    assert stored.original.read_bytes() == data
    # narrower pictures are left alone
    small = store(site, picture(300, 100), "narrow.png", ImageOptions(max_width=400))
    assert small.original is None


def test_webp_conversion_at_a_quality(site: Site):
    data = photo(800, 500)
    low = store(site, data, "photo.jpg", ImageOptions(convert="webp", quality=20))
    assert low.path.name == "photo.webp"
    with Image.open(low.path) as image:
        assert image.format == "WEBP" and image.size == (800, 500)
    assert low.original is not None and low.original.read_bytes() == data
    high = store(site, data, "photo.jpg", ImageOptions(convert="webp", quality=95))
    assert high.path.name == "photo-2.webp"  # another picture: never overwrites the first
    assert high.path.stat().st_size > low.path.stat().st_size
    # the same original is kept aside once
    assert all_files(low.path.parent / ORIGINALS) == ["photo.jpg"]


def test_conversion_to_jpeg_flattens_transparency_and_scaling_applies_too(site: Site):
    image = Image.new("RGBA", (1000, 400), (0, 0, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    stored = store(site, out.getvalue(), "clear.png", ImageOptions(max_width=500, convert="jpeg"))
    with Image.open(stored.path) as result:
        assert result.format == "JPEG" and result.size == (500, 200)
        assert result.convert("RGB").getpixel((10, 10)) == (255, 255, 255)


def test_the_same_conversion_twice_is_one_file(site: Site):
    data = picture(900, 300, "JPEG")
    options = ImageOptions(max_width=300, convert="webp", quality=70)
    first = store(site, data, "a.jpg", options)
    second = store(site, data, "b.jpg", options)
    assert second.reused and second.path == first.path


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("assets/images/YYYY/MM/", None),
        ("uploads/YYYY/", None),
        ("", "empty"),
        ("/etc/YYYY", "inside the site"),
        ("C:/pics", "inside the site"),
        ("assets/../../x", "“..”"),
        ("_assets/YYYY", "does not publish"),
        ("assets/.hidden", "does not publish"),
    ],
)
def test_asset_folder_patterns(pattern, problem):
    found = pattern_problem(pattern)
    assert (found is None) if problem is None else (problem in str(found))


def test_asset_folder_follows_the_date_and_never_leaves_the_site(site: Site, tmp_path: Path):
    assert asset_folder(site, "media/YYYY-MM-DD/", date(2022, 2, 3)) == (
        site.root / "media" / "2022-02-03"
    )
    outside = tmp_path / "outside"
    outside.mkdir()
    (site.root / "linked").symlink_to(outside)
    with pytest.raises(AssetFolderError):
        asset_folder(site, "linked/YYYY/", date(2022, 2, 3))
    with pytest.raises(AssetFolderError):
        asset_folder(site, "../YYYY/", date(2022, 2, 3))


def test_reference_text_matches_the_body_and_the_site(site: Site, tmp_path: Path):
    assert image_markup("/assets/a.png", "A [b]", is_html=False) == "![A \\[b\\]](/assets/a.png)"
    assert image_markup("/assets/a.png", 'say "hi"', is_html=True) == (
        '<img src="/assets/a.png" alt="say &quot;hi&quot;">'
    )
    assert link_markup("{% post_url 2022-02-22-a %}", "标题", is_html=True) == (
        '<a href="{% post_url 2022-02-22-a %}">标题</a>'
    )
    assert site_href(site, "/assets/a.png") == "/assets/a.png"
    (site.root / "_config.yml").write_text("baseurl: /blog\n", encoding="utf-8")
    with_base = Site.open(site.root)
    assert site_href(with_base, "/assets/a.png") == "{{ site.baseurl }}/assets/a.png"


def test_media_library_lists_usage_and_unused_pictures(site: Site):
    root = site.root
    images = root / "assets" / "images"
    images.mkdir(parents=True)
    for name in ("used.png", "in-html.jpg", "front.png", "relative.png", "unused.png"):
        (images / name).write_bytes(picture())
    (images / ORIGINALS).mkdir()
    (images / ORIGINALS / "kept.png").write_bytes(picture())
    (root / "_site").mkdir()
    (root / "_site" / "built.png").write_bytes(picture())
    posts = {
        "_posts/2022-01-01-md.md": "---\ntitle: a\nimage: /assets/images/front.png\n---\n"
        "![x](/assets/images/used.png)\n`![code](/assets/images/unused.png)`\n",
        "_posts/2022-01-02-html.html": "---\ntitle: b\n---\n"
        '<p><img src="/assets/images/in-html.jpg"><img src="/assets/images/used.png"></p>\n',
        "_posts/2022-01-03-rel.md": "---\ntitle: c\n---\n![r](../assets/images/relative.png)\n",
        "about.md": "---\ntitle: About\n---\n![u](/assets/images/used.png)\n",
    }
    for rel, text in posts.items():
        (root / rel).write_text(text, encoding="utf-8")
    site = Site.open(root)
    found = scan_images(site)
    assert [i.rel for i in found] == [
        "assets/images/front.png",
        "assets/images/in-html.jpg",
        "assets/images/relative.png",
        "assets/images/unused.png",
        "assets/images/used.png",
    ]
    library = image_usage(site, found)
    assert sorted(library.used_by("assets/images/used.png")) == [
        "_posts/2022-01-01-md.md",
        "_posts/2022-01-02-html.html",
        "about.md",
    ]
    assert library.used_by("assets/images/front.png") == ["_posts/2022-01-01-md.md"]
    assert library.used_by("assets/images/relative.png") == ["_posts/2022-01-03-rel.md"]
    assert [i.rel for i in library.unused()] == ["assets/images/unused.png"]
    assert [i.rel for i in library.matching("html")] == [
        "assets/images/in-html.jpg",
        "assets/images/used.png",
    ]
    assert [i.rel for i in library.matching("", unused_only=True)] == ["assets/images/unused.png"]
