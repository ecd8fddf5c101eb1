"""The command line's help laid out for Chinese as well as English.

argparse wraps its help with ``textwrap``, which counts characters, breaks only at
spaces and knows nothing of Chinese: a Chinese line, whose characters take two columns
each, ran to twice the terminal's width; an address such as ``postgresql://USER@HOST``
was broken inside (``postgresql`` / ``://USER@HOST``); and a line could start with "。".

This formatter measures text in terminal columns (East Asian width), breaks between any
two Chinese characters but never inside a run of Latin letters, digits or symbols (an
address, an option, a column name), keeps closing punctuation (，。、：）…) at the end of
the line before it and opening punctuation (（“《 …) with what follows, and ends a
Chinese heading with a full-width colon.
"""
from __future__ import annotations

import argparse
import re
import unicodedata

_CLOSING = set("，。、；：！？）】」』》〉”’％")
_OPENING = set("（【「『《〈“‘")


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes (Chinese characters take two)."""
    return sum(2 if _is_wide(ch) else 1 for ch in text)


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _units(word: str) -> list[str]:
    """The pieces a line may break between: each Chinese character on its own, each run
    of other characters whole; closing punctuation stuck to what comes before it,
    opening punctuation to what follows."""
    pieces: list[str] = []
    for ch in word:
        if not _is_wide(ch) and pieces and not _is_wide(pieces[-1][-1]):
            pieces[-1] += ch  # a run of Latin letters, digits and symbols stays whole
        else:
            pieces.append(ch)
    units: list[str] = []
    pending = ""  # opening punctuation waiting for what follows
    for piece in pieces:
        if piece in _OPENING:
            pending += piece
        elif piece in _CLOSING and units and not pending:
            units[-1] += piece
        else:
            units.append(pending + piece)
            pending = ""
    if pending:
        units.append(pending)
    return units


def wrap(text: str, width: int) -> list[str]:
    """``text`` (spaces collapsed) in lines of at most ``width`` columns; a piece that
    cannot be broken and is longer than that has a line of its own."""
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        for position, unit in enumerate(_units(word)):
            space = " " if line and position == 0 else ""
            needed = columns(space) + columns(unit)
            if line and used + needed > width:
                lines.append(line)
                line, used = unit, columns(unit)
            else:
                line += space + unit
                used += needed
    if line:
        lines.append(line)
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping by :func:`wrap`."""

    # A heading that ends in Chinese or in full-width punctuation ("命令（不打开窗口运行）").
    _heading = re.compile(r"^(\S[^\n]*[\u3400-\u9fff\u3000-\u303f\uff01-\uff60]):$",
                          re.MULTILINE)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _format_usage(self, usage, actions, groups, prefix) -> str:
        if prefix is None:  # the usage above an error message: argparse's own prefix
            prefix = argparse._("usage: ")
        text = super()._format_usage(usage, actions, groups, prefix)
        extra = columns(prefix) - len(prefix) if prefix else 0  # "用法：" takes 6 columns
        if extra <= 0:
            return text
        lines = text.split("\n")
        return "\n".join([lines[0]] + [" " * extra + line if line.startswith(" ") else line
                                       for line in lines[1:]])

    def format_help(self) -> str:
        return self._heading.sub(r"\1：", super().format_help())
