// What every request goes through before its handler: the protocol's rules the library leaves
// to the server. A request whose params are null (or not an object) is answered InvalidParams
// instead of failing deep inside a handler as an internal error; after `shutdown` every request
// but `exit` is refused with InvalidRequest, as the protocol asks. Both are done by rerouting
// the message to a handler that answers the error (registered by ThesislintServer.listen), so
// the answer goes through the connection like any other.
import { ErrorCodes, ResponseError, type Connection, type Message, type MessageStrategy } from 'vscode-languageserver/node';

const INVALID_PARAMS = 'thesislint/$invalidParams';
const AFTER_SHUTDOWN = 'thesislint/$afterShutdown';

/** Requests that need no params object. */
const WITHOUT_PARAMS = new Set(['shutdown', 'thesislint/report']);

const PROTOCOL_METHOD =
  /^(?:initialize|textDocument\/.+|workspace\/.+|notebookDocument\/.+|completionItem\/resolve|codeAction\/resolve|codeLens\/resolve|documentLink\/resolve|inlayHint\/resolve|workspaceSymbol\/resolve|callHierarchy\/.+|typeHierarchy\/.+)$/;

interface RequestLike {
  jsonrpc: string;
  id?: number | string | null;
  method?: string;
  params?: unknown;
}

export function requestGuard(): MessageStrategy {
  let shutdown = false;
  return {
    handleMessage(message: Message, next: (message: Message) => void): void {
      const m = message as RequestLike;
      if (typeof m.method !== 'string' || m.method.startsWith('$/')) return next(message);
      const request = m.id !== undefined && m.id !== null;
      if (request && shutdown) return next({ ...m, method: AFTER_SHUTDOWN, params: { method: m.method } } as Message);
      if (request && m.method === 'shutdown') shutdown = true;
      const params = m.params;
      const object = typeof params === 'object' && params !== null && !Array.isArray(params);
      // Only the protocol's own methods are known to need params; anything else is left to the
      // connection (an unknown method is MethodNotFound whatever its params).
      if (object || WITHOUT_PARAMS.has(m.method) || !PROTOCOL_METHOD.test(m.method)) return next(message);
      // A notification cannot be answered: one about documents without its params is dropped.
      if (!request) {
        if (!PROTOCOL_METHOD.test(m.method)) next(message);
        return;
      }
      next({ ...m, method: INVALID_PARAMS, params: { method: m.method } } as Message);
    },
  };
}

/** The handlers the rerouted requests reach. */
export function registerRequestGuard(connection: Connection): void {
  connection.onRequest(INVALID_PARAMS, (params: { method: string }) => {
    throw new ResponseError(ErrorCodes.InvalidParams, `${params.method}: params must be an object.`);
  });
  connection.onRequest(AFTER_SHUTDOWN, (params: { method: string }) => {
    throw new ResponseError(ErrorCodes.InvalidRequest, `${params.method}: the server is shutting down.`);
  });
}
