import type { Language } from '../i18n/language.js';
import { formatIssue, formatPath, type Issue } from '../schema.js';
import type { IssueOut } from './errors.js';

/** An issue of the schema package as the API reports it, worded in the request's language. */
export const issueOut = (issue: Issue, lang: Language): IssueOut => ({ code: issue.code, path: formatPath(issue.path), message: formatIssue(issue, lang) });
