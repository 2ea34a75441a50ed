"""Both seed button examples in Notebook 7 and in Voilà, used as a person would."""

from __future__ import annotations

import pytest
from browser_support import (
    CHECK_CELL,
    app_area,
    open_notebook,
    read_check,
    rerun_cell,
    run_cell,
    run_setup_cell,
    write_notebook,
)
from playwright.sync_api import Page, expect
from test_lab_apps import CALLBACK, GET_METHOD, type_and_enter

pytestmark = pytest.mark.browser
SEEDS = {"get_method": GET_METHOD, "callback": CALLBACK}


def use_the_seed(page: Page, app, check=None) -> None:
    """Type a name, click "Streamlit!", then "Clear name"; `check()` reads the kernel's name."""
    box = app.locator(".nbstate-key-name input")
    expect(box).to_have_value("")
    type_and_enter(page, box, "Bob")
    if check:
        assert check() == "Bob"
    app.get_by_role("button", name="Streamlit!").click()
    expect(box).to_have_value("Streamlit")
    if check:
        assert check() == "Streamlit"
    app.get_by_role("button", name="Clear name").click()
    expect(box).to_have_value("")
    if check:
        assert check() == ""


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_in_notebook_7(page: Page, lab, shot, seed: str) -> None:
    name = f"nb7_{seed}.ipynb"
    write_notebook(lab.root / name, [rerun_cell(SEEDS[seed]), CHECK_CELL])
    open_notebook(page, lab, name, "nb7", n_cells=3)
    run_setup_cell(page)
    run_cell(page, 1)
    app = app_area(page, 1)
    use_the_seed(page, app, lambda: read_check(page, 2)["state"]["name"])
    shot("used")


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_in_voila(page: Page, lab, shot, seed: str) -> None:
    name = f"voila_{seed}.ipynb"
    write_notebook(lab.root / name, [rerun_cell(SEEDS[seed])])
    page.set_default_timeout(60_000)
    page.goto(lab.url(f"/voila/render/{name}"))
    app = page.locator(".nbstate-app")
    expect(app).to_be_visible()
    use_the_seed(page, app)
    shot("used")
