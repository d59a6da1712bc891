// Generates the sample data bundled in data/sample/ for `npm run demo` and the README's
// examples: a fictional support team ("Northwind Support") over four weeks of November 2026.
// Seeded, so every run writes the same files: `npm run sample-data` then `git diff` is empty.
//
// The data are synthetic but shaped like the real thing: contacts arrive in daily and weekly
// waves, waits grow when the queue is busy, impatient customers abandon, phone answers are
// rated lower than chat, and a few survey answers are missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = join(import.meta.dirname, '..', 'data', 'sample');
mkdirSync(out, { recursive: true });

/** mulberry32: a small, well-mixed 32-bit generator. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = seededRandom(20261125);
const exponential = (mean) => -mean * Math.log(1 - random());
const pick = (weights) => {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (const [key, weight] of Object.entries(weights)) {
    r -= weight;
    if (r < 0) return key;
  }
  return Object.keys(weights).at(-1);
};
const clampInt = (value, min, max) => Math.min(max, Math.max(min, Math.round(value)));
const csv = (header, rows) =>
  [header.join(','), ...rows.map((row) => header.map((key) => (row[key] ?? '')).join(','))].join('\n') + '\n';

const DAYS = 28;
const START = Date.UTC(2026, 10, 2); // Monday 2 November 2026
const channels = { phone: 0.5, chat: 0.3, email: 0.2 };
const categories = { billing: 0.3, delivery: 0.25, 'technical issue': 0.2, account: 0.15, returns: 0.1 };
const agents = Array.from({ length: 9 }, (_, i) => `A${String(i + 1).padStart(2, '0')}`);
const dayWeight = [1.25, 1.1, 1.0, 1.0, 0.95, 0.55, 0.35]; // Monday … Sunday

// ── Contacts: arrivals per 30-minute interval from 08:00 to 20:00 UTC, a mid-morning peak.
const contacts = [];
let contactId = 0;
for (let day = 0; day < DAYS; day++) {
  const weekday = day % 7; // day 0 is a Monday
  for (let slot = 0; slot < 24; slot++) {
    const hour = 8 + slot / 2;
    const shape = Math.exp(-((hour - 11) ** 2) / 8) + 0.6 * Math.exp(-((hour - 15) ** 2) / 6) + 0.15;
    const expected = 14 * dayWeight[weekday] * shape;
    // Poisson arrivals by inversion.
    let arrivals = 0;
    for (let p = Math.exp(-expected), s = p, u = random(); u > s; arrivals++) {
      p *= expected / (arrivals + 1);
      s += p;
    }
    const busy = expected / 14; // busier intervals wait longer
    for (let k = 0; k < arrivals; k++) {
      const channel = pick(channels);
      const startedAt = new Date(START + day * 86_400_000 + (8 * 60 + slot * 30 + random() * 30) * 60_000);
      const waitMean = channel === 'email' ? 0 : channel === 'chat' ? 20 * busy : 30 * busy;
      const waitSeconds = channel === 'email' ? 0 : Math.round(exponential(waitMean));
      const patience = exponential(channel === 'chat' ? 240 : 180);
      const outcome = channel !== 'email' && waitSeconds > patience ? 'abandoned' : 'answered';
      const answered = outcome === 'answered';
      const category = pick(categories);
      const talkSeconds = answered ? Math.round(60 + exponential(channel === 'phone' ? 300 : 420)) : 0;
      const holdSeconds = answered && channel === 'phone' && random() < 0.3 ? Math.round(exponential(60)) : 0;
      const afterContactSeconds = answered ? Math.round(20 + exponential(60)) : 0;
      const escalated = answered && random() < (category === 'technical issue' ? 0.12 : 0.04);
      const resolved = answered && !escalated && random() < 0.86;
      contacts.push({
        contactId: `C${String(++contactId).padStart(6, '0')}`,
        startedAt: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        channel,
        category,
        customerId: `U${String(1 + Math.floor(random() * 4200)).padStart(5, '0')}`,
        agentId: answered ? agents[Math.floor(random() * agents.length)] : '',
        waitSeconds,
        outcome,
        talkSeconds,
        holdSeconds,
        afterContactSeconds,
        resolved: answered ? String(resolved) : '',
        escalated: answered ? String(escalated) : '',
        // A first reply by email or chat, and the time to resolution, in seconds.
        firstResponseSeconds: answered ? (channel === 'email' ? Math.round(600 + exponential(3 * 3600)) : waitSeconds) : '',
        resolutionSeconds: resolved ? Math.round(talkSeconds + holdSeconds + afterContactSeconds + (random() < 0.3 ? exponential(20 * 3600) : 0)) : '',
      });
    }
  }
}
contacts.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
writeFileSync(
  join(out, 'contacts.csv'),
  csv(
    [
      'contactId', 'startedAt', 'channel', 'category', 'customerId', 'agentId', 'waitSeconds', 'outcome',
      'talkSeconds', 'holdSeconds', 'afterContactSeconds', 'resolved', 'escalated', 'firstResponseSeconds',
      'resolutionSeconds',
    ],
    contacts,
  ),
);

// ── Surveys: about one answered contact in four is surveyed afterwards.
const polarityOf = { positive: 'positive', neutral: 'neutral', negative: 'negative' };
const positiveEmotions = ['happy', 'pleased', 'trusting', 'valued', 'cared for', 'safe', 'interested'];
const negativeEmotions = ['irritated', 'hurried', 'neglected', 'frustrated', 'disappointed', 'stressed'];
const surveys = [];
for (const contact of contacts) {
  if (contact.outcome !== 'answered' || random() > 0.25) continue;
  const base = { phone: 7.2, chat: 7.9, email: 6.9 }[contact.channel];
  const mood = base + (contact.resolved === 'true' ? 1.2 : -2.4) - contact.waitSeconds / 120 + (random() - 0.5) * 4;
  const npsScore = clampInt(mood + (random() - 0.5) * 2, 0, 10);
  const csatScore = clampInt(1 + (mood / 10) * 4 + (random() - 0.5) * 1.5, 1, 5);
  const cesScore = clampInt(1 + (mood / 10) * 6 + (random() - 0.5) * 2, 1, 7); // CES 2.0: 7 = very easy
  const tap = mood > 7.5 ? 'positive' : mood < 5 ? 'negative' : 'neutral';
  const named = random() < 0.3; // some customers pick a named emotion instead of an emoji
  const emotion = !named
    ? polarityOf[tap]
    : tap === 'negative'
      ? negativeEmotions[Math.floor(random() * negativeEmotions.length)]
      : positiveEmotions[Math.floor(random() * positiveEmotions.length)];
  surveys.push({
    responseId: `R${String(surveys.length + 1).padStart(5, '0')}`,
    contactId: contact.contactId,
    submittedAt: new Date(Date.parse(contact.startedAt) + (1 + random() * 47) * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    channel: contact.channel,
    agentId: contact.agentId,
    npsScore: random() < 0.04 ? '' : npsScore,
    csatScore: random() < 0.06 ? '' : csatScore,
    cesScore: random() < 0.1 ? '' : cesScore,
    emotion: random() < 0.15 ? '' : emotion,
  });
}
writeFileSync(
  join(out, 'surveys.csv'),
  csv(['responseId', 'contactId', 'submittedAt', 'channel', 'agentId', 'npsScore', 'csatScore', 'cesScore', 'emotion'], surveys),
);

// ── Emotion intensities: a deeper study of 120 customers rating how strongly they felt each of
// a few emotions of the hierarchy, 1 (not at all) to 5 (very strongly).
const intensities = [];
for (let respondent = 1; respondent <= 120; respondent++) {
  const warmth = random();
  for (const emotion of ['happy', 'pleased', 'trusting', 'valued', 'cared for', 'interested', 'frustrated', 'hurried', 'neglected', 'disappointed']) {
    if (random() < 0.1) continue;
    const positive = !['frustrated', 'hurried', 'neglected', 'disappointed'].includes(emotion);
    const lean = positive ? warmth : 1 - warmth;
    intensities.push({ respondentId: `S${String(respondent).padStart(3, '0')}`, emotion, intensity: clampInt(1 + lean * 4 + (random() - 0.5) * 1.6, 1, 5) });
  }
}
writeFileSync(join(out, 'emotion-intensities.csv'), csv(['respondentId', 'emotion', 'intensity'], intensities));

// ── Customers by month: a subscription base of about 4,000 customers.
const months = [];
let customers = 3650;
for (let month = 0; month < 12; month++) {
  const newCustomers = clampInt(180 + random() * 90, 0, 10_000);
  const lost = clampInt(customers * (0.035 + random() * 0.02), 0, customers);
  const end = customers - lost + newCustomers;
  months.push({
    month: new Date(Date.UTC(2025, 11 + month, 1)).toISOString().slice(0, 7), // 2025-12 … 2026-11
    customersAtStart: customers,
    customersAtEnd: end,
    newCustomers,
    revenue: Math.round(end * (38 + random() * 4)),
    grossMargin: Math.round(end * (38 + random() * 4) * 0.62),
  });
  customers = end;
}
writeFileSync(join(out, 'customers-by-month.csv'), csv(['month', 'customersAtStart', 'customersAtEnd', 'newCustomers', 'revenue', 'grossMargin'], months));

// ── Support costs for the four weeks, by component, and agent time from the workforce system.
const answeredContacts = contacts.filter((c) => c.outcome === 'answered');
const handleSeconds = answeredContacts.reduce((sum, c) => sum + c.talkSeconds + c.holdSeconds + c.afterContactSeconds, 0);
const staffedSeconds = 9 * 20 * 7.5 * 3600; // 9 agents, 20 working days, 7.5 productive hours
const paidSeconds = 9 * 20 * 8 * 3600;
writeFileSync(
  join(out, 'operations.json'),
  JSON.stringify(
    {
      period: '2026-11-02/2026-11-29',
      costs: { labour: 38_880, tools: 6_450, telephony: 3_120, overhead: 9_800 },
      agentTime: {
        handleSeconds,
        idleSeconds: staffedSeconds - handleSeconds,
        paidSeconds,
      },
    },
    null,
    2,
  ) + '\n',
);

// ── SERVQUAL: 140 respondents, 22 expectation and 22 perception items on 1–7.
const dimensionOf = (item) => (item <= 4 ? 0 : item <= 9 ? 1 : item <= 13 ? 2 : item <= 17 ? 3 : 4);
const expectationLevel = [5.4, 6.5, 6.1, 6.2, 5.9]; // reliability matters most
const perceptionLevel = [5.6, 5.3, 5.0, 5.9, 5.2];
const servqual = [];
for (let respondent = 0; respondent < 140; respondent++) {
  const generosity = (random() - 0.5) * 1.2;
  const expectations = [];
  const perceptions = [];
  for (let item = 1; item <= 22; item++) {
    const d = dimensionOf(item);
    expectations.push(random() < 0.02 ? null : clampInt(expectationLevel[d] + (random() - 0.5) * 2, 1, 7));
    perceptions.push(random() < 0.03 ? null : clampInt(perceptionLevel[d] + generosity + (random() - 0.5) * 2.4, 1, 7));
  }
  servqual.push({ respondentId: `Q${String(respondent + 1).padStart(3, '0')}`, expectations, perceptions });
}
writeFileSync(
  join(out, 'servqual.json'),
  JSON.stringify(
    {
      instrument: 'SERVQUAL, 22 items (Parasuraman, Zeithaml & Berry 1988/1991), 1 = strongly disagree … 7 = strongly agree',
      // Mean 100-point allocation of importance across the five dimensions by the respondents.
      importance: { tangibles: 11, reliability: 32, responsiveness: 22, assurance: 19, empathy: 16 },
      responses: servqual,
    },
    null,
    1,
  ) + '\n',
);

// ── Tickets for the SLA clocks: 160 email tickets over the four weeks, as event logs, with the
// team's business hours (Paris, Monday–Friday 09:00–18:00, 11 November a holiday) and its SLA
// policy. A generator of their own, so the files above do not change when this part does.
const ticketRandom = seededRandom(13);
const ticketExponential = (mean) => -mean * Math.log(1 - ticketRandom());
const ticketPick = (weights) => {
  let r = ticketRandom() * Object.values(weights).reduce((a, b) => a + b, 0);
  for (const [key, weight] of Object.entries(weights)) {
    r -= weight;
    if (r < 0) return key;
  }
  return Object.keys(weights).at(-1);
};
const HOUR_MS = 3_600_000;
const SLA_NOW = Date.UTC(2026, 10, 30, 12); // Monday 30 November, 13:00 in Paris
/** The instant itself when the agents work then (08:00–17:00 UTC, Paris 09:00–18:00 in November, on weekdays but 11 November), else a few minutes after the next opening. */
const whenAgentsWork = (ms) => {
  let t = ms;
  for (;;) {
    const d = new Date(t);
    const weekday = (d.getUTCDay() + 6) % 7;
    const closedDay = weekday >= 5 || d.toISOString().startsWith('2026-11-11');
    if (!closedDay && d.getUTCHours() >= 8 && d.getUTCHours() < 17) return t;
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + (d.getUTCHours() >= 8 ? 1 : 0), 8);
    t = next + Math.round(ticketExponential(0.4) * HOUR_MS);
  }
};
const replyHours = { urgent: 0.6, high: 2, normal: 5, low: 9 }; // mean hours to the first reply
const tickets = [];
for (let n = 0; n < 160; n++) {
  const createdAt = START + Math.floor(ticketRandom() * (DAYS - 1) * 24) * HOUR_MS + Math.floor(ticketRandom() * 60) * 60_000;
  const priority = ticketPick({ low: 0.3, normal: 0.45, high: 0.18, urgent: 0.07 });
  const team = ticketPick({ billing: 0.4, delivery: 0.35, technical: 0.25 });
  const events = [{ type: 'created', at: createdAt, priority }];
  let at = createdAt;
  const push = (event) => {
    at = Math.max(at, event.at);
    if (at <= SLA_NOW) events.push({ ...event, at });
  };
  if (ticketRandom() < 0.1) push({ type: 'priority', at: at + Math.round(ticketExponential(1) * HOUR_MS), priority: priority === 'urgent' ? 'high' : 'urgent' });
  // Rounds of reply and answer until solved; a few tickets are reopened once.
  let reopened = false;
  for (let round = 0; round < 6; round++) {
    push({ type: 'agentReply', at: whenAgentsWork(at + Math.round(ticketExponential(round === 0 ? replyHours[priority] : 3) * HOUR_MS)) });
    if (ticketRandom() < 0.15) push({ type: 'agentReply', at, public: false });
    if (ticketRandom() < 0.45) {
      push({ type: 'status', at, status: 'solved' });
      if (!reopened && ticketRandom() < 0.12) {
        reopened = true;
        push({ type: 'status', at: at + Math.round(ticketExponential(20) * HOUR_MS), status: 'open' });
        push({ type: 'requesterComment', at });
        continue;
      }
      if (ticketRandom() < 0.6) push({ type: 'status', at: at + 4 * 24 * HOUR_MS, status: 'closed' });
      break;
    }
    push({ type: 'status', at, status: ticketRandom() < 0.8 ? 'pending' : 'onHold' });
    push({ type: 'requesterComment', at: at + Math.round(ticketExponential(12) * HOUR_MS) });
    push({ type: 'status', at, status: 'open' });
  }
  tickets.push({ id: `T-${String(n + 1).padStart(4, '0')}`, team, events: events.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) });
}
tickets.sort((a, b) => a.events[0].at.localeCompare(b.events[0].at));
const weekdayHours = [['09:00', '18:00']];
const business = (hours) => ({ seconds: hours * 3600, hours: 'business' });
const slaPolicy = {
  calendar: {
    timeZone: 'Europe/Paris',
    week: { monday: weekdayHours, tuesday: weekdayHours, wednesday: weekdayHours, thursday: weekdayHours, friday: weekdayHours, saturday: [], sunday: [] },
    holidays: [{ date: '2026-11-11' }],
  },
  targets: {
    urgent: { firstReply: business(1), nextReply: business(2), fullResolution: business(9) },
    high: { firstReply: business(4), nextReply: business(4), fullResolution: business(18) },
    normal: { firstReply: business(8), nextReply: business(8), fullResolution: business(36) },
    low: { firstReply: business(16), nextReply: business(16), fullResolution: business(72) },
  },
};
writeFileSync(join(out, 'tickets.json'), JSON.stringify({ now: new Date(SLA_NOW).toISOString(), policy: slaPolicy, tickets }, null, 1) + '\n');
// The same tickets as a help desk exports them, one row per event (for `service-metrics sla`),
// and the policy on its own.
writeFileSync(join(out, 'sla-policy.json'), JSON.stringify(slaPolicy, null, 2) + '\n');
writeFileSync(
  join(out, 'ticket-events.csv'),
  csv(
    ['ticket', 'team', 'type', 'at', 'priority', 'status', 'public'],
    tickets.flatMap((ticket) => ticket.events.map((e) => ({ ticket: ticket.id, team: ticket.team, ...e, public: e.public === undefined ? '' : e.public ? 'Y' : 'N' }))),
  ),
);

console.log(
  `wrote ${contacts.length} contacts, ${surveys.length} survey answers, ${intensities.length} emotion ratings, ` +
    `${months.length} months of customers, ${servqual.length} SERVQUAL responses, ${tickets.length} ticket logs to ${out}`,
);
