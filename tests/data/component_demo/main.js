// A hand-written Streamlit component (no streamlit-component-lib): Streamlit's protocol with
// raw postMessage. Shows args.greeting; the button sends args.payload plus a click count.
(function () {
  const send = (type, data) =>
    window.parent.postMessage({ isStreamlitMessage: true, type, ...data }, "*");
  let args = {};
  let clicks = 0;
  window.addEventListener("message", (event) => {
    if (!event.data || event.data.type !== "streamlit:render") return;
    args = event.data.args;
    document.getElementById("greeting").textContent =
      `${args.greeting} (theme ${event.data.theme ? event.data.theme.base : "none"})`;
    send("streamlit:setFrameHeight", { height: document.body.scrollHeight + 10 });
  });
  document.getElementById("send").addEventListener("click", () => {
    clicks += 1;
    send("streamlit:setComponentValue", {
      value: { payload: args.payload, clicks },
      dataType: "json",
    });
  });
  send("streamlit:componentReady", { apiVersion: 1 });
})();
