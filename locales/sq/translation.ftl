# Përkthim automatik dhe shkrimi i mesazheve zanore (shih docs/engines.md).

translation-machine-note = 🌐 Përkthim automatik. Nëse diçka nuk është e qartë, na pyesni.
privacy-engines-local = 🌐 <b>Përkthim automatik</b>: një program në kompjuterin e zyrës përkthen në italisht atë që shkruani dhe shkruan tekstin e mesazheve tuaja zanore. Mesazhet tuaja nuk dalin nga zyra.
privacy-engines-remote = 🌐 <b>Përkthim automatik</b>: atë që shkruani dhe mesazhet tuaja zanore i dërgojmë te { $service } për t'u përkthyer në italisht (dhe përgjigjet e zyrës në gjuhën tuaj). Nuk dërgojmë emrin tuaj as numrin e telefonit.
mydata-transcript = Teksti i mesazhit zanor (automatik)
mydata-translation = Përkthim automatik
