"""`kg report`: one self-contained HTML page, tested in headless Chromium over the DevTools protocol.

The browser test loads DIR/report.html from a file, with no network, and checks what a person
would: the graph shows as many nodes as the full view has, the type filter hides and shows them,
a click on a node lists its facts with their evidence sentences and source links, the search
finds nodes, nothing is requested from anywhere and the console stays free of errors. It saves a
screenshot beside the report. Chromium is Debian's `chromium` package (.ci/run installs it);
set KG_CHROMIUM to use another binary.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.export.rdf import read_trig
from kg.report import render, report_data, script_json
from kg.views import build_view

DATA = Path(__file__).resolve().parent / "data"
EVENTS = DATA / "events.trig"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def events_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("events-report")
    shutil.copy(EVENTS, out / "graph.trig")
    result = CliRunner().invoke(cli, ["report", str(out)])
    assert result.exit_code == 0, result.output
    return out


# --- the page without a browser ------------------------------------------------------------------


def test_report_is_one_file_that_asks_for_nothing(events_report):
    page = (events_report / "report.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    for needle in ("<script src", "<link rel=\"stylesheet\"", "@import", "url(http", "src=\"http"):
        assert needle not in page, needle


def test_data_cannot_close_its_script_element():
    hostile = {"label": "</script><script>alert(1)</script> <!-- & \u2028"}
    text = script_json(hostile)
    assert "</" not in text and "<!--" not in text and "\u2028" not in text
    assert json.loads(text) == hostile


def test_only_web_links_reach_the_page():
    recs = read_trig(EVENTS)
    data = report_data(recs)
    urls = [a["url"] for a in data["articles"].values()]
    assert "https://example.org/news/2019/03/05/barnaul-blogger" in urls
    assert all(u is None or u.startswith(("http://", "https://")) for u in urls)


def test_report_data_matches_the_full_view():
    ds = read_trig(EVENTS)
    data, view = report_data(ds), build_view(ds, "full")
    assert len(data["nodes"]) == view.number_of_nodes()
    assert len(data["edges"]) == view.number_of_edges()
    assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two nodes on one spot
    petrov = [f for f in data["facts"] if f["subjectLabel"] == "Ivan Petrov"]
    assert petrov and all(f["evidence"] in f["sentence"] for f in petrov)


def test_report_without_a_build_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["report", str(tmp_path)])
    assert result.exit_code == 1
    assert "graph.trig" in result.output and "Traceback" not in result.output


def test_report_of_the_seed_build(seed_build, tmp_path):
    out = tmp_path / "build"
    out.mkdir()
    shutil.copy(seed_build[0] / "graph.trig", out / "graph.trig")
    result = CliRunner().invoke(cli, ["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").stat().st_size > 10_000


def test_render_inserts_each_part_once():
    page = render({"nodes": [], "note": "{{script}} {{data}}"})
    data = page.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert json.loads(data) == {"nodes": [], "note": "{{script}} {{data}}"}  # inserted text is not searched again
    assert page.count("window.kgReport =") == 1 and "{{" not in page.replace(data, "")


# --- in the browser -------------------------------------------------------------------------------


def chromium() -> str | None:
    for name in (os.environ.get("KG_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class Browser:
    """Headless Chromium driven over the DevTools protocol (one page, flattened session)."""

    def __init__(self, binary: str, profile: Path):
        websocket = pytest.importorskip("websocket", reason="websocket-client is in the dev extra")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--remote-debugging-port=0",
             f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 90
        while not (port_file.is_file() and len(port_file.read_text().split()) >= 2):
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.close()
                raise RuntimeError(f"{binary} did not open its DevTools port")
            time.sleep(0.1)
        port, path = port_file.read_text().split()[:2]
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{path}", timeout=90, suppress_origin=True)
        self.events: list[dict] = []
        self.next_id = 0
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self.ws.send(json.dumps(message))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def page(self, method: str, params: dict | None = None) -> dict:
        return self.send(method, params, self.session)

    def evaluate(self, expression: str):
        result = self.page("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, method: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == self.session:
                    return event
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.page("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})

    def centre(self, selector: str) -> tuple[float, float]:
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                            f".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()")
        return box[0], box[1]

    def visible_point(self, selector: str) -> tuple[float, float]:
        """A point of the element that is not covered by another one (to click it for real)."""
        point = self.evaluate(f"""(() => {{
            const el = document.querySelector({json.dumps(selector)}), r = el.getBoundingClientRect();
            for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85]) for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {{
                const x = r.x + fx * r.width, y = r.y + fy * r.height;
                if (document.elementFromPoint(x, y) === el) return [x, y];
            }}
            return null; }})()""")
        assert point, f"{selector} is covered everywhere"
        return point[0], point[1]

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and log errors of the page so far."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:300])
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(params["entry"].get("text", ""))
        return found

    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                self.send("Browser.close")
                self.ws.close()
        except Exception:  # the browser may already be gone
            pass
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = chromium()
    if binary is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set KG_CHROMIUM); .ci/run installs it")
    session = Browser(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield session
    session.close()


def open_report(browser: Browser, page: Path) -> None:
    browser.events.clear()
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.page(f"{domain}.enable")
    browser.page("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 1000, "deviceScaleFactor": 1,
                                                         "mobile": False})
    browser.page("Page.navigate", {"url": page.as_uri()})
    browser.wait_for("Page.loadEventFired")
    assert browser.evaluate("!!(window.kgReport && window.kgReport.ready)")


def screenshot(browser: Browser, path: Path) -> None:
    data = browser.page("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
    path.write_bytes(base64.b64decode(data))


def test_report_works_in_a_browser(browser, events_report):
    page = events_report / "report.html"
    open_report(browser, page)
    view = build_view(read_trig(EVENTS), "full")
    total = view.number_of_nodes()
    persons = sum(1 for _, d in view.nodes(data=True) if d["type"] == "Person")
    assert browser.evaluate("document.querySelectorAll('#graph .node').length") == total
    assert browser.evaluate("window.kgReport.visibleNodes()") == total

    # filter by type with a real click on the checkbox, then back
    browser.click(*browser.centre('#filters input[data-type="Person"]'))
    assert browser.evaluate("window.kgReport.visibleNodes()") == total - persons
    assert browser.evaluate("document.querySelectorAll('#graph .node[data-type=\"Person\"].hidden').length") == persons
    browser.click(*browser.centre('#filters input[data-type="Person"]'))
    assert browser.evaluate("window.kgReport.visibleNodes()") == total

    # search by typing
    browser.click(*browser.centre("#search"))
    browser.page("Input.insertText", {"text": "petrov"})
    assert browser.evaluate("document.querySelectorAll('#graph .node.match').length") >= 1
    assert "match" in browser.evaluate("document.getElementById('search-count').textContent")

    # click a node: its facts with evidence sentences and source links
    x, y = browser.visible_point('#graph .node[data-id="person:ivan-petrov"] circle')
    browser.click(x, y)
    details = browser.evaluate("document.getElementById('details').textContent")
    assert details.startswith("Ivan Petrov")
    assert "The Leninsky District Court fined Petrov 30,000 rubles" in details  # an evidence sentence
    assert "Facts (" in details and "Events (" in details
    links = browser.evaluate("[...document.querySelectorAll('#details .source a')].map(a => a.href)")
    assert "https://example.org/news/2019/03/05/barnaul-blogger" in links
    assert browser.evaluate("document.querySelectorAll('#details mark').length") >= 1

    # timeline and sortable tables
    assert browser.evaluate("document.querySelectorAll('#timeline .mark').length") == len(view.nodes) - len(
        [n for n, d in view.nodes(data=True) if d["category"] == "entity"])
    browser.evaluate("document.querySelector('#entities-table th:nth-child(3)').click()")
    browser.evaluate("document.querySelector('#entities-table th:nth-child(3)').click()")
    first = browser.evaluate("document.querySelector('#entities-table tbody td').innerText")
    assert first == "Ivan Petrov"  # most mentions first after sorting descending

    screenshot(browser, events_report / "report.png")
    assert (events_report / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert browser.problems() == []
    assert [u for u in browser.requests() if u != page.as_uri()] == []


def test_seed_report_renders_in_a_browser(browser, seed_build, tmp_path):
    out = tmp_path / "seed"
    out.mkdir()
    shutil.copy(seed_build[0] / "graph.trig", out / "graph.trig")
    assert CliRunner().invoke(cli, ["report", str(out)]).exit_code == 0
    open_report(browser, out / "report.html")
    expected = build_view(read_trig(out / "graph.trig"), "full").number_of_nodes()
    assert expected > 10
    assert browser.evaluate("window.kgReport.renderedNodes()") == expected
    screenshot(browser, out / "report.png")
    assert browser.problems() == []
    assert [u for u in browser.requests() if u != (out / "report.html").as_uri()] == []
