"""Posting plans as CSV files: reading (with every bad row named) and writing.

The columns are ``platform,column,title,writer,category,planned_at,concerns_project,event``.
Chinese Excel saves CSV as GB18030, others as UTF-8 with or without a BOM:
all three are read.  Reading is all or nothing: ``parse_plan`` returns the
rows only when every row is good, and otherwise raises ``PlanRejected``
listing each bad row with its line number, the column and the reason, so
that the import writes nothing (issue 3, "a rejected import writes nothing";
DESIGN "Errors and bad input").

Names are resolved through a ``Lookup`` the caller fills from the database;
unknown platforms, columns, writers and events are errors, never created.

What else a file may hold, and how it reads:
- Columns without a name (Excel leaves empty cells at the end of the header
  line when a sheet once had more columns) are ignored, as long as the rows
  hold nothing under them.
- A line number is the line a row starts on: a quoted cell may span lines.
  A title is one line, so a title with a line break in it is refused (rather
  than joined silently: the person sees the cell and decides).
- Two rows for the same platform, planned time and title are one post written
  twice: the later row is refused, naming the earlier one.  A row for a post the
  plan already holds is left out, and counted (``read_plan``'s ``in_plan``).
- The valid platforms and categories are listed with the first row that names
  an unknown one (not on each of 300 bad rows).
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
import re
from dataclasses import dataclass, field
from typing import Callable

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP, translate
from models.names import has_control
from models.timeutil import EARLIEST_DAY, LATEST_DAY, is_supported_day

COLUMNS = ("platform", "column", "title", "writer", "category", "planned_at",
           "concerns_project", "event")
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S",
                "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")
_TRUE = {"1", "true", "yes", "y", "是", "√", "x"}
_FALSE = {"", "0", "false", "no", "n", "否"}
# What export_plan writes (and most files hold): read by fromisoformat in 0.6 µs, where
# strptime takes 8 µs; anything else goes through TIME_FORMATS.
_ISO_MINUTES = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?", re.ASCII)
MAX_PROBLEMS = 200  # a file that is wrong throughout: name the first ones, count the rest


class PlanRejected(DomainError):
    """The file has bad rows; nothing was imported. ``problems`` lists them, in line order."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "The file was not imported; nothing was changed. Correct the following and "
                  "import it again:\n{problems}")

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        shown = [p.describe() for p in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            shown.append(translate("Errors", QT_TRANSLATE_NOOP(
                "Errors", "... and {n} more problems.")).format(n=len(problems) - MAX_PROBLEMS))
        super().__init__(problems="\n".join(shown))

    @property
    def lines(self) -> list[int]:
        """The lines that have problems, in order (0: the file as a whole)."""
        return sorted({p.line for p in self.problems})

    def describe_all(self) -> list[str]:
        """Every problem, one line each, in the user's language (``str()`` names at most
        MAX_PROBLEMS of them: a screen shows the rest in a scrolling list)."""
        return [p.describe() for p in self.problems]


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based line in the file, header included; 0 for the file as a whole
    column: str  # one of COLUMNS, or "" for the file or the row
    reason: str  # English source, context "Errors"; values in ``values``
    values: dict = field(default_factory=dict)

    def describe(self) -> str:
        reason = translate("Errors", self.reason).format(**self.values)
        if self.line == 0:
            return reason
        if self.column:
            return translate("Errors", QT_TRANSLATE_NOOP("Errors", "Line {line}, {column}: {reason}")
                             ).format(line=self.line, column=self.column, reason=reason)
        return translate("Errors", QT_TRANSLATE_NOOP("Errors", "Line {line}: {reason}")).format(
            line=self.line, reason=reason)


@dataclass
class Lookup:
    """Names the file may use, mapped to ids. Keys are compared case-insensitively.

    ``platform_names`` and ``category_names`` are what a message lists when a row names
    neither (default: the keys as given).
    """

    platforms: dict[str, int]  # platform name -> id (active platforms only)
    columns: dict[tuple[int, str], int]  # (platform id, column name) -> id (active columns)
    writers: dict[str, int]  # login and unambiguous display name -> user id (active, may write)
    categories: dict[str, str]  # code, English and Chinese name, translated name -> code
    events: dict[str, int]  # event name -> id
    platform_names: tuple[str, ...] = ()
    category_names: tuple[str, ...] = ()
    # Every platform, also those no longer in use: to recognise posts already in the plan.
    known_platforms: dict[str, int] = field(default_factory=dict)
    # Active members who write no posts (login and full name -> full name): to say so.
    non_writers: dict[str, str] = field(default_factory=dict)
    # A full name two or more writers share -> their user names; an event name two or more
    # events share -> the forms that tell them apart ("name (first day)"): to say so.
    shared_writer_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    shared_event_names: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self):
        self.platform_names = tuple(self.platform_names or self.platforms)
        self.category_names = tuple(self.category_names or dict.fromkeys(self.categories.values()))
        self.platforms = {k.casefold(): v for k, v in self.platforms.items()}
        self.known_platforms = {**{k.casefold(): v for k, v in self.known_platforms.items()},
                                **self.platforms}
        self.non_writers = {k.casefold(): v for k, v in self.non_writers.items()}
        self.columns = {(p, k.casefold()): v for (p, k), v in self.columns.items()}
        self.writers = {k.casefold(): v for k, v in self.writers.items()}
        self.categories = {k.casefold(): v for k, v in self.categories.items()}
        self.events = {k.casefold(): v for k, v in self.events.items()}
        self.shared_writer_names = {k.casefold(): v for k, v in self.shared_writer_names.items()}
        self.shared_event_names = {k.casefold(): v for k, v in self.shared_event_names.items()}


@dataclass(frozen=True)
class PlanRow:
    line: int
    platform_id: int
    column_id: int | None
    title: str
    writer_id: int
    category: str
    planned_local: _dt.datetime | None  # naive, the team's local time
    concerns_project: bool
    event_id: int | None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 (what Chinese Excel writes)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise PlanRejected([Problem(0, "", QT_TRANSLATE_NOOP(
            "Errors", "The file is neither UTF-8 nor GB18030 text. Save it from Excel as "
                      "\u201cCSV UTF-8\u201d and try again."))]) from None


class OutOfRange(ValueError):
    """A date and time, but outside ``timeutil.EARLIEST_DAY``..``LATEST_DAY``."""


def parse_time(text: str) -> _dt.datetime | None:
    """The naive local time of a ``planned_at`` cell, None for an empty one; ValueError for
    what is not a date and time, ``OutOfRange`` for a day MediaDesk does not plan (a typo
    such as 2226, or 9999-12-31, whose deadlines cannot even be worked out)."""
    text = text.strip()
    if not text:
        return None
    if _ISO_MINUTES.fullmatch(text):
        when = _dt.datetime.fromisoformat(text)  # raises ValueError for 2026-02-30, 25:00
    else:
        for fmt in TIME_FORMATS:
            try:
                when = _dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(text)
    if not is_supported_day(when.date()):
        raise OutOfRange(text)
    # To the minute, as a planned time is stored (``posts.normalise_time``): 09:30:10 and
    # 09:30:50 are the same post, not two copies of it.
    return when.replace(second=0, microsecond=0)


def _names(names) -> str:
    """A list of names for a message: “a”, “b”, “c”."""
    #: Between the names of a list in a message ("“Weibo”, “Zhihu”"); Chinese uses "、".
    separator = translate("Errors", QT_TRANSLATE_NOOP("Errors", ", "))
    return separator.join(f"\u201c{name}\u201d" for name in names)


def _unreadable_line(line: int, exc: csv.Error) -> Problem:
    """Why the csv module could not read a line, in the user's language (its own reasons
    are English: "field larger than field limit (131072)", from a huge cell or a file of
    NUL bytes)."""
    if "field limit" in str(exc):
        text = QT_TRANSLATE_NOOP(
            "Errors", "This line cannot be read: a value in it is longer than {limit} "
                      "characters. Is this a posting plan?")
    else:
        text = QT_TRANSLATE_NOOP(
            "Errors", "This line cannot be read as CSV: its quotation marks or line breaks "
                      "are not where CSV has them.")
    return Problem(line, "", text, {"limit": f"{csv.field_size_limit():,}"})


def _header_problem(missing: list[str], unknown: list[str]) -> Problem:
    values = {"header": ",".join(COLUMNS), "missing": ", ".join(missing),
              "unknown": _names(unknown)}
    if not unknown:
        reason = QT_TRANSLATE_NOOP(
            "Errors", "The header line must name the columns {header} (in any order). "
                      "Missing: {missing}.")
    elif not missing:
        reason = QT_TRANSLATE_NOOP(
            "Errors", "The header line must name the columns {header} (in any order). "
                      "Not known: {unknown}.")
    else:
        reason = QT_TRANSLATE_NOOP(
            "Errors", "The header line must name the columns {header} (in any order). "
                      "Missing: {missing}. Not known: {unknown}.")
    return Problem(1, "", reason, values)


@dataclass(frozen=True)
class PlanFile:
    """A plan that reads well: the rows to import, and the lines left out because the plan
    already holds their post (``read_plan``'s ``in_plan``)."""

    rows: list[PlanRow]
    skipped_lines: list[int]


def parse_plan(data: bytes, lookup: Lookup,
               check: Callable[[list[PlanRow]], list[Problem]] | None = None) -> list[PlanRow]:
    """All rows of the file, or ``PlanRejected`` naming every bad row (``read_plan``)."""
    return read_plan(data, lookup, check).rows


def read_plan(data: bytes, lookup: Lookup,
              check: Callable[[list[PlanRow]], list[Problem]] | None = None,
              in_plan: Callable[[list[tuple]], set[tuple]] | None = None) -> PlanFile:
    """The rows of the file to import, or ``PlanRejected`` naming every bad row.

    ``in_plan``, if given, is called once with the key (platform id from
    ``lookup.known_platforms``, naive local planned time or None, title) of every row that
    has one, and returns the keys of the posts the plan already holds.  Those rows are
    left out and not checked further (an exported range imported back names past
    times, former colleagues and retired platforms; nothing of it is written).

    ``check``, if given, is called once with every other row that reads well (and repeats
    no earlier row) and returns their further problems: rules only the database knows (a
    time that has passed, a title too long for the platform, a post for another writer).
    They are listed with the others, in line order, so one rejection names every bad
    row; one call lets the caller read what it needs for all rows at once.
    """
    text = decode(data)
    if not text.strip():
        raise PlanRejected([Problem(0, "", QT_TRANSLATE_NOOP(
            "Errors", "The file is empty. A posting plan starts with the header line {header}."),
            {"header": ",".join(COLUMNS)})])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().casefold() for h in next(reader)]
    except csv.Error as exc:
        raise PlanRejected([_unreadable_line(1, exc)]) from None
    missing = [c for c in COLUMNS if c not in header]
    unknown = [h for h in header if h and h not in COLUMNS]
    if missing or unknown:
        raise PlanRejected([_header_problem(missing, unknown)])
    index = {name: header.index(name) for name in COLUMNS}
    width = max(index.values()) + 1  # the cells up to the last named column
    unnamed = [i for i, h in enumerate(header[:width]) if not h]
    problems: list[Problem] = []
    records: list[tuple[int, dict[str, str]]] = []  # (line, cells) of the rows read
    start = reader.line_num + 1  # the line the next row starts on (a quoted cell may span lines)
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(_unreadable_line(reader.line_num, exc))
            break
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue  # blank lines are allowed
        filled = max(i for i, cell in enumerate(record) if cell.strip()) + 1
        if len(record) < width or filled > width:
            problems.append(Problem(line, "", QT_TRANSLATE_NOOP(
                "Errors", "The line has {found} values; the header has {expected}."),
                {"found": len(record) if len(record) < width else filled, "expected": width}))
            continue
        stray = [record[i].strip() for i in unnamed if record[i].strip()]
        for value in stray:
            problems.append(Problem(line, "", QT_TRANSLATE_NOOP(
                "Errors", "the value \u201c{value}\u201d is in a column that has no name in "
                          "the header line."), {"value": value}))
        if not stray:
            records.append((line, {name: _unescaped(record[i].strip())
                                   for name, i in index.items()}))

    first: dict[tuple, int] = {}  # (platform, planned time, title) -> the first line with it
    repeats: set[int] = set()
    for line, cells in records:
        key = _key(cells, lookup)
        if key is None:
            continue
        earlier = first.setdefault(key, line)
        if earlier != line:  # one post written twice: which of the two is meant?
            repeats.add(line)
            problems.append(Problem(line, "", QT_TRANSLATE_NOOP(
                "Errors", "this is the same post as line {first} (same platform, planned time "
                          "and title). Remove one of the two lines."), {"first": earlier}))
    known = in_plan(list(first)) if in_plan is not None and first else set()
    skipped = sorted(first[key] for key in known if key in first)
    left_out = repeats | set(skipped)
    rows: list[PlanRow] = []
    listed: set[str] = set()  # the valid names are listed once, with the first wrong name
    for line, cells in records:
        if line in left_out:
            continue
        row = _parse_row(line, cells, lookup, problems, listed)
        if row is not None:
            rows.append(row)
    if check is not None and rows:
        problems.extend(check(rows))
    if problems:
        problems.sort(key=lambda p: p.line)  # stable: a line's problems keep their order
        raise PlanRejected(problems)
    if not rows and not skipped:
        raise PlanRejected([Problem(0, "", QT_TRANSLATE_NOOP(
            "Errors", "The file has a header line but no posts."))])
    return PlanFile(rows, skipped)


def _key(cells: dict[str, str], lookup: Lookup) -> tuple | None:
    """What makes two rows the same post: (platform id, planned time, title), when the
    three read well.  The platform may be one no longer in use (``known_platforms``)."""
    platform_id = lookup.known_platforms.get(cells["platform"].casefold())
    if platform_id is None or not cells["title"]:
        return None
    try:
        return platform_id, parse_time(cells["planned_at"]), cells["title"]
    except ValueError:
        return None


def _parse_row(line: int, cells: dict[str, str], lookup: Lookup, problems: list[Problem],
               listed: set[str]) -> PlanRow | None:
    """The row, or None with its problems added to ``problems``.  The first problem with a
    platform or a category lists the valid names, and adds "platform" or "category" to
    ``listed``; later ones do not repeat the list (300 bad rows would list it 300 times)."""
    found = len(problems)

    def bad(column: str, reason: str, **values) -> None:
        problems.append(Problem(line, column, reason, values))

    platform_id = lookup.platforms.get(cells["platform"].casefold())
    if not cells["platform"]:
        bad("platform", QT_TRANSLATE_NOOP("Errors", "the platform is missing."))
    elif platform_id is None and "platform" in listed:
        bad("platform", QT_TRANSLATE_NOOP(
            "Errors", "there is no active platform called \u201c{name}\u201d."),
            name=cells["platform"])
    elif platform_id is None:
        listed.add("platform")
        bad("platform", QT_TRANSLATE_NOOP(
            "Errors", "there is no active platform called \u201c{name}\u201d. The active "
                      "platforms are {names}."),
            name=cells["platform"], names=_names(lookup.platform_names))
    column_id = None
    if cells["column"] and platform_id is not None:
        column_id = lookup.columns.get((platform_id, cells["column"].casefold()))
        if column_id is None:
            bad("column", QT_TRANSLATE_NOOP(
                "Errors", "the platform {platform} has no active column called \u201c{name}\u201d."),
                platform=cells["platform"], name=cells["column"])
    title = cells["title"]
    if not title:
        bad("title", QT_TRANSLATE_NOOP("Errors", "the title is missing."))
    elif "\n" in title or "\r" in title:
        bad("title", QT_TRANSLATE_NOOP(
            "Errors", "the title has a line break in it; a title is one line. Remove the line "
                      "break from the cell."))
    elif has_control(title):  # a NUL had stopped the whole import on PostgreSQL
        bad("title", QT_TRANSLATE_NOOP(
            "Errors", "the title has an invisible control character in it (a tab, or one a "
                      "program left, such as U+0000). Remove it from the cell."))
    writer_id = lookup.writers.get(cells["writer"].casefold())
    if not cells["writer"]:
        bad("writer", QT_TRANSLATE_NOOP("Errors", "the writer is missing."))
    elif writer_id is None and cells["writer"].casefold() in lookup.non_writers:
        bad("writer", QT_TRANSLATE_NOOP(
            "Errors", "{name} does not write posts. Choose a content, channel or promotion "
                      "specialist, or the operations manager."),
            name=lookup.non_writers[cells["writer"].casefold()])
    elif writer_id is None and cells["writer"].casefold() in lookup.shared_writer_names:
        bad("writer", QT_TRANSLATE_NOOP(
            "Errors", "more than one team member is called \u201c{name}\u201d: write the user "
                      "name of the one you mean ({logins})."), name=cells["writer"],
            logins=_names(lookup.shared_writer_names[cells["writer"].casefold()]))
    elif writer_id is None:
        bad("writer", QT_TRANSLATE_NOOP(
            "Errors", "there is no active team member called \u201c{name}\u201d (use the user name "
                      "or the full name)."), name=cells["writer"])
    category = lookup.categories.get(cells["category"].casefold())
    if category is None and "category" in listed:
        if not cells["category"]:
            bad("category", QT_TRANSLATE_NOOP("Errors", "the category is missing."))
        else:
            bad("category", QT_TRANSLATE_NOOP(
                "Errors", "\u201c{value}\u201d is not a category."), value=cells["category"])
    elif category is None:
        listed.add("category")
        names = _names(lookup.category_names)
        if not cells["category"]:
            bad("category", QT_TRANSLATE_NOOP(
                "Errors", "the category is missing. Write one of {names}."), names=names)
        else:
            bad("category", QT_TRANSLATE_NOOP(
                "Errors", "\u201c{value}\u201d is not a category. Write one of {names}."),
                value=cells["category"], names=names)
    try:
        planned = parse_time(cells["planned_at"])
    except OutOfRange:
        planned = None
        bad("planned_at", QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is outside the dates MediaDesk works with ({earliest} "
                      "to {latest}). Check the year."), value=cells["planned_at"],
            earliest=EARLIEST_DAY.isoformat(), latest=LATEST_DAY.isoformat())
    except ValueError:
        planned = None
        bad("planned_at", QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a date and time; write it as 2026-11-24 09:30, "
                      "or leave it empty for an unscheduled post."), value=cells["planned_at"])
    flag = cells["concerns_project"].casefold()
    if flag not in _TRUE | _FALSE:
        bad("concerns_project", QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not yes or no."), value=cells["concerns_project"])
    event_id = None
    if cells["event"]:
        event_id = lookup.events.get(cells["event"].casefold())
        if event_id is None and cells["event"].casefold() in lookup.shared_event_names:
            bad("event", QT_TRANSLATE_NOOP(
                "Errors", "more than one event is called \u201c{name}\u201d: write it with its "
                          "first day, as {choices}."), name=cells["event"],
                choices=_names(lookup.shared_event_names[cells["event"].casefold()]))
        elif event_id is None:
            bad("event", QT_TRANSLATE_NOOP(
                "Errors", "there is no event called \u201c{name}\u201d."), name=cells["event"])
    if len(problems) > found:
        return None
    return PlanRow(line, platform_id, column_id, title, writer_id, category, planned,
                   flag in _TRUE, event_id)


# A cell that starts with one of these is a formula to Excel and WPS: a title "=1+1" showed
# "2", "-50%限时折扣" "#NAME?", and "=HYPERLINK(...)" a live link.  The plan writes such a value
# behind an apostrophe (the spreadsheets' own mark for "text"), and reading takes it off
# again; a value that starts with apostrophes before one of them gets one more, so that
# every value reads back as written.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _escaped(value: str) -> str:
    return "'" + value if value.lstrip("'").startswith(_FORMULA_STARTS) else value


def _unescaped(value: str) -> str:
    if value.startswith("'") and value.lstrip("'").startswith(_FORMULA_STARTS):
        return value[1:]
    return value


def write_plan(rows: list[dict]) -> bytes:
    """CSV bytes (UTF-8 with a BOM, so that Excel shows the Chinese) of ``rows``:
    dicts with the keys of COLUMNS, values already as text (a value a spreadsheet would
    take for a formula behind an apostrophe)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_escaped(str(row.get(c, ""))) for c in COLUMNS])
    return out.getvalue().encode("utf-8-sig")
