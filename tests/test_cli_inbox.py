"""The approval inbox on the command line (issue 4): ``main.py inbox [--user LOGIN]`` lists what
waits for whom, one post a line, in the user's language; exit 1 if anything waits."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.test_cli_calendar import run_main


def build_team(url: str) -> dict:
    """王芳 (operations manager), 赵刚 (general manager), 李娜 (content specialist), and:
    a post in review planned in 5 hours (urgent), an approved company-project post, a
    returned post, and a draft."""
    from models import db as dbmod, posts, reviews, users
    from models.platforms import PlatformKind, PlatformSpec, list_platforms
    from models.posts import PostFields
    from models.roles import Role
    from models.workflow import CHECKLIST

    everything = [c.value for c in CHECKLIST]
    dbmod.connect(url)
    try:
        manager = users.setup_team("wangfang", "王芳", "manager-pass-1", [
            PlatformSpec("微信公众号", PlatformKind.WECHAT_OA, "#07C160")])
        users.create_user(manager, "zhaogang", "赵刚", "总经办", [Role.GENERAL_MANAGER],
                          "password-1")
        lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                                 [Role.CONTENT_SPECIALIST], "password-1")
        users.create_user(manager, "liuyang", "刘洋", "新媒体运营部", [Role.CUSTOMER_SERVICE],
                          "password-1")
        wechat = list_platforms()[0].id
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
        later = (now + dt.timedelta(days=3)).replace(hour=2, minute=0)
        soon = now + dt.timedelta(hours=5)

        def post(title, when=later, **kw):
            return posts.create_post(lina, PostFields(platform_id=wechat, title=title,
                                                      source="原创", planned_at=when, **kw))

        urgent = post("今晚推送", soon)
        reviews.submit(lina, urgent.id, urgent.version)
        project = post("项目签约", concerns_project=True)
        project = reviews.submit(lina, project.id, project.version)
        reviews.approve(manager, project.id, project.version, everything)
        back = post("退回的稿件")
        back = reviews.submit(lina, back.id, back.version)
        reviews.return_post(manager, back.id, back.version, "请注明来源")
        post("草稿")
        return {"soon": soon, "later": later}
    finally:
        dbmod.close()


@pytest.fixture
def team_db(tmp_path):
    url = f"sqlite:///{tmp_path / 'team.db'}"
    times = build_team(url)
    return url, times


def local(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")  # the tests run main.py with TZ=UTC


def test_everyones_waiting_posts_one_a_line_person_by_person(team_db):
    url, times = team_db
    out = run_main("inbox", "--db", url)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == [
        f"李娜: 退回的稿件 · 微信公众号 · {local(times['later'])} · Returned to the writer · "
        "Returned: change and resubmit",
        f"王芳: 今晚推送 · 微信公众号 · {local(times['soon'])} · In review · Review · URGENT",
        f"赵刚: 项目签约 · 微信公众号 · {local(times['later'])} · Awaiting the general manager · "
        "Confirm",
    ]
    assert out.stderr == ""


def test_one_persons_inbox_in_chinese(team_db):
    url, times = team_db
    out = run_main("inbox", "--user", "wangfang", "--db", url, "--lang", "zh_CN")
    assert out.returncode == 1, out.stderr
    [line] = out.stdout.splitlines()
    assert line.startswith("王芳") and "今晚推送" in line and local(times["soon"]) in line
    assert " · 审核中 · 审核" in line  # the stage and what to do, in Chinese
    assert "In review" not in line and "Review" not in line


@pytest.mark.parametrize("encoding", ["gbk", "cp1252"])
def test_a_character_the_output_cannot_hold_does_not_end_the_listing(team_db, encoding):
    """Output to a file on a Chinese Windows PC is GBK, on an English one cp1252: an emoji
    in a title (or any Chinese) ended the command in a UnicodeEncodeError, with an empty
    file and the exit code of "something waits"."""
    import os
    import subprocess
    import sys

    from models import db as dbmod
    from models.posts import Post
    from tests.test_cli_calendar import ROOT

    url, times = team_db
    dbmod.connect(url)
    try:
        Post.update(title="今晚推送🎉").where(Post.title == "今晚推送").execute()
    finally:
        dbmod.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "UTC",
           "PYTHONIOENCODING": encoding}
    out = subprocess.run([sys.executable, "main.py", "inbox", "--user", "wangfang", "--db", url],
                         cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert out.returncode == 1, out.stderr.decode(encoding, "replace")
    assert b"Traceback" not in out.stderr
    [line] = out.stdout.decode(encoding).splitlines()
    expected = f"王芳: 今晚推送? · 微信公众号 · {local(times['soon'])}"
    if encoding == "cp1252":
        expected = "??: ????? · ????? · " + local(times["soon"])
    assert line.startswith(expected)


def test_nothing_waiting_says_so_and_exits_0(team_db):
    url, _ = team_db
    out = run_main("--db", url, "inbox", "--user", "liuyang")
    assert (out.returncode, out.stdout) == (0, "Nothing waits for 刘洋.\n")


def test_an_unknown_person_or_database_is_refused_with_exit_2(team_db, tmp_path):
    url, _ = team_db
    out = run_main("inbox", "--user", "nobody", "--db", url)
    assert out.returncode == 2 and out.stdout == ""
    assert "There is no active team member with the user name nobody." in out.stderr
    missing = tmp_path / "nowhere.db"
    out = run_main("inbox", "--db", f"sqlite:///{missing}")
    assert out.returncode == 2 and "There is no MediaDesk database" in out.stderr
    assert not missing.exists()


def test_the_help_explains_the_exit_codes():
    out = run_main("inbox", "--help")
    assert out.returncode == 0
    assert "Exit code 1 if anything waits, 0 if nothing does." in " ".join(out.stdout.split())
    assert "--user LOGIN" in out.stdout
