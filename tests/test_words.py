"""Values in words and the time-limit chain order."""

from __future__ import annotations

import pytest

from plancraft import words
from plancraft.render.outline import chain_order


@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        ("1h", "1小时", "1 hour"),
        ("30min", "30分钟", "30 minutes"),
        ("10wd", "10个工作日", "10 working days"),
        ("3d", "3日", "3 days"),
        ("6mo", "6个月", "6 months"),
        ("1y", "1年", "1 year"),
        ("2w", "2周", "2 weeks"),
        ("PT1H", "1小时", "1 hour"),
        ("P3D", "3日", "3 days"),
        ("P1Y2M", "1年2个月", "1 year 2 months"),
        ("工作日9:00-17:00", "工作日9:00-17:00", "工作日9:00-17:00"),
    ],
)
def test_duration_words(text, zh, en):
    assert words.duration(text, "zh-CN") == zh
    assert words.duration(text, "en") == en


def test_every_and_within():
    assert words.every("1y", "zh-CN") == "每年" and words.every("1d", "en") == "daily"
    assert words.every("6mo", "zh-CN") == "每6个月" and words.every("6mo", "en") == "every 6 months"
    assert words.within("4h", "zh-CN") == "4小时内" and words.within("4h", "en") == "within 4 hours"


def test_money():
    assert words.money(5000, "CNY", "zh-CN") == "5,000元"
    assert words.money(10000, "CNY", "en") == "CNY 10,000"
    assert words.money(1234567.5, "CNY", "zh-CN") == "1,234,567.50元"
    assert words.money(200, "USD", "zh-CN") == "200美元"
    assert words.money(200, "XAF", "zh-CN") == "200 XAF"


def test_dates_and_numerals():
    assert words.day("2024-09-19", "zh-CN") == "2024年9月19日"
    assert words.day("2024-09-19", "en") == "19 September 2024"
    assert [words.zh_numeral(n) for n in (1, 10, 11, 20, 21, 100, 105)] == [
        "一",
        "十",
        "十一",
        "二十",
        "二十一",
        "一百",
        "一百零五",
    ]


def test_chain_order():
    tls = [
        {"id": "c", "after": "b"},
        {"id": "x"},
        {"id": "b", "after": "a"},
        {"id": "a"},
        {"id": "loop1", "after": "loop2"},
        {"id": "loop2", "after": "loop1"},
        {"id": "dangling", "after": "nope"},
    ]
    assert [t["id"] for t in chain_order(tls)] == ["x", "a", "b", "c", "dangling", "loop1", "loop2"]
