import { randomUUID } from "node:crypto";
import type { APIGatewayProxyEventV2 } from "aws-lambda";

/** A message activity as a channel sends it, asking for the replies in the response body. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: randomUUID(),
    text,
    channelId: "emulator",
    serviceUrl: "http://127.0.0.1:9",
    deliveryMode: "expectReplies",
    conversation: { id: "conv-default" },
    from: { id: "learner-1", name: "Learner" },
    recipient: { id: "ue-advisor", name: "ue-advisor" },
    locale: "fr-FR",
    ...overrides,
  };
}

/** An API Gateway HTTP API (payload v2) event for POST /api/messages. */
export function httpApiEvent(body: string | undefined, options: { base64?: boolean; method?: string; headers?: Record<string, string> } = {}): APIGatewayProxyEventV2 {
  const encoded = body !== undefined && options.base64 ? Buffer.from(body, "utf8").toString("base64") : body;
  return {
    version: "2.0",
    routeKey: "POST /api/messages",
    rawPath: "/api/messages",
    rawQueryString: "",
    headers: { "content-type": "application/json", ...options.headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "example.execute-api.eu-west-3.amazonaws.com",
      domainPrefix: "example",
      http: { method: options.method ?? "POST", path: "/api/messages", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "test" },
      requestId: randomUUID(),
      routeKey: "POST /api/messages",
      stage: "$default",
      time: new Date().toISOString(),
      timeEpoch: Date.now(),
    },
    body: encoded,
    isBase64Encoded: Boolean(options.base64),
  };
}

/** The texts of the replies in an expectReplies response body. */
export function replyTexts(body: string): string[] {
  const parsed = JSON.parse(body) as { activities?: { text?: string }[] };
  return (parsed.activities ?? []).map((activity) => activity.text ?? "");
}
