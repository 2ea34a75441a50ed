"""Options in a real kernel: Streamlit's config file, set_option, the serializable check."""

from __future__ import annotations

from pathlib import Path

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel


def test_config_file_enforces_serializable_state_until_the_value_is_removed(
    tmp_path: Path,
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text(
        "[runner]\nenforceSerializableSessionState = true\n[server]\nport = 8501\n"
    )
    with KernelFrontend(cwd=tmp_path) as kernel:
        kernel.execute("import nbstate", check=True)
        cell = kernel.execute(
            "%%rerun\nimport nbstate as st\n"
            "if st.checkbox('store', key='store'):\n"
            "    st.session_state.fn = lambda x: x\n"
            "elif 'fn' in st.session_state:\n"
            "    del st.session_state.fn\n"
            "st.write('body ran')",
            cell_id="ser",
        )
        assert "body ran" in kernel.text(cell)
        box = kernel.find_one("nbstate-key-store", within=cell)
        kernel.set_value(box, True)
        shown = kernel.text(cell)
        assert "UnserializableSessionStateError" in shown and "'fn'" in shown
        assert "body ran" in shown  # the check runs after the whole body
        kernel.click(kernel.find_one("nbstate-rerun", within=cell))
        assert "UnserializableSessionStateError" in kernel.text(cell)  # still there
        kernel.set_value(box, False)  # the app deletes the value
        assert "UnserializableSessionStateError" not in kernel.text(cell)


def test_set_option_overrides_the_file_and_unknown_names_list_the_valid_ones(
    tmp_path: Path,
) -> None:
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text("[runner]\nmagicEnabled = false\n")
    with KernelFrontend(cwd=tmp_path) as kernel:
        kernel.execute("import nbstate as st", check=True)
        result = kernel.execute("print(st.get_option('runner.magicEnabled'))")
        assert result.stdout.strip() == "False"
        kernel.execute("st.set_option('runner.magicEnabled', True)", check=True)
        cell = kernel.execute("%%rerun\nimport nbstate as st\n'magic works'", cell_id="magic")
        assert "magic works" in kernel.text(cell)
        error = kernel.execute("st.set_option('runner.nope', 1)").error
        assert error is not None and error["ename"] == "NbStateAPIException"
        assert "runner.enforceSerializableSessionState" in error["evalue"]
