"""Posting plans as CSV files: reading (with every bad row named) and writing.

The columns are ``platform,column,title,writer,category,planned_at,concerns_project,event``.
Chinese Excel saves CSV as GB18030, others as UTF-8 with or without a BOM:
all three are read.  Reading is all or nothing: ``parse_plan`` returns the
rows only when every row is good, and otherwise raises ``PlanRejected``
listing each bad row with its line number, the column and the reason, so
that the import writes nothing (issue 3, "a rejected import writes nothing").

Names are resolved through a ``Lookup`` the caller fills from the database;
unknown platforms, columns, writers and events are errors, never created.
"""
from __future__ import annotations

import csv
import datetime as _dt
import io
from dataclasses import dataclass, field
from typing import Callable

from models.errors import DomainError
from models.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = ("platform", "column", "title", "writer", "category", "planned_at",
           "concerns_project", "event")
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S",
                "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S")
_TRUE = {"1", "true", "yes", "y", "是", "√", "x"}
_FALSE = {"", "0", "false", "no", "n", "否"}
MAX_PROBLEMS = 200  # a file that is wrong throughout: name the first ones, count the rest


class PlanRejected(DomainError):
    """The file has bad rows; nothing was imported. ``problems`` lists them."""

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
    """Names the file may use, mapped to ids. Keys are compared case-insensitively."""

    platforms: dict[str, int]  # platform name -> id (active platforms only)
    columns: dict[tuple[int, str], int]  # (platform id, column name) -> id (active columns)
    writers: dict[str, int]  # login and unambiguous display name -> user id (active, may write)
    categories: dict[str, str]  # code, English label, translated label -> code
    events: dict[str, int]  # event name -> id

    def __post_init__(self):
        self.platforms = {k.casefold(): v for k, v in self.platforms.items()}
        self.columns = {(p, k.casefold()): v for (p, k), v in self.columns.items()}
        self.writers = {k.casefold(): v for k, v in self.writers.items()}
        self.categories = {k.casefold(): v for k, v in self.categories.items()}
        self.events = {k.casefold(): v for k, v in self.events.items()}


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


def parse_time(text: str) -> _dt.datetime | None:
    text = text.strip()
    if not text:
        return None
    for fmt in TIME_FORMATS:
        try:
            return _dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(text)


def parse_plan(data: bytes, lookup: Lookup,
               check: Callable[[PlanRow], list[Problem]] | None = None) -> list[PlanRow]:
    """All rows of the file, or ``PlanRejected`` naming every bad row.

    ``check``, if given, is called with each row that reads well and returns that row's
    further problems (rules only the database knows: a time that has passed, a title too
    long for the platform, a post for another writer); they are listed with the others,
    so one rejection names every bad row.
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
        raise PlanRejected([Problem(1, "", QT_TRANSLATE_NOOP(
            "Errors", "This line cannot be read as CSV ({reason})."), {"reason": str(exc)})]) from None
    missing = [c for c in COLUMNS if c not in header]
    unknown = [h for h in header if h not in COLUMNS]
    if missing or unknown:
        raise PlanRejected([Problem(1, "", QT_TRANSLATE_NOOP(
            "Errors", "The header line must name the columns {header} (in any order). "
                      "Missing: {missing}. Not known: {unknown}."),
            {"header": ",".join(COLUMNS), "missing": ", ".join(missing) or "-",
             "unknown": ", ".join(unknown) or "-"})])
    index = {name: header.index(name) for name in COLUMNS}
    rows: list[PlanRow] = []
    problems: list[Problem] = []
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line = reader.line_num
            problems.append(Problem(line, "", QT_TRANSLATE_NOOP(
                "Errors", "This line cannot be read as CSV ({reason})."), {"reason": str(exc)}))
            break
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue  # blank lines are allowed
        row_problems: list[Problem] = []
        if len(record) != len(header):
            row_problems.append(Problem(line, "", QT_TRANSLATE_NOOP(
                "Errors", "The line has {found} values; the header has {expected}."),
                {"found": len(record), "expected": len(header)}))
        else:
            row = _parse_row(line, {name: record[i].strip() for name, i in index.items()},
                             lookup, row_problems)
            if row is not None and not row_problems:
                if check is not None:
                    row_problems.extend(check(row))
                rows.append(row)
        problems.extend(row_problems)
    if problems:
        raise PlanRejected(problems)
    if not rows:
        raise PlanRejected([Problem(0, "", QT_TRANSLATE_NOOP(
            "Errors", "The file has a header line but no posts."))])
    return rows


def _parse_row(line: int, cells: dict[str, str], lookup: Lookup,
               problems: list[Problem]) -> PlanRow | None:
    def bad(column: str, reason: str, **values) -> None:
        problems.append(Problem(line, column, reason, values))

    platform_id = lookup.platforms.get(cells["platform"].casefold())
    if not cells["platform"]:
        bad("platform", QT_TRANSLATE_NOOP("Errors", "the platform is missing."))
    elif platform_id is None:
        bad("platform", QT_TRANSLATE_NOOP(
            "Errors", "there is no active platform called \u201c{name}\u201d."), name=cells["platform"])
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
    writer_id = lookup.writers.get(cells["writer"].casefold())
    if not cells["writer"]:
        bad("writer", QT_TRANSLATE_NOOP("Errors", "the writer is missing."))
    elif writer_id is None:
        bad("writer", QT_TRANSLATE_NOOP(
            "Errors", "there is no active team member called \u201c{name}\u201d (use the user name "
                      "or the full name)."), name=cells["writer"])
    category = lookup.categories.get(cells["category"].casefold())
    if category is None:
        bad("category", QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a category."),
            value=cells["category"])
    try:
        planned = parse_time(cells["planned_at"])
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
        if event_id is None:
            bad("event", QT_TRANSLATE_NOOP(
                "Errors", "there is no event called \u201c{name}\u201d."), name=cells["event"])
    if problems:
        return None
    return PlanRow(line, platform_id, column_id, title, writer_id, category, planned,
                   flag in _TRUE, event_id)


def write_plan(rows: list[dict]) -> bytes:
    """CSV bytes (UTF-8 with a BOM, so that Excel shows the Chinese) of ``rows``:
    dicts with the keys of COLUMNS, values already as text."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([row.get(c, "") for c in COLUMNS])
    return out.getvalue().encode("utf-8-sig")
