"""The request handlers: parse the query, ask ``data``/``timeline`` for the page, render a template.
Nothing here reads a store or an engine directly."""

from __future__ import annotations

from typing import TypeVar

from aiohttp import web
from pydantic import ValidationError

from bot.service import QuestionError
from bot.web import data
from bot.web.access import COOKIE, COOKIE_MAX_AGE, safe_next
from bot.web.app import context, render, same_origin
from bot.web.timeline import timeline_page

P = TypeVar("P", bound=data.Params)


def parse(request: web.Request, model: type[P]) -> P:
    """The page's query parameters, or a 400 page saying which one is wrong."""
    try:
        return model.model_validate(dict(request.query))
    except ValidationError as exc:
        problems = [
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        ]
        response = render(request, "error.html", status=400, title="Bad address", message="; ".join(problems))
        raise web.HTTPBadRequest(
            text=response.text, content_type="text/html", headers={"Cache-Control": "no-store"}
        ) from exc


async def overview(request: web.Request) -> web.Response:
    ctx = context(request)
    page = await data.overview(ctx.service, ctx.sources)
    return render(request, "overview.html", nav="overview", title="Overview", page=page)


async def sources(request: web.Request) -> web.Response:
    ctx = context(request)
    params = parse(request, data.SourcesParams)
    view = await data.sources_page(ctx.service, ctx.sources, params)
    return render(request, "sources.html", nav="sources", title="Sources", view=view)


async def questions(request: web.Request) -> web.Response:
    params = parse(request, data.QuestionsParams)
    view = await data.questions_page(context(request).service, params)
    return render(request, "questions.html", nav="questions", title="Questions", view=view)


async def gaps(request: web.Request) -> web.Response:
    params = parse(request, data.GapsParams)
    view = await data.gaps_page(context(request).service, params)
    return render(request, "gaps.html", nav="gaps", title="Coverage gaps", view=view)


async def timeline(request: web.Request) -> web.Response:
    params = parse(request, data.TimelineParams)
    ctx = context(request)
    view = await timeline_page(ctx.service, params, ctx.timelines)
    return render(request, "timeline.html", nav="timeline", title="Timeline", view=view)


async def timeline_png(request: web.Request) -> web.Response:
    ctx = context(request)
    params = parse(request, data.TimelineParams)
    try:
        png = await ctx.timelines.png(ctx.service, params)
    except QuestionError as exc:
        raise web.HTTPBadRequest(text=f"{exc}\n") from exc
    return web.Response(body=png, content_type="image/png")


async def login_form(request: web.Request) -> web.StreamResponse:
    g = context(request).gate
    target = safe_next(request.query.get("next"))
    if not g.required or g.cookie_ok(request.cookies.get(COOKIE)):
        raise web.HTTPSeeOther(target)
    return render(request, "login.html", title="Sign in", next=target, failed=False)


async def login(request: web.Request) -> web.StreamResponse:
    g = context(request).gate
    if not same_origin(request):
        raise web.HTTPForbidden(text="A sign-in must come from this site's own form.\n")
    form = await request.post()
    target = safe_next(str(form.get("next", "/")))
    token = form.get("token")
    if not g.required:
        raise web.HTTPSeeOther(target)
    if not isinstance(token, str) or not g.token_ok(token):
        return render(request, "login.html", status=401, title="Sign in", next=target, failed=True)
    response = web.HTTPSeeOther(target)
    response.set_cookie(
        COOKIE,
        g.session_cookie(),
        max_age=COOKIE_MAX_AGE,
        path="/",
        httponly=True,
        samesite="Strict",
        secure=request.secure,
    )
    raise response


async def logout(request: web.Request) -> web.StreamResponse:
    if not same_origin(request):
        raise web.HTTPForbidden(text="A sign-out must come from this site's own form.\n")
    response = web.HTTPSeeOther("/login")
    response.del_cookie(COOKIE, path="/")
    raise response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", overview)
    app.router.add_get("/sources", sources)
    app.router.add_get("/questions", questions)
    app.router.add_get("/gaps", gaps)
    app.router.add_get("/timeline", timeline)
    app.router.add_get("/timeline.png", timeline_png)
    app.router.add_get("/login", login_form)
    app.router.add_post("/login", login)
    app.router.add_post("/logout", logout)
