import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import { AppCredentials, type AuthenticatorResult, type ServiceClientCredentials } from "botframework-connector";

/**
 * The bot's outbound credentials, fetched from the local identity provider's token endpoint with a
 * plain client-credentials request. Production uses MSAL against login.microsoftonline.com, which
 * insists on HTTPS and on Microsoft's instance discovery: unusable offline. Everything inbound
 * (isValidAppId, the audience check; isAuthenticationDisabled) stays botbuilder's own, inherited.
 */
export class LoopbackCredentialsFactory extends ConfigurationServiceClientCredentialFactory {
  constructor(private readonly settings: { MicrosoftAppId: string; MicrosoftAppPassword: string; MicrosoftAppTenantId: string }) {
    super({ ...settings, MicrosoftAppType: "SingleTenant" });
  }

  override async createCredentials(appId: string, audience: string, loginEndpoint: string): Promise<ServiceClientCredentials> {
    if (!(await this.isValidAppId(appId))) throw new Error("Invalid appId.");
    // loginEndpoint is the configuration's BOT_AUTH_LOGIN_URL, as botbuilder passes it on.
    return new LoopbackAppCredentials(appId, this.settings.MicrosoftAppPassword, `${loginEndpoint}/oauth2/v2.0/token`, audience);
  }
}

class LoopbackAppCredentials extends AppCredentials {
  constructor(
    appId: string,
    private readonly password: string,
    private readonly tokenEndpoint: string,
    scope: string,
  ) {
    super(appId, undefined, scope);
  }

  protected override async refreshToken(): Promise<AuthenticatorResult> {
    const response = await fetch(this.tokenEndpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: this.appId,
        client_secret: this.password,
        scope: `${this.oAuthScope}/.default`,
      }),
    });
    if (!response.ok) throw new Error(`Token endpoint answered ${response.status}`);
    const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
    return { accessToken: access_token, expiresOn: new Date(Date.now() + expires_in * 1000) };
  }
}
