"""JupyterHub serving one nbstate app through Voilà: each user logs in and gets a server, a
kernel and so a `st.session_state` of their own. `make hub` runs it; tests/browser/
test_jupyterhub.py brings it up and logs two users in.

Settings come from the environment (defaults in brackets):
- NBSTATE_HUB_APP: the notebook to serve [notebooks/09-complete-app.ipynb]
- NBSTATE_HUB_PORT: the public port [8000], on NBSTATE_HUB_IP [127.0.0.1]
- NBSTATE_HUB_STATE: where the hub keeps its database, cookie secret and proxy pid [.hub/]
- NBSTATE_HUB_PROXY: configurable-http-proxy [.venv/node/node_modules/.bin/...]
- NBSTATE_HUB_PASSWORD: one password every user must give; unset, any password is
  accepted (DummyAuthenticator: a demo on your machine; in production use a real
  authenticator, e.g. OAuthenticator, and a spawner per user: see the README).
"""

import os
import sys
from pathlib import Path

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - JupyterHub's config loader defines it

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
app = Path(
    os.environ.get("NBSTATE_HUB_APP", ROOT / "notebooks" / "09-complete-app.ipynb")
).resolve()
state = Path(os.environ.get("NBSTATE_HUB_STATE", ROOT / ".hub")).resolve()
state.mkdir(parents=True, exist_ok=True)
proxy = os.environ.get(
    "NBSTATE_HUB_PROXY",
    str(BIN.parent / "node" / "node_modules" / ".bin" / "configurable-http-proxy"),
)

c.JupyterHub.bind_url = f"http://{os.environ.get('NBSTATE_HUB_IP', '127.0.0.1')}:{os.environ.get('NBSTATE_HUB_PORT', '8000')}"
c.JupyterHub.hub_port = int(os.environ.get("NBSTATE_HUB_API_PORT", "8081"))
c.ConfigurableHTTPProxy.api_url = (
    f"http://127.0.0.1:{os.environ.get('NBSTATE_HUB_PROXY_API_PORT', '8001')}"
)
c.ConfigurableHTTPProxy.command = [proxy]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")

c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
if os.environ.get("NBSTATE_HUB_PASSWORD"):
    c.DummyAuthenticator.password = os.environ["NBSTATE_HUB_PASSWORD"]

# Every user's server runs on this machine as this OS user (a demo); it is Jupyter Server with
# Voilà, opened straight on the app.
c.JupyterHub.spawner_class = "simple"
c.Spawner.cmd = [str(BIN / "jupyterhub-singleuser")]
c.Spawner.args = ["--allow-root"] if os.geteuid() == 0 else []
c.Spawner.notebook_dir = str(app.parent)
c.Spawner.default_url = f"/voila/render/{app.name}"
c.Spawner.http_timeout = 120
c.Spawner.start_timeout = 120
# A user's server stops with the hub (the demo leaves nothing running behind).
c.JupyterHub.cleanup_servers = True
