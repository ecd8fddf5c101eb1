"""The look on top of the platform's style (ui/style.py): labels by role, section titles,
refused fields and the few widgets with a style sheet of their own, checked on the pixels
Qt draws where a person would see the difference."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QCheckBox, QLabel, QLineEdit, QListWidget, QToolButton,
                               QVBoxLayout, QWidget)

import resources
from tests.conftest import contrast
from ui import style
from ui.style import Section, apply_sheet, set_invalid, set_role

ROOT = Path(__file__).resolve().parents[2]
SHEETS = sorted(p.stem for p in resources.path("styles").glob("*.qss"))


def _colours(widget: QWidget) -> dict[tuple[int, int, int], int]:
    """How many pixels of each colour ``widget`` shows."""
    image = widget.grab().toImage()
    counts: dict[tuple[int, int, int], int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            key = (c.red(), c.green(), c.blue())
            counts[key] = counts.get(key, 0) + 1
    return counts


def _ink(widget: QWidget) -> QColor:
    """The colour of the text's strokes: of the pixels unlike the background, the one
    farthest from it (the middle of a stroke, not its anti-aliased edge)."""
    image = widget.grab().toImage()
    back = image.pixelColor(0, 0)
    best, far = back, -1
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            d = abs(c.red() - back.red()) + abs(c.green() - back.green()) + abs(c.blue() - back.blue())
            if d > far:
                best, far = c, d
    return best


def _near(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in
               ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue())))


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", SHEETS)
def test_each_style_sheet_is_used_and_parses(qtbot, name):
    text = style.sheet(name)
    assert text.strip()
    used = [p for p in (ROOT / "ui").glob("*.py") if f'"{name}"' in p.read_text("utf-8")]
    used += [p for p in (ROOT / "views").glob("*.py") if f'"{name}"' in p.read_text("utf-8")]
    assert used, f"resources/styles/{name}.qss is not applied anywhere"
    # Every type a sheet names, given the sheet: Qt warns about a sheet it cannot parse,
    # and a warning fails the test (qt_log_level_fail).
    kinds = {"QLabel": QLabel, "QListWidget": QListWidget, "QLineEdit": QLineEdit,
             "QToolButton": QToolButton}
    named = set(re.findall(r"\bQ[A-Za-z]+", text))
    for kind in named & kinds.keys():
        widget = kinds[kind]()
        apply_sheet(widget, name)
        _shown(qtbot, widget)


def test_the_application_itself_has_no_style_sheet(qtbot, qapp):
    # (ui/style.py: an application sheet would make every widget's style dearer.)
    from ui import app as gui

    with gui.application("en"):
        assert qapp.styleSheet() == ""


def test_a_heading_is_larger_and_semi_bold_and_plain_again_when_its_role_is_cleared(qtbot, qapp):
    parent = _shown(qtbot, QWidget())
    layout = QVBoxLayout(parent)
    heading, plain = QLabel("审核中心 Inbox"), QLabel("审核中心 Inbox")
    layout.addWidget(heading)
    layout.addWidget(plain)
    set_role(heading, "heading")
    qtbot.wait(1)
    assert heading.property("role") == "heading"
    assert heading.font().pointSizeF() == style.HEADING_POINTS > plain.font().pointSizeF()
    assert heading.font().weight() == QFont.Weight.DemiBold
    assert heading.font().families() == plain.font().families()  # the app's, CJK fallbacks too
    assert heading.sizeHint().height() > plain.sizeHint().height() + 4
    set_role(heading, "")
    assert heading.font() == plain.font()
    assert heading.sizeHint() == plain.sizeHint()


@pytest.mark.parametrize("role", ["error", "success"])
def test_errors_and_successes_are_written_in_their_colours_readable_in_either_theme(
        qtbot, theme, role):
    label = QLabel("██ 已保存")
    set_role(label, role)
    _shown(qtbot, label)
    light, dark = {"error": (style.ERROR_COLOUR, style.ERROR_COLOUR_DARK),
                   "success": (style.SUCCESS_COLOUR, style.SUCCESS_COLOUR_DARK)}[role]
    ink = _ink(label)
    assert _near(ink, QColor(dark if theme == "dark" else light))
    assert contrast(QColor(dark if theme == "dark" else light),
                    label.palette().color(QPalette.ColorRole.Window)) >= 4.5
    set_role(label, "")  # back to the text colour
    assert _near(_ink(label), label.palette().color(QPalette.ColorRole.WindowText))


def test_a_note_is_quieter_than_the_text_and_follows_a_dark_theme(qtbot):
    parent = QWidget()
    layout = QVBoxLayout(parent)
    note, plain = QLabel("██ 提示"), QLabel("██ 提示")
    layout.addWidget(note)
    layout.addWidget(plain)
    set_role(note, "note")
    _shown(qtbot, parent)
    back = parent.palette().color(QPalette.ColorRole.Window)

    def contrast(c: QColor) -> int:
        return abs(c.lightness() - back.lightness())

    assert 40 < contrast(_ink(note)) < contrast(_ink(plain)) - 40  # readable, but quieter
    dark = QPalette(QColor("#202124"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    parent.setPalette(dark)
    qtbot.wait(1)
    assert _near(_ink(note), QColor("#9aa0a6"))  # the theme's colour, not a fixed grey


def test_a_section_has_a_semi_bold_title_over_contents_in_the_normal_weight(qtbot):
    box = Section("数据库 Database")
    layout = QVBoxLayout(box)
    put_in = QLabel("放入的 put in")
    layout.addWidget(put_in)
    made_inside = QCheckBox("在内部创建 made inside", box)
    layout.addWidget(made_inside)
    heading = QLabel("小标题")
    set_role(heading, "heading")
    layout.addWidget(heading)
    code = QLabel("SELECT 1")
    layout.addWidget(code)
    code.setFont(QFont("DejaVu Sans Mono"))  # its own font, given after it was put in
    _shown(qtbot, box)
    later = QLabel("后来的 later")
    layout.addWidget(later)
    note = QLabel("提示 note")
    layout.addWidget(note)
    set_role(note, "error")
    set_role(note, "")
    qtbot.wait(1)
    assert box.font().weight() == QFont.Weight.DemiBold
    for child in (put_in, made_inside, later, note, code):
        assert child.font().weight() == QFont.Weight.Normal, child.text()
    assert code.font().family() == "DejaVu Sans Mono"
    assert heading.font().weight() == QFont.Weight.DemiBold
    assert heading.font().pointSizeF() == style.HEADING_POINTS
    # The title is drawn in the semi-bold font: wider than the same words in the normal one.
    plain = QWidget()
    plain_box = QVBoxLayout(plain)
    from PySide6.QtWidgets import QGroupBox

    ordinary = QGroupBox("数据库 Database")
    plain_box.addWidget(ordinary)
    _shown(qtbot, plain)
    assert box.minimumSizeHint().width() > ordinary.minimumSizeHint().width()


@pytest.mark.parametrize("kind", [QLineEdit, QListWidget])
def test_a_refused_field_has_a_red_frame_until_it_is_cleared(qtbot, kind):
    field = _shown(qtbot, kind())
    field.resize(200, 60)
    red = (0xD9, 0x2D, 0x20)
    assert _colours(field).get(red, 0) == 0
    set_invalid(field, True)
    qtbot.wait(1)
    assert field.property("invalid") is True
    assert _colours(field).get(red, 0) >= 2 * 150  # top and bottom at least
    set_invalid(field, False)
    qtbot.wait(1)
    assert field.property("invalid") is False
    assert _colours(field).get(red, 0) == 0


def test_a_missing_style_sheet_is_logged_and_the_widget_keeps_the_platform_look(
        qtbot, monkeypatch, tmp_path, caplog):
    import resources

    monkeypatch.setattr(resources, "ROOT", tmp_path)  # an installation without its sheets
    style.sheet.cache_clear()
    try:
        button = QToolButton()
        qtbot.addWidget(button)
        with caplog.at_level("WARNING", logger="ui.style"):
            apply_sheet(button, "step_button")
            apply_sheet(button, "step_button")
        assert button.styleSheet() == ""
        assert [r.getMessage() for r in caplog.records] == [
            f"The style sheet {tmp_path / 'styles' / 'step_button.qss'} cannot be read"]
    finally:
        style.sheet.cache_clear()
