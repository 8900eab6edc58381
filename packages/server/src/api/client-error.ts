import type { Socket } from 'node:net';
import { problem } from './problem.js';

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers past the limit, a client too slow,
 * bytes that are not HTTP), answered as problem documents from the catalog like every other error.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const body =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? problem('headers_too_large', '/', 'the request line and headers exceed 16 KiB')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? problem('request_timeout', '/', 'the request did not arrive in time')
        : problem('bad_request', '/', 'the request is not valid HTTP');
  const json = JSON.stringify(body);
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${body.status} ${body.title}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
    );
  socket.destroy(error);
}
