import { createHash, randomUUID } from 'node:crypto';
import type { Response } from '@poolster/schema';
import type { NewResponse } from '../../src/store/store.js';

export interface RecordOptions {
  id?: string;
  centre?: string;
  instrumentId?: string;
  instrumentVersion?: string;
  submittedAt?: string;
  status?: 'draft' | 'submitted';
  /** A free-text answer: different texts give different answers hashes. */
  note?: string;
}

/** A small response as the scan sends it, and the record the server would store for it. */
export function makeRecord(options: RecordOptions = {}): NewResponse {
  const id = options.id ?? randomUUID();
  const submittedAt = options.submittedAt ?? '2026-03-02T10:00:00.000Z';
  const status = options.status ?? 'submitted';
  const response: Response = {
    schemaVersion: 1,
    id,
    instrumentId: options.instrumentId ?? 'go-clb',
    instrumentVersion: options.instrumentVersion ?? '1.0.0',
    lang: 'nl',
    status,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: submittedAt,
    ...(status === 'submitted' ? { submittedAt } : {}),
    context: { 'centre-name': { text: options.centre ?? 'CLB Test' } },
    blocks: { 'b-1': { 'current-stage': { choice: 'planned', comment: options.note ?? 'Op weg.' } } },
    final: {},
  };
  return withResponse(response, options.centre ?? 'CLB Test');
}

/** The record for a given response (its columns taken from it, its answers hashed as the server does). */
export function withResponse(response: Response, centre: string): NewResponse {
  return {
    id: response.id,
    instrumentId: response.instrumentId,
    instrumentVersion: response.instrumentVersion,
    centre,
    submittedAt: response.submittedAt ?? response.updatedAt,
    response,
    answersHash: answersHash(response),
  };
}

/** A hash of the answers only (not the time stamps a retry sets again). */
export function answersHash(response: Response): string {
  return createHash('sha256').update(JSON.stringify([response.context, response.blocks, response.final, response.setAside ?? []])).digest('hex');
}

/** The same record with other answers (same id): a conflict when stored after it. */
export function withOtherAnswers(record: NewResponse, note: string): NewResponse {
  const response: Response = {
    ...record.response,
    blocks: { 'b-1': { 'current-stage': { choice: 'planned', comment: note } } },
  };
  return { ...record, response, answersHash: answersHash(response) };
}

/** The same answers sent again later (a retry): other time stamps, the same answers hash. */
export function retried(record: NewResponse, at: string): NewResponse {
  const response: Response = { ...record.response, updatedAt: at, submittedAt: at };
  return { ...record, submittedAt: at, response, answersHash: answersHash(response) };
}
