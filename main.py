"""MediaDesk's entry point: start the GUI, or run a headless command.

    python main.py [--db URL | --demo [--demo-user LOGIN]] [--lang en|zh_CN]
    python main.py init-db [--db URL] [--lang en|zh_CN]

Start-up time matters, so this file imports only the standard library at its
top; Qt, peewee and the rest are imported when they are needed.  Exit codes:
0 done, 2 bad input (a database that cannot be used, a bad option).
"""
import time

_STARTED = time.perf_counter()

import argparse  # noqa: E402
import sys  # noqa: E402

CONTEXT = "Main"
LANGUAGES = ("en", "zh_CN")
EXIT_OK = 0
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


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is shown in the user's language."""

    def format_help(self) -> str:
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
                    "Default: the one chosen in the settings, else a file in your data folder."))
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=default,
        help=QT_TRANSLATE_NOOP("Main", "The language (default: the settings, else the system's)."))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mediadesk", add_help=False,
        description=QT_TRANSLATE_NOOP(
            "Main", "MediaDesk: content calendar, approvals, inquiries and platform accounts "
                    "for a new-media operations team."))
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
    return parser


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


# -- entry point --------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    global _argv
    _argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(_argv)
    except SystemExit as exc:  # --help, --version, or a bad option (argparse printed why)
        return exc.code if isinstance(exc.code, int) else EXIT_PROBLEM
    handler = getattr(args, "handler", None)
    if handler is not None:
        return handler(args)
    from ui import app as gui

    gui.mark_start(_STARTED)
    return gui.run(args)


if __name__ == "__main__":
    sys.exit(main())
