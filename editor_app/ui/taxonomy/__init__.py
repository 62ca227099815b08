"""The Categories & Tags window."""
