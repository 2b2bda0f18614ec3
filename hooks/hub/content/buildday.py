"""The build day: today in the hub's time zone, or the day of SOURCE_DATE_EPOCH."""

from __future__ import annotations

import datetime as dt
import os
from zoneinfo import ZoneInfo


class BadEpoch(ValueError):
    pass


def build_moment(zone: ZoneInfo, environ: dict[str, str] | None = None) -> dt.datetime:
    """The moment whose day decides scheduled, archived, upcoming and past.

    SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
    is read in the hub's zone, so a build at 00:30 in Kassel is on that day.
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return dt.datetime.now(zone)
    try:
        return dt.datetime.fromtimestamp(int(value), zone)
    except (ValueError, OverflowError, OSError) as err:
        raise BadEpoch(f"SOURCE_DATE_EPOCH={value!r} is not a number of seconds since 1970") from err
