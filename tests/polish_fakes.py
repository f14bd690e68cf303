"""A fake model for the polish's tests, registered in-process through llm's plugin API (as llm's own tests
register theirs): it answers from a queue, never the network."""

from __future__ import annotations

import time
from contextlib import contextmanager

import llm
from llm.plugins import pm


class QueuedModel(llm.Model):
    """Answers with the queued texts in turn; a queued exception is raised, a queued float is slept first."""

    model_id = "fake-polish"
    can_stream = False

    def __init__(self):
        self.answers: list = []
        self.prompts: list = []

    def enqueue(self, *answers) -> QueuedModel:
        self.answers.extend(answers)
        return self

    def execute(self, prompt, stream, response, conversation=None):
        self.prompts.append(prompt)
        answer = self.answers.pop(0) if self.answers else ""
        if isinstance(answer, BaseException):
            raise answer
        if isinstance(answer, tuple):  # (seconds to wait, then the answer)
            time.sleep(answer[0])
            answer = answer[1]
        yield answer


class LocalModel(QueuedModel):
    """The same, as if it came from llm-ollama (a local plugin)."""

    model_id = "fake-local"


LocalModel.__module__ = "llm_ollama.fake"


@contextmanager
def registered(*models):
    """The models registered with llm for the block, and taken away after it."""

    class Plugin:
        __name__ = "ThankfulTestModels"

        @llm.hookimpl
        def register_models(self, register):
            for model in models:
                register(model)

    pm.register(Plugin(), name="thankful-test-models")
    try:
        yield models
    finally:
        pm.unregister(name="thankful-test-models")
