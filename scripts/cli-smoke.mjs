// The built CLI run as a newcomer runs it, on the bundled sample: the README's Quick start line,
// a service level, SLA achievement from ticket events, and `check`. Fails on a non-zero exit or output without the expected lines.
import { spawnSync } from 'node:child_process';

const cli = ['cli/dist/service-metrics.js'];
const runs = [
  { args: ['nps', 'data/sample/surveys.csv', '--score', 'npsScore', '--by', 'channel'], expect: [/^NPS: /m, /^chat\s/m, /^phone\s/m] },
  { args: ['service-level', 'data/sample/contacts.csv', '--wait', 'waitSeconds', '--outcome', 'outcome', '--threshold', '20'], expect: [/^Service level \(20 s\): \d+\.\d %/m] },
  {
    args: ['sla', 'data/sample/ticket-events.csv', '--policy', 'data/sample/sla-policy.json', '--ticket', 'ticket', '--type', 'type', '--at', 'at', '--priority', 'priority', '--status', 'status', '--public', 'public'],
    expect: [/^SLA achievement: \d+\.\d %/m, /^firstReply\s+urgent\s/m],
  },
  { args: ['check', 'nps', 'data/sample/surveys.csv', '--score', 'npsScore'], expect: [/no bad rows/] },
  { args: ['--version'], expect: [/^\d+\.\d+\.\d+/] },
];
let failed = 0;
for (const { args, expect } of runs) {
  const result = spawnSync(process.execPath, [...cli, ...args], { encoding: 'utf8' });
  const missing = expect.filter((pattern) => !pattern.test(result.stdout));
  const ok = result.status === 0 && missing.length === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} service-metrics ${args.join(' ')}`);
  if (!ok) console.log(`  exit ${result.status}\n${result.stdout}${result.stderr}`);
}
process.exit(failed > 0 ? 1 : 0);
