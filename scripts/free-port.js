// A TCP port free on 127.0.0.1 right now: the system picks one for a moment, then it is given back for the caller.
import { createServer } from 'node:net';

/** Resolves to a port nothing listens on at 127.0.0.1. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
