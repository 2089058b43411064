"""Columns in and out: Python sequences, numpy ``datetime64`` arrays, pandas, Arrow and Polars columns.

A column of moments becomes int64 microseconds since 1970 (wall clock for naive columns, UTC for aware ones)
with a validity mask; results go back as a column of the kind that came in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np

from kzsocial.errors import InvalidTypeError

__all__ = ["Moments", "from_column", "kind_of", "to_days", "to_moments", "to_reasons"]

Array = np.ndarray[Any, Any]
_EPOCH = dt.datetime(1970, 1, 1)
_EPOCH_DATE = dt.date(1970, 1, 1)
_EPOCH_ORD = _EPOCH_DATE.toordinal()
_NAT = np.iinfo(np.int64).min


def kind_of(column: object) -> str:
    """ "numpy", "pandas", "arrow", "polars" or "python"."""
    if isinstance(column, np.ndarray):
        return "numpy"
    module = type(column).__module__.split(".", 1)[0]
    if module in ("pandas", "pyarrow", "polars"):
        return {"pandas": "pandas", "pyarrow": "arrow", "polars": "polars"}[module]
    return "python"


class Moments:
    """One column of moments, read: ``us`` (µs since 1970; wall clock, or UTC where ``tz`` or ``objects``
    says so), ``valid``, the column's zone name for an aware column, and for Python sequences the objects."""

    __slots__ = ("bad", "kind", "objects", "tz", "us", "valid")

    def __init__(
        self, kind: str, us: Array, valid: Array, tz: str | None, objects: list[Any] | None, bad: Array
    ) -> None:
        self.kind = kind
        self.us = us
        self.valid = valid
        self.tz = tz
        self.objects = objects
        self.bad = bad

    def __len__(self) -> int:
        return len(self.us)


def _from_datetime64(values: Array, kind: str, tz: str | None) -> Moments:
    if values.dtype.kind != "M":
        raise InvalidTypeError(f"a column of moments must hold datetimes, got dtype {values.dtype}")
    us = values.astype("M8[us]").view(np.int64)
    valid = us != _NAT
    return Moments(kind, us, valid, tz, None, np.zeros(len(us), dtype=bool))


def _zone_name(tz: object) -> str | None:
    if tz is None:
        return None
    key = getattr(tz, "key", None) or getattr(tz, "zone", None)
    name = str(key if key is not None else tz)
    return "UTC" if name in ("UTC", "utc", "Etc/UTC", "+00:00") else name


def from_column(column: object, what: str) -> Moments:
    """Read a column of moments of any supported kind."""
    kind = kind_of(column)
    if kind == "numpy":
        assert isinstance(column, np.ndarray)
        return _from_datetime64(column, kind, None)
    if kind == "pandas":
        import pandas as pd

        series = pd.Series(column) if not isinstance(column, pd.Series) else column
        if not pd.api.types.is_datetime64_any_dtype(series.dtype):
            raise InvalidTypeError(f"{what} must be a datetime column, got dtype {series.dtype}")
        tz = getattr(series.dt, "tz", None)
        if tz is not None:
            series = series.dt.tz_convert("UTC").dt.tz_localize(None)
        return _from_datetime64(series.to_numpy(dtype="datetime64[us]"), kind, _zone_name(tz))
    if kind == "arrow":
        import pyarrow as pa

        arr = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        if not isinstance(arr, pa.Array) or not pa.types.is_timestamp(arr.type):
            raise InvalidTypeError(f"{what} must be an Arrow timestamp array, got {getattr(arr, 'type', arr)!r}")
        tz = arr.type.tz
        arr = arr.cast(pa.timestamp("us", tz=tz))
        values = arr.cast(pa.int64()).to_numpy(zero_copy_only=False)
        valid = ~arr.is_null().to_numpy(zero_copy_only=False)
        us = np.where(valid, np.nan_to_num(values, nan=0), 0).astype(np.int64)
        return Moments(kind, us, valid, _zone_name(tz), None, np.zeros(len(us), dtype=bool))
    if kind == "polars":
        import polars as pl

        if not isinstance(column, pl.Series) or not isinstance(column.dtype, pl.Datetime):
            raise InvalidTypeError(f"{what} must be a Polars Datetime series, got {getattr(column, 'dtype', column)!r}")
        tz = column.dtype.time_zone
        us_series = column.dt.cast_time_unit("us").dt.epoch("us") if tz is None else column.dt.epoch("us")
        valid = us_series.is_not_null().to_numpy()
        us = us_series.fill_null(0).to_numpy().astype(np.int64)
        return Moments(kind, us, valid, _zone_name(tz), None, np.zeros(len(us), dtype=bool))
    if isinstance(column, (str, bytes)) or not isinstance(column, Sequence):
        raise InvalidTypeError(
            f"{what} must be a sequence of datetimes, a numpy datetime64 array, or a pandas / Arrow / Polars "
            f"column, got {type(column).__name__}"
        )
    objects = list(column)
    n = len(objects)
    us = np.zeros(n, dtype=np.int64)
    valid = np.zeros(n, dtype=bool)
    bad = np.zeros(n, dtype=bool)
    for k, m in enumerate(objects):
        if m is None:
            continue
        if not isinstance(m, dt.datetime):
            bad[k] = True
            continue
        valid[k] = True
        if m.tzinfo is None or m.utcoffset() is None:
            us[k] = (m - _EPOCH) // dt.timedelta(microseconds=1)
    return Moments("python", us, valid, None, objects, bad)


def to_moments(us: Array, valid: Array, kind: str, tz: str | None, zones: list[dt.tzinfo | None] | None) -> Any:
    """A column of moments from µs since 1970 (UTC when ``tz`` is given, else wall clock); ``zones`` gives each
    row's tzinfo for Python output."""
    if kind == "python":
        out: list[dt.datetime | None] = []
        for k in range(len(us)):
            if not valid[k]:
                out.append(None)
                continue
            moment = _EPOCH + dt.timedelta(microseconds=int(us[k]))
            zone = zones[k] if zones is not None else None
            out.append(moment if zone is None else moment.replace(tzinfo=zone))
        return out
    values = (us if valid.all() else np.where(valid, us, _NAT)).view("M8[us]")
    if kind == "numpy":
        return values
    if kind == "pandas":
        import pandas as pd

        series = pd.Series(values)
        return series.dt.tz_localize("UTC").dt.tz_convert(tz) if tz is not None else series
    if kind == "arrow":
        import pyarrow as pa

        return pa.array(values, type=pa.timestamp("us"), mask=~valid).cast(pa.timestamp("us", tz=tz))
    import polars as pl

    series = pl.Series(values)
    return series.dt.replace_time_zone("UTC").dt.convert_time_zone(tz) if tz is not None else series


def to_days(days: Array, valid: Array, kind: str) -> Any:
    """A column of dates from days since 1970."""
    if kind == "python":
        return [dt.date.fromordinal(int(d) + _EPOCH_ORD) if v else None for d, v in zip(days, valid, strict=True)]
    values = (days if valid.all() else np.where(valid, days, _NAT)).view("M8[D]")
    if kind == "numpy":
        return values
    if kind == "pandas":
        import pandas as pd

        return pd.Series(values.astype("M8[s]"))
    if kind == "arrow":
        import pyarrow as pa

        return pa.array(values, type=pa.date32(), mask=~valid)
    import polars as pl

    return pl.Series(values).cast(pl.Date)


def to_reasons(codes: Array, names: Sequence[str | None], kind: str) -> Any:
    """A column of reason codes (None for answered rows) from their numbers."""
    if kind == "numpy":
        out = np.empty(len(codes), dtype=object)  # None everywhere
        for code in np.unique(codes).tolist():
            if code:
                out[codes == code] = names[code]
        return out
    reasons = [names[c] for c in codes.tolist()] if codes.any() else [None] * len(codes)
    if kind == "python":
        return reasons
    if kind == "pandas":
        import pandas as pd

        return pd.Series(reasons, dtype=object)
    if kind == "arrow":
        import pyarrow as pa

        return pa.array(reasons, type=pa.string())
    import polars as pl

    return pl.Series(reasons, dtype=pl.Utf8)
