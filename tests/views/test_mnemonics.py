"""Access keys (the underlined letter: Alt+letter on a form, the letter in an open menu):
no two things on one screen, dialog or menu share a letter, in English or in Chinese, where
the translation carries its own "(&X)".  A shared letter only cycles the focus between the
two, so Alt+R in the return dialog never pressed "Return to the writer"."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow,
                               QMenu, QTabWidget, QWidget)

from models import reviews
from tests.views.test_inbox_screen import open_inbox
from tests.fitting import language  # noqa: F401 - the fixture (en and zh_CN)

ACCESS_KEY = re.compile(r"&(\w)")


def access_key(text: str) -> str | None:
    found = ACCESS_KEY.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _shared(texts: list[str]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for text in texts:
        key = access_key(text)
        if key:
            keys.setdefault(key, []).append(text)
    return {k: v for k, v in keys.items() if len(v) > 1}


def window_clashes(root: QWidget) -> dict[str, list[str]]:
    """Letters shared by what Alt+letter reaches in ``root``: its visible labels, buttons,
    group boxes and tabs, and a main window's menu titles."""
    texts = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, (QAbstractButton, QLabel)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
    if isinstance(root, QMainWindow) and root.menuWidget() is not None:
        texts += [a.text() for a in root.menuBar().actions() if a.isVisible()]
    return _shared(texts)


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    return _shared([a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()])


def all_menu_clashes(root: QWidget) -> dict[str, dict[str, list[str]]]:
    return {m.title() or m.objectName(): c for m in root.findChildren(QMenu)
            if (c := menu_clashes(m))}


def settle(widget):
    widget.show()
    QApplication.processEvents()
    return widget


def test_the_main_window_and_its_screens_share_no_access_key(qtbot, team, language, in_review):
    from ui.main_window import MainWindow

    window = MainWindow(team.manager, "sqlite:///test.db")
    qtbot.addWidget(window)
    settle(window)
    found = {}
    for key in window.screen_keys():
        screen = window.show_screen(key)
        QApplication.processEvents()
        if key == "team":
            for i in range(screen.tabs.count()):
                screen.tabs.setCurrentIndex(i)
                QApplication.processEvents()
                found[f"team tab {i}"] = window_clashes(window)
        else:
            found[key] = window_clashes(window)
        found[f"{key} menus"] = all_menu_clashes(window)
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_no_dialog_shares_an_access_key(qtbot, team, language, in_review):
    from ui.login import ChangePasswordDialog, LoginDialog
    from ui.settings_dialog import SettingsDialog
    from ui.setup_dialog import SetupDialog
    from views.event_dialogs import EventsDialog
    from views.post_editor import LimitsDialog, MoveToDialog, PostEditor
    from views.team import TeamScreen

    dialogs = {
        "new post": PostEditor(team.lina, None),
        "post in review": PostEditor(team.manager, in_review),
        "move to": MoveToDialog(in_review),
        "events": EventsDialog(team.manager),
        "length limits": LimitsDialog(team.manager),
        "log-in": LoginDialog("sqlite:///test.db"),
        "change password": ChangePasswordDialog(team.lina),
        "settings": SettingsDialog(),
        "set-up": SetupDialog("sqlite:///test.db"),
    }
    inbox = open_inbox(qtbot, team.manager)
    assert inbox.select_post(in_review.id)
    qtbot.waitUntil(lambda: inbox.pane.post is not None)
    own = {"review rules": inbox.open_rules(), "return": inbox.pane.open_return()}
    team_screen = TeamScreen(team.manager)
    qtbot.addWidget(team_screen)
    settle(team_screen)
    dialogs["new person"] = team_screen.add_person()
    team_screen.people_view.selectRow(0)
    dialogs["edit person"] = team_screen.edit_person()
    dialogs["reset password"] = team_screen.reset_password()
    dialogs["new platform"] = team_screen.add_platform()
    found = {}
    for name, dialog in [*dialogs.items(), *own.items()]:
        assert dialog is not None, name
        if name in dialogs:
            qtbot.addWidget(dialog)
        settle(dialog)
        found[name] = window_clashes(dialog)
        dialog.reject()  # the inbox's own dialogs delete themselves when they close
    assert not any(found.values()), {k: v for k, v in found.items() if v}


def test_a_published_form_shares_no_access_key(qtbot, team, language, in_review):
    """The "mark as published" form, on an approved post."""
    from models.workflow import CHECKLIST

    approved = reviews.approve(team.manager, in_review.id, in_review.version,
                               [item.value for item in CHECKLIST])
    inbox = open_inbox(qtbot, team.lina)
    inbox.show_list("mine")
    assert inbox.select_post(approved.id)
    qtbot.waitUntil(lambda: inbox.pane.post is not None)
    dialog = inbox.pane.open_publish()
    assert dialog is not None
    settle(dialog)
    assert not window_clashes(dialog)
    dialog.reject()
