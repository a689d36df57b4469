<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Pain, PEG score, mood and sleep quality from {start} to {end}, {recorded} of %n day(s) recorded.</source>
        <translation>
            <numerusform>Dolor, puntaje PEG, ánimo y calidad del sueño del {start} al {end}: {recorded} de %n día registrado.</numerusform>
            <numerusform>Dolor, puntaje PEG, ánimo y calidad del sueño del {start} al {end}: {recorded} de %n días registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average pain was {first} in the first week and {last} in the last (0–10, lower is better).</source>
        <translation>El dolor promedio fue {first} en la primera semana y {last} en la última (0–10, menos es mejor).</translation>
    </message>
    <message>
        <source>Average pain was {mean} (0–10, lower is better).</source>
        <translation>El dolor promedio fue {mean} (0–10, menos es mejor).</translation>
    </message>
    <message>
        <source>Therapies: {lanes}.</source>
        <translation>Terapias: {lanes}.</translation>
    </message>
    <message>
        <source>{total} on {day}</source>
        <translation>{total} el {day}</translation>
    </message>
    <message>
        <source>{form} scores (0–{highest}, lower is better): {totals}.</source>
        <translation>Puntajes del {form} (0–{highest}, menos es mejor): {totals}.</translation>
    </message>
    <message>
        <source>procedure on {day}</source>
        <translation>procedimiento el {day}</translation>
    </message>
    <message>
        <source>Daily pain around {therapy} ({what} on {day}): too few days were recorded before or after to compare.</source>
        <translation>Dolor diario alrededor de {therapy} ({what} el {day}): se registraron muy pocos días antes o después para comparar.</translation>
    </message>
    <message>
        <source>Daily pain around {therapy} ({what} on {day}): on average {before} before and {after} after (0–10, lower is better).</source>
        <translation>Dolor diario alrededor de {therapy} ({what} el {day}): en promedio {before} antes y {after} después (0–10, menos es mejor).</translation>
    </message>
    <message numerus="yes">
        <source>{label} %n day(s)</source>
        <translation>
            <numerusform>{label} %n día</numerusform>
            <numerusform>{label} %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: {named}.</source>
        <translation>{title}: {named}.</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>days reported</source>
        <translation>días registrados</translation>
    </message>
    <message>
        <source>sleep the same every day</source>
        <translation>el sueño fue igual todos los días</translation>
    </message>
    <message>
        <source>pain the same every day</source>
        <translation>el dolor fue igual todos los días</translation>
    </message>
    <message>
        <source>{link} ({same})</source>
        <translation>{link} ({same})</translation>
    </message>
    <message numerus="yes">
        <source>{label}: {link}, %n day(s)</source>
        <translation>
            <numerusform>{label}: {link}, %n día</numerusform>
            <numerusform>{label}: {link}, %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} of the night (higher is better)
each dot is a night and the day after it</source>
        <translation>{label} de la noche (más es mejor)
cada punto es una noche y el día siguiente</translation>
    </message>
    <message>
        <source>pain the
next day</source>
        <translation>dolor al día
siguiente</translation>
    </message>
    <message>
        <source>hours after the block</source>
        <translation>horas después del bloqueo</translation>
    </message>
    <message>
        <source>% relief</source>
        <translation>% de alivio</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>promedio de 7 días</translation>
    </message>
    <message>
        <source>7-day means</source>
        <translation>promedios de 7 días</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>promedio semanal</translation>
    </message>
    <message>
        <source>weekly means</source>
        <translation>promedios semanales</translation>
    </message>
    <message numerus="yes">
        <source>%n-week mean</source>
        <translation>
            <numerusform>promedio de %n semana</numerusform>
            <numerusform>promedio de %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-week means</source>
        <translation>
            <numerusform>promedios de %n semana</numerusform>
            <numerusform>promedios de %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>daily and 7-day mean</source>
        <translation>diario y promedio de 7 días</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diario</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>ánimo</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>calidad del sueño</translation>
    </message>
    <message>
        <source>worst–least</source>
        <translation>peor–menor</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>un día</translation>
    </message>
    <message>
        <source>Pain 0–10, {means} (lower is better)</source>
        <translation>Dolor 0–10, {means} (menos es mejor)</translation>
    </message>
    <message>
        <source>PEG score 0–10, {means} (lower is better)</source>
        <translation>Puntaje PEG 0–10, {means} (menos es mejor)</translation>
    </message>
    <message>
        <source>Mood and sleep quality 0–10, {means} (higher is better)</source>
        <translation>Ánimo y calidad del sueño 0–10, {means} (más es mejor)</translation>
    </message>
    <message>
        <source>taking it</source>
        <translation>en tratamiento</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedimiento</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>suspendido</translation>
    </message>
    <message>
        <source>score (filled: screens positive)</source>
        <translation>puntaje (relleno: tamizaje positivo)</translation>
    </message>
    <message>
        <source>Therapies and questionnaires</source>
        <translation>Terapias y cuestionarios</translation>
    </message>
    <message>
        <source>Therapies</source>
        <translation>Terapias</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>De espalda</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
    </message>
    <message>
        <source>call or text 988, any time</source>
        <translation>llame o envíe un mensaje de texto al 988, a cualquier hora</translation>
    </message>
    <message>
        <source>call free, day or night</source>
        <translation>llamada gratuita, de día o de noche</translation>
    </message>
    <message>
        <source>call any time</source>
        <translation>llame a cualquier hora</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>Ningún día</translation>
    </message>
    <message>
        <source>Several days</source>
        <translation>Varios días</translation>
    </message>
    <message>
        <source>More than half the days</source>
        <translation>Más de la mitad de los días</translation>
    </message>
    <message>
        <source>Nearly every day</source>
        <translation>Casi todos los días</translation>
    </message>
    <message>
        <source>If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?</source>
        <translation>Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?</translation>
    </message>
    <message>
        <source>Not difficult at all</source>
        <translation>No ha sido difícil</translation>
    </message>
    <message>
        <source>Somewhat difficult</source>
        <translation>Un poco difícil</translation>
    </message>
    <message>
        <source>Very difficult</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <source>Extremely difficult</source>
        <translation>Extremadamente difícil</translation>
    </message>
    <message>
        <source>Over the last 2 weeks, how often have you been bothered by any of the following problems?</source>
        <translation>Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?</translation>
    </message>
    <message>
        <source>Little interest or pleasure in doing things</source>
        <translation>Poco interés o placer en hacer cosas</translation>
    </message>
    <message>
        <source>Feeling down, depressed, or hopeless</source>
        <translation>Se ha sentido decaído(a), deprimido(a) o sin esperanzas</translation>
    </message>
    <message>
        <source>Trouble falling or staying asleep, or sleeping too much</source>
        <translation>Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado</translation>
    </message>
    <message>
        <source>Feeling tired or having little energy</source>
        <translation>Se ha sentido cansado(a) o con poca energía</translation>
    </message>
    <message>
        <source>Poor appetite or overeating</source>
        <translation>Sin apetito o ha comido en exceso</translation>
    </message>
    <message>
        <source>Feeling bad about yourself — or that you are a failure or have let yourself or your family down</source>
        <translation>Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia</translation>
    </message>
    <message>
        <source>Trouble concentrating on things, such as reading the newspaper or watching television</source>
        <translation>Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión</translation>
    </message>
    <message>
        <source>Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual</source>
        <translation>¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal</translation>
    </message>
    <message>
        <source>Thoughts that you would be better off dead or of hurting yourself in some way</source>
        <translation>Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera</translation>
    </message>
    <message>
        <source>Patient Health Questionnaire (PHQ-9)</source>
        <translation>Cuestionario sobre la salud del paciente (PHQ-9)</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Patient Health Questionnaire (PHQ-2)</source>
        <translation>Cuestionario sobre la salud del paciente (PHQ-2)</translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder scale (GAD-7)</source>
        <translation>Escala del trastorno de ansiedad generalizada (GAD-7)</translation>
    </message>
    <message>
        <source>Generalized Anxiety Disorder scale (GAD-2)</source>
        <translation>Escala del trastorno de ansiedad generalizada (GAD-2)</translation>
    </message>
    <message>
        <source>Unknown questionnaire: {instrument}.</source>
        <translation>Cuestionario desconocido: {instrument}.</translation>
    </message>
    <message>
        <source>The {code} has {questions} questions; {answered} were answered.</source>
        <translation>El {code} tiene {questions} preguntas; se respondieron {answered}.</translation>
    </message>
    <message>
        <source>Question {number} of the {code} needs one of its four answers.</source>
        <translation>La pregunta {number} del {code} necesita una de sus cuatro respuestas.</translation>
    </message>
    <message>
        <source>The {code} has no question about difficulty.</source>
        <translation>El {code} no tiene pregunta sobre la dificultad.</translation>
    </message>
    <message>
        <source>The difficulty needs one of its four answers.</source>
        <translation>La dificultad necesita una de sus cuatro respuestas.</translation>
    </message>
    <message>
        <source>Thoughts of self-harm (PHQ-9 question 9)</source>
        <translation>Pensamientos de hacerse daño (pregunta 9 del PHQ-9)</translation>
    </message>
    <message>
        <source>Questions for this visit</source>
        <translation>Preguntas para esta consulta</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notas para el médico</translation>
    </message>
    <message>
        <source>Falls</source>
        <translation>Caídas</translation>
    </message>
    <message>
        <source>Severe side effects</source>
        <translation>Efectos secundarios graves</translation>
    </message>
    <message>
        <source>Positive mood or anxiety screens</source>
        <translation>Tamizajes de ánimo o ansiedad positivos</translation>
    </message>
    <message>
        <source>More than the prescribed maximum</source>
        <translation>Más del máximo recetado</translation>
    </message>
    <message>
        <source>Started in this period</source>
        <translation>Iniciado en este período</translation>
    </message>
    <message>
        <source>Stopped in this period</source>
        <translation>Suspendido en este período</translation>
    </message>
    <message>
        <source>Nothing flagged: no questions or notes for the doctor, no severe side effects or falls, no positive mood or anxiety screen, no day over a prescribed maximum, and no therapy started or stopped in this period.</source>
        <translation>Nada que señalar: no hay preguntas ni notas para el médico, ni efectos secundarios graves o caídas, ni tamizajes de ánimo o ansiedad positivos, ningún día por encima de un máximo recetado, y ninguna terapia iniciada o suspendida en este período.</translation>
    </message>
    <message>
        <source>{what} ({day})</source>
        <translation>{what} ({day})</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier note(s) in the diary</source>
        <translation>
            <numerusform>y %n nota anterior en el diario</numerusform>
            <numerusform>y %n notas anteriores en el diario</numerusform>
        </translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Lo que requiere atención</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no se anotó el motivo</translation>
    </message>
    <message>
        <source>ask about it at this visit</source>
        <translation>pregunte sobre esto en esta consulta</translation>
    </message>
    <message numerus="yes">
        <source>{day}: {name} %n dose(s) (at most {most} a day)</source>
        <translation>
            <numerusform>{day}: {name} %n dosis (como máximo {most} al día)</numerusform>
            <numerusform>{day}: {name} %n dosis (como máximo {most} al día)</numerusform>
        </translation>
    </message>
    <message>
        <source>{severity} side effect</source>
        <translation>efecto secundario {severity}</translation>
    </message>
    <message>
        <source>thought to be from {therapy}</source>
        <translation>posiblemente causado por {therapy}</translation>
    </message>
    <message>
        <source>opioids prescribed that day: {mme} MME/day</source>
        <translation>opioides recetados ese día: {mme} MME/día</translation>
    </message>
    <message numerus="yes">
        <source>(continues in the diary, %n more word(s))</source>
        <translation>
            <numerusform>(continúa en el diario, %n palabra más)</numerusform>
            <numerusform>(continúa en el diario, %n palabras más)</numerusform>
        </translation>
    </message>
    <message>
        <source>No check-ins were recorded in this period.</source>
        <translation>No se registró ningún día en este período.</translation>
    </message>
    <message>
        <source>There is nothing to average, so no figures are shown.</source>
        <translation>No hay nada que promediar, así que no se muestran cifras.</translation>
    </message>
    <message>
        <source>Name: {line}</source>
        <translation>Nombre: {line}</translation>
    </message>
    <message>
        <source>{name} · born {day}</source>
        <translation>{name} · nacido(a) el {day}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>Pain diary — visit summary, made {made} from the patient&apos;s own records</source>
        <translation>Diario del dolor — resumen para la consulta, hecho el {made} a partir de los registros del propio paciente</translation>
    </message>
    <message>
        <source>page {n} of {m}</source>
        <translation>página {n} de {m}</translation>
    </message>
    <message>
        <source>born {day}</source>
        <translation>nacido(a) el {day}</translation>
    </message>
    <message>
        <source>{recorded} of {days} recorded</source>
        <translation>{recorded} de {days} registrados</translation>
    </message>
    <message>
        <source>{recorded}, {late} of them later than the next day</source>
        <translation>{recorded}, {late} de ellos anotados después del día siguiente</translation>
    </message>
    <message numerus="yes">
        <source>{recorded}; %n marked not recorded</source>
        <translation>
            <numerusform>{recorded}; %n marcado como no registrado</numerusform>
            <numerusform>{recorded}; %n marcados como no registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>{start} to {end} ({days}) · {recorded} · made {made}</source>
        <translation>{start} a {end} ({days}) · {recorded} · hecho el {made}</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>{n} recorded</source>
        <translation>{n} registrados</translation>
    </message>
    <message>
        <source>previous {days} ({recorded})</source>
        <translation>{days} anteriores ({recorded})</translation>
    </message>
    <message>
        <source>Average pain (0–10, lower is better)</source>
        <translation>Dolor promedio (0–10, menos es mejor)</translation>
    </message>
    <message>
        <source>PEG score (0–10, lower is better)</source>
        <translation>Puntaje PEG (0–10, menos es mejor)</translation>
    </message>
    <message>
        <source>Worst / least pain (means)</source>
        <translation>Peor / menor dolor (promedios)</translation>
    </message>
    <message>
        <source>Days with pain 7 or more</source>
        <translation>Días con dolor de 7 o más</translation>
    </message>
    <message>
        <source>Best / worst day</source>
        <translation>Mejor / peor día</translation>
    </message>
    <message>
        <source>Mood (0–10, higher is better)</source>
        <translation>Ánimo (0–10, más es mejor)</translation>
    </message>
    <message>
        <source>Sleep: hours / quality (higher is better)</source>
        <translation>Sueño: horas / calidad (más es mejor)</translation>
    </message>
    <message>
        <source>this period</source>
        <translation>este período</translation>
    </message>
    <message>
        <source>change (points, %) · IMMPACT</source>
        <translation>cambio (puntos, %) · IMMPACT</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>Current therapies</source>
        <translation>Terapias actuales</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ninguna registrada.</translation>
    </message>
    <message>
        <source>(this dose since {day})</source>
        <translation>(esta dosis desde el {day})</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Dose / latest</source>
        <translation>Dosis / más reciente</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Prescribed by</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <source>Opioid dose (morphine milligram equivalents)</source>
        <translation>Dosis de opioides (equivalentes de miligramos de morfina)</translation>
    </message>
    <message>
        <source>PGIC on {day}: {answer}</source>
        <translation>PGIC el {day}: {answer}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>PEG</source>
        <translation>PEG</translation>
    </message>
    <message>
        <source>Change · IMMPACT</source>
        <translation>Cambio · IMMPACT</translation>
    </message>
    <message>
        <source>Pain before and after each therapy change</source>
        <translation>Dolor antes y después de cada cambio de terapia</translation>
    </message>
    <message>
        <source>block diary: {result}</source>
        <translation>diario del bloqueo: {result}</translation>
    </message>
    <message>
        <source>follow-ups: {result}</source>
        <translation>seguimientos: {result}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>relief not recorded yet</source>
        <translation>alivio aún no registrado</translation>
    </message>
    <message>
        <source>{days} after</source>
        <translation>{days} después</translation>
    </message>
    <message>
        <source>relief {relief}, reported {when}</source>
        <translation>alivio {relief}, informado {when}</translation>
    </message>
    <message>
        <source>overlaps {n}</source>
        <translation>se superpone con {n}</translation>
    </message>
    <message>
        <source>How medication was taken</source>
        <translation>Cómo se tomaron los medicamentos</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier</source>
        <translation>
            <numerusform>y %n anterior</numerusform>
            <numerusform>y %n anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Thought to be from</source>
        <translation>Posiblemente causado por</translation>
    </message>
    <message>
        <source>Flares logged</source>
        <translation>Crisis de dolor anotadas</translation>
    </message>
    <message>
        <source>Pain pattern</source>
        <translation>Patrón del dolor</translation>
    </message>
    <message>
        <source>Pain diary — visit summary</source>
        <translation>Diario del dolor — resumen para la consulta</translation>
    </message>
    <message>
        <source>no doses due in the period</source>
        <translation>ninguna dosis programada en el período</translation>
    </message>
    <message numerus="yes">
        <source>dose log not kept (%n day(s) due)</source>
        <translation>
            <numerusform>registro de dosis no llevado (%n día con dosis programada)</numerusform>
            <numerusform>registro de dosis no llevado (%n días con dosis programadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pct} taken: {taken} of {expected} logged scheduled doses (logged on {logged} of {days} days due)</source>
        <translation>{pct} tomado: {taken} de {expected} dosis programadas registradas (registro llevado {logged} de {days} días con dosis)</translation>
    </message>
    <message>
        <source>{taken}; {n} skipped</source>
        <translation>{taken}; {n} omitidas</translation>
    </message>
    <message>
        <source>as needed: not prescribed in the period</source>
        <translation>según necesidad: no recetado en el período</translation>
    </message>
    <message numerus="yes">
        <source>no as-needed dose logged in %n day(s) prescribed</source>
        <translation>
            <numerusform>ninguna dosis según necesidad registrada en %n día recetado</numerusform>
            <numerusform>ninguna dosis según necesidad registrada en %n días recetados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{per_week} as-needed doses a week ({doses} in %n day(s) prescribed)</source>
        <translation>
            <numerusform>{per_week} dosis según necesidad por semana ({doses} en %n día recetado)</numerusform>
            <numerusform>{per_week} dosis según necesidad por semana ({doses} en %n días recetados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{use}; no dose rated both before and after</source>
        <translation>{use}; ninguna dosis calificada antes y después</translation>
    </message>
    <message numerus="yes">
        <source>{use}; pain before {b} → after {a} (%n dose(s) rated both times)</source>
        <translation>
            <numerusform>{use}; dolor antes {b} → después {a} (%n dosis calificada en ambos momentos)</numerusform>
            <numerusform>{use}; dolor antes {b} → después {a} (%n dosis calificadas en ambos momentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Prescribed now: {mme} MME/day</source>
        <translation>Recetado ahora: {mme} MME/día</translation>
    </message>
    <message>
        <source>Prescribed now: no convertible opioid</source>
        <translation>Recetado ahora: ningún opioide convertible</translation>
    </message>
    <message>
        <source>taken: {none}, dose log not kept</source>
        <translation>tomado: {none}, registro de dosis no llevado</translation>
    </message>
    <message>
        <source>taken (dose log kept on {logged} of {days} days): mean {mean}, highest {most} MME/day</source>
        <translation>tomado (registro de dosis llevado {logged} de {days} días): promedio {mean}, máximo {most} MME/día</translation>
    </message>
    <message>
        <source>not converted (no CDC factor): {names}</source>
        <translation>no convertido (sin factor de los CDC): {names}</translation>
    </message>
    <message>
        <source>Numbers from the patient&apos;s own diary. Whether 50 % or 80 % relief counts differs between guidelines and payers; both are shown, and no verdict is given.</source>
        <translation>Cifras del propio diario del paciente. Si cuenta un alivio del 50 % o del 80 % varía entre guías clínicas y aseguradoras; se muestran ambos y no se emite ningún juicio.</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>Stimulator trial diary — {name}</source>
        <translation>Diario de la prueba del estimulador — {name}</translation>
    </message>
    <message>
        <source>Diagnostic block diary — {name}</source>
        <translation>Diario del bloqueo diagnóstico — {name}</translation>
    </message>
    <message>
        <source>Follow-ups — {name}</source>
        <translation>Seguimientos — {name}</translation>
    </message>
    <message>
        <source>Follow-ups — {name} ({kind})</source>
        <translation>Seguimientos — {name} ({kind})</translation>
    </message>
    <message>
        <source>For: {target}</source>
        <translation>Para: {target}</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this diary yet.</source>
        <translation>Todavía no se ha registrado nada en este diario.</translation>
    </message>
    <message>
        <source>anaesthetic not entered</source>
        <translation>anestésico no anotado</translation>
    </message>
    <message>
        <source>block {n}, {day} ({what})</source>
        <translation>bloqueo {n}, {day} ({what})</translation>
    </message>
    <message>
        <source>{low}–{high} h</source>
        <translation>{low}–{high} h</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Anaesthetic</source>
        <translation>Anestésico</translation>
    </message>
    <message>
        <source>Expected to last</source>
        <translation>Duración esperada</translation>
    </message>
    <message>
        <source>Usual pain</source>
        <translation>Dolor habitual</translation>
    </message>
    <message>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <source>none noted</source>
        <translation>ninguna anotada</translation>
    </message>
    <message>
        <source>Block {n} ({day}), rating by rating</source>
        <translation>Bloqueo {n} ({day}), calificación por calificación</translation>
    </message>
    <message>
        <source>Usual pain {pain}; activities that usually provoke it: {what}.</source>
        <translation>Dolor habitual {pain}; actividades que suelen provocarlo: {what}.</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{time} (late: after {m} minutes&apos; leeway)</source>
        <translation>{time} (tarde: después del margen de {m} minutos)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Usual activity</source>
        <translation>Actividad habitual</translation>
    </message>
    <message>
        <source>— (fewer than 5 days recorded in the 14 days before)</source>
        <translation>— (menos de 5 días registrados en los 14 días anteriores)</translation>
    </message>
    <message>
        <source>Procedure on {day}</source>
        <translation>Procedimiento del {day}</translation>
    </message>
    <message>
        <source>Pain before: mean of the 14 days before, {b}.</source>
        <translation>Dolor antes: promedio de los 14 días anteriores, {b}.</translation>
    </message>
    <message>
        <source>mean of that week&apos;s check-ins</source>
        <translation>promedio de los registros diarios de esa semana</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Relief against before</source>
        <translation>Alivio respecto a antes</translation>
    </message>
    <message>
        <source>Relief, the patient&apos;s estimate</source>
        <translation>Alivio, según el paciente</translation>
    </message>
    <message>
        <source>From</source>
        <comment>where a figure came from</comment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Trial from {start} to {end} ({days}), against the 7 days before it.</source>
        <translation>Prueba del {start} al {end} ({days}), comparada con los 7 días anteriores.</translation>
    </message>
    <message>
        <source>dose log not kept</source>
        <translation>registro de dosis no llevado</translation>
    </message>
    <message>
        <source>Days with a check-in</source>
        <translation>Días con registro diario</translation>
    </message>
    <message>
        <source>Average pain (0–10)</source>
        <translation>Dolor promedio (0–10)</translation>
    </message>
    <message>
        <source>PEG score (0–10)</source>
        <translation>Puntaje PEG (0–10)</translation>
    </message>
    <message>
        <source>Pain&apos;s interference with general activity (0–10)</source>
        <translation>Interferencia del dolor con la actividad general (0–10)</translation>
    </message>
    <message>
        <source>As-needed doses a day</source>
        <translation>Dosis según necesidad por día</translation>
    </message>
    <message>
        <source>Opioids taken (MME a day)</source>
        <translation>Opioides tomados (MME por día)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>7 days before</source>
        <translation>7 días antes</translation>
    </message>
    <message>
        <source>During the trial</source>
        <translation>Durante la prueba</translation>
    </message>
    <message>
        <source>mean relief {mean} over {n}; {at} of them 50 % or more</source>
        <translation>alivio promedio {mean} en {n}; {at} de ellos con 50 % o más</translation>
    </message>
    <message>
        <source>no relief recorded yet</source>
        <translation>aún no se registró alivio</translation>
    </message>
    <message>
        <source>{relief}; walked {m} minutes a day on average</source>
        <translation>{relief}; caminó {m} minutos al día en promedio</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>Minutes walked</source>
        <translation>Minutos caminados</translation>
    </message>
    <message>
        <source>Pain diary — procedure report, made {made} from the patient&apos;s own records</source>
        <translation>Diario del dolor — informe del procedimiento, hecho el {made} a partir de los registros del propio paciente</translation>
    </message>
    <message>
        <source>{t} % never reached</source>
        <translation>nunca se alcanzó el {t} %</translation>
    </message>
    <message>
        <source>{t} % or more from {first} to at least {last}</source>
        <translation>{t} % o más desde {first} hasta al menos {last}</translation>
    </message>
    <message>
        <source>{relief} (below by {then})</source>
        <translation>{relief} (por debajo a las {then})</translation>
    </message>
    <message>
        <source>{relief} (still at the last rating)</source>
        <translation>{relief} (aún en la última calificación)</translation>
    </message>
    <message>
        <source>no rating recorded</source>
        <translation>ninguna calificación registrada</translation>
    </message>
    <message>
        <source>peak relief {peak} at {at}</source>
        <translation>alivio máximo {peak} a las {at}</translation>
    </message>
    <message>
        <source>no follow-up due yet</source>
        <translation>todavía no corresponde ningún seguimiento</translation>
    </message>
    <message numerus="yes">
        <source>relief of 50 % or more not recorded at any follow-up (%n due)</source>
        <translation>
            <numerusform>alivio del 50 % o más no registrado en ningún seguimiento (%n previsto)</numerusform>
            <numerusform>alivio del 50 % o más no registrado en ningún seguimiento (%n previstos)</numerusform>
        </translation>
    </message>
    <message>
        <source>relief of 50 % or more lasted at least {after} (to that follow-up)</source>
        <translation>el alivio del 50 % o más duró al menos {after} (hasta ese seguimiento)</translation>
    </message>
    <message>
        <source>Global impression of change (PGIC)</source>
        <translation>Impresión global de cambio (PGIC)</translation>
    </message>
    <message>
        <source>since {therapy} {dose} from {day}</source>
        <translation>desde {therapy} {dose} a partir del {day}</translation>
    </message>
    <message>
        <source>since the visit on {day}</source>
        <translation>desde la consulta del {day}</translation>
    </message>
    <message>
        <source>since {day}</source>
        <translation>desde el {day}</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>Block diary: {name}</source>
        <translation>Diario del bloqueo: {name}</translation>
    </message>
    <message>
        <source>After the block: {name}, {day}</source>
        <translation>Después del bloqueo: {name}, {day}</translation>
    </message>
    <message>
        <source>Given at {time}</source>
        <translation>Aplicado a las {time}</translation>
    </message>
    <message>
        <source>your usual pain {pain}</source>
        <translation>su dolor habitual {pain}</translation>
    </message>
    <message>
        <source>A rating is due</source>
        <translation>Le toca una calificación</translation>
    </message>
    <message>
        <source>Rate now</source>
        <translation>Calificar ahora</translation>
    </message>
    <message>
        <source>what usually brings the pain on</source>
        <translation>lo que suele provocarle el dolor</translation>
    </message>
    <message>
        <source>Tried {activities}? Compared with before the block it was:</source>
        <translation>¿Probó {activities}? Comparado con antes del bloqueo, fue:</translation>
    </message>
    <message>
        <source>Did not try</source>
        <translation>No lo probé</translation>
    </message>
    <message>
        <source>The activity: {how}</source>
        <translation>La actividad: {how}</translation>
    </message>
    <message>
        <source>Save this rating</source>
        <translation>Guardar esta calificación</translation>
    </message>
    <message>
        <source>The times</source>
        <translation>Los horarios</translation>
    </message>
    <message>
        <source>Rating times and what was recorded</source>
        <translation>Horarios de calificación y lo registrado</translation>
    </message>
    <message>
        <source>Relief so far (against your usual pain)</source>
        <translation>Alivio hasta ahora (respecto a su dolor habitual)</translation>
    </message>
    <message>
        <source>Relief by hours after the block, with the 50 % and 80 % lines</source>
        <translation>Alivio según las horas después del bloqueo, con las líneas del 50 % y del 80 %</translation>
    </message>
    <message>
        <source>Close (it comes back when a rating is due)</source>
        <translation>Cerrar (vuelve cuando le toque calificar)</translation>
    </message>
    <message>
        <source>Nothing to rate just now: the countdown above says when.</source>
        <translation>Nada que calificar por ahora: la cuenta regresiva de arriba le indica cuándo.</translation>
    </message>
    <message>
        <source>The {offset} rating ({time})</source>
        <translation>La calificación de las {offset} ({time})</translation>
    </message>
    <message>
        <source>this block</source>
        <translation>este bloqueo</translation>
    </message>
    <message>
        <source>no rating yet</source>
        <translation>aún sin calificación</translation>
    </message>
    <message>
        <source>Relief by hours after the block: {points}.</source>
        <translation>Alivio según las horas después del bloqueo: {points}.</translation>
    </message>
    <message>
        <source>painlog: time to rate your pain</source>
        <translation>painlog: es hora de calificar su dolor</translation>
    </message>
    <message>
        <source>Choose your pain now, 0 to 10, then save</source>
        <translation>Elija su dolor ahora, de 0 a 10, y luego guarde</translation>
    </message>
    <message>
        <source>The {offset} rating is saved</source>
        <translation>La calificación de las {offset} está guardada</translation>
    </message>
    <message>
        <source>Where it hurts, on a drawing of the body</source>
        <translation>Dónde le duele, en un dibujo del cuerpo</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>no marcado</translation>
    </message>
    <message>
        <source>Where it hurt, on a drawing of the body, shaded by days</source>
        <translation>Dónde le dolió, en un dibujo del cuerpo, sombreado según los días</translation>
    </message>
    <message>
        <source>No place was marked in this period.</source>
        <translation>No se marcó ningún lugar en este período.</translation>
    </message>
    <message>
        <source>Your answers are saved.</source>
        <translation>Sus respuestas están guardadas.</translation>
    </message>
    <message>
        <source>The questionnaire was deleted.</source>
        <translation>Se eliminó el cuestionario.</translation>
    </message>
    <message>
        <source>Your answer is saved.</source>
        <translation>Su respuesta está guardada.</translation>
    </message>
    <message>
        <source>Your two-weekly questionnaires are due (four short questions about mood and worry).</source>
        <translation>Le tocan sus cuestionarios de cada dos semanas (cuatro preguntas cortas sobre el ánimo y la preocupación).</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Take them now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <source>These are the short questionnaires pain clinics use to ask how your mood and worries have been over the last two weeks (PHQ for mood, GAD for worry and anxiety). They do not diagnose anything: the scores help you and your clinician see how things change, alongside your pain.</source>
        <translation>Estos son los cuestionarios cortos que usan las clínicas del dolor para preguntar cómo han estado su ánimo y sus preocupaciones en las últimas dos semanas (PHQ para el ánimo, GAD para la preocupación y la ansiedad). No diagnostican nada: los puntajes le ayudan a usted y a su médico a ver cómo cambian las cosas, junto con su dolor.</translation>
    </message>
    <message>
        <source>You have not answered any of them yet. Start with four short questions; it takes about a minute.</source>
        <translation>Todavía no ha respondido ninguno. Empiece con cuatro preguntas cortas; toma aproximadamente un minuto.</translation>
    </message>
    <message>
        <source>On {day} you answered that you have had thoughts that you would be better off dead or of hurting yourself. Please tell your clinician now, and turn to someone at once if those thoughts come back.</source>
        <translation>El {day} usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de hacerse daño. Por favor, dígaselo a su médico ahora, y busque a alguien de inmediato si esos pensamientos vuelven.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Start: four short questions</source>
        <translation>Empezar: cuatro preguntas cortas</translation>
    </message>
    <message>
        <source>Mood: PHQ-9 (9 questions)</source>
        <translation>Ánimo: PHQ-9 (9 preguntas)</translation>
    </message>
    <message>
        <source>Worry: GAD-7 (7 questions)</source>
        <translation>Preocupación: GAD-7 (7 preguntas)</translation>
    </message>
    <message>
        <source>Short forms: PHQ-2 and GAD-2 (4 questions)</source>
        <translation>Formas cortas: PHQ-2 y GAD-2 (4 preguntas)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Where to turn now…</source>
        <translation>Dónde buscar ayuda ahora…</translation>
    </message>
    <message>
        <source>Every questionnaire</source>
        <translation>Todos los cuestionarios</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>How things have changed</source>
        <translation>Cómo han cambiado las cosas</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Responder…</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Aún sin responder.</translation>
    </message>
    <message>
        <source>No answers yet: you are asked after each visit and some weeks after a therapy starts or its dose changes.</source>
        <translation>Todavía no hay respuestas: se le pregunta después de cada consulta y algunas semanas después de que una terapia empieza o cambia de dosis.</translation>
    </message>
    <message>
        <source>No question is due today.</source>
        <translation>Hoy no toca ninguna pregunta.</translation>
    </message>
    <message>
        <source>Delete the {form} of {day} (score {total})? This cannot be undone.</source>
        <translation>¿Eliminar el {form} del {day} (puntaje {total})? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Worry and anxiety</source>
        <translation>Preocupación y ansiedad</translation>
    </message>
    <message>
        <source>score {total} of {highest}, in the {band} range, screens positive — talk to your clinician</source>
        <translation>puntaje {total} de {highest}, en el rango {band}, tamizaje positivo — hable con su médico</translation>
    </message>
    <message>
        <source>score {total} of {highest}, in the {band} range</source>
        <translation>puntaje {total} de {highest}, en el rango {band}</translation>
    </message>
    <message>
        <source>score {total} of {highest}, screens positive — talk to your clinician</source>
        <translation>puntaje {total} de {highest}, tamizaje positivo — hable con su médico</translation>
    </message>
    <message>
        <source>score {total} of {highest}, screens negative</source>
        <translation>puntaje {total} de {highest}, tamizaje negativo</translation>
    </message>
    <message>
        <source>{band} (screens positive)</source>
        <translation>{band} (tamizaje positivo)</translation>
    </message>
    <message>
        <source>screens positive</source>
        <translation>tamizaje positivo</translation>
    </message>
    <message>
        <source>screens negative</source>
        <translation>tamizaje negativo</translation>
    </message>
    <message>
        <source>The first {form} in the diary.</source>
        <translation>El primer {form} del diario.</translation>
    </message>
    <message>
        <source>The same score as on {day}.</source>
        <translation>El mismo puntaje que el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) lower than on {day} ({total}).</source>
        <translation>
            <numerusform>%n punto menos que el {day} ({total}).</numerusform>
            <numerusform>%n puntos menos que el {day} ({total}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) higher than on {day} ({total}).</source>
        <translation>
            <numerusform>%n punto más que el {day} ({total}).</numerusform>
            <numerusform>%n puntos más que el {day} ({total}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{form} on {day}: {score}.</source>
        <translation>{form} del {day}: {score}.</translation>
    </message>
    <message>
        <source>Still to answer: question {n}.</source>
        <translation>Falta responder: pregunta {n}.</translation>
    </message>
    <message>
        <source>Still to answer: questions {list} and {last}.</source>
        <translation>Falta responder: preguntas {list} y {last}.</translation>
    </message>
    <message>
        <source>Your answers suggest going on to the {form} ({n} more questions).</source>
        <translation>Sus respuestas sugieren seguir con el {form} ({n} preguntas más).</translation>
    </message>
    <message>
        <source>{name}: {number} — {how}</source>
        <translation>{name}: {number} — {how}</translation>
    </message>
    <message>
        <source>Your own contact: {name}</source>
        <translation>Su propio contacto: {name}</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number.</source>
        <translation>Si está en peligro ahora, llame al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>If you are in danger now, call {emergency} / your local emergency number.</source>
        <translation>Si está en peligro ahora, llame al {emergency} / al número de emergencias de su zona.</translation>
    </message>
    <message>
        <source>how would you describe the change in your overall condition?</source>
        <translation>¿cómo describiría el cambio en su estado general?</translation>
    </message>
    <message>
        <source>Since your visit on {day}</source>
        <translation>Desde su consulta del {day}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <source>Since changing {therapy} on {day}</source>
        <translation>Desde que cambió {therapy} el {day}</translation>
    </message>
    <message>
        <source>Since changing {therapy} to {dose} on {day}</source>
        <translation>Desde que cambió {therapy} a {dose} el {day}</translation>
    </message>
    <message>
        <source>Since starting {what} on {day}</source>
        <translation>Desde que empezó {what} el {day}</translation>
    </message>
    <message>
        <source>{day} — {since}: {answer}</source>
        <translation>{day} — {since}: {answer}</translation>
    </message>
    <message>
        <source>You do not have to wait</source>
        <translation>No tiene que esperar</translation>
    </message>
    <message>
        <source>Thank you for answering honestly.</source>
        <translation>Gracias por responder con sinceridad.</translation>
    </message>
    <message>
        <source>You said you have had thoughts that you would be better off dead or of hurting yourself. You do not have to wait for your next visit: people are there to talk to now.</source>
        <translation>Usted dijo que ha tenido pensamientos de que estaría mejor muerto(a) o de hacerse daño. No tiene que esperar a su próxima consulta: hay personas con quienes puede hablar ahora mismo.</translation>
    </message>
    <message>
        <source>Please tell your clinician about this now, not only at your next visit.</source>
        <translation>Por favor, hable de esto con su médico ahora, no solo en su próxima consulta.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Lo he leído</translation>
    </message>
    <message>
        <source>There is no day {text}; the date was not changed.</source>
        <translation>No existe el día {text}; la fecha no se cambió.</translation>
    </message>
    <message>
        <source>{text} is later than this field allows; the date was not changed.</source>
        <translation>{text} es posterior a lo que permite este campo; la fecha no se cambió.</translation>
    </message>
    <message>
        <source>{text} is earlier than this field allows; the date was not changed.</source>
        <translation>{text} es anterior a lo que permite este campo; la fecha no se cambió.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole date, so the date was not changed: type it like {example}.</source>
        <translation>“{text}” no es una fecha completa, así que la fecha no se cambió: escríbala así: {example}.</translation>
    </message>
    <message>
        <source>You have changes to this day that are not saved yet.</source>
        <translation>Tiene cambios en este día que todavía no están guardados.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Reload shows the day as it is saved now, without your changes here. Keep mine saves your answers over it.</source>
        <translation>Volver a cargar muestra el día como está guardado ahora, sin sus cambios de aquí. Conservar lo mío guarda sus respuestas encima.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Cambiado en otro lugar</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar lo mío</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <source>Discard what you entered?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>About painlog</source>
        <translation>Acerca de painlog</translation>
    </message>
    <message>
        <source>painlog {version}
A private pain diary: everything stays in one file on this computer.</source>
        <translation>painlog {version}
Un diario del dolor privado: todo queda en un solo archivo en esta computadora.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Everything in painlog works from the keyboard.</source>
        <translation>Todo en painlog se puede hacer con el teclado.</translation>
    </message>
    <message>
        <source>Go to that window, or open the diary here read-only: you can see every page, but nothing can be changed here.</source>
        <translation>Vaya a esa ventana, o abra aquí el diario solo para lectura: puede ver todas las páginas, pero aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>The diary is already open</source>
        <translation>El diario ya está abierto</translation>
    </message>
    <message>
        <source>Show the open painlog</source>
        <translation>Mostrar el painlog abierto</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir solo para lectura</translation>
    </message>
    <message>
        <source>One more questionnaire</source>
        <translation>Un cuestionario más</translation>
    </message>
    <message>
        <source>Go on to the {form}</source>
        <translation>Seguir con el {form}</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>painlog keeps running in the system tray, so it can remind you to fill in your diary.</source>
        <translation>painlog sigue abierto en la bandeja del sistema para poder recordarle que complete su diario.</translation>
    </message>
    <message>
        <source>To open it again, click its icon in the tray. To stop it, choose Quit painlog in the icon&apos;s menu.</source>
        <translation>Para abrirlo de nuevo, haga clic en su icono en la bandeja. Para cerrarlo del todo, elija «Salir de painlog» en el menú del icono.</translation>
    </message>
    <message>
        <source>painlog is still running</source>
        <translation>painlog sigue abierto</translation>
    </message>
    <message>
        <source>Pain after the dose</source>
        <translation>Dolor después de la dosis</translation>
    </message>
    <message>
        <source>Took an as-needed dose</source>
        <translation>Tomé una dosis según necesidad</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada a las</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount taken, in {unit}</source>
        <translation>Cantidad tomada, en {unit}</translation>
    </message>
    <message>
        <source>Amount taken</source>
        <translation>Cantidad tomada</translation>
    </message>
    <message>
        <source>this entry</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>Discard {what}? What you entered will be lost.</source>
        <translation>¿Descartar {what}? Se perderá lo que escribió.</translation>
    </message>
    <message>
        <source>this flare</source>
        <translation>esta crisis de dolor</translation>
    </message>
    <message>
        <source>Edit flare</source>
        <translation>Editar crisis de dolor</translation>
    </message>
    <message>
        <source>Log a flare</source>
        <translation>Anotar una crisis de dolor</translation>
    </message>
    <message>
        <source>for example: lifting, a long drive, cold weather</source>
        <translation>por ejemplo: levantar peso, un viaje largo en carro, el frío</translation>
    </message>
    <message>
        <source>for example: heat, rest, a walk</source>
        <translation>por ejemplo: calor, descanso, una caminata</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué la provocó?</translation>
    </message>
    <message>
        <source>What helped?</source>
        <translation>¿Qué le ayudó?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Where (optional)</source>
        <translation>Dónde (opcional)</translation>
    </message>
    <message>
        <source>What it felt like (optional)</source>
        <translation>Cómo se sentía (opcional)</translation>
    </message>
    <message>
        <source>Please choose how strong the pain is (0 to 10).</source>
        <translation>Por favor, elija qué tan fuerte es el dolor (0 a 10).</translation>
    </message>
    <message numerus="yes">
        <source>%n new day(s)</source>
        <translation>
            <numerusform>%n día nuevo</numerusform>
            <numerusform>%n días nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flare(s)</source>
        <translation>
            <numerusform>%n crisis de dolor</numerusform>
            <numerusform>%n crisis de dolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy(-ies)</source>
        <translation>
            <numerusform>%n terapia</numerusform>
            <numerusform>%n terapias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dose period(s)</source>
        <translation>
            <numerusform>%n período de dosis</numerusform>
            <numerusform>%n períodos de dosis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged dose(s)</source>
        <translation>
            <numerusform>%n dosis registrada</numerusform>
            <numerusform>%n dosis registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n side effect(s)</source>
        <translation>
            <numerusform>%n efecto secundario</numerusform>
            <numerusform>%n efectos secundarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s)</source>
        <translation>
            <numerusform>%n meta</numerusform>
            <numerusform>%n metas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>From {name} painlog would add:</source>
        <translation>Desde {name} painlog agregaría:</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(-ies) in the file already in your diary, not added again.</source>
        <translation>
            <numerusform>%n entrada del archivo ya está en su diario y no se agrega de nuevo.</numerusform>
            <numerusform>%n entradas del archivo ya están en su diario y no se agregan de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the days already in my diary</source>
        <translation>Conservar los días que ya están en mi diario</translation>
    </message>
    <message>
        <source>Replace them with the imported days</source>
        <translation>Reemplazarlos con los días importados</translation>
    </message>
    <message numerus="yes">
        <source>%n of these day(s) already in your diary ({days}).</source>
        <translation>
            <numerusform>%n de estos días ya está en su diario ({days}).</numerusform>
            <numerusform>%n de estos días ya están en su diario ({days}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The daily backup could not be made: {why}</source>
        <translation>No se pudo hacer la copia de seguridad diaria: {why}</translation>
    </message>
    <message>
        <source>Daily backup made: {path}</source>
        <translation>Copia de seguridad diaria hecha: {path}</translation>
    </message>
    <message>
        <source>Backup made: {path}</source>
        <translation>Copia de seguridad hecha: {path}</translation>
    </message>
    <message>
        <source>There is no backup yet. Use “Back up now” to make one.</source>
        <translation>Todavía no hay ninguna copia de seguridad. Use “Hacer copia de seguridad ahora” para crear una.</translation>
    </message>
    <message>
        <source>Replace your diary with the backup of {when}? Your diary as it is now is kept aside.</source>
        <translation>¿Reemplazar su diario con la copia de seguridad del {when}? Su diario tal como está ahora se guarda aparte.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored the backup of {when}. Your diary as it was is kept as {aside}.</source>
        <translation>Se restauró la copia de seguridad del {when}. Su diario tal como estaba se guarda como {aside}.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>Import a painlog export</source>
        <translation>Importar una exportación de painlog</translation>
    </message>
    <message>
        <source>painlog exports (*.json *.zip)</source>
        <translation>Exportaciones de painlog (*.json *.zip)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Imported {entries} ({kept} already there kept, {replaced} replaced).</source>
        <translation>Se importaron {entries} ({kept} que ya estaban se conservaron, {replaced} se reemplazaron).</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(-ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>0–10, lower is better</source>
        <translation>0–10, menos es mejor</translation>
    </message>
    <message>
        <source>0–10, higher is better</source>
        <translation>0–10, más es mejor</translation>
    </message>
    <message>
        <source>Mean of pain, enjoyment and activity; 0–10, lower is better</source>
        <translation>Promedio de dolor, disfrute y actividad; 0–10, menos es mejor</translation>
    </message>
    <message>
        <source>{day} · late</source>
        <translation>{day} · tarde</translation>
    </message>
    <message>
        <source>[for doctor] </source>
        <translation>[para el médico] </translation>
    </message>
    <message>
        <source>Pain
(average)</source>
        <translation>Dolor
(promedio)</translation>
    </message>
    <message>
        <source>no entry</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <source>Pain, PEG and interference: 0–10, lower is better. Mood and sleep quality: 0–10, higher is better. “late”: first written more than a day after the day. “no entry”: nothing written for the day; “not recorded”: a day you marked that way.</source>
        <translation>Dolor, PEG e interferencia: 0–10, cuanto más bajo, mejor. Ánimo y calidad del sueño: 0–10, cuanto más alto, mejor. «tarde»: anotado por primera vez más de un día después del día. «sin registro»: no se anotó nada ese día; «no registrado»: un día que usted marcó así.</translation>
    </message>
    <message>
        <source>Worst
pain</source>
        <translation>Peor
dolor</translation>
    </message>
    <message>
        <source>Least
pain</source>
        <translation>Menor
dolor</translation>
    </message>
    <message>
        <source>PEG
score</source>
        <translation>Puntaje
PEG</translation>
    </message>
    <message>
        <source>Interfered:
enjoyment</source>
        <translation>Interfirió:
disfrute</translation>
    </message>
    <message>
        <source>Interfered:
activity</source>
        <translation>Interfirió:
actividad</translation>
    </message>
    <message>
        <source>Sleep
hours</source>
        <translation>Horas de
sueño</translation>
    </message>
    <message>
        <source>Sleep
quality</source>
        <translation>Calidad
del sueño</translation>
    </message>
    <message>
        <source>Flares</source>
        <translation>Crisis</translation>
    </message>
    <message numerus="yes">
        <source>First written on {day}, %n day(s) after the day it describes.</source>
        <translation>
            <numerusform>Escrito por primera vez el {day}, %n día después del día que describe.</numerusform>
            <numerusform>Escrito por primera vez el {day}, %n días después del día que describe.</numerusform>
        </translation>
    </message>
    <message>
        <source>You marked this day as not recorded. Open it to fill it in after all.</source>
        <translation>Usted marcó este día como no registrado. Ábralo si quiere completarlo de todos modos.</translation>
    </message>
    <message>
        <source>Days of the diary</source>
        <translation>Días del diario</translation>
    </message>
    <message>
        <source>Open this day</source>
        <translation>Abrir este día</translation>
    </message>
    <message>
        <source>Or click a column&apos;s title to sort by it</source>
        <translation>O haga clic en el título de una columna para ordenar por ella</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. Each day you save on the Today page shows here, newest first.</source>
        <translation>Todavía no hay nada registrado. Cada día que guarde en la página Hoy aparece aquí, el más reciente primero.</translation>
    </message>
    <message>
        <source>Go to Today (Ctrl+T)</source>
        <translation>Ir a Hoy (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show oldest first</source>
        <translation>Mostrar los más antiguos primero</translation>
    </message>
    <message>
        <source>Show newest first</source>
        <translation>Mostrar los más recientes primero</translation>
    </message>
    <message numerus="yes">
        <source>{recorded} of {days} recorded since {first}, %n marked not recorded; a missing day says “no entry”.</source>
        <translation>
            <numerusform>{recorded} de {days} registrados desde el {first}, %n marcado como no registrado; un día que falta dice «sin registro».</numerusform>
            <numerusform>{recorded} de {days} registrados desde el {first}, %n marcados como no registrados; un día que falta dice «sin registro».</numerusform>
        </translation>
    </message>
    <message>
        <source>{recorded} of {days} recorded since {first}; a missing day says “no entry”.</source>
        <translation>{recorded} de {days} registrados desde el {first}; un día que falta dice «sin registro».</translation>
    </message>
    <message>
        <source>No days recorded yet. Start on the Today page.</source>
        <translation>Todavía no hay días registrados. Empiece en la página Hoy.</translation>
    </message>
    <message>
        <source>this answer</source>
        <translation>esta respuesta</translation>
    </message>
    <message>
        <source>How has it changed?</source>
        <translation>¿Cómo ha cambiado?</translation>
    </message>
    <message>
        <source>The painlog that has this diary open did not answer. Find its window and close it, then open the diary again; nothing was changed.</source>
        <translation>El painlog que tiene este diario abierto no respondió. Busque su ventana y ciérrela, y luego vuelva a abrir el diario; no se cambió nada.</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab: the next or the previous control, in reading order</source>
        <translation>Tab, Mayús+Tab: el control siguiente o el anterior, en orden de lectura</translation>
    </message>
    <message>
        <source>Alt and an underlined letter: open a menu</source>
        <translation>Alt y una letra subrayada: abrir un menú</translation>
    </message>
    <message>
        <source>A 0–10 question: type the number (1 then 0 for 10), arrows, Home, End; Delete clears an optional answer</source>
        <translation>Una pregunta de 0–10: escriba el número (1 y luego 0 para 10), flechas, Inicio, Fin; Supr borra una respuesta opcional</translation>
    </message>
    <message>
        <source>A date: type it whole (2026-11-20) and press Return; Up and Down change it by a day; F4 opens the calendar</source>
        <translation>Una fecha: escríbala completa (2026-11-20) y pulse Intro; Arriba y Abajo la cambian de a un día; F4 abre el calendario</translation>
    </message>
    <message>
        <source>Space: press the button or tick the box that has the ring around it</source>
        <translation>Espacio: pulsar el botón o marcar la casilla que tiene el anillo alrededor</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (solo lectura)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Visits &amp; goals</source>
        <translation>Consultas y metas</translation>
    </message>
    <message>
        <source>How I&apos;m coping</source>
        <translation>Cómo lo estoy llevando</translation>
    </message>
    <message>
        <source>Read-only: another painlog has {path} open; changes are made there.</source>
        <translation>Solo lectura: otro painlog tiene abierto {path}; los cambios se hacen allí.</translation>
    </message>
    <message>
        <source>Diary: {path}</source>
        <translation>Diario: {path}</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Save this day</source>
        <translation>&amp;Guardar este día</translation>
    </message>
    <message>
        <source>Log a &amp;flare…</source>
        <translation>Anotar una &amp;crisis de dolor…</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>Ir a &amp;hoy</translation>
    </message>
    <message>
        <source>P&amp;revious day</source>
        <translation>Día a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <source>Took an &amp;as-needed dose…</source>
        <translation>Tomé una dosis según &amp;necesidad…</translation>
    </message>
    <message>
        <source>Report a side &amp;effect…</source>
        <translation>Informar un &amp;efecto secundario…</translation>
    </message>
    <message>
        <source>&amp;Visit summary…</source>
        <translation>&amp;Resumen para la consulta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About painlog</source>
        <translation>&amp;Acerca de painlog</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>painlog</source>
        <translation>painlog</translation>
    </message>
    <message>
        <source>Medications on this day</source>
        <translation>Medicamentos de este día</translation>
    </message>
    <message>
        <source>No scheduled dose on this day.</source>
        <translation>Ninguna dosis programada este día.</translation>
    </message>
    <message>
        <source>Took an as-needed dose…</source>
        <translation>Tomé una dosis según necesidad…</translation>
    </message>
    <message>
        <source>Add pain afterwards…</source>
        <translation>Agregar el dolor después…</translation>
    </message>
    <message>
        <source>Remove this dose…</source>
        <translation>Quitar esta dosis…</translation>
    </message>
    <message>
        <source>Remove the as-needed dose chosen in the list, if it was logged by mistake</source>
        <translation>Quitar la dosis según necesidad elegida en la lista, si se anotó por error</translation>
    </message>
    <message>
        <source>As-needed doses on {day}</source>
        <translation>Dosis según necesidad del {day}</translation>
    </message>
    <message>
        <source>No as-needed medication is prescribed on this day.</source>
        <translation>No hay ningún medicamento según necesidad recetado para este día.</translation>
    </message>
    <message>
        <source>{time} {name} · pain before {before} · after {after}</source>
        <translation>{time} {name} · dolor antes {before} · después {after}</translation>
    </message>
    <message>
        <source>Choose a dose in the list first</source>
        <translation>Primero elija una dosis en la lista</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>aún no tomada</translation>
    </message>
    <message>
        <source>Taken at {time}</source>
        <translation>Tomada a las {time}</translation>
    </message>
    <message>
        <source>taken at {time}</source>
        <translation>tomada a las {time}</translation>
    </message>
    <message>
        <source>{n}: skipped ({reason})</source>
        <translation>{n}: omitida ({reason})</translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation>omitida ({reason})</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <comment>a dose of the day&apos;s</comment>
        <translation>{n} de {count}</translation>
    </message>
    <message>
        <source>{medicine}, dose {n} of {count}, {state}</source>
        <translation>{medicine}, dosis {n} de {count}, {state}</translation>
    </message>
    <message>
        <source>Skip a dose…</source>
        <translation>Omitir una dosis…</translation>
    </message>
    <message>
        <source>Skip a dose of {name}…</source>
        <translation>Omitir una dosis de {name}…</translation>
    </message>
    <message>
        <source>Undo skip</source>
        <translation>Deshacer omisión</translation>
    </message>
    <message>
        <source>The dose was not skipped after all: remove the skip</source>
        <translation>La dosis no se omitió después de todo: quitar la omisión</translation>
    </message>
    <message>
        <source>Undo the skipped dose of {name}</source>
        <translation>Deshacer la dosis omitida de {name}</translation>
    </message>
    <message>
        <source>{name}: dose recorded.</source>
        <translation>{name}: dosis registrada.</translation>
    </message>
    <message>
        <source>{name}: dose removed.</source>
        <translation>{name}: dosis quitada.</translation>
    </message>
    <message>
        <source>Skip a dose</source>
        <translation>Omitir una dosis</translation>
    </message>
    <message>
        <source>Why was this dose of {name} skipped?</source>
        <translation>¿Por qué se omitió esta dosis de {name}?</translation>
    </message>
    <message>
        <source>{name}: skipped dose recorded.</source>
        <translation>{name}: dosis omitida registrada.</translation>
    </message>
    <message>
        <source>{name}: the skip was taken back.</source>
        <translation>{name}: se deshizo la omisión.</translation>
    </message>
    <message>
        <source>As-needed dose recorded.</source>
        <translation>Dosis según necesidad registrada.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>el {day}</translation>
    </message>
    <message numerus="yes">
        <source>That makes %n dose(s) of {name} {when}; the prescription says at most {most} a day.</source>
        <translation>
            <numerusform>Eso suma %n dosis de {name} {when}; la receta indica como máximo {most} al día.</numerusform>
            <numerusform>Eso suma %n dosis de {name} {when}; la receta indica como máximo {most} al día.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain after the dose recorded.</source>
        <translation>Dolor después de la dosis registrado.</translation>
    </message>
    <message>
        <source>Remove the {time} dose of {dose}? It will no longer count in your summary.</source>
        <translation>¿Quitar la dosis de {dose} de las {time}? Ya no contará en su resumen.</translation>
    </message>
    <message>
        <source>Remove the dose</source>
        <translation>Quitar la dosis</translation>
    </message>
    <message>
        <source>The {time} dose of {dose} was removed.</source>
        <translation>Se quitó la dosis de {dose} de las {time}.</translation>
    </message>
    <message>
        <source>Open the block diary</source>
        <translation>Abrir el diario del bloqueo</translation>
    </message>
    <message>
        <source>Start a block diary…</source>
        <translation>Empezar un diario del bloqueo…</translation>
    </message>
    <message>
        <source>Block diary of {name} on {day}</source>
        <translation>Diario del bloqueo de {name} el {day}</translation>
    </message>
    <message>
        <source>Follow-ups after {day}:</source>
        <translation>Seguimientos después del {day}:</translation>
    </message>
    <message>
        <source>Answer a follow-up after {name} on {day}</source>
        <translation>Responder un seguimiento después de {name} el {day}</translation>
    </message>
    <message>
        <source>Answer a follow-up…</source>
        <translation>Responder un seguimiento…</translation>
    </message>
    <message>
        <source>latest: {day}</source>
        <translation>último: {day}</translation>
    </message>
    <message>
        <source>Start a stimulator trial of {name}</source>
        <translation>Empezar una prueba del estimulador {name}</translation>
    </message>
    <message>
        <source>Start a trial…</source>
        <translation>Empezar una prueba…</translation>
    </message>
    <message>
        <source>Record a trial day…</source>
        <translation>Anotar un día de la prueba…</translation>
    </message>
    <message>
        <source>Record a trial day of {name}</source>
        <translation>Anotar un día de la prueba de {name}</translation>
    </message>
    <message>
        <source>Block diary of {day}: {peak}</source>
        <translation>Diario del bloqueo del {day}: {peak}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>this block diary</source>
        <translation>este diario del bloqueo</translation>
    </message>
    <message>
        <source>Block diary for {name}</source>
        <translation>Diario del bloqueo de {name}</translation>
    </message>
    <message>
        <source>Fill this in before the block. Relief afterwards is measured against your usual pain, and tested with the activities that usually bring the pain on.</source>
        <translation>Llene esto antes del bloqueo. El alivio después se mide respecto a su dolor habitual, y se comprueba con las actividades que suelen provocarle el dolor.</translation>
    </message>
    <message>
        <source>for example: standing up from a chair</source>
        <translation>por ejemplo: levantarse de una silla</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Activity {n} that usually brings the pain on</source>
        <translation>Actividad {n} que suele provocarle el dolor</translation>
    </message>
    <message>
        <source>Activity {n}</source>
        <translation>Actividad {n}</translation>
    </message>
    <message>
        <source>The local anaesthetic</source>
        <translation>El anestésico local</translation>
    </message>
    <message>
        <source>its name, as the clinic gave it</source>
        <translation>su nombre, como se lo dio la clínica</translation>
    </message>
    <message>
        <source>Name of the other anaesthetic</source>
        <translation>Nombre del otro anestésico</translation>
    </message>
    <message>
        <source>Local anaesthetic</source>
        <translation>Anestésico local</translation>
    </message>
    <message>
        <source>Its name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Expected to last at least, hours</source>
        <translation>Se espera que dure al menos, horas</translation>
    </message>
    <message>
        <source>Expected to last at most, hours</source>
        <translation>Se espera que dure como máximo, horas</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>When the block is given</source>
        <translation>Cuándo se aplica el bloqueo</translation>
    </message>
    <message>
        <source>Block given at</source>
        <translation>Bloqueo aplicado a las</translation>
    </message>
    <message>
        <source>Rating times after the block, hours:minutes</source>
        <translation>Horarios de calificación después del bloqueo, horas:minutos</translation>
    </message>
    <message>
        <source>Rate the pain at (after the block)</source>
        <translation>Calificar el dolor a las (después del bloqueo)</translation>
    </message>
    <message>
        <source>Choose your usual pain, 1 to 10.</source>
        <translation>Elija su dolor habitual, de 1 a 10.</translation>
    </message>
    <message>
        <source>Give both hours of how long it is expected to last, or neither.</source>
        <translation>Indique las dos horas de cuánto se espera que dure, o ninguna.</translation>
    </message>
    <message>
        <source>this follow-up</source>
        <translation>este seguimiento</translation>
    </message>
    <message>
        <source>How is the pain since {name}?</source>
        <translation>¿Cómo está el dolor desde {name}?</translation>
    </message>
    <message>
        <source>Which follow-up</source>
        <translation>Qué seguimiento</translation>
    </message>
    <message>
        <source>{after} after ({day})</source>
        <translation>{after} después ({day})</translation>
    </message>
    <message>
        <source>Relief since the procedure, percent (optional)</source>
        <translation>Alivio desde el procedimiento, porcentaje (opcional)</translation>
    </message>
    <message>
        <source>Relief since the procedure (optional)</source>
        <translation>Alivio desde el procedimiento (opcional)</translation>
    </message>
    <message>
        <source>Choose your pain now, 0 to 10.</source>
        <translation>Elija su dolor ahora, de 0 a 10.</translation>
    </message>
    <message>
        <source>this trial</source>
        <translation>esta prueba</translation>
    </message>
    <message>
        <source>Stimulator trial: {name}</source>
        <translation>Prueba del estimulador: {name}</translation>
    </message>
    <message>
        <source>First day of the trial</source>
        <translation>Primer día de la prueba</translation>
    </message>
    <message>
        <source>Last day of the trial</source>
        <translation>Último día de la prueba</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The 7 days before the first day are what the trial is compared with: keep your daily check-ins then, and each day of the trial.</source>
        <translation>La prueba se compara con los 7 días antes del primer día: haga su registro diario esos días, y cada día de la prueba.</translation>
    </message>
    <message>
        <source>this trial day</source>
        <translation>este día de la prueba</translation>
    </message>
    <message>
        <source>Stimulator trial, {day}</source>
        <translation>Prueba del estimulador, {day}</translation>
    </message>
    <message>
        <source>Day of the trial</source>
        <translation>Día de la prueba</translation>
    </message>
    <message>
        <source>Relief today, percent (0 none, 100 complete)</source>
        <translation>Alivio hoy, porcentaje (0 ninguno, 100 completo)</translation>
    </message>
    <message>
        <source>for example: shopping, gardening, drove to town</source>
        <translation>por ejemplo: hice compras, trabajé en el jardín, manejé al pueblo</translation>
    </message>
    <message>
        <source>What you did today</source>
        <translation>Lo que hizo hoy</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes walked today</source>
        <translation>Minutos caminados hoy</translation>
    </message>
    <message>
        <source>Relief today (0 % none, 100 % complete)</source>
        <translation>Alivio hoy (0 % ninguno, 100 % completo)</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hizo</translation>
    </message>
    <message>
        <source>The block diary is started</source>
        <translation>Se empezó el diario del bloqueo</translation>
    </message>
    <message>
        <source>Follow-up saved</source>
        <translation>Seguimiento guardado</translation>
    </message>
    <message>
        <source>Trial saved</source>
        <translation>Prueba guardada</translation>
    </message>
    <message>
        <source>Trial day saved</source>
        <translation>Día de la prueba guardado</translation>
    </message>
    <message>
        <source>Your block diary after {name} is open: its sheet counts down to each rating.</source>
        <translation>Su diario del bloqueo después de {name} está abierto: su hoja lleva la cuenta regresiva hasta cada calificación.</translation>
    </message>
    <message>
        <source>Open the sheet</source>
        <translation>Abrir la hoja</translation>
    </message>
    <message>
        <source>Open the block diary of {name}</source>
        <translation>Abrir el diario del bloqueo de {name}</translation>
    </message>
    <message>
        <source>Answer the follow-up after {name}</source>
        <translation>Responder el seguimiento después de {name}</translation>
    </message>
    <message>
        <source>Trial day…</source>
        <translation>Día de la prueba…</translation>
    </message>
    <message>
        <source>Record today&apos;s stimulator trial day</source>
        <translation>Anotar el día de hoy de la prueba del estimulador</translation>
    </message>
    <message>
        <source>these answers</source>
        <translation>estas respuestas</translation>
    </message>
    <message>
        <source>{question} (optional)</source>
        <translation>{question} (opcional)</translation>
    </message>
    <message>
        <source>Every question is answered: press Save to keep them.</source>
        <translation>Todas las preguntas tienen respuesta: pulse Guardar para conservarlas.</translation>
    </message>
    <message>
        <source>This diary is open in another painlog window. Here you can look, but not change anything: make changes in the other window.</source>
        <translation>Este diario está abierto en otra ventana de painlog. Aquí puede mirar, pero no cambiar nada: haga los cambios en la otra ventana.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>Every how many hours</source>
        <translation>Cada cuántas horas</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Cada cuántos días</translation>
    </message>
    <message>
        <source>Most doses a day</source>
        <translation>Máximo de dosis al día</translation>
    </message>
    <message>
        <source>on the start date&apos;s day of the month</source>
        <translation>el mismo día del mes que la fecha de inicio</translation>
    </message>
    <message>
        <source>times a day</source>
        <translation>veces al día</translation>
    </message>
    <message>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>Dose taken each time</source>
        <translation>Dosis que toma cada vez</translation>
    </message>
    <message>
        <source>Unit of the dose</source>
        <translation>Unidad de la dosis</translation>
    </message>
    <message>
        <source>each time</source>
        <translation>cada vez</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>for example: with food</source>
        <translation>por ejemplo: con comida</translation>
    </message>
    <message>
        <source>How it is taken</source>
        <translation>Cómo se toma</translation>
    </message>
    <message>
        <source>Sessions a week</source>
        <translation>Sesiones por semana</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Indicaciones</translation>
    </message>
    <message>
        <source>Enter the dose taken each time.</source>
        <translation>Escriba la dosis que toma cada vez.</translation>
    </message>
    <message>
        <source>Enter the unit of the dose (for example mg).</source>
        <translation>Escriba la unidad de la dosis (por ejemplo mg).</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>aún no completo</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>no hay suficientes datos</translation>
    </message>
    <message>
        <source>overlaps with {names}</source>
        <translation>se superpone con {names}</translation>
    </message>
    <message>
        <source>What
happened</source>
        <translation>Qué
pasó</translation>
    </message>
    <message>
        <source>Pain
before →
after</source>
        <translation>Dolor
antes →
después</translation>
    </message>
    <message>
        <source>Pain
change
(points, %)</source>
        <translation>Cambio
del dolor
(puntos, %)</translation>
    </message>
    <message>
        <source>PEG
before →
after</source>
        <translation>PEG
antes →
después</translation>
    </message>
    <message>
        <source>Result
(IMMPACT)</source>
        <translation>Resultado
(IMMPACT)</translation>
    </message>
    <message>
        <source>Your
impression
(PGIC)</source>
        <translation>Su
impresión
(PGIC)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{answer} ({day})</source>
        <translation>{answer} ({day})</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>kept before a restore</source>
        <translation>guardada antes de una restauración</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) recorded</source>
        <translation>
            <numerusform>%n día registrado</numerusform>
            <numerusform>%n días registrados</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>painlog cannot open the diary</source>
        <translation>painlog no puede abrir el diario</translation>
    </message>
    <message>
        <source>painlog could not restore the backup</source>
        <translation>painlog no pudo restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurar esta copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>These backups were checked and can be restored, newest first:</source>
        <translation>Estas copias de seguridad se revisaron y se pueden restaurar, la más reciente primero:</translation>
    </message>
    <message>
        <source>Your diary as it is now is kept aside first, so this can be undone.</source>
        <translation>Primero se guarda aparte su diario tal como está ahora, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Leave this question unanswered (or press Delete on the answer)</source>
        <translation>Dejar esta pregunta sin responder (o pulsar Supr en la respuesta)</translation>
    </message>
    <message>
        <source>Clear the answer: {question}</source>
        <translation>Borrar la respuesta: {question}</translation>
    </message>
    <message>
        <source>{n} of {high}</source>
        <translation>{n} de {high}</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so painlog cannot wait there for the reminder: it reminds you only while its window is open. To have it open by itself each day, tick “Start painlog when I log in”.</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que painlog no puede esperar allí para el recordatorio: solo le recuerda mientras su ventana está abierta. Para que se abra solo cada día, marque «Abrir painlog al iniciar sesión».</translation>
    </message>
    <message>
        <source>painlog could not write the entry that starts it when you log in ({path} cannot be written to), so nothing was changed; check that the folder is yours and not full.</source>
        <translation>painlog no pudo escribir la entrada que lo abre al iniciar sesión (no se puede escribir en {path}), así que no se cambió nada; compruebe que la carpeta es suya y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>painlog could not remove the entry that starts it when you log in ({path} cannot be written to), so nothing was changed; check that the folder is yours and not full.</source>
        <translation>painlog no pudo quitar la entrada que lo abre al iniciar sesión (no se puede escribir en {path}), así que no se cambió nada; compruebe que la carpeta es suya y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>these settings</source>
        <translation>esta configuración</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Remind me each day to fill in my diary, at</source>
        <translation>Recordarme cada día que complete mi diario, a las</translation>
    </message>
    <message>
        <source>Start painlog when I log in</source>
        <translation>Abrir painlog al iniciar sesión</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Offer the questionnaires every</source>
        <translation>Ofrecer los cuestionarios cada</translation>
    </message>
    <message>
        <source>As this computer is set ({country})</source>
        <translation>Como está configurada esta computadora ({country})</translation>
    </message>
    <message>
        <source>Another country (your local emergency number)</source>
        <translation>Otro país (el número de emergencias de su zona)</translation>
    </message>
    <message>
        <source>Country for crisis lines</source>
        <translation>País de las líneas de crisis</translation>
    </message>
    <message>
        <source>for example: my GP&apos;s nurse line, 0123 456 789</source>
        <translation>por ejemplo: la línea de enfermería de mi médico, 0123 456 789</translation>
    </message>
    <message>
        <source>Your own contact for a bad moment</source>
        <translation>Su propio contacto para un mal momento</translation>
    </message>
    <message>
        <source>As this computer is set ({language})</source>
        <translation>Como está configurada esta computadora ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>At log-in</source>
        <translation>Al iniciar sesión</translation>
    </message>
    <message>
        <source>Crisis lines for</source>
        <translation>Líneas de crisis de</translation>
    </message>
    <message>
        <source>painlog will start in the tray when you log in.</source>
        <translation>painlog se abrirá en la bandeja al iniciar sesión.</translation>
    </message>
    <message>
        <source>painlog will no longer start when you log in.</source>
        <translation>painlog ya no se abrirá al iniciar sesión.</translation>
    </message>
    <message>
        <source>Settings saved. painlog shows the new language the next time it starts.</source>
        <translation>Configuración guardada. painlog mostrará el nuevo idioma la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Therapy changes and whether they helped</source>
        <translation>Cambios de terapia y si ayudaron</translation>
    </message>
    <message>
        <source>How medication was taken (adherence, as-needed use)</source>
        <translation>Cómo se tomaron los medicamentos (cumplimiento, uso según necesidad)</translation>
    </message>
    <message>
        <source>Side effects and where it hurt</source>
        <translation>Efectos secundarios y dónde dolió</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Visit summary</source>
        <translation>Resumen para la consulta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Since the last visit ({day})</source>
        <translation>Desde la última consulta ({day})</translation>
    </message>
    <message>
        <source>Since the last visit (none recorded yet)</source>
        <translation>Desde la última consulta (todavía no hay ninguna registrada)</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>First day of the summary</source>
        <translation>Primer día del resumen</translation>
    </message>
    <message>
        <source>Last day of the summary</source>
        <translation>Último día del resumen</translation>
    </message>
    <message>
        <source>After the first page, include</source>
        <translation>Después de la primera página, incluir</translation>
    </message>
    <message>
        <source>Printed in the header (optional, kept in your diary)</source>
        <translation>Impreso en el encabezado (opcional, se guarda en su diario)</translation>
    </message>
    <message>
        <source>for example 1961-04-02</source>
        <translation>por ejemplo 1961-04-02</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vista previa…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Days without an entry</source>
        <translation>Días sin registro</translation>
    </message>
    <message>
        <source>marked not recorded</source>
        <translation>marcado como no registrado</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Completar</translation>
    </message>
    <message>
        <source>Fill in {day}</source>
        <translation>Completar el {day}</translation>
    </message>
    <message>
        <source>Didn&apos;t record</source>
        <translation>No lo anoté</translation>
    </message>
    <message>
        <source>Mark {day} as not recorded</source>
        <translation>Marcar el {day} como no registrado</translation>
    </message>
    <message>
        <source>Mark all as not recorded</source>
        <translation>Marcar todos como no registrados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>A procedure diary on a page of its own</source>
        <translation>Un diario de procedimiento en una página aparte</translation>
    </message>
    <message>
        <source>Procedure diary to print</source>
        <translation>Diario de procedimiento para imprimir</translation>
    </message>
    <message>
        <source>Save its page as PDF…</source>
        <translation>Guardar su página como PDF…</translation>
    </message>
    <message>
        <source>The first day comes after the last one; change the dates.</source>
        <translation>El primer día es posterior al último; cambie las fechas.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the visit summary</source>
        <translation>Guardar el resumen para la consulta</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n página en {path}.</numerusform>
            <numerusform>Se guardaron %n páginas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the procedure diary</source>
        <translation>Guardar el diario del procedimiento</translation>
    </message>
    <message>
        <source>Saved the {title} to {path}.</source>
        <translation>Se guardó {title} en {path}.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>no date recorded</source>
        <translation>ninguna fecha registrada</translation>
    </message>
    <message>
        <source> (and {n} before)</source>
        <translation> (y {n} antes)</translation>
    </message>
    <message>
        <source>no regimen recorded</source>
        <translation>ningún régimen registrado</translation>
    </message>
    <message>
        <source>Add a therapy…</source>
        <translation>Agregar una terapia…</translation>
    </message>
    <message>
        <source>Report a side effect…</source>
        <translation>Informar un efecto secundario…</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Change dose…</source>
        <translation>Cambiar dosis…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Suspender…</translation>
    </message>
    <message>
        <source>Start again…</source>
        <translation>Empezar de nuevo…</translation>
    </message>
    <message>
        <source>Add a date…</source>
        <translation>Agregar una fecha…</translation>
    </message>
    <message>
        <source>Record relief…</source>
        <translation>Anotar el alivio…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Editar datos…</translation>
    </message>
    <message>
        <source>Delete side effect…</source>
        <translation>Eliminar efecto secundario…</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>No therapies yet.</source>
        <translation>Todavía no hay terapias.</translation>
    </message>
    <message>
        <source>Press “Add a therapy…”.</source>
        <translation>Pulse “Agregar una terapia…”.</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Historial de {name}</translation>
    </message>
    <message>
        <source>No therapies yet</source>
        <translation>Todavía no hay terapias</translation>
    </message>
    <message>
        <source>Press “Add a therapy…” at the top of this page to add a medicine, injection or other treatment you were prescribed; its doses and changes show here.</source>
        <translation>Pulse “Agregar una terapia…” arriba en esta página para agregar un medicamento, una inyección u otro tratamiento que le recetaron; sus dosis y cambios aparecen aquí.</translation>
    </message>
    <message>
        <source>Choose a therapy in the list above</source>
        <translation>Elija una terapia en la lista de arriba</translation>
    </message>
    <message>
        <source>Its doses, changes and procedures show here.</source>
        <translation>Sus dosis, cambios y procedimientos aparecen aquí.</translation>
    </message>
    <message>
        <source>generic name: {name}</source>
        <translation>nombre genérico: {name}</translation>
    </message>
    <message>
        <source>for {target}</source>
        <translation>para {target}</translation>
    </message>
    <message>
        <source>prescribed by {who}</source>
        <translation>recetado por {who}</translation>
    </message>
    <message>
        <source> · thought to be from {name}</source>
        <translation> · posiblemente causado por {name}</translation>
    </message>
    <message>
        <source>Therapy added.</source>
        <translation>Terapia agregada.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Datos guardados.</translation>
    </message>
    <message>
        <source>Dose changed.</source>
        <translation>Dosis cambiada.</translation>
    </message>
    <message>
        <source>Started again.</source>
        <translation>Empezada de nuevo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Suspendida.</translation>
    </message>
    <message>
        <source>Date added.</source>
        <translation>Fecha agregada.</translation>
    </message>
    <message>
        <source>Relief recorded.</source>
        <translation>Alivio registrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n procedure date(s)</source>
        <translation>
            <numerusform>%n fecha de procedimiento</numerusform>
            <numerusform>%n fechas de procedimiento</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name} and everything recorded with it ({what})? This cannot be undone.</source>
        <translation>¿Eliminar {name} y todo lo registrado con ello ({what})? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete {name}? This cannot be undone.</source>
        <translation>¿Eliminar {name}? Esto no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>{question} %n side effect(s) recorded with it will stay in the diary, no longer linked to it.</source>
        <translation>
            <numerusform>{question} %n efecto secundario registrado con ello se quedará en el diario, ya sin vínculo con ella.</numerusform>
            <numerusform>{question} %n efectos secundarios registrados con ello se quedarán en el diario, ya sin vínculo con ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} was deleted.</source>
        <translation>Se eliminó {name}.</translation>
    </message>
    <message>
        <source>Side effect recorded.</source>
        <translation>Efecto secundario registrado.</translation>
    </message>
    <message>
        <source>Delete this side effect?
{text}</source>
        <translation>¿Eliminar este efecto secundario?
{text}</translation>
    </message>
    <message>
        <source>Side effect deleted.</source>
        <translation>Efecto secundario eliminado.</translation>
    </message>
    <message>
        <source>this therapy</source>
        <translation>esta terapia</translation>
    </message>
    <message>
        <source>Edit therapy</source>
        <translation>Editar terapia</translation>
    </message>
    <message>
        <source>Add a therapy</source>
        <translation>Agregar una terapia</translation>
    </message>
    <message>
        <source>for example: nerve pain in the left leg</source>
        <translation>por ejemplo: dolor de nervio en la pierna izquierda</translation>
    </message>
    <message>
        <source>for example: L4–L5, left</source>
        <translation>por ejemplo: L4–L5, izquierda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Nombre genérico</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Site or level</source>
        <translation>Sitio o nivel</translation>
    </message>
    <message>
        <source>this dose change</source>
        <translation>este cambio de dosis</translation>
    </message>
    <message>
        <source>Start {name} again</source>
        <translation>Empezar {name} de nuevo</translation>
    </message>
    <message>
        <source>Change the dose of {name}</source>
        <translation>Cambiar la dosis de {name}</translation>
    </message>
    <message>
        <source>This is the dose and schedule now: change what is different, then Save.</source>
        <translation>Esta es la dosis y el horario de ahora: cambie lo que sea distinto y luego pulse Guardar.</translation>
    </message>
    <message>
        <source>this stop</source>
        <translation>esta suspensión</translation>
    </message>
    <message>
        <source>Stop {name}</source>
        <translation>Suspender {name}</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Unknown kind of therapy: {kind}.</source>
        <translation>Tipo de terapia desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Give the therapy a name.</source>
        <translation>Póngale un nombre a la terapia.</translation>
    </message>
    <message>
        <source>A regimen cannot end before it starts.</source>
        <translation>Un régimen no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>The dose must be more than zero.</source>
        <translation>La dosis debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Unknown route: {route}.</source>
        <translation>Vía desconocida: {route}.</translation>
    </message>
    <message>
        <source>The most doses a day must be from 1 to 24.</source>
        <translation>El máximo de dosis al día debe ser de 1 a 24.</translation>
    </message>
    <message>
        <source>Sessions a week must be from 1 to 21.</source>
        <translation>Las sesiones por semana deben ser de 1 a 21.</translation>
    </message>
    <message>
        <source>Unknown reason for stopping: {stop_reason}.</source>
        <translation>Motivo de suspensión desconocido: {stop_reason}.</translation>
    </message>
    <message>
        <source>Unknown schedule: {kind}.</source>
        <translation>Horario desconocido: {kind}.</translation>
    </message>
    <message>
        <source>An as-needed medication has no fixed times a day.</source>
        <translation>Un medicamento según necesidad no tiene veces fijas al día.</translation>
    </message>
    <message>
        <source>Times a day are only for a medicine taken some times a day.</source>
        <translation>Las veces al día son solo para un medicamento que se toma algunas veces al día.</translation>
    </message>
    <message>
        <source>Times a day must be from 1 to 24.</source>
        <translation>Las veces al día deben ser de 1 a 24.</translation>
    </message>
    <message>
        <source>Every how many {unit} must be from {low} to {high}.</source>
        <translation>Cada cuántas {unit} debe ser de {low} a {high}.</translation>
    </message>
    <message>
        <source>Only &quot;every N hours&quot; and &quot;every N days&quot; have an interval.</source>
        <translation>Solo “cada N horas” y “cada N días” tienen un intervalo.</translation>
    </message>
    <message>
        <source>Unknown day of the week: {day} (use {days}).</source>
        <translation>Día de la semana desconocido: {day} (use {days}).</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>Days of the week belong only to a weekly schedule.</source>
        <translation>Los días de la semana solo corresponden a un horario semanal.</translation>
    </message>
    <message>
        <source>This overlaps the regimen from {start} (still running); change the dose or stop the other one first.</source>
        <translation>Esto se superpone con el régimen desde el {start} (todavía en curso); cambie la dosis o suspenda primero el otro.</translation>
    </message>
    <message>
        <source>This overlaps the regimen from {start} to {end}; change the dose or stop the other one first.</source>
        <translation>Esto se superpone con el régimen del {start} al {end}; cambie la dosis o suspenda primero el otro.</translation>
    </message>
    <message>
        <source>This regimen has already ended; start the therapy again instead.</source>
        <translation>Este régimen ya terminó; en su lugar, empiece la terapia de nuevo.</translation>
    </message>
    <message>
        <source>A dose change must come after the current dose started ({value}).</source>
        <translation>Un cambio de dosis debe ser posterior al inicio de la dosis actual ({value}).</translation>
    </message>
    <message>
        <source>This is the same dose and schedule as now, so nothing was changed. Change what is different, or press Cancel.</source>
        <translation>Es la misma dosis y el mismo horario que ahora, así que no se cambió nada. Cambie lo que sea distinto, o pulse Cancelar.</translation>
    </message>
    <message>
        <source>Choose why the therapy stopped.</source>
        <translation>Elija por qué se suspendió la terapia.</translation>
    </message>
    <message>
        <source>This therapy has already stopped.</source>
        <translation>Esta terapia ya está suspendida.</translation>
    </message>
    <message>
        <source>Relief can only be recorded after the procedure.</source>
        <translation>El alivio solo se puede anotar después del procedimiento.</translation>
    </message>
    <message>
        <source>Relief is recorded after the procedure, not before.</source>
        <translation>El alivio se anota después del procedimiento, no antes.</translation>
    </message>
    <message>
        <source>A dose cannot be logged for a time in the future.</source>
        <translation>No se puede anotar una dosis para una hora futura.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>La cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>Only a scheduled dose can be marked as skipped.</source>
        <translation>Solo una dosis programada se puede marcar como omitida.</translation>
    </message>
    <message>
        <source>Say why the dose was skipped.</source>
        <translation>Indique por qué se omitió la dosis.</translation>
    </message>
    <message>
        <source>A side effect cannot be recorded for a day in the future.</source>
        <translation>No se puede registrar un efecto secundario para un día futuro.</translation>
    </message>
    <message>
        <source>Describe the side effect.</source>
        <translation>Describa el efecto secundario.</translation>
    </message>
    <message>
        <source>Choose mild, moderate or severe.</source>
        <translation>Elija leve, moderado o grave.</translation>
    </message>
    <message>
        <source>this procedure</source>
        <translation>este procedimiento</translation>
    </message>
    <message>
        <source>Add a date for {name}</source>
        <translation>Agregar una fecha para {name}</translation>
    </message>
    <message>
        <source>this relief score</source>
        <translation>este puntaje de alivio</translation>
    </message>
    <message>
        <source>Relief after the procedure of {day}</source>
        <translation>Alivio después del procedimiento del {day}</translation>
    </message>
    <message>
        <source>Relief (0 % none, 100 % complete)</source>
        <translation>Alivio (0 % ninguno, 100 % completo)</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <source>Relief is judged after the procedure, not before.</source>
        <translation>El alivio se evalúa después del procedimiento, no antes.</translation>
    </message>
    <message>
        <source>this side effect</source>
        <translation>este efecto secundario</translation>
    </message>
    <message>
        <source>Report a side effect</source>
        <translation>Informar un efecto secundario</translation>
    </message>
    <message>
        <source>Not sure / none</source>
        <translation>No estoy seguro(a) / ninguno</translation>
    </message>
    <message>
        <source>for example: dizzy after the evening dose</source>
        <translation>por ejemplo: mareo después de la dosis de la noche</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causado por</translation>
    </message>
    <message>
        <source>How bad</source>
        <translation>Qué tan fuerte</translation>
    </message>
    <message>
        <source>Choose how bad it was: mild, moderate or severe.</source>
        <translation>Elija qué tan fuerte fue: leve, moderado o grave.</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Día anterior</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Día siguiente ▶</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>How pain got in the way</source>
        <translation>Cuánto le afectó el dolor</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Hours of sleep last night</source>
        <translation>Horas de sueño anoche</translation>
    </message>
    <message>
        <source>Where does it hurt? (optional)</source>
        <translation>¿Dónde le duele? (opcional)</translation>
    </message>
    <message>
        <source>What does the pain feel like? (optional)</source>
        <translation>¿Cómo se siente el dolor? (opcional)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>Anything worth remembering about today</source>
        <translation>Algo que valga la pena recordar de hoy</translation>
    </message>
    <message>
        <source>Show this note to my doctor on the visit summary</source>
        <translation>Mostrar esta nota a mi médico en el resumen para la consulta</translation>
    </message>
    <message>
        <source>Flares on this day</source>
        <translation>Crisis de dolor de este día</translation>
    </message>
    <message>
        <source>Log a flare…</source>
        <translation>Anotar una crisis de dolor…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete flare</source>
        <translation>Eliminar crisis de dolor</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S)</source>
        <translation>Guardar este día (Ctrl+S)</translation>
    </message>
    <message>
        <source>Delete this day&apos;s entry…</source>
        <translation>Eliminar el registro de este día…</translation>
    </message>
    <message>
        <source> — today</source>
        <translation> — hoy</translation>
    </message>
    <message>
        <source> — yesterday</source>
        <translation> — ayer</translation>
    </message>
    <message>
        <source>Note about {day}</source>
        <translation>Nota sobre el {day}</translation>
    </message>
    <message>
        <source>Flares on {day}</source>
        <translation>Crisis de dolor del {day}</translation>
    </message>
    <message>
        <source>This day is saved.</source>
        <translation>Este día está guardado.</translation>
    </message>
    <message>
        <source>Nothing is recorded for this day.</source>
        <translation>No hay nada registrado para este día.</translation>
    </message>
    <message>
        <source>Unsaved changes — press Save (Ctrl+S) to keep them.</source>
        <translation>Cambios sin guardar — pulse Guardar (Ctrl+S) para conservarlos.</translation>
    </message>
    <message>
        <source>No entry for this day yet. Answer the required questions and press Save.</source>
        <translation>Todavía no hay registro para este día. Responda las preguntas obligatorias y pulse Guardar.</translation>
    </message>
    <message>
        <source>This day is saved. You can change any answer and save again.</source>
        <translation>Este día está guardado. Puede cambiar cualquier respuesta y volver a guardar.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Guardado a las {time}.</translation>
    </message>
    <message>
        <source>This is the day as it is saved now; your changes were not saved.</source>
        <translation>Este es el día tal como está guardado ahora; sus cambios no se guardaron.</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> No se guardó nada.</translation>
    </message>
    <message>
        <source>Please answer: {items}.</source>
        <translation>Por favor, responda: {items}.</translation>
    </message>
    <message>
        <source>Delete the entry for {day}? Its flares stay.</source>
        <translation>¿Eliminar el registro del {day}? Sus crisis de dolor se conservan.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar registro</translation>
    </message>
    <message>
        <source> Nothing was deleted; the day as it is saved now is shown.</source>
        <translation> No se eliminó nada; se muestra el día tal como está guardado ahora.</translation>
    </message>
    <message>
        <source>The entry for this day was deleted.</source>
        <translation>Se eliminó el registro de este día.</translation>
    </message>
    <message>
        <source>No flares logged on this day.</source>
        <translation>No hay crisis de dolor anotadas este día.</translation>
    </message>
    <message>
        <source>Delete this flare?
{text}</source>
        <translation>¿Eliminar esta crisis de dolor?
{text}</translation>
    </message>
    <message>
        <source>Flare saved.</source>
        <translation>Crisis de dolor guardada.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 días</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Point at a day to see its values; double-click to open it.</source>
        <translation>Señale un día para ver sus valores; haga doble clic para abrirlo.</translation>
    </message>
    <message>
        <source>No therapy has been started or changed yet, so there is nothing to compare.</source>
        <translation>Todavía no se ha empezado ni cambiado ninguna terapia, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <source>Since last visit</source>
        <translation>Desde la última consulta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfica…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficas</translation>
    </message>
    <message>
        <source>Pain, PEG score, mood and sleep over time, with the therapies</source>
        <translation>Dolor, puntaje PEG, ánimo y sueño a lo largo del tiempo, con las terapias</translation>
    </message>
    <message>
        <source>Daily pain before and after the chosen therapy change</source>
        <translation>Dolor diario antes y después del cambio de terapia elegido</translation>
    </message>
    <message>
        <source>{windows} IMMPACT, either way: a change of 30 % or more is moderately important, 50 % or more substantial. {cause}</source>
        <translation>{windows} IMMPACT, en ambos sentidos: un cambio del 30 % o más es moderadamente importante, del 50 % o más, sustancial. {cause}</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Add the therapies you take or have had on the Therapies page: once days are recorded before and after one starts, changes or is done, this shows whether it helped.</source>
        <translation>Todavía no hay nada que comparar. Agregue en la página Terapias las terapias que toma o ha tomado: cuando haya días registrados antes y después de que una empiece, cambie o se realice, aquí verá si ayudó.</translation>
    </message>
    <message>
        <source>Go to Therapies</source>
        <translation>Ir a Terapias</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>¿Ayudó?</translation>
    </message>
    <message>
        <source>Where it hurt and what it felt like, in days</source>
        <translation>Dónde dolió y cómo se sentía, en días</translation>
    </message>
    <message>
        <source>A night&apos;s sleep against the pain of the next day</source>
        <translation>El sueño de una noche frente al dolor del día siguiente</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <source>Nothing is recorded yet. Your pain, mood and sleep are charted here once you have saved a few days on the Today page.</source>
        <translation>Todavía no hay nada registrado. Su dolor, ánimo y sueño se grafican aquí cuando haya guardado algunos días en la página Hoy.</translation>
    </message>
    <message>
        <source>No past visit is recorded yet; showing the last 30 days.</source>
        <translation>Todavía no hay ninguna consulta anterior registrada; se muestran los últimos 30 días.</translation>
    </message>
    <message>
        <source>The first day comes after the last one; swap them and try again.</source>
        <translation>El primer día es posterior al último; inviértalos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Where it hurt</source>
        <translation>Dónde dolió</translation>
    </message>
    <message>
        <source>What it felt like</source>
        <translation>Cómo se sentía</translation>
    </message>
    <message>
        <source>{name} is required.</source>
        <translation>{name}: es obligatorio responder.</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value}.</source>
        <translation>{name} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <source>{name} must be from {low} to {high}, not {value}.</source>
        <translation>{name} debe ser de {low} a {high}, no {value}.</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>average pain</source>
        <translation>dolor promedio</translation>
    </message>
    <message>
        <source>worst pain</source>
        <translation>peor dolor</translation>
    </message>
    <message>
        <source>least pain</source>
        <translation>menor dolor</translation>
    </message>
    <message>
        <source>interference with enjoyment of life</source>
        <translation>interferencia con el disfrute de la vida</translation>
    </message>
    <message>
        <source>interference with general activity</source>
        <translation>interferencia con la actividad general</translation>
    </message>
    <message>
        <source>hours of sleep</source>
        <translation>horas de sueño</translation>
    </message>
    <message>
        <source>body locations</source>
        <translation>partes del cuerpo</translation>
    </message>
    <message>
        <source>pain qualities</source>
        <translation>cómo se siente el dolor</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>la hora</translation>
    </message>
    <message>
        <source>pain before the dose</source>
        <translation>dolor antes de la dosis</translation>
    </message>
    <message>
        <source>pain after the dose</source>
        <translation>dolor después de la dosis</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>what set it off</source>
        <translation>qué la provocó</translation>
    </message>
    <message>
        <source>what helped</source>
        <translation>qué ayudó</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the ingredient</source>
        <translation>el principio activo</translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation>para qué es</translation>
    </message>
    <message>
        <source>the prescriber</source>
        <translation>quién lo recetó</translation>
    </message>
    <message>
        <source>the dose unit</source>
        <translation>la unidad de la dosis</translation>
    </message>
    <message>
        <source>the instructions</source>
        <translation>las indicaciones</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>el sitio</translation>
    </message>
    <message>
        <source>the reason for skipping</source>
        <translation>el motivo de la omisión</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>la descripción</translation>
    </message>
    <message>
        <source>the clinician</source>
        <translation>el médico</translation>
    </message>
    <message>
        <source>the questions</source>
        <translation>las preguntas</translation>
    </message>
    <message>
        <source>what was decided</source>
        <translation>lo que se decidió</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>la meta</translation>
    </message>
    <message>
        <source>better sleep</source>
        <translation>mejor sueño</translation>
    </message>
    <message>
        <source>more hours of sleep</source>
        <translation>más horas de sueño</translation>
    </message>
    <message>
        <source>{day}: no entry</source>
        <translation>{day}: sin registro</translation>
    </message>
    <message>
        <source>pain {n}</source>
        <translation>dolor {n}</translation>
    </message>
    <message>
        <source> (worst {w}, least {l})</source>
        <translation> (peor {w}, menor {l})</translation>
    </message>
    <message>
        <source>PEG {peg}</source>
        <translation>PEG {peg}</translation>
    </message>
    <message>
        <source>mood {n}</source>
        <translation>ánimo {n}</translation>
    </message>
    <message>
        <source>sleep quality {n}</source>
        <translation>calidad del sueño {n}</translation>
    </message>
    <message>
        <source> — double-click to open this day.</source>
        <translation> — haga doble clic para abrir este día.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfica</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Imagen SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chart saved to {path}.</source>
        <translation>Gráfica guardada en {path}.</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;Normal text</source>
        <translation>Texto &amp;normal</translation>
    </message>
    <message>
        <source>L&amp;arge text</source>
        <translation>Texto &amp;grande</translation>
    </message>
    <message>
        <source>La&amp;rger text</source>
        <translation>Texto &amp;más grande</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>esta consulta</translation>
    </message>
    <message>
        <source>for example: Dr Reyes, pain clinic</source>
        <translation>por ejemplo: Dra. Reyes, clínica del dolor</translation>
    </message>
    <message>
        <source>What was decided: changes to medication, tests, referrals…</source>
        <translation>Lo que se decidió: cambios de medicamentos, estudios, referencias…</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Lo que se decidió</translation>
    </message>
    <message>
        <source>this goal</source>
        <translation>esta meta</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <source>In your own words, for example: walk 20 minutes without stopping</source>
        <translation>En sus propias palabras, por ejemplo: caminar 20 minutos sin parar</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Book or change…</source>
        <translation>Programar o cambiar…</translation>
    </message>
    <message>
        <source>Questions to ask (add them whenever they come to mind):</source>
        <translation>Preguntas para hacer (agréguelas cuando se le ocurran):</translation>
    </message>
    <message>
        <source>Type a question and press Enter</source>
        <translation>Escriba una pregunta y pulse Intro</translation>
    </message>
    <message>
        <source>New question for the next appointment</source>
        <translation>Nueva pregunta para la próxima cita</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Quitar pregunta</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Consultas anteriores</translation>
    </message>
    <message>
        <source>No past visits yet. “Add a past visit…” records one and what was decided.</source>
        <translation>Todavía no hay consultas anteriores. “Agregar una consulta anterior…” registra una y lo que se decidió.</translation>
    </message>
    <message>
        <source>Record what was decided…</source>
        <translation>Anotar lo que se decidió…</translation>
    </message>
    <message>
        <source>Add a past visit…</source>
        <translation>Agregar una consulta anterior…</translation>
    </message>
    <message>
        <source>No goals yet. “Add a goal…” keeps one in your own words, for example “walk 20 minutes”.</source>
        <translation>Todavía no hay metas. “Agregar una meta…” guarda una en sus propias palabras, por ejemplo “caminar 20 minutos”.</translation>
    </message>
    <message>
        <source>Add a goal…</source>
        <translation>Agregar una meta…</translation>
    </message>
    <message>
        <source>Mark achieved</source>
        <translation>Marcar como lograda</translation>
    </message>
    <message>
        <source>Working on it again</source>
        <translation>Trabajando en ella otra vez</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <source>Visit summary for the doctor…</source>
        <translation>Resumen para el médico…</translation>
    </message>
    <message>
        <source>No appointment booked yet.</source>
        <translation>Todavía no hay ninguna cita programada.</translation>
    </message>
    <message>
        <source> with {who}</source>
        <translation> con {who}</translation>
    </message>
    <message>
        <source>(decision not recorded yet)</source>
        <translation>(decisión aún no registrada)</translation>
    </message>
    <message>
        <source> (since {day})</source>
        <translation> (desde el {day})</translation>
    </message>
    <message>
        <source>Appointment saved.</source>
        <translation>Cita guardada.</translation>
    </message>
    <message>
        <source>First say when the next appointment is; the question is kept for it.</source>
        <translation>Primero indique cuándo es la próxima cita; la pregunta se guarda para ella.</translation>
    </message>
    <message>
        <source>Question added.</source>
        <translation>Pregunta agregada.</translation>
    </message>
    <message>
        <source>Question removed.</source>
        <translation>Pregunta quitada.</translation>
    </message>
    <message>
        <source>Visit of {day}</source>
        <translation>Consulta del {day}</translation>
    </message>
    <message>
        <source>Visit saved.</source>
        <translation>Consulta guardada.</translation>
    </message>
    <message>
        <source>A past visit</source>
        <translation>Una consulta anterior</translation>
    </message>
    <message>
        <source>Visit added.</source>
        <translation>Consulta agregada.</translation>
    </message>
    <message>
        <source>Goal added.</source>
        <translation>Meta agregada.</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>Primero elija una meta en la lista.</translation>
    </message>
    <message>
        <source>Drop the goal “{text}”?</source>
        <translation>¿Abandonar la meta “{text}”?</translation>
    </message>
    <message>
        <source>Goal updated.</source>
        <translation>Meta actualizada.</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Left shoulder</source>
        <translation>Hombro izquierdo</translation>
    </message>
    <message>
        <source>Right shoulder</source>
        <translation>Hombro derecho</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Parte alta de la espalda</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Parte baja de la espalda</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Pecho</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <source>Pelvis</source>
        <translation>Pelvis</translation>
    </message>
    <message>
        <source>Left arm</source>
        <translation>Brazo izquierdo</translation>
    </message>
    <message>
        <source>Right arm</source>
        <translation>Brazo derecho</translation>
    </message>
    <message>
        <source>Left hand</source>
        <translation>Mano izquierda</translation>
    </message>
    <message>
        <source>Right hand</source>
        <translation>Mano derecha</translation>
    </message>
    <message>
        <source>Left hip</source>
        <translation>Cadera izquierda</translation>
    </message>
    <message>
        <source>Right hip</source>
        <translation>Cadera derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Left knee</source>
        <translation>Rodilla izquierda</translation>
    </message>
    <message>
        <source>Right knee</source>
        <translation>Rodilla derecha</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Sordo / continuo</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Ardor</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Fulgurante (como una descarga)</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pulsátil</translation>
    </message>
    <message>
        <source>Tingling / pins and needles</source>
        <translation>Hormigueo / alfileres</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Cramping</source>
        <translation>Calambres</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Nerve block</source>
        <translation>Bloqueo nervioso</translation>
    </message>
    <message>
        <source>Radiofrequency ablation</source>
        <translation>Ablación por radiofrecuencia</translation>
    </message>
    <message>
        <source>Neuromodulation (stimulator)</source>
        <translation>Neuromodulación (estimulador)</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>Psychological therapy</source>
        <translation>Terapia psicológica</translation>
    </message>
    <message>
        <source>Surgery</source>
        <translation>Cirugía</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>as on the prescription, for example Gabapentin</source>
        <translation>como aparece en la receta, por ejemplo Gabapentina</translation>
    </message>
    <message>
        <source>for example Epidural steroid injection</source>
        <translation>por ejemplo Inyección epidural de esteroides</translation>
    </message>
    <message>
        <source>for example Medial branch block</source>
        <translation>por ejemplo Bloqueo de la rama medial</translation>
    </message>
    <message>
        <source>for example Radiofrequency ablation of the lower back</source>
        <translation>por ejemplo Ablación por radiofrecuencia de la parte baja de la espalda</translation>
    </message>
    <message>
        <source>for example Spinal cord stimulator trial</source>
        <translation>por ejemplo Prueba de estimulador de médula espinal</translation>
    </message>
    <message>
        <source>for example Physiotherapy for the back</source>
        <translation>por ejemplo Fisioterapia para la espalda</translation>
    </message>
    <message>
        <source>for example CBT for chronic pain</source>
        <translation>por ejemplo Terapia cognitivo-conductual para el dolor crónico</translation>
    </message>
    <message>
        <source>for example Knee replacement</source>
        <translation>por ejemplo Reemplazo de rodilla</translation>
    </message>
    <message>
        <source>for example Acupuncture</source>
        <translation>por ejemplo Acupuntura</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <source>Nerve blocks</source>
        <translation>Bloqueos nerviosos</translation>
    </message>
    <message>
        <source>Neuromodulation</source>
        <translation>Neuromodulación</translation>
    </message>
    <message>
        <source>Other therapies</source>
        <translation>Otras terapias</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Por la boca</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Sobre la piel</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>It was not helping</source>
        <translation>No estaba ayudando</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>The course finished</source>
        <translation>Se terminó el tratamiento</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>Some times a day</source>
        <translation>Algunas veces al día</translation>
    </message>
    <message>
        <source>Every so many hours (for example a 72-hour patch)</source>
        <translation>Cada cierto número de horas (por ejemplo un parche de 72 horas)</translation>
    </message>
    <message>
        <source>Every so many days</source>
        <translation>Cada cierto número de días</translation>
    </message>
    <message>
        <source>On set days of the week</source>
        <translation>Ciertos días de la semana</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>Una vez al mes</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Trabajando en ella</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
    <message>
        <source>Substantial improvement (≥ 50 %)</source>
        <translation>Mejoría sustancial (≥ 50 %)</translation>
    </message>
    <message>
        <source>Moderate improvement (≥ 30 %)</source>
        <translation>Mejoría moderada (≥ 30 %)</translation>
    </message>
    <message>
        <source>No important change</source>
        <translation>Sin cambio importante</translation>
    </message>
    <message>
        <source>Moderately worse (≥ 30 %)</source>
        <translation>Moderadamente peor (≥ 30 %)</translation>
    </message>
    <message>
        <source>Substantially worse (≥ 50 %)</source>
        <translation>Sustancialmente peor (≥ 50 %)</translation>
    </message>
    <message>
        <source>Mean 0 before, so no percentage</source>
        <translation>Promedio 0 antes, así que no hay porcentaje</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>dose changed</source>
        <translation>dosis cambiada</translation>
    </message>
    <message>
        <source>{low}+ days</source>
        <translation>{low}+ días</translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} días</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>Export for a spreadsheet (CSV, zip)…</source>
        <translation>Exportar para una hoja de cálculo (CSV, zip)…</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip)</source>
        <translation>Zip de archivos CSV (*.zip)</translation>
    </message>
    <message>
        <source>Export everything (JSON, can be imported again)…</source>
        <translation>Exportar todo (JSON, se puede volver a importar)…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export for other health apps (FHIR)…</source>
        <translation>Exportar para otras aplicaciones de salud (FHIR)…</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Patient-recorded diary. Associations between therapies and pain do not show cause.</source>
        <translation>Diario registrado por el paciente. Las asociaciones entre las terapias y el dolor no demuestran causa.</translation>
    </message>
    <message>
        <source>MME uses the CDC 2022 conversion factors. They are estimates that do not account for differences between people, must not be used to convert one opioid into another, and need extra care with methadone and fentanyl.</source>
        <translation>Las MME usan los factores de conversión de los CDC de 2022. Son estimaciones que no tienen en cuenta las diferencias entre personas, no deben usarse para convertir un opioide en otro, y requieren cuidado adicional con la metadona y el fentanilo.</translation>
    </message>
    <message>
        <source>{reassess} MME/day: the CDC&apos;s level for reassessment; {high} MME/day: its 2016 guideline&apos;s; information, not advice</source>
        <translation>{reassess} MME/día: el nivel de los CDC para reevaluar; {high} MME/día: el de su guía de 2016; información, no una recomendación</translation>
    </message>
    <message>
        <source>Before: the {baseline} days before. After: days {course_from}–{course_to} after a course starts or changes or after surgery; days {procedure_from}–{procedure_to} after an injection, nerve block or ablation. No figure uses a day after the period&apos;s last day.</source>
        <translation>Antes: los {baseline} días anteriores. Después: los días {course_from}–{course_to} después de que un tratamiento empieza o cambia, o después de una cirugía; los días {procedure_from}–{procedure_to} después de una inyección, un bloqueo nervioso o una ablación. Ninguna cifra usa un día posterior al último día del período.</translation>
    </message>
    <message>
        <source>Lidocaine</source>
        <translation>Lidocaína</translation>
    </message>
    <message>
        <source>Bupivacaine</source>
        <translation>Bupivacaína</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 semanas</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 meses</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>le toca ahora</translation>
    </message>
    <message>
        <source>next</source>
        <translation>la siguiente</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>Write each rating time as hours:minutes after the block, for example 0:15, 0:30, 1:00; “{part}” is not one.</source>
        <translation>Escriba cada horario de calificación como horas:minutos después del bloqueo, por ejemplo 0:15, 0:30, 1:00; “{part}” no lo es.</translation>
    </message>
    <message>
        <source>Enter at least one rating time, for example 0:15, 0:30, 1:00.</source>
        <translation>Escriba al menos un horario de calificación, por ejemplo 0:15, 0:30, 1:00.</translation>
    </message>
    <message>
        <source>{offset} (at {time})</source>
        <translation>{offset} (a las {time})</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>dolor {pain}</translation>
    </message>
    <message>
        <source>the activity was {how}</source>
        <translation>la actividad fue {how}</translation>
    </message>
    <message>
        <source>rated late, at {time}</source>
        <translation>calificada tarde, a las {time}</translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All the times on this sheet have passed; %n missed.</source>
        <translation>
            <numerusform>Ya pasaron todos los horarios de esta hoja; %n omitido.</numerusform>
            <numerusform>Ya pasaron todos los horarios de esta hoja; %n omitidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the times on this sheet have passed.</source>
        <translation>Ya pasaron todos los horarios de esta hoja.</translation>
    </message>
    <message>
        <source>The {offset} rating ({time}) is due now: rate it by {until}.</source>
        <translation>Le toca ahora la calificación de las {offset} ({time}): califique antes de las {until}.</translation>
    </message>
    <message>
        <source>Next rating at {time}, in {left}.</source>
        <translation>Próxima calificación a las {time}, en {left}.</translation>
    </message>
    <message>
        <source>Time to rate your pain: the {offset} rating after your {name} ({time}).</source>
        <translation>Es hora de calificar su dolor: la calificación de las {offset} después de su {name} ({time}).</translation>
    </message>
    <message>
        <source>Relief did not reach {line}.</source>
        <translation>El alivio no llegó al {line}.</translation>
    </message>
    <message>
        <source>Relief was at {line} or more at {first}</source>
        <translation>El alivio fue del {line} o más a las {first}</translation>
    </message>
    <message>
        <source>Relief stayed at {line} or more from {first} to at least {last}</source>
        <translation>El alivio se mantuvo en {line} o más desde las {first} hasta al menos las {last}</translation>
    </message>
    <message>
        <source>{relief}; at {below} it was below.</source>
        <translation>{relief}; a las {below} estaba por debajo.</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>Todavía no hay calificaciones.</translation>
    </message>
    <message>
        <source>Peak relief {peak} at {at}.</source>
        <translation>Alivio máximo {peak} a las {at}.</translation>
    </message>
    <message>
        <source>Rated late: {times}.</source>
        <translation>Calificadas tarde: {times}.</translation>
    </message>
    <message>
        <source>Missed: {times}.</source>
        <translation>Omitidas: {times}.</translation>
    </message>
    <message>
        <source>The anaesthetic</source>
        <translation>El anestésico</translation>
    </message>
    <message>
        <source>{name}: how long it lasts was not given.</source>
        <translation>{name}: no se indicó cuánto dura.</translation>
    </message>
    <message>
        <source>{name} is expected to last about {hours} hours.</source>
        <translation>Se espera que {name} dure unas {hours} horas.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>It&apos;s {after} since your {kind} on {day} — how is the pain?</source>
        <translation>Ya pasó {after} desde su {kind} del {day} — ¿cómo está el dolor?</translation>
    </message>
    <message>
        <source>{after} ({day})</source>
        <translation>{after} ({day})</translation>
    </message>
    <message>
        <source>relief {relief}</source>
        <translation>alivio {relief}</translation>
    </message>
    <message>
        <source>from your check-ins: pain {pain} (the week to {day})</source>
        <translation>según sus registros diarios: dolor {pain} (la semana hasta el {day})</translation>
    </message>
    <message>
        <source>Day {n} of {days} of your stimulator trial — today&apos;s relief is recorded.</source>
        <translation>Día {n} de {days} de su prueba del estimulador — el alivio de hoy está registrado.</translation>
    </message>
    <message>
        <source>Day {n} of {days} of your stimulator trial — how much relief today?</source>
        <translation>Día {n} de {days} de su prueba del estimulador — ¿cuánto alivio tiene hoy?</translation>
    </message>
    <message>
        <source>Trial {start} to {end} ({days})</source>
        <translation>Prueba del {start} al {end} ({days})</translation>
    </message>
    <message>
        <source>{n} of {days} recorded</source>
        <translation>{n} de {days} registrados</translation>
    </message>
    <message>
        <source>mean relief {mean}</source>
        <translation>alivio promedio {mean}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) at {line} or more</source>
        <translation>
            <numerusform>%n día con {line} o más</numerusform>
            <numerusform>%n días con {line} o más</numerusform>
        </translation>
    </message>
    <message>
        <source>relief not given</source>
        <translation>alivio no indicado</translation>
    </message>
    <message numerus="yes">
        <source>walked %n minute(s)</source>
        <translation>
            <numerusform>caminó %n minuto</numerusform>
            <numerusform>caminó %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain</source>
        <translation>Sin dolor</translation>
    </message>
    <message>
        <source>Worst pain imaginable</source>
        <translation>El peor dolor imaginable</translation>
    </message>
    <message>
        <source>Did not interfere</source>
        <translation>No interfirió</translation>
    </message>
    <message>
        <source>Completely interfered</source>
        <translation>Interfirió por completo</translation>
    </message>
    <message>
        <source>Average pain today</source>
        <translation>Dolor promedio hoy</translation>
    </message>
    <message>
        <source>Worst pain today</source>
        <translation>Peor dolor hoy</translation>
    </message>
    <message>
        <source>Least pain today</source>
        <translation>Menor dolor hoy</translation>
    </message>
    <message>
        <source>How much did pain interfere with your enjoyment of life?</source>
        <translation>¿Cuánto interfirió el dolor con su disfrute de la vida?</translation>
    </message>
    <message>
        <source>How much did pain interfere with your general activity?</source>
        <translation>¿Cuánto interfirió el dolor con su actividad general?</translation>
    </message>
    <message>
        <source>Your mood today</source>
        <translation>Su ánimo hoy</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>How well did you sleep last night?</source>
        <translation>¿Qué tan bien durmió anoche?</translation>
    </message>
    <message>
        <source>Very badly</source>
        <translation>Muy mal</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>How strong is the pain?</source>
        <translation>¿Qué tan fuerte es el dolor?</translation>
    </message>
    <message>
        <source>Pain before taking it</source>
        <translation>Dolor antes de tomarla</translation>
    </message>
    <message>
        <source>Pain one to two hours after</source>
        <translation>Dolor una a dos horas después</translation>
    </message>
    <message>
        <source>Your usual pain, before the block</source>
        <translation>Su dolor habitual, antes del bloqueo</translation>
    </message>
    <message>
        <source>Your pain now</source>
        <translation>Su dolor ahora</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Menos es mejor</translation>
    </message>
    <message>
        <source>Depression screen</source>
        <translation>Tamizaje de depresión</translation>
    </message>
    <message>
        <source>Anxiety screen</source>
        <translation>Tamizaje de ansiedad</translation>
    </message>
    <message>
        <source>very much improved</source>
        <translation>muchísimo mejor</translation>
    </message>
    <message>
        <source>much improved</source>
        <translation>mucho mejor</translation>
    </message>
    <message>
        <source>minimally improved</source>
        <translation>un poco mejor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>minimally worse</source>
        <translation>un poco peor</translation>
    </message>
    <message>
        <source>much worse</source>
        <translation>mucho peor</translation>
    </message>
    <message>
        <source>very much worse</source>
        <translation>muchísimo peor</translation>
    </message>
    <message>
        <source>This questionnaire is shown in English: painlog does not include its official translation yet, and a questionnaire like this one is only ever used in its published words.</source>
        <translation>Este cuestionario se muestra en inglés: painlog todavía no incluye su traducción oficial, y un cuestionario como este solo se usa con sus palabras publicadas.</translation>
    </message>
    <message>
        <source>{form} {total} of {highest}, {band} range</source>
        <translation>{form} {total} de {highest}, rango {band}</translation>
    </message>
    <message>
        <source>{form} {total} of {highest}, screens positive</source>
        <translation>{form} {total} de {highest}, tamizaje positivo</translation>
    </message>
    <message>
        <source>{form} {total} of {highest}, screens negative</source>
        <translation>{form} {total} de {highest}, tamizaje negativo</translation>
    </message>
    <message>
        <source>the first one recorded</source>
        <translation>el primero registrado</translation>
    </message>
    <message>
        <source>{change} since {day}</source>
        <translation>{change} desde el {day}</translation>
    </message>
    <message>
        <source>“{answer}” to “{item}”</source>
        <translation>“{answer}” a “{item}”</translation>
    </message>
    <message>
        <source>pain {n}/10</source>
        <translation>dolor {n}/10</translation>
    </message>
    <message>
        <source>trigger: {trigger}</source>
        <translation>desencadenante: {trigger}</translation>
    </message>
    <message>
        <source>helped: {helped}</source>
        <translation>ayudó: {helped}</translation>
    </message>
    <message>
        <source>no dose recorded</source>
        <translation>ninguna dosis registrada</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>de {before} a {after}</translation>
    </message>
    <message>
        <source>to {after}</source>
        <translation>a {after}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n sesión por semana</numerusform>
            <numerusform>%n sesiones por semana</numerusform>
        </translation>
    </message>
    <message>
        <source>as needed, at most {n} a day</source>
        <translation>según necesidad, como máximo {n} al día</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>según necesidad</translation>
    </message>
    <message>
        <source>{n}× daily</source>
        <translation>{n} veces al día</translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>cada %n hora</numerusform>
            <numerusform>cada %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>cada %n día</numerusform>
            <numerusform>cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly on {days}</source>
        <translation>semanal los {days}</translation>
    </message>
    <message>
        <source>monthly on day {n}</source>
        <translation>mensual el día {n}</translation>
    </message>
    <message>
        <source>{start} to {end} (stopped: {reason})</source>
        <translation>{start} a {end} (suspendido: {reason})</translation>
    </message>
    <message>
        <source>relief {n} ({day})</source>
        <translation>alivio {n} ({day})</translation>
    </message>
    <message>
        <source>relief {n}</source>
        <translation>alivio {n}</translation>
    </message>
    <message>
        <source>not enough data: {before} before, {after} after ({least} each needed)</source>
        <translation>no hay suficientes datos: {before} antes, {after} después (se necesitan {least} de cada uno)</translation>
    </message>
    <message>
        <source>window not complete yet ({n} of {length})</source>
        <translation>período aún no completo ({n} de {length})</translation>
    </message>
    <message>
        <source>{before} before ({least} needed)</source>
        <translation>{before} antes (se necesitan {least})</translation>
    </message>
    <message>
        <source>no clear link ({rho})</source>
        <translation>sin relación clara ({rho})</translation>
    </message>
    <message>
        <source>a weak link ({rho})</source>
        <translation>una relación débil ({rho})</translation>
    </message>
    <message>
        <source>a moderate link ({rho})</source>
        <translation>una relación moderada ({rho})</translation>
    </message>
    <message>
        <source>a strong link ({rho})</source>
        <translation>una relación fuerte ({rho})</translation>
    </message>
    <message>
        <source>the link runs from −1 to 1, 0 meaning none</source>
        <translation>la relación va de −1 a 1; 0 significa ninguna</translation>
    </message>
    <message>
        <source>too few days to say</source>
        <translation>muy pocos días para saberlo</translation>
    </message>
    <message>
        <source>no link can be measured</source>
        <translation>no se puede medir ninguna relación</translation>
    </message>
    <message>
        <source>Fewer than 10 days with {what} recorded: not enough to say.</source>
        <translation>Menos de 10 días con registro de {what}: no alcanza para saberlo.</translation>
    </message>
    <message numerus="yes">
        <source>{same} was the same on all %n day(s), so no link can be measured.</source>
        <translation>
            <numerusform>{same} fue igual en %n día, así que no se puede medir ninguna relación.</numerusform>
            <numerusform>{same} fue igual en los %n días, así que no se puede medir ninguna relación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain was the same on all %n day(s), so no link can be measured.</source>
        <translation>
            <numerusform>El dolor fue igual en %n día, así que no se puede medir ninguna relación.</numerusform>
            <numerusform>El dolor fue igual en los %n días, así que no se puede medir ninguna relación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No clear link between {what} and pain the next day ({rho}; {scale}; %n day(s)).</source>
        <translation>
            <numerusform>No hay relación clara entre {what} y el dolor del día siguiente ({rho}; {scale}; %n día).</numerusform>
            <numerusform>No hay relación clara entre {what} y el dolor del día siguiente ({rho}; {scale}; %n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{link}: after nights with {more}, pain the next day tended to be lower ({scale}; %n day(s)). This does not show cause.</source>
        <translation>
            <numerusform>{link}: después de noches con {more}, el dolor del día siguiente tendió a ser menor ({scale}; %n día). Esto no demuestra causa.</numerusform>
            <numerusform>{link}: después de noches con {more}, el dolor del día siguiente tendió a ser menor ({scale}; %n días). Esto no demuestra causa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{link}: after nights with {more}, pain the next day tended to be higher ({scale}; %n day(s)). This does not show cause.</source>
        <translation>
            <numerusform>{link}: después de noches con {more}, el dolor del día siguiente tendió a ser mayor ({scale}; %n día). Esto no demuestra causa.</numerusform>
            <numerusform>{link}: después de noches con {more}, el dolor del día siguiente tendió a ser mayor ({scale}; %n días). Esto no demuestra causa.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the drawing, days each place hurt (a check-in or a flare that day):</source>
        <translation>En el dibujo, los días que dolió cada lugar (un registro diario o una crisis de dolor ese día):</translation>
    </message>
    <message>
        <source>White: not marked. Front: as facing you; back: as seen from behind.</source>
        <translation>Blanco: no marcado. De frente: como si lo mirara de frente; de espalda: como se ve desde atrás.</translation>
    </message>
    <message>
        <source>The usual pain must be a whole number from 0 to 10.</source>
        <translation>El dolor habitual debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>Relief is measured against the usual pain, so it cannot be 0.</source>
        <translation>El alivio se mide respecto al dolor habitual, así que este no puede ser 0.</translation>
    </message>
    <message>
        <source>Note at most {max_activities} activities.</source>
        <translation>Anote como máximo {max_activities} actividades.</translation>
    </message>
    <message>
        <source>The rating times are minutes after the block, each later than the last.</source>
        <translation>Los horarios de calificación son minutos después del bloqueo, cada uno posterior al anterior.</translation>
    </message>
    <message>
        <source>The expected duration is from 1 to 48 hours, shortest first.</source>
        <translation>La duración esperada es de 1 a 48 horas, la más corta primero.</translation>
    </message>
    <message>
        <source>This rating time is not on the sheet.</source>
        <translation>Este horario de calificación no está en la hoja.</translation>
    </message>
    <message>
        <source>Pain must be a whole number from 0 to 10.</source>
        <translation>El dolor debe ser un número entero de 0 a 10.</translation>
    </message>
    <message>
        <source>The activity was better, the same or worse.</source>
        <translation>La actividad fue mejor, igual o peor.</translation>
    </message>
    <message>
        <source>A rating after the block cannot be made before it.</source>
        <translation>Una calificación posterior al bloqueo no puede hacerse antes de él.</translation>
    </message>
    <message>
        <source>A day in the future cannot be recorded yet.</source>
        <translation>Todavía no se puede registrar un día futuro.</translation>
    </message>
    <message>
        <source>Worst pain cannot be lower than average pain.</source>
        <translation>El peor dolor no puede ser menor que el dolor promedio.</translation>
    </message>
    <message>
        <source>Least pain cannot be higher than average pain.</source>
        <translation>El menor dolor no puede ser mayor que el dolor promedio.</translation>
    </message>
    <message>
        <source>Write the note you want your doctor to see.</source>
        <translation>Escriba la nota que quiere que vea su médico.</translation>
    </message>
    <message>
        <source>Hours of sleep must be a number, not {hours}.</source>
        <translation>Las horas de sueño deben ser un número, no {hours}.</translation>
    </message>
    <message>
        <source>Hours of sleep must be from 0 to 24, not {hours}.</source>
        <translation>Las horas de sueño deben ser de 0 a 24, no {hours}.</translation>
    </message>
    <message>
        <source>Unknown {field_name}: {codes}.</source>
        <translation>Valor desconocido en {field_name}: {codes}.</translation>
    </message>
    <message>
        <source>Listed twice in {field_name}: {codes}.</source>
        <translation>Repetido en {field_name}: {codes}.</translation>
    </message>
    <message>
        <source>A flare cannot be logged for a time in the future.</source>
        <translation>No se puede anotar una crisis de dolor para una hora futura.</translation>
    </message>
    <message>
        <source>This follow-up time does not belong to this procedure.</source>
        <translation>Este seguimiento no corresponde a este procedimiento.</translation>
    </message>
    <message>
        <source>A follow-up is answered after the procedure, not before.</source>
        <translation>Un seguimiento se responde después del procedimiento, no antes.</translation>
    </message>
    <message>
        <source>Relief must be a whole percentage from 0 to 100.</source>
        <translation>El alivio debe ser un porcentaje entero de 0 a 100.</translation>
    </message>
    <message>
        <source>Choose one of the seven answers.</source>
        <translation>Elija una de las siete respuestas.</translation>
    </message>
    <message>
        <source>The change is looked back on from a later day.</source>
        <translation>El cambio se evalúa desde un día posterior.</translation>
    </message>
    <message>
        <source>An answer is about a visit or a therapy, not both.</source>
        <translation>Una respuesta es sobre una consulta o sobre una terapia, no sobre ambas.</translation>
    </message>
    <message>
        <source>The trial ends on or after the day it starts.</source>
        <translation>La prueba termina el mismo día que empieza o después.</translation>
    </message>
    <message>
        <source>A trial lasts at most {longest_days} days.</source>
        <translation>Una prueba dura como máximo {longest_days} días.</translation>
    </message>
    <message>
        <source>A trial day is a day of the trial.</source>
        <translation>Un día de la prueba debe estar dentro de la prueba.</translation>
    </message>
    <message>
        <source>Minutes walked are a whole number from 0 to 1440.</source>
        <translation>Los minutos caminados son un número entero de 0 a 1440.</translation>
    </message>
    <message>
        <source>{count} characters are too many for {name}; at most {most} fit.</source>
        <translation>{count} caracteres son demasiados para {name}; caben como máximo {most}.</translation>
    </message>
    <message>
        <source>Each question is one line of text.</source>
        <translation>Cada pregunta es una línea de texto.</translation>
    </message>
    <message>
        <source>Write the goal in your own words.</source>
        <translation>Escriba la meta con sus propias palabras.</translation>
    </message>
    <message>
        <source>Unknown goal status: {status}.</source>
        <translation>Estado de meta desconocido: {status}.</translation>
    </message>
    <message>
        <source>Give the day the goal was achieved.</source>
        <translation>Indique el día en que logró la meta.</translation>
    </message>
    <message>
        <source>A goal cannot be achieved before it was set.</source>
        <translation>Una meta no puede lograrse antes de haberse fijado.</translation>
    </message>
    <message>
        <source>This therapy is not running; start it again instead.</source>
        <translation>Esta terapia no está en curso; en su lugar, empiécela de nuevo.</translation>
    </message>
    <message>
        <source>This therapy is not running.</source>
        <translation>Esta terapia no está en curso.</translation>
    </message>
    <message>
        <source>Relief cannot be recorded for a time in the future.</source>
        <translation>No se puede anotar el alivio para una hora futura.</translation>
    </message>
    <message>
        <source>{name} trial, {start} to {end}</source>
        <translation>Prueba de {name}, del {start} al {end}</translation>
    </message>
    <message numerus="yes">
        <source>before (%n day(s))</source>
        <translation>
            <numerusform>antes (%n día)</numerusform>
            <numerusform>antes (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>after</source>
        <translation>después</translation>
    </message>
    <message>
        <source>a day&apos;s pain</source>
        <translation>el dolor de un día</translation>
    </message>
    <message>
        <source>the day itself</source>
        <translation>el día mismo</translation>
    </message>
    <message>
        <source>mean before, after</source>
        <translation>promedio antes, después</translation>
    </message>
    <message>
        <source>Pain 0–10 (lower is better)</source>
        <translation>Dolor 0–10 (menos es mejor)</translation>
    </message>
    <message>
        <source>Open painlog</source>
        <translation>Abrir painlog</translation>
    </message>
    <message>
        <source>Snooze one hour</source>
        <translation>Recordar en una hora</translation>
    </message>
    <message>
        <source>Quit painlog</source>
        <translation>Salir de painlog</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Hora del recordatorio diario</translation>
    </message>
    <message>
        <source>A daily reminder?</source>
        <translation>¿Un recordatorio diario?</translation>
    </message>
    <message>
        <source>Would you like painlog to remind you each day to fill in your diary?</source>
        <translation>¿Quiere que painlog le recuerde cada día que complete su diario?</translation>
    </message>
    <message>
        <source>A short message will appear at the time you choose, unless you have already filled in the day.</source>
        <translation>Aparecerá un mensaje breve a la hora que usted elija, salvo que ya haya completado el día.</translation>
    </message>
    <message>
        <source>A short message will appear in painlog&apos;s window at the time you choose, while painlog is open, unless you have already filled in the day.</source>
        <translation>Aparecerá un mensaje breve en la ventana de painlog a la hora que usted elija, mientras painlog esté abierto, salvo que ya haya completado el día.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>You can change this at any time in View ▸ Settings.</source>
        <translation>Puede cambiarlo cuando quiera en Ver ▸ Configuración.</translation>
    </message>
    <message>
        <source>Yes, remind me</source>
        <translation>Sí, recuérdemelo</translation>
    </message>
    <message>
        <source>No, thank you</source>
        <translation>No, gracias</translation>
    </message>
    <message>
        <source>How was today? One minute in painlog</source>
        <translation>¿Cómo fue hoy? Un minuto en painlog</translation>
    </message>
    <message>
        <source>How is your pain now, after {medicine}?</source>
        <translation>¿Cómo está su dolor ahora, después de {medicine}?</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Recordatorio diario</translation>
    </message>
    <message>
        <source>Fill in today</source>
        <translation>Completar hoy</translation>
    </message>
    <message>
        <source>After an as-needed dose</source>
        <translation>Después de una dosis según necesidad</translation>
    </message>
    <message>
        <source>Add the pain now…</source>
        <translation>Anotar el dolor ahora…</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>{day}&#xa0;{month}</source>
        <translation>{day}&#xa0;de&#xa0;{month}</translation>
    </message>
    <message>
        <source>{day}&#xa0;{month}&#xa0;{year}</source>
        <translation>{day}&#xa0;de&#xa0;{month}&#xa0;de&#xa0;{year}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
    <message numerus="yes">
        <source>More than %n days without an entry since {since}</source>
        <translation>
            <numerusform>Más de %n día sin registro desde el {since}</numerusform>
            <numerusform>Más de %n días sin registro desde el {since}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without an entry since {since}</source>
        <translation>
            <numerusform>%n día sin registro desde el {since}</numerusform>
            <numerusform>%n días sin registro desde el {since}</numerusform>
        </translation>
    </message>
    <message>
        <source>If you remember how a day went, you can fill it in now; if not, mark it as not recorded. Either is fine, and so is leaving them. Here are the last {n} days.</source>
        <translation>Si recuerda cómo fue un día, puede completarlo ahora; si no, márquelo como no registrado. Las dos cosas están bien, y también dejarlos como están. Aquí están los últimos {n} días.</translation>
    </message>
    <message>
        <source>If you remember how the day went, you can fill it in now; if not, mark it as not recorded. Either is fine, and so is leaving it.</source>
        <translation>Si recuerda cómo fue el día, puede completarlo ahora; si no, márquelo como no registrado. Las dos cosas están bien, y también dejarlo como está.</translation>
    </message>
    <message>
        <source>If you remember how a day went, you can fill it in now; if not, mark it as not recorded. Either is fine, and so is leaving them.</source>
        <translation>Si recuerda cómo fue un día, puede completarlo ahora; si no, márquelo como no registrado. Las dos cosas están bien, y también dejarlos como están.</translation>
    </message>
    <message>
        <source>{day} was changed elsewhere since you opened it: its entry was deleted.</source>
        <translation>El {day} se cambió en otro lugar después de que usted lo abrió: se eliminó su registro.</translation>
    </message>
    <message>
        <source>{day} was changed elsewhere since you opened it: another window or program saved it at {time} on {date}.</source>
        <translation>El {day} se cambió en otro lugar después de que usted lo abrió: otra ventana u otro programa lo guardó a las {time} del {date}.</translation>
    </message>
    <message>
        <source>{day} was changed elsewhere since you opened it: another window or program saved it.</source>
        <translation>El {day} se cambió en otro lugar después de que usted lo abrió: otra ventana u otro programa lo guardó.</translation>
    </message>
    <message>
        <source>{path} is open in an older painlog and needs an update that only one painlog at a time can make. Close the other painlog, then open it again; nothing was changed.</source>
        <translation>{path} está abierto en un painlog más antiguo y necesita una actualización que solo puede hacer un painlog a la vez. Cierre el otro painlog y luego vuelva a abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>Updating {path} to this version of painlog failed: {why}</source>
        <translation>No se pudo actualizar {path} a esta versión de painlog: {why}</translation>
    </message>
    <message>
        <source>{where} is in use by another program or painlog window, so {outcome}; wait a moment, then try again</source>
        <translation>{where} está en uso por otro programa o ventana de painlog, así que {outcome}; espere un momento y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>painlog may not write in {where}, so {outcome}; check its permissions or choose another folder</source>
        <translation>painlog no tiene permiso para escribir en {where}, así que {outcome}; revise sus permisos o elija otra carpeta</translation>
    </message>
    <message>
        <source>The disk is full, so {outcome}; free some space and try again</source>
        <translation>El disco está lleno, así que {outcome}; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{where} is damaged, so {outcome}; close painlog and open it again to restore a backup</source>
        <translation>{where} está dañado, así que {outcome}; cierre painlog y vuelva a abrirlo para restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>painlog could not reach {where}, so {outcome}; check that the drive is connected, then try again</source>
        <translation>painlog no pudo acceder a {where}, así que {outcome}; revise que la unidad esté conectada y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{path} is a painlog diary, but the file {wal} beside it belongs to another database (with it, SQLite reads the diary as damaged). Move {names} to another folder, then open the diary again; painlog left all of them unchanged.</source>
        <translation>{path} es un diario de painlog, pero el archivo {wal} que está a su lado pertenece a otra base de datos (con él, SQLite lee el diario como dañado). Mueva {names} a otra carpeta y luego vuelva a abrir el diario; painlog no cambió ninguno de ellos.</translation>
    </message>
    <message>
        <source>{path} is a painlog diary, but the file {wal} beside it belongs to another database (with it, SQLite reads the diary as another program&apos;s database). Move {names} to another folder, then open the diary again; painlog left all of them unchanged.</source>
        <translation>{path} es un diario de painlog, pero el archivo {wal} que está a su lado pertenece a otra base de datos (con él, SQLite lee el diario como la base de datos de otro programa). Mueva {names} a otra carpeta y luego vuelva a abrir el diario; painlog no cambió ninguno de ellos.</translation>
    </message>
    <message>
        <source>painlog cannot read {path}: {reason}.</source>
        <translation>painlog no puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>painlog cannot read {path} ({reason}); painlog left it unchanged.</source>
        <translation>painlog no puede leer {path} ({reason}); painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}). painlog left it unchanged.</source>
        <translation>{path} no se puede leer ({error}). painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is damaged ({error}). painlog left it unchanged.</source>
        <translation>{path} está dañado ({error}). painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({error}). painlog left it unchanged.</source>
        <translation>{path} está dañado o no es una base de datos ({error}). painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is in use by another program, which has locked it. Close that program (or the other painlog window) and try again; the diary was not changed.</source>
        <translation>{path} está en uso por otro programa, que lo ha bloqueado. Cierre ese programa (o la otra ventana de painlog) y vuelva a intentarlo; el diario no se cambió.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a painlog diary.</source>
        <translation>{path} es una carpeta, no un diario de painlog.</translation>
    </message>
    <message>
        <source>{path} is an empty file (0 bytes), not a painlog diary. painlog left it unchanged.</source>
        <translation>{path} es un archivo vacío (0 bytes), no un diario de painlog. painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is not a painlog diary (it is not an SQLite database). painlog left it unchanged.</source>
        <translation>{path} no es un diario de painlog (no es una base de datos SQLite). painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is not a painlog diary (it is an SQLite database of another program). painlog left it unchanged.</source>
        <translation>{path} no es un diario de painlog (es una base de datos SQLite de otro programa). painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of painlog (it has {unknown}). Update painlog to open it; this version left it unchanged.</source>
        <translation>{path} fue escrito por una versión más nueva de painlog (tiene {unknown}). Actualice painlog para abrirlo; esta versión no lo cambió.</translation>
    </message>
    <message>
        <source>{path} is damaged: {findings}. painlog left it unchanged.</source>
        <translation>{path} está dañado: {findings}. painlog no lo cambió.</translation>
    </message>
    <message>
        <source>{diary} is open in another painlog (its lock file, written at {since}, is still being written). Close painlog there first, then try again; nothing was changed</source>
        <translation>{diary} está abierto en otro painlog (su archivo de bloqueo, escrito el {since}, todavía se está escribiendo). Primero cierre painlog allí y luego vuelva a intentarlo; no se cambió nada</translation>
    </message>
    <message>
        <source>{diary} is open in another painlog (process {pid} on {host}, open since {since}). Close painlog there first, then try again; nothing was changed</source>
        <translation>{diary} está abierto en otro painlog (proceso {pid} en {host}, abierto desde el {since}). Primero cierre painlog allí y luego vuelva a intentarlo; no se cambió nada</translation>
    </message>
    <message>
        <source>{diary} is open in another painlog (process {pid} on {host}, open since {since}). Close painlog there first, then try again (if painlog no longer runs on {host}, delete {lock}); nothing was changed</source>
        <translation>{diary} está abierto en otro painlog (proceso {pid} en {host}, abierto desde el {since}). Primero cierre painlog allí y luego vuelva a intentarlo (si painlog ya no funciona en {host}, elimine {lock}); no se cambió nada</translation>
    </message>
    <message>
        <source>{diary} is already open in another painlog (its lock file, written at {since}, is still being written). Only one painlog at a time can change a diary.</source>
        <translation>{diary} ya está abierto en otro painlog (su archivo de bloqueo, escrito el {since}, todavía se está escribiendo). Solo un painlog a la vez puede cambiar un diario.</translation>
    </message>
    <message>
        <source>{diary} is already open in another painlog (process {pid} on {host}, open since {since}). Only one painlog at a time can change a diary.</source>
        <translation>{diary} ya está abierto en otro painlog (proceso {pid} en {host}, abierto desde el {since}). Solo un painlog a la vez puede cambiar un diario.</translation>
    </message>
    <message>
        <source>{diary} is being opened by another painlog right now; try again in a moment</source>
        <translation>Otro painlog está abriendo {diary} en este momento; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>{diary} is in use by another program, which has locked it, so painlog did not restore the backup. Close that program, then try again; nothing was changed</source>
        <translation>{diary} está en uso por otro programa, que lo ha bloqueado, así que painlog no restauró la copia de seguridad. Cierre ese programa y vuelva a intentarlo; no se cambió nada</translation>
    </message>
    <message>
        <source>{path} leads through a loop of links (a link that points, in the end, back to itself), so there is no diary behind it. Point the link at the diary file, or choose another file with --db; painlog changed nothing.</source>
        <translation>{path} pasa por un círculo de enlaces (un enlace que, al final, apunta a sí mismo), así que no hay ningún diario detrás. Haga que el enlace apunte al archivo del diario, o elija otro archivo con --db; painlog no cambió nada.</translation>
    </message>
    <message>
        <source>{place} is a link to {target}, which is not there (is the drive plugged in?). painlog did not create a new diary in its place; nothing was changed.</source>
        <translation>{place} es un enlace a {target}, que no está allí (¿está conectada la unidad?). painlog no creó un diario nuevo en su lugar; no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full, so painlog cannot write the diary. Free some space and open it again; nothing was changed.</source>
        <translation>El disco donde está {path} está lleno, así que painlog no puede escribir en el diario. Libere espacio y vuelva a abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>painlog cannot write beside {path} ({reason}). Check that the drive is connected and writable, then try again; nothing was changed.</source>
        <translation>painlog no puede escribir junto a {path} ({reason}). Revise que la unidad esté conectada y que se pueda escribir en ella, y vuelva a intentarlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>painlog cannot write to {path} or its folder: it is read-only, or you lack permission. Copy the diary to a folder you can write to, or change its permissions; nothing was changed.</source>
        <translation>painlog no puede escribir en {path} ni en su carpeta: es solo de lectura, o usted no tiene permiso. Copie el diario a una carpeta en la que pueda escribir, o cambie sus permisos; no se cambió nada.</translation>
    </message>
    <message>
        <source>the diary</source>
        <translation>el diario</translation>
    </message>
    <message>
        <source>nothing was saved</source>
        <translation>no se guardó nada</translation>
    </message>
    <message>
        <source>This window shows the diary read-only, because another painlog has it open, so nothing was saved. Make the change in the other painlog window</source>
        <translation>Esta ventana muestra el diario solo para lectura porque otro painlog lo tiene abierto, así que no se guardó nada. Haga el cambio en la otra ventana de painlog</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was written; choose a diary in a folder that exists</source>
        <translation>La carpeta {folder} no existe, así que no se escribió nada; elija un diario que esté en una carpeta que exista</translation>
    </message>
    <message>
        <source>painlog could not make the backup folder {folder} ({reason}), so nothing was written; check that folder</source>
        <translation>painlog no pudo crear la carpeta de copias de seguridad {folder} ({reason}), así que no se escribió nada; revise esa carpeta</translation>
    </message>
    <message>
        <source>The backup {name} is damaged ({found}), so nothing was restored and your diary was not changed; choose another backup.</source>
        <translation>La copia de seguridad {name} está dañada ({found}), así que no se restauró nada y su diario no se cambió; elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring {name} did not finish, so your diary was put back as it was: {error}</source>
        <translation>La restauración de {name} no terminó, así que su diario se dejó como estaba: {error}</translation>
    </message>
    <message>
        <source>Nothing was restored, because painlog could not first keep your diary aside in {folder}: {error}</source>
        <translation>No se restauró nada, porque painlog no pudo guardar antes su diario aparte en {folder}: {error}</translation>
    </message>
    <message>
        <source>{out} came out incomplete, so painlog did not keep it and nothing was changed; try again.</source>
        <translation>{out} quedó incompleto, así que painlog no lo guardó y no se cambió nada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{out} already exists and is not an empty folder, so painlog left it unchanged; choose a new name.</source>
        <translation>{out} ya existe y no es una carpeta vacía, así que painlog no lo cambió; elija otro nombre.</translation>
    </message>
    <message>
        <source>{out} could not be written ({reason}), so nothing was changed; try again or choose another folder.</source>
        <translation>No se pudo escribir {out} ({reason}), así que no se cambió nada; vuelva a intentarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>{out} was not written and nothing was changed</source>
        <translation>no se escribió {out} y no se cambió nada</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se cambió nada</translation>
    </message>
    <message>
        <source>{out} is a folder, not a file, so painlog did not write to it; choose a file name.</source>
        <translation>{out} es una carpeta, no un archivo, así que painlog no escribió en él; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{out} is a device or other special file, not a file, so painlog did not write to it; choose a file name.</source>
        <translation>{out} es un dispositivo u otro archivo especial, no un archivo común, así que painlog no escribió en él; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{out} is a link to nothing, not a file, so painlog did not write to it; choose a file name.</source>
        <translation>{out} es un enlace que no lleva a nada, no un archivo, así que painlog no escribió en él; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{out} already exists, so painlog left it unchanged; choose another name.</source>
        <translation>{out} ya existe, así que painlog no lo cambió; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so nothing was written; choose one that does.</source>
        <translation>La carpeta {folder} no existe, así que no se escribió nada; elija una que exista.</translation>
    </message>
    <message>
        <source>the copy {copy} was not written and nothing was changed</source>
        <translation>no se escribió la copia {copy} y no se cambió nada</translation>
    </message>
    <message>
        <source>There is no file or folder at {path}</source>
        <translation>No hay ningún archivo ni carpeta en {path}</translation>
    </message>
    <message>
        <source>{path} is neither a file nor a folder</source>
        <translation>{path} no es un archivo ni una carpeta</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{where} row {number}: {reason}</source>
        <translation>{where}, fila {number}: {reason}</translation>
    </message>
    <message>
        <source>prn should be 1 exactly when the schedule is as_needed.</source>
        <translation>prn debe ser 1 exactamente cuando el horario es as_needed.</translation>
    </message>
    <message>
        <source>A day in the future cannot be marked as not recorded yet.</source>
        <translation>Un día en el futuro todavía no se puede marcar como no registrado.</translation>
    </message>
    <message>
        <source>{where} row {number}: its values do not fit together as a diary entry</source>
        <translation>{where}, fila {number}: sus valores no concuerdan entre sí como un registro del diario</translation>
    </message>
    <message>
        <source>{where}: the day {day} is listed {times} times</source>
        <translation>{where}: el día {day} aparece {times} veces</translation>
    </message>
    <message>
        <source>{name} must be a whole number</source>
        <translation>{name} debe ser un número entero</translation>
    </message>
    <message>
        <source>{name} must be a number</source>
        <translation>{name} debe ser un número</translation>
    </message>
    <message>
        <source>{name} is a number too large to store</source>
        <translation>{name} es un número demasiado grande para guardarlo</translation>
    </message>
    <message>
        <source>{name} must be text</source>
        <translation>{name} debe ser texto</translation>
    </message>
    <message>
        <source>{name} holds a character that is not valid text</source>
        <translation>{name} contiene un carácter que no es texto válido</translation>
    </message>
    <message>
        <source>{name} is larger than {limit}, more than any painlog export</source>
        <translation>{name} ocupa más de {limit}, más que cualquier exportación de painlog</translation>
    </message>
    <message>
        <source>{name} would unpack to more than {limit}, which no painlog export does</source>
        <translation>{name} ocuparía más de {limit} al descomprimirlo, lo que no ocurre con ninguna exportación de painlog</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} of CSV files, more than any painlog export</source>
        <translation>{name} contiene más de {limit} de archivos CSV, más que cualquier exportación de painlog</translation>
    </message>
    <message>
        <source>{name} is not a complete zip file; it may have been cut short or damaged</source>
        <translation>{name} no es un archivo zip completo; puede que esté cortado o dañado</translation>
    </message>
    <message>
        <source>{name} is packed in a way painlog cannot read; unpack it and import the folder</source>
        <translation>{name} está comprimido de una forma que painlog no puede leer; descomprímalo e importe la carpeta</translation>
    </message>
    <message>
        <source>{name} is protected by a password; unpack it and import the folder</source>
        <translation>{name} está protegido con contraseña; descomprímalo e importe la carpeta</translation>
    </message>
    <message>
        <source>{name} holds {file} more than once</source>
        <translation>{name} contiene {file} más de una vez</translation>
    </message>
    <message>
        <source>{name}: {file} would unpack to {times} times its packed size, which no painlog export does</source>
        <translation>{name}: {file} ocuparía {times} veces su tamaño comprimido al descomprimirlo, lo que no ocurre con ninguna exportación de painlog</translation>
    </message>
    <message>
        <source>{name} is not a painlog export (its format is not {format})</source>
        <translation>{name} no es una exportación de painlog (su formato no es {format})</translation>
    </message>
    <message>
        <source>{name} is not a painlog export, or it is damaged (its version is not a format number)</source>
        <translation>{name} no es una exportación de painlog, o está dañado (su versión no es un número de formato)</translation>
    </message>
    <message>
        <source>{name} was made by a newer painlog (format {version}); update first</source>
        <translation>{name} fue hecho por un painlog más nuevo (formato {version}); actualice painlog primero</translation>
    </message>
    <message>
        <source>{name} has no tables</source>
        <translation>{name} no tiene tablas</translation>
    </message>
    <message>
        <source>{name}: unknown table {table}</source>
        <translation>{name}: tabla desconocida {table}</translation>
    </message>
    <message>
        <source>{name}: {table} is not a list of rows</source>
        <translation>{name}: {table} no es una lista de filas</translation>
    </message>
    <message>
        <source>{name}: {table} row {number} is not a row of named values</source>
        <translation>{name}: {table}, fila {number}: no es una fila de valores con nombre</translation>
    </message>
    <message>
        <source>{name}: {table} row {number}: unexpected {columns}</source>
        <translation>{name}: {table}, fila {number}: no se esperaba {columns}</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it is not a painlog export</source>
        <translation>{name} no es texto UTF-8, así que no es una exportación de painlog</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a painlog export</source>
        <translation>{name} tiene demasiados niveles anidados para ser una exportación de painlog</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason})</source>
        <translation>{name} no es JSON válido (línea {line}: {reason})</translation>
    </message>
    <message>
        <source>{name} is not valid JSON ({word} is not a number JSON allows)</source>
        <translation>{name} no es JSON válido ({word} no es un número que JSON permita)</translation>
    </message>
    <message>
        <source>{name} holds no CSV files</source>
        <translation>{name} no contiene archivos CSV</translation>
    </message>
    <message>
        <source>{name}: not a painlog table (expected one of {tables})</source>
        <translation>{name}: no es una tabla de painlog (se esperaba una de {tables})</translation>
    </message>
    <message>
        <source>{name}: not UTF-8 text (a byte at position {position} cannot be read)</source>
        <translation>{name}: no es texto UTF-8 (no se puede leer un byte en la posición {position})</translation>
    </message>
    <message>
        <source>{name}: empty file, expected the header {header}</source>
        <translation>{name}: archivo vacío; se esperaba el encabezado {header}</translation>
    </message>
    <message>
        <source>{name}: the header should be {header} (found {found})</source>
        <translation>{name}: el encabezado debería ser {header} (se encontró {found})</translation>
    </message>
    <message>
        <source>{name} row {number}: {cells} cells, expected {expected}</source>
        <translation>{name}, fila {number}: {cells} celdas; se esperaban {expected}</translation>
    </message>
    <message>
        <source>{name} row {number}: {column} should be a whole number, not {cell}</source>
        <translation>{name}, fila {number}: {column} debería ser un número entero, no {cell}</translation>
    </message>
    <message>
        <source>{name} row {number}: {column} should be a number, not {cell}</source>
        <translation>{name}, fila {number}: {column} debería ser un número, no {cell}</translation>
    </message>
    <message>
        <source>{name} row {number}: cannot be read as CSV (a quote where a cell cannot have one)</source>
        <translation>{name}, fila {number}: no se puede leer como CSV (hay comillas donde una celda no puede tenerlas)</translation>
    </message>
</context>
</TS>
