#!/usr/bin/env python3
"""Drives a running `rotation serve` in real headless Chromium (Selenium + Debian's chromedriver)
as a person would, at a phone (390 x 844) and a desktop (1440 x 900) size, in the light and the
dark theme:

- loads every page: no horizontal overflow (document.documentElement.scrollWidth <= the window
  width), every chart an <svg> with a <title>, the navigation marks the page, chart text at least
  8 CSS px tall; saves a full-page screenshot of each;
- submits the backtest and the check forms with their defaults (results, no error) and with bad
  input (the message beside the field, the typed text kept, still no overflow);
- sorts a table by clicking its column header; pointing at a chart shows the date and value;
- dark theme: the page background and chart panel are dark;
- after `rotation import` of one new day into the store, the open overview's figures (quotes,
  the numbers table, the chart) change without a reload, within --refresh-seconds (default 2:
  the issue's target; scripts/browser-check passes 10 for its debug build, where recomputing the
  overview's brief alone takes 2-4 s on the shared machine);
- records page weights (plain and gzip) and load times (cold: first request after the server
  started; warm: the kept answer) and prints them as a Markdown table.

Usage: browser_check.py BASE_URL SCREENSHOT_DIR --binary .build/debug/rotation --db STORE --work DIR --data ../shared/data
Exits 1 naming every failed check.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PAGES = [
    ("overview", "/"),
    ("symbol", "/symbol?symbol=RUT&benchmark=GSPC"),
    ("symbol-100y", "/symbol?symbol=GSPC&years=100"),
    ("rotation", "/rotation"),
    ("cycles", "/cycles?a=RUT&b=GSPC"),
    ("brief", "/brief"),
    ("backtest", "/backtest"),
    ("check", "/check"),
]
SIZES = [(390, 844), (1440, 900)]
ARTICLE = ("Small caps led: the Russell 2000 rose 8.6% for the week, as of 2024-11-08, while the S&P 500 "
           "gained 4.7%. The Nasdaq Composite added 5.7% for the week.")

failures = []


def fail(message):
    failures.append(message)
    print("browser-check: FAIL " + message, file=sys.stderr)


def fetch(url, gzip_ok=False):
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            return response.status, body, time.perf_counter() - start, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), time.perf_counter() - start, error.headers


def browser(width, height):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     f"--window-size={width},{height}", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.set_page_load_timeout(120)
    return driver


def theme(driver, dark):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]})


def screenshot(driver, path):
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 8000)")
    width = driver.execute_script("return document.documentElement.clientWidth")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    import base64
    with open(path, "wb") as file:
        file.write(base64.b64decode(shot["data"]))


LAYOUT = """
const doc = document.documentElement;
const svgs = Array.from(document.querySelectorAll('main svg, body > main svg, svg[role=img]'));
const texts = Array.from(document.querySelectorAll('svg text')).map(t => t.getBoundingClientRect().height).filter(h => h > 0);
return {
  scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth,
  svgs: svgs.length, titled: svgs.filter(s => s.querySelector('title') && s.querySelector('title').textContent.trim()).length,
  smallestText: texts.length ? Math.min(...texts) : null,
  current: Array.from(document.querySelectorAll('nav a[aria-current=page]')).map(a => a.getAttribute('href')),
  background: getComputedStyle(document.body).backgroundColor,
  panel: svgs.length ? getComputedStyle(svgs[0]).backgroundColor : null,
  widest: Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
           && !e.closest('.table') && getComputedStyle(e).position !== 'fixed').slice(0, 3)
           .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)),
};
"""


def brightness(css_color):
    numbers = [float(x) for x in css_color[css_color.index("(") + 1:css_color.index(")")].split(",")[:3]]
    return sum(numbers) / 3


def check_layout(driver, name, width, dark, expect_charts):
    info = driver.execute_script(LAYOUT)
    label = f"{name} at {width}px{' dark' if dark else ''}"
    if info["scrollWidth"] > width:
        fail(f"{label}: page is {info['scrollWidth']} px wide (window {width}); overflowing: {info['widest']}")
    if info["svgs"] < expect_charts:
        fail(f"{label}: {info['svgs']} charts, expected at least {expect_charts}")
    if info["titled"] != info["svgs"]:
        fail(f"{label}: {info['svgs'] - info['titled']} chart(s) without a <title>")
    if info["smallestText"] is not None and info["smallestText"] < 8:
        fail(f"{label}: chart text only {info['smallestText']:.1f} px tall")
    if dark and brightness(info["background"]) > 80:
        fail(f"{label}: the dark theme's background is {info['background']}")
    if dark and info["panel"] and brightness(info["panel"]) > 80:
        fail(f"{label}: the dark theme's chart panel is {info['panel']}")
    if not dark and brightness(info["background"]) < 180:
        fail(f"{label}: the light theme's background is {info['background']}")
    return info


def load(driver, url):
    driver.get(url)
    WebDriverWait(driver, 120).until(lambda d: d.execute_script("return document.readyState") == "complete")


def gone(element):
    """A wait condition: the element left the document. Chromium reports a node of the page being
    replaced either as a stale element or, mid-navigation, as an inspector error ("Node with given
    id does not belong to the document"); both mean the old page is gone."""
    def predicate(_driver):
        try:
            element.is_enabled()
            return False
        except WebDriverException:
            return True
    return predicate


def submit(driver, form_selector):
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, form_selector + " button").click()
    WebDriverWait(driver, 120).until(gone(old))
    WebDriverWait(driver, 120).until(lambda d: d.execute_script("return document.readyState") == "complete")


def forms(driver, base, width, shots):
    # Backtest: every strategy's form with its defaults runs.
    for strategy in ("allocation", "rotation", "pairs"):
        load(driver, f"{base}/backtest?strategy={strategy}")
        submit(driver, "main form")
        text = driver.find_element(By.TAG_NAME, "main").text
        if "final equity" not in text or driver.find_elements(By.CSS_SELECTOR, ".alert"):
            fail(f"backtest {strategy} with its defaults at {width}px: no result ({text[:200]!r})")
        status = fetch(driver.current_url)[0]
        if status != 200:
            fail(f"backtest {strategy} with its defaults at {width}px: {driver.current_url} answered {status}")
        check_layout(driver, f"backtest {strategy} result", width, False, 1)
    # Backtest with a bad date: the message beside the field, the typed text kept.
    load(driver, f"{base}/backtest")
    field = driver.find_element(By.NAME, "from")
    field.clear()
    field.send_keys("2015-13-01")
    submit(driver, "main form")
    field = driver.find_element(By.NAME, "from")
    errors = driver.find_elements(By.ID, "from-error")
    if field.get_attribute("value") != "2015-13-01" or not errors or "expected a date" not in errors[0].text:
        fail(f"backtest bad From at {width}px: value {field.get_attribute('value')!r}, message {[e.text for e in errors]}")
    if field.get_attribute("aria-invalid") != "true":
        fail(f"backtest bad From at {width}px: the field is not marked invalid")
    check_layout(driver, "backtest with a bad date", width, False, 0)
    screenshot(driver, os.path.join(shots, f"backtest-bad-input-{width}.png"))
    # Check with its defaults (an empty As of).
    load(driver, f"{base}/check")
    driver.find_element(By.NAME, "article").send_keys(ARTICLE)
    submit(driver, "main form")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.claims tbody tr")
    if not rows or driver.find_elements(By.CSS_SELECTOR, ".alert"):
        fail(f"check with an empty As of at {width}px: no verdict table")
    table = driver.find_elements(By.CSS_SELECTOR, "table.claims")
    if table and width >= 1440 and table[0].size["width"] > 1180:
        fail(f"check results table is {table[0].size['width']} px wide at {width}px")
    check_layout(driver, "check result", width, False, 0)
    screenshot(driver, os.path.join(shots, f"check-result-{width}.png"))
    # Check with a bad As of: the article is kept.
    load(driver, f"{base}/check")
    driver.find_element(By.NAME, "article").send_keys(ARTICLE)
    driver.find_element(By.NAME, "as_of").send_keys("last friday")
    submit(driver, "main form")
    kept = driver.find_element(By.NAME, "article").get_attribute("value")
    errors = driver.find_elements(By.ID, "as_of-error")
    if kept.strip() != ARTICLE or not errors:
        fail(f"check bad As of at {width}px: article kept {kept.strip() == ARTICLE}, message {[e.text for e in errors]}")
    check_layout(driver, "check with a bad date", width, False, 0)
    screenshot(driver, os.path.join(shots, f"check-bad-input-{width}.png"))


def sorting(driver, base):
    load(driver, f"{base}/symbol?symbol=RUT")
    tables = driver.find_elements(By.CSS_SELECTOR, "table.sortable")
    if not tables:
        fail("no sortable table on the symbol page")
        return
    table = tables[0]
    header = table.find_elements(By.CSS_SELECTOR, "thead th button.sort")[-1]
    before = [row.text for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    header.click()
    after = [row.text for row in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    sort_state = table.find_elements(By.CSS_SELECTOR, "thead th")[-1].get_attribute("aria-sort")
    if sort_state != "ascending" or sorted(before) != sorted(after) or before == after:
        fail(f"sorting the windows table by return: aria-sort {sort_state}, order changed {before != after}")


def hover(driver, base, width):
    """Pointing at the middle of the symbol page's price chart shows its date and close."""
    from selenium.webdriver.common.action_chains import ActionChains
    import re
    load(driver, f"{base}/symbol?symbol=RUT")
    chart = driver.find_element(By.CSS_SELECTOR, "#price-figure svg")
    ActionChains(driver).move_to_element(chart).perform()
    text = driver.find_element(By.CSS_SELECTOR, "#price-figure .readout").text
    if not re.match(r"^\d{4}-\d{2}-\d{2} · RUT [0-9.]+", text):
        fail(f"hover read-out on the price chart at {width}px: {text!r}")
    else:
        print(f"browser-check: hover read-out at {width}px: {text}")


def live_refresh(driver, base, binary, db, work, data, bound):
    load(driver, base + "/")
    main_before = driver.find_element(By.TAG_NAME, "main").get_attribute("innerHTML")
    # One new trading day for the brief's three sleeves (small, large, tech): the quotes, the
    # numbers (as of the last common day) and the weekly RUT/GSPC line all move to it.
    import datetime
    files = []
    for symbol in ("RUT", "GSPC", "IXIC"):
        with open(os.path.join(data, "prices", f"{symbol}.csv")) as file:
            last = file.read().strip().splitlines()[-1]
        date, rest = last.split(",", 1)
        day = datetime.date.fromisoformat(date)
        next_day = day + datetime.timedelta(days=3 if day.weekday() == 4 else 1)
        close = float(rest.split(",")[3]) * 1.05
        path = os.path.join(work, f"{symbol}.csv")
        with open(path, "w") as file:
            file.write(f"date,close\n{next_day.isoformat()},{close:.2f}\n")
        files.append(path)
    subprocess.run([binary, "import", *files, "--db", db], check=True, stdout=subprocess.DEVNULL)
    imported = time.monotonic()
    try:
        WebDriverWait(driver, max(bound, 10) + 5, poll_frequency=0.05).until(
            lambda d: d.execute_script("return document.body.getAttribute('data-updated')"))
    except Exception:
        fail(f"the overview did not refresh within {max(bound, 10) + 5:g} s of an import")
        return None
    elapsed = time.monotonic() - imported
    main_after = driver.find_element(By.TAG_NAME, "main")
    html = main_after.get_attribute("innerHTML")
    quotes = driver.find_element(By.ID, "quotes").text
    numbers = driver.find_elements(By.CSS_SELECTOR, "main h2")
    caption = driver.find_element(By.CSS_SELECTOR, "#relative-figure figcaption").text
    if next_day.isoformat() not in quotes:
        fail(f"after the import the quotes table does not show {next_day}")
    if next_day.isoformat() not in caption:
        fail(f"after the import the relative-strength chart does not end on {next_day}: {caption!r}")
    if not any(next_day.isoformat() in h.text for h in numbers):
        fail(f"after the import the numbers table is not as of {next_day}")
    if html == main_before:
        fail("the overview did not change after the import")
    if elapsed > bound:
        fail(f"the overview refreshed {elapsed:.2f} s after the import (over {bound:g} s)")
    print(f"browser-check: overview refreshed {elapsed:.2f} s after `rotation import` (quotes, numbers, chart)")
    return elapsed


def weights(base):
    rows = []
    for name, path in PAGES:
        status, plain, cold, _ = fetch(base + path)
        warm = min(fetch(base + path)[2] for _ in range(5))
        _, zipped, _, headers = fetch(base + path, gzip_ok=True)
        if headers.get("Content-Encoding") == "gzip" and gzip.decompress(zipped) != plain:
            fail(f"{path}: the gzip body differs from the plain one")
        rows.append((path, status, len(plain), len(zipped), cold * 1000, warm * 1000))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("shots")
    parser.add_argument("--binary", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--refresh-seconds", type=float, default=2,
                        help="longest wait from the end of `rotation import` to the refreshed overview")
    arguments = parser.parse_args()
    base = arguments.base
    table = weights(base)
    for path, status, *_ in table:
        if status != 200:
            fail(f"{path} answered {status}")
    for width, height in SIZES:
        driver = browser(width, height)
        try:
            for dark in (False, True):
                theme(driver, dark)
                for name, path in PAGES:
                    start = time.perf_counter()
                    load(driver, base + path)
                    loaded = time.perf_counter() - start
                    charts = 0 if name == "check" else 1
                    info = check_layout(driver, name, width, dark, charts)
                    if path.split("?")[0] != "/brief" and not info["current"]:
                        fail(f"{name}: no navigation link marked aria-current")
                    shot = os.path.join(arguments.shots, f"{name}-{width}{'-dark' if dark else ''}.png")
                    screenshot(driver, shot)
                    print(f"browser-check: {name} {width}px{' dark' if dark else ''}: {info['scrollWidth']} px wide, "
                          f"{info['svgs']} charts, smallest chart text {info['smallestText'] or 0:.1f} px, "
                          f"loaded in {loaded * 1000:.0f} ms")
            theme(driver, False)
            forms(driver, base, width, arguments.shots)
            hover(driver, base, width)
            if width == 1440:
                sorting(driver, base)
                live_refresh(driver, base, arguments.binary, arguments.db, arguments.work, arguments.data,
                             arguments.refresh_seconds)
        finally:
            driver.quit()
    print("\n| page | status | bytes | gzip bytes | cold ms | warm ms |\n| --- | --- | ---: | ---: | ---: | ---: |")
    for path, status, plain, zipped, cold, warm in table:
        print(f"| `{path}` | {status} | {plain:,} | {zipped:,} | {cold:.1f} | {warm:.1f} |")
    print(f"\nbrowser-check: screenshots in {arguments.shots}")
    if failures:
        print(f"browser-check: {len(failures)} failed check(s)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
