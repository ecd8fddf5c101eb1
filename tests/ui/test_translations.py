"""The team works in Chinese: the Simplified Chinese translation must be complete and shipped."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "mediadesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
TS_EN = ROOT / "resources" / "i18n" / "mediadesk_en.ts"  # English: the plural forms only
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def sources() -> list[str]:
    files = [ROOT / "main.py"]
    for package in ("models", "ui", "views"):
        files += sorted(p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts)
    return [str(p.relative_to(ROOT)) for p in files]


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            text = ("".join(f.text or "" for f in translation.iter("numerusform")) if numerus
                    else (translation.text or "")) if translation is not None else ""
            if kind == "unfinished" or not text.strip():
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_string_in_the_code_has_a_finished_chinese_translation(tmp_path):
    """lupdate over the code, into a copy: nothing new, nothing unfinished."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    out = subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(copy)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    missing = unfinished(copy)
    assert not missing, f"{len(missing)} strings lack a Chinese translation " \
                        f"(run `make translations` and translate them):\n" + "\n".join(missing[:40])


def test_every_plural_in_the_code_has_its_english_forms(tmp_path):
    """English plurals come from a catalogue of plural forms (lupdate -pluralonly): none
    unfinished, and every text written with "(s)" is a plural lupdate sees (a plural in
    ``translate()`` with a variable count is not one: it would read "1 post(s)")."""
    copy = tmp_path / TS_EN.name
    shutil.copy(TS_EN, copy)
    out = subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-pluralonly",
                          "-no-obsolete", "-ts", str(copy)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    missing = unfinished(copy)
    assert not missing, "English plural forms missing (run `make translations`):\n" + \
        "\n".join(missing)
    plurals = {m.findtext("source") for m in ET.parse(copy).getroot().iter("message")}
    written = set()
    for source in sources():
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"), source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and "(s)" in node.value and "%n" in node.value:
                written.add(node.value)
    assert written and written <= plurals, sorted(written - plurals)


def test_english_counts_read_as_english(qapp):
    """"1 post waits for you", "2 posts wait for you": not "1 post(s) wait for you"."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    assert i18n.install("en")
    try:
        def tr(context, text, n):
            return QCoreApplication.translate(context, text, "", n)

        assert tr("InboxScreen", "%n post(s) wait for you.", 1) == "1 post waits for you."
        assert tr("InboxScreen", "%n post(s) wait for you.", 2) == "2 posts wait for you."
        assert tr("ReviewRulesDialog", "%n word(s)", 1) == "1 word"
        assert tr("ReviewRulesDialog", "%n word(s)", 37) == "37 words"
    finally:
        i18n.uninstall()


def test_every_translated_text_is_visible_to_lupdate():
    """lupdate reads only literals: a ``translate(CONTEXT, "text")`` with its context in a
    variable, or a ``tr(variable)``, leaves its text out of the .ts, and the Chinese
    screen shows it in English (the post editor's review notes did)."""
    def literal(node):
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    hidden = []
    for source in sources():
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"), source)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("translate", "_translate") and len(node.args) >= 2 \
                    and literal(node.args[1]) and not literal(node.args[0]):
                hidden.append(f"{source}:{node.lineno}: {node.args[1].value[:60]}")
            elif name == "tr" and node.args and not literal(node.args[0]):
                hidden.append(f"{source}:{node.lineno}: tr({ast.unparse(node.args[0])})")
    assert not hidden, "\n".join(hidden)


def test_no_text_is_filed_without_its_context(tmp_path):
    """A ``tr("text")`` that is not a method of a Qt class (a local ``def tr`` in a
    function) is filed by lupdate under no context, and Qt, which looks for it under the
    one the code names, never finds it: the conflict message of the events and team forms
    showed in English on the Chinese screen, its Chinese in the .ts all the same."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    out = subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(copy)],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    nameless = [m.findtext("source") for ctx in ET.parse(copy).getroot().iter("context")
                if not (ctx.findtext("name") or "").strip() for m in ctx.iter("message")]
    assert not nameless, "\n".join(nameless)


def test_lupdate_found_every_literal_text():
    """A literal ``translate("Context", "text")`` lupdate did not collect (it missed one
    broken over three lines) stays English on the Chinese screen."""
    def literal(node):
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    known = {(ctx.findtext("name"), m.findtext("source"))
             for ctx in ET.parse(TS).getroot().iter("context") for m in ctx.iter("message")}
    missing = []
    for source in sources():
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"), source)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 \
                    and literal(node.args[0]) and literal(node.args[1]) \
                    and (node.args[0].value, node.args[1].value) not in known:
                missing.append(f"{source}:{node.lineno}: {node.args[1].value[:60]}")
    assert not missing, "\n".join(missing)


def test_translations_keep_their_placeholders():
    tree = ET.parse(TS)
    wrong = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        # itertext: a plural entry keeps its text in <numerusform> elements
        translation = "".join(message.find("translation").itertext())
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            wrong.append(source)
    assert not wrong, wrong


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path, ts):
    fresh = tmp_path / "fresh.qm"
    out = subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(fresh)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), \
        "run `make translations` to rebuild the .qm"


def test_chinese_text_appears_when_chinese_is_chosen(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from models import i18n
    from models.errors import AuthenticationFailed

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    try:
        text = str(AuthenticationFailed())
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.set_translator(None)
    assert text != "The user name or password is wrong."
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text)
