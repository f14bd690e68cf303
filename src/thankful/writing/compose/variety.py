"""Choosing phrasing: deterministic for a moment (same input, same draft), varied across moments.

One hash of the moment gives every choice its own digits, so two moments rarely share a shape. Within a
batch (or the variants of one moment) a template already used is passed over while an unused one fits,
so a wedding's 200 notes read as written one by one.
"""

from collections import Counter
from itertools import compress, repeat

try:
    from _blake2 import blake2b  # what hashlib.blake2b is; importing hashlib also loads OpenSSL (2 ms)
except ImportError:  # another Python
    from hashlib import blake2b


class Chooser:
    """Hands out choices from one moment's hash; `used` is shared across a batch."""

    def __init__(self, key: str, salt: int = 0, used: Counter | None = None):
        digest = blake2b(f"{salt}|{key}".encode(), digest_size=32).digest()
        self._h = int.from_bytes(digest, "big")
        self.used = used if used is not None else Counter()

    def _digits(self, n: int) -> int:
        if self._h < n * 4:  # the hash is spent: stir it again, still deterministically
            self._h = int.from_bytes(blake2b(str(self._h).encode(), digest_size=32).digest(), "big")
        self._h, r = divmod(self._h, n)
        return r

    def index(self, n: int) -> int:
        return self._digits(n) if n > 1 else 0

    def pick(self, options: list, ident=lambda o: o):
        """One option, preferring those used least so far in this batch."""
        if len(options) == 1:
            chosen = options[0]
        else:
            # map() rather than comprehensions, and .get rather than Counter's [] (which calls
            # __missing__ for every option not used yet): this runs for every sentence of every note
            counts = list(map(self.used.get, map(ident, options), repeat(0)))
            low = min(counts)
            fresh = list(compress(options, map(low.__eq__, counts)))
            chosen = fresh[self.index(len(fresh))]
        key = ident(chosen)
        self.used[key] = self.used.get(key, 0) + 1  # not Counter's +=, which calls __missing__ for a new key
        return chosen
