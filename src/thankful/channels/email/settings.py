"""Where and how to send mail: the SMTP settings, read from the values `thankful config` and the
environment give (see domain/settings.py). Nothing here touches the network."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr

from thankful.domain.errors import UsageError

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass
class SmtpSettings:
    """Where and how to send. The password is read from the environment or the keyring, never stored."""

    host: str = ""
    port: int = 0  # 0: the usual port for `security`
    security: str = "starttls"
    user: str = ""
    password: str = field(default="", repr=False)
    password_file: str = ""  # where a password is kept when there is no system keyring (0600)
    sender: str = ""  # "Sam Lee <sam@example.org>"
    cafile: str = ""
    retries: int = 3
    backoff: float = 2.0
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def sender_address(self) -> str:
        return parseaddr(self.sender)[1]

    def check(self) -> None:
        """UsageError for a setting that cannot work; nothing here touches the network."""
        if not self.host:
            raise UsageError("no mail server is set", what="setting", name="smtp.host")
        if not self.sender_address:
            raise UsageError("no sender address is set", what="setting", name="smtp.from")
        if self.security not in DEFAULT_PORTS:
            raise UsageError(f"unknown security {self.security!r}; choose starttls, ssl or none")
        check_security(self.security, self.host)

    @classmethod
    def from_values(cls, values: Mapping[str, str], password: str = "", password_file: str = "") -> SmtpSettings:
        """Settings from checked `smtp.*` values (the notebook's, overridden by the environment's)."""
        return cls(
            host=values.get("smtp.host", ""), security=values.get("smtp.security", "starttls"),
            port=int(values.get("smtp.port", 0)), user=values.get("smtp.user", ""),
            sender=values.get("smtp.from", ""), cafile=values.get("smtp.cafile", ""),
            retries=int(values.get("smtp.retries", 3)), backoff=float(values.get("smtp.backoff", 2.0)),
            password=password, password_file=password_file,
        )


def check_security(security: str, host: str) -> None:
    """Unencrypted mail only to this machine: a password and notes never cross a network in the clear."""
    if security == "none" and host and not is_loopback(host):
        raise UsageError(f"security 'none' sends your mail unencrypted, so it is allowed only to this machine, "
                         f"not to {host}; use starttls or ssl", what="setting", name="smtp.security")


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
