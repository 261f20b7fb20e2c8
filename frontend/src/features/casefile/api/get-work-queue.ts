import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import { caseQueryKeys } from './get-cases';

export type WorkQueueItem = Schemas['WorkQueueItem'];

export function getWorkQueue() {
  return unwrap(api.GET('/api/v1/work-queue'));
}

/** What the signed-in user has to do, with due dates in working days. */
export function useWorkQueue() {
  return useQuery({ queryKey: caseQueryKeys.workQueue(), queryFn: getWorkQueue });
}
