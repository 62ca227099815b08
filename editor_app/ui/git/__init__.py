"""Team sync through git: the site's git state, its commands and their dialogs."""
