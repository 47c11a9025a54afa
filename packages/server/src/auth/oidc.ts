import * as client from 'openid-client';
import type { OidcConfig } from '../config.js';

/** The provider's metadata could not be fetched (yet): the button answers with a page saying so. */
export class OidcUnavailableError extends Error {
  override name = 'OidcUnavailableError';
}

/** A callback that does not complete a sign-in this browser began (the reason is logged, not shown). */
export class OidcRefusedError extends Error {
  override name = 'OidcRefusedError';
  constructor(
    message: string,
    /** `no-address`: the provider signed the person in but gave no usable address (told to the person as such). */
    readonly kind: 'callback' | 'no-address' = 'callback',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** What the ID token says of who signed in, and which claim the address came from. */
export interface OidcIdentity {
  /** Lower-cased. */
  email: string;
  from: 'email' | 'preferred_username';
  subject: string;
}

/** How long one discovery request may take before the button answers that the provider is unreachable. */
const DISCOVERY_TIMEOUT_SECONDS = 5;

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Signing in with an OpenID Connect provider (authorization code flow with PKCE, through openid-client).
 *
 * Discovery starts with the server and does not hold it up: a server whose provider is unreachable
 * starts anyway. Until discovery has worked, each press of the button tries again (one attempt at a
 * time, shared by everyone pressing meanwhile; the rate limit bounds how often), so the provider coming
 * back is noticed at the next press without a restart and without polling it in the background.
 */
export class OidcSignIn {
  private configuration: client.Configuration | undefined;
  private attempt: Promise<client.Configuration> | undefined;

  constructor(
    readonly settings: OidcConfig,
    private readonly log: { info(o: object, msg: string): void; warn(o: object, msg: string): void },
  ) {}

  /** The provider's name, for the button. */
  get name(): string {
    return this.settings.name;
  }

  /** The provider's metadata: discovered once, or tried again now. Rejects with OidcUnavailableError. */
  discover(): Promise<client.Configuration> {
    if (this.configuration) return Promise.resolve(this.configuration);
    this.attempt ??= this.tryDiscovery().finally(() => (this.attempt = undefined));
    return this.attempt;
  }

  private async tryDiscovery(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    try {
      const configuration = await client.discovery(issuer, clientId, clientSecret ? { client_secret: clientSecret } : undefined, clientSecret ? undefined : client.None(), {
        timeout: DISCOVERY_TIMEOUT_SECONDS,
        // http is accepted by the settings only for a provider on loopback (config.ts).
        ...(issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {}),
      });
      this.configuration = configuration;
      this.log.info({ issuer: issuer.href }, 'identity provider discovered');
      return configuration;
    } catch (error) {
      this.log.warn({ issuer: issuer.href, err: error }, 'identity provider not reachable: its sign-in button answers that it is unavailable, and tries again at the next press');
      throw new OidcUnavailableError(`The identity provider at ${issuer.href} could not be discovered.`, { cause: error });
    }
  }

  /** Where to send the browser: the provider's authorization endpoint with this sign-in's checks. */
  async authorizationUrl(redirectUri: string, checks: { state: string; nonce: string; codeVerifier: string }, lang: string): Promise<URL> {
    const configuration = await this.discover();
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
      ui_locales: lang,
    });
  }

  /**
   * Redeems the callback's code (openid-client checks the state, the issuer, the PKCE verifier, the ID
   * token's signature, audience, lifetime and nonce) and reads the person's address from the ID token
   * (or, when it has none, from the userinfo endpoint).
   */
  async identity(callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<OidcIdentity> {
    const configuration = await this.discover();
    let claims: Claims;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        pkceCodeVerifier: checks.codeVerifier,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = idToken;
      // Many providers put the profile claims in the ID token (Microsoft Entra ID does); others keep them
      // for the userinfo endpoint. Asked only when the ID token has no address, and only for the same subject.
      if (typeof idToken.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
        const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        claims = { ...userinfo, ...idToken };
      }
    } catch (error) {
      throw new OidcRefusedError(error instanceof Error ? error.message : String(error), 'callback', { cause: error });
    }
    return addressOf(claims);
  }
}

type Claims = { sub: string } & Record<string, unknown>;

/**
 * The address to match against the registered people. The `email` claim, unless the provider says it is
 * not verified (`email_verified: false`); absent `email_verified` is accepted, since Microsoft Entra ID
 * leaves it out while its addresses are set by the tenant's administrators, not by the users. Without an
 * `email` claim (Entra sends it only when configured), `preferred_username` when it is an address: in a
 * Microsoft 365 tenant that is the user principal name, which is the person's mail address in most
 * tenants and, again, set by the administrators. Which claim was used is logged.
 */
export function addressOf(claims: Claims): OidcIdentity {
  const subject = claims.sub;
  if (typeof claims.email === 'string' && claims.email.trim() !== '') {
    if (claims.email_verified === false) throw new OidcRefusedError('the provider says the address is not verified (email_verified: false)', 'no-address');
    return { email: claims.email.trim().toLowerCase(), from: 'email', subject };
  }
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username.trim() : '';
  if (ADDRESS.test(username)) return { email: username.toLowerCase(), from: 'preferred_username', subject };
  throw new OidcRefusedError('the ID token holds no e-mail address (neither email nor an address in preferred_username)', 'no-address');
}
