"""The `frontdesk` command: one module per subcommand, sharing `output`; `main` dispatches."""

from editor_app.cli.main import main

__all__ = ["main"]
