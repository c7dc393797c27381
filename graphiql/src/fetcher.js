// The fetcher GraphiQL runs operations through. Queries and mutations go over HTTP with the
// active tab's headers; subscriptions go over a graphql-transport-ws WebSocket whose
// connection_init payload carries the same Authorization header: {"authorization": "Bearer ..."}.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { parse } from "graphql";
import { createClient } from "graphql-ws";

/** The value of the Authorization header in `headers` (any case), or "" when there is none. */
export function authorizationOf(headers) {
  if (!headers || typeof headers !== "object") return "";
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === "authorization" && typeof value === "string") return value.trim();
  }
  return "";
}

/**
 * The operation as sent: its document parsed from the text being sent, and the operation name
 * taken from that document when it holds one operation. (GraphiQL can hand over the name and
 * parsed document of the tab shown before, right after a tab switch; the request, and the
 * choice between HTTP and WebSocket, must follow the text.)
 */
function consistent(params, opts) {
  let document;
  try {
    document = parse(params.query);
  } catch {
    return [params, opts];
  }
  const names = document.definitions
    .filter((definition) => definition.kind === "OperationDefinition")
    .map((definition) => (definition.name ? definition.name.value : undefined));
  const operationName = names.length === 1 ? names[0] : params.operationName;
  return [{ ...params, operationName }, { ...opts, documentAST: document }];
}

/**
 * A fetcher for `httpUrl` and `wsUrl`. One graphql-ws client per Authorization value: a new
 * token opens a new socket (the server authenticates a socket once, at connection_init).
 * `onResult` sees every HTTP result (the page uses it to pick up the token of a login).
 */
export function createCoachgraphFetcher({ httpUrl, wsUrl, onResult }) {
  const fetchers = new Map();

  function fetcherFor(authorization) {
    let fetcher = fetchers.get(authorization);
    if (fetcher === undefined) {
      const wsClient = createClient({
        url: wsUrl,
        connectionParams: authorization ? { authorization } : {},
        lazy: true,
        retryAttempts: 0,
      });
      fetcher = createGraphiQLFetcher({ url: httpUrl, wsClient, enableIncrementalDelivery: false });
      fetchers.set(authorization, fetcher);
    }
    return fetcher;
  }

  return async (sent, shown) => {
    const [params, opts] = consistent(sent, shown);
    const result = await fetcherFor(authorizationOf(opts && opts.headers))(params, opts);
    if (result && typeof result === "object" && "data" in result && onResult) onResult(result);
    return result;
  };
}
