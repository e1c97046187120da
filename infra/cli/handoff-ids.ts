import { userInfo } from "node:os";
import { closestIds } from "../../domain/text/edit-distance";

/** A request's id as learners are given it: its date, a dash, 5 letters or digits (261127-K7Q2X). */
const REQUEST_ID = /^\d{6}-[A-Z0-9]{5}$/;

/** The id an advisor typed, in the canonical case; undefined when it is no request id. */
export function readRequestId(typed: string): string | undefined {
  const id = typed.trim().toUpperCase();
  return REQUEST_ID.test(id) ? id : undefined;
}

/** What the inbox's commands say of a typed value that is no request id. */
export function notARequestId(typed: string): string {
  return `"${typed}" is not a request id: ids look like 261127-K7Q2X (date, dash, 5 letters or digits)`;
}

/** The requests' ids closest to a mistyped one (a typo is the likely cause), closest first, then in id order. */
export function closestRequestIds(requests: readonly { id: string }[], id: string, options: { limit?: number; maxDistance?: number } = {}): string[] {
  return closestIds(
    requests.map((request) => request.id),
    id,
    options,
  );
}

/** Who an advisor is when `--by` is not given: ADVISOR_NAME, else the system user. */
export function defaultAdvisor(env: Record<string, string | undefined>): string | undefined {
  if (env.ADVISOR_NAME) return env.ADVISOR_NAME;
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
