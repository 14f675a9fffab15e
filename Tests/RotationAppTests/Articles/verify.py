"""Recomputes every expected claim of the test articles from ../shared/data/prices, without
Rotation's code, and checks the expected verdicts. Run: python3 verify.py (exit 1 on a mismatch).

Independent implementation of: window anchors (docs/CONVENTIONS.md "Return windows"), closing
levels, record close / intraday high (docs/CONVENTIONS.md "Records"), relative streaks (weekly
last closes on common days) and absolute streaks (consecutive rising/falling period closes),
beta (numpy covariance / variance), the alternative conventions and the verdict rules of
docs/CHECKER.md. Also checks that each expected claim's `contains` occurs in its article.
"""
import calendar, datetime as dt, json, pathlib, sys
import numpy as np
from prices import load
import members

HERE = pathlib.Path(__file__).parent
COUNTERPART = {"RUT": "IWM", "IWM": "RUT", "GSPC": "SPY", "SPY": "GSPC", "NDX": "QQQ", "QQQ": "NDX",
               "IXIC": "QQQ", "DJI": "DIA", "DIA": "DJI"}

def last_on_or_before(rows, day, col=1):
    ok = [r for r in rows if r[0] <= day and r[col] is not None]
    return ok[-1] if ok else None

def minus_months(d, n):
    m = d.month - n; y = d.year + (m - 1) // 12; m = (m - 1) % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

def parse(window):
    spec, end = window.split(" to ")
    return spec, dt.date.fromisoformat(end)

def window_return(symbol, spec, end, col=1):
    rows = load(symbol)
    if spec.startswith("year:"):
        end = min(end, dt.date(int(spec[5:]), 12, 31))
    if spec.startswith("range:"):
        end = min(end, dt.date.fromisoformat(spec[18:28]))
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

def return_alternatives(symbol, spec, end):
    """(name, value) for every other standard reading of a window return."""
    alts = [("total", window_return(symbol, spec, end, col=2))]
    rows = [r for r in load(symbol) if r[1] is not None]
    i = max(k for k, r in enumerate(rows) if r[0] <= end)
    for k in (i - 1, i + 1):
        if 0 <= k < len(rows): alts.append(("end day", window_return(symbol, spec, rows[k][0])))
    if spec.startswith("since:"):
        start = dt.date.fromisoformat(spec[6:])
        nxt = [r[0] for r in rows if r[0] > start]
        if nxt and nxt[0] < end: alts.append(("next start", window_return(symbol, f"since:{nxt[0]}", end)))
    other = COUNTERPART.get(symbol)
    if other:
        alts += [("counterpart", window_return(other, spec, end)), ("counterpart", window_return(other, spec, end, col=2))]
    return alts

def level(claim):
    """The computed level and its alternatives (intraday/close of the day, neighbours, total basis)."""
    rows = load(claim["subject"]); day = dt.date.fromisoformat(claim["window"][-10:])
    upto = [r for r in rows if r[0] <= day and r[1] is not None]
    hi = lambda r: max(r[3] if r[3] is not None else r[1], r[1])
    if claim["kind"] == "record_close":
        return max(r[1] for r in upto), [("intraday", max(hi(r) for r in upto)), ("total", max(r[2] for r in upto))]
    i = len(upto) - 1; nb = [k for k in (i - 1, i + 1) if 0 <= k < len([r for r in rows if r[1] is not None])]
    allrows = [r for r in rows if r[1] is not None]
    if claim["kind"] == "intraday_high":
        if claim["window"].startswith("1d to"):  # no day named: the record intraday high
            return max(hi(r) for r in upto), [("record close", max(r[1] for r in upto))]
        return hi(upto[-1]), [("close", upto[-1][1])] + [("neighbour", allrows[k][3]) for k in nb]
    return upto[-1][1], [("intraday", hi(upto[-1]))] + [("previous day" if k < i else "next day", allrows[k][1]) for k in nb] + [("total", upto[-1][2])]

def beta(a, b, end, years=1):
    ra, rb = load(a), load(b)
    start = end.replace(year=end.year - years)
    ca = {r[0]: r[1] for r in ra if start <= r[0] <= end and r[1]}
    cb = {r[0]: r[1] for r in rb if start <= r[0] <= end and r[1]}
    days = sorted(set(ca) & set(cb))
    x = np.diff([ca[d] for d in days]) / [ca[d] for d in days[:-1]]
    y = np.diff([cb[d] for d in days]) / [cb[d] for d in days[:-1]]
    return np.cov(x, y, ddof=1)[0, 1] / np.var(y, ddof=1)

def period_closes(rows, unit):
    key = {"day": lambda d: d, "week": lambda d: d.isocalendar()[:2], "month": lambda d: (d.year, d.month)}[unit]
    last = {}
    for d, c in rows: last[key(d)] = (d, c)
    return [last[k] for k in sorted(last)]

def relative_streak(a, b, end, unit="week"):
    """Signed length of the current run of periods won by a (+) or b (−), on common days."""
    ca = {r[0]: r[1] for r in load(a) if r[0] <= end and r[1]}
    cb = {r[0]: r[1] for r in load(b) if r[0] <= end and r[1]}
    days = sorted(set(ca) & set(cb))
    ends = [d for d, _ in period_closes([(d, 0) for d in days], unit)]
    leaders = [ca[e] / ca[s] > cb[e] / cb[s] for s, e in zip(ends, ends[1:])]
    n = 0
    for x in reversed(leaders):
        if x != leaders[-1]: break
        n += 1
    return n if leaders[-1] else -n

def absolute_streak(symbol, end, unit, up, skip=0):
    """Consecutive rising (falling) period closes ending with the period of `end` (minus `skip`)."""
    closes = [c for _, c in period_closes([(r[0], r[1]) for r in load(symbol) if r[0] <= end and r[1]], unit)]
    moves = [b - a for a, b in zip(closes, closes[1:])][: len(closes) - 1 - skip]
    n = 0
    for m in reversed(moves):
        if not (m > 0 if up else m < 0): break
        n += 1
    return n

def agrees(c, v, p, q):
    same = v == 0 or c == 0 or (c > 0) == (v > 0); eps = 1e-9
    if q == "exact": return abs(c - v) <= p + eps
    if q == "about": return abs(c - v) <= 2 * p + eps
    if q == "nearly": return same and abs(v) - max(p, 0.05 * abs(v)) - eps <= abs(c) <= abs(v) + eps
    if q == "over": return same and abs(c) > abs(v) - eps
    if q == "under": return same and abs(c) < abs(v) + eps

def compute(claim):
    """The computed value and the alternative readings of a claim."""
    kind = claim["kind"]
    if kind in ("return", "relative"):
        spec, end = parse(claim["window"]); sym = claim["subject"].split(" vs ")[-1]
        return window_return(sym, spec, end), return_alternatives(sym, spec, end)
    if kind == "co_movement":
        a, b = claim["subject"].split(" vs "); end = parse(claim["window"])[1]
        return beta(a, b, end), [("three years", beta(a, b, end, 3))]
    if kind == "streak":
        end = parse(claim["window"])[1]; unit = claim.get("unit", "week"); up = claim.get("direction", "up") == "up"
        if " vs " in claim["subject"]:
            a, b = claim["subject"].split(" vs ")
            s = relative_streak(a, b, end, unit)
            return max(s if up else -s, 0), []
        return absolute_streak(claim["subject"], end, unit, up), [("earlier", absolute_streak(claim["subject"], end, unit, up, 1))]
    return level(claim)

def member_figure(claim, doc, folder):
    """Breadth and valuation from the files an expected document names (members.py), else None."""
    if claim["kind"] == "breadth" and "members" in doc:
        up, down, _ = members.breadth(doc["members"], parse(claim["window"])[1], doc["prices"])
        return (down if claim.get("direction") == "down" else up), []
    if claim["kind"] == "valuation" and "fundamentals" in doc:
        trailing = members.aggregate_pe(folder / doc["fundamentals"], "earnings_ttm")
        forward = members.aggregate_pe(folder / doc["fundamentals"], "earnings_forward")
        return (forward, [("trailing", trailing)]) if claim.get("basis") == "forward" else (trailing, [("forward", forward)])
    return None

def verdict(claim, doc={}, folder=HERE):
    kind, v, p, q = claim["kind"], claim["stated"], claim["precision"], claim["qualifier"]
    figure = member_figure(claim, doc, folder)
    if figure is not None:
        c, alts = figure
    elif kind in ("breadth", "valuation", "short_interest"):
        return "unverifiable", None, None
    else:
        c, alts = compute(claim)
    if kind == "relative":
        a = claim["subject"].split(" vs ")[0]
        own = window_return(a, *parse(claim["window"]))
        if (own > c) != (claim.get("direction", "up") == "up"): return "contradicted", c, None
    if agrees(c, v, p, q): return "confirmed", c, None
    matched = [name for name, value in alts if value is not None and agrees(value, v, p, q)]
    if matched: return "close", c, matched
    # Near (docs/CHECKER.md): a level within max(2.5 p, 0.05% of it); a return on the same side of
    # zero within 2 p (one unit of the last stated digit); a points change within max(5 p, 1% of it).
    if q not in ("over", "under"):
        if kind in ("level", "record_close", "intraday_high", "intraday_low") and abs(c - v) <= max(2.5 * p, 0.0005 * abs(v)) + 1e-9:
            return "close", c, None
        if kind in ("return", "relative", "from_record") and (c > 0) == (v > 0) and abs(c - v) <= 2 * p + 1e-9:
            return "close", c, None
        if kind == "points" and (c > 0) == (v > 0) and abs(c - v) <= max(5 * p, 0.01 * abs(v)) + 1e-9:
            return "close", c, None
    return "contradicted", c, None

def main():
    failures = 0
    for path in sorted(HERE.glob("*.expected.json")) + sorted(HERE.glob("members/*.expected.json")):
        name = path.name[: -len(".expected.json")]
        text = " ".join((path.parent / f"{name}.txt").read_text().split())
        doc = json.loads(path.read_text())
        for claim in doc["claims"]:
            got, c, matched = verdict(claim, doc, path.parent)
            bad = got != claim["verdict"]
            if claim["contains"] not in text: bad = True; got += " (contains not in the article)"
            if claim.get("alternative") and claim["alternative"] not in (matched or []): bad = True; got += f" (alternative {claim['alternative']} does not match: {matched})"
            failures += bad
            shown = "n/a" if c is None else round(c, 6)
            print(f"{'BAD' if bad else 'ok '} {name[:22]:22} {claim['kind']:13} {claim['subject']:12} stated {claim['stated']:<9} computed {shown!s:<12} {got}{' via ' + ','.join(matched) if matched else ''}")
    sys.exit(1 if failures else 0)

if __name__ == "__main__":
    main()
