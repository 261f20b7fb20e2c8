import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatVnd } from '@/lib/format';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface PaidUnpaidFigures {
  paidCount: number;
  paidVnd: number;
  notPaidCount: number;
  notPaidVnd: number;
  /** neither confirmed paid nor not paid yet */
  openCount: number;
  openVnd: number;
}

const COLORS = { paid: '#389e0d', notPaid: '#cf1322', open: '#8c8c8c' };

/**
 * Paid vs not paid vs not yet confirmed, in money, as one stacked bar (ECharts, SVG). The same figures
 * are given as text to screen readers.
 */
export function PaidUnpaidChart({ figures, height = 140 }: { figures: PaidUnpaidFigures; height?: number }) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(element.current);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const series = [
    { key: 'paid', name: t('payments.chart.paid'), vnd: figures.paidVnd, count: figures.paidCount, color: COLORS.paid },
    { key: 'notPaid', name: t('payments.chart.notPaid'), vnd: figures.notPaidVnd, count: figures.notPaidCount, color: COLORS.notPaid },
    { key: 'open', name: t('payments.chart.open'), vnd: figures.openVnd, count: figures.openCount, color: COLORS.open },
  ];

  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
        legend: { top: 0, left: 0 },
        tooltip: {
          trigger: 'item',
          formatter: (p: { seriesIndex?: number }) => {
            const s = series[p.seriesIndex ?? 0];
            return `${s.name}: ${formatVnd(s.vnd)} (${t('payments.chart.people', { count: s.count, formatted: formatNumber(s.count) })})`;
          },
        },
        xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
        yAxis: { type: 'category', data: [t('payments.chart.amount')], axisLabel: { show: false } },
        series: series.map((s) => ({
          name: s.name,
          type: 'bar',
          stack: 'total',
          barWidth: 36,
          itemStyle: { color: s.color },
          data: [s.vnd],
        })),
      },
      true,
    );
  });

  const summary = series.map((s) => `${s.name}: ${formatVnd(s.vnd)}, ${t('payments.chart.people', { count: s.count, formatted: formatNumber(s.count) })}`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <div ref={element} role="img" aria-label={summary} data-testid="paid-unpaid-chart" style={{ width: '100%', height }} />
    </figure>
  );
}
