import type { Clock } from "../clock.js";
import { type Db, immediate } from "../db/client.js";
import type { Repositories } from "../db/repositories/index.js";
import type { BookingService } from "./booking.js";
import type { Request } from "./requests.js";

/**
 * Access, erasure and retention (GDPR arts. 15, 17 and 5(1)(e)). Counts for statistics survive
 * erasure: requests and bookings stay, attached to an anonymous marker, without content.
 */
export function privacyService(db: Db, repos: Repositories, clock: Clock, booking: BookingService, retentionDays: number) {
  return {
    retentionDays,

    /** Everything stored about a person, readable by them. */
    exportData(residentId: number) {
      const resident = repos.residents.get(residentId);
      if (!resident) return undefined;
      const requests = repos.requests.forResident(residentId).map((r) => ({
        number: r.id,
        category: r.category,
        status: r.status,
        openedAt: r.createdAt.toISOString(),
        closedAt: r.closedAt?.toISOString() ?? null,
        visit: r.visit,
        address: r.address,
        location: r.latitude !== null ? { latitude: r.latitude, longitude: r.longitude } : null,
        contact: r.contact,
        messages: repos.requests.messages(r.id).filter((m) => m.kind !== "part").map((m) => ({
          at: m.createdAt.toISOString(),
          from: m.direction === "in" ? "you" : m.direction === "note" ? "staff note" : "desk",
          kind: m.kind,
          text: m.text,
          ...(m.fileId ? { file: m.fileId } : {}),
        })),
      }));
      const bookings = repos.bookings.forResident(residentId, ["booked", "waiting", "offered", "cancelled", "expired", "declined"]).map(
        ({ booking, session }) => ({
          activity: session.activityId,
          startsAt: session.startsAt.toISOString(),
          status: booking.status,
          attendance: booking.attendance,
          ...(booking.childName ? { child: { firstName: booking.childName, class: booking.childClass, subject: booking.subject } } : {}),
        }),
      );
      return {
        exportedAt: clock.now().toISOString(),
        controller: "N.O.I. per la casa – sportello di via Gandolfi 20, Alessandria",
        you: {
          telegramId: resident.id,
          firstName: resident.firstName,
          language: resident.language,
          phone: resident.phone,
          firstContact: resident.createdAt.toISOString(),
          consent: resident.consentAt ? { at: resident.consentAt.toISOString(), noticeVersion: resident.consentVersion } : null,
        },
        requests,
        bookings,
        retention: `closed requests' texts are erased after ${retentionDays} days`,
      };
    },

    /**
     * Erases a person: their seats are given up first (so the next in line gets them), then
     * everything moves to an anonymous marker. Returns the requests that were still open.
     */
    forget(residentId: number): { openRequests: Request[] } | undefined {
      if (!repos.residents.get(residentId)) return undefined;
      for (const { booking: b } of repos.bookings.forResident(residentId)) booking.cancel(residentId, b.id);
      return immediate(db, () => {
        const open = repos.requests.forResident(residentId).filter((r) => r.status !== "closed");
        for (const r of open) {
          repos.requests.update(r.id, { status: "closed", closedAt: clock.now() });
          repos.audit.record(clock.now(), { id: residentId, name: "residente" }, "forget", { requestId: r.id });
        }
        const marker = repos.privacy.nextAnonymousId();
        repos.privacy.anonymise(residentId, marker, clock.now());
        repos.residents.evict(residentId);
        return { openRequests: open.map((r) => repos.requests.get(r.id)!) };
      });
    },

    /** Daily: closed requests older than the retention period lose their content. */
    applyRetention(): number {
      const before = new Date(clock.now().getTime() - retentionDays * 86_400_000);
      return immediate(db, () => {
        const ids = repos.privacy.expiredContent(before);
        repos.privacy.eraseContent(ids, clock.now());
        return ids.length;
      });
    },
  };
}
