"""What the small-screen tests share (tests/ui and tests/views ``test_fit_small_screen``).

Office laptops and projectors run 1280x720 at 150 % display scaling: 853x454 logical
pixels above the taskbar.  A dialog must fit there with its title bar and its buttons in
view.  The screen is made small by giving ``ui.widgets.available_geometry`` its size, as
Windows reports it.  Import the fixtures into a test module to use them.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox

SMALL = QSize(853, 454)  # 1280x720 at 150 %, less the taskbar
FULL_HD = QSize(1920, 1040)
TITLE_BAR = 30


def on_screen(monkeypatch, size: QSize) -> None:
    monkeypatch.setattr("ui.widgets.available_geometry",
                        lambda _widget: QRect(0, 0, size.width(), size.height()),
                        raising=False)


def assert_fits(dialog, room: QSize = SMALL) -> None:
    """``dialog``, its minimum and its buttons fit ``room`` with a title bar."""
    QApplication.processEvents()
    for what, size in (("size", dialog.size()), ("minimum", dialog.minimumSizeHint()),
                       ("minimum", dialog.minimumSize())):
        assert size.width() <= room.width(), (what, size)
        assert size.height() + TITLE_BAR <= room.height(), (what, size)
    buttons = [b for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
               if b.isVisible()]
    assert buttons
    for button in buttons:
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(where), (button.text(), where, dialog.size())


@pytest.fixture(autouse=True)
def app_font(qapp):
    """The font MediaDesk sets (a CJK fallback, at least its readable size), as measured."""
    from ui.app import configure_font

    saved = qapp.font()
    configure_font(qapp)
    yield
    qapp.setFont(saved)


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from PySide6.QtCore import QLocale

    from ui import i18n

    saved = QLocale()
    if request.param != "en":
        i18n.install(request.param)
    yield request.param
    if request.param != "en":
        i18n.uninstall()
    QLocale.setDefault(saved)


def cut_labels(window) -> list:
    """The labels in ``window`` shown smaller than their text needs: a wrapped one lower
    than its lines at its width, another narrower or lower than its size hint."""
    from PySide6.QtWidgets import QLabel

    QApplication.processEvents()
    out = []
    for label in window.findChildren(QLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        if label.wordWrap():
            needed = QSize(label.width(), label.heightForWidth(label.width()))
        else:
            needed = label.sizeHint()
        if label.width() < needed.width() or label.height() < needed.height():
            out.append((label.text()[:30], label.size(), needed))
    return out
