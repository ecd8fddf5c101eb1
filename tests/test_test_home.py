"""The suite keeps the tester's machine clean: its private home folder goes when the run ends."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_private_home_folder_is_removed_when_the_run_ends(tmp_path):
    # Each run (and each xdist worker) makes a folder for QSettings, data and logs; a
    # developer's /tmp had gathered 1,233 of them before they were removed at exit.
    code = ("import os, sys; sys.path.insert(0, sys.argv[1]); import tests.conftest as c; "
            "open(os.path.join(c._HOME, 'left.txt'), 'w').write('x'); print(c._HOME)")
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True,
                         text=True, env=env, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    home = Path(out.stdout.strip())
    assert home.parent == tmp_path
    assert not home.exists()
    assert list(tmp_path.iterdir()) == []
