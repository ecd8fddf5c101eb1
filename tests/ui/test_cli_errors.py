"""Mistakes on the command line are told in the user's language, with exit code 2."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_main(*arguments: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


@pytest.mark.parametrize("arguments, chinese", [
    (["--bogus"], "无法识别的参数：--bogus"),
    (["--lang", "zh_CN", "check-cadence", "--from", "2026-12-01"], "缺少必需的参数：--to"),
    (["--lang", "zh_CN", "--lang", "fr"], "无效的选项"),
    (["inbox", "--user"], "需要一个值"),
])
def test_a_mistake_is_told_in_chinese(arguments, chinese):
    if "--lang" not in arguments:
        arguments = [*arguments, "--lang", "zh_CN"]
    out = run_main(*arguments)
    assert out.returncode == 2
    assert chinese in out.stderr, out.stderr
    assert "用法：mediadesk" in out.stderr
    assert "error:" not in out.stderr and "错误：" in out.stderr


def test_a_mistake_in_english_stays_as_argparse_says_it():
    out = run_main("--bogus", "--lang", "en")
    assert out.returncode == 2
    assert "mediadesk: error: unrecognized arguments: --bogus" in out.stderr


def test_demo_and_db_together_are_refused(tmp_path):
    """--demo makes its own database: with --db it was ignored, and the set-up of a new
    real database opened."""
    path = tmp_path / "team.db"
    out = run_main("--demo", "--db", f"sqlite:///{path}", "--lang", "zh_CN")
    assert out.returncode == 2
    assert "--demo" in out.stderr and "--db" in out.stderr and "临时数据库" in out.stderr
    assert not path.exists()
