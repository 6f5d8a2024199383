# Shared staff words.
anonymised-person = persona anonimizzata
