"""The main window: a switchboard that builds the panes and wires them, and its commands."""
