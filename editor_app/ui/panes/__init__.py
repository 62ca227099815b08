"""Self-contained panes of the window: sidebar, post list, status bar, the editor area."""
