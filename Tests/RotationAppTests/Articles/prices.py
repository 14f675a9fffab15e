"""Independent helpers over ../shared/data/prices (no Rotation code): window returns, records."""
import csv, datetime, pathlib
ROOT = pathlib.Path(__file__).resolve().parents[3].parent / "shared" / "data" / "prices"

def load(symbol):
    rows = []
    for r in csv.DictReader(open(ROOT / f"{symbol}.csv")):
        d = datetime.date.fromisoformat(r["date"])
        f = lambda k: float(r[k]) if r[k] else None
        rows.append((d, f("close"), f("adj_close"), f("high")))
    return rows

def on_or_before(rows, day, col=1):
    best = None
    for r in rows:
        if r[0] <= day and r[col] is not None: best = r
        if r[0] > day: break
    return best

def ret(symbol, start_anchor, end, col=1):
    rows = load(symbol)
    e = on_or_before(rows, end, col); s = on_or_before(rows, start_anchor, col)
    return s[0], s[col], e[0], e[col], e[col] / s[col] - 1
