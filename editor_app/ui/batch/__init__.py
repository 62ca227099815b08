"""Changes to many posts from the window: bulk edit, the preview of every changed line, and the
runner that plans and writes off the GUI thread."""
