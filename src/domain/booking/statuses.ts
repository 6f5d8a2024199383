import type { BookingStatus } from "#src/domain/ports/records.js";

/**
 * A seat is held while it is booked or offered to the next in line (who has not answered yet): these are
 * the seats a session counts as taken and the names a roster lists as seated.
 */
export const SEAT_HOLDING: readonly BookingStatus[] = ["booked", "offered"];

/** A booking still in play: holding a seat, or waiting for one. Cancelled, expired and declined ones are history. */
export const ACTIVE_BOOKING: readonly BookingStatus[] = [...SEAT_HOLDING, "waiting"];

export const isActiveBooking = (status: BookingStatus) => ACTIVE_BOOKING.includes(status);
