"""One post file: its bytes as front matter plus body, read and edited losslessly.

``post`` splits and saves files, ``frontmatter`` holds the YAML text and its data, ``_writer``
rewrites only the changed keys' lines, ``values``/``dates``/``terms`` say how values are written
and read, and ``rawscan`` reads key lines without parsing YAML.
"""
