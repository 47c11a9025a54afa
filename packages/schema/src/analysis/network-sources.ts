import type { Response } from '../response.js';

/**
 * One response in a network analysis, with the key of whoever gave it (a centre, or one scan of it).
 * The analyses return keys, never names, so a caller can show names, numbers ("Centre 4") or nothing.
 */
export interface KeyedResponse {
  key: string;
  response: Response;
}
