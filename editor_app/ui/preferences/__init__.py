"""The Preferences dialog (Ctrl+, / the application menu on macOS) and its pages.

A page is a `QWidget` subclass built from the `Settings` alone (see `PageFactory`): it shows
some preferences, writes each change to `Settings` at once, names itself with its window title
(set in its `retranslate()`, so the page list follows a language switch), and is listed once in
`PAGES`. The window applies changes by listening to `Settings.notifier`.
"""

from editor_app.ui.preferences.dialog import PAGES, PageFactory, PreferencesDialog

__all__ = ["PAGES", "PageFactory", "PreferencesDialog"]
