import { Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';

export interface TimelineEvent {
  key: string;
  /** ISO instant or date */
  at: string;
  title: ReactNode;
  /** who did it, in words */
  actor?: ReactNode;
  detail?: ReactNode;
  color?: 'blue' | 'green' | 'red' | 'gray' | 'orange';
}

/** What happened to a record, oldest first, each step with when and who: a case's workflow, an entitlement's changes. */
export function EventTimeline({ events, label }: { events: readonly TimelineEvent[]; label: string }) {
  return (
    <section aria-label={label}>
      <Timeline
        items={events.map((e) => ({
          key: e.key,
          color: e.color ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{e.title}</Typography.Text>
              <div>
                <Typography.Text type="secondary">
                  {dayjs(e.at).format(e.at.length > 10 ? 'DD/MM/YYYY HH:mm' : 'DD/MM/YYYY')}
                  {e.actor && <> · {e.actor}</>}
                </Typography.Text>
              </div>
              {e.detail && <div style={{ marginTop: 2 }}>{e.detail}</div>}
            </div>
          ),
        }))}
      />
    </section>
  );
}
