"""Every field of the forms built on ``FormDialog.add_field`` has a name a screen reader reads
(its label's text, without the access key and the colon), in English and in Chinese.  The
field sits in a box beside its error line while the label is the dialog's child, so Qt's
own lookup of a buddy label found nothing and the reader said only "edit"."""
from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox,
                               QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

from models import platforms
from tests.fitting import language  # noqa: F401 - the fixture (en and zh_CN)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


def spoken_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def inputs(dialog: QWidget) -> list[QWidget]:
    """The fields a person types in or chooses from (not the buttons with their own text,
    nor the line edit inside a spin box or a combo box)."""
    found = []
    for w in dialog.findChildren(QWidget):
        if not isinstance(w, INPUTS) or not w.isVisibleTo(dialog):
            continue
        if isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        if isinstance(w, QAbstractButton) and w.text():
            continue
        found.append(w)
    return found


def dialogs(team, post):
    from views.event_dialogs import EventDialog
    from views.review_dialogs import PublishDialog, ReturnDialog
    from views.review_rules import ReviewRulesDialog
    from views.team_dialogs import ColumnDialog, PersonDialog, PlatformDialog, ResetPasswordDialog

    platform = platforms.list_platforms()[0]
    column = platforms.create_column(team.manager, platform.id, "每周精选", "周五")
    return {
        "new person": PersonDialog(None, ["新媒体运营部"]),
        "edit person": PersonDialog(team.lina),
        "reset password": ResetPasswordDialog(team.lina),
        "new platform": PlatformDialog(None),
        "edit platform": PlatformDialog(platform),
        "new column": ColumnDialog(platform),
        "edit column": ColumnDialog(platform, column),
        "event": EventDialog(None),
        "review rules": ReviewRulesDialog(team.manager),
        "return": ReturnDialog(post),
        "publish": PublishDialog(post),
    }


def test_every_form_field_has_a_spoken_name(qtbot, team, in_review, language):
    unnamed, counted = {}, {}
    for title, dialog in dialogs(team, in_review).items():
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        fields = inputs(dialog)
        counted[title] = len(fields)
        missing = [f"{type(w).__name__}#{w.objectName()}" for w in fields
                   if not spoken_name(w).strip()]
        if missing:
            unnamed[title] = missing
    assert not unnamed, unnamed
    assert all(counted.values()), counted  # the sweep found the fields it checks


def test_a_field_is_named_by_its_label_without_access_key_and_colon(qtbot, team, language):
    from views.team_dialogs import PersonDialog, PlatformDialog

    person = PersonDialog(None)
    qtbot.addWidget(person)
    for field, widget in [("display_name", person.name_edit), ("login", person.login_edit),
                          ("department", person.department_edit),
                          ("password", person.password_edit),
                          ("repeat_password", person.repeat_edit)]:
        name = spoken_name(widget)
        assert name and name == person.field_label(field), (person._labels[field].text(), name)
        assert "&" not in name and not name.endswith((":", "：")), name
    # The roles: the group is named, each check box keeps saying its own role.
    assert spoken_name(person.roles_box) == person.field_label("roles")
    assert all(spoken_name(c) == c.text() for c in person.role_checks.values())
    platform = PlatformDialog(None)
    qtbot.addWidget(platform)
    assert spoken_name(platform.colour_edit) == platform.field_label("colour")
    if language == "zh_CN":
        assert spoken_name(person.name_edit) == "姓名", person._labels["display_name"].text()
    else:
        assert spoken_name(person.name_edit) == "Name"
