"""Exception classes, one per Streamlit error kind, named as Streamlit names them.

Every message says what was wrong (naming the key or widget) and how to fix it.
"""

from __future__ import annotations

_FORMS_DOCS = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


class NbStateAPIException(Exception):
    """Base class of every error nbstate raises for a wrong use of its API."""


class NbStateValueError(NbStateAPIException, ValueError):
    """A parameter or a session_state key has a value nbstate cannot accept."""


class NbStateWidgetAlreadyInstantiatedError(NbStateAPIException):
    """A keyed widget's value was assigned after the widget was created in this run."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"`st.session_state['{key}']` cannot be modified after the widget with that key "
            f"is instantiated. Assign `st.session_state['{key}']` before creating the widget, "
            "or update it from an `on_change` or `on_click` callback, which runs before the "
            "widget is instantiated. If this is a read-only session state key (buttons, "
            "file and media inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different "
            "session state key."
        )


class NbStateValueAssignmentNotAllowedError(NbStateAPIException):
    """A read-only widget (button, form, ...) was given a value through session_state."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"`st.session_state['{key}']` is read-only and cannot be assigned through "
            "session state. Use a different session state key for values you need to set."
        )


class NbStateInvalidFormCallbackError(NbStateAPIException):
    """A widget inside a form was given a callback; only submit buttons may have one."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class NbStateInvalidLayoutContextError(NbStateAPIException):
    """An element was used in a container where it cannot be (e.g. a button in a form)."""


class DuplicateWidgetID(NbStateAPIException):
    """Common base of the two duplicate-widget errors."""


class NbStateDuplicateElementKey(DuplicateWidgetID):
    """Two elements of one app (or of two live apps) use the same key."""

    def __init__(self, key: str, detail: str = "") -> None:
        self.key = key
        super().__init__(
            f"There are multiple elements with the same `key='{key}'`. To fix this, please "
            f"make sure that the `key` argument is unique for each element you create.{detail}"
        )


class NbStateDuplicateElementId(DuplicateWidgetID):
    """Two keyless widgets of the same type have the same parameters."""

    def __init__(self, element_type: str) -> None:
        self.element_type = element_type
        super().__init__(
            f"There are multiple `{element_type}` elements with the same auto-generated ID. "
            "When this element is created, it is assigned an internal ID based on the element "
            "type and provided parameters. Multiple elements with the same type and parameters "
            "will cause this error.\n\nTo fix this error, please pass a unique `key` argument "
            f"to the `{element_type}` element."
        )


class UnserializableSessionStateError(NbStateAPIException):
    """A session_state value cannot be pickled while serializable state is enforced."""

    def __init__(self, key: str, value: object) -> None:
        self.key = key
        super().__init__(
            f"Cannot serialize the value (of type `{type(value)}`) of '{key}' in "
            "st.session_state. nbstate has been configured to use "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize "
            "session_state values (option `runner.enforceSerializableSessionState`). Please "
            "convert the value to a pickle-serializable type, or delete the key."
        )


class NbStateValueAboveMaxError(NbStateAPIException):
    """A widget's value (often set through session_state) is above its `max_value`."""

    def __init__(self, value: object, max_value: object) -> None:
        super().__init__(f"The `value` {value} is greater than the `max_value` {max_value}.")


class NbStateValueBelowMinError(NbStateAPIException):
    """A widget's value (often set through session_state) is below its `min_value`."""

    def __init__(self, value: object, min_value: object) -> None:
        super().__init__(f"The `value` {value} is less than the `min_value` {min_value}.")


class NbStateNoAppError(NbStateAPIException):
    """An element was created outside an app run (not in a `%%rerun` cell or `st.app`)."""


def forms_message(text: str) -> str:
    """Append the pointer to the forms documentation that Streamlit adds to form errors."""
    return text + _FORMS_DOCS


class NbStateSelectionCountExceedsMaxError(NbStateAPIException):
    """A multiselect has more options selected than its `max_selections`."""

    def __init__(self, count: int, max_selections: int) -> None:
        super().__init__(
            f"Multiselect has {count} options selected but `max_selections` is set to "
            f"{max_selections}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            f"Please select at most {max_selections} option"
            f"{'' if max_selections == 1 else 's'}."
        )


class NbStateNotAvailableError(NbStateAPIException, AttributeError):
    """An ``st.X`` that nbstate does not provide (an AttributeError, so `hasattr` works)."""


class NbStateAuthError(NbStateAPIException):
    """`st.login()` where nobody can log in: the kernel does not run under JupyterHub."""


class NbStateUnhashableParamError(NbStateAPIException):
    """An argument of a cached function cannot be hashed to look up its cached value."""

    def __init__(
        self, decorator: str, function_name: str, param: str | None, type_name: str
    ) -> None:
        self.function_name = function_name
        self.param = param
        shown = param if param is not None else "(unnamed)"
        renamed = f"_{param}" if param is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{shown}' (of type `{type_name}`) in '{function_name}'.\n\n"
            "To address this, you can tell nbstate not to hash this argument by adding a "
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{decorator}\ndef {function_name}({renamed}, ...):\n    ...\n```\n\n"
            "or tell it how to hash values of this type with `hash_funcs`:\n\n"
            f'```\n@st.{decorator}(hash_funcs={{"{type_name}": lambda value: ...}})\n```'
        )


class NbStateUserHashError(NbStateAPIException):
    """A hash function given in `hash_funcs` raised an exception."""

    def __init__(self, decorator: str, function_name: str, type_name: str, exc: Exception) -> None:
        super().__init__(
            f"{type(exc).__name__}: {exc}\n\nThis error is likely due to a bug in the hash "
            f"function for `{type_name}` that was passed in `hash_funcs` to the "
            f"`@st.{decorator}` decorator of `{function_name}()`."
        )


class NbStateUnserializableReturnValueError(NbStateAPIException):
    """A function cached with `st.cache_data` returned a value that pickle cannot store."""

    def __init__(self, function_name: str, type_name: str) -> None:
        super().__init__(
            f"Cannot serialize the return value (of type `{type_name}`) in "
            f"`{function_name}()`. `st.cache_data` uses "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the "
            "function's return value and safely store it in the cache without mutating the "
            "original object. Please convert the return value to a pickle-serializable type. "
            "If you want to cache unserializable objects such as database connections or "
            "models, use `st.cache_resource` instead."
        )


class CachedWidgetWarning(NbStateAPIException, Warning):
    """A widget was created inside a cached function (shown where it was created)."""

    def __init__(self) -> None:
        super().__init__(
            "Your script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function."
        )


class CacheReplayClosureError(NbStateAPIException):
    """A cached function wrote into a container created outside it: a cache hit cannot
    show that element again."""

    def __init__(self, function_name: str, api: str) -> None:
        super().__init__(
            f"While running `{function_name}()`, an st.* element was added to a layout block "
            "created outside the function. This is incompatible with replaying the cached "
            "effect of that element, because the referenced block might not exist when the "
            "replay happens.\n\nHow to fix this:\n"
            f"* Move the creation of that layout block inside `{function_name}()`.\n"
            f"* Move the call to the element outside of `{function_name}()`.\n"
            f"* Remove the `@st.{api}` decorator from `{function_name}()`."
        )


class NbStateMissingRequiredParameterError(NbStateAPIException):
    """A parameter that is required in this use was not given (e.g. a ButtonColumn's key)."""


class NbStateIncompatibleParametersError(NbStateAPIException):
    """Two parameters (or values of them) that cannot be used together were given."""


class NbStateInvalidParameterTypeError(NbStateAPIException):
    """A parameter was given a value of a type it does not accept."""


class NbStatePageNotFoundError(NbStateAPIException):
    """A page file (st.Page) or a page to switch or link to could not be found."""
