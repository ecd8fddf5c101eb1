"""The system ends the app (SIGTERM at log-out, SIGHUP when its terminal closes, Ctrl+C):
it ends as File > Quit does, keeping the window's place and removing the demo's folder."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def start(tmp_path: Path, *arguments: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.Popen([sys.executable, "main.py", "--lang", "en", *arguments], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def log_text(tmp_path: Path) -> str:
    path = tmp_path / "state" / "MediaDesk" / "log" / "mediadesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for_log(tmp_path: Path, process: subprocess.Popen, text: str) -> None:
    deadline = time.monotonic() + 60
    while text not in log_text(tmp_path):
        assert process.poll() is None, process.communicate()[0]
        assert time.monotonic() < deadline, f"no {text!r} in the log:\n{log_text(tmp_path)}"
        time.sleep(0.1)


def demo_folders(tmp_path: Path) -> list[Path]:
    return sorted(tmp_path.glob("mediadesk-demo-*"))


def ended(process: subprocess.Popen) -> tuple[int, str]:
    output, _ = process.communicate(timeout=30)
    return process.returncode, output


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_signal_ends_the_app_as_quit_does(tmp_path, name):
    process = start(tmp_path, "--demo", "--demo-user", "lina")
    wait_for_log(tmp_path, process, "Main window painted")
    assert len(demo_folders(tmp_path)) == 1
    process.send_signal(getattr(signal, name))
    code, output = ended(process)
    assert code == 0, output
    assert "Traceback" not in output
    assert demo_folders(tmp_path) == []  # the default action left the demo's folder behind
    log = log_text(tmp_path)
    assert f"Ending on {name}" in log and log.rstrip().endswith("MediaDesk stopped")
    settings = (tmp_path / "config" / "MediaDesk" / "MediaDesk.conf").read_text(encoding="utf-8")
    assert "geometry=" in settings  # the window opens where it was next time


def test_a_signal_ends_the_app_while_a_dialog_waits(tmp_path):
    process = start(tmp_path, "--demo")  # the demo's picker waits for a choice
    wait_for_log(tmp_path, process, "Database ")
    process.send_signal(signal.SIGTERM)
    code, output = ended(process)
    assert code == 0, output
    assert demo_folders(tmp_path) == []
    assert "Ending on SIGTERM" in log_text(tmp_path)
