/**
 * The one ECharts wrapper: a chart for people who would rather look than read. It draws with the
 * SVG renderer (crisp in print and screenshots, and it runs in jsdom), resizes with its box, and
 * carries a text alternative: `label` names the figure and `summary` says what it shows in words.
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, LineChart, PieChart, GridComponent, TooltipComponent, LegendComponent, DatasetComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/** Palette matching the antd theme: before = grey, after = primary blue, then the rest. */
const CHART_COLORS = ['#8c8c8c', '#1677ff', '#52c41a', '#fa8c16', '#eb2f96', '#13c2c2', '#722ed1'];

export function Chart({ option, label, summary, height = 320 }: { option: ChartOption; label: string; summary?: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    // a box not laid out yet (or jsdom) has no width: draw at a nominal one until the first resize
    const instance = echarts.init(box.current, undefined, {
      renderer: 'svg',
      width: box.current.clientWidth > 0 ? undefined : 600,
      height: box.current.clientHeight > 0 ? undefined : height,
    });
    chart.current = instance;
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(box.current);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption({ color: CHART_COLORS, animation: false, ...option }, true);
  }, [option, height]);

  return (
    <div role="img" aria-label={summary ? `${label}. ${summary}` : label}>
      <div ref={box} aria-hidden style={{ width: '100%', height }} />
    </div>
  );
}
