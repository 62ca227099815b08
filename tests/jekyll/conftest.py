"""Jekyll is the judge: fixture sites are built with the real `jekyll` (the Debian package; .ci/run
installs it) and what Jekyll read is compared with what Frontdesk shows.

A Liquid page dumps every post's title, date, categories and tags with `jsonify`, plus the title
as Liquid renders it as text (`title_text`: `{{ title }}` is Ruby's `to_s`), the URL, and each
category and tag as Ruby's `inspect` shows it (`&quot;2022&quot;` is text, `2022` a number).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

DUMP = """---
---
[{% for p in site.posts %}{"path": {{ p.path | jsonify }}, "title": {{ p.title | jsonify }}, \
"title_text": {{ p.title | append: "" | jsonify }}, "url": {{ p.url | jsonify }}, \
"date": {{ p.date | date: "%Y-%m-%dT%H:%M:%S%z" | jsonify }}, \
"categories": {{ p.categories | jsonify }}, "tags": {{ p.tags | jsonify }}, \
"categories_inspected": [{% for c in p.categories %}{{ c | inspect | jsonify }}\
{% unless forloop.last %},{% endunless %}{% endfor %}], \
"tags_inspected": [{% for t in p.tags %}{{ t | inspect | jsonify }}\
{% unless forloop.last %},{% endunless %}{% endfor %}]}\
{% unless forloop.last %},{% endunless %}{% endfor %}]
"""

Build = Callable[[Path], dict[str, dict[str, object]]]


@dataclass
class Built:
    """What one `jekyll build` did: whether it finished, its log, and the posts it read."""

    ok: bool
    log: str
    posts: dict[str, dict[str, object]]

    def complained_about(self, rel: str) -> bool:
        """Jekyll logged an error reading this file (it then publishes it without its front
        matter) or stopped the build because of it."""
        return any(rel in line for line in self.log.splitlines() if "rror" in line)


Run = Callable[[Path], Built]


@pytest.fixture
def jekyll_run(tmp_path: Path) -> Run:
    """Build `site` with Jekyll (with TZ unset, so only `_config.yml` names the zone)."""
    exe = shutil.which("jekyll")
    if exe is None:
        pytest.skip("jekyll is not installed (apt-get install jekyll; .ci/run does)")
    runs = iter(range(1_000_000))

    def run(site: Path) -> Built:
        (site / "frontdesk-dump.json").write_text(DUMP, encoding="utf-8")
        dest = tmp_path / f"_site_out{next(runs)}"
        env = {k: v for k, v in os.environ.items() if k != "TZ"}
        result = subprocess.run(
            [exe, "build", "--source", str(site), "--destination", str(dest)],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        dump = dest / "frontdesk-dump.json"
        posts = json.loads(dump.read_text(encoding="utf-8")) if result.returncode == 0 else []
        return Built(
            result.returncode == 0 and dump.exists(),
            result.stdout + result.stderr,
            {str(p["path"]): p for p in posts},
        )

    return run


@pytest.fixture
def jekyll_build(jekyll_run: Run) -> Build:
    """Build `site` with Jekyll; returns what it read of each post, by site-relative path."""

    def build(site: Path) -> dict[str, dict[str, object]]:
        built = jekyll_run(site)
        assert built.ok, built.log
        return built.posts

    return build
