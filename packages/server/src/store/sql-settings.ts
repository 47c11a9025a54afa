import { DEFAULT_SETTINGS, SHARE_LEVELS, type NetworkSettings, type SettingsStore } from './settings.js';
import type { SqlRunner } from './sql-store-base.js';

/** The settings table: one row per setting set, the others at their default. */
export class SqlSettings implements SettingsStore {
  constructor(private readonly sql: SqlRunner) {}

  get(): Promise<NetworkSettings> {
    return this.sql.run('read the settings', async () => {
      const rows = await this.sql.db.query<{ key: string; value: unknown }>('SELECT key, value FROM settings');
      return fromRows(rows);
    });
  }

  put(change: Partial<NetworkSettings>): Promise<NetworkSettings> {
    return this.sql.run('store the settings', async () => {
      await this.sql.db.checkWritable();
      const entries = Object.entries(change).filter(([, value]) => value !== undefined);
      for (const [key, value] of entries) {
        await this.sql.db.query('INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [
          key,
          JSON.stringify(value),
        ]);
      }
      return fromRows(await this.sql.db.query<{ key: string; value: unknown }>('SELECT key, value FROM settings'));
    });
  }
}

/** Known settings with a value this code understands; anything else keeps its default. */
function fromRows(rows: Array<{ key: string; value: unknown }>): NetworkSettings {
  const settings: NetworkSettings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    // The engines hand jsonb back parsed; a string here is the setting's value itself.
    if (key === 'shareNetworkWide' && (SHARE_LEVELS as readonly unknown[]).includes(value)) settings.shareNetworkWide = value as NetworkSettings['shareNetworkWide'];
  }
  return settings;
}
