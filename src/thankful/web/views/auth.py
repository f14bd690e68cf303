"""Login, for a notebook served beyond this machine: a password checked against its argon2 hash, a limit
on wrong guesses per client, and sessions the server ends at logout."""

from __future__ import annotations

from thankful.web.core import Page, local_path, view
from thankful.web.security import verify_password


@view(public=True)
def login_form(page: Page):
    if not page.web.password_hash or page.web.signed_in(page.session):
        return page.redirect("/")
    return page.render("login.html", error="", next=local_path(page.arg("next")))


@view(public=True)
def login(page: Page):
    target = local_path(page.field("next")) or "/"
    if not page.web.password_hash:
        return page.redirect("/")
    throttle = page.web.throttle
    if not throttle.begin(page.client):
        return page.render("login.html", status=429, next=target,
                           error="Too many wrong passwords. Wait a minute and try again.")
    right = False
    try:
        right = verify_password(page.web.password_hash, page.field("password"))
    finally:
        throttle.end(page.client, ok=right)
    if not right:
        return page.render("login.html", status=401, next=target, error="That password is not right.")
    page.web.sign_in(page.session)
    return page.redirect(target)


@view(public=True)
def logout(page: Page):
    page.web.sign_out(page.session)  # the server forgets the session: the old cookie opens nothing
    return page.redirect("/login" if page.web.password_hash else "/")
