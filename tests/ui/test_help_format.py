"""The command line's help in Chinese fits the terminal and breaks where Chinese breaks."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.help_format import columns, wrap

ROOT = Path(__file__).resolve().parents[2]


def test_chinese_text_is_wrapped_by_the_columns_it_takes():
    text = "要使用的数据库：本机文件用 sqlite:///PATH/TO/FILE.db，团队服务器用 " \
           "postgresql://USER@HOST:PORT/DATABASE。默认使用设置中选择的数据库。"
    lines = wrap(text, 40)
    assert all(columns(line) <= 40 for line in lines), lines
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    joined = "\n".join(lines)
    assert "postgresql://USER@HOST:PORT/DATABASE。" in joined  # never broken inside
    assert "sqlite:///PATH/TO/FILE.db，" in joined
    assert not any(line[0] in "，。、：）" for line in lines)


def test_english_text_is_wrapped_at_spaces():
    lines = wrap("Show this help and exit, then go on with the rest of the day.", 20)
    assert lines == ["Show this help and", "exit, then go on", "with the rest of the",
                     "day."]


def test_opening_punctuation_stays_with_what_follows():
    lines = wrap("一二三四五六（七八）", 14)  # "（" would fit on the first line
    assert lines == ["一二三四五六", "（七八）"]


@pytest.mark.parametrize("command", [[], ["import-posts"], ["check-cadence"]])
def test_the_chinese_help_fits_an_80_column_terminal(command):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLUMNS": "80"}
    out = subprocess.run([sys.executable, "main.py", "--lang", "zh_CN", *command, "--help"],
                         cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8",
                         timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    too_long = [line for line in lines if columns(line) > 80]
    assert not too_long
    assert not [line for line in lines if line.strip()[:1] in set("，。、：）")]
    assert "选项：" in lines  # a Chinese heading ends with a full-width colon
    if not command:
        assert "命令（不打开窗口运行）：" in lines  # also after full-width punctuation
    if command == ["import-posts"]:
        text = out.stdout
        assert "postgresql://USER@HOST:PORT/DATABASE" in text
        assert "platform,column,title,writer,category,planned_at,concerns_project,event" in text
        usage = lines[:2]
        assert columns(usage[1]) - columns(usage[1].lstrip()) == columns(
            "用法：mediadesk import-posts ")  # the second line lines up under the first


def test_the_usage_above_a_mistake_lines_up_in_chinese_too():
    """The usage printed with an error counted "用法：" as 3 columns: its wrapped lines
    stood 3 columns left of the first line's arguments."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COLUMNS": "80"}
    out = subprocess.run([sys.executable, "main.py", "--lang", "zh_CN", "bogus"], cwd=ROOT,
                         env=env, capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert out.returncode == 2
    usage = out.stderr.splitlines()[:2]
    assert usage[0].startswith("用法：mediadesk [")
    assert columns(usage[1]) - columns(usage[1].lstrip()) == columns("用法：mediadesk ")
