"""The HTML report in a real browser: headless Chromium loads it without a console message,
its sorting script works, it fits a phone's width, and a screenshot shows the page.

Skipped only when Chromium is not installed (Debian: `apt-get install chromium`; .ci/run does it).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from plancraft.cli import main
from tests.conftest import require_tool

from .conftest import PORTFOLIO

CHROMIUM = (
    shutil.which("chromium")
    or shutil.which("chromium-browser")
    or ("/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None)
)


@pytest.fixture(autouse=True)
def _chromium_present():
    require_tool(CHROMIUM, "Chromium is not installed (apt-get install chromium)")


FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
)

# Appended to a copy of the page (after the page's own script): click the sort buttons and
# write what happened into the DOM, which --dump-dom then shows.
PROBE = """<script>
(function () {
  var out = [];
  try {
    var table = document.querySelector("table.plans");
    var heads = table.tHead.rows[0].cells;
    var order = function () {
      return Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.getAttribute("data-n"); }).join(",");
    };
    var click = function (label) {
      for (var i = 0; i < heads.length; i++) {
        if (heads[i].textContent.trim() === label) { heads[i].querySelector("button").click(); return heads[i].getAttribute("aria-sort"); }
      }
      return "no-column";
    };
    out.push(click("Errors") + ":" + order());
    out.push(click("Errors") + ":" + order());
    out.push(click("Next review") + ":" + order());
    out.push("overflow:" + (document.documentElement.scrollWidth > window.innerWidth ? "yes" : "no"));
  } catch (e) { out.push("exception:" + e); }
  document.body.setAttribute("data-probe", out.join("|"));
}());
</script>
</body>"""


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("html") / "audit.html"
    # A long, unbreakable folder name: the page must fit a phone wherever the plans live.
    deep = tmp_path_factory.mktemp("plans") / ("averylongfoldernamewithnobreaks" * 4) / "portfolio"
    shutil.copytree(PORTFOLIO, deep)
    result = CliRunner().invoke(main, ["audit", str(deep), "--as-of", "2026-03-01", "--format", "html", "-o", str(target)])
    assert result.exit_code == 1, result.output
    return target


def chromium(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, cwd=tmp_path)


def console_messages(stderr: str) -> list[str]:
    """Lines Chromium logs for the page's console: errors, warnings, CSP violations, log()."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def test_page_loads_without_console_messages(page, tmp_path):
    run = chromium(tmp_path, page.as_uri(), "--dump-dom", "--window-size=1200,1600")
    assert run.returncode == 0, run.stderr[-2000:]
    assert console_messages(run.stderr) == []
    assert re.search(r'<html lang="en" data-ready="1">', run.stdout), "the page's script did not run to its end"
    assert 'class="plans sortable"' in run.stdout


def test_sorting_works_and_the_page_fits_a_phone(page, tmp_path, portfolio_audit):
    probe = tmp_path / "probe.html"
    probe.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE, 1), encoding="utf-8")
    run = chromium(tmp_path, probe.as_uri(), "--dump-dom", "--window-size=390,900")
    assert console_messages(run.stderr) == []
    found = re.search(r'data-probe="([^"]*)"', run.stdout)
    assert found, run.stdout[-1000:]
    ascending, descending, review, overflow = found.group(1).split("|")

    numbered = list(enumerate(portfolio_audit.plans, 1))
    by_errors = [str(n) for n, _ in sorted(numbered, key=lambda np: (np[1].errors, np[0]))]
    by_errors_desc = [str(n) for n, _ in sorted(numbered, key=lambda np: (-np[1].errors, np[0]))]
    by_review = [str(n) for n, _ in sorted(numbered, key=lambda np: (np[1].next_review.isoformat(), np[0]))]
    assert ascending == "ascending:" + ",".join(by_errors)
    assert descending == "descending:" + ",".join(by_errors_desc)
    assert review == "ascending:" + ",".join(by_review)
    first = portfolio_audit.plans[int(by_review[0]) - 1]
    assert first.file.endswith("review-overdue.yaml")
    assert overflow == "overflow:no", "the page is wider than a phone's screen"


def test_screenshot_shows_the_page(page, tmp_path):
    shot = tmp_path / "audit.png"
    run = chromium(tmp_path, page.as_uri(), f"--screenshot={shot}", "--window-size=1200,1600")
    assert run.returncode == 0, run.stderr[-2000:]
    assert console_messages(run.stderr) == []
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1200, 1600)
    assert len(data) > 50_000, "the screenshot is nearly empty"
    keep = os.environ.get("PLANCRAFT_KEEP_SCREENSHOT")
    if keep:
        shutil.copyfile(shot, keep)
