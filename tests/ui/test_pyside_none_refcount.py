"""PySide6 6.12.0 on Python 3.11 loses a reference to None in every Qt call that returns
nothing and aborts with "Fatal Python error: none_dealloc" after ~5,000 calls.
The dependencies must never allow that combination, and 100,000 such calls must leave the
process alive with None's reference count intact."""
from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import sys
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
image = QImage(64, 64, QImage.Format.Format_ARGB32)
label = QLabel()
before = sys.getrefcount(None)
painter = QPainter(image)
pen = QPen(QColor("#07C160"))
for i in range(50_000):
    painter.setPen(pen)                      # returns None
    painter.drawLine(QPoint(0, i % 64), QPoint(63, 0))  # returns None
painter.end()
for i in range(25_000):
    label.resize(100 + i % 50, 20)           # returns None
    label.setText("第%d条" % (i % 10))        # returns None
after = sys.getrefcount(None)
print(before, after)
"""


def test_100k_qt_calls_that_return_nothing_keep_the_process_alive():
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                         timeout=300, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr[-2000:]
    before, after = map(int, out.stdout.split())
    assert after >= before, f"None lost {before - after} references"


def test_the_dependencies_never_allow_pyside6_6_12_0_on_python_3_11():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    lines = [line.strip() for line in cfg["options"]["install_requires"].splitlines()]
    reqs = [Requirement(line) for line in lines if line and not line.startswith("#")]
    qt = [r for r in reqs if r.name.lower().startswith("pyside6")]
    assert qt, "PySide6 must be a declared dependency"

    def allowed(python: str, version: str) -> bool:
        env = {"python_version": python, "python_full_version": python + ".0"}
        applicable = [r for r in qt if r.marker is None or r.marker.evaluate(env)]
        return bool(applicable) and all(Version(version) in r.specifier for r in applicable)

    assert not allowed("3.11", "6.12.0")
    assert allowed("3.11", "6.11.3") and allowed("3.11", "6.12.1")
    assert allowed("3.12", "6.12.0") and allowed("3.13", "6.12.0")
