"""Polishing a draft with the person's own model, through llm (docs/polish.md): the model is asked, the
guard (writing/polish.py) checks its answer, and only an accepted answer is offered, beside the draft.

Nothing is sent to a model unless a face calls `polish` (an explicit `--polish` or a click). llm is
imported here only, inside the functions that need it (it costs about half a second), never at start-up;
the extra `thankful[ai]` installs it. Nothing here prints, prompts or reads the clock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from thankful.domain.errors import NotReady, ThankfulError
from thankful.domain.model import Note
from thankful.store import Notebook
from thankful.writing import polish as guarded

from . import configuration, drafting

LLM_MISSING = "polishing needs llm, which is not installed; install it with: pip install 'thankful[ai]'"


@dataclass
class Polished:
    """A model's answer for a draft and the guard's verdict on it; `text` is offered only when accepted."""

    note: int
    model: str
    accepted: bool
    reasons: list[str]
    text: str
    draft: str
    subject: str = ""
    edited: bool = False  # the draft was the person's own wording
    diff: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """The `--json` shape: {"model", "accepted", "reasons", "text"}."""
        return {"model": self.model, "accepted": self.accepted, "reasons": self.reasons, "text": self.text}


@dataclass(frozen=True)
class ModelInfo:
    """Which model polishes, whether it runs on this machine, and whether it can be used now (or why not)."""

    installed: bool
    model: str = ""
    local: bool = False
    ready: bool = False
    problem: str = ""


def installed() -> bool:
    """Whether llm can be imported (found without importing it)."""
    from importlib.util import find_spec

    try:
        return find_spec("llm") is not None
    except (ImportError, ValueError):
        return False


def _llm():
    """The llm module, imported on first use; NotReady saying how to install it when it is missing."""
    if not installed():
        raise NotReady(LLM_MISSING, what="ai")
    try:
        import llm
    except Exception as e:  # a broken install is one line too
        raise NotReady(f"llm could not be loaded ({type(e).__name__}: {_line(e)}); reinstall it with: "
                       "pip install 'thankful[ai]'", what="ai") from None
    return llm


def model_id(nb: Notebook, given: str | None = None) -> str:
    """The model asked: `given` (--model), else the setting polish.model, else llm's default model."""
    if given and given.strip():
        from thankful.domain.settings import check_value

        return check_value("polish.model", given)
    found = configuration.get(nb, "polish.model")
    return found[0] if found else _llm().get_default_model()


def _model(llm, model: str):
    """llm's model of that id; ThankfulError naming the fix when llm does not know it."""
    try:
        return llm.get_model(model)
    except llm.UnknownModelError:
        raise ThankfulError(f"llm has no model {model!r}; see 'llm models' for yours, or choose one with "
                            "'thankful config set polish.model ID' or --model ID", what="polish") from None
    except Exception as e:  # a plugin that fails to load
        raise ThankfulError(f"llm could not load the model {model!r} ({_line(e)})", what="polish") from None


def is_local(model) -> bool:
    """Whether a model runs on this machine: its class comes from a local plugin (data/polish.toml)."""
    plugin = type(model).__module__.split(".")[0]
    return plugin in guarded.settings()["local_plugins"]


def describe(nb: Notebook) -> ModelInfo:
    """What Settings and the editor say: the model, local or cloud, and whether it can be used now."""
    if not installed():
        return ModelInfo(False, problem=LLM_MISSING)
    try:
        llm = _llm()
        chosen = model_id(nb)
        model = _model(llm, chosen)
        local, problem = is_local(model), _missing_key(llm, model)
    except ThankfulError as e:
        return ModelInfo(True, problem=str(e))
    except Exception as e:  # a plugin's own failure never breaks a page that only asks
        return ModelInfo(True, problem=f"llm failed ({type(e).__name__}: {_line(e)})")
    return ModelInfo(True, chosen, local, not problem, problem)


def _missing_key(llm, model) -> str:
    """What is missing before the model can answer: its API key (llm keys set NAME), or ''."""
    needs = getattr(model, "needs_key", None)
    if not needs:
        return ""
    try:
        found = llm.get_key(alias=needs, env=getattr(model, "key_env_var", None))
    except Exception:
        found = None
    return "" if found else f"the model {model.model_id} needs a key: run 'llm keys set {needs}'"


def draft_of(nb: Notebook, note: Note, today: date, *, fresh: bool = False,
             pending: drafting.Pending | None = None) -> dict:
    """The draft to polish, as `thankful draft` would keep or make it: the person's own wording (unless
    `fresh`), else the saved draft (unless a new tone asks for a new one), else a fresh one."""
    if note.edited and note.body.strip() and not fresh:
        return {"text": note.body, "subject": note.subject, "edited": True}
    if note.body.strip() and not fresh and not (pending and pending.tone):
        return {"text": note.body, "subject": note.subject, "edited": False}
    made = drafting.composed(nb, note, today, pending=pending)
    return {"text": made["text"], "subject": made["subject"] or "", "edited": False}


def polish(nb: Notebook, note: Note, today: date, draft: dict, *, model: str | None = None,
           pending: drafting.Pending | None = None, timeout: float | None = None) -> Polished:
    """Ask the model to polish `draft` ({"text", "subject", "edited"}) and let the guard judge the answer.
    A model error or time-out is a ThankfulError of one line; nothing is saved either way."""
    llm = _llm()
    chosen = model_id(nb, model)
    found = _model(llm, chosen)
    moment = drafting.moment_for(nb, note, today, pending)
    system, prompt = guarded.prompt(moment, draft["text"])
    wait = float(guarded.settings()["timeout"] if timeout is None else timeout)
    answer = guarded.clean(_ask(found, chosen, prompt, system, wait))
    verdict = guarded.guard(moment, draft["text"], answer, today=today, previous=drafting.previous(nb, note),
                            known_words=drafting.known_names(nb))
    return Polished(note.id, chosen, verdict.accepted, verdict.reasons, answer, draft["text"],
                    draft.get("subject") or "", bool(draft.get("edited")),
                    guarded.diff(draft["text"], answer) if verdict.accepted else [])


def _ask(model, model_id: str, prompt: str, system: str, timeout: float) -> str:
    """The model's answer, waited for at most `timeout` seconds (in a thread: llm has no time-out of its own)."""
    box: dict = {}

    def run() -> None:
        try:
            box["text"] = model.prompt(prompt, system=system).text()
        except BaseException as e:  # reported below, in the caller's thread
            box["error"] = e

    worker = threading.Thread(target=run, name="thankful-polish", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise ThankfulError(f"the model {model_id} did not answer within {timeout:g} seconds; the draft is "
                            "unchanged", what="polish")
    if "error" in box:
        raise ThankfulError(f"the model {model_id} failed: {_line(box['error'])}; the draft is unchanged",
                            what="polish")
    return str(box.get("text") or "")


def _line(error: BaseException) -> str:
    """An exception as one short line."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 200 else text[:199] + "…"


def take(nb: Notebook, polished: Polished, *, version: int | None, pending: drafting.Pending | None = None) -> None:
    """Save an accepted polish as the note's draft (the person chose it); a draft that was their own
    wording stays marked as theirs. A refused one is never saved."""
    if not polished.accepted:
        raise ThankfulError(f"the polish of note #{polished.note} was refused, so it was not saved", what="polish")
    drafting.save_text(nb, polished.note, polished.text, polished.subject, edited=polished.edited, version=version,
                       pending=pending)
