"""The body editor: highlighting, line numbers, find and replace."""
