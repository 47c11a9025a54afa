// Generated from custom-elements.json by packages/elements/scripts/generate-framework-typings.ts (npm run analyze). Do not edit.
import type { PoolsterBlockPick, PoolsterBlockRanking, PoolsterChoiceGroup, PoolsterCompare, PoolsterErrorSummary, PoolsterProgressNav, PoolsterReport, PoolsterScan, PoolsterStagePicker } from '../dist/index.js';
import type { PoolsterRound, PoolsterVote } from '../dist/rounds.js';

/** An event as the page types it (`HTMLElementEventMap`), or a plain CustomEvent where it is not typed there. */
export type PoolsterEvent<K extends string> = K extends keyof HTMLElementEventMap ? HTMLElementEventMap[K] : CustomEvent<unknown>;

/** Per tag: the element class, the public properties a framework may set, and the events it fires. */
export interface PoolsterElements {
  'poolster-block-pick': {
    element: PoolsterBlockPick;
    properties: Partial<Pick<PoolsterBlockPick, 'blocks' | 'disabled' | 'error' | 'hint' | 'lang' | 'legend' | 'max' | 'name' | 'none' | 'noneLabel' | 'readonly' | 'required' | 'value'>>;
    attributes: { 'none-label'?: string };
    events: { 'poolster-answer': PoolsterEvent<'poolster-answer'> };
  };
  'poolster-block-ranking': {
    element: PoolsterBlockRanking;
    properties: Partial<Pick<PoolsterBlockRanking, 'blocks' | 'disabled' | 'error' | 'hint' | 'lang' | 'legend' | 'max' | 'min' | 'name' | 'readonly' | 'required' | 'slotLabel' | 'value'>>;
    attributes: { 'slot-label'?: string };
    events: { 'poolster-answer': PoolsterEvent<'poolster-answer'> };
  };
  'poolster-choice-group': {
    element: PoolsterChoiceGroup;
    properties: Partial<Pick<PoolsterChoiceGroup, 'disabled' | 'error' | 'hint' | 'lang' | 'legend' | 'multiple' | 'name' | 'note' | 'options' | 'otherError' | 'otherLabel' | 'otherMaxLength' | 'otherText' | 'readonly' | 'required' | 'value'>>;
    attributes: { 'other-error'?: string; 'other-label'?: string; 'other-max-length'?: string; 'other-text'?: string };
    events: { 'poolster-answer': PoolsterEvent<'poolster-answer'> };
  };
  'poolster-compare': {
    element: PoolsterCompare;
    properties: Partial<Pick<PoolsterCompare, 'anonymous' | 'cluster' | 'earlier' | 'entries' | 'group' | 'instrument' | 'lang' | 'priority' | 'sort' | 'sortBlock' | 'sortDirection' | 'stage' | 'stageBlock' | 'view'>>;
    attributes: { 'sort-block'?: string; 'sort-direction'?: string; 'stage-block'?: string };
    events: { 'poolster-error': PoolsterEvent<'poolster-error'>; 'poolster-view': PoolsterEvent<'poolster-view'> };
  };
  'poolster-error-summary': {
    element: PoolsterErrorSummary;
    properties: Partial<Pick<PoolsterErrorSummary, 'errors' | 'heading' | 'lang'>>;
    attributes: {};
    events: { 'poolster-error-select': PoolsterEvent<'poolster-error-select'> };
  };
  'poolster-progress-nav': {
    element: PoolsterProgressNav;
    properties: Partial<Pick<PoolsterProgressNav, 'current' | 'label' | 'lang' | 'steps'>>;
    attributes: {};
    events: { 'poolster-navigate': PoolsterEvent<'poolster-navigate'> };
  };
  'poolster-report': {
    element: PoolsterReport;
    properties: Partial<Pick<PoolsterReport, 'instrument' | 'lang' | 'response' | 'responseSrc' | 'src' | 'timeZone'>>;
    attributes: { 'response-src'?: string; 'time-zone'?: string };
    events: { 'poolster-error': PoolsterEvent<'poolster-error'> };
  };
  'poolster-round': {
    element: PoolsterRound;
    properties: Partial<Pick<PoolsterRound, 'backend' | 'lang' | 'roundsUrl'>>;
    attributes: { 'rounds-url'?: string };
    events: {};
  };
  'poolster-scan': {
    element: PoolsterScan;
    properties: Partial<Pick<PoolsterScan, 'action' | 'backend' | 'draftKey' | 'draftUrl' | 'instrument' | 'lang' | 'migrate' | 'presentation' | 'printHref' | 'readonly' | 'reportHref' | 'src' | 'timeZone' | 'value'>>;
    attributes: { 'draft-key'?: string; 'draft-url'?: string; 'print-href'?: string; 'report-href'?: string; 'time-zone'?: string };
    events: { 'poolster-change': PoolsterEvent<'poolster-change'>; 'poolster-error': PoolsterEvent<'poolster-error'>; 'poolster-step': PoolsterEvent<'poolster-step'>; 'poolster-submit': PoolsterEvent<'poolster-submit'>; 'poolster-submitted': PoolsterEvent<'poolster-submitted'> };
  };
  'poolster-stage-picker': {
    element: PoolsterStagePicker;
    properties: Partial<Pick<PoolsterStagePicker, 'columns' | 'disabled' | 'error' | 'hint' | 'lang' | 'legend' | 'name' | 'readonly' | 'required' | 'stages' | 'value'>>;
    attributes: {};
    events: { 'poolster-answer': PoolsterEvent<'poolster-answer'> };
  };
  'poolster-vote': {
    element: PoolsterVote;
    properties: Partial<Pick<PoolsterVote, 'backend' | 'ballotsUrl' | 'code' | 'instrument' | 'joinUrl' | 'lang' | 'src'>>;
    attributes: { 'ballots-url'?: string; 'join-url'?: string };
    events: {};
  };
}
