import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ConnectorCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

/**
 * A Bot Connector on loopback: the serviceUrl of the tests' activities. It records every request the
 * bot makes (a reply is a POST to /v3/conversations/{id}/activities/{replyToId}) and answers like the
 * real service, so a reply sent with normal delivery arrives here and can be counted.
 */
export interface FakeConnector {
  /** The serviceUrl to put in activities and in the tokens' serviceurl claim. */
  serviceUrl: string;
  calls: ConnectorCall[];
  close(): Promise<void>;
}

/** `status` lets a test make the connector fail (a channel outage): every request is answered with it. */
export async function startFakeConnector(options: { status?: number } = {}): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: Record<string, unknown> = {};
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        body = { unparsable: text };
      }
      calls.push({ method: req.method ?? "", path: req.url ?? "", authorization: req.headers.authorization, body });
      const status = options.status ?? 200;
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(status < 300 ? { id: `reply-${calls.length}` } : { error: { code: "ServiceError", message: "The channel is unavailable." } }));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  return {
    serviceUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    calls,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
