"""Pictures in the site: checking and shrinking them (``images``), storing them in the assets
folder without duplicates or overwrites (``store``), the text a body gets for them
(``markup``), localizing hot-linked ones (``remote``) and the media browser's list of pictures
and their users (``library``)."""
