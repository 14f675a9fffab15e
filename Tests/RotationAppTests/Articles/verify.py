"""Recomputes every expected claim of the test articles from ../shared/data/prices, without
Rotation's code, and checks the expected verdicts. Run: python3 verify.py (exit 1 on a mismatch).

Independent implementation of: window anchors (docs/CONVENTIONS.md "Return windows"), record
close / intraday high (docs/CONVENTIONS.md "Records"), relative streaks (weekly last closes on
common days), beta (numpy covariance / variance), and the verdict rules of docs/CHECKER.md.
"""
import calendar, datetime as dt, json, pathlib, sys
import numpy as np
from prices import load

HERE = pathlib.Path(__file__).parent

def last_on_or_before(rows, day, col=1):
    ok = [r for r in rows if r[0] <= day and r[col] is not None]
    return ok[-1] if ok else None

def minus_months(d, n):
    m = d.month - n; y = d.year + (m - 1) // 12; m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def window_return(symbol, window, col=1):
    spec, end = window.split(" to ")
    end = dt.date.fromisoformat(end)
    rows = load(symbol)
    if spec.startswith("year:"):
        y = int(spec[5:]); end = min(end, dt.date(y, 12, 31))
    e = last_on_or_before(rows, end, col)
    ed = e[0]
    if spec == "1d":
        s = [r for r in rows if r[0] < ed and r[col] is not None][-1]
    else:
        if spec == "week": anchor = ed - dt.timedelta(days=ed.isoweekday())
        elif spec == "ytd": anchor = dt.date(ed.year - 1, 12, 31)
        elif spec == "mtd": anchor = ed.replace(day=1) - dt.timedelta(days=1)
        elif spec.startswith("since:"): anchor = dt.date.fromisoformat(spec[6:])
        elif spec.startswith("year:"): anchor = dt.date(int(spec[5:]) - 1, 12, 31)
        elif spec.startswith("range:"): anchor = dt.date.fromisoformat(spec[6:16])
        elif spec.endswith("m"): anchor = minus_months(ed, int(spec[:-1]))
        elif spec.endswith("y"): anchor = minus_months(ed, 12 * int(spec[:-1]))
        elif spec.endswith("w"): anchor = ed - dt.timedelta(days=7 * int(spec[:-1]))
        s = last_on_or_before(rows, anchor, col)
    return e[col] / s[col] - 1

def level(claim):
    rows = load(claim["subject"]); day = dt.date.fromisoformat(claim["window"])
    upto = [r for r in rows if r[0] <= day]
    if claim["kind"] == "record_close": return max(r[1] for r in upto if r[1] is not None)
    if claim["kind"] == "intraday_high":
        r = upto[-1]; return max(r[3] or r[1], r[1])
    return upto[-1][1]

def beta(a, b, end):
    ra, rb = load(a), load(b)
    start = end.replace(year=end.year - 1)
    ca = {r[0]: r[1] for r in ra if start <= r[0] <= end and r[1]}
    cb = {r[0]: r[1] for r in rb if start <= r[0] <= end and r[1]}
    days = sorted(set(ca) & set(cb))
    x = np.diff([ca[d] for d in days]) / [ca[d] for d in days[:-1]]
    y = np.diff([cb[d] for d in days]) / [cb[d] for d in days[:-1]]
    return np.cov(x, y, ddof=1)[0, 1] / np.var(y, ddof=1)

def relative_streak(a, b, end):
    ra, rb = load(a), load(b)
    ca = {r[0]: r[1] for r in ra if r[0] <= end and r[1]}
    cb = {r[0]: r[1] for r in rb if r[0] <= end and r[1]}
    days = sorted(set(ca) & set(cb)); weeks = {}
    for d in days: weeks[d.isocalendar()[:2]] = d
    ends = [weeks[k] for k in sorted(weeks)]
    leaders = [ca[e] / ca[s] > cb[e] / cb[s] for s, e in zip(ends, ends[1:])]
    n = 0
    for x in reversed(leaders):
        if x != leaders[-1]: break
        n += 1
    return n if leaders[-1] else -n

def agrees(c, v, p, q):
    same = v == 0 or c == 0 or (c > 0) == (v > 0); eps = 1e-9
    if q == "exact": return abs(c - v) <= p + eps
    if q == "about": return abs(c - v) <= 2 * p + eps
    if q == "nearly": return same and abs(v) - max(p, 0.05 * abs(v)) - eps <= abs(c) <= abs(v) + eps
    if q == "over": return same and abs(c) > abs(v) - eps
    if q == "under": return same and abs(c) < abs(v) + eps

def verdict(claim):
    kind, v, p, q = claim["kind"], claim["stated"], claim["precision"], claim["qualifier"]
    if kind in ("breadth", "valuation", "short_interest"): return "unverifiable", None
    if kind in ("return", "relative"):
        sym = claim["subject"].split(" vs ")[-1]
        c = window_return(sym, claim["window"])
        alt = window_return(sym, claim["window"], col=2) if claim.get("alternative") == "total" else None
    elif kind == "co_movement":
        a, b = claim["subject"].split(" vs ")
        c = beta(a, b, dt.date.fromisoformat(claim["window"].split(" to ")[1])); alt = None
    elif kind == "streak":
        a, b = claim["subject"].split(" vs ")
        c = max(relative_streak(a, b, dt.date.fromisoformat(claim["window"].split(" to ")[1])), 0); alt = None
    else:
        c = level(claim); alt = None
    if kind == "relative":
        a, b = claim["subject"].split(" vs ")
        own = window_return(a, claim["window"])
        if (own > c) != (claim.get("direction", "up") == "up"): return "contradicted", c
    if agrees(c, v, p, q): return "confirmed", c
    if alt is not None and agrees(alt, v, p, q): return "close", c
    if abs(c - v) <= 0.1 * abs(v): return "close", c
    return "contradicted", c

def main():
  failures = 0
  for path in sorted(HERE.glob("*.expected.json")):
    for claim in json.loads(path.read_text())["claims"]:
      got, c = verdict(claim)
      mark = "ok " if got == claim["verdict"] else "BAD"
      failures += got != claim["verdict"]
      print(f"{mark} {path.stem[:-9]:28} {claim['kind']:13} {claim['subject']:12} stated {claim['stated']:<10} computed {str(c if c is None else round(c, 6)):<12} {got}")
  sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
