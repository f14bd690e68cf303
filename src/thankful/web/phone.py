"""Opening the page on a phone: this computer's address on the home network, and a QR code for it.

The address is found without sending anything: connecting a UDP socket only asks the kernel which local
address would be used for a route (no packet leaves), and the host name's own addresses are the fallback.
The QR code holds that plain address and nothing else: never a token, so a photo of the screen opens no
notebook; the phone signs in with the password.
"""

from __future__ import annotations

import ipaddress
import socket

# Private addresses to ask the route for (nothing is sent to them): the usual home networks.
PROBES = ("192.168.0.1", "10.0.0.1", "172.16.0.1")


def _usable(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_unspecified or ip.is_link_local or ip.is_multicast)


def home_network_ip(listening_on: str = "0.0.0.0") -> str | None:
    """The IP address a phone on the same network reaches this computer at, or None when there is none.

    A specific address listened on is that address; listening on every address ("0.0.0.0", "::"), the
    address of the route to a private network, else one of the host name's addresses."""
    host = listening_on.strip().strip("[]")
    if host not in ("", "0.0.0.0", "::") and _usable(host):
        return host
    for probe in PROBES:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))  # UDP: no packet is sent, the kernel only picks a route
                found = s.getsockname()[0]
        except OSError:
            continue
        if _usable(found):
            return found
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
    except OSError:
        return None
    return next((info[4][0] for info in infos if _usable(info[4][0])), None)


def phone_address(listening_on: str, port: int, tls: bool) -> str | None:
    """The page's address on the home network ('http://192.168.1.23:8765/'), with no token; None if unknown."""
    ip = home_network_ip(listening_on)
    if ip is None:
        return None
    shown = f"[{ip}]" if ":" in ip else ip
    return f"{'https' if tls else 'http'}://{shown}:{port}/"


def qr_svg(text: str, label: str) -> str:
    """`text` as a QR code, an inline SVG image named `label` for screen readers (segno, loaded only here)."""
    import segno

    svg = segno.make(text, error="m").svg_inline(scale=5, border=4, dark="#1d2b27", light="#ffffff",
                                                 svgclass="qr", lineclass=None, omitsize=False)
    from markupsafe import escape

    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1)
