import './jitless.js';
import { z } from 'zod';
import { Response } from './response.js';

/** The `format` of a draft envelope: what tells a draft apart from any other JSON a URL may answer. */
export const DRAFT_FORMAT = 'poolster-draft';
/** The envelope's own version (not the response's `schemaVersion`): 1 today. */
export const DRAFT_ENVELOPE_VERSION = 1;
/** The most characters of `step`: an id of a scan step is far shorter; a longer value is not one. */
export const DRAFT_STEP_MAX_LENGTH = 200;

const Timestamp = z.iso.datetime({ offset: true });

/**
 * A scan in progress as it travels between the scan and the place that keeps the centre's draft (the
 * server, or a portal's own backend): the response with status `draft`, with when and where the team
 * left it. The response is the same document that is sent in the end, so a draft needs no conversion.
 */
export const DraftEnvelope = z
  .strictObject({
    format: z.literal(DRAFT_FORMAT),
    version: z.literal(DRAFT_ENVELOPE_VERSION),
    savedAt: Timestamp.meta({ description: 'When the client wrote the draft (ISO 8601, set by the client).' }),
    step: z
      .string()
      .max(DRAFT_STEP_MAX_LENGTH)
      .optional()
      .meta({ description: 'The id of the scan step the team was on, so the next sitting opens there.' }),
    savedBy: z
      .string()
      .max(1000)
      .optional()
      .meta({ description: 'The name of the person who saved the draft: set by the server on reads, ignored on writes.' }),
    // The response schema as it is, plus the one thing a draft adds: its status.
    response: z
      .intersection(Response, z.object({ status: z.literal('draft') }))
      .meta({ description: 'The answers so far: a Response with status "draft".' }),
  })
  .meta({ id: 'DraftEnvelope', description: 'A scan in progress, kept for the team between sittings.' });

export type DraftEnvelope = z.infer<typeof DraftEnvelope>;
