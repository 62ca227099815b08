"""Benchmarks: run by hand (`python tests/benchmarks/bench_index.py`), never by plain pytest."""
