"""References between the files of a site: finding them in a body (``refs``), how Jekyll's
``post_url`` names a post (``post_url``) and rewriting them after a post is renamed or moved
(``update``). The checks ``frontdesk check`` reports are in ``core.checks.links``."""
