import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api';
import type { ApiProblem } from '@/lib/problem';
import { villagesQueryKeys, type Village } from './get-villages';

export type NewVillage = Schemas['NewVillage'];

export function createVillage(body: NewVillage) {
  return unwrap(api.POST('/api/v1/villages', { body }));
}

/** Adds a village to a commune's list; the list is asked again. */
export function useCreateVillage() {
  const queryClient = useQueryClient();
  return useMutation<Village, ApiProblem, NewVillage>({
    mutationFn: createVillage,
    onSuccess: (village) => {
      queryClient.setQueryData<Village[]>(villagesQueryKeys.ofCommune(village.communeCode), (old) =>
        old ? [...old.filter((v) => v.id !== village.id), village] : [village],
      );
      void queryClient.invalidateQueries({ queryKey: villagesQueryKeys.ofCommune(village.communeCode) });
    },
  });
}
