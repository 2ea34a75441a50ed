"""In a real kernel: st.bottom is the last part of the app area, a top-level chat box in it."""

from __future__ import annotations

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


@pytest.fixture(scope="module", autouse=True)
def _import_nbstate(kernel: KernelFrontend) -> None:
    kernel.execute("import nbstate", check=True)


def test_the_bottom_area_follows_the_main_area_and_holds_the_chat_box(
    kernel: KernelFrontend,
) -> None:
    result = kernel.execute(
        """%%rerun
import nbstate as st
st.session_state.setdefault("said", [])
st.write("main first")
st.bottom.write("pinned note")
if prompt := st.chat_input("Say"):
    st.session_state.said.append(prompt)
for line in st.session_state.said:
    st.write("said " + line)
with st.bottom:
    st.button("Bottom button", on_click=lambda: st.session_state.said.append("click"))
""",
        cell_id="bottom",
    )
    result.raise_for_error()
    bottom = kernel.find_one("nbstate-bottom", within=result)
    assert kernel.model(kernel.model(bottom)["layout"])["display"] == "flex"
    box = kernel.find_one("nbstate-chat_input", within=bottom)
    kernel.set_value(box, "hello")
    kernel.send_custom(box, {"event": "submit"})
    button = next(
        m
        for m in kernel.descendants(bottom)
        if kernel.model(m).get("description") == "Bottom button"
    )
    kernel.send_custom(button, {"event": "click"})
    kernel.wait_settled()
    # What the main area got after the bottom area's elements were written is above them.
    shown = kernel.text(result)
    assert shown.index("main first") < shown.index("said hello") < shown.index("said click")
    assert shown.index("said click") < shown.index("pinned note") < shown.index("Bottom button")
    assert "said" not in kernel.text(bottom)
