"""A site folder: its config, where its posts live, and the files made, renamed and trashed in it.

``from editor_app.core.site import Site, PostFile, Collection, SlugRule``
"""

from editor_app.core.errors import SiteError
from editor_app.core.site.site import Collection, Site
from editor_app.core.site.slug import SlugRule
from editor_app.core.site.walk import PostFile

__all__ = ["Collection", "PostFile", "Site", "SiteError", "SlugRule"]
