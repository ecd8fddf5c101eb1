"""MediaDesk's entry point: start the GUI, or run a headless command.

    python main.py [--db URL | --demo [--demo-user LOGIN]] [--lang en|zh_CN]
    python main.py init-db [--db URL] [--lang en|zh_CN]
    python main.py check-cadence --from DATE --to DATE [--db URL] [--lang en|zh_CN]
    python main.py import-posts FILE.csv [--as LOGIN] [--db URL] [--lang en|zh_CN]
    python main.py export-posts FILE.csv [--from DATE] [--to DATE] [--db URL] [--lang ...]
    python main.py export-ics --from DATE --to DATE OUT.ics [--db URL] [--lang en|zh_CN]
    python main.py inbox [--user LOGIN] [--db URL] [--lang en|zh_CN]

Start-up time matters, so this file imports only the standard library at its
top; Qt, peewee and the rest are imported when they are needed (the headless
commands load QtCore for their language, never the widgets).  Exit codes:
0 done, 1 check-cadence found problems or inbox found posts waiting, 2 bad
input (a database that cannot be used, a bad option, a bad date, a rejected
file, an unknown user).
"""
import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import sys  # noqa: E402

CONTEXT = "Main"
LANGUAGES = ("en", "zh_CN")
EXIT_OK = 0
EXIT_FOUND = 1  # check-cadence: the plan has shortfalls, deadline problems or clashes;
#                inbox: something waits for someone
EXIT_PROBLEM = 2

_argv: list[str] = []  # the arguments main() was given, for translating --help


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text


def _translate(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, text)


def _peek_language(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def headless_app(lang: str | None = None):
    """A QCoreApplication (no window) with the user's language, for headless commands."""
    from PySide6.QtCore import QCoreApplication

    from ui import app as gui, i18n

    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "mediadesk"])
    gui.set_identity(app)
    gui.setup_logging()
    i18n.install(i18n.choose_language(lang))
    return app


# argparse's own headings, in the user's language.
_ARGPARSE_TITLES = {
    "options": QT_TRANSLATE_NOOP("Main", "options"),
    "optional arguments": QT_TRANSLATE_NOOP("Main", "options"),
    "positional arguments": QT_TRANSLATE_NOOP("Main", "positional arguments"),
}


# argparse's own messages (its gettext calls), in the user's language.  Qt is not imported
# for them while the arguments are read (see ui.app.import_data_layer): a mistake is
# translated by reading the arguments again once the translator is there (_Parser.error).
_ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("Main", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Main", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Main", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Main", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Main", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Main", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Main", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("Main", "expected one argument"),
    QT_TRANSLATE_NOOP("Main", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Main", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Main", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Main", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Main", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Main", "can't open '%(filename)s': %(error)s"),
)
_errors_translated = False  # the translator is installed for argparse's messages


def _translate_errors() -> bool:
    """Install the user's language for argparse's messages; True if it was not yet."""
    global _errors_translated
    if _errors_translated:
        return False
    headless_app(_peek_language(_argv))
    _errors_translated = True
    return True


def _argparse_text(text: str) -> str:
    if not _errors_translated:
        return text
    return _translate(text)


argparse._ = _argparse_text  # the name argparse looks its messages up by


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help and mistakes are shown in the user's language."""

    _laying_out = False  # help or usage is being written (not arguments being read)

    def _get_formatter(self):
        if not self._laying_out:  # add_argument asks for one too: at every start, 4 ms
            return super()._get_formatter()
        from ui.help_format import HelpFormatter  # lines measured for Chinese too

        return HelpFormatter(prog=self.prog)

    def format_usage(self) -> str:
        self._laying_out = True
        return super().format_usage()

    def error(self, message):
        if _translate_errors():
            build_parser().parse_args(_argv)  # the same mistake, now in the user's language
        super().error(message)

    def format_help(self) -> str:
        self._laying_out = True
        headless_app(_peek_language(_argv))
        if self.description:
            self.description = _translate(self.description)
        for action in self._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = _translate(action.help)
            for choice in getattr(action, "_choices_actions", ()):
                if choice.help:
                    choice.help = _translate(choice.help)
        for group in self._action_groups:
            if group.title:
                group.title = _translate(_ARGPARSE_TITLES.get(group.title, group.title))
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups,
                            prefix=_translate(QT_TRANSLATE_NOOP("Main", "usage: ")))
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()


class _VersionAction(argparse.Action):
    """--version, without reading the package metadata on every start."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from ui.app import app_version

        print(f"MediaDesk {app_version()}")
        parser.exit()


def _add_common(parser: argparse.ArgumentParser, in_subcommand: bool) -> None:
    """--db and --lang, accepted before and after a subcommand's name."""
    default = argparse.SUPPRESS if in_subcommand else None
    parser.add_argument(
        "-h", "--help", action="help", default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("Main", "Show this help and exit."))
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help=QT_TRANSLATE_NOOP(
            "Main", "The database: sqlite:///PATH/TO/FILE.db for a file on this PC or "
                    "postgresql://USER@HOST:PORT/DATABASE for a team server. "
                    "Default: the one chosen in the settings, else a file in your data folder. "
                    "A team server's password goes in the environment variable "
                    "MEDIADESK_DB_PASSWORD or the server's password file, not in the address, "
                    "where anyone on this PC can read it."))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default,
        help=QT_TRANSLATE_NOOP("Main", "The language (default: the settings, else the system's)."))


class _NotJustTheWindow(Exception):
    """The window's own parser met something else: the full parser takes over."""


class _WindowParser(_Parser):
    """The options of the window alone (no commands): what nearly every start needs.

    Building the commands' parsers takes about 4 ms that a start of the window does
    not need.  Anything else (a command, --help however abbreviated, a mistake) goes
    to the full parser, which answers it, errors included, as before."""

    def error(self, message):  # noqa: ARG002 - the full parser gives the message
        raise _NotJustTheWindow

    def format_help(self) -> str:
        raise _NotJustTheWindow  # the help lists the commands too


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``with_commands`` False: the window's options only."""
    parser = (_Parser if with_commands else _WindowParser)(
        prog="mediadesk", add_help=False,
        description=QT_TRANSLATE_NOOP(
            "Main", "MediaDesk: the content calendar and the approval of posts for a "
                    "new-media operations team."))
    _add_common(parser, in_subcommand=False)
    parser.add_argument(
        "--demo", action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Main", "Try MediaDesk on a made-up team in a new temporary database."))
    parser.add_argument(
        "--demo-user", metavar="LOGIN",
        help=QT_TRANSLATE_NOOP(
            "Main", "Log in as this member of a demo database, without a password."))
    parser.add_argument(
        "--version", action=_VersionAction,
        help=QT_TRANSLATE_NOOP("Main", "Show the version and exit."))
    if not with_commands:
        parser.set_defaults(command=None)
        return parser

    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=_Parser,
        title=QT_TRANSLATE_NOOP("Main", "Commands (run without a window)"))
    init_db = commands.add_parser(
        "init-db", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "Create the database or bring it up to date, then exit."),
        description=QT_TRANSLATE_NOOP(
            "Main", "Create the database or bring it up to date, then exit."))
    _add_common(init_db, in_subcommand=True)
    init_db.set_defaults(handler=init_db_command)

    check = commands.add_parser(
        "check-cadence", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "List the posting plan's cadence shortfalls, event "
                                       "deadline problems and clashes for a range of days."),
        description=QT_TRANSLATE_NOOP(
            "Main", "List every cadence shortfall (rules C1, C2), missed or at-risk event "
                    "deadline (rules C3, C4) and half-hour with more than one post of a "
                    "platform from one day to another, one a line, and for each whole month "
                    "in the range every column without its posts (rule C5) and every person "
                    "short of their quota (rule C7). Exit code 1 if there is any, 0 if "
                    "none."))
    _add_range(check, required=True)
    _add_common(check, in_subcommand=True)
    check.set_defaults(handler=check_cadence_command)

    imp = commands.add_parser(
        "import-posts", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "Import a posting plan from a CSV file."),
        description=QT_TRANSLATE_NOOP(
            "Main", "Import a posting plan from a CSV file (UTF-8 or GB18030) with the columns "
                    "platform,column,title,writer,category,planned_at,concerns_project,event. "
                    "Every post is imported, or none: a file with a bad row changes nothing "
                    "and every bad row is listed."))
    imp.add_argument("file", metavar="FILE.csv",
                     help=QT_TRANSLATE_NOOP("Main", "The CSV file to import."))
    imp.add_argument(
        "--as", dest="login", metavar="LOGIN",
        help=QT_TRANSLATE_NOOP(
            "Main", "The user name of the team member who imports the plan; their rights "
                    "apply (a specialist imports only their own posts). Default: the "
                    "operations manager, if the team has exactly one."))
    _add_common(imp, in_subcommand=True)
    imp.set_defaults(handler=import_posts_command)

    exp = commands.add_parser(
        "export-posts", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "Export the posting plan to a CSV file."),
        description=QT_TRANSLATE_NOOP(
            "Main", "Export the posts planned in a range of days (default: every post, "
                    "unscheduled ones included) to a CSV file that import-posts reads back."))
    exp.add_argument("file", metavar="FILE.csv",
                     help=QT_TRANSLATE_NOOP("Main", "The CSV file to write."))
    _add_range(exp, required=False)
    _add_common(exp, in_subcommand=True)
    exp.set_defaults(handler=export_posts_command)

    ics = commands.add_parser(
        "export-ics", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "Export the calendar to an iCalendar (.ics) file."),
        description=QT_TRANSLATE_NOOP(
            "Main", "Export the posts planned in a range of days to an iCalendar (.ics) file "
                    "that Outlook and phone calendars import."))
    _add_range(ics, required=True)
    ics.add_argument("out", metavar="OUT.ics",
                     help=QT_TRANSLATE_NOOP("Main", "The .ics file to write."))
    _add_common(ics, in_subcommand=True)
    ics.set_defaults(handler=export_ics_command)

    inbox = commands.add_parser(
        "inbox", add_help=False,
        help=QT_TRANSLATE_NOOP("Main", "List the posts waiting for each person's review, "
                                       "confirmation or action."),
        description=QT_TRANSLATE_NOOP(
            "Main", "List what waits for whom in the approval inbox, one post a line: who "
                    "must act, the title, platform, planned time, stage, what to do, and "
                    "URGENT for a post planned within the urgency window (or past) that is "
                    "not yet approved. Everyone's, person by person, or one person's with "
                    "--user. Exit code 1 if anything waits, 0 if nothing does."))
    inbox.add_argument(
        "--user", metavar="LOGIN",
        help=QT_TRANSLATE_NOOP("Main", "Only what waits for this team member (a user name)."))
    _add_common(inbox, in_subcommand=True)
    inbox.set_defaults(handler=inbox_command)
    return parser


def _add_range(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--from", dest="first", metavar="DATE", required=required,
                        help=QT_TRANSLATE_NOOP("Main", "The first day, as YYYY-MM-DD."))
    parser.add_argument("--to", dest="last", metavar="DATE", required=required,
                        help=QT_TRANSLATE_NOOP("Main", "The last day (included), as YYYY-MM-DD."))


# -- headless commands --------------------------------------------------------------------

def init_db_command(args) -> int:
    """``init-db``: open the database, apply pending migrations, say so in one line."""
    headless_app(args.lang)
    from models import db as dbmod
    from models.errors import DatabaseProblem
    from ui.app import database_url

    url, _source = database_url(args)
    try:
        database = dbmod.connect(url, run_migrations=False)
        where = dbmod.current_url_display()
        applied = dbmod.migrate(database, where=where)
    except DatabaseProblem as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        dbmod.close()
    known = {p.stem for p in dbmod.MIGRATIONS_DIR.glob("[0-9]*.py")}
    if applied and set(applied) == known:
        message = QT_TRANSLATE_NOOP("Main", "Created the database {where}.")
    elif applied:
        message = QT_TRANSLATE_NOOP("Main", "Updated the database {where} to this version of "
                                            "MediaDesk.")
    else:
        message = QT_TRANSLATE_NOOP("Main", "The database {where} is up to date.")
    print(_translate(message).format(where=where))
    return EXIT_OK


class _Refused(Exception):
    """A headless command cannot go on; ``text`` (context "Main") says why, on stderr."""

    def __init__(self, text: str, **values):
        super().__init__(text)
        self.text, self.values = text, values

    def __str__(self) -> str:
        return _translate(self.text).format(**self.values)


def _run(args, body) -> int:
    """Run ``body()`` (which returns the exit code) in the user's language; every refusal
    or domain error is printed to stderr as exit code 2, and the database closed."""
    headless_app(args.lang)
    from models import db as dbmod
    from models.errors import DomainError

    try:
        return body()
    except (_Refused, DomainError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_PROBLEM
    finally:
        dbmod.close()


def _open_database(args) -> None:
    """Open the database for a command that reads the team's data; never create one."""
    from models import db as dbmod
    from ui.app import database_url

    url, _source = database_url(args)
    if dbmod.probe(url) == dbmod.PROBE_NEW:
        raise _Refused(QT_TRANSLATE_NOOP(
            "Main", "There is no MediaDesk database at {where} yet. Give the team's database "
                    "with --db, or start MediaDesk once to set one up."),
            where=dbmod.parse_url(url).display)
    dbmod.connect(url)


def _day(text: str | None, option: str):
    """The date given to ``option`` (None if the option was left out), within the dates
    MediaDesk works with (``models.timeutil``: the events' bounds too); a day such as
    9999-12-31 had ended in a traceback (no day follows it)."""
    import datetime

    from models.timeutil import EARLIEST_DAY, LATEST_DAY, is_supported_day

    if text is None:
        return None
    try:
        day = datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise _Refused(QT_TRANSLATE_NOOP(
            "Main", "{option} {value}: not a date. Write the date as YYYY-MM-DD, for example "
                    "2026-11-24."), option=option, value=text) from None
    if not is_supported_day(day):
        raise _Refused(QT_TRANSLATE_NOOP(
            "Main", "{option} {value}: MediaDesk works with dates from {earliest} to {latest}. "
                    "Give a date in that range."), option=option, value=text,
            earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())
    return day


def _days(args):
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    if first is not None and last is not None and first > last:
        raise _Refused(QT_TRANSLATE_NOOP(
            "Main", "The first day ({first}) comes after the last day ({last}). Check --from "
                    "and --to."), first=first.isoformat(), last=last.isoformat())
    return first, last


def _write(path: str, data: bytes) -> None:
    try:
        with open(path, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        from models.i18n import os_reason

        raise _Refused(QT_TRANSLATE_NOOP("Main", "The file {path} cannot be written: {reason}."),
                       path=path, reason=os_reason(exc)) from None


def check_cadence_command(args) -> int:
    """``check-cadence``: every problem of the range on its own line; exit 1 if any."""
    def body() -> int:
        first, last = _days(args)
        from models import planning

        _open_database(args)
        found = planning.check(first, last)
        lines = found.problems
        if not lines:
            print(_translate(QT_TRANSLATE_NOOP(
                "Main", "No cadence, deadline or clash problems from {first} to {last}."))
                .format(first=first.isoformat(), last=last.isoformat()))
            return EXIT_OK
        sys.stdout.write("\n".join(lines) + "\n")
        return EXIT_FOUND

    return _run(args, body)


def _importer(login: str | None):
    """Who imports: the member named by --as, else the team's only operations manager."""
    from models import users
    from models.roles import Role

    if login:
        user = users.find_by_login(login)
        if user is None or not user.active:
            raise _Refused(QT_TRANSLATE_NOOP(
                "Main", "There is no active team member with the user name {login}."),
                login=login)
        return user
    managers = [u for u in users.list_users(include_inactive=False)
                if u.has(Role.OPERATIONS_MANAGER)]
    if len(managers) != 1:
        raise _Refused(QT_TRANSLATE_NOOP(
            "Main", "Say who imports the plan with --as LOGIN (a user name): their rights "
                    "decide whose posts they may plan."))
    return managers[0]


def import_posts_command(args) -> int:
    """``import-posts``: all posts of the file or none; every bad row on stderr (exit 2).
    Rows for posts the plan already holds are skipped and counted on a second line."""
    try:
        with open(args.file, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        from models.i18n import os_reason

        headless_app(args.lang)
        print(_translate(QT_TRANSLATE_NOOP("Main", "The file {path} cannot be read: {reason}."))
              .format(path=args.file, reason=os_reason(exc)), file=sys.stderr)
        return EXIT_PROBLEM

    def body() -> int:
        from PySide6.QtCore import QCoreApplication

        from models import planning

        _open_database(args)
        result = planning.import_plan(_importer(args.login), data)
        n = len(result.created)
        # Worded without a plural: lupdate marks a plural only in tr() or with a literal n.
        text = QCoreApplication.translate("Main", "Posts imported from {path}: %n.", "", n)
        print(text.format(path=args.file))
        n = result.skipped  # the same file again, or an export imported back
        if n:  # (on one line: lupdate misses a translate() call broken over lines)
            print(QCoreApplication.translate("Main", "Posts in the plan already: %n.", "", n))
        return EXIT_OK

    return _run(args, body)


def _say_wrote(path: str, n: int) -> None:
    from PySide6.QtCore import QCoreApplication

    text = QCoreApplication.translate("Main", "Posts written to {path}: %n.", "", n)
    print(text.format(path=path))


def export_posts_command(args) -> int:
    """``export-posts``: the posting plan as CSV (every post when no days are given)."""
    def body() -> int:
        from models import planning
        from models.post_csv import write_plan

        first, last = _days(args)
        _open_database(args)
        rows = planning.plan_rows(first, last)
        _write(args.file, write_plan(rows))
        _say_wrote(args.file, len(rows))
        return EXIT_OK

    return _run(args, body)


def export_ics_command(args) -> int:
    """``export-ics``: the posts planned in the range as an .ics calendar."""
    def body() -> int:
        from models import planning
        from models.post_ics import to_ics

        first, last = _days(args)
        _open_database(args)
        items = planning.ics_items(first, last)
        _write(args.out, to_ics(items, calendar_name=planning.calendar_name()))
        _say_wrote(args.out, len(items))
        return EXIT_OK

    return _run(args, body)


def _inbox_line(person, item, platforms: dict[int, str]) -> str:
    from models.timeutil import format_local

    line = _translate(QT_TRANSLATE_NOOP(
        "Main", "{who}: {title} · {platform} · {when} · {stage} · {todo}")).format(
        who=person.display_name, title=item.title, platform=platforms.get(item.platform_id, ""),
        when=format_local(item.planned_at) if item.planned_at is not None
        else _translate(QT_TRANSLATE_NOOP("Main", "unscheduled")),
        stage=item.stage.label,
        #: Between two things a person must do about one post ("Review; Mentioned").
        todo=_translate(QT_TRANSLATE_NOOP("Main", "; ")).join(r.label for r in item.reasons))
    if item.urgent:
        line += _translate(QT_TRANSLATE_NOOP("Main", " · URGENT"))
    return line


def inbox_command(args) -> int:
    """``inbox``: what waits for whom, one post a line, person by person; exit 1 if any."""
    def body() -> int:
        from models import platforms, reviews, users

        _open_database(args)
        if args.user:
            person = users.find_by_login(args.user)
            if person is None or not person.active:
                raise _Refused(QT_TRANSLATE_NOOP(
                    "Main", "There is no active team member with the user name {login}."),
                    login=args.user)
            people = [person]
        else:
            people = users.list_users(include_inactive=False)
        names = {p.id: p.name for p in platforms.list_platforms()}
        lines = []
        for person in people:
            lines += [_inbox_line(person, item, names) for item in reviews.waiting_for(person)]
        if not lines:
            if args.user:
                text = QT_TRANSLATE_NOOP("Main", "Nothing waits for {who}.")
            else:
                text = QT_TRANSLATE_NOOP("Main", "Nothing waits for anyone.")
            print(_translate(text).format(who=people[0].display_name if args.user else ""))
            return EXIT_OK
        sys.stdout.write("\n".join(lines) + "\n")
        return EXIT_FOUND

    return _run(args, body)


# -- entry point --------------------------------------------------------------------------

def _demo_with_db() -> int:
    """--demo makes a database of its own: with --db it was silently ignored, and the set-up
    of a real database opened instead."""
    _translate_errors()
    try:
        build_parser().error(_translate(QT_TRANSLATE_NOOP(
            "Main", "--demo opens a new temporary database of its own; it cannot be used with "
                    "--db. To log in to a demo database you have, use --db with --demo-user.")))
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_PROBLEM
    return EXIT_PROBLEM


def _tolerant_output() -> None:
    """A character the console or the file cannot hold is written as "?" rather than ending
    the command in a traceback: an emoji in a title when the output goes to a file on a
    Chinese Windows PC (GBK), any Chinese on an English one (cp1252)."""
    stream = sys.stdout
    if stream is not None and getattr(stream, "errors", None) == "strict":
        try:
            stream.reconfigure(errors="replace")
        except (AttributeError, ValueError):  # not a text stream of io's, or closed
            pass


def main(argv: list[str] | None = None) -> int:
    global _argv
    _argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_output()
    try:
        try:
            args = build_parser(with_commands=False).parse_args(_argv)
        except _NotJustTheWindow:
            args = build_parser().parse_args(_argv)
    except SystemExit as exc:  # --help, --version, or a bad option (argparse printed why)
        return exc.code if isinstance(exc.code, int) else EXIT_PROBLEM
    if getattr(args, "demo", False) and getattr(args, "db", None):
        return _demo_with_db()
    handler = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    from ui import app as gui

    gui.mark_start(_STARTED)
    return gui.run(args)


if __name__ == "__main__":
    sys.exit(main())
