"""st.user in a real kernel: the JupyterHub user the kernel inherits (JUPYTERHUB_USER), and
nobody logged in without one; st.login and st.logout in both."""

from __future__ import annotations

from pathlib import Path

import pytest
from frontend import KernelFrontend

pytestmark = pytest.mark.kernel

APP = """%%rerun
import nbstate as st
st.write(f"logged in {st.user.is_logged_in}", st.user.to_dict())
if st.button("Log in", key="login"):
    st.login()
if st.button("Log out", key="logout"):
    st.logout()
"""


def test_a_kernel_under_jupyterhub_sees_the_hub_user(tmp_path: Path) -> None:
    env = {"JUPYTERHUB_USER": "alice", "JUPYTERHUB_BASE_URL": "/team/"}
    with KernelFrontend(cwd=tmp_path, env=env) as kernel:
        kernel.execute("import nbstate", check=True)
        cell = kernel.execute(APP, cell_id="user")
        shown = kernel.text(cell)
        assert "logged in True" in shown
        assert '"name": "alice"' in shown
        kernel.click(kernel.find_one("nbstate-key-login", within=cell))
        assert "You are logged in to JupyterHub as alice." in kernel.text(cell)
        kernel.click(kernel.find_one("nbstate-key-logout", within=cell))
        (info,) = kernel.find("nbstate-info", within=cell)
        assert 'href="/team/hub/logout"' in kernel.model(info)["value"]
        assert "logged in True" in kernel.text(cell)  # the hub still has alice logged in
        result = kernel.execute("print(nbstate.user.name, nbstate.user.to_dict())")
        assert result.stdout.strip() == "alice {'is_logged_in': True, 'name': 'alice'}"


def test_a_kernel_outside_jupyterhub_has_nobody_logged_in(tmp_path: Path) -> None:
    with KernelFrontend(cwd=tmp_path, env={"JUPYTERHUB_USER": ""}) as kernel:
        kernel.execute("import nbstate", check=True)
        cell = kernel.execute(APP, cell_id="user")
        assert "logged in False" in kernel.text(cell)
        kernel.click(kernel.find_one("nbstate-key-login", within=cell))
        shown = kernel.text(cell)
        assert "NbStateAuthError" in shown and "make hub" in shown
