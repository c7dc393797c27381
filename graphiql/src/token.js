// The access token of the last login (or token refresh) run in GraphiQL, and who waits for it.
const listeners = new Set();
let current = null;

/** The token a login or refreshToken result carries, or null. */
export function tokenIn(result) {
  const data = result && result.data;
  if (!data || typeof data !== "object") return null;
  for (const field of ["login", "refreshToken"]) {
    const payload = data[field];
    if (payload && typeof payload.accessToken === "string" && payload.accessToken) {
      return payload.accessToken;
    }
  }
  return null;
}

export function publishToken(token) {
  current = token;
  for (const listener of listeners) listener(token);
}

export function currentToken() {
  return current;
}

export function onToken(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
