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


def join_list(items) -> str:
    """Names in a sentence, in the user's language: "微博、抖音" in Chinese (an English
    comma there reads as a typing mistake), "Weibo, Douyin" in English."""
    #: Between the names of a list inside a sentence ("Weibo, Douyin"); Chinese uses 、.
    return translate("Lists", QT_TRANSLATE_NOOP("Lists", ", ")).join(items)


def join_sentences(sentences) -> str:
    """Sentences one after the other: with a space after English ones, none after a
    Chinese full stop (a space after "。" reads as a typing mistake)."""
    out = ""
    for sentence in sentences:
        if out and not out.endswith(("。", "！", "？", "：", "；", "）")):
            out += " "
        out += sentence
    return out


# Why a file could not be read or written, in the user's language: the system's own
# text (``OSError.strerror``) is English on Linux and macOS whatever the language.
_OS_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("OsError", "there is no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("OsError", "you have no permission to use it"),
    "EPERM": QT_TRANSLATE_NOOP("OsError", "you have no permission to use it"),
    "EISDIR": QT_TRANSLATE_NOOP("OsError", "it is a folder, not a file"),
    "ENOTDIR": QT_TRANSLATE_NOOP("OsError", "a part of the path is not a folder"),
    "ENOSPC": QT_TRANSLATE_NOOP("OsError", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("OsError", "the disk is full"),
    "EROFS": QT_TRANSLATE_NOOP("OsError", "the disk or folder is read-only"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("OsError", "the name is too long"),
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in the user's language (the system's text if it is rare)."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in _OS_REASONS:
        return translate("OsError", _OS_REASONS[name])
    return exc.strerror or str(exc)
