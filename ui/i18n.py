"""Choosing the language and installing the translators.

English is the source language.  The choice is, in order: ``--lang``, the
``language`` preference in QSettings, then the system locale (any Chinese
locale gives Simplified Chinese).  For Chinese, two catalogues are installed:
MediaDesk's own (``resources/i18n/mediadesk_zh_CN.qm``) and Qt's
(``qtbase_zh_CN.qm``) so that standard buttons (OK, Cancel, ...) match.  English
has a catalogue too, ``mediadesk_en.qm``, holding only the plural forms ("1 post
waits", "2 posts wait"; lupdate ``-pluralonly``), as Qt's way of plurals asks.
``models.i18n`` is then pointed at ``QCoreApplication.translate`` so domain
errors read in the same language.

Only QtCore is imported: the headless commands use this module too.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources
from models import i18n as model_i18n

log = logging.getLogger(__name__)

ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (ENGLISH, CHINESE)
SETTINGS_KEY = "language"
CATALOGUE = "mediadesk"

# Each language by its own name, so a person can find theirs whatever is shown now.
NATIVE_NAMES = {ENGLISH: "English", CHINESE: "简体中文"}

_installed: list[QTranslator] = []


def normalise(value: str | None) -> str | None:
    """``zh``, ``zh-CN``, ``zh_Hans_CN`` -> ``zh_CN``; ``en_GB`` -> ``en``; unknown -> None."""
    if not value:
        return None
    value = str(value).strip().replace("-", "_")
    lowered = value.lower()
    if lowered.startswith("zh"):
        return CHINESE
    if lowered.startswith("en"):
        return ENGLISH
    return None


def system_language() -> str:
    """Simplified Chinese on any Chinese system, English everywhere else."""
    for name in QLocale.system().uiLanguages():
        lang = normalise(name)
        if lang:
            return lang
    return normalise(QLocale.system().name()) or ENGLISH


def saved_language() -> str | None:
    """The language chosen in the settings dialog, or None for "same as the system"."""
    return normalise(QSettings().value(SETTINGS_KEY, "", str))


def choose_language(cli: str | None = None) -> str:
    return normalise(cli) or saved_language() or system_language()


def catalogue_dir() -> str:
    return str(resources.path("i18n"))


def install(lang: str) -> bool:
    """Install the translators for ``lang`` (replacing earlier ones).

    Returns True when MediaDesk's own catalogue (for English, its plural forms) was
    loaded.  A missing catalogue is not an error: the text stays English.
    """
    uninstall()
    lang = normalise(lang) or ENGLISH
    QLocale.setDefault(QLocale(lang))
    loaded_own = False
    own = QTranslator()
    if own.load(f"{CATALOGUE}_{lang}", catalogue_dir()):
        loaded_own = True
        _add(own)
    else:
        log.warning("No translation catalogue %s_%s.qm in %s; showing English%s",
                    CATALOGUE, lang, catalogue_dir(),
                    " with plurals as written" if lang == ENGLISH else "")
    if lang != ENGLISH:
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{lang}", qt_dir):
            _add(qt)
        else:
            log.info("Qt's own translation qtbase_%s.qm is not in %s", lang, qt_dir)
    model_i18n.set_translator(QCoreApplication.translate)
    return loaded_own


def _add(translator: QTranslator) -> None:
    if QCoreApplication.installTranslator(translator):
        _installed.append(translator)


def uninstall() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    model_i18n.set_translator(None)


def current_language() -> str:
    return normalise(QLocale().name()) or ENGLISH
