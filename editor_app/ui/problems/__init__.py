"""The Problems panel: the site's problems in one place, each with its fix."""
