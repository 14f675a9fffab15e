#!/usr/bin/env python3
"""Independent reference for window returns and record closes (Python standard library only).

Reads ../shared/data/prices/{RUT,IWM}.csv with the csv module and writes window_expected.json
beside this script. Anchors are implemented here from the CONTRACT.md table, without looking
at the Swift code; see README.md.
"""
import calendar
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PRICES = os.path.normpath(os.path.join(HERE, "../../../../shared/data/prices"))


def load(symbol):
    with open(os.path.join(PRICES, symbol + ".csv"), newline="") as f:
        rows = list(csv.DictReader(f))

    def col(name):
        return [float(r[name]) if r[name] != "" else None for r in rows]

    days = [dt.date.fromisoformat(r["date"]) for r in rows]
    return days, {"close": col("close"), "adj_close": col("adj_close"), "high": col("high")}


def minus_months(day, n):
    """Same day of month n months earlier, clamped to that month's last day."""
    total = day.year * 12 + (day.month - 1) - n
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def last_valued_on_or_before(days, values, limit):
    best = None
    for i, d in enumerate(days):
        if d > limit:
            break
        if values[i] is not None:
            best = i
    return best


def window_return(days, values, window, as_of):
    end_limit = as_of
    if window.startswith("year:"):
        end_limit = min(as_of, dt.date(int(window[5:]), 12, 31))
    elif window.startswith("range:"):
        end_limit = min(as_of, dt.date.fromisoformat(window[6:].split("..")[1]))
    e = last_valued_on_or_before(days, values, end_limit)
    end = days[e]
    if window == "1d":
        s = e - 1
        while values[s] is None:
            s -= 1
    else:
        if window == "week":
            anchor = end - dt.timedelta(days=end.weekday() + 1)  # the Sunday before end's Monday
        elif window == "mtd":
            anchor = end.replace(day=1) - dt.timedelta(days=1)
        elif window == "qtd":
            anchor = end.replace(month=(end.month - 1) // 3 * 3 + 1, day=1) - dt.timedelta(days=1)
        elif window == "ytd":
            anchor = dt.date(end.year - 1, 12, 31)
        elif window.endswith("w"):
            anchor = end - dt.timedelta(days=7 * int(window[:-1]))
        elif window.endswith("m"):
            anchor = minus_months(end, int(window[:-1]))
        elif window.endswith("y") and window[:-1].isdigit():
            anchor = minus_months(end, 12 * int(window[:-1]))
        elif window.startswith("since:"):
            anchor = dt.date.fromisoformat(window[6:])
        elif window.startswith("year:"):
            anchor = dt.date(int(window[5:]) - 1, 12, 31)
        elif window.startswith("range:"):
            anchor = dt.date.fromisoformat(window[6:].split("..")[0])
        else:
            raise ValueError(window)
        s = last_valued_on_or_before(days, values, anchor)
    return {
        "start_date": days[s].isoformat(), "start_value": values[s],
        "end_date": end.isoformat(), "end_value": values[e],
        "return": values[e] / values[s] - 1,
    }


def records(days, closes, highs, as_of):
    record = prev = None
    high = None
    last = None
    for i, d in enumerate(days):
        if d > as_of:
            break
        c = closes[i]
        if c is None:
            continue
        last = i
        if record is None or c > closes[record]:
            prev, record = record, i
        h = c if highs[i] is None else max(highs[i], c)
        if high is None or h > high[1]:
            high = (i, h)
    return {
        "record_close": {"date": days[record].isoformat(), "value": closes[record]},
        "record_high": {"date": days[high[0]].isoformat(), "value": high[1]},
        "previous_record_close": {"date": days[prev].isoformat(), "value": closes[prev]},
        "last": {"date": days[last].isoformat(), "close": closes[last]},
        "from_record_close": closes[last] / closes[record] - 1,
        "days_since_record_close": last - record,
    }


def main():
    windows = ["1d", "week", "mtd", "qtd", "ytd", "1w", "1m", "3m", "6m", "1y", "3y", "5y",
               "since:2021-11-08", "year:2024", "year:2025", "range:2025-04-08..2025-11-28"]
    cases = [("RUT", "close", "price", "2025-12-12", windows),
             ("RUT", "close", "price", "2025-12-14", ["1d", "week", "1m", "ytd"]),
             ("RUT", "close", "price", "2024-02-29", ["1y", "1m", "mtd"]),
             ("IWM", "close", "price", "2025-12-12", ["1d", "ytd", "1y", "5y"]),
             ("IWM", "adj_close", "total", "2025-12-12", ["1d", "ytd", "1y", "5y"])]
    data = {s: load(s) for s in ("RUT", "IWM")}
    returns = []
    for symbol, column, basis, as_of, ws in cases:
        days, cols = data[symbol]
        for w in ws:
            row = {"symbol": symbol, "basis": basis, "as_of": as_of, "window": w}
            row.update(window_return(days, cols[column], w, dt.date.fromisoformat(as_of)))
            returns.append(row)
    highs = []
    for as_of in ("2025-12-12", "2025-12-11", "2025-12-16", "2021-11-10"):
        days, cols = data["RUT"]
        row = {"symbol": "RUT", "as_of": as_of}
        row.update(records(days, cols["close"], cols["high"], dt.date.fromisoformat(as_of)))
        highs.append(row)
    first = []
    for after in ("2021-11-08", "2021-12-31"):
        days, cols = data["RUT"]
        closes = cols["close"]
        best = None
        for i, d in enumerate(days):
            c = closes[i]
            if c is None:
                continue
            if best is not None and c > best and d > dt.date.fromisoformat(after):
                first.append({"symbol": "RUT", "after": after, "date": d.isoformat(), "value": c})
                break
            best = c if best is None else max(best, c)
    with open(os.path.join(HERE, "window_expected.json"), "w") as f:
        json.dump({"returns": returns, "records": highs, "first_records": first}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
