"""The reference HTTP service: the catalogue, deadlines, talons, notices and the calendar over JSON.

Install the ``api`` extra (``pip install 'kzsocial[api]'``: Starlette and uvicorn) and run
``python -m kzsocial serve --port 8000``, or mount :func:`create_app` in your own ASGI application. Every answer is
the JSON form of :mod:`kzsocial.serde`, described by the shipped schemas (``GET /openapi.json``); every error is
an RFC 9457 problem-details document (``application/problem+json``) from :meth:`KzSocialError.problem`.

Routes (ids contain ``/``, e.g. ``/services/karaganda-2008/unemployed-registration``):

- ``GET /services?q=&act=&region=&kind=&offset=&limit=``: search; summaries, paged.
- ``GET /services/{id}``: one service. ``GET /offices/{id}``: one office. ``GET /services/{id}/offices``.
- ``GET /services/{id}/documents?tags=foreigner,disabled&channel=``: what a profile brings.
- ``GET /services/{id}/deadline?at=2008-12-26T18:30&office=&channel=``: the deadline with its trace.
- ``POST /talons`` (JSON body, see ``TalonRequest`` in the OpenAPI) and ``GET /services/{id}/talon?...``:
  the talon as JSON, or as its A5 HTML page with ``format=html`` (``lang=kk|ru``).
- ``POST /notices``: a notice (``documents_accepted`` from a talon request, or ``term_extended``), with its
  SMS and portal texts.
- ``GET /calendar/{date}``: why a date is or is not a working day.
- ``GET /schemas/{Type}``, ``GET /openapi.json``, ``GET /health``.

Nothing is global: :func:`create_app` takes the catalogue, offices and calendar to serve (the packaged ones by
default, or your own from :mod:`kzsocial.loader`).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

from kzsocial._checks import brief
from kzsocial.errors import (
    InvalidInputError,
    InvalidTypeError,
    KzSocialError,
    MissingExtraError,
    NotFoundError,
)

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from kzsocial.calendar import WorkCalendar
    from kzsocial.registry import OfficeRegistry
    from kzsocial.services import Catalog

__all__ = ["check_serve_arguments", "create_app", "paths", "serve"]

Json = dict[str, Any]
PROBLEM_JSON = "application/problem+json"
MAX_LIMIT = 200


def _starlette() -> Any:
    try:
        import starlette
    except ImportError:
        raise MissingExtraError("the HTTP service", "api", "starlette") from None
    return starlette


class _RouteNotFoundError(NotFoundError):
    """No route answers this path (a 404 problem, like an unknown id)."""

    code = "no_route"
    title = "No such route"


# -- request parsing: every bad value is an InvalidInputError (422) ---------------------------------------------


def _query(request: Request, name: str) -> str | None:
    value = request.query_params.get(name)
    return None if value is None or value == "" else value


def _int(request: Request, name: str, default: int, lo: int, hi: int) -> int:
    raw = _query(request, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InvalidInputError(f"{name} must be an integer {lo}..{hi}, got {raw!r}") from None
    if not lo <= value <= hi:
        raise InvalidInputError(f"{name} must be {lo}..{hi}, got {value}")
    return value


def _moment(raw: object, name: str) -> dt.datetime:
    if not isinstance(raw, str):
        raise InvalidInputError(f"{name} must be an ISO 8601 date and time such as 2008-12-26T18:30, got {raw!r}")
    try:
        return dt.datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidInputError(
            f"{name} must be an ISO 8601 date and time such as 2008-12-26T18:30 (an offset is kept), got {raw!r}"
        ) from None


def _list(raw: str | None) -> list[str]:
    return [] if raw is None else [p.strip() for p in raw.split(",") if p.strip()]


def _json_response(data: object, status: int = 200) -> Response:
    from starlette.responses import Response

    body = json.dumps(data, ensure_ascii=False)
    return Response(body, status_code=status, media_type="application/json")


def _problem_response(exc: KzSocialError, instance: str) -> Response:
    from starlette.responses import Response

    body = json.dumps(exc.problem(instance=instance), ensure_ascii=False)
    return Response(body, status_code=exc.status, media_type=PROBLEM_JSON)


async def _body(request: Request) -> Json:
    raw = await request.body()
    try:
        data = json.loads(raw or b"null")
    except ValueError as exc:
        raise InvalidInputError(f"the request body is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise InvalidInputError(f"the request body must be a JSON object, got {type(data).__name__}")
    return data


def _person(data: Json, key: str) -> Any:
    from kzsocial.notices import Person
    from kzsocial.serde import from_dict

    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return Person(value)
    if isinstance(value, dict):
        return from_dict(Person, {"phone": None, "position": None, "address": None, **value})
    raise InvalidInputError(
        f"{key} must be a full name or a Person object {{full_name, phone, ...}}, got {brief(value)}"
    )


# -- the application ------------------------------------------------------------------------------------------


def create_app(
    *,
    catalog: Catalog | None = None,
    offices: OfficeRegistry | None = None,
    calendar: WorkCalendar | None = None,
) -> Starlette:
    """The ASGI application serving ``catalog`` and ``offices`` (the packaged ones by default)."""
    _starlette()
    from starlette.applications import Starlette
    from starlette.exceptions import HTTPException
    from starlette.responses import HTMLResponse
    from starlette.routing import Route

    from kzsocial.notices import build_talon, documents_accepted, term_extended
    from kzsocial.registry import offices as packaged_offices
    from kzsocial.schema import json_schema, openapi
    from kzsocial.serde import to_dict
    from kzsocial.services import ApplicantProfile
    from kzsocial.services import catalog as packaged_catalog

    cat = catalog if catalog is not None else packaged_catalog()
    reg = offices if offices is not None else packaged_offices()

    def summary(s: Any) -> Json:
        return {"id": s.id, "act_id": s.act_id, "kind": s.kind.value, "number": s.number, "title": to_dict(s.title)}

    def service_of(request: Request) -> Any:
        return cat.get(request.path_params["service_id"])

    def office_or_none(office_id: object) -> Any:
        if office_id is None:
            return None
        if not isinstance(office_id, str):
            raise InvalidTypeError(f"office_id must be a string, got {type(office_id).__name__}")
        return reg.get(office_id)

    async def health(request: Request) -> Response:
        return _json_response({"status": "ok", "services": len(cat), "offices": len(reg)})

    async def services(request: Request) -> Response:
        q = _query(request, "q")
        found = list(cat.search(q)) if q is not None else list(cat)
        act, region, kind = _query(request, "act"), _query(request, "region"), _query(request, "kind")
        if act is not None:
            cat.act(act)  # an unknown act is a 404, not an empty list
            found = [s for s in found if s.act_id == act]
        if region is not None:
            found = [s for s in found if s.act_id in {a.id for a in cat.acts if a.region == region}]
        if kind is not None:
            found = [s for s in found if s.kind.value == kind]
        offset = _int(request, "offset", 0, 0, 1_000_000)
        limit = _int(request, "limit", 20, 1, MAX_LIMIT)
        page = found[offset : offset + limit]
        return _json_response(
            {"total": len(found), "offset": offset, "limit": limit, "items": [summary(s) for s in page]}
        )

    async def service(request: Request) -> Response:
        return _json_response(to_dict(service_of(request)))

    async def service_offices(request: Request) -> Response:
        svc = service_of(request)
        return _json_response([to_dict(o) for o in reg.for_service(svc)])

    async def office(request: Request) -> Response:
        return _json_response(to_dict(reg.get(request.path_params["office_id"])))

    async def documents(request: Request) -> Response:
        svc = service_of(request)
        tags = _list(_query(request, "tags"))
        profile = ApplicantProfile(frozenset(tags)) if tags else None
        channel = _query(request, "channel")
        docs = svc.required_documents(profile, channel=channel)
        return _json_response(
            {
                "service_id": svc.id,
                "tags": sorted(profile.tags) if profile else None,
                "channel": channel,
                "documents": [to_dict(d) for d in docs],
            }
        )

    async def deadline(request: Request) -> Response:
        svc = service_of(request)
        at = _query(request, "at")
        if at is None:
            raise InvalidInputError("at is required: the moment of submission, e.g. at=2008-12-26T18:30")
        result = svc.deadline(
            _moment(at, "at"),
            office=office_or_none(_query(request, "office")),
            channel=_query(request, "channel"),
            calendar=calendar,
        )
        return _json_response(to_dict(result))

    def talon_from(data: Json) -> Any:
        known = {
            "service_id",
            "submitted_at",
            "documents",
            "office_id",
            "number",
            "applicant",
            "accepted_by",
            "representative",
            "channel",
            "tags",
            "due_at",
            "kind",
        }
        unknown = sorted(set(data) - known)
        if unknown:
            raise InvalidInputError(f"unknown key(s) {', '.join(unknown)}; accepted: {', '.join(sorted(known))}")
        if "service_id" not in data or "submitted_at" not in data:
            raise InvalidInputError("a talon request needs service_id and submitted_at")
        docs = data.get("documents", [])
        if not isinstance(docs, list) or not all(isinstance(d, str) for d in docs):
            raise InvalidInputError(f"documents must be a list of document ids, got {brief(docs)}")
        tags = data.get("tags") or []
        if not isinstance(tags, list):
            raise InvalidInputError(f"tags must be a list of profile tags, got {brief(tags)}")
        return build_talon(
            cat.get(str(data["service_id"])),
            submitted_at=_moment(data["submitted_at"], "submitted_at"),
            documents=docs,
            applicant=_person(data, "applicant"),
            accepted_by=_person(data, "accepted_by"),
            representative=_person(data, "representative"),
            office=office_or_none(data.get("office_id")),
            number=data.get("number"),
            channel=data.get("channel"),
            profile=ApplicantProfile(frozenset(tags)) if tags else None,
            due_at=None if data.get("due_at") is None else _moment(data["due_at"], "due_at"),
            calendar=calendar,
        )

    def talon_response(talon: Any, request: Request) -> Response:
        fmt = _query(request, "format") or "json"
        lang = _query(request, "lang") or "kk"
        if fmt == "html":
            return HTMLResponse(talon.render(lang, "html"))
        if fmt == "text":
            from starlette.responses import PlainTextResponse

            return PlainTextResponse(talon.render(lang, "text"))
        if fmt != "json":
            raise InvalidInputError(f"unknown format {fmt!r}; accepted: 'json', 'html', 'text'")
        return _json_response(talon.to_dict())

    async def talons(request: Request) -> Response:
        return talon_response(talon_from(await _body(request)), request)

    async def talon_get(request: Request) -> Response:
        data: Json = {
            "service_id": request.path_params["service_id"],
            "submitted_at": _query(request, "at"),
            "documents": _list(_query(request, "documents")),
        }
        for key, param in (
            ("office_id", "office"),
            ("number", "number"),
            ("applicant", "applicant"),
            ("accepted_by", "accepted_by"),
            ("channel", "channel"),
        ):
            if _query(request, param) is not None:
                data[key] = _query(request, param)
        if _query(request, "tags"):
            data["tags"] = _list(_query(request, "tags"))
        if data["submitted_at"] is None:
            raise InvalidInputError("at is required: the moment of submission, e.g. at=2008-12-26T18:30")
        return talon_response(talon_from(data), request)

    async def notices(request: Request) -> Response:
        data = await _body(request)
        kind = data.pop("kind", None)
        if kind == "documents_accepted":
            notice = documents_accepted(talon_from(data))
        elif kind == "term_extended":
            svc = cat.get(str(data.get("service_id")))
            new = _moment(data.get("new_due_at"), "new_due_at")
            prev = data.get("previous_due_at")
            notice = term_extended(
                svc,
                new_due_at=new,
                office=office_or_none(data.get("office_id")),
                previous_due_at=None if prev is None else _moment(prev, "previous_due_at"),
                reason=data.get("reason"),
                number=data.get("number"),
                recipient=_person(data, "recipient"),
            )
        else:
            raise InvalidInputError(f"unknown notice kind {kind!r}; accepted: 'documents_accepted', 'term_extended'")
        return _json_response(
            {
                "notice": notice.to_dict(),
                "sms": {lang: notice.sms(lang).text for lang in ("kk", "ru")},
                "portal_status": {lang: notice.portal_status(lang) for lang in ("kk", "ru")},
            }
        )

    async def explain(request: Request) -> Response:
        from kzsocial.calendar import default_calendar

        raw = request.path_params["date"]
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise InvalidInputError(f"date must be ISO 8601 YYYY-MM-DD, got {raw!r}") from None
        return _json_response(to_dict((calendar or default_calendar()).explain(day)))

    async def schema_of(request: Request) -> Response:
        return _json_response(json_schema(request.path_params["type_name"]))

    async def openapi_doc(request: Request) -> Response:
        return _json_response(openapi(paths=paths(), title="kzsocial reference service"))

    routes = [
        Route("/health", health),
        Route("/openapi.json", openapi_doc),
        Route("/schemas/{type_name}", schema_of),
        Route("/services", services),
        Route("/services/{service_id:path}/documents", documents),
        Route("/services/{service_id:path}/deadline", deadline),
        Route("/services/{service_id:path}/talon", talon_get),
        Route("/services/{service_id:path}/offices", service_offices),
        Route("/services/{service_id:path}", service),
        Route("/offices/{office_id:path}", office),
        Route("/talons", talons, methods=["POST"]),
        Route("/notices", notices, methods=["POST"]),
        Route("/calendar/{date}", explain),
    ]

    async def on_kzsocial_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, KzSocialError)
        return _problem_response(exc, request.url.path)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code == 404:
            return _problem_response(
                _RouteNotFoundError(f"no route {request.url.path!r}; see /openapi.json"), request.url.path
            )
        problem = {
            "type": "about:blank",
            "title": str(exc.detail),
            "status": exc.status_code,
            "detail": str(exc.detail),
            "code": f"http_{exc.status_code}",
        }
        from starlette.responses import Response

        return Response(json.dumps(problem), status_code=exc.status_code, media_type=PROBLEM_JSON)

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        KzSocialError: on_kzsocial_error,
        HTTPException: on_http_error,
    }
    return Starlette(routes=routes, exception_handlers=handlers)


# -- OpenAPI paths ----------------------------------------------------------------------------------------------


def _ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _ok(schema: Json, media: str = "application/json") -> Json:
    return {"description": "OK", "content": {media: {"schema": schema}}}


def _problems(*statuses: int) -> Json:
    return {
        str(s): {"description": "a problem", "content": {PROBLEM_JSON: {"schema": _ref("Problem")}}} for s in statuses
    }


def _param(name: str, where: str = "query", *, required: bool = False, description: str = "") -> Json:
    return {
        "name": name,
        "in": where,
        "required": required or where == "path",
        "schema": {"type": "string"},
        "description": description,
    }


def paths() -> Json:
    """The OpenAPI ``paths`` of the reference service (its ``components`` are the shipped schemas)."""
    summary = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "act_id": {"type": "string"},
            "kind": _ref("ServiceKind"),
            "number": {"type": "string"},
            "title": _ref("LocalizedText"),
        },
    }
    page = {
        "type": "object",
        "properties": {
            "total": {"type": "integer"},
            "offset": {"type": "integer"},
            "limit": {"type": "integer"},
            "items": {"type": "array", "items": summary},
        },
    }
    talon_request = {
        "type": "object",
        "required": ["service_id", "submitted_at"],
        "properties": {
            "service_id": {"type": "string"},
            "submitted_at": {"type": "string"},
            "documents": {"type": "array", "items": {"type": "string"}},
            "office_id": {"type": "string"},
            "number": {"type": ["string", "integer", "null"]},
            "channel": {"type": "string"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "due_at": {"type": "string"},
            "applicant": {"anyOf": [{"type": "string"}, _ref("Person")]},
            "accepted_by": {"anyOf": [{"type": "string"}, _ref("Person")]},
            "representative": {"anyOf": [{"type": "string"}, _ref("Person")]},
        },
    }
    sid = _param("service_id", "path", description="a service id, e.g. karaganda-2008/unemployed-registration")
    fmt = [_param("format", description="json (default), html or text"), _param("lang", description="kk or ru")]
    return {
        "/services": {
            "get": {
                "summary": "Search services",
                "parameters": [
                    _param("q"),
                    _param("act"),
                    _param("region"),
                    _param("kind"),
                    _param("offset"),
                    _param("limit"),
                ],
                "responses": {"200": _ok(page), **_problems(404, 422)},
            }
        },
        "/services/{service_id}": {
            "get": {
                "summary": "One service",
                "parameters": [sid],
                "responses": {"200": _ok(_ref("ServiceDefinition")), **_problems(404)},
            }
        },
        "/services/{service_id}/offices": {
            "get": {
                "summary": "The offices giving a service",
                "parameters": [sid],
                "responses": {"200": _ok({"type": "array", "items": _ref("Office")}), **_problems(404)},
            }
        },
        "/services/{service_id}/documents": {
            "get": {
                "summary": "The documents a profile brings",
                "parameters": [sid, _param("tags", description="profile tags, comma-separated"), _param("channel")],
                "responses": {
                    "200": _ok(
                        {
                            "type": "object",
                            "properties": {"documents": {"type": "array", "items": _ref("DocumentRequirement")}},
                        }
                    ),
                    **_problems(404, 422),
                },
            }
        },
        "/services/{service_id}/deadline": {
            "get": {
                "summary": "The deadline of an application",
                "parameters": [sid, _param("at", required=True), _param("office"), _param("channel")],
                "responses": {"200": _ok(_ref("Deadline")), **_problems(404, 422)},
            }
        },
        "/services/{service_id}/talon": {
            "get": {
                "summary": "A talon (JSON, or its A5 HTML page)",
                "parameters": [
                    sid,
                    _param("at", required=True),
                    _param("documents"),
                    _param("office"),
                    _param("number"),
                    _param("applicant"),
                    _param("accepted_by"),
                    *fmt,
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {"schema": _ref("Talon")},
                            "text/html": {"schema": {"type": "string"}},
                        },
                    },
                    **_problems(404, 422),
                },
            }
        },
        "/offices/{office_id}": {
            "get": {
                "summary": "One office",
                "parameters": [_param("office_id", "path")],
                "responses": {"200": _ok(_ref("Office")), **_problems(404)},
            }
        },
        "/talons": {
            "post": {
                "summary": "Build a talon",
                "parameters": fmt,
                "requestBody": {"required": True, "content": {"application/json": {"schema": talon_request}}},
                "responses": {"200": _ok(_ref("Talon")), **_problems(404, 422)},
            }
        },
        "/notices": {
            "post": {
                "summary": "Build a notice (documents_accepted or term_extended)",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {
                    "200": _ok({"type": "object", "properties": {"notice": _ref("Notice")}}),
                    **_problems(404, 422),
                },
            }
        },
        "/calendar/{date}": {
            "get": {
                "summary": "Why a date is or is not a working day",
                "parameters": [_param("date", "path")],
                "responses": {"200": _ok(_ref("DayExplanation")), **_problems(422)},
            }
        },
        "/schemas/{type_name}": {
            "get": {
                "summary": "The JSON Schema of a type",
                "parameters": [_param("type_name", "path")],
                "responses": {"200": _ok({"type": "object"}), **_problems(404)},
            }
        },
    }


# -- serving ----------------------------------------------------------------------------------------------------


def _check_loopback(host: str) -> str:
    if host == "localhost":
        return host
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise InvalidInputError(
        f"the reference service binds to loopback addresses only; got {host!r}, accepted: "
        "127.0.0.1 (or another 127.x address), ::1, localhost"
    )


def check_serve_arguments(
    *, host: object, port: object, data: object = (), packaged: object = True, announce_json: object = False
) -> None:
    """What :func:`serve` checks before it starts (wrong types: ``InvalidTypeError``; a non-loopback host or a
    port outside 0..65535: ``InvalidInputError``)."""
    if not isinstance(host, str):
        raise InvalidTypeError(f"host must be a str such as '127.0.0.1', got {type(host).__name__}")
    _check_loopback(host)
    if isinstance(port, bool) or not isinstance(port, int):
        raise InvalidTypeError(f"port must be an int 0..65535, got {type(port).__name__}")
    if not 0 <= port <= 65535:
        raise InvalidInputError(f"port must be 0..65535, got {port}")
    if isinstance(data, str | bytes) or not isinstance(data, Sequence):
        raise InvalidTypeError(f"data must be a list of folder paths, got {type(data).__name__}")
    for item in data:
        if not isinstance(item, str | os.PathLike):
            raise InvalidTypeError(f"data must hold folder paths (str), got {type(item).__name__}")
    for name, flag in (("packaged", packaged), ("announce_json", announce_json)):
        if not isinstance(flag, bool):
            raise InvalidTypeError(f"{name} must be a bool, got {type(flag).__name__}")


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    data: Sequence[str] = (),
    packaged: bool = True,
    announce_json: bool = False,
) -> None:
    """Run the service with uvicorn on a loopback ``host``; ``data`` adds act folders (with ``packaged``) or
    replaces the packaged acts (without)."""
    check_serve_arguments(host=host, port=port, data=data, packaged=packaged, announce_json=announce_json)
    _starlette()
    try:
        import uvicorn
    except ImportError:
        raise MissingExtraError("serving over HTTP", "api", "uvicorn") from None
    catalog = offices = None
    if data or not packaged:
        from kzsocial.loader import load_data, packaged_folders

        loaded = load_data([*(packaged_folders() if packaged else []), *data])
        catalog, offices = loaded.catalog, loaded.offices
    app = create_app(catalog=catalog, offices=offices)
    if announce_json:
        print(json.dumps({"url": f"http://{host}:{port}"}), flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
