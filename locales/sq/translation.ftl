# Përkthim automatik dhe shkrimi i mesazheve zanore (shih docs/engines.md).

translation-machine-note = 🌐 Përkthim automatik. Nëse diçka nuk është e qartë, na pyesni.
privacy-engines-local = 🌐 <b>Përkthim automatik</b>: një program në kompjuterin e zyrës përkthen në italisht atë që shkruani dhe i kthen në tekst mesazhet tuaja zanore. Mesazhet tuaja nuk dalin nga zyra.
privacy-engines-remote = 🌐 <b>Përkthim automatik</b>: atë që shkruani dhe mesazhet tuaja zanore i dërgojmë te { $service }, që i përkthen në italisht (dhe përkthen në gjuhën tuaj përgjigjet e zyrës). Nuk dërgojmë as emrin tuaj, as numrin e telefonit.
mydata-transcript = Teksti i mesazhit zanor (automatik)
mydata-translation = Përkthim automatik
