<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file.</source>
        <translation>Escribe una copia coherente de la base de datos en un archivo nuevo, incluso mientras el espacio de trabajo la está usando. Nunca sobrescribe un archivo existente.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>El nuevo archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>backup needs exactly one argument: the file to write.</source>
        <translation>backup necesita exactamente un argumento: el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Backed up &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Se ha hecho una copia de seguridad de «%1» en «%2».</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version and the append-only audit log. Exits with 0 only when every check passes.</source>
        <translation>Verifica la base de datos: integridad, claves foráneas, versión del esquema y el registro de auditoría, al que solo se pueden añadir entradas. Termina con 0 solo si se superan todas las comprobaciones.</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok   </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed the check.</source>
        <translation>«%1» no ha superado la comprobación.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>El archivo de base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is busy or locked by another program. Try again in a moment, or close the other program.</source>
        <translation>No se pudo %1: la base de datos «%2» está ocupada o bloqueada por otro programa. Vuelva a intentarlo en un momento o cierre el otro programa.</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; cannot be written (%3).</source>
        <translation>No se pudo %1: no se puede escribir en la base de datos «%2» (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is damaged (%3). Restore it from a backup.</source>
        <translation>No se pudo %1: la base de datos «%2» está dañada (%3). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>No se pudo %1: %2.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>preparar una consulta</translation>
    </message>
    <message>
        <source>read or write the database</source>
        <translation>leer o escribir la base de datos</translation>
    </message>
    <message>
        <source>was written by a newer version of Handoff (schema %1; this version reads up to %2). Update Handoff to open it.</source>
        <translation>fue escrito por una versión más reciente de Handoff (esquema %1; esta versión lee hasta el esquema %2). Actualice Handoff para abrirlo.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>no se puede abrir: %1.</translation>
    </message>
    <message>
        <source>Handoff did not upgrade &apos;%1&apos; because it could not first make a backup copy: %2</source>
        <translation>Handoff no actualizó «%1» porque antes no pudo hacer una copia de seguridad: %2</translation>
    </message>
    <message>
        <source>is damaged or is not a database. Restore it from a backup.</source>
        <translation>está dañado o no es una base de datos. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a Handoff database.</source>
        <translation>es una base de datos SQLite vacía, no una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>es una base de datos SQLite de otra aplicación, no una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>is damaged. Restore it from a backup.</source>
        <translation>está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>El archivo «%1» está dañado. Restáurelo desde una copia de seguridad; &apos;handoff check&apos; enumera los daños.</translation>
    </message>
    <message>
        <source>already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>ya existe. Elija un nombre nuevo: una copia de seguridad nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>no se puede crear: la carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>back up the database to &apos;%1&apos;</source>
        <translation>hacer una copia de seguridad de la base de datos en «%1»</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>iniciar un cambio</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>El cambio ya se había completado.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>guardar el cambio</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &apos;%1&apos; %2</source>
        <translation>El archivo «%1» %2</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>no existe.</translation>
    </message>
    <message>
        <source>is a folder or a device, not a database file.</source>
        <translation>es una carpeta o un dispositivo, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>no se puede leer: %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Handoff database.</source>
        <translation>está vacío: no es una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>is not a Handoff database: it is not an SQLite database at all (a text file, a document or a damaged file?).</source>
        <translation>no es una base de datos de Handoff: ni siquiera es una base de datos SQLite (¿un archivo de texto, un documento o un archivo dañado?).</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>es una base de datos SQLite de otra aplicación, no una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>is read-only. Handoff needs to write to its database: make the file writable or open a copy.</source>
        <translation>es de solo lectura. Handoff necesita escribir en su base de datos: conceda permiso de escritura al archivo o abra una copia.</translation>
    </message>
    <message>
        <source>is in a folder that cannot be written (&apos;%1&apos;). Handoff keeps a write-ahead log next to the database and needs to write there.</source>
        <translation>está en una carpeta en la que no se puede escribir («%1»). Handoff mantiene un registro de escritura anticipada (WAL) junto a la base de datos y necesita escribir allí.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>no se puede crear: la carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; cannot be written.</source>
        <translation>no se puede crear: no se puede escribir en la carpeta «%1».</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>no se puede crear: %1.</translation>
    </message>
    <message>
        <source>cannot be made private to its owner: %1.</source>
        <translation>no se puede restringir al acceso exclusivo de su propietario: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on a network file system (%2). Handoff&apos;s database needs a local disk: on a network share two computers can damage it. Keep the file on this computer and use backups to share it.</source>
        <translation>«%1» está en un sistema de archivos de red (%2). La base de datos de Handoff necesita un disco local: en una carpeta compartida de red, dos equipos pueden dañarla. Mantenga el archivo en este equipo y use copias de seguridad para compartirlo.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fills an empty database with realistic generated deals, promises and tasks. The same seed gives the same data.</source>
        <translation>Llena una base de datos vacía con negocios, compromisos y tareas generados de forma realista. La misma semilla produce los mismos datos.</translation>
    </message>
    <message>
        <source>How many deals to generate (default: 200).</source>
        <translation>Cuántos negocios generar (predeterminado: 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator (default: 1).</source>
        <translation>Semilla del generador aleatorio (predeterminado: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--deals takes a whole number from 1 to 10000000, not &apos;%1&apos;.</source>
        <translation>--deals admite un número entero de 1 a 10000000, no «%1».</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed admite un número entero de 0 a 4294967295, no «%1».</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Generando datos de demostración: %1 %</translation>
    </message>
    <message>
        <source>Generated %1 deals, %2 promises, %3 tasks, %4 contacts, %5 audit entries in %6 s into %7.</source>
        <translation>Se generaron %1 negocios, %2 compromisos, %3 tareas, %4 contactos y %5 entradas de auditoría en %6 s y se guardaron en %7.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot generate demo data: no database is open.</source>
        <translation>No se pueden generar datos de demostración: no hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Cannot generate %1 demo deals: choose a number from 1 to %2.</source>
        <translation>No se pueden generar %1 negocios de demostración: elija un número de 1 a %2.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>negocios</translation>
    </message>
    <message>
        <source>customer accounts</source>
        <translation>cuentas de clientes</translation>
    </message>
    <message>
        <source>capabilities in its catalog</source>
        <translation>capacidades en su catálogo</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, and &apos;%1&apos; already has %2. Create a new database for the demo (for example with --database).</source>
        <translation>Los datos de demostración solo se pueden cargar en una base de datos vacía, y «%1» ya contiene %2. Cree una base de datos nueva para la demostración (por ejemplo, con --database).</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the database was left unchanged.</source>
        <translation>Se canceló la generación de datos de demostración; la base de datos no se modificó.</translation>
    </message>
    <message>
        <source>Could not write demo deal %1 of %2; nothing was saved. %3</source>
        <translation>No se pudo escribir el negocio de demostración %1 de %2; no se guardó nada. %3</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>no display to show the workstation on (DISPLAY and WAYLAND_DISPLAY are not set); to run it without a screen use &apos;xvfb-run -a %1 --demo&apos; or set QT_QPA_PLATFORM=offscreen.</source>
        <translation>no hay ninguna pantalla en la que mostrar el espacio de trabajo (DISPLAY y WAYLAND_DISPLAY no están definidas); para ejecutarlo sin pantalla, use &apos;xvfb-run -a %1 --demo&apos; o defina QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Base de datos en una unidad de red</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Creando la base de datos de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>Cannot make the demo database</source>
        <translation>No se puede crear la base de datos de demostración</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>y %n problema más</numerusform>
            <numerusform>y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Claves foráneas</translation>
    </message>
    <message>
        <source>%1 row %2: %3 = %4 refers to a row of %5 that does not exist</source>
        <translation>%1, fila %2: %3 = %4 hace referencia a una fila de %5 que no existe</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a row of %3 that does not exist</source>
        <translation>%1, fila %2 hace referencia a una fila de %3 que no existe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more broken reference(s)</source>
        <translation>
            <numerusform>y %n referencia rota más</numerusform>
            <numerusform>y %n referencias rotas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>The application id is %1, not Handoff&apos;s %2: the file does not say it is a Handoff database.</source>
        <translation>El ID de aplicación es %1, no el de Handoff (%2): el archivo no se identifica como base de datos de Handoff.</translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Handoff writes version %2.</source>
        <translation>La versión del esquema es %1; esta versión de Handoff escribe la versión %2.</translation>
    </message>
    <message>
        <source>Audit log protection</source>
        <translation>Protección del registro de auditoría</translation>
    </message>
    <message>
        <source>The trigger %1 is missing: audit entries can be changed without a trace.</source>
        <translation>Falta el trigger %1: las entradas de auditoría se pueden modificar sin dejar rastro.</translation>
    </message>
    <message>
        <source>The trigger %1 was altered: it no longer refuses every change to an audit entry.</source>
        <translation>El trigger %1 se ha modificado: ya no rechaza todos los cambios en las entradas de auditoría.</translation>
    </message>
    <message>
        <source>Audit log completeness</source>
        <translation>Completitud del registro de auditoría</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>No se pudo leer el registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) have an id below 1, which Handoff never gives out: they were added by hand.</source>
        <translation>
            <numerusform>%n entrada de auditoría tiene un ID inferior a 1, que Handoff nunca asigna: se añadió a mano.</numerusform>
            <numerusform>%n entradas de auditoría tienen un ID inferior a 1, que Handoff nunca asigna: se añadieron a mano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) are missing (ids %1): entries can only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>Falta %n entrada de auditoría (ID %1): las entradas solo pueden desaparecer si alguien las elimina del archivo a mano.</numerusform>
            <numerusform>Faltan %n entradas de auditoría (ID %1): las entradas solo pueden desaparecer si alguien las elimina del archivo a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out is missing.</source>
        <translation>Falta el registro del ID de auditoría más alto asignado hasta ahora.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out (%1) is below the highest entry (%2): ids could be given out twice.</source>
        <translation>El ID de auditoría más alto asignado según el registro (%1) es inferior al de la entrada más alta (%2): se podrían asignar ID duplicados.</translation>
    </message>
    <message>
        <source>The newest audit entries are missing (ids %1-%2): the log once reached id %2.</source>
        <translation>Faltan las entradas de auditoría más recientes (ID %1-%2): el registro llegó a alcanzar el ID %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Patrocinador ejecutivo</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Responsable de la decisión</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <translation>Contacto habitual</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Casilla</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>No admitida</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funcionalidad</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Viable</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Requiere aclaración</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <translation>No se puede cumplir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <translation>Compromiso inviable</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <translation>Alcance poco claro</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <translation>Responsable incorrecto</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handoff: hand closed deals from sales to support, with every promise reviewed.

Without a command, opens the workstation. Commands (each has --help):</source>
        <translation>Handoff: traspaso de negocios cerrados de ventas a soporte, con cada compromiso revisado.

Sin un comando, abre el espacio de trabajo. Comandos (cada uno admite --help):</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este archivo de base de datos.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Open the demo database, made and filled on first use.</source>
        <translation>Abrir la base de datos de demostración, que se crea y se llena en el primer uso.</translation>
    </message>
    <message>
        <source>The language of the user interface (de, es, fr, en).</source>
        <translation>El idioma de la interfaz de usuario (de, es, fr, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>A command to run instead of the workstation.</source>
        <translation>Un comando que se ejecuta en lugar del espacio de trabajo.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[comando]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Commands: %2. See &apos;%3 --help&apos;.</source>
        <translation>«%1» no es un comando. Comandos: %2. Consulte &apos;%3 --help&apos;.</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together.</source>
        <translation>--demo y --database no se pueden usar juntos.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build of Handoff.</source>
        <translation>Falta el script de actualización a la versión de esquema %1 en esta compilación de Handoff.</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>actualizar la base de datos a la versión de esquema %1</translation>
    </message>
    <message>
        <source>record schema version %1</source>
        <translation>registrar la versión de esquema %1</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>negocio</translation>
    </message>
    <message>
        <source>deal contact</source>
        <translation>contacto del negocio</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>respuesta de la lista de comprobación</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>handoff snapshot</source>
        <translation>instantánea del traspaso</translation>
    </message>
    <message>
        <source>There is no %1 with id %2; it may have been deleted.</source>
        <translation>No existe ningún registro de tipo «%1» con el ID %2; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed elsewhere after you opened it. Reload it to see the other change, or overwrite it with yours.</source>
        <translation>El registro de tipo «%1» con el ID %2 se modificó en otro lugar después de que usted lo abriera. Vuelva a cargarlo para ver el otro cambio o sobrescríbalo con el suyo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>days a task is due before its promise</source>
        <translation>días entre el vencimiento de una tarea y el de su compromiso</translation>
    </message>
    <message>
        <source>business days to submit a handoff</source>
        <translation>días hábiles para enviar un traspaso</translation>
    </message>
    <message>
        <source>business days from acceptance to kickoff</source>
        <translation>días hábiles desde la aceptación hasta la reunión de inicio</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; was not changed: %2 is not between %3 and %4.</source>
        <translation>No se cambió el ajuste «%1»: %2 no está entre %3 y %4.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not prepare a database statement: the database is not open.</source>
        <translation>No se pudo preparar una instrucción de base de datos: la base de datos no está abierta.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: %2.</source>
        <translation>No se pudo preparar la instrucción de base de datos &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: it holds more than one statement.</source>
        <translation>No se pudo preparar la instrucción de base de datos &quot;%1&quot;: contiene más de una instrucción.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: value %2 could not be bound (%3).</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: no se pudo enlazar el valor %2 (%3).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is busy or locked by another program (%2). Try again in a moment, or close the other program.</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: la base de datos está ocupada o bloqueada por otro programa (%2). Vuelva a intentarlo en un momento o cierre el otro programa.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database cannot be written (%2).</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: no se puede escribir en la base de datos (%2).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is damaged (%2). Restore it from a backup.</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: la base de datos está dañada (%2). Restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2.</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Could not run a database statement: it was never prepared.</source>
        <translation>No se pudo ejecutar una instrucción de base de datos: nunca se preparó.</translation>
    </message>
</context>
<context>
    <name>handoff::DealListModel</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Estado del traspaso</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fecha de cierre</translation>
    </message>
</context>
<context>
    <name>handoff::DealListView</name>
    <message>
        <source>Deal list</source>
        <translation>Lista de negocios</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>All deals, one per row. Click a column header to sort by it.</source>
        <translation>Todos los negocios, uno por fila. Haga clic en un encabezado de columna para ordenar por ella.</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <source>%1 – Handoff</source>
        <translation>%1 – Handoff</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>Counts unavailable</source>
        <translation>Recuentos no disponibles</translation>
    </message>
    <message>
        <source>Deals: %L1   Promises: %L2   Tasks: %L3</source>
        <translation>Negocios: %L1   Compromisos: %L2   Tareas: %L3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Handoff</source>
        <translation>Cerrar Handoff</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Handoff</source>
        <translation>&amp;Acerca de Handoff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Recuentos de registros</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>The database file this window shows</source>
        <translation>El archivo de base de datos que muestra esta ventana</translation>
    </message>
    <message>
        <source>Could not read the deals</source>
        <translation>No se pudieron leer los negocios</translation>
    </message>
    <message>
        <source>About Handoff</source>
        <translation>Acerca de Handoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Hands closed deals from sales to customer support: the promises made, the people to talk to and the work that follows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Traspasa los negocios cerrados de ventas al servicio de atención al cliente: los compromisos adquiridos, las personas de contacto y el trabajo que sigue.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
