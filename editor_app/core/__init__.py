"""Qt-free core: posts, front matter, site, index, rendering, taxonomy, journal."""
