"""The approval inbox on a 150 % laptop (1366x768 or 1280x720: the main window at most
837x416) and on a full-HD screen, in English and Chinese; and the status bar's database
label, which elides instead of widening the window.

At 837x416 the review pane was cut at its right edge: the title, the facts and the button
row ("提交审核(U…", "…辑稿件(E)…", "mit for rev…") ran past it, since the pane was held at
26 ems while its content needed more (the checklist's longest box, 346 px in English; the
button row, 453 px), and the list's title column shrank to "…" in Chinese.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.fitting import FULL_HD, SMALL
from tests.ui.test_fit_small_screen import assert_window_fits, main_window, settle
from views.inbox import WAITING
from views.inbox_models import InboxModel


def open_inbox(qtbot, monkeypatch, demo_url, size):
    window = main_window(qtbot, monkeypatch, demo_url, size)
    page = window.show_screen("inbox")
    settle(window)
    qtbot.waitUntil(lambda: page.pane.post is not None)  # the first post, after the paint
    settle(window)
    return window, page


def cut_at_the_right(pane) -> list:
    """The pane's labels and buttons that do not end inside it (or inside the visible part
    of its scroll area, which scrolls up and down only)."""
    viewport = pane.scroll.viewport()
    shown = min(pane.width(), viewport.mapTo(pane, viewport.rect().topRight()).x() + 1)
    out = []
    for widget in pane.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisibleTo(pane):
            continue
        where = QRect(widget.mapTo(pane, widget.rect().topLeft()), widget.size())
        right = shown if viewport.isAncestorOf(widget) else pane.width()
        if where.right() >= right or where.left() < 0:
            out.append((widget.objectName(), widget.text()[:16], where.left(), where.right(),
                        right))
    return out


def assert_inbox_usable(window, page) -> None:
    pane = page.pane
    assert cut_at_the_right(pane) == []
    content = pane.content
    assert content.width() <= pane.scroll.viewport().width()
    assert content.width() >= content.layout().minimumSize().width()
    # A label that wraps is as tall as its text needs at its width (no line cut off).
    for label in content.findChildren(QLabel):
        if label.isVisibleTo(content) and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), \
                (label.objectName(), label.text()[:16], label.size())
    # The buttons wrap inside the pane.
    for button in pane.button_rows.findChildren(QAbstractButton):
        if button.isVisibleTo(pane):
            where = QRect(button.mapTo(pane, button.rect().topLeft()), button.size())
            assert pane.rect().contains(where), (button.text(), where, pane.size())
    # The list shows its urgency, time and title in full view, the title at least 8 ems.
    view = page.views[WAITING]
    header = view.horizontalHeader()
    em = view.fontMetrics().horizontalAdvance("M")
    assert header.sectionSize(InboxModel.TITLE) >= em * 8
    for section in (InboxModel.URGENCY, InboxModel.PLANNED, InboxModel.TITLE):
        assert header.sectionViewportPosition(section) >= 0
        assert header.sectionViewportPosition(section) + header.sectionSize(section) <= \
            view.viewport().width(), (section, header.sectionSize(section))
    # Sensible shares: neither side at less than a third of the splitter.
    list_width, pane_width = page.splitter.sizes()
    assert min(list_width, pane_width) >= sum(page.splitter.sizes()) / 3, \
        page.splitter.sizes()


def test_the_inbox_is_usable_on_a_150_percent_laptop(qtbot, monkeypatch, demo_url, language):
    window, page = open_inbox(qtbot, monkeypatch, demo_url, SMALL)
    assert window.size() == QSize(837, 416)
    assert_inbox_usable(window, page)
    assert_window_fits(window, QSize(837, 416))
    # The post's checklist wraps too: its boxes and words are all inside the pane.
    pane = page.pane
    last = list(pane.content.checks.values())[-1]
    pane.scroll.ensureWidgetVisible(last)
    QApplication.processEvents()
    assert cut_at_the_right(pane) == []
    # Every post of the list, one after the other (hits, a long title, other facts).
    model = page.models[WAITING]
    for row in range(min(model.rowCount(), 12)):
        page.select_post(model.item(row).post_id)
        settle(window)
        assert_inbox_usable(window, page)
    # At the window's least too.
    window.resize(window.minimumSize())
    settle(window)
    assert cut_at_the_right(page.pane) == []


def test_on_a_full_hd_screen_the_inbox_looks_as_before(qtbot, monkeypatch, demo_url,
                                                       language):
    """The facts two by two, the buttons in one row, every column at its own width."""
    window, page = open_inbox(qtbot, monkeypatch, demo_url, FULL_HD)
    window.resize(1904, 1002)
    settle(window)
    assert_inbox_usable(window, page)
    pane, content = page.pane, page.pane.content
    assert content._facts_wide
    planned = content.fact_labels["planned"]
    where = content.fact_labels["where"]
    assert planned.y() == where.y() and planned.x() > where.x()  # side by side
    buttons = [b for b in pane.button_rows.findChildren(QAbstractButton) if b.isVisibleTo(pane)]
    assert len({b.y() for b in buttons}) == 1  # one row
    view = page.views[WAITING]
    header = view.horizontalHeader()
    for section, width in view.natural.items():
        if not view.isColumnHidden(section):
            assert header.sectionSize(section) == width
    assert header.sectionSize(InboxModel.TITLE) > 300
    list_width, pane_width = page.splitter.sizes()
    assert list_width > pane_width > 600  # as the 52 : 44 ems it opened with


def test_a_long_database_path_is_elided_and_widens_nothing(qtbot, monkeypatch, demo_url):
    """A team server's URL or a deep folder set the window's least width: it shows its
    start and its end with "…" between, and says all of it in its tooltip."""
    from models import db as dbmod, users
    from ui.main_window import MainWindow

    dbmod.connect(demo_url)
    short = MainWindow(users.demo_login("wangfang"), "demo")
    qtbot.addWidget(short)
    where = ("sqlite:///C:/Users/wangfang/AppData/Local/MediaDesk/新媒体运营部/2026年度/"
             "共享资料/团队数据库备份/mediadesk-team-database-copy.db")
    window = MainWindow(users.demo_login("wangfang"), where)
    qtbot.addWidget(window)
    window.resize(837, 416)
    with qtbot.waitExposed(window):
        window.show()
    settle(window)
    label = window.database_label
    em = label.fontMetrics().horizontalAdvance("M")
    assert label.minimumSizeHint().width() <= em * 10
    assert window.minimumSizeHint().width() <= short.minimumSizeHint().width()
    assert label.text() == f"Database: {where}" and label.toolTip() == where
    shown = label.shown_text()
    assert shown != label.text() and "…" in shown
    assert shown.startswith("Database: ") and shown.endswith(".db")  # the middle goes
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    # With room for it, the whole of it.
    window.resize(1904, 1002)
    settle(window)
    assert label.shown_text() == label.text()
