import type { Db } from "#src/db/client.js";

const CATEGORIES = ["housing", "rent", "social", "health", "homecare", "school", "neighbours", "other"];
const LANGS = ["it", "ar", "ro", "uk", "zh", "es", "sq", "fr", "en"];
/** Two teams share the requests, as data/desk.example.json routes them (health and home care to the second). */
const TEAM_OF: Record<string, string> = { health: "salute", homecare: "salute" };
export const BENCH_TEAMS = ["sportello", "salute"];
/** Field workers whose days the visits fill. */
export const BENCH_WORKERS = 20;
const ACTIVITIES = ["italian-a0a1", "italian-a1", "italian-a2", "italian-b1", "tutoring-primary", "tutoring-middle", "macrame", "caregiver"];

/**
 * Years of history: 100,000 residents, 200,000 requests (2% still open), 1,000,000 bookings over
 * 20,000 past sessions, 50,000 outbox rows sent plus 20,000 due, a week of handled updates
 * in the inbox (100,000, their payload dropped as the desk does), the requests shared by two teams and
 * 20,000 home visits over two years by 20 workers. Bulk inserts, one transaction.
 */
export function prefill(db: Db, now: Date) {
  const sqlite = db.$client;
  const day = 86_400_000;
  const t = now.getTime();
  const counts = { residents: 100_000, requests: 200_000, sessions: 20_000, bookings: 1_000_000, outbox: 70_000, inbox: 100_000, visits: 20_000 };
  sqlite.transaction(() => {
    const resident = sqlite.prepare(
      "INSERT INTO residents (id, language, first_name, consent_at, consent_version, created_at) VALUES (?, ?, ?, ?, 1, ?)",
    );
    for (let i = 1; i <= counts.residents; i++) {
      const at = t - ((i * 7919) % (5 * 365)) * day;
      resident.run(10_000_000 + i, LANGS[i % LANGS.length], `Persona${i}`, at, at);
    }
    const request = sqlite.prepare(
      `INSERT INTO requests (resident_id, category, language, visit, contact, status, created_at, first_answer_at, closed_at, team_id)
       VALUES (?, ?, ?, ?, 'chat', ?, ?, ?, ?, ?)`,
    );
    const message = sqlite.prepare("INSERT INTO request_messages (request_id, direction, kind, text, created_at) VALUES (?, 'in', 'text', ?, ?)");
    for (let i = 1; i <= counts.requests; i++) {
      const created = t - ((i * 104_729) % (5 * 365 * 24)) * 3_600_000;
      const open = i % 50 === 0;
      const info = request.run(
        10_000_000 + 1 + (i % counts.residents),
        CATEGORIES[i % CATEGORIES.length],
        LANGS[i % LANGS.length],
        i % 5 === 0 ? "home" : "desk",
        open ? (i % 100 === 0 ? "taken" : "open") : "closed",
        created,
        open && i % 3 === 0 ? null : created + 20 * 3_600_000,
        open ? null : created + 72 * 3_600_000,
        TEAM_OF[CATEGORIES[i % CATEGORIES.length]!] ?? "sportello",
      );
      message.run(info.lastInsertRowid, "Testo della richiesta di prova, abbastanza lungo da pesare come uno vero.", created);
    }
    const session = sqlite.prepare(
      "INSERT INTO sessions (activity_id, starts_at, duration_min, seats, status, created_at) VALUES (?, ?, 90, 60, 'scheduled', ?)",
    );
    const firstSession = sqlite.prepare("SELECT coalesce(max(id), 0) + 1 FROM sessions").pluck().get() as number;
    for (let i = 0; i < counts.sessions; i++) {
      const at = t - (1 + (i % (5 * 365))) * day - (i % 7) * 3_600_000;
      session.run(ACTIVITIES[i % ACTIVITIES.length], at, at - 30 * day);
    }
    const booking = sqlite.prepare(
      `INSERT INTO bookings (session_id, resident_id, seat_key, status, attendance, created_at, updated_at)
       VALUES (?, ?, '', ?, ?, ?, ?)`,
    );
    for (let i = 0; i < counts.bookings; i++) {
      const s = firstSession + (i % counts.sessions);
      // 50 different people in each session
      const r = 10_000_000 + 1 + ((Math.floor(i / counts.sessions) * 2003 + (i % counts.sessions)) % counts.residents);
      const status = i % 10 === 0 ? "cancelled" : "booked";
      booking.run(s, r, status, status === "booked" ? (i % 4 === 0 ? "absent" : "present") : null, t - 400 * day, t - 400 * day);
    }
    const outbox = sqlite.prepare(
      "INSERT INTO outbox (due_at, chat_id, kind, payload, status, attempts, created_at) VALUES (?, ?, 'reminder-24h', ?, ?, ?, ?)",
    );
    const payload = JSON.stringify({ type: "t", key: "reminder-thanks" });
    for (let i = 0; i < counts.outbox; i++) {
      const sent = i < 50_000;
      outbox.run(sent ? t - (i + 1) * 60_000 : t - 1000 - i, 10_000_000 + 1 + (i % counts.residents), payload, sent ? "sent" : "pending", sent ? 1 : 0, t - 2 * day);
    }
    // Home visits: a year behind and a year ahead, on the home-visit requests, each worker about two a day.
    const visit = sqlite.prepare(
      `INSERT INTO visits (request_id, series, team, worker_id, worker_name, who, address, status, starts_at, ends_at, proposed_at, created_by, created_at)
       VALUES (?, 0, 'salute', ?, ?, 'l''infermiere di quartiere', 'Via Gandolfi 20, scala B', ?, ?, ?, ?, ?, ?)`,
    );
    const series = sqlite.prepare("UPDATE visits SET series = id WHERE id = ?");
    for (let i = 0; i < counts.visits; i++) {
      const worker = 900_100 + (i % BENCH_WORKERS);
      const at = t + (i - counts.visits / 2) * Math.floor((730 * day) / counts.visits);
      const status = at > t ? "confirmed" : i % 7 === 0 ? "not-home" : "done";
      const id = visit.run(5 * (1 + (i % (counts.requests / 5))), worker, `Operatore ${worker}`, status, at, at + 3_600_000, at - 3 * day, worker, at - 3 * day).lastInsertRowid;
      series.run(id);
    }
    const inbox = sqlite.prepare(
      "INSERT INTO inbox (update_id, from_id, chat_id, payload, status, attempts, received_at, done_at) VALUES (?, ?, ?, NULL, 'done', 1, ?, ?)",
    );
    for (let i = 0; i < counts.inbox; i++) {
      const who = 10_000_000 + 1 + ((i * 7919) % counts.residents);
      const at = t - 7 * day + Math.floor((i * 7 * day) / counts.inbox);
      inbox.run(500_000_000 + i, who, who, at, at + 2);
    }
  })();
  sqlite.pragma("optimize");
  return counts;
}
