"""Widget ids: the identity that lets a widget keep its value from one run to the next.

As in Streamlit, an id is ``$$ID-<hash>-<key>``. A keyless widget's hash covers its type and
every identity parameter, so changing its label makes it a new widget. A keyed widget's hash
covers its type, its key and only the few parameters that change what values it can hold
(a slider's bounds, a text box's ``max_chars``), so its label can change freely.
"""

from __future__ import annotations

import hashlib
from typing import Any

from .state import ELEMENT_ID_PREFIX

#: Parameters that still change a keyed widget's id (Streamlit's ``key_as_main_identity``).
KEYED_IDENTITY: dict[str, tuple[str, ...]] = {
    "slider": ("min_value", "max_value", "step"),
    "text_input": ("max_chars",),
    "text_area": ("max_chars",),
    "selectbox": ("accept_new_options",),
    "multiselect": ("max_selections", "accept_new_options"),
    "time_input": ("step",),
    "date_input": ("format",),
    "datetime_input": ("format", "step"),
    "file_uploader": ("type", "accept_multiple_files"),
    "data_editor": ("data_signature", "num_rows"),
    "pills": ("selection_mode",),
    "component_instance": ("name", "url"),
    "segmented_control": ("selection_mode",),
    "dataframe": ("selection_mode", "is_selection_activated"),
    "vega_lite_chart": ("selection_mode",),
    # Streamlit 1.67 hashes a Plotly chart's parameters even when it has a key
    "plotly_chart": (
        "plotly_spec",
        "plotly_config",
        "selection_mode",
        "is_selection_activated",
        "width",
        "height",
        "alt",
    ),
}


_cache: dict[tuple[Any, ...], str] = {}
_CACHE_LIMIT = 100_000


_SCALARS = (str, int, float, bool, type(None))


def value_types(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """The types of `values`, and of the items of tuples among them.

    With the values, they tell apart calls whose parameters are equal but of different types
    (``1``, ``1.0``, ``True``; ``(1, 2)`` and ``(1.0, 2.0)``), which give different widgets.
    Raises TypeError for values that cannot be told apart this way (tuples of tuples); lists
    and other unhashable values raise TypeError when a key made of them is hashed. Such calls
    are not cached.
    """
    types = tuple(map(type, values))
    if tuple not in types:
        return types
    nested = []
    for value in values:
        if type(value) is tuple:
            inner = tuple(map(type, value))
            if any(t not in _SCALARS for t in inner):
                raise TypeError("a tuple of non-scalars")
            nested.append(inner)
    return (*types, tuple(nested))


def compute_widget_id(
    element_type: str,
    key: str | None,
    app_id: str,
    identity: dict[str, Any],
    form_id: str = "",
    root: str = "main",
) -> str:
    """Return the widget id for an element of `element_type` with these parameters.

    `identity` holds the widget's identity parameters in call order; `app_id` plays the part of
    Streamlit's page hash, `form_id` and `root` (main area or sidebar) that of its containers.
    Ids are cached: the same widget asks for its id on every run.
    """
    try:
        values = tuple(identity.values())
        cache_key = (element_type, key, app_id, form_id, root, *identity, values)
        cache_key += value_types(values)
        return _cache[cache_key]
    except KeyError:
        pass
    except TypeError:  # an unhashable parameter value: compute without the cache
        return _compute(element_type, key, app_id, identity, form_id, root)
    if len(_cache) >= _CACHE_LIMIT:
        _cache.clear()
    widget_id = _cache[cache_key] = _compute(element_type, key, app_id, identity, form_id, root)
    return widget_id


def _compute(
    element_type: str,
    key: str | None,
    app_id: str,
    identity: dict[str, Any],
    form_id: str,
    root: str,
) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(element_type.encode())
    if key is None:
        items = list(identity.items())
        items += [("app", app_id), ("form_id", form_id), ("root", root)]
    else:
        h.update(key.encode())
        wanted = KEYED_IDENTITY.get(element_type, ())
        items = [(k, v) for k, v in identity.items() if k in wanted]
        items.append(("app", app_id))
    for name, value in items:
        h.update(name.encode())
        h.update(str(value).encode())
    return f"{ELEMENT_ID_PREFIX}-{h.hexdigest()}-{key}"
