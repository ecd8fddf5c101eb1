"""`pip install .` gives a working app: code, migrations, translations, icons and the entry point."""
from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_everything_the_app_needs(tmp_path):
    # Built from a copy: setuptools keeps a build/ folder beside the sources and ships
    # whatever a former build left in it (removed modules, bytecode).
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "bench-results", "*.egg-info", "__pycache__", "*.db*"))
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "-q", "-w", str(tmp_path), str(source)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    wheel = next(tmp_path.glob("mediadesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    for needed in ("main.py", "models/db.py", "ui/main_window.py", "views/team.py",
                   "models/migrations/0001_foundation.py", "models/migrations/0002_user_last_login.py",
                   "resources/i18n/mediadesk_zh_CN.qm", "resources/styles/navigation.qss",
                   "resources/styles/invalid.qss",
                   "resources/icons/team.svg"):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)
    meta = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    entry_points = zipfile.ZipFile(wheel).read(meta).decode()
    assert "[gui_scripts]" in entry_points and "mediadesk = main:main" in entry_points
