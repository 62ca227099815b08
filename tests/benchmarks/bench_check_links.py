"""What the link and picture checks add to `frontdesk check`:
``python tests/benchmarks/bench_check_links.py [--posts N] [--repeat R] [--json]``.

The site is the synthetic archive of ``synth.py`` (N posts, default 100,000) with references
added the way the seed archive has them: every post hot-links a picture from another server;
30% show a picture of the site (``/assets/images/…``, one in twenty missing), 10% link to
another post with ``{% post_url %}`` and 10% by its address (one in a hundred of each broken),
5% link to a page. The site is built once and reused.

Both runs do what ``frontdesk check`` does (walk, read and check every post, cross-post checks);
the plain run (``links=False``) is the floor, measured in the same process, alternating with
the full run, best of R each. Target: check with links ≤ 1.2 × check without.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from editor_app.core.checks import Problem, check_site, read_problem  # noqa: E402
from editor_app.core.document.post import Post  # noqa: E402
from editor_app.core.errors import PostReadError  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from tests.benchmarks.bytecode import compile_app  # noqa: E402
from tests.benchmarks.synth import make_site  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("FRONTDESK_BENCH_SITES", "/work/bench-sites"))
MARKER = ".links.json"
VERSION = 1
LINK_CODES = {"broken-post-url", "broken-link", "missing-image", "broken-link-tag"}


def linked_site(root: Path, n: int, seed: int = 1) -> Path:
    """The synthetic site with references added (built once, then reused)."""
    site_dir = root / f"links-{n}-s{seed}"
    want = {"n": n, "seed": seed, "version": VERSION}
    marker = site_dir / MARKER
    if marker.exists() and json.loads(marker.read_text("utf-8")) == want:
        return site_dir
    source = make_site(root, n, seed)
    if site_dir.exists():
        shutil.rmtree(site_dir)
    shutil.copytree(source, site_dir)
    rng = random.Random(seed * 31)
    images = site_dir / "assets" / "images" / "2022" / "01"
    images.mkdir(parents=True)
    for k in range(2000):
        (images / f"p{k}.jpg").write_bytes(b"\xff\xd8\xff\xe0 not decoded by the check")
    (site_dir / "about.md").write_text("---\ntitle: About\npermalink: /about/\n---\nx\n", "utf-8")
    site = Site.open(site_dir)
    paths = sorted((site_dir / "_posts").iterdir())
    for i, path in enumerate(paths):
        extra = [f'<p><img src="http://img.example.cn/pics/{i}.jpg" alt=""></p>']
        if rng.random() < 0.3:
            k = rng.randrange(2100)  # p2000…p2099 do not exist: one in twenty-one missing
            extra.append(f'<p><img src="/assets/images/2022/01/p{k}.jpg"></p>')
        if rng.random() < 0.1:
            target = rng.choice(paths).stem if rng.random() > 0.01 else "2001-01-01-gone"
            extra.append(f'<p><a href="{{% post_url {target} %}}">相关</a></p>')
        if rng.random() < 0.1:
            other = rng.choice(paths)
            try:
                post = Post.load(other)
                url = site.output_path(site.relpath(other), post.metadata)
            except PostReadError:
                url = "/gone.html"
            if rng.random() < 0.01:
                url = url.replace(".html", "-old.html")
            extra.append(f'<p><a href="{url}">延伸阅读</a></p>')
        if rng.random() < 0.05:
            extra.append('<p><a href="/about/">关于我们</a></p>')
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(extra) + "\n")
    marker.write_text(json.dumps(want), "utf-8")
    return site_dir


def run_check(site_dir: Path, *, links: bool) -> tuple[float, list[Problem]]:
    """`frontdesk check`'s work on the site: walk, read, check every post, cross-post checks."""
    t0 = time.perf_counter()
    site = Site.open(site_dir)
    read: list[Problem] = []

    def posts() -> Iterator[Post]:
        for item in site.iter_post_files():
            try:
                yield site.load_post(item)
            except (PostReadError, OSError) as exc:
                read.append(read_problem(site, item.path, exc))

    problems = check_site(site, posts(), links=links) + read
    return time.perf_counter() - t0, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT)
    ap.add_argument("--json", action="store_true", help="print only the JSON")
    ns = ap.parse_args(argv)
    compiled = compile_app()  # timed as installed (see bytecode.py)

    site_dir = linked_site(ns.root, ns.posts)
    run_check(site_dir, links=True)  # warm the page cache once
    plain: list[float] = []
    full: list[float] = []
    found: list[Problem] = []
    for _ in range(ns.repeat):
        seconds, _problems = run_check(site_dir, links=False)
        plain.append(seconds)
        seconds, found = run_check(site_dir, links=True)
        full.append(seconds)
    floor_s, links_s = min(plain), min(full)
    counts: dict[str, int] = {}
    for problem in found:
        if problem.code in LINK_CODES:
            counts[problem.code] = counts.get(problem.code, 0) + 1
    report = {
        "posts": ns.posts,
        "check_s": round(floor_s, 3),
        "check_with_links_s": round(links_s, 3),
        "ratio": round(links_s / floor_s, 3),
        "target": "check_with_links_s <= 1.2 x check_s",
        "met": links_s <= 1.2 * floor_s,
        "runs": {
            "check_s": [round(x, 3) for x in plain],
            "with_links_s": [round(x, 3) for x in full],
        },
        "per_post_us": round((links_s - floor_s) / ns.posts * 1e6, 1),
        "found": counts,
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "bytecode_compiled": compiled,
    }
    print(json.dumps(report, ensure_ascii=False, indent=None if ns.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
