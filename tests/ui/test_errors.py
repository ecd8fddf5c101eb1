"""An unexpected exception: logged, apologised for, details copyable, and the app keeps running."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton

from tests.ui.conftest import show_and_activate
from ui import app as gui, errors


@pytest.fixture
def hooks(monkeypatch):
    """The app's error hooks and log file, removed again after the test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = gui.setup_logging()
    handler = errors.install()
    yield handler, path
    errors.uninstall()
    gui.shutdown_logging()


def flush_log():
    for handler in logging.getLogger().handlers:
        handler.flush()


def broken_button(qtbot, marker: str) -> QPushButton:
    button = QPushButton("Do it")

    def fail():
        secret_local = "hunter2-local-value"  # noqa: F841 - must not reach the details
        raise ValueError(marker)

    button.clicked.connect(fail)
    return show_and_activate(qtbot, button)


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_opens_the_error_dialog(qtbot, hooks):
    _, log_path = hooks
    button = broken_button(qtbot, "marker-1234 went wrong")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    dialog = errors.current_dialog()
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Unexpected error"
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.copied_label)))
    assert "Sorry" in texts
    assert "marker-1234" not in texts and "Traceback" not in texts  # no stack trace on screen
    assert str(log_path) in texts

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "Traceback (most recent call last)" in copied
    assert "ValueError: marker-1234 went wrong" in copied
    assert "MediaDesk 0.1.0" in copied
    assert "hunter2-local-value" not in copied  # no local variables
    assert dialog.copied_label.text() == "The details are on the clipboard."

    flush_log()
    logged = log_path.read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "ValueError: marker-1234 went wrong" in logged

    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: errors.current_dialog() is None)

    # The app is still running: the same button fails again and is reported again,
    # and other widgets still take input.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    again = errors.current_dialog()
    assert again is not None and again is not dialog
    again.close()
    edit = show_and_activate(qtbot, QLineEdit())
    qtbot.keyClicks(edit, "still alive")
    assert edit.text() == "still alive"


def test_enter_closes_the_error_dialog_and_copies_only_from_its_button(qtbot):
    """Enter on a focused Copy details copies; the dialog opens with the keyboard on Close,
    so that Enter at once closes it, as before Copy details took Enter when it had it."""
    from PySide6.QtWidgets import QApplication

    dialog = errors.ErrorDialog("Traceback: details")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert QApplication.focusWidget() is dialog.close_button
    dialog.copy_button.setFocus()
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Return)
    assert dialog.isVisible() and QGuiApplication.clipboard().text() == "Traceback: details"
    dialog.close_button.setFocus()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    assert not dialog.isVisible()


@pytest.mark.qt_no_exception_capture
def test_a_second_error_while_the_dialog_is_open_opens_no_second_dialog(qtbot, hooks):
    button = broken_button(qtbot, "first-error")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = errors.current_dialog()

    try:
        raise KeyError("second-error")
    except KeyError:
        sys.excepthook(*sys.exc_info())

    assert errors.current_dialog() is dialog
    open_dialogs = [w for w in QGuiApplication.topLevelWindows() if w.isVisible()
                    and w.title() == "Unexpected error"]
    assert len(open_dialogs) == 1
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert "first-error" in copied and "second-error" in copied
    dialog.close()


def test_an_exception_in_another_thread_reaches_the_dialog(qtbot, hooks):
    _, log_path = hooks

    def work():
        raise RuntimeError("worker-marker-77")

    thread = threading.Thread(target=work, name="import-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: errors.current_dialog() is not None)
    dialog = errors.current_dialog()
    assert "worker-marker-77" in dialog.details
    flush_log()
    logged = log_path.read_text(encoding="utf-8")
    assert "in thread import-worker" in logged and "worker-marker-77" in logged
    dialog.close()


@pytest.mark.qt_no_exception_capture
def test_a_refusal_no_screen_showed_is_a_plain_warning_not_a_crash(qtbot, hooks, tmp_path):
    """A service's refusal (here the real one for a database file another program keeps
    locked) that escaped a screen opened "Sorry, something went wrong" with its message
    hidden in the copied details; it is a message for the person and is shown as one."""
    import sqlite3

    from models import db as dbmod, platforms, users
    from models.platforms import PlatformKind

    _, log_path = hooks
    path = tmp_path / "mediadesk.db"
    dbmod.connect("sqlite:///" + str(path))
    try:
        manager = users.setup_team("wangfang", "王芳", "manager-pass-1",
                                   platforms.default_specs())
        dbmod.database.execute_sql("PRAGMA busy_timeout = 100")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        button = QPushButton("Add")
        button.clicked.connect(lambda: platforms.create_platform(
            manager, "B站", PlatformKind.OTHER, "#336699"))
        show_and_activate(qtbot, button)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # again: still one box
        qtbot.waitUntil(lambda: errors.current_refusal() is not None)
        box = errors.current_refusal()
        assert errors.current_dialog() is None  # no "unexpected error"
        assert box.text() == (
            f"The database file {path} is in use by another program (another MediaDesk, an "
            "import or a backup), which kept it locked. Nothing was saved. Try again in a "
            "moment.")
        flush_log()
        assert "Refused where no screen showed it" in log_path.read_text(encoding="utf-8")
        box.accept()
        qtbot.waitUntil(lambda: errors.current_refusal() is None)
        other.execute("ROLLBACK")
        other.close()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the lock is gone: it is saved
        assert "B站" in [p.name for p in platforms.list_platforms()]
        assert errors.current_refusal() is None and errors.current_dialog() is None
    finally:
        dbmod.close()


@pytest.mark.qt_no_exception_capture
def test_one_refusal_after_another_keeps_one_box_of_the_latest(qtbot, hooks):
    """Each new refusal was added to the open box, which could grow past the screen."""
    from models.errors import ValidationError

    messages = [f"Refusal number {n}." for n in range(5)]
    button = QPushButton("Do it")
    button.clicked.connect(lambda: (_ for _ in ()).throw(ValidationError(messages.pop(0))))
    show_and_activate(qtbot, button)
    for _ in range(5):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: errors.current_refusal() is not None
                    and "number 4" in errors.current_refusal().text())
    assert errors.current_refusal().text() == (
        "Refusal number 2.\n\nRefusal number 3.\n\nRefusal number 4.")
    errors.current_refusal().accept()


def test_the_handler_never_raises_even_when_formatting_fails(qtbot, hooks, monkeypatch):
    handler, _ = hooks
    calls = []
    monkeypatch.setattr(errors, "format_details", lambda *a: 1 / 0)
    monkeypatch.setattr(sys, "__excepthook__", lambda *a: calls.append(a[0]))
    try:
        raise ValueError("unformattable")
    except ValueError:
        handler.excepthook(*sys.exc_info())  # must not raise
    assert calls == [ValueError]
    assert errors.current_dialog() is None


def test_the_log_is_kept_in_the_user_log_folder_at_about_a_megabyte(hooks):
    from logging.handlers import RotatingFileHandler

    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, RotatingFileHandler))
    assert handler.maxBytes == 1_000_000 and handler.backupCount == 5
    assert handler.baseFilename == str(errors.log_file())
    assert "MediaDesk" in handler.baseFilename


def test_the_app_starts_with_a_plain_log_file_and_rotates_it_after_the_first_paint():
    """Start-up does not wait for ``logging.handlers``; nothing logged meanwhile is lost."""
    from logging.handlers import RotatingFileHandler

    path = gui.setup_logging(rotating=False)
    try:
        plain = [h for h in logging.getLogger().handlers if type(h) is logging.FileHandler]
        assert [h.baseFilename for h in plain] == [str(path)]
        logging.getLogger("test.start").warning("before the first paint")
        gui.rotate_log()
        logging.getLogger("test.start").warning("after the first paint")
        flush_log()
        rotating = [h for h in logging.getLogger().handlers
                    if isinstance(h, RotatingFileHandler)]
        assert [h.baseFilename for h in rotating] == [str(path)]
        assert not [h for h in logging.getLogger().handlers if type(h) is logging.FileHandler]
        text = path.read_text(encoding="utf-8")
        assert "before the first paint" in text and "after the first paint" in text
    finally:
        gui.shutdown_logging()


def test_the_log_starts_afresh_when_full_and_keeps_five_old_files(tmp_path):
    from ui.app import RotatingLogFile

    path = tmp_path / "mediadesk.log"
    handler = RotatingLogFile(path, max_bytes=300, backups=5)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for i in range(100):
            logger.warning("line %03d %s", i, "x" * 40)
    finally:
        logger.removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["mediadesk.log"] + [f"mediadesk.log.{i}" for i in range(1, 6)]
    assert all(p.stat().st_size <= 300 for p in tmp_path.iterdir())
    assert path.read_text(encoding="utf-8").splitlines()[-1].startswith("line 099")
    newest_old = (tmp_path / "mediadesk.log.1").read_text(encoding="utf-8").splitlines()
    oldest_kept = (tmp_path / "mediadesk.log.5").read_text(encoding="utf-8").splitlines()
    assert newest_old[-1] < path.read_text(encoding="utf-8").splitlines()[0]
    assert oldest_kept[-1] < newest_old[0]
