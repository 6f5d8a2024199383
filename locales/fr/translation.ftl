# Traduction automatique et transcription des messages vocaux (voir docs/engines.md).

translation-machine-note = 🌐 Traduction automatique. Si quelque chose n'est pas clair, demandez-nous.
privacy-engines-local = 🌐 <b>Traduction automatique</b> : un programme sur l'ordinateur du guichet traduit en italien ce que vous écrivez et met vos messages vocaux par écrit. Vos messages ne sortent pas du guichet.
privacy-engines-remote = 🌐 <b>Traduction automatique</b> : ce que vous écrivez et vos messages vocaux sont envoyés à { $service }, qui les traduit en italien (et qui traduit dans votre langue les réponses du guichet). Nous n'envoyons ni votre nom ni votre numéro de téléphone.
mydata-transcript = Texte du message vocal (automatique)
mydata-translation = Traduction automatique
