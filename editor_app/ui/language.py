"""The interface language: which one to use, and switching it while the app runs.

`switch_language` swaps the application's translators; Qt then sends every widget a
`QEvent.LanguageChange`, and each widget sets its texts again in its `retranslate()` (the
window rebuilds its commands' texts from their declarations), so nothing needs a restart.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor_app.core import paths

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
# The application's translators now installed (one application per process).
_installed: list[QTranslator] = []


def resolve(preference: str) -> str:
    """ "en" or "zh_CN" for a preference of "system", "en" or "zh_CN"."""
    if preference in LANGUAGES:
        return preference
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(preference: str) -> str:
    """The language to start in: FRONTDESK_LANG (screenshots, demos), else the preference."""
    env = os.environ.get("FRONTDESK_LANG", "").strip()
    if env:
        return "zh_CN" if env.replace("-", "_").lower().startswith("zh") else "en"
    return resolve(preference)


def install_translations(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our .qm and Qt's own (standard buttons) for `lang`; keep the returned objects."""
    loaded: list[QTranslator] = []
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return loaded
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{lang}", qt_dir),
        (f"frontdesk_{lang}", str(paths.resources_dir() / "translations")),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
    return loaded


def switch_language(lang: str) -> None:
    """Make `lang` ("en" or "zh_CN") the interface language now."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
    # Removing and installing translators is what makes Qt send LanguageChange.
    _installed[:] = install_translations(app, lang)
