"""The everyday commands stay light: they must not pull in libraries only other commands need.

Speed itself is measured in bench/startup.py (BENCHMARKS.md); this guards the cause of slowness.
"""

import subprocess
import sys

import pytest

HEAVY = ["dateparser", "inflect", "proselint", "reportlab", "starlette", "jinja2", "uvicorn", "matplotlib",
         "platformdirs", "email_validator", "icalendar", "smtplib", "ssl", "thankful.writing", "thankful.channels.email",
         "thankful.channels.paper", "thankful.web", "llm"]
# Listing notes needs neither the catalogue nor any other data file, nor shutil (argparse's own way of
# finding the terminal's width imports it, with bz2 and lzma: a tenth of the start-up).
LISTING_ONLY = ["tomli", "tomllib", "shutil"]

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
    assert "thankful.store.notebook" in loaded  # the probe did run the command
    heavy = HEAVY + (LISTING_ONLY if argv[:1] == ["owed"] else [])
    assert not {m for m in loaded if m in heavy or m.split(".")[0] in heavy or
                any(m.startswith(h + ".") for h in heavy)}, f"start-up pulled in {sorted(loaded & set(heavy))}"
