import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Chart } from './Chart';

describe('chart wrapper', () => {
  it('draws bars as SVG inside a figure named by its label and summary', async () => {
    render(
      <div style={{ width: 600 }}>
        <Chart
          label="Chi phí hằng tháng theo nhóm"
          summary="Trước 1.000.000 ₫, sau 1.500.000 ₫"
          option={{
            xAxis: { type: 'category', data: ['Trẻ dưới 3 tuổi'] },
            yAxis: { type: 'value' },
            series: [
              { type: 'bar', name: 'Trước', data: [1_000_000] },
              { type: 'bar', name: 'Sau', data: [1_500_000] },
            ],
          }}
        />
      </div>,
    );
    const img = screen.getByRole('img', { name: 'Chi phí hằng tháng theo nhóm. Trước 1.000.000 ₫, sau 1.500.000 ₫' });
    expect(img.querySelector('svg')).not.toBeNull();
  });
});
