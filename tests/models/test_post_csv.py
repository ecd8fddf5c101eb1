"""Reading and writing posting plans as CSV (issue 3): all rows or none, every bad row named."""
from __future__ import annotations

import datetime as dt

import pytest

from models.post_csv import (COLUMNS, Lookup, PlanRejected, decode, parse_plan, read_plan,
                             write_plan)

HEADER = ",".join(COLUMNS)


@pytest.fixture
def lookup():
    return Lookup(
        platforms={"微信公众号": 2, "官网": 1},
        columns={(2, "每周精选"): 20, (1, "公司新闻"): 10},
        writers={"lina": 3, "李娜": 3, "zhangwei": 4},
        categories={"company_news": "company_news", "Company news": "company_news",
                    "公司新闻": "company_news", "promotion": "promotion", "推广": "promotion"},
        events={"双十一大促": 7},
    )


def plan(*lines: str) -> str:
    return "\r\n".join([HEADER, *lines]) + "\r\n"


GOOD = plan("微信公众号,每周精选,本周行业要闻,lina,公司新闻,2026-11-24 09:30,否,",
            "官网,,双十一活动预告,李娜,promotion,2026/11/08 10:00,yes,双十一大促",
            "官网,公司新闻,未排期稿件,zhangwei,company_news,,0,")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_a_good_plan_is_read_in_every_encoding_excel_writes(lookup, encoding):
    rows = parse_plan(GOOD.encode(encoding), lookup)
    assert [(r.line, r.platform_id, r.column_id, r.writer_id, r.category) for r in rows] == [
        (2, 2, 20, 3, "company_news"), (3, 1, None, 3, "promotion"), (4, 1, 10, 4, "company_news")]
    assert rows[0].planned_local == dt.datetime(2026, 11, 24, 9, 30)
    assert rows[1].concerns_project and rows[1].event_id == 7
    assert rows[2].planned_local is None and not rows[2].concerns_project


def test_every_bad_row_is_named_with_its_line_and_reason(lookup):
    data = plan("微博,,标题,lina,公司新闻,2026-11-24 09:30,否,",  # unknown platform
                "微信公众号,每周精选,好的一行,lina,公司新闻,2026-11-24 09:30,否,",
                "官网,不存在,,nobody,八卦,明天上午,也许,春节联欢",  # six problems
                "官网,公司新闻,少一列,lina,公司新闻,2026-11-24 09:30,否")
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode("utf-8"), lookup)
    text = str(err.value)
    assert "Nothing was changed" in text or "nothing was changed" in text
    lines = {(p.line, p.column) for p in err.value.problems}
    assert (2, "platform") in lines
    assert {(4, "column"), (4, "title"), (4, "writer"), (4, "category"), (4, "planned_at"),
            (4, "concerns_project"), (4, "event")} <= lines
    assert (5, "") in lines
    assert all(p.line != 3 for p in err.value.problems)
    assert "Line 2, platform: there is no active platform called “微博”." in text
    assert "Line 4, writer: there is no active team member called “nobody”" in text
    assert "Line 5: The line has 7 values; the header has 8." in text


def test_an_empty_file_and_a_header_only_file_are_refused(lookup):
    for data in (b"", "\ufeff".encode("utf-8"), b"\r\n\r\n"):
        with pytest.raises(PlanRejected, match="The file is empty"):
            parse_plan(data, lookup)
    with pytest.raises(PlanRejected, match="no posts"):
        parse_plan((HEADER + "\r\n").encode(), lookup)


def test_a_wrong_header_says_what_is_missing_and_unknown(lookup):
    with pytest.raises(PlanRejected) as err:
        parse_plan("platform,title,author\r\n官网,x,lina\r\n".encode(), lookup)
    text = str(err.value)
    assert "Missing: column, writer" in text and "Not known: “author”" in text
    with pytest.raises(PlanRejected) as err:  # nothing missing: no "Missing: -"
        parse_plan((HEADER + ",author\r\n").encode(), lookup)
    assert str(err.value).endswith("(in any order). Not known: “author”.")
    with pytest.raises(PlanRejected) as err:
        parse_plan("platform,title\r\n".encode(), lookup)
    assert "Not known" not in str(err.value)


def test_columns_may_come_in_any_order_and_any_case(lookup):
    data = ("Title,PLATFORM,writer,category,planned_at,concerns_project,event,column\r\n"
            "标题,官网,lina,推广,,,,\r\n").encode("utf-8")
    (row,) = parse_plan(data, lookup)
    assert row.title == "标题" and row.platform_id == 1 and row.category == "promotion"


def test_bytes_that_are_no_known_text_are_refused():
    with pytest.raises(PlanRejected, match="neither UTF-8 nor GB18030"):
        decode(b"\x81\x20\xff\xfe\x80\x80")


def test_a_written_plan_reads_back_the_same(lookup):
    rows = [{"platform": "官网", "column": "公司新闻", "title": "带,逗号和\"引号\"的标题",
             "writer": "lina", "category": "company_news", "planned_at": "2026-11-24 09:30",
             "concerns_project": "yes", "event": "双十一大促"}]
    data = write_plan(rows)
    assert data.startswith("\ufeff".encode("utf-8"))  # Excel then shows the Chinese
    (row,) = parse_plan(data, lookup)
    assert row.title == "带,逗号和\"引号\"的标题" and row.event_id == 7


# -- what Excel and people put in a file ----------------------------------------------------------

def test_empty_columns_excel_leaves_at_the_end_of_the_header_are_ignored(lookup):
    """Excel keeps empty cells after the last column once a sheet had more (QA's
    excel_trailing.csv gave "Missing: -. Not known: , ."); only a value under a column
    without a name is a problem, on its line."""
    data = (HEADER + ",,\r\n"
            "微信公众号,每周精选,本周行业要闻,lina,公司新闻,2026-11-24 09:30,否,,,\r\n"
            "官网,,未排期稿件,zhangwei,推广,,0,\r\n").encode("utf-8-sig")
    rows = parse_plan(data, lookup)
    assert [(r.line, r.title) for r in rows] == [(2, "本周行业要闻"), (3, "未排期稿件")]
    data = ("platform,column,title,,writer,category,planned_at,concerns_project,event\r\n"
            "官网,,标题,备注,lina,推广,,,\r\n"
            "官网,,标题二,,lina,推广,,,,,多出来的\r\n").encode()
    with pytest.raises(PlanRejected) as err:
        parse_plan(data, lookup)
    assert err.value.describe_all() == [
        "Line 2: the value “备注” is in a column that has no name in the header line.",
        "Line 3: The line has 11 values; the header has 9."]


def test_a_row_repeating_another_row_of_the_file_is_refused_naming_both_lines(lookup):
    """Same platform, planned time (however it is written) and title: one post twice."""
    data = plan("官网,公司新闻,测试导入一,lina,公司新闻,2026-12-20 09:30,否,",
                "官网,,另一篇,lina,公司新闻,2026-12-20 09:30,否,",
                "官网,,测试导入一,zhangwei,推广,2026/12/20 9:30,是,",   # line 4 repeats line 2
                "微信公众号,,测试导入一,lina,公司新闻,2026-12-20 09:30,否,")  # another platform
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode(), lookup)
    assert [(p.line, p.column) for p in err.value.problems] == [(4, "")]
    assert str(err.value).endswith(
        "Line 4: this is the same post as line 2 (same platform, planned time and title). "
        "Remove one of the two lines.")


def test_rows_whose_post_is_in_the_plan_are_left_out_unchecked(lookup):
    """``in_plan`` answers for every row at once; a row it knows is neither imported nor
    checked (an export names former colleagues and platforms no longer in use)."""
    lookup = Lookup(lookup.platforms, {}, {"lina": 3}, {"general": "general"}, {},
                    known_platforms={"旧平台": 9})
    asked = []

    def in_plan(keys):
        asked.append(keys)
        return {(9, dt.datetime(2026, 11, 24, 9, 30), "旧稿")}

    data = plan("旧平台,,旧稿,former,general,2026-11-24 09:30,no,",
                "官网,,新稿,lina,general,,no,")
    found = read_plan(data.encode(), lookup, in_plan=in_plan)
    assert [r.title for r in found.rows] == ["新稿"] and found.skipped_lines == [2]
    assert asked == [[(9, dt.datetime(2026, 11, 24, 9, 30), "旧稿"), (1, None, "新稿")]]
    only_known = read_plan(plan("旧平台,,旧稿,former,general,2026-11-24 09:30,no,").encode(),
                           lookup, in_plan=in_plan)
    assert only_known.rows == [] and only_known.skipped_lines == [2]  # not "no posts"


def test_unknown_names_are_answered_with_the_names_to_use(lookup):
    lookup = Lookup(lookup.platforms, lookup.columns, lookup.writers, lookup.categories,
                    lookup.events, category_names=("公司新闻", "推广"))
    data = plan("官网,,空类别,lina,,2026-11-24 09:30,否,",
                "官网,,八卦,lina,八卦,2026-11-24 10:30,否,",
                "火星,,标题,lina,推广,2026-11-24 11:30,否,",
                "金星,,标题,lina,,2026-11-24 12:30,否,")
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode(), lookup)
    # The names to use are listed once, with the first wrong one (not on 300 lines).
    assert err.value.describe_all() == [
        "Line 2, category: the category is missing. Write one of “公司新闻”, “推广”.",
        "Line 3, category: “八卦” is not a category.",
        "Line 4, platform: there is no active platform called “火星”. The active platforms "
        "are “微信公众号”, “官网”.",
        "Line 5, platform: there is no active platform called “金星”.",
        "Line 5, category: the category is missing."]


def test_a_title_over_two_lines_is_refused_on_the_line_its_row_starts(lookup):
    """A title is one line: a quoted cell with a line break is refused, not imported with
    the break in it (QA's multiline_ok.csv); lines are counted as the file has them."""
    data = (HEADER + "\r\n"
            '官网,,"两行\r\n标题",lina,推广,2026-11-24 09:30,否,\r\n'
            "官网,,坏行,nobody,推广,2026-11-24 10:00,否,\r\n").encode()
    with pytest.raises(PlanRejected) as err:
        parse_plan(data, lookup)
    assert [(p.line, p.column) for p in err.value.problems] == [(2, "title"), (4, "writer")]
    assert err.value.describe_all()[0] == (
        "Line 2, title: the title has a line break in it; a title is one line. Remove the line "
        "break from the cell.")


# -- found by testing with real files (stop 16) ---------------------------------------------------

@pytest.mark.parametrize("when", ["9999-12-31 23:59", "0001-01-01 00:00", "2226-12-20 10:00"])
def test_a_day_outside_the_planned_years_names_its_row(lookup, when):
    """9999-12-31 crashed the import with an OverflowError; a typo "2226" was imported."""
    data = plan("微信公众号,每周精选,本周行业要闻,lina,公司新闻,2026-11-24 09:30,否,",
                f"官网,,双十一活动预告,李娜,promotion,{when},yes,")
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode("utf-8"), lookup)
    [problem] = err.value.problems
    assert (problem.line, problem.column) == (3, "planned_at")
    assert problem.describe() == (
        f"Line 3, planned_at: “{when}” is outside the dates MediaDesk works with (2000-01-01 "
        "to 2099-12-31). Check the year.")


@pytest.mark.parametrize("title", ["=1+1", "-50%限时折扣", "+86 热线", "@所有人 年会通知",
                                   "=HYPERLINK(\"http://x.example\",\"点我\")", "'=已有引号",
                                   "''-两个引号", "'普通引号", "普通标题"])
def test_a_title_a_spreadsheet_would_take_for_a_formula_is_written_as_text(lookup, title):
    """Excel and WPS run a cell that starts with = + - @ as a formula ("=1+1" showed 2, and
    "=HYPERLINK(...)" made a live link): the plan writes it behind an apostrophe and
    reads it back as it was."""
    data = write_plan([{"platform": "官网", "column": "", "title": title, "writer": "lina",
                        "category": "company_news", "planned_at": "2026-11-24 09:30",
                        "concerns_project": "no", "event": ""}])
    cell = data.decode("utf-8-sig").splitlines()[1].split(",", 3)[2]
    if title[0] in "=+-@" or title.lstrip("'")[0] in "=+-@":
        assert cell.lstrip('"').startswith("'")
    else:
        assert cell.lstrip('"').startswith(title[:2])
    (row,) = parse_plan(data, lookup)
    assert row.title == title


@pytest.mark.parametrize("content", ["x" * 140_000, "\0" * 140_000])
def test_a_line_the_csv_reader_cannot_read_is_explained_in_the_users_words(lookup, content):
    """The csv module's own English reason ("field larger than field limit (131072)", for a
    huge cell or a file of NUL bytes) was put into the Chinese message."""
    data = plan("微信公众号,每周精选,本周行业要闻,lina,公司新闻,2026-11-24 09:30,否,",
                f"官网,,{content},李娜,promotion,2026-11-25 09:30,yes,")
    reason = "Line 3: This line cannot be read: a value in it is longer than 131,072 characters."
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode("utf-8"), lookup)
    text = str(err.value)
    assert reason in text
    assert "field limit" not in text


def test_a_member_who_writes_no_posts_is_named_as_such(lookup):
    """周敏 of the design department is an active member: "no active team member called
    “zhoumin”" was not true."""
    lookup.non_writers = {"zhoumin": "周敏", "周敏": "周敏"}
    data = plan("官网,,设计稿,zhoumin,promotion,2026-11-25 09:30,yes,",
                "官网,,设计稿二,周敏,promotion,2026-11-25 10:30,yes,")
    with pytest.raises(PlanRejected) as err:
        parse_plan(data.encode("utf-8"), lookup)
    assert [p.describe() for p in err.value.problems] == [
        f"Line {n}, writer: 周敏 does not write posts. Choose a content, channel or promotion "
        "specialist, or the operations manager." for n in (2, 3)]
