// `service-metrics sla` end to end: the sample's ticket events (CSV) against the library's clocks
// computed directly from the same tickets as JSON (data/sample/tickets.json), an independent path.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareGroups, groupBy, pChart, periodKey, slaAchievementMetric, slaClocks, type SlaClock, type SlaEvent, type SlaPolicy } from 'service-metrics';
import { cli } from './runForTest.js';
import type { MetricResultJson } from './result.js';

const directory = mkdtempSync(join(tmpdir(), 'service-metrics-sla-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});


const sample = JSON.parse(readFileSync('data/sample/tickets.json', 'utf8')) as {
  now: string;
  policy: SlaPolicy;
  tickets: { id: string; team: string; events: (Omit<SlaEvent, 'at'> & { at: string })[] }[];
};
const COLUMNS = ['--ticket', 'ticket', '--type', 'type', '--at', 'at', '--priority', 'priority', '--status', 'status', '--public', 'public'];

describe('service-metrics sla', () => {
  it('SLA achievement by clock, priority and team equals the library on the same tickets', async () => {
    const { code, stdout, stderr } = await cli('sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', ...COLUMNS, '--by', 'team', '--now', sample.now, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as MetricResultJson;
    const now = Date.parse(sample.now);
    const clocks: (SlaClock & { team: string })[] = sample.tickets.flatMap((ticket) =>
      slaClocks({ id: ticket.id, events: ticket.events.map((event) => ({ ...event, at: Date.parse(event.at) }) as SlaEvent) }, sample.policy, { now }).map((clock) => ({ ...clock, team: ticket.team })),
    );
    const metric = slaAchievementMetric();
    const expected = groupBy(clocks, { key: (clock) => `${clock.metric}/${clock.priority}/${clock.team}`, value: (clock) => clock.state, metric });
    expect(result.groups).toHaveLength(expected.length);
    for (const group of result.groups) {
      const found = expected.find((entry) => entry.key === `${String(group.key['clock'])}/${String(group.key['priority'])}/${String(group.key['team'])}`);
      expect(found, JSON.stringify(group.key)).toBeDefined();
      expect(group.summary).toEqual(found!.summary);
      expect(group.value).toBe(found!.value);
    }
    expect(result.summary).toEqual(metric.summarise(clocks.map((clock) => clock.state)));
    expect(result.by).toEqual(['clock', 'priority', 'team']);
  });

  it('--period: each clock in the week its ticket was created, equal to the library; --control charts each clock and priority', async () => {
    const now = Date.parse(sample.now);
    const clocks: (SlaClock & { week: string })[] = sample.tickets.flatMap((ticket) => {
      const events = ticket.events.map((event) => ({ ...event, at: Date.parse(event.at) }) as SlaEvent);
      const week = periodKey(Math.min(...events.map((event) => event.at as number)), 'week');
      return slaClocks({ id: ticket.id, events }, sample.policy, { now }).map((clock) => ({ ...clock, week }));
    });
    const metric = slaAchievementMetric();
    const expected = groupBy(clocks, { key: (clock) => `${clock.metric}/${clock.priority}/${clock.week}`, value: (clock) => clock.state, metric });
    const { code, stdout, stderr } = await cli('sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', ...COLUMNS, '--period', 'week', '--control', '3', '--now', sample.now, '--format', 'json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as MetricResultJson;
    expect(result.period).toBe('week');
    expect(result.groups).toHaveLength(expected.length);
    for (const group of result.groups) {
      const found = expected.find((entry) => entry.key === `${String(group.key['clock'])}/${String(group.key['priority'])}/${String(group.period)}`);
      expect(found, `${JSON.stringify(group.key)} ${String(group.period)}`).toBeDefined();
      expect(group.summary).toEqual(found!.summary);
    }
    // The first reply to urgent tickets, week by week: a p-chart whose limits come from its first
    // three weeks with a decided clock, as pChart gives on the library's own counts.
    const urgent = result.groups.filter((group) => group.key['clock'] === 'firstReply' && group.key['priority'] === 'urgent' && group.answered > 0);
    const counts = urgent.map((group) => {
      const states = clocks.filter((clock) => clock.metric === 'firstReply' && clock.priority === 'urgent' && clock.week === group.period).map((clock) => clock.state);
      return { count: states.filter((state) => state === 'achieved').length, size: states.filter((state) => state === 'achieved' || state === 'breached').length };
    });
    expect(urgent.length).toBeGreaterThanOrEqual(4);
    const chart = pChart(counts, { baseline: { points: 3 } });
    expect(result.control?.chart).toBe('pChart');
    urgent.forEach((group, index) => {
      expect(group.control?.centre).toBeCloseTo(chart.centre, 10);
      expect(group.control?.upper).toBeCloseTo(chart.points[index]!.upper, 10);
      expect(group.control?.baseline).toBe(index < 3);
    });
  });

  it('--compare previous: each week against the one before, within each clock and priority, as compareGroups tests them', async () => {
    const { code, stdout } = await cli('sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', ...COLUMNS, '--period', 'week', '--compare', 'previous', '--now', sample.now, '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as MetricResultJson;
    const series = result.groups.filter((group) => group.key['clock'] === 'fullResolution' && group.key['priority'] === 'normal' && group.answered > 0);
    expect(series.length).toBeGreaterThanOrEqual(4);
    const tested = compareGroups(
      series.map((group) => ({ key: group.period!, summary: group.summary as never })),
      { metric: slaAchievementMetric(), against: 'previous', adjustment: 'holm' },
    );
    series.forEach((group, index) => {
      if (index === 0) {
        expect(group.comparison).toBeNull();
        return;
      }
      expect(group.comparison?.baseline).toBe(`fullResolution / normal / ${series[index - 1]!.period!}`);
      expect(group.comparison?.difference).toBeCloseTo(tested[index]!.comparison!.difference, 12);
      expect(group.comparison?.adjustedPValue).toBeCloseTo(tested[index]!.adjustedPValue!, 12);
    });
  });

  it('--period day with --tz: a ticket created at 23:30 UTC on 2 November is one of 3 November in Paris', async () => {
    const events = join(directory, 'midnight.csv');
    writeFileSync(
      events,
      ['ticket,type,at,priority', 'A,created,2026-11-02T23:30:00Z,normal', 'A,agentReply,2026-11-02T23:45:00Z,', 'B,created,2026-11-02T12:00:00Z,normal', 'B,agentReply,2026-11-02T12:10:00Z,', ''].join('\n'),
    );
    const run = async (...zone: string[]) => {
      const { code, stdout } = await cli('sla', events, '--policy', 'data/sample/sla-policy.json', '--ticket', 'ticket', '--type', 'type', '--at', 'at', '--priority', 'priority', '--period', 'day', ...zone, '--format', 'json');
      expect(code).toBe(0);
      return (JSON.parse(stdout) as MetricResultJson).groups.filter((group) => group.key['clock'] === 'firstReply').map((group) => [group.period, group.answered]);
    };
    expect(await run()).toEqual([['2026-11-02', 2]]);
    expect(await run('--tz', 'Europe/Paris')).toEqual([
      ['2026-11-02', 1],
      ['2026-11-03', 1],
    ]);
  });

  it('--time does not apply to sla, and --control needs --period (exit code 2)', async () => {
    const base = ['sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', ...COLUMNS];
    expect((await cli(...base, '--period', 'week', '--time', 'at')).stderr).toBe("service-metrics: sla takes each clock's period from its ticket's first event (--at); --time does not apply\n");
    expect((await cli(...base, '--control', '3')).stderr).toBe('service-metrics: --control charts a series of periods: give --period day|week|month\n');
  });

  it('a table by default, clocks in their order and priorities in the policy order', async () => {
    const { code, stdout } = await cli('sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', ...COLUMNS);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((line) => /^(firstReply|nextReply|fullResolution) /.test(line)).map((line) => line.split(/\s+/).slice(0, 2).join(' '));
    expect(rows.slice(0, 5)).toEqual(['firstReply urgent', 'firstReply high', 'firstReply normal', 'firstReply low', 'nextReply urgent']);
  });

  it('a ticket the clocks cannot read is bad data, named by its id (exit code 1)', async () => {
    const events = join(directory, 'bad.csv');
    writeFileSync(
      events,
      [
        'ticket,type,at,priority,status',
        'A,created,2026-11-02T09:00:00Z,normal,',
        'A,agentReply,2026-11-02T10:00:00Z,,',
        'B,agentReply,2026-11-02T08:00:00Z,,',
        'B,created,2026-11-02T09:00:00Z,normal,',
        'C,created,2026-11-02T09:00:00Z,normal,',
        'C,status,2026-11-02T09:30:00Z,,waiting',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await cli('sla', events, '--policy', 'data/sample/sla-policy.json', '--ticket', 'ticket', '--type', 'type', '--at', 'at', '--priority', 'priority', '--status', 'status');
    expect(code).toBe(1);
    expect(stderr).toContain('2 bad tickets');
    expect(stderr).toContain('ticket B:');
    expect(stderr).toContain('ticket C:');
    expect(stderr).not.toContain('ticket A:');
  });

  it('usage errors: a missing column, a missing or broken policy (exit code 2)', async () => {
    const policy = join(directory, 'policy.json');
    writeFileSync(policy, JSON.stringify({ targets: { normal: { firstReply: { seconds: -5, hours: 'calendar' } } } }));
    const base = ['sla', 'data/sample/ticket-events.csv', ...COLUMNS];
    expect((await cli(...base, '--policy', join(directory, 'none.json'))).stderr).toContain('--policy: no file');
    const broken = await cli(...base, '--policy', policy);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`--policy ${policy}: slaClocks: policy.targets`);
    const column = await cli('sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', '--ticket', 'id', '--type', 'type', '--at', 'at');
    expect(column.code).toBe(2);
    expect(column.stderr).toContain('--ticket "id": no such column');
  });
});
