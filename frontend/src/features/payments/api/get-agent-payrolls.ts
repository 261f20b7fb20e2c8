import { useQuery } from '@tanstack/react-query';
import { CLIENT_CODES, isApiProblem } from '@/lib/problem';
import { agentDb, type AgentDb } from '../offline/agent-db';
import { getPayrolls, type Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

export interface OfflineCopy<T> {
  data: T;
  /** when this copy was downloaded (ms since epoch) */
  savedAt: number;
  /** true when the network failed and the copy on the device is shown */
  fromDevice: boolean;
}

export function isNetworkFailure(error: unknown): boolean {
  return isApiProblem(error) && error.code === CLIENT_CODES.network;
}

/**
 * The payrolls assigned to the agent: from the API when it answers (and then kept on the device), else the
 * copy kept on the device. Only a network failure falls back; the API's refusals stay errors.
 */
export async function loadAgentPayrolls(username: string, db: AgentDb = agentDb()): Promise<OfflineCopy<Payroll[]>> {
  try {
    const payrolls: Payroll[] = [];
    for (let page = 0; ; page++) {
      const answer = await getPayrolls({ page, size: 100 });
      payrolls.push(...answer.items);
      if (page + 1 >= answer.totalPages) break;
    }
    const savedAt = Date.now();
    await db.transaction('rw', db.payrolls, async () => {
      await db.payrolls.where('username').equals(username).delete();
      await db.payrolls.bulkPut(payrolls.map((p) => ({ id: p.id, payrollId: p.id, username, data: p, savedAt })));
    });
    return { data: payrolls, savedAt, fromDevice: false };
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    const copies = await db.payrolls.where('username').equals(username).toArray();
    if (copies.length === 0) throw error;
    return {
      data: copies.map((c) => c.data as Payroll).sort((a, b) => b.month.localeCompare(a.month)),
      savedAt: Math.min(...copies.map((c) => c.savedAt)),
      fromDevice: true,
    };
  }
}

export function useAgentPayrolls(username: string) {
  return useQuery({
    queryKey: paymentsQueryKeys.agentPayrolls(username),
    queryFn: () => loadAgentPayrolls(username),
    retry: false,
    networkMode: 'always',
  });
}
