import { useQuery } from '@tanstack/react-query';
import { agentDb, type AgentDb } from '../offline/agent-db';
import { isNetworkFailure, type OfflineCopy } from './get-agent-payrolls';
import { getPayroll } from './get-payroll';
import { getPayrollLines, type PaymentLine } from './get-payroll-lines';
import type { Payroll } from './get-payrolls';
import { paymentsQueryKeys } from './payroll-keys';

const PAGE_SIZE = 1000;

export interface AgentPayrollCopy {
  payroll: Payroll;
  lines: PaymentLine[];
}

/**
 * A payroll and all its lines for the agent: downloaded whole when the network answers and kept on the device
 * (so the agent can work in a village without a network), else the copy on the device.
 */
export async function loadAgentPayroll(username: string, payrollId: string, db: AgentDb = agentDb()): Promise<OfflineCopy<AgentPayrollCopy>> {
  try {
    const payroll = await getPayroll(payrollId);
    const lines: PaymentLine[] = [];
    for (let page = 0; ; page++) {
      const answer = await getPayrollLines(payrollId, { page, size: PAGE_SIZE });
      lines.push(...answer.items);
      if (page + 1 >= answer.totalPages) break;
    }
    const savedAt = Date.now();
    await db.transaction('rw', db.payrolls, db.lines, async () => {
      await db.payrolls.put({ id: payroll.id, payrollId: payroll.id, username, data: payroll, savedAt });
      await db.lines.where('payrollId').equals(payrollId).delete();
      await db.lines.bulkPut(lines.map((l) => ({ id: l.id, payrollId, username, data: l, savedAt })));
    });
    return { data: { payroll, lines }, savedAt, fromDevice: false };
  } catch (error) {
    if (!isNetworkFailure(error)) throw error;
    const payroll = await db.payrolls.get(payrollId);
    if (!payroll || payroll.username !== username) throw error;
    const lines = await db.lines.where('payrollId').equals(payrollId).toArray();
    return {
      data: { payroll: payroll.data as Payroll, lines: lines.map((l) => l.data as PaymentLine) },
      savedAt: payroll.savedAt,
      fromDevice: true,
    };
  }
}

export function useAgentPayroll(username: string, payrollId: string) {
  return useQuery({
    queryKey: paymentsQueryKeys.agentLines(username, payrollId),
    queryFn: () => loadAgentPayroll(username, payrollId),
    retry: false,
    networkMode: 'always',
  });
}
