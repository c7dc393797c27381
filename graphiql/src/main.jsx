// coachgraph's GraphiQL page: everything it needs is bundled here and served by the server.
import { useEditorContext } from "@graphiql/react";
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { GraphiQL } from "graphiql";
import { useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
import { createCoachgraphFetcher, authorizationOf } from "./fetcher.js";
import { currentToken, onToken, publishToken, tokenIn } from "./token.js";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./page.css";

const config = JSON.parse(document.getElementById("coachgraph-graphiql-config").textContent);
const endpoint = new URL(config.endpoint, window.location.href);
const socket = new URL(endpoint);
socket.protocol = endpoint.protocol === "https:" ? "wss:" : "ws:";

const fetcher = createCoachgraphFetcher({
  httpUrl: endpoint.toString(),
  wsUrl: socket.toString(),
  onResult: (result) => {
    const token = tokenIn(result);
    if (token) publishToken(token);
  },
});

function parsedHeaders(text) {
  try {
    const value = JSON.parse(text || "{}");
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

// After a login, its token goes into the Headers of the tab where the login ran, and of each
// tab opened afterwards whose Headers have no Authorization yet.
function TokenIntoHeaders() {
  const editor = useEditorContext({ nonNull: true });
  const { headerEditor, tabs, activeTabIndex } = editor;
  const activeTab = tabs[activeTabIndex] ? tabs[activeTabIndex].id : null;
  const activeRef = useRef(activeTab);
  activeRef.current = activeTab;
  const [session, setSession] = useState({ token: currentToken(), tab: null });
  useEffect(() => onToken((token) => setSession({ token, tab: activeRef.current })), []);
  useEffect(() => {
    const { token, tab } = session;
    if (!token || !headerEditor) return undefined;
    const timer = window.setTimeout(() => {
      const headers = parsedHeaders(headerEditor.getValue());
      const present = headers === null ? "" : authorizationOf(headers);
      if (headers === null || present === `Bearer ${token}` || (present && activeTab !== tab)) return;
      const updated = { ...withoutAuthorization(headers), Authorization: `Bearer ${token}` };
      headerEditor.setValue(JSON.stringify(updated, null, 2));
    }, 0);
    return () => window.clearTimeout(timer);
  }, [session, headerEditor, activeTab]);
  return <span className="coachgraph-session">{session.token ? config.signedIn : config.hint}</span>;
}

function withoutAuthorization(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"));
}

const explorer = explorerPlugin();

// GraphiQL opens the tour's first tab without its variables (it reads them from storage only):
// on a first visit, they are given to it directly.
function firstVisit() {
  try {
    return window.localStorage.getItem("graphiql:tabState") === null;
  } catch {
    return true;
  }
}
const initialVariables = firstVisit() ? config.tabs[0].variables : undefined;

function Page() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={config.tabs}
      variables={initialVariables}
      plugins={[explorer]}
      isHeadersEditorEnabled
      defaultEditorToolsVisibility
      shouldPersistHeaders={false}
      inputValueDeprecation
    >
      <GraphiQL.Logo>coachgraph</GraphiQL.Logo>
      <GraphiQL.Footer>
        <TokenIntoHeaders />
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

createRoot(document.getElementById("graphiql")).render(<Page />);
