"""The dashboard in a real browser: `streamlit run` served on a free port, loaded by
headless Debian Chromium through Playwright (`playwright install` cannot download a
browser here, so the system one is used). Skips without Chromium, except under CI=true.

Set TRACKER_SCREENSHOT_DIR to keep the screenshots; otherwise they go to tmp_path.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = Path("/usr/bin/chromium")
APP = Path(__file__).resolve().parents[2] / "dashboard" / "app.py"
CHARTS = 5


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def app_url(seeded_url: str, tmp_path: Path) -> Iterator[str]:
    if not CHROMIUM.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is missing")
    port = _free_port()
    log = (tmp_path / "streamlit.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(APP),
            "--server.headless", "true",
            "--server.port", str(port),
            "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ],
        env={**os.environ, "TRACKER_DATABASE_URL": seeded_url},
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                    if response.read() == b"ok":
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("streamlit did not start:\n" + (tmp_path / "streamlit.log").read_text())
            time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def test_dashboard_browser_renders_the_seed_charts(app_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    shots = Path(os.environ.get("TRACKER_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 2400})
            page.goto(app_url)
            app = page.locator("[data-testid='stApp']")
            expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=60_000)
            expect(page.get_by_text("Military-aid commitments")).to_be_visible()
            # Vega draws each chart as an SVG once its data is in: wait for all five.
            charts = page.locator("[data-testid='stVegaLiteChart'] svg.marks")
            expect(charts).to_have_count(CHARTS, timeout=30_000)
            for index in range(CHARTS):
                box = charts.nth(index).bounding_box()
                assert box is not None and box["width"] > 100 and box["height"] > 100
            metric = page.locator("[data-testid='stMetric']").first
            expect(metric).to_contain_text("Commitments")
            page.wait_for_timeout(1000)  # let the charts finish their first paint
            page.screenshot(path=str(shots / "overview.png"), full_page=True)

            page.get_by_role("link", name="Review").click()
            expect(page.get_by_role("button", name="Confirm as is")).to_be_visible(timeout=30_000)
            expect(app).to_have_attribute("data-test-script-state", "notRunning")
            expect(page.locator("[data-testid='stSkeleton']")).to_have_count(0)
            expect(page.get_by_role("button", name="Save corrections")).to_be_visible()
            page.wait_for_timeout(500)
            page.screenshot(path=str(shots / "review.png"), full_page=True)
        finally:
            browser.close()
    assert (shots / "overview.png").stat().st_size > 10_000
