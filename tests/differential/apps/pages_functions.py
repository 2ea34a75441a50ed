"""Pages from functions in sections: st.switch_page(Page) from a callback and the script, a key
used on two pages is two widgets, page attributes, st.page_link elements."""

import streamlit as st


def inbox():
    st.subheader("Inbox")
    st.number_input("Shared", key="shared")
    st.selectbox("Folder", ["a", "b"], key="folder")
    st.page_link(outbox_page, label="Go out")
    st.button("Out", key="out", on_click=lambda: st.switch_page(outbox_page))


def outbox():
    st.subheader("Outbox")
    st.number_input("Shared", key="shared")
    st.page_link(inbox_page)
    st.page_link("https://example.org", label="Example", icon="🌐")
    if st.button("In", key="in"):
        st.switch_page(inbox_page)


inbox_page = st.Page(inbox, icon="📥", default=True)
outbox_page = st.Page(outbox, title="Sent items", url_path="sent")
current = st.navigation({"Mail": [inbox_page], "Other": [outbox_page]}, position="top")
st.write(current.title, current.url_path, current.icon, outbox_page.url_path)
current.run()
st.write("after", sorted(st.session_state.keys()))

INTERACTIONS = [
    {"do": "set", "type": "number_input", "key": "shared", "value": 4.0},
    {"do": "set", "type": "selectbox", "key": "folder", "value": "b"},
    {"do": "click", "type": "button", "key": "out"},
    {"do": "set", "type": "number_input", "key": "shared", "value": 9.0},
    {"do": "click", "type": "button", "key": "in"},
    {"do": "run"},
]
