"""Independent expected values for the relative-strength and cycle tests.

Uses only the Python standard library (csv, datetime, json). Reads ../shared/data relative to the
package root and writes expected_*.json beside this script. Run from anywhere:
    python3 Tests/RotationCoreTests/Golden/relative/generate.py
"""
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))


def closes(symbol):
    out = {}
    with open(os.path.join(DATA, "prices", symbol + ".csv"), newline="") as f:
        for row in csv.DictReader(f):
            if row["close"]:
                out[row["date"]] = float(row["close"])
    return out


def period_key(date, period):
    d = dt.date.fromisoformat(date)
    if period == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat()  # Monday of the week
    if period == "month":
        return date[:7]
    return date


def period_ends(dates, period):
    """Last date of each period, via a dict keyed by period (last write wins)."""
    last = {}
    for d in dates:
        last[period_key(d, period)] = d
    return [last[k] for k in sorted(last)]


def weekly_relative(a, b, first, as_of):
    common = sorted(d for d in set(a) & set(b) if d <= as_of)
    ends = period_ends(common, "week")
    rows = []
    for prev, cur in zip(ends, ends[1:]):
        if cur < first:
            continue
        ra, rb = a[cur] / a[prev] - 1, b[cur] / b[prev] - 1
        leader = "RUT" if ra - rb > 1e-12 else ("GSPC" if ra - rb < -1e-12 else None)
        rows.append({"start_date": prev, "end_date": cur, "return_a": ra, "return_b": rb,
                     "excess": ra - rb, "leader": leader})
    # current streak: walk back from the last complete period (as_of is a Friday here)
    last = rows[-1]["leader"]
    n = 0
    for r in reversed(rows):
        if r["leader"] != last:
            break
        n += 1
    first_period = rows[-n]
    start = min(d for d in common if d > first_period["start_date"])
    return {"as_of": as_of, "periods": rows,
            "current_streak": {"leader": last, "length": n, "start_date": start, "end_date": rows[-1]["end_date"]}}


def episodes(dates, levels):
    """Drawdown stretches as maximal runs of points strictly below the running maximum."""
    out = []
    running = levels[0]
    peak = 0
    i = 1
    n = len(levels)
    while i < n:
        if levels[i] >= running:
            running, peak = levels[i], i
            i += 1
            continue
        j = i
        while j < n and levels[j] < running:
            j += 1
        run = range(i, j)
        trough = min(run, key=lambda k: (levels[k], k))
        recovery = j if j < n else None
        out.append({"peak_date": dates[peak], "trough_date": dates[trough],
                    "recovery_date": dates[recovery] if recovery is not None else None,
                    "peak_to_trough_periods": trough - peak,
                    "peak_to_recovery_periods": (recovery - peak) if recovery is not None else None,
                    "length_periods": (recovery if recovery is not None else n - 1) - peak,
                    "depth": levels[trough] / levels[peak] - 1})
        i = j
    return out


def runs_up(dates, levels):
    """Outperformance runs: the drawdowns of the inverse line, mapped back to the line."""
    inv = episodes(dates, [1 / x for x in levels])
    out = []
    for e in inv:
        low, high = e["peak_date"], e["trough_date"]
        li, hi = dates.index(low), dates.index(high)
        out.append({"trough_date": low, "peak_date": high, "recovery_date": e["recovery_date"],
                    "peak_to_trough_periods": e["peak_to_trough_periods"],
                    "peak_to_recovery_periods": e["peak_to_recovery_periods"],
                    "length_periods": e["length_periods"], "depth": levels[hi] / levels[li] - 1})
    return out


def month_end(yyyymm):
    y, m = int(yyyymm[:4]), int(yyyymm[5:7])
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).isoformat()


def main():
    rut, gspc = closes("RUT"), closes("GSPC")
    weekly = {"as_of_2025_12_12": weekly_relative(rut, gspc, "2025-10-01", "2025-12-12"),
              "as_of_2025_12_19": weekly_relative(rut, gspc, "2025-10-01", "2025-12-19")}
    with open(os.path.join(HERE, "expected_rut_gspc_weekly.json"), "w") as f:
        json.dump(weekly, f, indent=1)

    common = sorted(d for d in set(rut) & set(gspc) if d <= "2025-12-31")
    ends = period_ends(common, "month")
    levels = [rut[d] / gspc[d] for d in ends]
    monthly = {"as_of": "2025-12-31", "points": len(ends), "underperformance": episodes(ends, levels),
               "outperformance": runs_up(ends, levels)}
    with open(os.path.join(HERE, "expected_rut_gspc_monthly_cycles.json"), "w") as f:
        json.dump(monthly, f, indent=1)

    dates, rets = [], []
    with open(os.path.join(DATA, "factors", "ff3_monthly.csv"), newline="") as f:
        for row in csv.DictReader(f):
            dates.append(month_end(row["month"]))
            rets.append(float(row["smb"]) / 100)
    first = dt.date.fromisoformat(dates[0]).replace(day=1) - dt.timedelta(days=1)
    line_dates, line = [first.isoformat()], [1.0]
    for d, r in zip(dates, rets):
        line_dates.append(d)
        line.append(line[-1] * (1 + r))
    smb = {"points": len(line), "first_date": line_dates[0], "last_date": line_dates[-1],
           "underperformance": episodes(line_dates, line), "outperformance": runs_up(line_dates, line)}
    with open(os.path.join(HERE, "expected_smb_monthly_cycles.json"), "w") as f:
        json.dump(smb, f, indent=1)


if __name__ == "__main__":
    main()
