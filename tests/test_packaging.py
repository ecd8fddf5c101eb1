"""`pip install .` gives a working app: code, migrations, translations, icons and the entry point."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_everything_the_app_needs(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                          "-q", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    wheel = next(tmp_path.glob("mediadesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
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
