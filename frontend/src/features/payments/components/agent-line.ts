/**
 * One person to pay as the agent screen shows it: the payroll line (as last downloaded) together with what
 * this device did about it (a confirmation waiting to be sent, accepted, or refused).
 */
import type { QueuedConfirmation } from '../offline/agent-db';
import type { ConfirmationDraft } from './confirmation-draft';

/** the API's line status (the mapper in to-agent-line.ts fails to compile if they part) */
export type ServerLineStatus = 'PENDING' | 'PAID' | 'NOT_PAID';

export interface AgentLine {
  id: string;
  payrollId: string;
  fullName: string;
  idNumber: string | null;
  village: string;
  group: string | null;
  /** e.g. "11/2026" or "09/2026 – 11/2026" */
  months: string;
  amountVnd: number;
  kind: string;
  serverStatus: ServerLineStatus;
}

/** What the card says: the server's status when it knows, else this device's confirmation. */
export type ShownStatus = 'PENDING' | 'PAID' | 'NOT_PAID' | 'QUEUED_PAID' | 'QUEUED_NOT_PAID' | 'REFUSED';

export interface ShownLine extends AgentLine {
  shown: ShownStatus;
  /** the confirmation this device holds for the line (the newest), if any */
  local?: QueuedConfirmation<ConfirmationDraft>;
  /** the agent may still confirm it on this device */
  confirmable: boolean;
}

export function showLines(lines: readonly AgentLine[], queued: readonly QueuedConfirmation<ConfirmationDraft>[]): ShownLine[] {
  const newest = new Map<string, QueuedConfirmation<ConfirmationDraft>>();
  for (const c of queued) {
    const seen = newest.get(c.lineId);
    if (!seen || seen.createdAt < c.createdAt) newest.set(c.lineId, c);
  }
  return lines.map((line) => {
    const local = newest.get(line.id);
    let shown: ShownStatus = line.serverStatus;
    if (line.serverStatus === 'PENDING' && local) {
      if (local.status === 'rejected') shown = 'REFUSED';
      else if (local.status === 'pending') shown = local.payload.outcome === 'PAID' ? 'QUEUED_PAID' : 'QUEUED_NOT_PAID';
      // accepted by the API but the downloaded copy is older: show the outcome the API accepted
      else shown = local.payload.outcome;
    }
    return { ...line, shown, local, confirmable: shown === 'PENDING' || shown === 'REFUSED' };
  });
}

export interface VillageCount {
  village: string;
  total: number;
  /** still to confirm on this device */
  remaining: number;
}

/** The villages of the lines, those with people left to pay first, then by name (Vietnamese order). */
export function villageCounts(lines: readonly ShownLine[]): VillageCount[] {
  const byVillage = new Map<string, VillageCount>();
  for (const line of lines) {
    const v = byVillage.get(line.village) ?? { village: line.village, total: 0, remaining: 0 };
    v.total++;
    if (line.confirmable) v.remaining++;
    byVillage.set(line.village, v);
  }
  const collator = new Intl.Collator('vi');
  return [...byVillage.values()].sort((a, b) => Number(b.remaining > 0) - Number(a.remaining > 0) || collator.compare(a.village, b.village));
}

