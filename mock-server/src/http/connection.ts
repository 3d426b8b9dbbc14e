import type { AppContext } from './define.js';

/** The parts of Node's request and socket this needs (the app also runs where there are none). */
interface NodeRequest {
  complete: boolean;
  socket: LingeringSocket | null;
}
interface LingeringSocket {
  destroyed: boolean;
  destroySoon(): void;
  destroy(): void;
  end(): void;
  resume(): void;
  once(event: 'end' | 'close', listener: () => void): void;
  on(event: 'data', listener: (chunk: { length: number }) => void): void;
}

/** How long, and for how many bytes, an early-answered client may go on sending before the socket is cut. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 1024 * 1024;
const lingering = new WeakSet<object>();

/**
 * An answer given before the request was fully received (a 413 for a too large body, a 401, 403 or
 * 429 before the body was read) closes the connection cleanly: it says `Connection: close`, so the
 * client does not send another request on it, and the socket is half-closed and read to the end
 * rather than destroyed while the client still sends, which would reset the connection and could
 * lose the answer. Only in Node (@hono/node-server passes the request as `incoming`); the pipeline
 * calls it after answering a request that may have a body.
 */
export function closeIfAnsweredEarly(c: AppContext): void {
  const incoming = (c.env as { incoming?: NodeRequest } | undefined)?.incoming;
  if (!incoming || incoming.complete || !incoming.socket) return;
  c.res.headers.set('Connection', 'close');
  lingerOnClose(incoming.socket);
}

/**
 * Node ends a `Connection: close` answer with `socket.destroySoon()`, which destroys the socket as soon
 * as the answer is written. Here it sends FIN instead, keeps reading (and dropping) what the client
 * still sends, and closes once the client is done, after LINGER_MS, or after LINGER_BYTES.
 */
function lingerOnClose(socket: LingeringSocket): void {
  if (lingering.has(socket)) return;
  lingering.add(socket);
  socket.destroySoon = () => {
    if (socket.destroyed) return;
    socket.end();
    socket.resume();
    let bytes = 0;
    const cut = () => {
      if (!socket.destroyed) socket.destroy();
    };
    const timer = setTimeout(cut, LINGER_MS);
    timer.unref?.();
    socket.on('data', (chunk) => {
      bytes += chunk.length;
      if (bytes > LINGER_BYTES) cut();
    });
    socket.once('end', cut);
    socket.once('close', () => clearTimeout(timer));
  };
}
