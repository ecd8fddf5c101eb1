"""Translatable text in a package that may not import Qt.

Source strings are English and marked with ``QT_TRANSLATE_NOOP(context, text)``
so that ``pyside6-lupdate`` collects them into resources/i18n.  At run time the
GUI (or the command line) installs Qt's translator through ``set_translator``;
without one, text stays English.
"""
from __future__ import annotations

from typing import Callable

_translate: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Install ``func(context, source) -> translated`` (Qt's QCoreApplication.translate)."""
    global _translate
    _translate = func


def translate(context: str, text: str) -> str:
    if _translate is None:
        return text
    return _translate(context, text)
