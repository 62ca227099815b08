"""Preference pages: self-contained widgets over `Settings`, saved as they change."""
