import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api';

export const eligibilityQueryKeys = {
  all: ['eligibility'] as const,
  person: (personId: string, on: string) => [...eligibilityQueryKeys.all, 'person', personId, on] as const,
};

export function evaluatePerson(personId: string, on: string) {
  return unwrap(api.POST('/api/v1/eligibility/evaluations', { body: { personId, on } }));
}

/** Who qualifies for what on a date, and why. Nothing is stored, so it reads like a query keyed by person and date. */
export function usePersonEligibility(personId: string, on: string) {
  return useQuery({
    queryKey: eligibilityQueryKeys.person(personId, on),
    queryFn: () => evaluatePerson(personId, on),
  });
}
