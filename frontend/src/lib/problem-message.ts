import type { TFunction } from 'i18next';
import { CLIENT_CODES, toApiProblem } from './problem';

/** The sentence to show a person for a failed call: the API's localised message, or ours when it gave none. */
export function describeProblem(error: unknown, t: TFunction): string {
  const problem = toApiProblem(error);
  if (problem.code === CLIENT_CODES.network) return t('errors.network');
  return problem.apiMessage ?? t('errors.unexpected');
}
