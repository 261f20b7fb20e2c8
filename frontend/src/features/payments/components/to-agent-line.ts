import type { Schemas } from '@/lib/api';
import type { AgentLine } from './agent-line';
import { formatMonthRange } from './months';

/** The line as the agent screen needs it (the API's line is kept as downloaded on the device). */
export function toAgentLine(line: Schemas['PaymentLine']): AgentLine {
  return {
    id: line.id,
    payrollId: line.payrollId,
    fullName: line.fullName,
    idNumber: line.nationalId ?? null,
    village: line.villageName ?? '—',
    group: line.groupCode,
    months: formatMonthRange(line.firstMonth, line.lastMonth, line.month),
    amountVnd: line.amountVnd,
    kind: line.kind,
    serverStatus: line.status,
  };
}
