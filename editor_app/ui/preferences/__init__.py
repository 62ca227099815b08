"""The Preferences dialog (Ctrl+, / the application menu on macOS) and its pages.

A page is a `QWidget` subclass built from the `Settings` alone (see `PageFactory`): it shows
some preferences, writes each change to `Settings` at once, names itself with its window title
(set in its `retranslate()`, so the page list follows a language switch), and is listed once in
`PAGES` (`dialog.py`). The window applies changes by listening to `Settings.notifier`.

The package imports nothing itself: a feature's page (`ui/git/settings_page.py`) builds on
`pages.py` here while `dialog.py` lists that page, so importing the dialog from this package's
`__init__` made importing such a page first a circular import.
"""
