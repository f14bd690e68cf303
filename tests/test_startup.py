"""The everyday commands stay light: they must not pull in libraries only other commands need.

Speed itself is measured in bench/startup.py (BENCHMARKS.md); this guards the cause of slowness.
"""

import subprocess
import sys

import pytest

HEAVY = ["dataclasses", "tomllib", "json", "pathlib", "dateparser", "inflect", "proselint", "reportlab",
         "starlette", "jinja2", "uvicorn", "matplotlib", "platformdirs", "email_validator", "icalendar",
         "smtplib", "email", "tempfile", "shutil", "thankful.writing.compose", "thankful.writing.coach", "thankful.deliver",
         "thankful.web"]

PROBE = """
import sys
before = set(sys.modules)
from thankful.cli import main
main({argv!r})
loaded = sorted(set(sys.modules) - before)
print("LOADED", " ".join(loaded))
"""


@pytest.mark.parametrize("argv", [["owed"], [], ["owed", "--all"], ["home"]])
def test_everyday_commands_import_nothing_heavy(db_path, argv):
    code = PROBE.format(argv=argv)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.strip().splitlines()[-1].split()[1:])
    assert "thankful.store.db" in loaded  # the probe did run the command
    assert not loaded & set(HEAVY), f"start-up pulled in {sorted(loaded & set(HEAVY))}"
