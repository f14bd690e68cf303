"""Login, for a notebook served beyond this machine: a password checked against its argon2 hash."""

from __future__ import annotations

import secrets

from thankful.web.core import Page, local_path, view
from thankful.web.security import verify_password


@view(public=True)
def login_form(page: Page):
    if not page.web.password_hash or page.session.get("user"):
        return page.redirect("/")
    return page.render("login.html", error="", next=local_path(page.arg("next")))


@view(public=True)
def login(page: Page):
    target = local_path(page.field("next")) or "/"
    if not page.web.password_hash:
        return page.redirect("/")
    if page.web.throttle.blocked():
        return page.render("login.html", status=429, next=target,
                           error="Too many wrong passwords. Wait a minute and try again.")
    if not verify_password(page.web.password_hash, page.field("password")):
        page.web.throttle.failed()
        return page.render("login.html", status=401, next=target, error="That password is not right.")
    page.session.clear()  # a new session on login: nothing from before it carries over
    page.session["user"] = True
    page.session["csrf"] = secrets.token_urlsafe(32)
    return page.redirect(target)


@view(public=True)
def logout(page: Page):
    page.session.clear()
    return page.redirect("/login" if page.web.password_hash else "/")
