"""Dynamic navigation: st.switch_page to the page already shown keeps its widgets; a page
taken out of the list while shown gives way to the default page."""

import streamlit as st

admin = st.sidebar.checkbox("Admin", key="admin", value=True)


def home():
    st.text_input("Name", key="name")
    if st.button("Stay", key="stay"):
        st.switch_page(home_page)
    st.button("Settings", key="to_settings", on_click=lambda: st.switch_page(settings_page))


def settings():
    st.slider("Level", 0, 5, 1, key="level")
    st.button("Home", key="go_home", on_click=lambda: st.switch_page(home_page))


home_page = st.Page(home, title="Home")
settings_page = st.Page(settings, title="Settings")
pages = [home_page, settings_page] if admin else [home_page]
st.navigation(pages).run()

INTERACTIONS = [
    {"do": "set", "type": "text_input", "key": "name", "value": "Ada"},
    {"do": "click", "type": "button", "key": "stay"},
    {"do": "run"},
    {"do": "click", "type": "button", "key": "to_settings"},
    {"do": "set", "type": "slider", "key": "level", "value": 4},
    {"do": "set", "type": "checkbox", "key": "admin", "value": False},
    {"do": "run"},
    {"do": "set", "type": "checkbox", "key": "admin", "value": True},
]
