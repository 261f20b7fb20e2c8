import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { DueDate } from './DueDate';

describe('a legal deadline', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('vi');
  });

  it('shows the due date dd/MM/yyyy and flags it when the API says it has passed', () => {
    render(<DueDate due="2026-02-23" overdue daysLeft={-2} />);
    expect(screen.getByText(/23\/02\/2026/)).toBeInTheDocument();
    expect(screen.getByText('Quá hạn')).toBeInTheDocument();
  });

  it('counts the working days left, and warns on the last day', () => {
    const { rerender } = render(<DueDate due="2026-02-23" overdue={false} daysLeft={3} />);
    expect(screen.getByText('còn 3 ngày làm việc')).toBeInTheDocument();
    rerender(<DueDate due="2026-02-23" overdue={false} daysLeft={0} />);
    expect(screen.getByText('Hết hạn hôm nay')).toBeInTheDocument();
    rerender(<DueDate due="2026-02-23" overdue={false} done />);
    expect(screen.getByText('Đã xong')).toBeInTheDocument();
    expect(screen.queryByText('Quá hạn')).not.toBeInTheDocument();
  });
});
