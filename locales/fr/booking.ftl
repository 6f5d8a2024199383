# Cours, aide aux devoirs, ateliers : réservations, liste d'attente, rappels.

act-italian-a0a1 = Italien pour débutants (A0/A1)
act-italian-a1 = Italien A1
act-italian-a2 = Italien A2
act-italian-b1 = Italien B1
act-tutoring-primary = Aide aux devoirs – école primaire
act-tutoring-middle = Aide aux devoirs – collège
act-macrame = Atelier de macramé
act-caregiver = Cours pour aider un proche
act-italian-a0a1-desc = Pour les personnes qui ne parlent pas encore italien, ou seulement quelques mots. On part de zéro.
act-italian-a1-desc = Pour les personnes qui comprennent des mots et des phrases simples. Se présenter, faire les courses, aller chez le médecin.
act-italian-a2-desc = Pour les personnes qui parlent déjà un peu. Le travail, l'école des enfants, les administrations.
act-italian-b1-desc = Pour les personnes qui parlent assez bien et veulent progresser, y compris pour les examens et le titre de séjour.
act-tutoring-primary-desc = Aide aux devoirs pour les enfants de l'école primaire (scuola primaria).
act-tutoring-middle-desc = Aide aux devoirs et aux leçons pour les élèves du collège (scuola media, 11–14 ans).
act-macrame-desc = Nous travaillons ensemble avec des cordes et des nœuds. Pour tout le monde, même sans expérience. Le matériel est fourni.
act-caregiver-desc = Comment aider une personne âgée ou malade à la maison : la toilette, les déplacements, les médicaments, les droits.

class-p1 = Primaire, 1re année
class-p2 = Primaire, 2e année
class-p3 = Primaire, 3e année
class-p4 = Primaire, 4e année
class-p5 = Primaire, 5e année
class-m1 = Collège, 1re année (1ª media)
class-m2 = Collège, 2e année (2ª media)
class-m3 = Collège, 3e année (3ª media)
subject-homework = Devoirs
subject-italian = Italien
subject-maths = Mathématiques
subject-english = Anglais
subject-science = Sciences

place-desk = Guichet N.O.I., { $address }

book-choose-level = Quel niveau ? En cas de doute, choisissez le premier.
book-choose-activity = Quelle activité ?
book-sessions =
    <b>{ $activity }</b>
    { $description }
    Choisissez une date. Si elle est complète, vous pouvez vous inscrire sur la liste d'attente.
book-no-sessions = Pour l'instant, il n'y a pas de séances prévues. Nous en ajouterons bientôt : vous pouvez demander au guichet.
book-session-free =
    { $when } · { $free ->
        [one] 1 place
       *[other] { $free } places
    }
book-session-full = { $when } · complet
book-confirmed =
    ✅ C'est réservé !
    { $activity }
    📅 { $when }
    📍 { $place }
    Nous vous enverrons un rappel la veille et deux heures avant.
book-confirmed-child =
    ✅ C'est réservé pour { $child } !
    { $activity }
    📅 { $when }
    📍 { $place }
    Nous vous enverrons un rappel la veille et deux heures avant.
book-full = Cette séance est complète. Voulez-vous vous inscrire sur la liste d'attente ? Si une place se libère, nous vous écrirons.
book-join-waitlist = 📝 Oui, je m'inscris
book-waitlisted = Vous êtes numéro { $position } sur la liste d'attente. Si une place se libère, nous vous écrirons.
book-already = Pour cette séance, vous avez déjà une place, ou vous êtes déjà sur la liste d'attente.
book-started = Cette séance a déjà commencé. Choisissez-en une autre.
book-session-cancelled = Cette séance a été annulée. Choisissez-en une autre.
book-not-found = Cette séance n'existe plus. Choisissez-en une autre.
book-free-now = Une place vient de se libérer : vous pouvez la réserver.

tutoring-child-name = Comment s'appelle l'enfant ? Écrivez seulement le prénom.
tutoring-child-name-invalid = Écrivez seulement le prénom (40 lettres au maximum).
tutoring-child-class = Dans quelle classe est { $child } ?
tutoring-subject = Pour quelle matière faut-il aider { $child } ?
tutoring-another = Voulez-vous aussi réserver pour un autre enfant ?
tutoring-another-yes = ➕ Un autre enfant
tutoring-another-no = ✔️ Non, c'est tout
tutoring-privacy-note = Pour les enfants, nous gardons seulement le prénom et la classe.

my-bookings-title = <b>Vos réservations</b>
my-bookings-none = Vous n'avez pas de réservations.
my-booking-line = { $activity } · { $when } · { $status }
my-booking-line-child = { $activity } ({ $child }) · { $when } · { $status }
booking-status-booked = réservé
booking-status-waiting = sur la liste d'attente
booking-status-offered = une place vous attend !
booking-cancelled = Réservation annulée. Merci de nous avoir prévenus : la place va à quelqu'un d'autre.
booking-cancel-failed = Cette réservation ne peut plus être annulée.

waitlist-offer =
    🎉 Une place s'est libérée !
    { $activity }
    📅 { $when }
    📍 { $place }
    Vous la voulez ? Nous la gardons pour vous jusqu'à { $until }.
offer-accept = ✅ Oui, je veux la place
offer-decline = Non, merci
offer-gone = Désolé, cette offre n'est plus valable.
offer-declined = D'accord. Nous donnons la place à la personne suivante.
offer-lapsed = La place que nous vous gardions pour { $activity } ({ $when }) est allée à la personne suivante, car nous n'avons pas eu de réponse.

session-cancelled =
    ⚠️ Annulé : { $activity }, { $when }.
    Nous sommes désolés ! Votre réservation est annulée. Vous pouvez choisir une autre séance dans le menu.

reminder-24h =
    ⏰ Rappel : demain, { $when }
    { $activity }
    📍 { $place }
reminder-2h =
    ⏰ Dans deux heures, { $when }
    { $activity }
    📍 { $place }
reminder-coming = 👍 Je viens
reminder-not-coming = ✖️ Je ne peux pas venir
reminder-thanks = Merci ! À bientôt.
reminder-freed = Merci de nous avoir prévenus. Votre place est maintenant libre pour quelqu'un d'autre.

# Short names, after the date on a booking's cancel button ("✖️ Mer 02/12 · Corso A1").
act-italian-a0a1-short = Cours A0/A1
act-italian-a1-short = Cours A1
act-italian-a2-short = Cours A2
act-italian-b1-short = Cours B1
act-macrame-short = Macramé
act-caregiver-short = Cours pour aider un proche

# Every date of a course in one tap, and the answer, one line per date.
book-course-button = { $count ->
        [one] 📅 Réserver cette date
       *[other] 📅 Réserver les { $count } dates
    }
book-course-title = <b>{ $activity }</b> – toutes les dates :
book-course-line-booked = ✅ { $when } · place réservée
book-course-line-waiting = 📝 { $when } · liste d'attente, numéro { $position }
book-course-line-refused = ✖️ { $when } · pas de réservation
book-course-next = Nous vous rappellerons chaque séance la veille et deux heures avant.
book-course-next-waiting = Nous vous rappellerons les séances où vous avez une place. Si une place se libère à une date complète, nous vous écrirons.

# Cancelling a booking asks first.
booking-cancel-ask =
    Annuler cette réservation ?
    { $activity }
    📅 { $when }
booking-cancel-yes = ✖️ Oui, je l'annule
booking-cancel-no = Non, je la garde
