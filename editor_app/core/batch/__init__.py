"""Changes to many files at once: planned and shown first, written one file at a time through the
lossless writer, logged so they can be undone, and safe to kill halfway.

``plan.py`` turns an edit into the exact new bytes of every file (and says which files it
refuses, and why); ``log.py`` keeps each batch's before and after bytes in the site's app-data
folder; ``run.py`` writes a plan, undoes a batch, and finishes or undoes a batch that was
interrupted; ``edits.py`` holds the edits editors make in bulk (fields, terms, publishing,
moving to and from ``_drafts/``, find and replace).
"""
