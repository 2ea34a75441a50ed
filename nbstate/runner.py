"""`App`: one `%%rerun` cell or `st.app` function, and its run cycle.

A user event (a widget value, a click) is recorded; the app runs as soon as the kernel has
applied the frontend message that carried it. Events that arrive during that run, or within
a few event-loop turns after it, are folded into one more run (the last value of a widget
wins, every click gets its own run). A run applies the new values, calls the changed
widgets' callbacks in page order, executes the script top to bottom, cleans up, and then
reconciles the displayed widgets with what the run produced.
"""

from __future__ import annotations

import asyncio
import html
import logging
import time
from pathlib import Path
from typing import Any

import ipywidgets as W

from . import options
from .api.text import exception_element
from .callbacks import call_callbacks
from .capture import capture_output
from .control import RerunException, ScriptTimeout, StaleRunException, StopException
from .fragments import fragments_with_key, replace_fragment
from .frontend_messages import guard_frontend_messages, is_event
from .interrupts import InterruptGate, interruptible
from .message_scope import call_after_message
from .multipage import begin_pages, finish_pages, script_dir
from .page_config import show_page_config
from .reconcile import Renderer
from .run_context import RunContext, activate
from .script import Script
from .session import Session, clear_caches
from .tree import NOTHING, Element
from .views import BoxView, NavigationMenu
from .views.base import close_widget

log = logging.getLogger("nbstate")
#: Seconds to wait after an Enter before submitting a form (see `App.post_enter`).
ENTER_SUBMIT_DELAY = 0.05
#: Event-loop turns without a new event before a scheduled run starts (see
#: `App._collapse_then_process`), and the most turns it waits.
COLLAPSE_QUIET_TURNS = 4
COLLAPSE_MAX_TURNS = 400
#: The longest wait (seconds) for the event a run was cut short for (see `App.note_arrival`).
RESUME_WAIT = 0.5
#: A run slower than this (seconds) makes the next run show "Running…" from its start, and
#: start after the kernel reported idle for the message that caused it (see `App._schedule`).
SLOW_STATUS = 0.1
RUNNING_HTML = '<span class="nbstate-running">Running…</span>'  # spinner: nbstate.css


async def settled(poll: float = 0.002) -> None:
    """Wait until no app of the kernel has a run scheduled or in progress.

    For tests and tools: ``await nbstate.runner.settled()`` in a cell returns once every
    user event that reached the kernel has been handled.
    """
    from .session import kernel_session

    while any(app.busy() for app in kernel_session().apps.values()):
        await asyncio.sleep(poll)


class App:
    """An app: a script, its app area (a widget tree) and its place in a session.

    Apps are made by the ``%%rerun`` magic, by `nbstate.app` and by `AppTest`; users rarely
    create one directly. ``app.widget`` is the app area to display.
    """

    def __init__(
        self,
        session: Session,
        app_id: str,
        script: Script,
        *,
        label: str = "app",
        headless: bool = False,
    ) -> None:
        self.session = session
        self.app_id = app_id
        self.script = script
        self.label = label
        self.headless = headless
        #: True once the app area is on a page: runs may then show progress as they go.
        self.live = False
        self.renderer = Renderer(self, lambda: BoxView(self, Element("container")))
        self.status = W.HTML(
            _dom_classes=("nbstate-status",), layout=W.Layout(flex="1 1 auto", margin="0")
        )
        # Streamlit's "Rerun" and "Clear cache" menu entries, as two small icon buttons.
        small = {"width": "2.4em", "height": "1.8em", "padding": "0", "margin": "0 0 0 0.2em"}
        self.rerun_button = W.Button(
            icon="refresh",
            tooltip="Rerun the app",
            layout=W.Layout(**small),
            _dom_classes=("nbstate-rerun",),
        )
        self.rerun_button.on_click(lambda _button: self.post_rerun())
        self.clear_button = W.Button(
            icon="eraser",
            tooltip="Clear caches and session state, and rerun every app",
            layout=W.Layout(**small),
            _dom_classes=("nbstate-clear",),
        )
        self.clear_button.on_click(lambda _button: self._schedule_call(self._clear_everything))
        self.title = W.HTML(layout=W.Layout(margin="0 0.5em 0 0"), _dom_classes=("nbstate-title",))
        self.toolbar = W.HBox(
            (self.title, self.status, self.rerun_button, self.clear_button),
            _dom_classes=("nbstate-toolbar",),
            layout=W.Layout(width="100%", align_items="center", min_height="1.9em"),
        )
        #: The menu of a multipage app (`st.navigation`) and the sidebar column it may go in.
        self.menu = NavigationMenu(self, label, self.renderer.sidebar.widget, self.toolbar)
        self._body = W.VBox(
            self.renderer.body,
            layout=W.Layout(flex="1 1 0%", min_width="0"),
            _dom_classes=("nbstate-body",),
        )
        self._row = W.HBox((self.menu.side_column, self._body), layout=W.Layout(width="100%"))
        self.widget = W.VBox((self.toolbar, self._row), _dom_classes=("nbstate-app",))
        name = f"the app area of {label}"
        for part in (self.widget, self._row, self._body, self.toolbar, self.status):
            guard_frontend_messages(part, name, lambda content: False)
        for button in (self.rerun_button, self.clear_button):
            guard_frontend_messages(
                button, f"a toolbar button of {label}", lambda c: is_event(c, "click")
            )
        self.last_run: RunContext | None = None
        # Multipage apps (see `multipage`): the page asked for, the page shown, the pages.
        self.requested_page: str | None = None
        self.switch_drops_widgets = False
        self.current_page = ""
        self.pages: dict[str, Any] = {}
        self.run_count = 0
        self.keys_used: set[str] = set()
        #: A time.monotonic() limit for runs (set by AppTest), or None.
        self.deadline: float | None = None
        #: Where the app's code of the run in progress may be interrupted (see `InterruptGate`).
        self.gate: InterruptGate | None = None
        self._pending: list[tuple[str, str, Any]] = []
        #: Values the user gave widgets of a form, held until the form is submitted.
        self._form_pending: dict[str, dict[str, Any]] = {}
        #: The forms of the last run, by key.
        self.forms: dict[str, Any] = {}
        self._scheduled = False
        self._running = False
        #: Set (from ipykernel's shell-channel thread) when a user event for this app reached
        #: the kernel during a run: the run stops at its next st.* call (see `note_arrival`).
        self.newer_event = False
        #: True after a run was abandoned for a newer event: a full run must follow.
        self._resume = False
        self._last_duration = 0.0
        self._timers: set[str] = set()
        self._closed = False
        session.add_app(self)

    # ------------------------------------------------------------------ events

    def post_value(self, widget_id: str, value: Any) -> None:
        """Record a new value the user gave a widget, and schedule a run.

        A widget in a form only holds its value until the form is submitted.
        """
        meta = self.session.state.metadata(widget_id)
        if meta is not None and meta.form_id:
            self._form_pending.setdefault(meta.form_id, {})[widget_id] = value
            return
        if meta is not None and not meta.rerun_on_change:
            self.session.state.apply_widget_values([(widget_id, value)])
            return
        self._pending.append(("value", widget_id, value))
        self._schedule()

    def note_arrival(self, widget_id: str, data: Any) -> None:
        """A message from the frontend to a widget of this app reached the kernel.

        Called on ipykernel's shell-channel thread as the message arrives, possibly while a
        run is busy on the main thread. A value change or click that will cause a run makes
        the run in progress stop at its next st.* call, so that the newer event is handled
        sooner (Streamlit's fast reruns). Callbacks and session_state writes are never
        interrupted; changes held by a form cause no interruption.
        """
        if not self._running or not isinstance(data, dict):
            return
        if data.get("method") not in ("update", "custom"):
            return
        meta = self.session.state.metadata(widget_id)
        if meta is not None and not meta.form_id and meta.rerun_on_change and not meta.disabled:
            self.newer_event = True

    def post_click(self, widget_id: str, value: Any = True) -> None:
        """Record a click on a button, and schedule a run.

        A submit button first sends the held values of its form, all in the same run.
        """
        meta = self.session.state.metadata(widget_id)
        if meta is not None and not meta.rerun_on_change:
            return  # on_click="ignore": the browser did its part (a download), no rerun
        if meta is not None and meta.element_type == "form_submit_button":
            for held_id, held in self._form_pending.pop(meta.form_id, {}).items():
                self._pending.append(("value", held_id, held))
        self._pending.append(("click", widget_id, value))
        self._schedule()

    def post_enter(self, widget_id: str) -> None:
        """The user pressed Enter in a text box: submit its form if the form allows it."""
        meta = self.session.state.metadata(widget_id)
        form = self.forms.get(meta.form_id) if meta is not None and meta.form_id else None
        if form is None or not form.enter_to_submit or not form.submit_ids:
            return
        submit = form.submit_ids[0]
        if self.headless:  # AppTest: the value is already in, and no loop may serve call_later
            self.post_click(submit)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self.post_click(submit)
            return
        # The browser sends the text box's value right after the Enter: let it arrive first.
        loop.call_later(ENTER_SUBMIT_DELAY, self.post_click, submit)

    def pending_form_value(self, widget_id: str) -> Any:
        """The value a form widget holds until its form is submitted, or `NOTHING`."""
        if not self._form_pending:
            return NOTHING
        meta = self.session.state.metadata(widget_id)
        if meta is None or not meta.form_id:
            return NOTHING
        return self._form_pending.get(meta.form_id, {}).get(widget_id, NOTHING)

    def post_rerun(self) -> None:
        """Schedule a run without any widget change (the Rerun button)."""
        self._pending.append(("rerun", "", None))
        self._schedule()

    def post_page(self, page_hash: str, query_string: str | None = None) -> None:
        """The user picked a page (a menu entry, a link with `query_string`): rerun on it."""
        if page_hash in self.pages:  # else a page an older menu offered
            self.session.query_params.navigate(query_string)
            self.requested_page = page_hash
            self.post_rerun()

    def script_dir(self) -> Path:
        """The folder of the app's entrypoint (the working directory for a cell)."""
        return script_dir(self.script.filename)

    def _clear_everything(self) -> None:
        """Streamlit's "Clear cache" then "Rerun": caches, then session state, then runs."""
        clear_caches()
        self.session.reset()

    def _schedule_call(self, function: Any) -> None:
        """Call `function` from the event loop (at once when there is none)."""
        try:
            asyncio.get_running_loop().call_soon(function)
        except RuntimeError:
            function()

    def _schedule(self) -> None:
        if self.headless or self._scheduled or self._running:
            return
        # A fast app runs inside the handler of the message that changed it. A slow one runs
        # after the kernel reported idle for the message: the browser sends a widget's next
        # change only then, and a newer change can cut the slow run short (`note_arrival`).
        if self._last_duration < SLOW_STATUS and call_after_message(self._run_after_message):
            return
        if not self._collapse_soon():
            self.process_events()  # no event loop: run at once

    def _collapse_soon(self) -> bool:
        """Start a `_collapse_then_process` task unless one is scheduled (False: no loop)."""
        if self._scheduled:
            return True
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        self._scheduled = True
        loop.create_task(self._collapse_then_process())
        return True

    def _run_after_message(self) -> None:
        """Run at once for the events of the frontend message just applied.

        Events that queued up meanwhile (a burst of slider updates, typing during a slow run)
        are then collected for a few event-loop turns and folded into a single next run.
        """
        if self._scheduled or self._running or not self._pending or self._closed:
            return
        try:
            self.process_events()
        finally:
            self._collapse_soon()

    async def _collapse_then_process(self) -> None:
        """Let messages that already reached the kernel be handled before the run starts.

        A burst of changes (a dragged slider, fast typing, events that queued up during a
        long run) then collapses into one run with the latest values. We give the kernel's
        event loop a few turns and start as soon as they bring no new event.
        """
        if self._resume:
            # The newer event that cut the last run short has reached the kernel, but the main
            # thread takes it only after a few steps of ipykernel's dispatch: wait for it.
            deadline = time.monotonic() + RESUME_WAIT
            while not self._pending and time.monotonic() < deadline:
                await asyncio.sleep(0.001)
        quiet = 0
        for _ in range(COLLAPSE_MAX_TURNS):
            count = len(self._pending)
            await asyncio.sleep(0)
            quiet = quiet + 1 if len(self._pending) == count else 0
            if quiet >= COLLAPSE_QUIET_TURNS:
                break
        if self._resume and not self._pending:
            self._pending.append(("rerun", "", None))  # the newer event caused no run itself
        self.process_events()

    def busy(self) -> bool:
        """True while a run is scheduled, in progress, or waiting for events to be handled."""
        return self._scheduled or self._running or bool(self._pending)

    def has_pending_events(self) -> bool:
        """True when user events wait for a run."""
        return bool(self._pending)

    def process_events(self) -> None:
        """Run once for every batch of pending events."""
        self._scheduled = False
        while self._pending:
            fragment = self._next_fragment()
            batch = self._take_batch()
            try:
                self.run(batch, show_status=not self.headless, fragment=fragment)
                self._clear_submitted_forms(batch)
            except Exception as exc:
                if self.headless:
                    raise
                # A fault of nbstate itself: say so in the app, keep the kernel serving events.
                log.exception("nbstate: a run of %s failed", self.label)
                self.status.value = (
                    f"<small>nbstate failed to update this app: {html.escape(repr(exc))}</small>"
                )

    def _clear_submitted_forms(self, batch: list[tuple[str, Any]]) -> None:
        """After a submit of a `clear_on_submit` form, show its widgets' defaults again.

        Session state keeps the submitted values; the defaults are held as the form's new
        values and sent with its next submit, as Streamlit's frontend does.
        """
        state = self.session.state
        for widget_id, _value in batch:
            meta = state.metadata(widget_id)
            form = self.forms.get(meta.form_id) if meta is not None else None
            if meta is None or meta.element_type != "form_submit_button" or form is None:
                continue
            if not form.clear_on_submit:
                continue
            held = self._form_pending.setdefault(form.key, {})
            for view_id, view in self.renderer.widget_views.items():
                other = state.metadata(view_id)
                if other is None or other.form_id != form.key or other.value_type == "trigger":
                    continue
                held[view_id] = other.default
                view.refresh()  # type: ignore[attr-defined]

    def _next_fragment(self) -> str | None:
        """The fragment to rerun alone for the next batch, if every event in it is from one
        fragment's widgets (or is that fragment's timer); else None, a run of the app."""
        if self._resume:
            return None  # an abandoned run of the app must be completed first
        state = self.session.state
        fragments: set[str] = set()
        for kind, widget_id, _value in self._pending:
            if kind == "rerun":
                return None
            if kind == "fragment":
                fragments.add(widget_id)
            else:
                meta = state.metadata(widget_id)
                fragments.add(meta.fragment_id if meta is not None else "")
            if kind in ("click", "fragment"):
                break
        return fragments.pop() if len(fragments) == 1 and "" not in fragments else None

    def _take_batch(self) -> list[tuple[str, Any]]:
        """Pending value changes up to and including the first click (latest value wins)."""
        batch: dict[str, Any] = {}
        while self._pending:
            kind, widget_id, value = self._pending.pop(0)
            if kind in ("rerun", "fragment"):
                break
            batch.pop(widget_id, None)
            batch[widget_id] = value
            if kind == "click":
                break
        return list(batch.items())

    # ------------------------------------------------------------------ runs

    def show_running(self) -> None:
        """Show the "Running…" indicator.

        Jupyter's busy light is on during a run that a frontend message started, but off
        during runs started from the event loop (folded bursts, fragment timers).
        """
        if self.live and not self.status.value:
            self.status.value = RUNNING_HTML

    def show_partial(self, ctx: RunContext) -> None:
        """Show what the run of `ctx` has produced so far, with the "Running…" indicator."""
        self.show_running()
        self.renderer.render(ctx.callback_area, *ctx.areas, partial=True)

    def run(
        self,
        events: list[tuple[str, Any]] | None = None,
        show_status: bool = False,
        fragment: str | None = None,
    ) -> None:
        """Run the app once (plus the reruns `st.rerun()` asks for), then update the page.

        With `fragment`, only that fragment of the last run is rerun and updated in place.
        With `show_status`, the "Running…" indicator is shown at once if the app's last run
        was slow; a run that turns out slow shows it as soon as it shows its first elements.
        Fast runs send no indicator messages at all.
        """
        self._running = True
        started = time.monotonic()
        if show_status and self._last_duration >= SLOW_STATUS:
            self.show_running()
        try:
            with interruptible() as gate:
                self.gate = gate
                if self.deadline is not None and time.monotonic() > self.deadline:
                    gate.pending = ScriptTimeout  # AppTest stopped waiting before this run
                pending = list(events or ())
                queue: list[str] = []  # more fragments a keyed st.rerun() asked for
                while True:
                    ctx, rerun = self._run_once(pending, gate, fragment)
                    pending = []
                    if rerun == "stale":
                        self._resume_soon()
                        return  # the page keeps the last complete run until the next one
                    if rerun is None:
                        if not queue:
                            break
                        self._show(ctx)
                        fragment = queue.pop(0)
                        continue
                    if self.deadline is not None and time.monotonic() > self.deadline:
                        raise ScriptTimeout  # an endless st.rerun() loop that shows nothing
                    if rerun == "keys":
                        fragment, *queue = ctx.rerun_fragments
                    else:
                        fragment = ctx.fragment_run if rerun == "fragment" else None
            self._show(ctx)
        finally:
            self.gate = None
            self._running = False
            self._last_duration = time.monotonic() - started
            if self.status.value == RUNNING_HTML:
                self.status.value = ""

    def _resume_soon(self) -> None:
        """After a run abandoned for a newer event: make sure a full run follows, with that
        event once the main thread has taken it (or without it, if it caused no run)."""
        self._resume = True
        self._collapse_soon()

    def _show(self, ctx: RunContext) -> None:
        """Make the page show a finished run (a fragment run updates its part of the last)."""
        last = self.last_run
        if ctx.fragment_run is not None and last is not None:
            element = ctx.fragment_element
            assert element is not None  # a fragment run made its fragment's element
            any(replace_fragment(area, element) for area in last.areas)
            last.callback_area = ctx.callback_area
            last.fragments.update(ctx.fragments)
            ctx = last
        self.last_run = ctx
        self.forms = ctx.forms
        self.renderer.render(ctx.callback_area, *ctx.areas)
        self.menu.place(ctx.navigation, bool(ctx.sidebar.children), ctx.page_config)
        show_page_config(self.title, self.widget, ctx.page_config)
        self._schedule_fragment_timers(ctx)

    def _schedule_fragment_timers(self, ctx: RunContext) -> None:
        """Fragments with `run_every` rerun on their own while they are on the page."""
        if self.headless or not self.live:
            return
        for fragment_id, spec in ctx.fragments.items():
            every = spec[5]
            if every is None or fragment_id in self._timers:
                continue
            seconds = every.total_seconds() if hasattr(every, "total_seconds") else float(every)
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return

            def tick(fragment_id: str = fragment_id, seconds: float = seconds) -> None:
                self._timers.discard(fragment_id)
                last = self.last_run
                if last is not None and fragment_id in last.fragments and not self._closed:
                    self._pending.append(("fragment", fragment_id, None))
                    self._schedule()

            self._timers.add(fragment_id)
            loop.call_later(seconds, tick)

    def _run_once(
        self, events: list[tuple[str, Any]], gate: InterruptGate, fragment: str | None = None
    ) -> tuple[RunContext, str | None]:
        """One run; returns its context and the scope of the rerun it asked for, if any."""
        ctx = RunContext(self, self.session)
        self.newer_event = False
        if fragment is None:
            self._resume = False
        state = self.session.state
        state.begin_run()
        state.reads = set()
        rerun: str | None = None
        remove_stale = False
        self.run_count += 1
        spec = self.last_run.fragments.get(fragment) if fragment and self.last_run else None
        if fragment and spec is None:
            fragment = None  # the fragment is gone: rerun the app
        ctx.fragment_run = fragment
        if spec is not None:
            # Made before the callbacks: if one calls st.stop(), the fragment shows empty.
            kind, props = spec[0], spec[1]
            ctx.fragment_element = Element(kind, {**props, "fragment_id": fragment}, children=[])
        with activate(ctx), capture_output(ctx):
            try:
                begin_pages(self, ctx)
                changed = state.apply_widget_values(events)
                with gate:
                    call_callbacks(changed)
                ctx.start_script()
                with gate:
                    if spec is not None:
                        self._execute_fragment(ctx, fragment, spec)  # type: ignore[arg-type]
                    else:
                        self.script.execute()
                if options.get_option("runner.enforceSerializableSessionState"):
                    state.check_serializable()
                remove_stale = True
            except RerunException as request:
                rerun = request.scope
                ctx.rerun_fragments = request.fragment_ids
            except StaleRunException:
                rerun = "stale"
            except StopException:
                pass
            except ScriptTimeout:
                raise
            except BaseException as exc:  # noqa: B036 - an interrupt is shown like any error
                ctx.failed = True
                ctx._stack[0].children.append(exception_element(exc))  # type: ignore[union-attr]
            finally:
                used = state.reads | set(ctx.widget_keys)
                # After an early end the app still shows what an earlier run used.
                full = remove_stale and spec is None
                self.keys_used = used if full else used | self.keys_used
                state.reads = None
                # After st.stop() or an error a clicked button stays True until the next run.
                state.end_run(
                    self.app_id,
                    remove_stale,
                    reset_triggers=remove_stale or rerun is not None,
                    fragment_id=fragment,
                    page=ctx.page_hash,
                )
                finish_pages(self, ctx, rerun == "stale", remove_stale and spec is None)
        return ctx, rerun

    def _execute_fragment(self, ctx: RunContext, fragment_id: str, spec: tuple[Any, ...]) -> None:
        function, args, kwargs = spec[2:5]
        element = ctx.fragment_element
        assert element is not None  # made by _run_once
        ctx.fragments[fragment_id] = spec
        ctx.fragment_id = fragment_id
        try:
            with ctx.inside(element):
                function(*args, **kwargs)
        finally:
            ctx.fragment_id = ""

    def fragments_with_key(self, key: str) -> list[str]:
        """The ids of the last run's fragments made with ``@st.fragment(key=key)``."""
        return fragments_with_key(self.last_run.fragments if self.last_run else {}, key)

    def close(self) -> None:
        """Close the app's widgets and forget its widget values."""
        self.renderer.close()
        self.menu.close()
        for part in (
            self.widget,
            self._row,
            self._body,
            self.toolbar,
            self.title,
            self.status,
            self.rerun_button,
            self.clear_button,
        ):
            close_widget(part)  # with its layout and style models
        self.session.state.forget_app(self.app_id)
        self.session.apps.pop(self.app_id, None)
        self._closed = True

    def __repr__(self) -> str:
        return f"<nbstate.App {self.label!r}>"
