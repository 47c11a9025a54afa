/** What a network decides for all its centres, kept in the database and changed by the network admin. */

/**
 * What centre members and school-group viewers see of the centres outside their own scope on the
 * dashboard: nothing; those centres' latest placements under neutral labels ("Centre 1") without any
 * free text; or the same under the centres' names. The network admin always sees everything.
 */
export const SHARE_LEVELS = ['nothing', 'anonymous', 'named'] as const;
export type ShareLevel = (typeof SHARE_LEVELS)[number];

export interface NetworkSettings {
  shareNetworkWide: ShareLevel;
}

/** What a network that never chose shares: nothing beyond each reader's own scope. */
export const DEFAULT_SETTINGS: NetworkSettings = { shareNetworkWide: 'nothing' };

export interface SettingsStore {
  /** The settings, each one its default until set. */
  get(): Promise<NetworkSettings>;
  /** Stores the settings given (the others stay as they are); the settings as they are now. */
  put(change: Partial<NetworkSettings>): Promise<NetworkSettings>;
}
