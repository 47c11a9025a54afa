import type { StepId } from './steps.js';

/**
 * Where the team is in the scan, and where "next" leads: a pure function from the state and what the team
 * did to the new state. The scan does the rest (the draft remembers the step, focus moves, `poolster-step`
 * fires) only when the state changed or the team moved to a step at all.
 */
export interface NavigationState {
  /** The instrument's steps in order (steps.ts). */
  readonly steps: readonly StepId[];
  readonly step: StepId;
  /** Where "next" leads back to after a detour (the check of all answers, the send step); undefined: the next step. */
  readonly returnTo: StepId | undefined;
}

export type NavigationAction =
  /** To a step chosen in the progress navigation, or by the presentation's keys. */
  | { type: 'go'; step: StepId }
  /** "Previous". */
  | { type: 'back' }
  /** "Next", "Start", "Back to the check": once the step has no errors left. */
  | { type: 'next' }
  /** "Change" in the check of all answers: to the question's step, and back to the check afterwards. */
  | { type: 'change'; step: StepId }
  /** A link in the error summary to a field on another step: back to the send step afterwards when it came from there. */
  | { type: 'fix'; step: StepId };

/** The state after an action; the very same object when the action leads nowhere (a step the instrument does not have, "next" on the last step). */
export function navigate(state: NavigationState, action: NavigationAction): NavigationState {
  const index = state.steps.indexOf(state.step);
  switch (action.type) {
    case 'go':
      return arrive(state, action.step, state.returnTo);
    case 'back':
      return index > 0 ? arrive(state, state.steps[index - 1]!, state.returnTo) : state;
    case 'next': {
      const target = state.returnTo ?? state.steps[index + 1];
      return target ? arrive(state, target, undefined) : state;
    }
    case 'change':
      return arrive(state, action.step, 'confirm');
    case 'fix':
      return arrive(state, action.step, state.step === 'confirm' ? 'confirm' : undefined);
  }
}

function arrive(state: NavigationState, step: StepId, returnTo: StepId | undefined): NavigationState {
  if (!state.steps.includes(step)) return state;
  // Arriving where the detour was to lead back to ends the detour.
  return { steps: state.steps, step, returnTo: returnTo === step ? undefined : returnTo };
}
