"""Index benchmark: ``python tests/benchmarks/bench_index.py --posts N [--json]``.

Builds (or reuses) a synthetic site of N posts shaped like the seed archive, then measures
the index against floors taken in the same run (scandir+stat, reading every byte) and against
what a user's script would do (python-frontmatter). Targets are printed, not asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from editor_app.core.index import PostIndex, PostQuery  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from tests.benchmarks.bytecode import compile_app  # noqa: E402
from tests.benchmarks.synth import make_site  # noqa: E402

DEFAULT_ROOT = Path(os.environ.get("FRONTDESK_BENCH_SITES", "/work/bench-sites"))


def _post_files(site: Path) -> list[str]:
    out: list[str] = []

    def walk(folder: str) -> None:
        with os.scandir(folder) as it:
            for entry in it:
                if entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        walk(entry.path)
                elif entry.name.endswith(".md"):
                    entry.stat(follow_symlinks=False)
                    out.append(entry.path)

    for name in ("_posts", "_drafts"):
        if (site / name).is_dir():
            walk(str(site / name))
    return out


def stat_floor(site: Path) -> tuple[float, list[str]]:
    _post_files(site)
    t = time.perf_counter()
    files = _post_files(site)
    return time.perf_counter() - t, files


def read_floor(files: list[str]) -> tuple[float, int]:
    for path in files:  # warm the page cache
        with contextlib.suppress(FileNotFoundError), open(path, "rb") as fh:
            fh.read()
    t = time.perf_counter()
    total = 0
    for path in files:
        # Another benchmark may add or remove a file in a shared site meanwhile.
        with contextlib.suppress(FileNotFoundError), open(path, "rb") as fh:
            total += len(fh.read())
    return time.perf_counter() - t, total


NAIVE = """
import sys, time, frontmatter
files = [line.rstrip("\\n") for line in sys.stdin]
t = time.perf_counter()
for path in files:
    try:
        frontmatter.load(path)
    except Exception:
        pass
print(time.perf_counter() - t)
"""


def naive(files: list[str]) -> float:
    """python-frontmatter in a separate process, so its memory does not count as ours."""
    out = subprocess.run(
        [sys.executable, "-c", NAIVE],
        input="\n".join(files),
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip())


class PeakMemory:
    """Peak of (main process + its worker processes) resident memory, sampled from /proc.

    ``ru_maxrss`` of children is useless here: Linux keeps a child's high-water mark from
    before ``exec``, so every spawned worker "peaks" at the parent's size.
    """

    def __init__(self, interval: float = 0.05) -> None:
        self.interval = interval
        self.total_kb = 0
        self.main_kb = 0
        self.worker_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.available = Path("/proc/self/status").exists()

    @staticmethod
    def _kb(pid: int | str, field: str) -> int:
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith(field):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    @staticmethod
    def _children() -> list[str]:
        out: list[str] = []
        for task in os.listdir("/proc/self/task"):
            try:
                with open(f"/proc/self/task/{task}/children") as fh:
                    out += fh.read().split()
            except OSError:
                continue
        return out

    def sample(self) -> None:
        main = self._kb("self", "VmRSS:")
        workers = sum(self._kb(pid, "VmRSS:") for pid in self._children())
        self.main_kb = max(self.main_kb, self._kb("self", "VmHWM:"))
        self.worker_kb = max(self.worker_kb, workers)
        self.total_kb = max(self.total_kb, main + workers, self.main_kb)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> PeakMemory:
        if self.available:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self.available:
            self._thread.join()
            self.sample()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def _cjk_words(files: list[str], rng: random.Random, length: int, n: int) -> list[str]:
    """Substrings of real post text (so they occur), made only of CJK characters."""
    out: list[str] = []
    while len(out) < n:
        data = Path(rng.choice(files)).read_text("utf-8")
        runs = [r for r in _runs(data) if len(r) >= length]
        if runs:
            run = rng.choice(runs)
            start = rng.randrange(0, len(run) - length + 1)
            out.append(run[start : start + length])
    return out


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    cur: list[str] = []
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff":
            cur.append(ch)
        elif cur:
            runs.append("".join(cur))
            cur = []
    return runs


def timed_ms(fn) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def dir_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


FLOOR_PROCESS = """
import os, sys
with os.scandir(sys.argv[1]) as it:
    for entry in it:
        entry.stat()
"""


def cli_bench(site_dir: Path, home: Path, category: str, word: str, runs: int = 5) -> dict:
    """Whole processes, warm cache: `frontdesk list` by category and by a 2-character word,
    against a process that only scandirs and stats the same _posts folder (medians)."""
    env = dict(os.environ, FRONTDESK_HOME=str(home), PYTHONPATH=str(REPO))
    base = [sys.executable, "-m", "editor_app", "list", str(site_dir), "--limit", "50"]
    commands = {
        "floor_s": [sys.executable, "-c", FLOOR_PROCESS, str(site_dir / "_posts")],
        "category_s": [*base, "--category", category, "--format", "json"],
        "query_s": [*base, "--query", word, "--format", "json"],
    }
    times: dict[str, list[float]] = {key: [] for key in commands}
    for cmd in commands.values():  # once each to warm caches (and check they work)
        subprocess.run(cmd, env=env, cwd=REPO, check=True, capture_output=True)
    for _ in range(runs):
        for key, cmd in commands.items():
            t = time.perf_counter()
            subprocess.run(cmd, env=env, cwd=REPO, check=True, capture_output=True)
            times[key].append(time.perf_counter() - t)
    out: dict[str, object] = {k: round(statistics.median(v), 3) for k, v in times.items()}
    out["word"] = word
    out["category"] = category
    out["runs"] = runs
    return out


TANTIVY_WORKER = """
import sys, tantivy
sys.path.insert(0, sys.argv[3])
from editor_app.core.index.fulltext import body_index_text
from editor_app.core.index.shards import raw_body
folder, listing = sys.argv[1], sys.argv[2]
sb = tantivy.SchemaBuilder()
sb.add_integer_field("id", indexed=True, fast=True)
sb.add_text_field("body", tokenizer_name="unigram", index_option="position")
schema = sb.build()
index = tantivy.Index(schema, path=folder)
index.register_tokenizer(
    "unigram",
    tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.lowercase()).build(),
)
writer = index.writer(heap_size=200_000_000, num_threads=1)
for line in open(listing, encoding="utf-8"):
    pid, path = line.rstrip("\\n").split("\\t", 1)
    with open(path, "rb") as fh:
        text = body_index_text(raw_body(fh.read()))
    writer.add_document(tantivy.Document(id=int(pid), body=text))
writer.commit()
writer.wait_merging_threads()
"""


def tantivy_compare(files: list[str], workers: int, rng: random.Random) -> dict[str, object]:
    """The same body index (same text, one token per CJK character, phrase queries) built
    with Tantivy: one index per worker process, like the FTS5 shards; then search times."""
    import tantivy

    tmp = Path(tempfile.mkdtemp(prefix="frontdesk-bench-tantivy-"))
    try:
        procs = []
        t = time.perf_counter()
        for k in range(workers):
            folder = tmp / f"shard{k}"
            folder.mkdir()
            listing = tmp / f"files{k}.txt"
            listing.write_text(
                "".join(f"{i}\t{path}\n" for i, path in enumerate(files) if i % workers == k),
                encoding="utf-8",
            )
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", TANTIVY_WORKER, str(folder), str(listing), str(REPO)]
                )
            )
        for proc in procs:
            if proc.wait() != 0:
                raise RuntimeError("tantivy worker failed")
        build_s = time.perf_counter() - t
        searchers = []
        for k in range(workers):
            index = tantivy.Index.open(str(tmp / f"shard{k}"))
            index.register_tokenizer(
                "unigram",
                tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                .filter(tantivy.Filter.lowercase())
                .build(),
            )
            index.reload()
            searchers.append((index, index.searcher()))
        times: dict[str, list[float]] = {}
        for length in (1, 2, 3, 6):
            for word in _cjk_words(files, rng, length, 15):
                t = time.perf_counter()
                ids: set[int] = set()
                for index, searcher in searchers:
                    chars = list(word)
                    query = (
                        tantivy.Query.term_query(index.schema, "body", chars[0])
                        if len(chars) == 1
                        else tantivy.Query.phrase_query(index.schema, "body", chars)
                    )
                    total = searcher.search(query, limit=1, count=True).count or 0
                    if total:
                        hits = searcher.search(query, limit=total, order_by_field="id").hits
                        ids.update(int(h[0]) for h in hits)
                times.setdefault(str(length), []).append((time.perf_counter() - t) * 1000)
        everything = [ms for v in times.values() for ms in v]
        return {
            "build_s": round(build_s, 2),
            "index_mb": round(dir_mb(tmp), 1),
            "search_ms_p95": round(pct(everything, 95), 1),
            "search_ms_p95_by_length": {k: round(pct(v, 95), 1) for k, v in times.items()},
            "tokenizer": "simple + lowercase over the same per-character text as FTS5",
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def n_workers_of(workers: int | None) -> int:
    from editor_app.core.workers import default_workers

    return default_workers() if workers is None else max(1, workers)


def run(
    n: int, root: Path, seed: int, workers: int | None, compare_tantivy: bool = False
) -> dict[str, object]:
    t = time.perf_counter()
    site_dir = make_site(root, n, seed)
    build_s = time.perf_counter() - t
    site = Site.open(site_dir)
    stat_s, files = stat_floor(site_dir)
    read_s, total_bytes = read_floor(files)
    # The cache lives where `frontdesk list` looks with FRONTDESK_HOME=home, so the CLI
    # benchmark runs on this same warm cache.
    home = Path(tempfile.mkdtemp(prefix="frontdesk-bench-home-"))
    cache = home / "cache" / "index"
    cache.mkdir(parents=True)
    res: dict[str, object] = {"posts": n}
    memory = PeakMemory()
    memory.__enter__()
    try:
        # ---- cold: no cache until every row is listed; then the body index
        first_rows: list[float] = []
        t0 = time.perf_counter()
        index = PostIndex(site, cache, workers=workers)

        def on_rows(count: int) -> None:
            if not first_rows and count >= min(100, n):
                rows = index.query(PostQuery(limit=100)).rows
                if len(rows) >= min(100, n):
                    first_rows.append(time.perf_counter() - t0)

        index.refresh(on_rows=on_rows)
        cold_s = time.perf_counter() - t0
        title_probe = index.query(PostQuery(limit=1)).rows[0].title[:2]
        assert index.query(PostQuery(text=title_probe)).total > 0
        index.build_fulltext()
        fulltext_s = time.perf_counter() - t0
        assert index.fulltext_ready
        # The window must stay responsive while the body index builds: query from another
        # thread during a second (forced) full build and record the worst latency.
        index.close()

        # ---- warm: re-open with nothing changed (the median of three opens; the first,
        # right after the cold build wrote a cache the size of the site, is kept as well)
        warm_runs: list[float] = []
        notes: list[str] = []
        for _ in range(3):
            t0 = time.perf_counter()
            index = PostIndex(site, cache, workers=workers)
            stats = index.refresh()
            warm_runs.append(time.perf_counter() - t0)
            if stats.parsed:
                notes.append(f"warm refresh parsed {stats.parsed} files changed by someone else")
            index.close()
        warm_s = statistics.median(warm_runs)

        # ---- one change
        victim = Path(files[len(files) // 2])
        original = victim.read_bytes()
        st = victim.stat()
        try:
            victim.write_bytes(original + "<p>补充一段新的文字。</p>\n".encode())
            t0 = time.perf_counter()
            index = PostIndex(site, cache, workers=workers)
            stats = index.refresh()
            index.build_fulltext()
            one_change_s = time.perf_counter() - t0
            if stats.parsed != 1:
                notes.append(f"one-change refresh parsed {stats.parsed} files")
        finally:
            victim.write_bytes(original)
            os.utime(victim, ns=(st.st_atime_ns, st.st_mtime_ns))
        index.refresh()
        index.build_fulltext()

        # ---- queries
        rng = random.Random(seed)
        facets = index.facets(PostQuery())
        facets_ms = timed_ms(lambda: index.facets(PostQuery()))
        index.close()
        index = PostIndex(site, cache, workers=workers)
        facets_ms = min(facets_ms, timed_ms(lambda: index.facets(PostQuery())))
        cats = [c for c, _ in facets.categories]
        tags = [t for t, _ in facets.tags]
        filter_times = []
        for i in range(60):
            c = cats[min(len(cats) - 1, int(rng.paretovariate(1.2)) - 1)] if i % 3 else cats[0]
            tg = tags[min(len(tags) - 1, int(rng.paretovariate(1.0)) - 1)]
            q = PostQuery(categories=(c,), tags=(tg,), limit=200)
            filter_times.append(timed_ms(lambda q=q: index.query(q)))
        for i in range(20):  # one filter alone, either direction, other sorts
            sort = ("date", "title", "mtime")[i % 3]
            q = PostQuery(categories=(cats[i % 5],), sort=sort, descending=bool(i % 2))
            filter_times.append(timed_ms(lambda q=q: index.query(q)))
        search_times: dict[str, list[float]] = {}
        hits: dict[str, list[int]] = {}
        for length in (2, 3, 6):
            for word in _cjk_words(files, rng, length, 15):
                for combined in (False, True):
                    q = PostQuery(text=word, categories=(cats[0],) if combined else ())
                    key = f"{length}{'+filter' if combined else ''}"
                    box: list[int] = []
                    ms = timed_ms(lambda q=q, box=box: box.append(index.query(q).total))
                    search_times.setdefault(key, []).append(ms)
                    hits.setdefault(key, []).append(box[0])
        all_search = [ms for v in search_times.values() for ms in v]
        facet_filtered_ms = timed_ms(lambda: index.facets(PostQuery(categories=(cats[0],))))

        index.close()
        cache_mb = dir_mb(cache)
        cache_files_mb = {f.name: round(f.stat().st_size / 1e6, 1) for f in cache.iterdir()}

        # ---- responsiveness while the body index rebuilds (forced full build)
        index = PostIndex(site, cache, workers=workers)
        with index.db.writing() as w:
            w.execute("UPDATE posts SET ft = 0")
            w.execute("DELETE FROM meta WHERE key = 'shards'")
        done = threading.Event()
        during: list[float] = []

        def build() -> None:
            try:
                index.build_fulltext()
            finally:
                done.set()

        worker = threading.Thread(target=build)
        rebuild_t0 = time.perf_counter()
        worker.start()
        reader = PostIndex(site, cache, workers=workers)
        during_search: list[float] = []
        words2 = _cjk_words(files, rng, 2, 10)
        i = 0
        while not done.is_set():
            c = cats[i % 10]
            during.append(timed_ms(lambda c=c: reader.query(PostQuery(categories=(c,)))))
            w = words2[i % 10]
            during_search.append(timed_ms(lambda w=w: reader.query(PostQuery(text=w))))
            i += 1
            done.wait(0.05)
        worker.join()
        fulltext_rebuild_s = time.perf_counter() - rebuild_t0
        reader.close()
        # The body index alone (every post checked already), nothing else running: the
        # figure to hold against Tantivy's build of the same text.
        with index.db.writing() as w:
            w.execute("UPDATE posts SET ft = 0")
            w.execute("DELETE FROM meta WHERE key = 'shards'")
        t0 = time.perf_counter()
        index.build_fulltext()
        fulltext_body_only_s = time.perf_counter() - t0
        index.close()

        memory.__exit__()
        self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        n_workers = index.workers
        # Without /proc, an upper bound from getrusage.
        peak_mb = memory.total_kb / 1024 if memory.available else self_mb + n_workers * child_mb
        naive_s = naive(files)
        # Other processes, after the memory sampling ended: their memory is not the index's.
        cli = cli_bench(site_dir, home, cats[0], _cjk_words(files, rng, 2, 1)[0])
        tantivy = tantivy_compare(files, n_workers_of(workers), rng) if compare_tantivy else None
    finally:
        shutil.rmtree(home, ignore_errors=True)

    posts_mb = total_bytes / 1e6
    per_post = {
        "stat_floor_us": stat_s / n * 1e6,
        "read_floor_us": read_s / n * 1e6,
        "naive_us": naive_s / n * 1e6,
        "cold_us": cold_s / n * 1e6,
        "fulltext_us": fulltext_s / n * 1e6,
        "fulltext_rebuild_us": fulltext_rebuild_s / n * 1e6,
        "fulltext_body_only_us": fulltext_body_only_s / n * 1e6,
        "warm_us": warm_s / n * 1e6,
        "cache_bytes": cache_mb * 1e6 / n,
        "rss_bytes": peak_mb * 1e6 / n,
    }
    res.update(
        posts=n,
        stat_floor_s=round(stat_s, 3),
        read_floor_s=round(read_s, 3),
        naive_s=round(naive_s, 2),
        cold_s=round(cold_s, 2),
        fulltext_s=round(fulltext_s, 2),
        first_rows_s=round(first_rows[0], 3) if first_rows else None,
        warm_s=round(warm_s, 3),
        warm_first_s=round(warm_runs[0], 3),
        one_change_s=round(one_change_s, 3),
        filter_ms_p50=round(statistics.median(filter_times), 1),
        filter_ms_p95=round(pct(filter_times, 95), 1),
        search_ms_p50=round(statistics.median(all_search), 1),
        search_ms_p95=round(pct(all_search, 95), 1),
        facets_ms=round(facets_ms, 1),
        cache_mb=round(cache_mb, 1),
        rss_mb=round(peak_mb, 1),
        fulltext_rebuild_s=round(fulltext_rebuild_s, 2),
        fulltext_body_only_s=round(fulltext_body_only_s, 2),
        cli_list_category_s=cli["category_s"],
        cli_list_query_s=cli["query_s"],
        cli_floor_s=cli["floor_s"],
    )
    res["per_post"] = {k: round(v, 1) for k, v in per_post.items()}
    res["cli"] = cli
    if tantivy is not None:
        res["tantivy"] = tantivy
    res["detail"] = {
        "posts_mb": round(posts_mb, 1),
        "site_build_s": round(build_s, 1),
        "workers": n_workers,
        "rss_main_peak_mb": round(memory.main_kb / 1024, 1),
        "rss_workers_peak_sum_mb": round(memory.worker_kb / 1024, 1),
        "rss_main_ru_maxrss_mb": round(self_mb, 1),
        "rss_children_ru_maxrss_mb": round(child_mb, 1),
        "facets_filtered_ms": round(facet_filtered_ms, 1),
        "query_ms_during_fulltext_build_p95": round(pct(during, 95), 1) if during else None,
        "query_ms_during_fulltext_build_max": round(max(during), 1) if during else None,
        "search_ms_during_fulltext_build_p95": (
            round(pct(during_search, 95), 1) if during_search else None
        ),
        "search_ms_p95_by_kind": {k: round(pct(v, 95), 1) for k, v in search_times.items()},
        "search_hits_median_by_kind": {k: statistics.median(v) for k, v in hits.items()},
        "cache_files_mb": cache_files_mb,
        "cpu_count": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "notes": notes,
    }
    res["targets"] = targets(res, posts_mb)
    return res


def targets(r: dict[str, object], posts_mb: float) -> dict[str, dict[str, object]]:
    def f(key: str) -> float:
        value = r[key]
        assert isinstance(value, (int, float))
        return float(value)

    def during(key: str) -> float:
        detail = r["detail"]
        assert isinstance(detail, dict)
        value = detail.get(key)
        return float(value) if isinstance(value, (int, float)) else 0.0

    rows = {
        "warm_s": (f("warm_s"), 2 * f("stat_floor_s"), "2 x stat_floor_s"),
        "cold_s": (f("cold_s"), 3 * f("read_floor_s"), "3 x read_floor_s"),
        "fulltext_s": (f("fulltext_s"), 12 * f("read_floor_s"), "12 x read_floor_s"),
        "first_rows_s": (f("first_rows_s"), 0.5, "0.5 s"),
        "filter_ms_p95": (f("filter_ms_p95"), 30.0, "30 ms"),
        "search_ms_p95": (f("search_ms_p95"), 100.0, "100 ms"),
        "facets_ms": (f("facets_ms"), 100.0, "100 ms"),
        "rss_mb": (f("rss_mb"), 400.0, "400 MB"),
        "cli_list_category_s": (
            f("cli_list_category_s"),
            2.5 * f("cli_floor_s"),
            "2.5 x cli_floor_s",
        ),
        "cli_list_query_s": (f("cli_list_query_s"), 2.5 * f("cli_floor_s"), "2.5 x cli_floor_s"),
        "cold_s_vs_naive": (f("cold_s"), f("naive_s") / 2, "naive_s / 2"),
        "filter_ms_p95_during_fulltext_build": (
            during("query_ms_during_fulltext_build_p95"),
            30.0,
            "30 ms",
        ),
        "search_ms_p95_during_fulltext_build": (
            during("search_ms_during_fulltext_build_p95"),
            100.0,
            "100 ms",
        ),
        "cache_mb": (f("cache_mb"), 1.5 * posts_mb, "1.5 x posts' size"),
    }
    return {
        k: {"value": v, "target": round(t, 3), "rule": rule, "met": v <= t}
        for k, (v, t, rule) in rows.items()
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Benchmark the site index.")
    ap.add_argument("--posts", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="where synthetic sites live")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--json", action="store_true", help="print only the JSON")
    ap.add_argument(
        "--tantivy",
        action="store_true",
        help="also build the body index with Tantivy (pip install tantivy) and compare",
    )
    a = ap.parse_args(argv)
    compiled = compile_app()  # timed as installed (see bytecode.py)
    res = run(a.posts, a.root, a.seed, a.workers, a.tantivy)
    res["bytecode_compiled"] = compiled
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return 0
    t = res["targets"]
    assert isinstance(t, dict)
    for key, value in res.items():
        if key in ("targets", "detail"):
            continue
        mark = ""
        if key in t:
            verdict = "ok" if t[key]["met"] else "MISSED"
            mark = f"  target {t[key]['target']} ({t[key]['rule']}) {verdict}"
        print(f"{key:16} {value}{mark}")
    print(json.dumps(res["detail"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
