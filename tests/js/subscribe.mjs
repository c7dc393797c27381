// A graphql-ws client, as JavaScript apps use it, for the test suite: subscribes once and
// prints every message as a JSON line on stdout.
// Usage: node subscribe.mjs <ws url> <access token> <query> <variables json> <events to wait for>
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [url, token, query, variables, wanted] = process.argv.slice(2);
const print = (message) => console.log(JSON.stringify(message));
let seen = 0;

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: `Bearer ${token}` },
  retryAttempts: 0,
  lazy: false,
  // the socket closing for good (4403, 4429, ...) ends the client
  onNonLazyError: (error) => {
    print({ type: "error", code: error?.code ?? null, message: String(error?.reason ?? error) });
    process.exit(2);
  },
  on: {
    connected: () => print({ type: "connected" }),
    closed: (event) => print({ type: "closed", code: event.code, reason: event.reason }),
  },
});

client.subscribe(
  { query, variables: JSON.parse(variables) },
  {
    next: (payload) => {
      print({ type: "next", payload });
      seen += 1;
      if (seen >= Number(wanted)) {
        client.dispose().then(() => process.exit(0));
      }
    },
    error: (error) => {
      print({ type: "error", code: error?.code ?? null, message: String(error?.message ?? error) });
      process.exit(2);
    },
    complete: () => {
      print({ type: "complete" });
      process.exit(0);
    },
  },
);
