/**
 * A CONNECT proxy on loopback that sends every tunnel to one local port:
 * for Firefox, which has no `--host-resolver-rules`, the way to reach the
 * demo ENT and the fixture sites under their real-looking names (the
 * browser asks the proxy for ent.lycee-demo.fr:443; the tunnel ends at the
 * local HTTPS server, which routes on the Host header). Loopback only.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

export interface LoopbackProxy {
  port: number;
  /** Host names the browser asked for, in order (what the tests reached). */
  asked: string[];
  close(): Promise<void>;
}

export async function startLoopbackProxy(targetPort: number): Promise<LoopbackProxy> {
  const asked: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' }).end('CONNECT only');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    asked.push((req.url ?? '').replace(/:\d+$/, ''));
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
      s.on('close', () => sockets.delete(s));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: no port');
  return {
    port: address.port,
    asked,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
