"""Categories and tags across a whole site: counting them, finding near-duplicates, and
changing a value everywhere (rename, merge, delete, split) through the batch machinery.

``census.py`` counts every value with an example file; ``similar.py`` suggests merges for
values meant to be one; ``edits.py`` turns "rename X to Y" into the change for one post.
"""
