import { useCommuneName } from '../api/get-commune-name';

/** The commune's name, for lists of payrolls of several communes. */
export function CommuneName({ code }: { code: string }) {
  return <>{useCommuneName(code)}</>;
}
