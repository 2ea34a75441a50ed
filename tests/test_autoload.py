"""Loading nbstate at kernel start (issue 16 item 20): without `import nbstate` a `%%rerun`
cell fails with IPython's "Cell magic `%%rerun` not found"; the kernel spec and the profile
line that `python -m nbstate.autoload` writes make it work without the import."""

from __future__ import annotations

import json
import sys

import pytest
from frontend import KernelFrontend

from nbstate import autoload

APP_CELL = '%%rerun\nimport nbstate as st\nst.write("hello from the app")'


def test_the_kernel_spec_runs_this_python_and_loads_nbstate(tmp_path) -> None:
    folder = autoload.install_kernel(prefix=str(tmp_path))
    spec = json.loads((tmp_path / "share/jupyter/kernels/nbstate/kernel.json").read_text())
    assert folder.endswith("nbstate")
    assert spec["argv"][:3] == [sys.executable, "-m", "ipykernel_launcher"]
    assert "--ext=nbstate" in spec["argv"] and "{connection_file}" in spec["argv"]
    assert spec["display_name"] == "Python 3 (nbstate)"


def test_the_profile_line_is_added_once_and_keeps_the_config(tmp_path) -> None:
    config = tmp_path / "profile_default" / "ipython_kernel_config.py"
    config.parent.mkdir()
    config.write_text("c = get_config()\nc.IPKernelApp.matplotlib = 'inline'")
    assert autoload.enable_in_profile(str(tmp_path)) == config
    autoload.enable_in_profile(str(tmp_path))
    lines = config.read_text().splitlines()
    assert lines == [
        "c = get_config()",
        "c.IPKernelApp.matplotlib = 'inline'",
        autoload.CONFIG_LINE,
    ]
    other = autoload.enable_in_profile(str(tmp_path), profile="work")
    assert other.read_text().splitlines()[-1] == autoload.CONFIG_LINE


def test_the_command_line_writes_the_profile_it_is_told(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path))
    assert autoload.main(["profile"]) == 0
    config = tmp_path / "profile_default" / "ipython_kernel_config.py"
    assert autoload.CONFIG_LINE in config.read_text()
    assert str(config) in capsys.readouterr().out


@pytest.mark.kernel
def test_without_nbstate_loaded_rerun_is_ipythons_unknown_magic(tmp_path) -> None:
    with KernelFrontend(cwd=tmp_path) as kernel:
        result = kernel.execute(APP_CELL)
        assert result.error is not None
        assert "Cell magic `%%rerun` not found" in result.error["evalue"]


@pytest.mark.kernel
def test_the_nbstate_kernel_runs_rerun_cells_without_import(tmp_path) -> None:
    with KernelFrontend(cwd=tmp_path, kernel_args=autoload.KERNEL_ARGS) as kernel:
        result = kernel.execute(APP_CELL)
        result.raise_for_error()
        assert len(result.model_ids) == 1  # the app area
        assert "hello from the app" in json.dumps(kernel.widgets.models, default=str)


@pytest.mark.kernel
def test_a_profile_with_the_line_runs_rerun_cells_without_import(tmp_path) -> None:
    ipython_dir = tmp_path / "ipython"
    autoload.enable_in_profile(str(ipython_dir))
    with KernelFrontend(cwd=tmp_path, env={"IPYTHONDIR": str(ipython_dir)}) as kernel:
        result = kernel.execute(APP_CELL)
        result.raise_for_error()
        assert len(result.model_ids) == 1
        assert "hello from the app" in json.dumps(kernel.widgets.models, default=str)
