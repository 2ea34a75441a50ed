"""Stateful property-based test: random apps, random interactions, checked against a model.

Hypothesis generates an app (a few keyed widgets, some in a form, some with callbacks that log
and write other keys) and a random sequence of interactions with it through `AppTest`: value
changes, clicks, form submits, reruns, widgets appearing and disappearing, assignments from
the script and between runs, `st.rerun()`/`st.stop()`/exceptions in the body, `st.rerun()`
and exceptions in callbacks. After every run, session_state, the callback log, the widgets on
the page and the values they show must equal what `Model` predicts.

`Model` is a small pure-Python statement of the rules of the reference
(shared/reference/streamlit-1.67-semantics.md, the section in brackets):

* a widget's value: what the user set, else a value assigned through session_state, else its
  default [§2, §3]; a value that is not one of a selectbox's options, or outside a
  number_input's bounds, falls back to the default [§10];
* callbacks fire only on a real change (every click), in page order, before the body, and see
  every new value; a callback's write wins for that run; an exception in a callback ends the
  run before the body with nothing on the page, `st.rerun()` in one runs the body once [§6];
* a button is True only in the run after its click; after a run that ended early it stays
  True until the next run begins [§5];
* widgets a *completed* run did not create lose their value at the end of that run (not after
  `st.stop()`, an exception or `st.rerun()`); a value assigned to the key of a removed widget
  lives through the run it was assigned in, or, assigned between runs, through the next [§8];
* form widgets hold the user's input until the form is submitted, then all of it applies in
  the submit's run [§7].

nbstate's own documented choices are part of the model: every click gets its own run (value
changes queued with it go in the first one), and a value the user sends replaces one assigned
between runs to the same key.

The number of examples comes from the Hypothesis profile (tests/conftest.py): a few locally,
many more with ``HYPOTHESIS_PROFILE=ci`` (the default when ``CI`` is set).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import hypothesis.strategies as hs
from hypothesis import note
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

import nbstate as nbs
from nbstate.testing import AppTest

OPTIONS = ("x", "y", "z")
FORM = "f"
SUBMIT = f"FormSubmitter:{FORM}-Submit"
#: Values a user can give each kind of widget; programmatic writes may also be invalid ones.
USER_VALUES: dict[str, Any] = {
    "slider": hs.integers(0, 4),
    "number_input": hs.integers(0, 4),
    "checkbox": hs.booleans(),
    "text_input": hs.sampled_from(["", "a", "b"]),
    "selectbox": hs.sampled_from(OPTIONS),
}
WRITTEN_VALUES: dict[str, Any] = {
    **USER_VALUES,
    "number_input": hs.sampled_from([0, 1, 2, 3, 4, 9]),  # 9 is outside its bounds
    "selectbox": hs.sampled_from((*OPTIONS, "zzz")),  # "zzz" is not an option
}
MISSING = object()


@dataclass(frozen=True)
class Spec:
    """One widget of a generated app."""

    key: str
    kind: str
    default: Any = None
    #: None, "log" (append what it sees to ss.log) or "write" (log, then assign `target`).
    callback: str | None = None
    target: str | None = None
    target_value: Any = None
    in_form: bool = False

    @property
    def trigger(self) -> bool:
        return self.kind in ("button", "submit")

    def correct(self, value: Any) -> Any:
        """The value the widget returns for `value` (Streamlit's silent corrections)."""
        if self.kind == "selectbox" and value not in OPTIONS:
            return self.default
        if self.kind == "number_input" and not 0 <= value <= 4:
            return self.default
        return value


@hs.composite
def apps(draw: Any) -> list[Spec]:
    """The widgets of an app in page order; a form's widgets and its submit button are
    together, at a random place among the others."""
    kinds = draw(hs.lists(hs.sampled_from([*USER_VALUES, "button"]), min_size=1, max_size=4))
    form_kinds = draw(hs.lists(hs.sampled_from(list(USER_VALUES)), max_size=2))
    keys = [f"w{i}" for i in range(len(kinds))]
    form_keys = [f"f{i}" for i in range(len(form_kinds))]
    writable = dict(zip(keys + form_keys, kinds + form_kinds, strict=True))
    writable = {k: kind for k, kind in writable.items() if kind != "button"}
    specs = []
    for key, kind in zip(keys, kinds, strict=True):
        default = None if kind == "button" else draw(USER_VALUES[kind])
        callback = draw(hs.sampled_from([None, "log", "write"] if writable else [None, "log"]))
        target = target_value = None
        if callback == "write":
            target = draw(hs.sampled_from(sorted(writable)))
            target_value = draw(USER_VALUES[writable[target]])
        specs.append(Spec(key, kind, default, callback, target, target_value))
    form = [
        Spec(k, kind, draw(USER_VALUES[kind]), in_form=True)
        for k, kind in zip(form_keys, form_kinds, strict=True)
    ]
    if form:
        form.append(Spec(SUBMIT, "submit", callback="log", in_form=True))
    position = draw(hs.integers(0, len(specs)))
    return specs[:position] + form + specs[position:]


def make_script(specs: list[Spec], control: dict[str, Any]):
    """The app: its widgets in page order; `control` steers what the next run does."""
    form_specs = [s for s in specs if s.in_form and not s.trigger]

    def script() -> None:
        st = nbs
        ss = st.session_state
        ss["runs"] = ss.get("runs", 0) + 1
        ss.setdefault("log", [])

        def callback_of(spec: Spec):
            def callback() -> None:
                if spec.kind == "submit":
                    ss["log"].append((spec.key, tuple(ss[f.key] for f in form_specs)))
                else:
                    ss["log"].append((spec.key, ss[spec.key]))
                mode = control.pop("callback_mode", None)
                if mode == "raise":
                    raise ValueError("fuzz: callback raised")
                if mode == "rerun":
                    st.rerun()
                if spec.callback == "write":
                    ss[spec.target] = spec.target_value

            return callback

        def create(spec: Spec) -> None:
            if not control["visible"].get(spec.key, True):
                return
            if spec.key in control["writes"]:
                ss[spec.key] = control["writes"].pop(spec.key)
            cb = callback_of(spec) if spec.callback else None
            if spec.kind == "slider":
                st.slider(spec.key, 0, 4, spec.default, key=spec.key, on_change=cb)
            elif spec.kind == "number_input":
                st.number_input(spec.key, 0, 4, spec.default, key=spec.key, on_change=cb)
            elif spec.kind == "checkbox":
                st.checkbox(spec.key, spec.default, key=spec.key, on_change=cb)
            elif spec.kind == "text_input":
                st.text_input(spec.key, spec.default, key=spec.key, on_change=cb)
            elif spec.kind == "selectbox":
                index = OPTIONS.index(spec.default)
                st.selectbox(spec.key, OPTIONS, index, key=spec.key, on_change=cb)
            elif spec.kind == "button":
                st.button(spec.key, key=spec.key, on_click=cb)
            else:
                st.form_submit_button("Submit", on_click=cb)

        def maybe_stop(position: int) -> None:
            stop = control.get("body_stop")
            if stop is None or stop[0] != position:
                return
            del control["body_stop"]
            if stop[1] == "rerun":
                st.rerun()
            if stop[1] == "stop":
                st.stop()
            raise ValueError("fuzz: body raised")

        position = 0
        form_done = False
        for spec in specs:
            if spec.in_form:
                if form_done:
                    continue
                form_done = True
                maybe_stop(position)
                position += 1
                with st.form(FORM):
                    for inner in specs:
                        if inner.in_form:
                            create(inner)
                continue
            maybe_stop(position)
            position += 1
            create(spec)
        maybe_stop(position)

    return script


def items_of(specs: list[Spec]) -> list[list[Spec]]:
    """The top-level items of the page: one widget each, or the whole form."""
    items: list[list[Spec]] = []
    for spec in specs:
        if spec.in_form:
            if not items or not items[-1][0].in_form:
                items.append([])
            items[-1].append(spec)
        else:
            items.append([spec])
    return items


class Model:
    """What the reference's rules say session_state and the page hold after each run."""

    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s.key: s for s in specs}
        self.order = {s.key: i for i, s in enumerate(specs)}
        self.items = items_of(specs)
        self.ss: dict[str, Any] = {}
        #: "registered" (the widget exists) or "removed" (a completed run removed it).
        self.status: dict[str, str] = {}
        self.on_page: list[str] = []
        #: The value each widget of the page shows (the value the last run gave it).
        self.shown: dict[str, Any] = {}
        self.held: dict[str, Any] = {}
        self.unreset: set[str] = set()
        self.before_run: set[str] = set()
        self.exception: str | None = None

    # ------------------------------------------------------------------ interactions

    def shown_value(self, key: str) -> Any:
        """What the widget shows: a form widget shows the input it holds."""
        return self.held.get(key, self.shown[key])

    def write_between_runs(self, key: str, value: Any) -> None:
        self.ss[key] = value
        self.before_run.add(key)

    def at_run(self, staged: dict[str, Any], clicks: list[str], control: dict[str, Any]) -> None:
        """One `AppTest.run()`: deliver what was staged, then one run per batch of events."""
        pending: list[tuple[str, str, Any]] = []
        for key, value in staged.items():
            if value == self.shown_value(key):
                continue  # the widget already shows it: the browser sends nothing
            if self.specs[key].in_form:
                self.held[key] = value
            else:
                pending.append(("value", key, value))
        for key in clicks:
            if self.specs[key].kind == "submit":
                pending += [("value", k, v) for k, v in self.held.items()]
                self.held = {}
            pending.append(("click", key, True))
        if not pending:
            self.run(control, {})
        while pending:
            batch: dict[str, Any] = {}
            while pending:
                kind, key, value = pending.pop(0)
                batch.pop(key, None)
                batch[key] = value
                if kind == "click":
                    break
            self.run(control, batch)

    # ------------------------------------------------------------------ runs

    def run(self, control: dict[str, Any], events: dict[str, Any]) -> None:
        """A run and the reruns it asks for."""
        while self.run_once(control, events) == "rerun":
            events = {}

    def run_once(self, control: dict[str, Any], events: dict[str, Any]) -> str:
        for key in self.unreset:
            if key in self.ss:
                self.ss[key] = False
        self.unreset = set()
        before_run, self.before_run = self.before_run, set()
        written: set[str] = set()
        clicked = {k for k in events if self.specs[k].trigger}
        changed = []
        for key, value in events.items():
            if self.status.get(key) != "registered":
                continue  # a widget that is gone: its value is ignored
            old = self.ss.get(key, MISSING)
            self.ss[key] = value
            before_run.discard(key)
            if self.specs[key].trigger or old is MISSING or old != value:
                changed.append(key)
        changed.sort(key=self.order.__getitem__)
        rerun = False
        for key in changed:
            spec = self.specs[key]
            if spec.callback is None:
                continue
            if spec.kind == "submit":
                form = [s.key for s in self.specs.values() if s.in_form and not s.trigger]
                self.ss["log"].append((key, tuple(self.ss[k] for k in form)))
            else:
                self.ss["log"].append((key, self.ss[key]))
            mode = control.pop("callback_mode", None)
            if mode == "raise":
                return self.end(set(), "error", clicked, before_run, written, exception="callback")
            if mode == "rerun":
                rerun = True
                continue
            if spec.callback == "write":
                self.ss[spec.target] = spec.target_value
                written.add(spec.target)
        if rerun:
            return self.end(set(), "rerun", clicked, before_run, written)
        self.ss["runs"] = self.ss.get("runs", 0) + 1
        self.ss.setdefault("log", [])
        created: list[str] = []
        for position, item in enumerate([*self.items, None]):
            stop = control.get("body_stop")
            if stop is not None and stop[0] == position:
                del control["body_stop"]
                outcome = {"rerun": "rerun", "stop": "stop"}.get(stop[1], "error")
                exception = "body" if outcome == "error" else None
                return self.end(created, outcome, clicked, before_run, written, exception)
            if item is None:
                break
            for spec in item:
                if spec.in_form or control["visible"].get(spec.key, True):
                    self.create(spec, control, created, written, before_run)
        return self.end(created, "completed", clicked, before_run, written)

    def create(
        self,
        spec: Spec,
        control: dict[str, Any],
        created: list[str],
        written: set[str],
        before_run: set[str],
    ) -> None:
        key = spec.key
        if key in control["writes"]:
            self.ss[key] = control["writes"].pop(key)
            written.add(key)
            before_run.discard(key)
        if spec.trigger:
            self.ss.setdefault(key, False)
        elif key not in self.ss:
            self.ss[key] = spec.default
        else:
            self.ss[key] = spec.correct(self.ss[key])
        self.status[key] = "registered"
        created.append(key)

    def end(
        self,
        created: list[str],
        outcome: str,
        clicked: set[str],
        before_run: set[str],
        written: set[str],
        exception: str | None = None,
    ) -> str:
        if outcome == "completed":
            for key, status in self.status.items():
                if status == "registered" and key in created:
                    continue
                self.status[key] = "removed"
                if key not in written:
                    self.ss.pop(key, None)
        if outcome in ("completed", "rerun"):
            for key, status in self.status.items():
                if status == "registered" and self.specs[key].trigger and key in self.ss:
                    self.ss[key] = False
        else:
            self.unreset = {k for k in clicked if self.status.get(k) == "registered"}
        self.on_page = list(created)
        self.shown = {k: self.ss[k] for k in created if not self.specs[k].trigger}
        self.exception = exception
        return outcome


class AppStateMachine(RuleBasedStateMachine):
    """Drives an `AppTest` and the `Model` with the same interactions, compares them."""

    @initialize(specs=apps())
    def start(self, specs: list[Spec]) -> None:
        note(f"specs: {specs}")
        self.control: dict[str, Any] = {"visible": {}, "writes": {}}
        self.model = Model(specs)
        self.model_control: dict[str, Any] = {"visible": {}, "writes": {}}
        # not Streamlit's 3 s: the model check is about values, and the test lanes run side by
        # side (scripts/run_tests.sh), so a slow run on a busy machine must not fail it
        self.at = AppTest.from_function(make_script(specs, self.control), default_timeout=60)
        self.staged: dict[str, Any] = {}
        self.clicks: list[str] = []
        self.run_app()

    # ------------------------------------------------------------------ helpers

    def element(self, key: str) -> Any:
        for element in self.at.main:
            if getattr(element, "key", None) == key and getattr(element, "id", None):
                return element
        raise AssertionError(f"no widget with key {key!r} on the page")

    def set_control(self, name: str, value: Any) -> None:
        self.control[name] = value
        self.model_control[name] = value

    def run_app(self) -> None:
        staged, clicks = self.staged, self.clicks
        self.staged, self.clicks = {}, []
        self.at.run()
        self.model.at_run(staged, clicks, self.model_control)

    def on_page(self, *kinds: str) -> list[str]:
        return [k for k in self.model.on_page if self.model.specs[k].kind in kinds]

    # ------------------------------------------------------------------ rules

    @precondition(lambda self: self.on_page(*USER_VALUES))
    @rule(data=hs.data())
    def stage_value(self, data: Any) -> None:
        key = data.draw(hs.sampled_from(self.on_page(*USER_VALUES)), label="widget")
        value = data.draw(USER_VALUES[self.model.specs[key].kind], label="value")
        self.element(key).set_value(value)
        self.staged[key] = value

    @precondition(lambda self: self.on_page("button", "submit"))
    @rule(data=hs.data())
    def stage_click(self, data: Any) -> None:
        key = data.draw(hs.sampled_from(self.on_page("button", "submit")), label="button")
        self.element(key).click()
        self.clicks.append(key)

    @precondition(lambda self: self.on_page(*USER_VALUES, "button", "submit"))
    @rule(data=hs.data())
    def interact_then_run(self, data: Any) -> None:
        """A user's step: change one widget or click one button, and the app reruns."""
        key = data.draw(hs.sampled_from(self.on_page(*USER_VALUES, "button", "submit")))
        if self.model.specs[key].trigger:
            self.element(key).click()
            self.clicks.append(key)
        else:
            value = data.draw(USER_VALUES[self.model.specs[key].kind], label="value")
            self.element(key).set_value(value)
            self.staged[key] = value
        self.run_app()

    @rule()
    def run(self) -> None:
        self.run_app()

    @precondition(lambda self: any(not s.in_form for s in self.model.specs.values()))
    @rule(data=hs.data())
    def show_or_hide(self, data: Any) -> None:
        keys = sorted(k for k, s in self.model.specs.items() if not s.in_form)
        key = data.draw(hs.sampled_from(keys), label="widget")
        shown = data.draw(hs.booleans(), label="shown")
        self.control["visible"][key] = shown
        self.model_control["visible"][key] = shown

    @precondition(lambda self: any(not s.trigger for s in self.model.specs.values()))
    @rule(data=hs.data())
    def assign_in_script(self, data: Any) -> None:
        """The next run that creates the widget first assigns its key."""
        keys = sorted(k for k, s in self.model.specs.items() if not s.trigger)
        key = data.draw(hs.sampled_from(keys), label="widget")
        value = data.draw(WRITTEN_VALUES[self.model.specs[key].kind], label="value")
        self.control["writes"][key] = value
        self.model_control["writes"][key] = value

    @precondition(lambda self: any(not s.trigger for s in self.model.specs.values()))
    @rule(data=hs.data())
    def assign_between_runs_then_run(self, data: Any) -> None:
        keys = sorted(k for k, s in self.model.specs.items() if not s.trigger)
        key = data.draw(hs.sampled_from(keys), label="widget")
        value = data.draw(WRITTEN_VALUES[self.model.specs[key].kind], label="value")
        self.at.session_state[key] = value
        self.model.write_between_runs(key, value)
        self.run_app()

    @rule(
        position=hs.integers(0, 8),
        kind=hs.sampled_from(["rerun", "stop", "raise"]),
    )
    def end_next_body_early(self, position: int, kind: str) -> None:
        position = min(position, len(self.model.items))
        self.set_control("body_stop", (position, kind))

    @rule(mode=hs.sampled_from(["raise", "rerun"]))
    def next_callback_ends_early(self, mode: str) -> None:
        self.set_control("callback_mode", mode)

    # ------------------------------------------------------------------ checks

    @invariant()
    def session_state_and_page_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        model, at = self.model, self.at
        assert at.session_state.to_dict() == model.ss
        widgets = [e for e in at.main if getattr(e, "id", None)]
        assert [e.key for e in widgets] == model.on_page
        for element in widgets:
            spec = model.specs[element.key]
            if spec.trigger or element.key in self.staged:
                continue
            assert element.value == model.ss[element.key], element.key
        shown = [(e.type, e.value) for e in at.exception]
        if model.exception is None:
            assert shown == []
        else:
            assert shown == [("ValueError", f"fuzz: {model.exception} raised")]


TestApps = AppStateMachine.TestCase
