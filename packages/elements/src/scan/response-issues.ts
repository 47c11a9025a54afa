import { validateAnswerList, validateResponseMeaning, type Instrument, type Issue, type Response } from '@poolster/schema';
import type { ReactiveControllerHost } from 'lit';
import { loadFullChecks, responseIssuesNow } from '../instrument/checks.js';
import { answerListOfStep, issuesOfStep, type StepId } from './steps.js';

const REUSE = { reuseUnchangedLists: true } as const;

/**
 * The issues of the scan's current response, warnings included: computed once per response (responses are
 * never changed in place). Only the full checks can judge some responses (a text over the schema's limit):
 * until their file is here, the issues of the response's meaning; then all of them, and the scan draws again.
 */
export class ResponseIssues {
  private checked: { instrument: Instrument; response: Response; issues: Issue[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly track: (work: Promise<unknown>) => void,
  ) {}

  of(instrument: Instrument, response: Response): Issue[] {
    if (this.checked?.response === response && this.checked.instrument === instrument) return this.checked.issues;
    // The scan never changes a response in place (each answer makes a new one that shares the lists it
    // did not touch), so the checks may reuse the issues of every list the answer left as it was.
    const issues = responseIssuesNow(instrument, response, REUSE);
    if (issues) {
      this.checked = { instrument, response, issues };
      return issues;
    }
    this.checked = { instrument, response, issues: validateResponseMeaning(instrument, response, REUSE) };
    this.track(
      loadFullChecks().then(
        () => {
          if (this.checked?.response === response) this.checked = undefined;
          this.host.requestUpdate();
        },
        () => undefined,
      ),
    );
    return this.checked.issues;
  }

  /**
   * The issues of the answers on one step, warnings included (the notes beside its questions): only that step's
   * list is checked, so an answer costs the check of its own list, not of the whole response.
   */
  ofStep(instrument: Instrument, response: Response, step: StepId): Issue[] {
    const list = answerListOfStep(step);
    if (list === undefined) return [];
    // A list the quick check cannot judge (a text over the schema's limit) takes the whole check's issues.
    return validateAnswerList(instrument, response, list, REUSE) ?? issuesOfStep(this.of(instrument, response), step);
  }
}
