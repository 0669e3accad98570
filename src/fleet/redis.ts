import { Redis } from 'ioredis';
import { FleetUnavailableError, UsageError } from '../core/errors.js';

/** Where the fleet's queue is: the URL as given (with any password), and as it may be shown (without). */
export interface QueueAddress {
  readonly url: string;
  readonly shown: string;
}

/** The queue's keys in Redis: BullMQ's under this prefix, and the results beside them. */
export const QUEUE_PREFIX = 'whosaid';
export const QUEUE_NAME = 'batches';

/** `redis://[user:password@]host:port[/db]` or `rediss://` (TLS); anything else is a UsageError. */
export function queueAddress(text: string): QueueAddress {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--queue expects redis://HOST:PORT or rediss://USER:PASSWORD@HOST:PORT, got "${hidden(text)}"`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new UsageError(`--queue expects a redis:// or rediss:// URL, got a ${url.protocol} one`);
  if (url.hostname === '') throw new UsageError('--queue expects a host: redis://HOST:PORT');
  const user = url.username === '' ? '' : `${decodeURIComponent(url.username)}@`;
  return { url: text, shown: `${url.protocol}//${user}${url.host}${url.pathname === '/' ? '' : url.pathname}` };
}

/** Text with anything that looks like the password of a URL in it replaced. */
function hidden(text: string): string {
  return text.replace(/(\/\/[^:/@]*:)[^@]*@/u, '$1***@');
}

/** How long a first connection may take before the run gives up, and how long a lost one is retried. */
const CONNECT_TIMEOUT_MS = 5_000;
const RECONNECT_ATTEMPTS = 20;

/**
 * A connection to the fleet's Redis, checked at once: a Redis that cannot be reached or refuses the password is
 * one line (exit 2) that names it without its password. A connection lost later is retried for about half a
 * minute, then `onLost` is told. TLS comes with `rediss://`; a private CA is given the Node way, in
 * NODE_EXTRA_CA_CERTS.
 */
export async function connectRedis(address: QueueAddress, name: string, onLost: (error: FleetUnavailableError) => void = () => undefined): Promise<Redis> {
  let connected = false;
  const redis = new Redis(address.url, {
    lazyConnect: true,
    connectionName: name.replace(/\s+/gu, '-'),
    connectTimeout: CONNECT_TIMEOUT_MS,
    // BullMQ's blocking commands must wait for a reconnection rather than fail.
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => (connected && attempt <= RECONNECT_ATTEMPTS ? Math.min(attempt * 250, 2_000) : null),
  });
  let lastError = '';
  // Errors surface through the commands that meet them; without a listener ioredis prints each one.
  redis.on('error', (error: Error) => void (lastError = error.message));
  redis.on('end', () => {
    if (connected) onLost(lostConnection(address, lastError));
  });
  try {
    await redis.connect();
    await redis.ping();
    connected = true;
    return redis;
  } catch (error) {
    redis.disconnect();
    // The error of the connection (a refused port, a certificate not trusted) says more than the command's.
    const reason = hidden(lastError === '' ? (error as Error).message : lastError);
    throw new FleetUnavailableError(`cannot reach Redis at ${address.shown} (${reason}); start it, or check the address and password of --queue`, { cause: error });
  }
}

/** The error that ends a run whose Redis went away, with the last error of the connection when there was one. */
export function lostConnection(address: QueueAddress, reason = ''): FleetUnavailableError {
  return new FleetUnavailableError(`lost the connection to Redis at ${address.shown}${reason === '' ? '' : ` (${hidden(reason)})`}; what was committed is kept, run again when it is back`);
}
