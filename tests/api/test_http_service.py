"""The reference HTTP service, through a real HTTP client against a real server process on localhost.

The server is ``python -m kzsocial serve`` started on a free loopback port with the example act beside the
packaged ones; the talon's HTML page is opened in headless Chromium when ``/usr/bin/chromium`` exists.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx", reason="the api extra's test client (in the test extra)")
pytest.importorskip("starlette", reason="the api extra (in the test extra)")
pytest.importorskip("uvicorn", reason="the api extra (in the test extra)")

import jsonschema  # noqa: E402

from kzsocial.notices import build_talon  # noqa: E402
from kzsocial.registry import offices  # noqa: E402
from kzsocial.schema import json_schema, shipped_schema  # noqa: E402
from kzsocial.serde import to_dict  # noqa: E402
from kzsocial.services import catalog  # noqa: E402

EXAMPLE = Path(__file__).resolve().parents[1] / "example_act"
SID = "karaganda-2008/unemployed-registration"
OFFICE = "karaganda/employment-dept-karaganda-city"
DOCS = ["identity-card", "employment-records", "social-code-certificate", "taxpayer-number", "income-statement"]
CHROMIUM = "/usr/bin/chromium"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzsocial", "serve", "--host", "127.0.0.1", "--port", str(port), "--data", str(EXAMPLE)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"the server exited: {proc.stderr.read() if proc.stderr else ''}")
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not answer /health within 120 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=20)


def _problem(r: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body: dict[str, object] = r.json()
    assert body["status"] == status and body["code"] == code and body["type"] == f"urn:kzsocial:problem:{code}"
    assert isinstance(body["detail"], str) and body["detail"]
    return body


def _valid(type_name: str, data: object) -> None:
    errors = list(jsonschema.Draft202012Validator(json_schema(type_name)).iter_errors(data))
    assert not errors, [(list(e.absolute_path), e.message[:200]) for e in errors[:3]]


def test_health_counts_the_packaged_and_the_example_act(base: str) -> None:
    body = httpx.get(f"{base}/health").json()
    assert body == {"status": "ok", "services": len(catalog()) + 1, "offices": len(offices()) + 1}


def test_search_services_paged(base: str) -> None:
    r = httpx.get(f"{base}/services", params={"q": "жұмыссыз азаматтарды тіркеу", "limit": 1})
    body = r.json()
    assert r.status_code == 200 and body["limit"] == 1 and body["total"] >= 2
    assert body["items"] == [{"id": SID, "act_id": "karaganda-2008", "kind": "standard", "number": "1",
                              "title": to_dict(catalog().get(SID).title)}]
    example = httpx.get(f"{base}/services", params={"act": "example-2099"}).json()
    assert [s["id"] for s in example["items"]] == ["example-2099/housing-aid"]
    _problem(httpx.get(f"{base}/services", params={"limit": 0}), 422, "invalid_input")
    _problem(httpx.get(f"{base}/services", params={"act": "nowhere-1999"}), 404, "unknown_act")


def test_get_a_service_and_an_office_in_the_serde_form(base: str) -> None:
    svc = httpx.get(f"{base}/services/{SID}").json()
    assert svc == catalog().get(SID).to_dict()
    _valid("ServiceDefinition", svc)
    office = httpx.get(f"{base}/offices/{OFFICE}").json()
    assert office == offices().get(OFFICE).to_dict()
    served = httpx.get(f"{base}/services/{SID}/offices").json()
    assert [o["id"] for o in served] == [o.id for o in offices().for_service(catalog().get(SID))]
    # a loaded act's service: its offices from the loaded catalogue and registry (issue 16), not the packaged ones
    mine = httpx.get(f"{base}/services/example-2099/housing-aid/offices").json()
    assert [o["id"] for o in mine] == ["karaganda/example-employment-dept"]
    body = _problem(httpx.get(f"{base}/services/karaganda-2008/unemployed"), 404, "unknown_service")
    assert "did you mean" in str(body["detail"]) and body["instance"] == "/services/karaganda-2008/unemployed"
    _problem(httpx.get(f"{base}/offices/nowhere/x"), 404, "unknown_office")
    _problem(httpx.get(f"{base}/no/such/route"), 404, "no_route")


def test_documents_for_a_profile(base: str) -> None:
    plain = httpx.get(f"{base}/services/{SID}/documents").json()
    foreigner = httpx.get(f"{base}/services/{SID}/documents", params={"tags": "foreigner"}).json()
    svc = catalog().get(SID)
    assert [d["id"] for d in plain["documents"]] == [d.id for d in svc.required_documents(None)]
    assert "foreigner-residence-permit" in {d["id"] for d in foreigner["documents"]} - {
        d["id"] for d in plain["documents"]}


def test_compute_a_deadline(base: str) -> None:
    r = httpx.get(f"{base}/services/{SID}/deadline", params={"at": "2008-12-26T18:30"})
    expected = catalog().get(SID).deadline(dt.datetime(2008, 12, 26, 18, 30))
    assert r.status_code == 200 and r.json() == expected.to_dict()
    assert r.json()["due_at"] == "2009-01-08T18:00:00"
    _valid("Deadline", r.json())
    aware = httpx.get(f"{base}/services/{SID}/deadline", params={"at": "2024-11-25T05:30:00+00:00"}).json()
    assert aware["due_at"] == "2024-12-05T18:00:00+05:00"
    _problem(httpx.get(f"{base}/services/{SID}/deadline", params={"at": "26.12.2008"}), 422, "invalid_input")
    _problem(httpx.get(f"{base}/services/{SID}/deadline"), 422, "invalid_input")


def test_no_term_is_its_own_error_not_a_not_found(base: str) -> None:
    no_term = next(s for s in catalog() if not s.terms)
    _problem(httpx.get(f"{base}/services/{no_term.id}/deadline", params={"at": "2024-04-01T10:00"}), 422, "no_term")


def test_build_a_talon_as_json(base: str) -> None:
    request = {"service_id": SID, "submitted_at": "2008-12-26T18:30", "documents": DOCS, "office_id": OFFICE,
               "number": "15", "applicant": "Әлиев Нұрлан", "accepted_by": {"full_name": "Петрова Анна Сергеевна"}}
    r = httpx.post(f"{base}/talons", json=request)
    assert r.status_code == 200, r.text
    from kzsocial.notices import Person

    expected = build_talon(
        catalog().get(SID), submitted_at=dt.datetime(2008, 12, 26, 18, 30), documents=DOCS,
        applicant=Person("Әлиев Нұрлан"), accepted_by=Person("Петрова Анна Сергеевна"),
        office=offices().get(OFFICE), number="15",
    )
    assert r.json() == expected.to_dict()
    assert r.json()["due_at"] == "2009-01-08T18:00:00"
    _valid("Talon", r.json())
    missing = httpx.post(f"{base}/talons", json={**request, "documents": ["identity-card"]})
    body = _problem(missing, 422, "missing_documents")
    assert body["ids"] == ["employment-records", "social-code-certificate", "taxpayer-number", "income-statement"]
    _problem(httpx.post(f"{base}/talons", content=b"{not json"), 422, "invalid_input")
    _problem(httpx.post(f"{base}/talons", json={**request, "colour": "red"}), 422, "invalid_input")


def test_build_a_talon_as_html(base: str) -> None:
    params = {"at": "2008-12-26T18:30", "documents": ",".join(DOCS), "office": OFFICE, "format": "html"}
    r = httpx.get(f"{base}/services/{SID}/talon", params=params)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<title>2008 жылғы 26 желтоқсандағы ТАЛОН</title>" in r.text and "2009 жылғы 8 қаңтар" in r.text
    ru = httpx.get(f"{base}/services/{SID}/talon", params={**params, "lang": "ru"})
    assert ru.status_code == 200 and 'lang="ru"' in ru.text


def test_the_example_act_is_served(base: str) -> None:
    svc = httpx.get(f"{base}/services/example-2099/housing-aid").json()
    assert svc["title"]["kk"] == "Тұрғын үй көмегін тағайындау"
    d = httpx.get(f"{base}/services/example-2099/housing-aid/deadline",
                  params={"at": "2099-01-05T10:00", "office": "karaganda/example-employment-dept"}).json()
    assert d["due_at"] == "2099-01-20T18:00:00"


def test_build_a_notice(base: str) -> None:
    r = httpx.post(f"{base}/notices", json={"kind": "term_extended", "service_id": SID, "office_id": OFFICE,
                                             "new_due_at": "2009-01-20T18:00", "number": "15"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert "2009 жылғы 20 қаңтар" in body["sms"]["kk"] and "№ 15" in body["sms"]["kk"]
    _valid("Notice", body["notice"])
    accepted = httpx.post(f"{base}/notices", json={"kind": "documents_accepted", "service_id": SID,
                                                    "submitted_at": "2008-12-26T18:30", "documents": DOCS,
                                                    "office_id": OFFICE, "number": "15"})
    assert accepted.status_code == 200, accepted.text
    _problem(httpx.post(f"{base}/notices", json={"kind": "gossip"}), 422, "invalid_input")


def test_explain_a_date(base: str) -> None:
    body = httpx.get(f"{base}/calendar/2026-03-21").json()
    assert body["is_working_day"] is False and "Наурыз мейрамы" in body["text"]["kk"]
    _valid("DayExplanation", body)
    _problem(httpx.get(f"{base}/calendar/2026-13-01"), 422, "invalid_input")


def test_openapi_is_built_from_the_shipped_schemas(base: str) -> None:
    doc = httpx.get(f"{base}/openapi.json").json()
    assert doc["openapi"] == "3.1.0"
    assert doc["components"] == shipped_schema("openapi")["components"]
    assert {"/services", "/services/{service_id}/deadline", "/talons", "/notices", "/calendar/{date}"} <= set(
        doc["paths"])
    refs = {m.group(0) for m in __import__("re").finditer(r"#/components/schemas/\w+", json.dumps(doc))}
    assert all(r.rsplit("/", 1)[1] in doc["components"]["schemas"] for r in refs)
    assert httpx.get(f"{base}/schemas/Talon").json() == json_schema("Talon")


def test_only_loopback_addresses() -> None:
    r = subprocess.run([sys.executable, "-m", "kzsocial", "serve", "--host", "0.0.0.0", "--port", "1"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1 and "loopback addresses only" in r.stderr


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"needs headless Chromium at {CHROMIUM}")
def test_the_talon_page_in_a_headless_browser(base: str, tmp_path: Path) -> None:
    from urllib.parse import urlencode

    query = urlencode({"at": "2008-12-26T18:30", "documents": ",".join(DOCS), "office": OFFICE, "format": "html"})
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
    ]
    browser = shutil.which(CHROMIUM) or CHROMIUM
    r = subprocess.run([browser, *flags, f"{base}/services/{SID}/talon?{query}"], capture_output=True, text=True,
                       timeout=120, check=False)
    assert "ТАЛОН" in r.stdout and "2009 жылғы 8 қаңтар" in r.stdout, r.stderr[-2000:]
