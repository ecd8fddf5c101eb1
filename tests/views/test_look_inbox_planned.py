"""The inbox's planned-time column fits every time it shows, in Chinese and English, at the
normal font and at 18 pt.

It was sized to "Tomorrow 00:00" (明天 00:00 in Chinese, two characters and a time), but the
lists also say "12-05 12:00" and, for another year, "2027-01-05 12:00": in Chinese those
were cut to "2027-01-0…".
"""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QStyle

from models import posts, reviews
from models.platforms import list_platforms
from models.posts import PostFields
from models.timeutil import from_local, utcnow
from tests.fitting import app_font, language  # noqa: F401 - the fixtures
from tests.ui.conftest import show_and_activate
from views.inbox import ALL, MINE, WAITING
from views.inbox_models import InboxModel, when_text


@pytest.fixture(params=[None, 18.0], ids=["normal-font", "18pt"])
def font_points(request, qapp, app_font):  # noqa: F811 - after app_font has set the font
    saved = qapp.font()
    if request.param:
        font = qapp.font()
        font.setPointSizeF(request.param)
        qapp.setFont(font)
    yield request.param
    qapp.setFont(saved)


def _post(writer, title, planned):
    platform = list_platforms()[0].id
    post = posts.create_post(writer, PostFields(platform_id=platform, title=title,
                                                body="本周行业要闻。", source="原创",
                                                planned_at=planned))
    return reviews.submit(writer, post.id, post.version)


def _needed(view, text: str) -> int:
    """What a cell needs for ``text``: its advance and the delegate's margins either side."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.fontMetrics().horizontalAdvance(text) + 2 * margin


def test_every_planned_time_fits_its_column(qtbot, team, language, font_points):
    from views.inbox import InboxScreen

    now = utcnow()
    next_year = now.year + 1
    planned = [now + dt.timedelta(hours=3), now + dt.timedelta(days=1, hours=2),
               from_local(dt.datetime(next_year, 12, 28, 20, 58)),
               from_local(dt.datetime(next_year, 10, 30, 18, 48))]
    if now.month < 11:  # a day later this year: "12-28 20:58"
        planned.append(from_local(dt.datetime(now.year, 12, 28, 20, 58)))
    for number, when in enumerate(planned):
        _post(team.lina, f"稿件{number}", when)
    screen = InboxScreen(team.manager)
    screen.resize(1300, 820)
    show_and_activate(qtbot, screen)
    seen = set()
    kinds = [kind for kind in screen.kinds if kind != MINE]  # the manager writes nothing
    assert kinds == [WAITING, ALL]
    for kind in kinds:
        screen.show_list(kind)
        view, model = screen.views[kind], screen.models[kind]
        qtbot.waitUntil(lambda: model.rowCount() >= len(planned))
        width = view.horizontalHeader().sectionSize(InboxModel.PLANNED)
        for row in range(model.rowCount()):
            text = model.index(row, InboxModel.PLANNED).data()
            seen.add(text)
            assert _needed(view, text) <= width, (kind, text, _needed(view, text), width)
        # And every form the column can show, with the font's widest digits.
        for text in (when_text(None), when_text(now, now),
                     when_text(now + dt.timedelta(days=1), now),
                     when_text(now - dt.timedelta(days=1), now),
                     when_text(from_local(dt.datetime(next_year, 8, 28, 20, 58)), now)):
            assert _needed(view, text) <= width, (kind, text, _needed(view, text), width)
    assert any(str(next_year) in text for text in seen)  # the year form was in the lists
