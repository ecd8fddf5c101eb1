"""The calendar's command line (issue 3): ``main.py check-cadence``, ``import-posts``,
``export-posts`` and ``export-ics`` as a person or a script runs them: output and exit codes."""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest

from tests.conftest import PG_URL, need, reset_postgres

ROOT = Path(__file__).resolve().parents[1]
HEADER = "platform,column,title,writer,category,planned_at,concerns_project,event"


def run_main(*arguments: str) -> subprocess.CompletedProcess:
    """``main.py`` with this PC's clock in UTC, so the days below are the stored ones."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TZ": "UTC"}
    return subprocess.run([sys.executable, "main.py", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def build_team(url: str, *, second_manager: bool = False) -> None:
    """A team whose only rule is the WeChat official account's (1 a day), with posts for
    2-8 June 2025 except the 4th, and two posts in one half-hour on the 6th."""
    from models import cadence_rules, db as dbmod, users
    from models.platforms import PlatformKind, PlatformSpec
    from models.posts import Post
    from models.roles import Role

    dbmod.connect(url)
    try:
        manager = users.setup_team("wangfang", "王芳", "manager-pass-1", [
            PlatformSpec("微信公众号", PlatformKind.WECHAT_OA, "#07C160"),
            PlatformSpec("微博", PlatformKind.WEIBO, "#E6162D")])
        lina = users.create_user(manager, "lina", "李娜", "新媒体运营部",
                                 [Role.CONTENT_SPECIALIST], "password-1")
        if second_manager:
            users.create_user(manager, "liqiang", "李强", "新媒体运营部",
                              [Role.OPERATIONS_MANAGER], "password-1")
        rules = {r.platform_name: r for r in cadence_rules.list_rules()}
        cadence_rules.remove_rule(manager, rules["微博"].platform_id, rules["微博"].version)
        wechat = rules["微信公众号"].platform_id
        for day in range(2, 9):
            if day != 4:
                Post.insert(platform=wechat, title="早报", writer=lina.id,
                            planned_at=dt.datetime(2025, 6, day, 0, 30)).execute()
        Post.insert(platform=wechat, title="午间快讯", writer=lina.id,
                    planned_at=dt.datetime(2025, 6, 6, 0, 45)).execute()
    finally:
        dbmod.close()


@pytest.fixture
def team_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'team.db'}"
    build_team(url)
    return url


def post_count(url: str) -> int:
    with sqlite3.connect(url[len("sqlite:///"):]) as conn:
        count = conn.execute("SELECT COUNT(*) FROM post").fetchone()[0]
    conn.close()
    return count


# -- check-cadence ------------------------------------------------------------------------------

def test_check_cadence_prints_each_problem_on_its_own_line_and_exits_1(team_db):
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-09", "--db", team_db)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == [
        "微信公众号: no post planned on 2025-06-01 (Sun)",
        "微信公众号: no post planned on 2025-06-04 (Wed)",
        "微信公众号: two posts are planned in the same half-hour, 2025-06-06 (Fri) 00:30–01:00",
        "微信公众号: no post planned on 2025-06-09 (Mon)",
    ]
    assert out.stderr == ""


def test_check_cadence_with_nothing_to_fix_says_so_and_exits_0(team_db):
    out = run_main("--db", team_db, "check-cadence", "--from", "2025-06-07", "--to", "2025-06-08")
    assert out.returncode == 0, out.stderr
    assert out.stdout == "No cadence, deadline or clash problems from 2025-06-07 to 2025-06-08.\n"


def test_check_cadence_over_a_whole_month_names_its_columns_and_quotas(team_db):
    """Rules C5 and C7: June 2025 lies whole inside the range, so Weibo's column without a
    post and the writer short of her quota are named, at the month's first day."""
    from models import db as dbmod, platforms, settings, users
    from models.roles import Role

    dbmod.connect(team_db)
    try:
        manager = users.find_by_login("wangfang")
        weibo = next(p for p in platforms.list_platforms() if p.name == "微博")
        platforms.create_column(manager, weibo.id, "热点话题")
        settings.set_monthly(manager, 1, {Role.CONTENT_SPECIALIST: 10}, {}, 0)
    finally:
        dbmod.close()
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-30", "--db", team_db)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines()[:3] == [
        "微博 · 热点话题: no post planned in June 2025 (rule C5: each column every month)",
        "李娜: 7 of 10 pieces planned in June 2025 (rule C7)",
        "微信公众号: no post planned on 2025-06-01 (Sun)"]
    # Not a whole month: neither.
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-29", "--db", team_db)
    assert "rule C5" not in out.stdout and "rule C7" not in out.stdout
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-30", "--db", team_db,
                   "--lang", "zh_CN")
    assert out.stdout.splitlines()[:2] == [
        "微博 · 热点话题：2025年6月没有安排发布（规则 C5：每个栏目每月都要更新）",
        "李娜：2025年6月安排了 7 篇，定额 10 篇（规则 C7）"]


def test_check_cadence_speaks_chinese_with_lang_zh_cn(team_db):
    out = run_main("check-cadence", "--from", "2025-06-04", "--to", "2025-06-05", "--db", team_db,
                   "--lang", "zh_CN")
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == ["微信公众号：2025-06-04（周三）没有安排发布"]


@pytest.mark.parametrize("arguments, message", [
    (("--from", "2025-02-30", "--to", "2025-03-01"),
     "--from 2025-02-30: not a date. Write the date as YYYY-MM-DD, for example 2026-11-24."),
    (("--from", "2025-06-09", "--to", "June 1"), "--to June 1: not a date."),
    (("--from", "2025-06-09", "--to", "2025-06-01"),
     "The first day (2025-06-09) comes after the last day (2025-06-01). Check --from and --to."),
])
def test_check_cadence_refuses_bad_dates_with_exit_2(team_db, arguments, message):
    out = run_main("check-cadence", *arguments, "--db", team_db)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr and out.stdout == ""


RANGE = "MediaDesk works with dates from 2000-01-01 to 2099-12-31. Give a date in that range."


@pytest.mark.parametrize("arguments, message", [
    (("check-cadence", "--from", "9999-12-25", "--to", "9999-12-31"), "--from 9999-12-25: "),
    (("check-cadence", "--from", "0001-01-01", "--to", "2025-06-09"), "--from 0001-01-01: "),
    (("check-cadence", "--from", "2099-12-25", "--to", "2100-01-01"), "--to 2100-01-01: "),
    (("export-posts", "{dir}/plan.csv", "--from", "2025-06-01", "--to", "9999-12-31"),
     "--to 9999-12-31: "),
    (("export-posts", "{dir}/plan.csv", "--from", "1999-12-31"), "--from 1999-12-31: "),
    (("export-ics", "--from", "9999-12-30", "--to", "9999-12-31", "{dir}/plan.ics"),
     "--from 9999-12-30: "),
])
def test_dates_outside_the_supported_range_are_refused_with_exit_2(team_db, tmp_path, arguments,
                                                                  message):
    """These printed a traceback and exited 1, which for check-cadence means "problems
    found"; the bounds are the events' (models.timeutil)."""
    out = run_main(*(a.format(dir=tmp_path) for a in arguments), "--db", team_db)
    assert out.returncode == 2
    assert message + RANGE in out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert not list(tmp_path.glob("plan.*"))  # no file written


def test_the_last_days_of_the_supported_range_are_checked_like_any_other(team_db):
    out = run_main("check-cadence", "--from", "2099-12-30", "--to", "2099-12-31", "--db", team_db)
    assert out.returncode == 1, out.stderr  # nothing planned for the WeChat account (C2)
    assert out.stdout.splitlines() == ["微信公众号: no post planned on 2099-12-30 (Wed)",
                                       "微信公众号: no post planned on 2099-12-31 (Thu)"]


def test_check_cadence_refuses_a_database_it_cannot_use(tmp_path):
    missing = tmp_path / "nowhere" / "team.db"
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-09",
                   "--db", f"sqlite:///{missing}")
    assert out.returncode == 2
    assert f"There is no MediaDesk database at {missing} yet." in out.stderr
    assert not missing.parent.exists()  # nothing was created
    notes = tmp_path / "notes.db"
    notes.write_text("minutes of the Monday meeting", encoding="utf-8")
    out = run_main("check-cadence", "--from", "2025-06-01", "--to", "2025-06-09",
                   "--db", f"sqlite:///{notes}")
    assert out.returncode == 2 and f"The file {notes} is not a MediaDesk database" in out.stderr
    out = run_main("check-cadence", "--from", "2025-06-01", "--db", f"sqlite:///{notes}")
    assert out.returncode == 2 and "--to" in out.stderr  # a missing option: argparse's usage


@pytest.mark.postgres
def test_check_cadence_on_the_team_server():
    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    reset_postgres(PG_URL)
    build_team(PG_URL)
    out = run_main("check-cadence", "--from", "2025-06-03", "--to", "2025-06-05", "--db", PG_URL)
    assert out.returncode == 1, out.stderr
    assert out.stdout.splitlines() == ["微信公众号: no post planned on 2025-06-04 (Wed)"]


# -- import-posts --------------------------------------------------------------------------------

def ahead(days: int) -> str:
    return (dt.datetime.now() + dt.timedelta(days=days)).strftime("%Y-%m-%d 09:30")


def test_import_posts_imports_every_row_as_the_operations_manager(team_db, tmp_path):
    plan = tmp_path / "plan.csv"
    plan.write_bytes("\r\n".join([
        HEADER, f"微信公众号,,本周行业要闻,lina,general,{ahead(10)},否,",
        f"微博,,活动预告,李娜,promotion,{ahead(11)},是,"]).encode("gb18030"))
    before = post_count(team_db)
    out = run_main("import-posts", str(plan), "--db", team_db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Posts imported from {plan}: 2."
    assert post_count(team_db) == before + 2


def test_import_posts_on_a_file_another_program_keeps_locked_says_so(team_db, tmp_path):
    """The app itself (a save in progress), a second import or a backup holds the write lock:
    after the 5-second wait the raw "peewee.OperationalError: database is locked"
    traceback ended the command with exit 1."""
    import sqlite3

    plan = tmp_path / "plan.csv"
    plan.write_bytes("\r\n".join([
        HEADER, f"微信公众号,,本周行业要闻,lina,general,{ahead(10)},否,"]).encode("utf-8"))
    before = post_count(team_db)
    path = team_db[len("sqlite:///"):]
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        out = run_main("import-posts", str(plan), "--db", team_db, "--lang", "zh_CN")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"数据库文件 {path} 正被另一个程序")
    assert post_count(team_db) == before


def test_import_posts_with_bad_rows_lists_them_all_and_writes_nothing(team_db, tmp_path):
    plan = tmp_path / "plan.csv"
    plan.write_text("\r\n".join([
        HEADER, f"抖音,,短视频,lina,general,{ahead(10)},no,",
        f"微信公众号,,标题,nobody,general,{ahead(10)},no,",
        "微信公众号,,旧稿,lina,general,2024-01-08 09:00,no,",
        f"微信公众号,,好稿,lina,general,{ahead(10)},no,"]), encoding="utf-8-sig")
    before = post_count(team_db)
    out = run_main("import-posts", str(plan), "--db", team_db)
    assert out.returncode == 2
    assert "The file was not imported; nothing was changed." in out.stderr
    for line in ("Line 2, platform: there is no active platform called “抖音”.",
                 "Line 3, writer: there is no active team member called “nobody”",
                 "Line 4, planned_at: 2024-01-08 09:00 has already passed."):
        assert line in out.stderr
    assert "Line 5" not in out.stderr and out.stdout == ""
    assert post_count(team_db) == before


def test_import_posts_asks_who_imports_when_the_team_has_two_managers(tmp_path):
    url = f"sqlite:///{tmp_path / 'team.db'}"
    build_team(url, second_manager=True)
    plan = tmp_path / "plan.csv"
    plan.write_text(f"{HEADER}\r\n微信公众号,,我的稿件,lina,general,{ahead(5)},no,\r\n",
                    encoding="utf-8")
    out = run_main("import-posts", str(plan), "--db", url)
    assert out.returncode == 2 and "Say who imports the plan with --as LOGIN" in out.stderr
    out = run_main("import-posts", str(plan), "--as", "nobody", "--db", url)
    assert out.returncode == 2
    assert "There is no active team member with the user name nobody." in out.stderr
    out = run_main("import-posts", str(plan), "--as", "lina", "--db", url)
    assert out.returncode == 0 and out.stdout.strip() == f"Posts imported from {plan}: 1."
    out = run_main("import-posts", str(tmp_path / "missing.csv"), "--db", url)
    assert out.returncode == 2 and "missing.csv cannot be read" in out.stderr


# -- export-posts, export-ics --------------------------------------------------------------------

def test_exports_write_the_plan_and_the_calendar(team_db, tmp_path):
    csv_path, ics_path = tmp_path / "plan.csv", tmp_path / "june.ics"
    out = run_main("export-posts", str(csv_path), "--from", "2025-06-05", "--to", "2025-06-06",
                   "--db", team_db)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Posts written to {csv_path}: 3."
    lines = csv_path.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0] == HEADER and len(lines) == 4
    assert lines[1].startswith("微信公众号,,早报,lina,general,2025-06-05 ")

    out = run_main("export-posts", str(tmp_path / "all.csv"), "--db", team_db)
    assert out.returncode == 0 and out.stdout.strip().endswith(": 7.")

    out = run_main("export-ics", "--from", "2025-06-01", "--to", "2025-06-30", str(ics_path),
                   "--db", team_db)
    assert out.returncode == 0, out.stderr
    cal = icalendar.Calendar.from_ical(ics_path.read_bytes())
    found = list(cal.walk("VEVENT"))
    assert len(found) == 7 and str(found[0]["summary"]) == "[微信公众号] 早报"
    assert found[0]["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert found[0].decoded("dtstart").astimezone(dt.timezone.utc).replace(tzinfo=None) == \
        dt.datetime(2025, 6, 2, 0, 30)

    out = run_main("export-ics", "--from", "2025-06-01", "--to", "2025-06-30",
                   str(tmp_path / "no" / "such" / "folder.ics"), "--db", team_db)
    assert out.returncode == 2 and "cannot be written" in out.stderr
