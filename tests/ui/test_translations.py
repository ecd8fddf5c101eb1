"""The team works in Chinese: the Simplified Chinese translation must be complete and shipped."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "mediadesk_zh_CN.ts"
QM = TS.with_suffix(".qm")
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


def test_the_shipped_qm_is_compiled_from_the_current_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    out = subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(fresh)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert QM.read_bytes() == fresh.read_bytes(), "run `make translations` to rebuild the .qm"


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
