"""Qt widgets, thin models over core, and background workers."""
