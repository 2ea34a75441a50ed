"""st.components.v1 (`html`, `iframe`, `declare_component`) and st.components.v2 (issue 19).

Streamlit 1.67's AppTest shows `html`/`iframe` as an "iframe" element and a component
instance as a "component_instance" element (both `UnknownElement`s, reached with
``at.get(...)``); nbstate's AppTest gives the same types and, beyond Streamlit's, lets a test
set a component's value as the component's ``Streamlit.setComponentValue`` would.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import nbstate as st
from nbstate import component_files, options
from nbstate.component_files import component_build
from nbstate.component_host import SANDBOX, ComponentHost
from nbstate.errors import NbStateAPIException, NbStateNotAvailableError
from nbstate.testing import AppTest
from nbstate.views import ComponentView, EmbedView

DEMO = Path(__file__).parent / "data" / "component_demo"


def _views(at: AppTest) -> list:
    return list(at._app.renderer.main.children)


def _error(at: AppTest) -> str:
    assert len(at.exception) == 1, at.exception
    return str(at.exception[0].value)


# --- html and iframe ----------------------------------------------------------------------


def test_html_and_iframe_are_iframe_elements_sized_as_streamlit_sizes_them() -> None:
    at = AppTest.from_string(
        """
import nbstate.components.v1 as components
components.html("<b>x</b>")
components.iframe("https://example.com", width=300, height=200, scrolling=True, tab_index=0)
"""
    ).run()
    assert not at.exception
    assert [e.type for e in at.get("iframe")] == ["iframe", "iframe"]
    html, page = (view.widget.value for view in _views(at))
    assert all(isinstance(view, EmbedView) for view in _views(at))
    assert 'srcdoc="&lt;b&gt;x&lt;/b&gt;"' in html and f'sandbox="{SANDBOX}"' in html
    assert "width:100%" in html and "height:150px" in html and 'scrolling="no"' in html
    assert 'src="https://example.com"' in page and 'tabindex="0"' in page
    assert "width:300px" in page and "height:200px" in page and "scrolling" not in page


def test_st_components_is_the_same_namespace_as_the_module() -> None:
    import nbstate.components.v1 as v1

    assert st.components.v1 is v1
    assert {"html", "iframe", "declare_component"} <= set(v1.__all__)
    assert "components" not in st.__all__ or st.components  # a namespace, as Streamlit's


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('c.html("x", tab_index=-2)', "Supported values: None, -1, a non-negative integer"),
        ('c.html("x", tab_index=True)', "Expected one of: int. Provided type: bool"),
        ('c.iframe("https://x.org", width=-5)', "width=-5"),
        ('c.html("x", height="big")', "height='big'"),
        ("c.html(5)", "give the HTML as a string"),
        ("c.iframe(5)", "give the page's URL as a string"),
    ],
)
def test_html_and_iframe_bad_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import nbstate.components.v1 as c\n{call}").run()
    assert message in _error(at)


# --- declare_component --------------------------------------------------------------------

APP = """
import nbstate as st
import nbstate.components.v1 as components
comp = components.declare_component("demo", path={path!r})
def changed():
    st.session_state.log.append(("callback", st.session_state.get("k")))
st.session_state.setdefault("log", [])
value = comp(greeting="hi", payload=[1, 2], default="nothing yet", key="k", on_change=changed)
st.session_state.log.append(("run", value))
st.text(repr(value))
"""


def test_a_component_is_a_widget_its_value_in_session_state_callback_first() -> None:
    at = AppTest.from_string(APP.format(path=str(DEMO))).run()
    assert not at.exception
    (instance,) = at.get("component_instance")
    assert instance.key == "k"
    # as in Streamlit: `default` is returned, session_state holds None until a value is set
    assert at.text[0].value == "'nothing yet'" and at.session_state["k"] is None
    instance.set_value({"payload": [1, 2], "clicks": 1}).run()
    assert at.session_state["k"] == {"payload": [1, 2], "clicks": 1}
    assert at.text[0].value == "{'payload': [1, 2], 'clicks': 1}"
    assert at.session_state["log"] == [
        ("run", "nothing yet"),
        ("callback", {"payload": [1, 2], "clicks": 1}),
        ("run", {"payload": [1, 2], "clicks": 1}),
    ]


def test_the_view_sends_args_theme_and_the_build() -> None:
    at = AppTest.from_string(APP.format(path=str(DEMO))).run()
    (view,) = _views(at)[:1]
    assert isinstance(view, ComponentView) and isinstance(view.widget, ComponentHost)
    host = view.widget
    assert host.args == {"greeting": "hi", "payload": [1, 2], "default": "nothing yet", "key": "k"}
    assert host.theme["base"] == "light" and host.theme["primaryColor"] == "#ff4b4b"
    assert host.url == "" and host.sandbox == SANDBOX
    # index.html names its assets by tokens; the assets travel as bytes (binary buffers)
    assert 'href="__nbstate_asset_0__"' in host.srcdoc
    assert 'src="__nbstate_asset_1__"' in host.srcdoc and "./main.js" not in host.srcdoc
    assert host.assets == [
        {"mime": "text/css", "data": (DEMO / "style.css").read_bytes()},
        {"mime": "text/javascript", "data": (DEMO / "main.js").read_bytes()},
    ]


def test_the_theme_follows_the_config_files_theme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        '[theme]\nbase = "dark"\nprimaryColor = "#00ff00"\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(options.Path, "home", lambda: tmp_path / "home")
    options.reload_config_files()
    try:
        at = AppTest.from_string(
            'import nbstate as st\nst.components.v1.declare_component("d", url="http://x")()'
        ).run()
    finally:
        monkeypatch.undo()
        options.reload_config_files()
    (view,) = [v for v in _views(at) if isinstance(v, ComponentView)]
    theme = view.widget.theme
    assert theme["base"] == "dark" and theme["backgroundColor"] == "#0e1117"
    assert theme["primaryColor"] == "#00ff00" and theme["textColor"] == "#fafafa"


def test_url_bytes_args_and_a_value_set_through_session_state() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
import nbstate.components.v1 as components
comp = components.declare_component("dev", url="http://localhost:3001")
if "k" not in st.session_state:
    st.session_state.k = 7
st.text(repr(comp(key="k", default=3, blob=b"\\x00\\x01")))
"""
    ).run()
    assert not at.exception and at.text[0].value == "7"
    host = _views(at)[0].widget
    assert host.url == "http://localhost:3001" and host.srcdoc == ""
    assert host.bytes_args == {"blob": b"\x00\x01"} and "blob" not in host.args


def test_a_keyed_instance_keeps_its_value_when_its_args_change() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
import nbstate.components.v1 as components
comp = components.declare_component("dev", url="http://localhost:3001")
st.session_state.setdefault("n", 0)
st.text(repr(comp(key="k", n=st.session_state.n)))
st.session_state.n += 1
"""
    ).run()
    at.get("component_instance")[0].set_value(5).run()
    assert at.text[0].value == "5"
    at.run()  # its args changed again: the key keeps the widget (Streamlit: name and url)
    assert at.text[0].value == "5" and _views(at)[0].widget.args["n"] == 2


def test_in_a_form_a_component_may_have_a_callback_and_its_value_waits_for_submit() -> None:
    at = AppTest.from_string(
        """
import nbstate as st
comp = st.components.v1.declare_component("dev", url="http://localhost:3001")
st.session_state.setdefault("log", [])
with st.form("f"):
    value = comp(key="k", on_change=lambda: st.session_state.log.append(("cb", st.session_state.k)))
    st.form_submit_button("Submit")
st.session_state.log.append(("run", value))
"""
    ).run()
    assert not at.exception  # Streamlit 1.67 applies no form policy to components
    at.get("component_instance")[0].set_value(3).run()
    assert at.session_state["log"] == [("run", None), ("run", None)]
    at.button[0].click().run()
    assert at.session_state["log"][2:] == [("cb", 3), ("run", 3)]


def test_declared_component_names_and_equality() -> None:
    first = st.components.v1.declare_component("demo", path=DEMO)
    again = st.components.v1.declare_component("demo", path=str(DEMO))
    assert first == again and first.name == f"{__name__}.demo" and first.path == str(DEMO)
    assert str(first) == f"'{__name__}.demo': {DEMO}" and first.url is None
    assert first != st.components.v1.declare_component("demo", url="http://x")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('comp("positional")', "Argument 'positional' needs a label"),
        ("comp(on_change=5)", "Invalid `on_change` value. Supported values: a callback"),
        ("comp(x=object())", "Could not convert component args to JSON"),
        ("comp(tab_index=-3)", "Supported values: None, -1, a non-negative integer"),
        ("comp(df=pd.DataFrame({'a': [1]}))", "does not send data frames to components"),
        ("comp(df=pd.DataFrame({'a': [1]}))", "st.bind"),
        ("comp(); comp()", "component_instance"),
    ],
)
def test_component_bad_arguments_get_clear_errors(call: str, message: str) -> None:
    at = AppTest.from_string(
        "import pandas as pd\nimport nbstate.components.v1 as c\n"
        f"comp = c.declare_component('x', url='http://localhost:3001')\n{call}"
    ).run()
    assert message in _error(at)


def test_declare_component_needs_a_path_or_a_url_and_an_index_html(tmp_path: Path) -> None:
    with pytest.raises(NbStateAPIException, match="Either 'path' or 'url' must be set"):
        st.components.v1.declare_component("x")
    at = AppTest.from_string(
        f"import nbstate.components.v1 as c\nc.declare_component('x', path={str(tmp_path)!r})()"
    ).run()
    assert "has no index.html" in _error(at) and "url=" in _error(at)


# --- the build directory, inlined ---------------------------------------------------------


def test_each_asset_comes_after_those_it_names_and_changes_are_read(tmp_path: Path) -> None:
    build = tmp_path / "build"
    shutil.copytree(DEMO, build)
    (build / "font.woff2").write_bytes(b"FONT")
    (build / "style.css").write_text(
        '@font-face { src: url("font.woff2"); } @import url("style.css");'
    )
    (tmp_path / "secret.txt").write_text("outside")
    index = build / "index.html"
    index.write_text(
        index.read_text().replace(
            "<body>",
            '<body><img src="../secret.txt"><a href="https://example.org/x">x</a>'
            '<a href="#top">top</a><img src="/font.woff2?v=1">',
        )
    )
    found = component_build("x", build)
    assert [asset["mime"] for asset in found.assets] == [
        "font/woff2",
        "text/css",
        "text/javascript",
    ]
    assert found.assets[0]["data"] == b"FONT"
    assert (
        found.assets[1]["data"]
        == b'@font-face { src: url("__nbstate_asset_0__"); } @import url("style.css");'
    )
    assert (
        'href="__nbstate_asset_1__"' in found.document
        and 'src="__nbstate_asset_2__"' in found.document
    )
    assert '<img src="__nbstate_asset_0__">' in found.document  # one asset, named twice
    # links elsewhere, anchors and files outside the build directory stay as they are
    assert (
        'src="../secret.txt"' in found.document and 'href="https://example.org/x"' in found.document
    )
    assert 'href="#top"' in found.document
    assert component_build("x", build) is found  # unchanged files: read once
    (build / "main.js").write_text("// changed")
    assert component_build("x", build).assets[2]["data"] == b"// changed"


def test_a_build_too_large_to_send_gets_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(DEMO, tmp_path / "build")
    monkeypatch.setattr(component_files, "MAX_BYTES", 100)
    with pytest.raises(NbStateAPIException, match="Serve it yourself and pass url="):
        component_build("x", tmp_path / "build")


# --- st.components.v2 ---------------------------------------------------------------------


def test_components_v2_is_not_available_with_its_reason() -> None:
    with pytest.raises(NbStateNotAvailableError, match="st.components.v2.component is not"):
        st.components.v2.component  # noqa: B018
    with pytest.raises(NbStateNotAvailableError, match="st.bind"):
        import nbstate.components.v2 as v2

        v2.bidi_component  # noqa: B018
    assert not hasattr(st.components.v2, "component")


# --- signatures ---------------------------------------------------------------------------

#: Streamlit 1.67's parameters (name, kind, default), read with `inspect.signature`.
SIGNATURES_1_67 = {
    "html": "html:POSITIONAL_OR_KEYWORD:-, width:POSITIONAL_OR_KEYWORD:None, "
    "height:POSITIONAL_OR_KEYWORD:None, scrolling:POSITIONAL_OR_KEYWORD:False, "
    "tab_index:KEYWORD_ONLY:None",
    "iframe": "src:POSITIONAL_OR_KEYWORD:-, width:POSITIONAL_OR_KEYWORD:None, "
    "height:POSITIONAL_OR_KEYWORD:None, scrolling:POSITIONAL_OR_KEYWORD:False, "
    "tab_index:KEYWORD_ONLY:None",
    "declare_component": "name:POSITIONAL_OR_KEYWORD:-, path:POSITIONAL_OR_KEYWORD:None, "
    "url:POSITIONAL_OR_KEYWORD:None",
    "component": "args:VAR_POSITIONAL:-, default:KEYWORD_ONLY:None, key:KEYWORD_ONLY:None, "
    "on_change:KEYWORD_ONLY:None, tab_index:KEYWORD_ONLY:None, kwargs:VAR_KEYWORD:-",
}

_DESCRIBE = """
import inspect
def describe(f):
    empty = inspect.Parameter.empty
    return ", ".join(
        f"{p.name}:{p.kind.name}:{'-' if p.default is empty else repr(p.default)}"
        for p in inspect.signature(f).parameters.values() if p.name != "self"
    )
"""


def _signatures(v1: object) -> dict[str, str]:
    namespace: dict = {}
    exec(_DESCRIBE, namespace)
    describe = namespace["describe"]
    names = ("html", "iframe", "declare_component")
    found = {name: describe(getattr(v1, name)) for name in names}
    found["component"] = describe(v1.CustomComponent.__call__)  # type: ignore[attr-defined]
    return found


def test_the_v1_signatures_are_streamlit_1_67s() -> None:
    import nbstate.components.v1 as v1

    assert _signatures(v1) == SIGNATURES_1_67


def test_the_recorded_signatures_are_those_of_the_installed_streamlit() -> None:
    import json
    import subprocess

    from streamlit_oracle import streamlit_python

    python = streamlit_python()
    if python is None:
        pytest.skip("no Python with Streamlit 1.67 (NBSTATE_STREAMLIT_PYTHON)")
    code = (
        _DESCRIBE
        + "import json, warnings\nwarnings.filterwarnings('ignore')\n"
        + "import streamlit.components.v1 as v1\n"
        + "from streamlit.components.v1.custom_component import CustomComponent as C\n"
        + "print(json.dumps({n: describe(getattr(v1, n)) for n in "
        + "('html', 'iframe', 'declare_component')} | {'component': describe(C.__call__)}))"
    )
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == SIGNATURES_1_67
