import { createHmac, generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for Microsoft's identity services, on loopback, with real RSA keys:
 * - the Bot Connector's OpenID metadata and JWKS (each key with its `endorsements`: the channels it
 *   may sign for), which botbuilder fetches to check inbound tokens;
 * - an Emulator/Entra-style OpenID metadata and JWKS (keys without endorsements);
 * - a client-credentials token endpoint under `/{tenant}`, where the bot gets its outbound token.
 * Tokens are signed with node:crypto (RS256), so every check botbuilder makes runs for real.
 */
export interface LocalIdentityProvider {
  /** http://127.0.0.1:port */
  url: string;
  /** The issuer of channel tokens (the test's "https://api.botframework.com"). */
  channelIssuer: string;
  channelMetadataUrl: string;
  emulatorMetadataUrl: string;
  /** The outbound login URL (botbuilder's ToChannelFromBotLoginUrl): `${url}/${tenantId}`. */
  loginUrl: string;
  /**
   * The bot's configuration against this provider: its app id, tenant and password, and the
   * endpoint overrides that make it trust this provider's keys and get its tokens here.
   */
  botEnv: Record<string, string>;
  keys: Record<KeyName, SigningKey>;
  /** Requests served, by path, to tell whether botbuilder really fetched the keys. */
  served: string[];
  /** Outbound tokens issued by the token endpoint. */
  issuedTokens: string[];
  signChannelToken(claims: Record<string, unknown>, options?: SignOptions): string;
  /** Verifies a token this provider issued (RS256 with a published key); returns its claims or undefined. */
  verifyIssued(token: string): Record<string, unknown> | undefined;
  close(): Promise<void>;
}

export type KeyName = "channel" | "webchatOnly" | "emulator" | "unpublished";

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  endorsements?: string[];
}

export interface SignOptions {
  key?: KeyName;
  /** Overrides the header's kid (e.g. a kid nobody published). */
  kid?: string;
  /** "none": no signature; "HS256": an HMAC keyed with the public key's PEM (the classic confusion attack). */
  alg?: "RS256" | "HS256" | "none";
}

const ALL_CHANNELS = ["msteams", "webchat", "directline", "emulator", "AseChannel"];

export async function startIdentityProvider(options: { appId: string; appPassword: string; tenantId: string }): Promise<LocalIdentityProvider> {
  const keys: Record<KeyName, SigningKey> = {
    channel: newKey("channel-key", ALL_CHANNELS),
    webchatOnly: newKey("webchat-only-key", ["webchat"]),
    emulator: newKey("emulator-key"),
    unpublished: newKey("unpublished-key", ALL_CHANNELS),
  };
  const served: string[] = [];
  const issuedTokens: string[] = [];
  let url = "";

  const jwks = (names: KeyName[]) => ({
    keys: names.map((name) => {
      const key = keys[name];
      const { n, e } = key.publicKey.export({ format: "jwk" });
      return { kty: "RSA", use: "sig", kid: key.kid, n, e, ...(key.endorsements ? { endorsements: key.endorsements } : {}) };
    }),
  });

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    served.push(`${req.method} ${path}`);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && path === "/v1/.well-known/openidconfiguration") {
      return send(200, { issuer: `${url}/channel`, jwks_uri: `${url}/v1/keys`, id_token_signing_alg_values_supported: ["RS256"] });
    }
    if (req.method === "GET" && path === "/v1/keys") return send(200, jwks(["channel", "webchatOnly"]));
    if (req.method === "GET" && path === "/emulator/.well-known/openid-configuration") {
      return send(200, { issuer: `${url}/emulator`, jwks_uri: `${url}/emulator/keys` });
    }
    if (req.method === "GET" && path === "/emulator/keys") return send(200, jwks(["emulator"]));
    if (req.method === "POST" && path === `/${options.tenantId}/oauth2/v2.0/token`) {
      readForm(req).then((form) => {
        if (form.get("grant_type") !== "client_credentials" || form.get("client_id") !== options.appId || form.get("client_secret") !== options.appPassword) {
          return send(401, { error: "invalid_client" });
        }
        const now = Math.floor(Date.now() / 1000);
        const token = signJwt(
          {
            iss: `https://sts.windows.net/${options.tenantId}/`,
            aud: (form.get("scope") ?? "").replace(/\/\.default$/, ""),
            appid: options.appId,
            tid: options.tenantId,
            ver: "1.0",
            iat: now,
            nbf: now,
            exp: now + 3600,
          },
          keys.emulator,
        );
        issuedTokens.push(token);
        return send(200, { token_type: "Bearer", expires_in: 3600, ext_expires_in: 3600, access_token: token });
      }, () => send(400, { error: "invalid_request" }));
      return;
    }
    send(404, { error: "not_found" });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const endpoints = {
    channelIssuer: `${url}/channel`,
    channelMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    emulatorMetadataUrl: `${url}/emulator/.well-known/openid-configuration`,
    // Outbound tokens would come from here: MSAL refuses a plain-http authority, so nothing leaves the machine.
    loginUrl: `${url}/${options.tenantId}`,
  };
  return {
    url,
    ...endpoints,
    botEnv: {
      MicrosoftAppId: options.appId,
      MicrosoftAppTenantId: options.tenantId,
      MicrosoftAppPassword: options.appPassword,
      BOT_AUTH_OPENID_METADATA_URL: endpoints.channelMetadataUrl,
      BOT_AUTH_EMULATOR_OPENID_METADATA_URL: endpoints.emulatorMetadataUrl,
      BOT_AUTH_LOGIN_URL: endpoints.loginUrl,
      BOT_AUTH_TOKEN_ISSUER: endpoints.channelIssuer,
    },
    keys,
    served,
    issuedTokens,
    signChannelToken: (claims, signOptions = {}) => signJwt(claims, keys[signOptions.key ?? "channel"], signOptions),
    verifyIssued: (token) => verifyJwt(token, keys.emulator.publicKey),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function newKey(kid: string, endorsements?: string[]): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid: `${kid}-${randomUUID().slice(0, 8)}`, privateKey, publicKey, endorsements };
}

/** A compact JWS, signed with node:crypto. */
export function signJwt(claims: Record<string, unknown>, key: SigningKey, options: SignOptions = {}): string {
  const alg = options.alg ?? "RS256";
  const header = { alg, typ: "JWT", kid: options.kid ?? key.kid };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`;
  if (alg === "none") return `${input}.`;
  if (alg === "HS256") {
    const secret = key.publicKey.export({ type: "spki", format: "pem" });
    return `${input}.${createHmac("sha256", secret).update(input).digest("base64url")}`;
  }
  return `${input}.${sign("sha256", Buffer.from(input), key.privateKey).toString("base64url")}`;
}

function verifyJwt(token: string, publicKey: KeyObject): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split(".");
  if (!header || !payload || !signature) return undefined;
  const { alg } = JSON.parse(Buffer.from(header, "base64url").toString("utf8")) as { alg?: string };
  if (alg !== "RS256" || !verify("sha256", Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, "base64url"))) return undefined;
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => done(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", fail);
  });
}
