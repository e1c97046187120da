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
  let response: Response;
  try {
    response = await fetch(`${request.endpoint.replace(/\/+$/, "")}/tokens/generate`, {
      method: "POST",
      headers: { authorization: `Bearer ${request.secret}`, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ user: { id: request.userId }, ...(request.trustedOrigins.length > 0 ? { trustedOrigins: request.trustedOrigins } : {}) }),
      signal: AbortSignal.timeout(request.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === "TimeoutError" ? `no answer within ${request.timeoutMs} ms` : `unreachable (${name})` };
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
