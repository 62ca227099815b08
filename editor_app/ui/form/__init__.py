"""The metadata form: fields for a post's front matter and the raw YAML view, kept in sync."""
