/** Query keys of the payments feature, shared by its operation files so a change refreshes the right lists. */
export const paymentsQueryKeys = {
  all: ['payments'] as const,
  payrolls: () => [...paymentsQueryKeys.all, 'payrolls'] as const,
  payrollList: (filters: object) => [...paymentsQueryKeys.payrolls(), 'list', filters] as const,
  payroll: (id: string) => [...paymentsQueryKeys.payrolls(), 'detail', id] as const,
  lines: (payrollId: string) => [...paymentsQueryKeys.payroll(payrollId), 'lines'] as const,
  lineList: (payrollId: string, filters: object) => [...paymentsQueryKeys.lines(payrollId), filters] as const,
  reconciliation: (payrollId: string) => [...paymentsQueryKeys.payroll(payrollId), 'reconciliation'] as const,
  run: (id: string) => [...paymentsQueryKeys.all, 'runs', id] as const,
  groupNames: (on: string) => [...paymentsQueryKeys.all, 'group-names', on] as const,
  agentPayrolls: (username: string) => [...paymentsQueryKeys.all, 'agent', username, 'payrolls'] as const,
  agentLines: (username: string, payrollId: string) => [...paymentsQueryKeys.all, 'agent', username, 'lines', payrollId] as const,
};
