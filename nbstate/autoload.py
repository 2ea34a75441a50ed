"""Load nbstate in every kernel, so that a ``%%rerun`` cell works without ``import nbstate``.

IPython (8 and 9) loads an extension at kernel start only when told so: by the kernel's command
line (``--ext=nbstate``) or by a config file (``c.InteractiveShellApp.extensions``). It has
no entry point through which an installed package could load itself. So nothing here runs
on its own; each command writes one file, where you ask, and says which:

    python -m nbstate.autoload kernel [--user | --sys-prefix]
        installs a Jupyter kernel "Python 3 (nbstate)" that loads nbstate when it starts
        (pick it in the notebook's kernel menu; other kernels are unchanged).
    python -m nbstate.autoload profile [--profile NAME]
        adds ``c.InteractiveShellApp.extensions.append("nbstate")`` to the IPython profile's
        ``ipython_kernel_config.py`` (every kernel of that profile loads nbstate).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

#: The kernel command line option that loads nbstate (IPython's ``--ext``).
KERNEL_ARGS = ("--ext=nbstate",)
KERNEL_NAME = "nbstate"
#: The line `profile` adds to ``ipython_kernel_config.py``.
CONFIG_LINE = 'c.InteractiveShellApp.extensions.append("nbstate")  # python -m nbstate.autoload'


def kernel_spec() -> dict[str, object]:
    """The kernel.json of a kernel that runs this Python and loads nbstate at start."""
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}", *KERNEL_ARGS]
    return {
        "argv": argv,
        "display_name": "Python 3 (nbstate)",
        "language": "python",
        "metadata": {"debugger": True},
    }


def install_kernel(*, user: bool = False, prefix: str | None = None) -> str:
    """Install the "Python 3 (nbstate)" kernel spec; return the folder it went to.

    `user` installs it for the current user, `prefix` into ``<prefix>/share/jupyter/kernels``
    (``sys.prefix``: this environment); neither: the system-wide folder, as
    ``jupyter kernelspec install`` does.
    """
    from jupyter_client.kernelspec import KernelSpecManager

    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "kernel.json").write_text(json.dumps(kernel_spec(), indent=1))
        return str(
            KernelSpecManager().install_kernel_spec(folder, KERNEL_NAME, user=user, prefix=prefix)
        )


def enable_in_profile(ipython_dir: str | None = None, profile: str = "default") -> Path:
    """Add `CONFIG_LINE` to the profile's ``ipython_kernel_config.py`` (once); return the
    file. `ipython_dir` defaults to IPython's (``$IPYTHONDIR`` or ``~/.ipython``)."""
    from IPython.paths import get_ipython_dir

    folder = Path(ipython_dir or get_ipython_dir()) / f"profile_{profile}"
    config = folder / "ipython_kernel_config.py"
    text = config.read_text() if config.exists() else "c = get_config()  # noqa\n"
    if CONFIG_LINE not in text.splitlines():
        folder.mkdir(parents=True, exist_ok=True)
        config.write_text(text + ("" if text.endswith("\n") else "\n") + CONFIG_LINE + "\n")
    return config


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m nbstate.autoload kernel|profile``."""
    parser = argparse.ArgumentParser(
        prog="python -m nbstate.autoload",
        description="Load nbstate in every kernel, so that %%rerun works without import.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    kernel = sub.add_parser("kernel", help='install the kernel "Python 3 (nbstate)"')
    where = kernel.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for the current user")
    where.add_argument("--sys-prefix", action="store_true", help="in this environment")
    profile = sub.add_parser("profile", help="load nbstate in every kernel of a profile")
    profile.add_argument("--profile", default="default", help="the IPython profile")
    args = parser.parse_args(argv)
    if args.command == "kernel":
        folder = install_kernel(user=args.user, prefix=sys.prefix if args.sys_prefix else None)
        print(f'Installed the kernel "Python 3 (nbstate)" in {folder}')
    else:
        config = enable_in_profile(profile=args.profile)
        print(f"Kernels of the IPython profile {args.profile!r} load nbstate ({config})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
