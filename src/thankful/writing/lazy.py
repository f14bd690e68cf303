"""Regular expressions compiled when first used, not when their module is imported.

`re` compiles a pattern in Python (its parser and compiler), about half a million instructions for one of
the composer's. The composer, the facts reader and the coach name some 150 at module level, and a batch of
drafts uses about half of them: each is compiled the first time it is used.

    IT_WORDS = lazy_regex(r"\\b(?:it|them|its)\\b", re.I)   # re.compile's arguments; compiled at its first search
"""

import re


class lazy_regex:  # lower case: it stands where re.compile was, and reads like it
    """Stands for re.compile(pattern, flags): the first use of a method or attribute (search, sub, finditer,
    groups, ...) compiles it, and that attribute of the compiled pattern is kept here, so later uses cost what
    they cost on the pattern itself."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern  # read without compiling: patterns are built from others' text
        self._flags = flags

    def __getattr__(self, name: str):  # only called for a name this object does not hold yet
        if name.startswith("__"):
            raise AttributeError(name)  # copy and pickle ask for these: not the pattern's
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self._compiled = re.compile(self.pattern, self._flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value

    def __repr__(self) -> str:
        return f"lazy_regex({self.pattern!r}, {self._flags!r})"
