import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { householdsQueryKeys } from './get-households';
import type { PovertyStatusRecord } from './get-poverty-statuses';

export type NewPovertyStatus = Schemas['NewPovertyStatus'];

export function recordPovertyStatus({ householdId, status }: { householdId: string; status: NewPovertyStatus }) {
  return unwrap(
    api.POST('/api/v1/households/{id}/poverty-statuses', { params: { path: { id: householdId } }, body: status }),
  );
}

/** Records a new poverty status under a decision; the open one is closed by the API. */
export function useRecordPovertyStatus() {
  const queryClient = useQueryClient();
  return useMutation<PovertyStatusRecord, ApiProblem, { householdId: string; status: NewPovertyStatus }>({
    mutationFn: recordPovertyStatus,
    onSuccess: (_record, { householdId }) => {
      void queryClient.invalidateQueries({ queryKey: householdsQueryKeys.detail(householdId) });
      void queryClient.invalidateQueries({ queryKey: householdsQueryKeys.lists() });
    },
  });
}
