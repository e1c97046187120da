import { z } from "zod/v4";

/**
 * Direct Line 3.0's token generation: exchanges the channel's secret for a token that opens one
 * conversation, with the user id bound into it. With the channel's enhanced authentication on,
 * Direct Line writes that id into every activity's from.id, so the client cannot pose as another user.
 */
export interface DirectLineTokenRequest {
  /** e.g. https://directline.botframework.com/v3/directline */
  endpoint: string;
  secret: string;
  userId: string;
  trustedOrigins: readonly string[];
  timeoutMs: number;
}

export type DirectLineToken = { ok: true; token: string; conversationId: string; expiresIn: number } | { ok: false; reason: string };

const generated = z.looseObject({ token: z.string().min(1), conversationId: z.string().min(1), expires_in: z.number().int().positive() });

export async function generateDirectLineToken(request: DirectLineTokenRequest): Promise<DirectLineToken> {
  return tokenCall(`${request.endpoint.replace(/\/+$/, "")}/tokens/generate`, request.secret, request.timeoutMs, {
    user: { id: request.userId },
    ...(request.trustedOrigins.length > 0 ? { trustedOrigins: request.trustedOrigins } : {}),
  });
}

export interface DirectLineRefreshRequest {
  endpoint: string;
  /** The conversation's current token, not yet expired: Direct Line refreshes no other. */
  token: string;
  timeoutMs: number;
}

/**
 * Direct Line 3.0's token refresh: a new token for the same conversation and the same user, from a
 * token that has not expired. With enhanced authentication, this is the only way back into an
 * existing conversation (the secret cannot reconnect to a conversation bound to a user id).
 */
export async function refreshDirectLineToken(request: DirectLineRefreshRequest): Promise<DirectLineToken> {
  return tokenCall(`${request.endpoint.replace(/\/+$/, "")}/tokens/refresh`, request.token, request.timeoutMs);
}

/**
 * The conversation and user a Direct Line token is bound to, read from its claims (`conv`, `user`),
 * as Web Chat reads them. Not a verification: only for a token just received from Direct Line itself.
 */
export function directLineTokenClaims(token: string): { conv?: string; user?: string } | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    return {
      ...(typeof claims.conv === "string" ? { conv: claims.conv } : {}),
      ...(typeof claims.user === "string" ? { user: claims.user } : {}),
    };
  } catch {
    return undefined;
  }
}

async function tokenCall(url: string, bearer: string, timeoutMs: number, payload?: object): Promise<DirectLineToken> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json", accept: "application/json" },
      ...(payload ? { body: JSON.stringify(payload) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : `unreachable (${name})` };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, reason: `HTTP ${response.status}` };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, reason: "an answer that is not JSON" };
  }
  const parsed = generated.safeParse(body);
  if (!parsed.success) return { ok: false, reason: "an answer without token, conversationId and expires_in" };
  return { ok: true, token: parsed.data.token, conversationId: parsed.data.conversationId, expiresIn: parsed.data.expires_in };
}
