# A person's erasure, as staff read it in the topic of each request that was open (src/bot/features/privacy.ts).

erasure-request-closed = 🗑 <b>#{ $number }: la persona ha chiesto di essere dimenticata.</b> I suoi dati sono stati cancellati e la richiesta è chiusa; i numeri per le statistiche restano, anonimi.
