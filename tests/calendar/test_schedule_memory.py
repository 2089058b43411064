"""An office schedule keeps its tables as machine integers: well under the 2.1 MiB the lists of ints took."""

from __future__ import annotations

import datetime as dt
import tracemalloc

from kzsocial.calendar import OfficeHours, default_calendar


def test_one_schedule_takes_under_half_a_mebibyte() -> None:
    default_calendar().is_working_day(dt.date(2025, 1, 1))  # the calendar's own tables, outside the count
    hours = OfficeHours.weekly("08:30", "17:30", breaks=[("12:30", "13:30")], weekdays=range(6))
    tracemalloc.start()
    try:
        sched = hours.schedule()
        sched.cum  # noqa: B018 - made on first read: counted here
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert used < 512 * 1024, used
    assert sched.cum.itemsize == 8 and len(sched.cum) == len(sched.pat) + 1
    # 30 minutes on Friday 3 May 2024, 1.5 hours on Saturday 4 May (worked by decree)
    due = hours.add_working_time(dt.datetime(2024, 5, 3, 17, 0), dt.timedelta(hours=2))
    assert due == dt.datetime(2024, 5, 4, 10, 0)
