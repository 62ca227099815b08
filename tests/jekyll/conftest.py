"""Jekyll is the judge: fixture sites are built with the real `jekyll` (the Debian package; .ci/run
installs it) and what Jekyll read is compared with what Frontdesk shows.

A Liquid page dumps every post's title, date, categories and tags with `jsonify`.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

DUMP = """---
---
[{% for p in site.posts %}{"path": {{ p.path | jsonify }}, "title": {{ p.title | jsonify }}, \
"date": {{ p.date | date: "%Y-%m-%dT%H:%M:%S%z" | jsonify }}, \
"categories": {{ p.categories | jsonify }}, "tags": {{ p.tags | jsonify }}}\
{% unless forloop.last %},{% endunless %}{% endfor %}]
"""

Build = Callable[[Path], dict[str, dict[str, object]]]


@pytest.fixture
def jekyll_build(tmp_path: Path) -> Build:
    """Build `site` with Jekyll; returns what it read of each post, by site-relative path."""
    exe = shutil.which("jekyll")
    if exe is None:
        pytest.skip("jekyll is not installed (apt-get install jekyll; .ci/run does)")

    def build(site: Path) -> dict[str, dict[str, object]]:
        (site / "frontdesk-dump.json").write_text(DUMP, encoding="utf-8")
        dest = tmp_path / "_site_out"
        result = subprocess.run(
            [exe, "build", "--quiet", "--source", str(site), "--destination", str(dest)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        posts = json.loads((dest / "frontdesk-dump.json").read_text(encoding="utf-8"))
        return {str(p["path"]): p for p in posts}

    return build
