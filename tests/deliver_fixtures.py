"""Real parts for the delivery tests: an aiosmtpd server on 127.0.0.1, certificates, drafted notes."""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import shutil
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from aiosmtpd.controller import Controller

from thankful.usecases.capture import add_person, record_moment

TODAY = dt.date(2026, 11, 26)
PASSWORD = "correct horse battery staple"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps every accepted message and follows a script of misbehaviours.

    Script entries, used one per DATA (or RCPT for 'rcpt-4xx'): 'ok', '451', '550', 'drop' (take the
    message, then cut the connection without answering), 'rcpt-450'."""

    script: list[str] = field(default_factory=list)
    delay: float = 0.0
    messages: list[email.message.EmailMessage] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    connections: int = 0
    logins: list[str] = field(default_factory=list)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.connections += 1
        session.host_name = hostname
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.script and self.script[0] == "rcpt-450":
            self.script.pop(0)
            return "450 4.2.0 mailbox busy, try later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        action = self.script.pop(0) if self.script else "ok"
        if action == "451":
            return "451 4.3.0 temporary failure, try again"
        if action == "550":
            return "550 5.1.1 no such mailbox here"
        self.raw.append(bytes(envelope.original_content))
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        if action == "drop":
            server.transport.abort()
        if self.delay:  # the message is kept; the answer takes a moment (a window for a crash)
            await asyncio.sleep(self.delay)
        return "250 2.0.0 OK queued"

    def message_ids(self) -> list[str]:
        return [m["Message-ID"].strip() for m in self.messages]


class Server:
    """aiosmtpd on 127.0.0.1 in a thread: plain, STARTTLS (tls=...) or implicit TLS (ssl=...)."""

    def __init__(self, handler: Recorder | None = None, *, starttls: ssl.SSLContext | None = None,
                 implicit: ssl.SSLContext | None = None, auth: bool = False):
        self.handler = handler or Recorder()
        self.port = free_port()
        kwargs = {}
        if starttls is not None:
            kwargs.update(tls_context=starttls, require_starttls=True)
        if auth:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=True)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, ssl_context=implicit,
                                     server_hostname="localhost", **kwargs)

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        ok = auth_data.login == b"sam" and auth_data.password == PASSWORD.encode()
        if ok:
            self.handler.logins.append(auth_data.login.decode())
        return AuthResult(success=ok, handled=False)

    def __enter__(self) -> Server:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()


def settings(port: int, **changes):
    """SmtpSettings for the test server: no TLS on loopback, quick retries."""
    from thankful.channels.email.settings import SmtpSettings

    values = dict(host="127.0.0.1", port=port, security="none", sender="Sam Lee <sam@example.org>",
                  retries=3, backoff=0.01, timeout=10)
    values.update(changes)
    return SmtpSettings(**values)


def drafted(nb, name: str, address: str = "", *, body: str = "", subject: str = "", kind: str = "interview",
            postal: str = "", status: str = "drafted") -> int:
    """A person (made if new) and a drafted note to them, written straight into the notebook."""
    if nb.people.find(name) is None:
        add_person(nb, name, email=address, address=postal, today=TODAY)
    fields = {"role": "Data Analyst", "company": "Acme"} if kind == "interview" else {"what": "a scarf"}
    _, notes = record_moment(nb, kind, [name], fields, on=TODAY, today=TODAY)
    note_id = notes[0].id
    text = body or (f"Dear {name.split()[0]},\n\nThank you for talking with me about the analyst role today.\n\n"
                    "Best wishes,\nSam")
    with nb.transaction():
        nb.notes.update(note_id, body=text, subject=subject, status=status)
    return note_id


# --- certificates -------------------------------------------------------------------------------

def make_certificates(folder: Path, name: str = "localhost") -> tuple[Path, Path, Path]:
    """A private CA and a server certificate it signed: (ca.pem, cert.pem, key.pem). The certificate names
    `name`, and 127.0.0.1 too when `name` is localhost.

    Uses the `cryptography` package when it is installed, else the openssl command."""
    try:
        import cryptography  # noqa: F401
    except ImportError:
        return _with_openssl(folder, name)
    return _with_cryptography(folder, name)


def _with_cryptography(folder: Path, name: str) -> tuple[Path, Path, Path]:
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Thankful test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    leaf = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName(
                [x509.DNSName(name)] + ([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))] if name == "localhost" else [])),
                critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    pem = serialization.Encoding.PEM
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(pem))
    paths[1].write_bytes(leaf.public_bytes(pem))
    paths[2].write_bytes(key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


def _with_openssl(folder: Path, name: str) -> tuple[Path, Path, Path]:
    openssl = shutil.which("openssl")
    assert openssl, "neither the cryptography package nor the openssl command is available"
    ca, ca_key, cert, key, csr = (folder / n for n in ("ca.pem", "ca.key", "cert.pem", "key.pem", "req.csr"))
    ext = folder / "ext.cnf"
    names = f"DNS:{name}" + (",IP:127.0.0.1" if name == "localhost" else "")
    ext.write_text(f"basicConstraints=critical,CA:FALSE\nsubjectAltName={names}\nextendedKeyUsage=serverAuth\n")

    def run(*args: str) -> None:
        subprocess.run([openssl, *args], check=True, capture_output=True)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30",
        "-subj", "/CN=Thankful test CA", "-keyout", str(ca_key), "-out", str(ca),
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", f"/CN={name}",
        "-keyout", str(key), "-out", str(csr))
    run("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial", "-days", "30",
        "-extfile", str(ext), "-out", str(cert))
    return ca, cert, key


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(cert), str(key))
    return context
