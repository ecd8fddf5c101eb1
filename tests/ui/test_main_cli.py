"""``main.py`` as a program: ``init-db``, bad databases (exit 2, a clear message), options."""
from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CJK = ("\u4e00", "\u9fff")


def run_main(*arguments: str, timeout: int = 60) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "main.py", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def has_cjk(text: str) -> bool:
    return any(CJK[0] <= ch <= CJK[1] for ch in text)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def newer_db(tmp_path) -> Path:
    """A database that a newer MediaDesk has used: one migration this version does not know."""
    path = tmp_path / "newer.db"
    assert run_main("init-db", "--db", f"sqlite:///{path}").returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) "
                     "VALUES ('9999_from_the_future', '2030-01-01 00:00:00')")
    conn.close()
    return path


def test_init_db_creates_a_fresh_database_and_says_so(tmp_path):
    path = tmp_path / "team" / "mediadesk.db"
    out = run_main("init-db", "--db", f"sqlite:///{path}")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"Created the database {path}."
    assert len(out.stdout.strip().splitlines()) == 1
    assert path.exists()
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM schema_migration")}
    conn.close()
    assert "0001_foundation" in names

    again = run_main("--db", f"sqlite:///{path}", "init-db")  # --db before the command works too
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == f"The database {path} is up to date."


def test_init_db_opens_no_window_and_loads_no_widgets(tmp_path):
    code = ("import sys, main; rc = main.main(['init-db', '--db', sys.argv[1]]);"
            "print('widgets' if 'PySide6.QtWidgets' in sys.modules else 'core');"
            "print('psycopg' if 'psycopg' in sys.modules else 'no-psycopg'); sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{tmp_path / 'x.db'}"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-2:] == ["core", "no-psycopg"]


@pytest.mark.postgres
def test_init_db_on_the_team_server():
    from tests.conftest import PG_URL, need, reset_postgres

    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    reset_postgres(PG_URL)
    first = run_main("init-db", "--db", PG_URL)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Created the database postgresql://")
    again = run_main("init-db", "--db", PG_URL)
    assert again.returncode == 0 and again.stdout.strip().endswith("is up to date.")


def test_a_malformed_address_exits_2_with_a_clear_message():
    out = run_main("init-db", "--db", "sqlite:/nowhere")
    assert out.returncode == 2
    assert ("\u201csqlite:/nowhere\u201d is not a database address MediaDesk understands"
            in out.stderr)
    assert "Traceback" not in out.stderr


def test_a_text_file_is_refused_and_left_unchanged(tmp_path):
    notes = tmp_path / "notes.db"
    content = "minutes of the Monday meeting\n".encode() * 50
    notes.write_bytes(content)
    out = run_main("init-db", "--db", f"sqlite:///{notes}")
    assert out.returncode == 2
    assert f"The file {notes} is not a MediaDesk database. Nothing was changed." in out.stderr
    assert notes.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]  # no -wal, no -shm


def test_a_folder_that_cannot_be_written_is_refused(tmp_path):
    # Root may write anywhere, so the folder is made impossible instead of read-only:
    # its "parent" is a regular file.
    blocker = tmp_path / "data"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    path = blocker / "mediadesk" / "mediadesk.db"
    out = run_main("init-db", "--db", f"sqlite:///{path}")
    assert out.returncode == 2
    assert f"MediaDesk cannot write in the folder {path.parent}" in out.stderr
    assert blocker.read_text(encoding="utf-8") == "a file where a folder should be"


def test_an_unreachable_server_is_refused():
    port = closed_port()
    out = run_main("init-db", "--db", f"postgresql://ops:s3cret-Pw@127.0.0.1:{port}/mediadesk")
    assert out.returncode == 2
    assert f"Cannot connect to the team database postgresql://ops@127.0.0.1:{port}/mediadesk" \
        in out.stderr
    assert "s3cret-Pw" not in out.stderr + out.stdout


def test_a_database_from_a_newer_version_is_refused_and_left_unchanged(newer_db):
    before = newer_db.read_bytes()
    out = run_main("init-db", "--db", f"sqlite:///{newer_db}")
    assert out.returncode == 2
    assert "was last used by a newer version of MediaDesk" in out.stderr
    assert "9999_from_the_future" in out.stderr
    assert newer_db.read_bytes() == before


def test_the_gui_refuses_a_bad_database_with_exit_2(tmp_path, newer_db, monkeypatch):
    """The same check in GUI mode; the message box is answered by the test (in process)."""
    import main
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    before = newer_db.read_bytes()
    assert main.main(["--db", f"sqlite:///{newer_db}"]) == 2
    assert "newer version of MediaDesk" in shown[0]
    assert newer_db.read_bytes() == before


def test_messages_are_in_chinese_with_lang_zh_cn(tmp_path, newer_db):
    """Needs resources/i18n/mediadesk_zh_CN.qm (made by `make translations`)."""
    notes = tmp_path / "notes.db"
    notes.write_text("not a database", encoding="utf-8")
    cases = [("sqlite:/nowhere",), (f"sqlite:///{notes}",), (f"sqlite:///{newer_db}",),
             (f"postgresql://ops@127.0.0.1:{closed_port()}/mediadesk",)]
    for (url,) in cases:
        english = run_main("init-db", "--db", url, "--lang", "en")
        chinese = run_main("init-db", "--db", url, "--lang", "zh_CN")
        assert english.returncode == chinese.returncode == 2
        assert not has_cjk(english.stderr.replace(str(tmp_path), ""))
        assert chinese.stderr.strip() != english.stderr.strip()
        assert has_cjk(chinese.stderr), chinese.stderr

    created = run_main("init-db", "--db", f"sqlite:///{tmp_path / 'new.db'}", "--lang", "zh_CN")
    assert created.returncode == 0 and has_cjk(created.stdout)


def test_version_and_help():
    version = run_main("--version")
    assert version.returncode == 0 and version.stdout.strip() == "MediaDesk 0.1.0"
    helped = run_main("--help")
    assert helped.returncode == 0
    for option in ("--db URL", "--demo", "--demo-user LOGIN", "--lang", "init-db"):
        assert option in helped.stdout
    from ui.app import PASSWORD_ENV  # where a team server's password goes instead of --db

    assert PASSWORD_ENV in " ".join(helped.stdout.split())


def test_a_bad_option_exits_2_in_process(capsys):
    import main

    assert main.main(["--lang", "fr"]) == 2
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_a_mistake_is_answered_with_the_whole_usage_commands_included(capsys):
    """The window's start parses its options without building the commands' parsers
    (start-up time, issue 2); a mistake still gets the complete usage line."""
    import main

    assert main.main(["--demo-user", "wangfang", "--bogus"]) == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err and "COMMAND" in err


def test_the_window_options_alone_and_everything_else(capsys, monkeypatch):
    """The window's start parses its options alone; all else gets the full parser."""
    import main

    window = main.build_parser(with_commands=False).parse_args(
        ["--db", "sqlite:///x.db", "--demo-user", "lina", "--lang", "en"])
    full = main.build_parser().parse_args(
        ["--db", "sqlite:///x.db", "--demo-user", "lina", "--lang", "en"])
    assert vars(window) == vars(full)
    # A command, or the help however abbreviated, reaches the full parser.
    for argv in (["-h"], ["--help"], ["--he"], ["--db", "x", "--help"]):
        assert main.main(argv) == 0
        assert "init-db" in capsys.readouterr().out, argv
    handled = []
    monkeypatch.setattr(main, "inbox_command", lambda args: handled.append(args.user) or 0)
    assert main.main(["--db", "sqlite:///x.db", "inbox", "--user", "lina"]) == 0
    assert handled == ["lina"]


def test_a_malformed_address_never_shows_its_password(monkeypatch):
    """QA: the whole address, password included, was printed, logged and shown."""
    url = "postgresql://mediadesk:S3cret%PW@host:abc/x"
    shown = "\u201cpostgresql://mediadesk:***@host:abc/x\u201d is not a database address"
    out = run_main("init-db", "--db", url)
    assert out.returncode == 2
    assert shown in out.stderr and "Traceback" not in out.stderr
    assert "S3cret" not in out.stderr + out.stdout

    # The window's start: stderr, the log file and the message box.
    import main
    from PySide6.QtWidgets import QMessageBox

    from ui.app import log_file

    boxes = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: boxes.append(text))
    assert main.main(["--db", url]) == 2
    assert shown in boxes[0] and "S3cret" not in boxes[0]
    logged = log_file().read_text(encoding="utf-8")
    assert shown in logged and "S3cret" not in logged


@pytest.fixture
def team_server():
    from tests.conftest import PG_URL, need, reset_postgres

    need("The PostgreSQL test server (MEDIADESK_TEST_PG_URL)", bool(PG_URL))
    reset_postgres(PG_URL)
    return PG_URL


def _pg(url: str, *statements: str) -> list:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        rows = []
        for sql in statements:
            cur = conn.execute(sql)
            rows = cur.fetchall() if cur.description else []
    return rows


def _public_tables(url: str) -> list[str]:
    return sorted(r[0] for r in _pg(url, "SELECT tablename FROM pg_tables "
                                         "WHERE schemaname = 'public'"))


@pytest.mark.postgres
@pytest.mark.parametrize("tables", [
    ['CREATE TABLE "user" (id int PRIMARY KEY, name text)', "INSERT INTO \"user\" VALUES (1, 'x')"],
    ["CREATE TABLE invoices (id int PRIMARY KEY)"],
])
def test_another_applications_team_database_is_refused_and_never_changed(team_server, tables):
    """QA: a "user" table crashed init-db and left a schema_migration table behind; other
    tables got MediaDesk's fifteen beside them."""
    _pg(team_server, *tables)
    before = _public_tables(team_server)
    for arguments in (("init-db",), ("inbox",), ("--lang", "zh_CN", "init-db")):
        out = run_main(*arguments, "--db", team_server)
        assert out.returncode == 2, out.stderr
        assert "Traceback" not in out.stderr and out.stderr.strip()
        if "zh_CN" not in arguments:
            assert (f"The team database {team_server} is not a MediaDesk database: it holds "
                    f"another application's tables ({before[0]}). Nothing was changed."
                    in out.stderr)
        assert _public_tables(team_server) == before


@pytest.mark.postgres
def test_a_login_role_without_rights_exits_2_naming_the_right(team_server):
    """QA: a role that was granted nothing got a traceback and exit code 1."""
    from models.db import parse_url

    assert run_main("init-db", "--db", team_server).returncode == 0
    _pg(team_server, "DROP ROLE IF EXISTS md_reader", "GRANT USAGE ON SCHEMA public TO PUBLIC",
        "CREATE ROLE md_reader LOGIN PASSWORD 'R3aderPW'")
    u = parse_url(team_server)
    url = f"postgresql://md_reader:R3aderPW@{u.host}:{u.port}/{u.dbname}"
    try:
        for command in (("inbox",), ("check-cadence", "--from", "2026-12-01", "--to", "2026-12-07"),
                        ("init-db",)):
            out = run_main(*command, "--db", url)
            assert out.returncode == 2, out.stderr
            assert "Traceback" not in out.stderr
            assert (f"The login role md_reader lacks the right SELECT on table schema_migration "
                    f"in the team database postgresql://md_reader@{u.host}:{u.port}/{u.dbname}. "
                    "Nothing was changed." in out.stderr)
            assert "R3aderPW" not in out.stderr + out.stdout
    finally:
        _pg(team_server, "DROP OWNED BY md_reader", "DROP ROLE md_reader")


# -- import-posts ---------------------------------------------------------------------------------

def test_import_posts_skips_what_is_in_the_plan_and_reads_chinese_names_in_english(tmp_path):
    """QA: the same file imported twice doubled every post, and a plan with 类别 公司新闻
    imported under --lang zh_CN was refused under --lang en and LANG=C."""
    import datetime as dt

    from tests.test_cli_calendar import HEADER, build_team

    url = f"sqlite:///{tmp_path / 'team.db'}"
    build_team(url)
    ahead = (dt.datetime.now() + dt.timedelta(days=10)).strftime("%Y-%m-%d 09:30")
    plan = tmp_path / "plan.csv"
    plan.write_text("\r\n".join([HEADER, f"微信公众号,,本周行业要闻,lina,公司新闻,{ahead},否,",
                                 "微博,,未排期稿件,lina,一般信息,,是,"]) + "\r\n",
                    encoding="utf-8-sig")
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    out = subprocess.run([sys.executable, "main.py", "import-posts", str(plan), "--db", url],
                         cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "offscreen", "LANG": "C",
                                        "LANGUAGE": ""},
                         capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"Posts imported from {plan}: 2.\n"
    out = run_main("import-posts", str(plan), "--db", url, "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert out.stdout == (f"Posts imported from {plan}: 0.\n"
                          "Posts in the plan already: 2.\n")
    with sqlite3.connect(tmp_path / "team.db") as conn:
        titles = [t for (t,) in conn.execute(
            "SELECT title FROM post WHERE title IN ('本周行业要闻', '未排期稿件')")]
    conn.close()
    assert sorted(titles) == ["未排期稿件", "本周行业要闻"]
