/** The emulator's event stream (`/control/events`) and the sidebar's "Live" indicator. */

/**
 * Opens the stream; resolves once it is connected (or gives up waiting after a while).
 * @param {{ onEvent: (event: object) => void, onReconnect: () => void }} handlers `onReconnect`:
 *   the stream was down, so whatever happened meanwhile must be read from the transcripts
 */
export function connectEvents({ onEvent, onReconnect }) {
  const connection = document.getElementById("connection");
  const label = connection.querySelector(".connection__text");
  const setConnection = (value, text) => {
    connection.dataset.state = value;
    label.textContent = text;
  };
  return new Promise((resolve) => {
    const source = new EventSource("/control/events");
    let connectedBefore = false;
    source.addEventListener("open", () => {
      setConnection("live", "Live");
      if (connectedBefore) onReconnect();
      connectedBefore = true;
      resolve();
    });
    source.addEventListener("error", () => setConnection("down", "Reconnecting…"));
    source.addEventListener("message", (message) => onEvent(JSON.parse(message.data)));
    setTimeout(resolve, 3000);
  });
}
