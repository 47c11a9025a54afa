import type { AnswerLocation, Issue, Response } from '@poolster/schema';
import type { Refusal } from './refusals.js';
import type { StepId } from './steps.js';

/** The details of the events `<poolster-scan>` fires (see its class comment). */

export interface ScanChangeDetail {
  response: Response;
  location: AnswerLocation;
}
export interface ScanStepDetail {
  step: StepId;
  index: number;
  total: number;
}
export interface ScanSubmitDetail {
  response: Response;
}
export interface ScanSubmittedDetail {
  response: Response;
  status?: number;
  body?: unknown;
}
export interface ScanErrorDetail {
  kind: 'instrument' | 'load' | 'value' | 'submit';
  message: string;
  issues: Issue[];
  /** With kind 'submit': the answers the server refused (HTTP 400 with issues), with its messages. */
  refusals?: Refusal[];
}
