import { useMutation } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';

export type NewPolicySimulation = Schemas['NewPolicySimulation'];
export type PolicySimulation = Schemas['PolicySimulation'];

export function startSimulation(body: NewPolicySimulation) {
  return unwrap(api.POST('/api/v1/policy-simulations', { body }));
}

/** Starts "what if this version applied from month M in province P?" as a job over the registry. */
export function useStartSimulation() {
  return useMutation<PolicySimulation, ApiProblem, NewPolicySimulation>({ mutationFn: startSimulation });
}
