import { isLocalStage, type Config } from "../../infra/config/env";

/**
 * Which channels and Teams tenants may talk to the assistant. Learners reach it in Microsoft Teams
 * (the university's tenant only) or through the website's Web Chat over Direct Line; the Bot
 * Framework Emulator is a developer tool, accepted only on the loopback server.
 */
export interface ChannelPolicy {
  readonly channels: ReadonlySet<string>;
  /** Lower-case Microsoft Entra tenant ids whose Teams conversations are accepted. */
  readonly teamsTenantIds: ReadonlySet<string>;
}

/** A refusal says what was wrong and what would have been accepted, both safe to show the caller. */
export type ChannelVerdict = { allowed: true } | { allowed: false; error: string; expected: string };

const DEPLOYED_CHANNELS = ["msteams", "directline", "webchat"] as const;
const TEAMS = "msteams";

/** The policy of a configuration: the stage decides the emulator, the tenant list decides Teams. */
export function channelPolicyFromConfig(config: Pick<Config, "STAGE" | "TEAMS_TENANT_IDS" | "MicrosoftAppTenantId">): ChannelPolicy {
  const channels = new Set<string>(DEPLOYED_CHANNELS);
  if (isLocalStage(config)) channels.add("emulator");
  const tenants = config.TEAMS_TENANT_IDS.length > 0 ? config.TEAMS_TENANT_IDS : [config.MicrosoftAppTenantId];
  // With no tenant configured (the anonymous local server) the set is empty and Teams is refused.
  return { channels, teamsTenantIds: new Set(tenants.map((id) => id.trim().toLowerCase()).filter((id) => id !== "")) };
}

/**
 * Checks the activity's channel against the allow-list. Safe before the JWT check: a forged channel
 * id can only get the request refused, and refusing early keeps unused botbuilder validation paths
 * (the ASE channel, whose keys come from a fixed Microsoft URL) out of reach. After the JWT check
 * the channel id is trustworthy, because the signing key must endorse it.
 */
export function checkChannel(policy: ChannelPolicy, channelId: unknown): ChannelVerdict {
  if (typeof channelId === "string" && policy.channels.has(channelId)) return { allowed: true };
  const shown = typeof channelId === "string" ? `"${channelId.slice(0, 40)}"` : "(none)";
  return {
    allowed: false,
    error: `The channel ${shown} is not accepted by this assistant.`,
    expected: `an activity from one of these channels: ${[...policy.channels].join(", ")}`,
  };
}

/**
 * Checks that a Teams activity comes from one of the university's tenants. Only meaningful after the
 * JWT check: before it, `channelData.tenant.id` and `conversation.tenantId` are whatever the caller
 * typed. Both places are read, and every tenant id present must be allowed, so a conversation cannot
 * pass with one good id and one foreign one. Other channels carry no trustworthy tenant: they pass.
 */
export function checkTenant(policy: ChannelPolicy, activity: { channelId?: unknown; channelData?: unknown; conversation?: unknown }): ChannelVerdict {
  if (activity.channelId !== TEAMS) return { allowed: true };
  const found = [tenantOf(activity.channelData, "tenant", "id"), conversationTenant(activity.conversation)].filter(
    (id): id is string | null => id !== undefined,
  );
  const refusal = {
    allowed: false as const,
    expected: "a Teams conversation in the university's Microsoft 365 tenant",
  };
  if (found.length === 0) return { ...refusal, error: "This Teams activity names no tenant (channelData.tenant.id or conversation.tenantId)." };
  if (found.some((id) => id === null || !policy.teamsTenantIds.has(id.toLowerCase()))) {
    return { ...refusal, error: "This Teams conversation belongs to a tenant that is not allowed to use this assistant." };
  }
  return { allowed: true };
}

/** undefined: absent; null: present but not a string (refused); otherwise the id. */
function tenantOf(channelData: unknown, container: string, field: string): string | null | undefined {
  if (!isRecord(channelData) || !(container in channelData)) return undefined;
  const holder = channelData[container];
  if (!isRecord(holder) || !(field in holder)) return null;
  return typeof holder[field] === "string" ? holder[field] : null;
}

function conversationTenant(conversation: unknown): string | null | undefined {
  if (!isRecord(conversation) || !("tenantId" in conversation) || conversation.tenantId === undefined) return undefined;
  return typeof conversation.tenantId === "string" ? conversation.tenantId : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
