# Buttons pressed on older messages (Telegram sends them without the message after some hours).

button-stale = Ky buton është nga një mesazh i vjetër dhe nuk bën më asgjë. Hapni menynë për të zgjedhur atë që ju duhet.
button-stale-form = Ky buton është nga një mesazh i vjetër. Nuk keni mbaruar ende së përgjigjuri: përgjigjuni pyetjes së fundit, ose dërgoni /cancel për të dalë.

button-expired = Ky buton nuk punon më. Dërgoni /menu për të filluar përsëri.
