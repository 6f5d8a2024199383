# La ficha del participante para el Fondo Social Europeo Plus (FSE+): solo números, nunca nombres.

ps-intro =
    { $who ->
        [child]
            📊 Algunas preguntas sobre { $child }, para quienes financian la oficina
            La oficina la paga el Fondo Social Europeo Plus a través de la Región del Piamonte, que nos pide contar quién participa: mujeres y hombres, edad, estudios. Usted responde por { $child }.
            • De la oficina solo salen los números, nunca un nombre.
            • En cada pregunta puede responder «Prefiero no decirlo».
            • Puede ver sus respuestas con /mydata y borrarlas con /forget.
            ¿Quiere responder? Toma solo un minuto.
       *[self]
            📊 Algunas preguntas para quienes financian la oficina
            La oficina la paga el Fondo Social Europeo Plus a través de la Región del Piamonte, que nos pide contar quién participa: mujeres y hombres, edad, trabajo, estudios.
            • De la oficina solo salen los números, nunca su nombre.
            • En cada pregunta puede responder «Prefiero no decirlo».
            • Puede ver sus respuestas con /mydata y borrarlas con /forget.
            ¿Quiere responder? Toma solo un minuto.
    }
ps-consent-yes = ✅ Sí, respondo
ps-consent-no = No, gracias
ps-declined = De acuerdo: no guardamos nada y no se lo volvemos a preguntar. Su reserva sigue igual.
ps-done = ¡Gracias! Sus respuestas están guardadas: puede verlas con /mydata y borrarlas con /forget.

ps-q-gender =
    { $who ->
        [child] { $child } es…
       *[self] Usted es…
    }
ps-q-age =
    { $who ->
        [child] ¿Cuántos años tiene { $child }?
       *[self] ¿Cuántos años tiene?
    }
ps-q-labour =
    { $who ->
        [child] ¿{ $child } trabaja?
       *[self] ¿Trabaja?
    }
ps-q-joblessFor =
    { $who ->
        [child] ¿Desde hace cuánto tiempo busca trabajo { $child }?
       *[self] ¿Desde hace cuánto tiempo busca trabajo?
    }
ps-q-education =
    { $who ->
        [child] ¿Hasta qué nivel ha estudiado { $child } por ahora?
       *[self] ¿Hasta qué nivel estudió?
    }
ps-q-thirdCountry =
    { $who ->
        [child] ¿{ $child } tiene la nacionalidad de un país fuera de la Unión Europea?
       *[self] ¿Tiene la nacionalidad de un país fuera de la Unión Europea?
    }
ps-q-foreignBackground =
    { $who ->
        [child] ¿{ $child }, o uno de sus padres, nació fuera de Italia?
       *[self] ¿Usted, o uno de sus padres, nació fuera de Italia?
    }
ps-q-homeless =
    { $who ->
        [child] ¿{ $child } está sin una vivienda estable (en la calle, en un albergue, en casa de otros o en riesgo de desalojo)?
       *[self] ¿Está sin una vivienda estable (en la calle, en un albergue, en casa de otros o en riesgo de desalojo)?
    }
ps-q-disability =
    { $who ->
        [child] ¿{ $child } tiene una discapacidad?
       *[self] ¿Tiene una discapacidad?
    }
ps-q-minority =
    { $who ->
        [child] ¿{ $child } pertenece a una minoría, por ejemplo gitana (rom o sinti)?
       *[self] ¿Pertenece a una minoría, por ejemplo gitana (rom o sinti)?
    }

ps-a-woman = Mujer / niña
ps-a-man = Hombre / niño
ps-a-non-binary = No binario
ps-a-under-18 = Menos de 18 años
ps-a-18-24 = 18–24 años
ps-a-25-29 = 25–29 años
ps-a-30-54 = 30–54 años
ps-a-55-plus = 55 años o más
ps-a-employed = 💼 Sí (también independiente)
ps-a-unemployed = 🔎 No, pero busca trabajo
ps-a-inactive = 🏠 No, y no busca trabajo
ps-a-under-6m = Menos de 6 meses
ps-a-6-12m = De 6 a 12 meses
ps-a-over-12m = Más de 12 meses
ps-a-isced-0-2 = Hasta la secundaria básica
ps-a-isced-3-4 = Secundaria completa o técnica
ps-a-isced-5-8 = Universidad o más
ps-a-yes = Sí
ps-a-no = No
ps-a-declined = 🤐 Prefiero no decirlo

ps-sensitive-intro =
    { $who ->
        [child]
            Dos preguntas más, sobre la salud y el origen de { $child }. Son preguntas delicadas: solo las hacemos si usted dice que sí, y las respuestas solo cuentan como números.
            ¿Quiere responder también a estas?
       *[self]
            Dos preguntas más, sobre salud y origen. Son preguntas delicadas: solo las hacemos si usted dice que sí, y las respuestas solo cuentan como números.
            ¿Quiere responder también a estas?
    }
ps-sensitive-yes = ✅ Sí, acepto
ps-sensitive-no = No, prefiero no responderlas

ps-mydata-title = Preguntas para quienes financian la oficina (FSE+)
ps-mydata-self = Sobre usted
ps-mydata-child = Sobre { $child }
ps-mydata-declined = Usted dijo que no: no guardamos respuestas.
ps-mydata-pending = Sin respuestas.
ps-mydata-sensitive = Usted aceptó responder las preguntas sobre salud y origen.
ps-label-gender = Género
ps-label-age = Edad
ps-label-labour = Trabajo
ps-label-joblessFor = Busca trabajo desde hace
ps-label-education = Estudios
ps-label-thirdCountry = Nacionalidad fuera de la UE
ps-label-foreignBackground = Nacimiento fuera de Italia (la persona o uno de sus padres)
ps-label-homeless = Sin vivienda estable
ps-label-disability = Discapacidad
ps-label-minority = Minoría
