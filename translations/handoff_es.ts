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
    <name>CalendarCommand</name>
    <message>
        <source>Writes open fulfilment tasks and promise due dates as an iCalendar (.ics) file that calendar programs import; importing a newer file updates the events instead of adding copies.</source>
        <translation>Escribe las tareas de cumplimiento abiertas y las fechas de vencimiento de los compromisos en un archivo iCalendar (.ics) que los programas de calendario pueden importar; al importar un archivo más reciente, los eventos se actualizan en lugar de duplicarse.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once it is complete.</source>
        <translation>Escribir en este archivo en lugar de en la salida estándar. El archivo solo aparece cuando está completo.</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>ARCHIVO.ics</translation>
    </message>
    <message>
        <source>Only this user&apos;s calendar: the tasks assigned to them and the promises of the deals they sold or own in support.</source>
        <translation>Solo el calendario de este usuario: las tareas que tiene asignadas y los compromisos de los negocios que vendió o de los que es responsable en soporte.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Reemplazar el archivo de salida si ya existe.</translation>
    </message>
    <message>
        <source>calendar takes no arguments; name the file with -o FILE.ics.</source>
        <translation>calendar no admite argumentos; indique el archivo con -o ARCHIVO.ics.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.ics.</source>
        <translation>--force solo se aplica junto con -o ARCHIVO.ics.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Ningún usuario tiene el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>Events written to &apos;%1&apos;: %2.</source>
        <translation>Eventos escritos en «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Could not write the calendar: %1.</source>
        <translation>No se pudo escribir el calendario: %1.</translation>
    </message>
    <message>
        <source>Task: %1 — %2</source>
        <translation>Tarea: %1 — %2</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Negocio: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal state: %1</source>
        <translation>Estado del traspaso: %1</translation>
    </message>
    <message>
        <source>Task status: %1</source>
        <translation>Estado de la tarea: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Asignada a: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>For the promise: %1</source>
        <translation>Para el compromiso: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1</source>
        <translation>Viabilidad: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1 — %2</source>
        <translation>Viabilidad: %1 — %2</translation>
    </message>
    <message>
        <source>Promise due: %1 — %2</source>
        <translation>Vence el compromiso: %1 — %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Capability: %1</source>
        <translation>Capacidad: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Only a team lead can change the capability catalog.</source>
        <translation>Solo un jefe de equipo puede cambiar el catálogo de capacidades.</translation>
    </message>
    <message>
        <source>Give the capability a name.</source>
        <translation>Asigne un nombre a la capacidad.</translation>
    </message>
    <message>
        <source>The catalog already has a capability named &apos;%1&apos;.</source>
        <translation>El catálogo ya tiene una capacidad llamada «%1».</translation>
    </message>
    <message>
        <source>Choose whether the capability is available, beta, planned or unsupported.</source>
        <translation>Elija si la capacidad está disponible, en beta, planificada o no admitida.</translation>
    </message>
    <message>
        <source>The standard lead time cannot be negative.</source>
        <translation>El plazo de entrega estándar no puede ser negativo.</translation>
    </message>
    <message>
        <source>The capability was not added to the catalog.</source>
        <translation>La capacidad no se añadió al catálogo.</translation>
    </message>
    <message>
        <source>The capability was not saved.</source>
        <translation>La capacidad no se guardó.</translation>
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
    <name>ChecklistService</name>
    <message>
        <source>&quot;%1&quot; is a yes-or-no item; answer it with true or false.</source>
        <translation>«%1» es un elemento de sí o no; respóndalo con true o false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a date written as YYYY-MM-DD; &quot;%2&quot; is not one.</source>
        <translation>«%1» necesita una fecha con el formato AAAA-MM-DD; «%2» no lo es.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>«%1» no es una de las opciones de «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name one of the deal&apos;s contacts; add the person to the deal&apos;s contacts first.</source>
        <translation>«%1» debe indicar uno de los contactos del negocio; primero añada a la persona a los contactos del negocio.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can fill in the checklist of &quot;%1&quot;.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede rellenar la lista de comprobación de «%1».</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; its checklist can no longer change.</source>
        <translation>El traspaso está en estado «%1»; su lista de comprobación ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; the checklist can change again only while it is a draft or after support returns it.</source>
        <translation>El traspaso está en estado «%1»; la lista de comprobación solo se puede volver a cambiar mientras es un borrador o después de que soporte lo devuelva.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>La lista de comprobación no tiene ningún elemento «%1».</translation>
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
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Ningún usuario tiene el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated and cannot act.</source>
        <translation>La cuenta de %1 &lt;%2&gt; está desactivada y no puede realizar acciones.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>No se pudo escribir en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Añada --force para reemplazarlo.</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>%1 cannot comment: the account is deactivated.</source>
        <translation>%1 no puede comentar: la cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>The comment was not added: it is empty.</source>
        <translation>No se añadió el comentario: está vacío.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>El archivo no está abierto para lectura.</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not supported; use utf-8, windows-1252 or latin-1.</source>
        <translation>La codificación «%1» no es compatible; use utf-8, windows-1252 o latin-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate the columns; use a comma, a semicolon, a tab or another plain character that is not a quote or a line break.</source>
        <translation>«%1» no puede separar las columnas; use una coma, un punto y coma, un tabulador u otro carácter simple que no sea una comilla ni un salto de línea.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be read; save it again as &quot;CSV UTF-8&quot; or plain CSV.</source>
        <translation>El archivo está guardado como UTF-16 («Texto Unicode»), que no se puede leer; vuelva a guardarlo como «CSV UTF-8» o como CSV normal.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>No se pudo leer el archivo después de la línea %1: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file; a closing quote is missing in that line or a quote inside the field is not written twice (&quot;&quot;)</source>
        <translation>línea %1: un campo entre comillas no se cierra antes del final del archivo; falta una comilla de cierre en esa línea o una comilla dentro del campo no está escrita dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: column %2 has text after its closing quote; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>línea %1: la columna %2 tiene texto después de su comilla de cierre; una comilla dentro de un campo entre comillas debe escribirse dos veces (&quot;&quot;)</translation>
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
    <name>DealCommand</name>
    <message>
        <source>Lists deals, shows one, and moves a handoff through its workflow: list, show ID, submit ID, return ID, accept ID, fulfil ID.</source>
        <translation>Enumera negocios, muestra uno y hace avanzar un traspaso por su flujo de trabajo: list, show ID, submit ID, return ID, accept ID, fulfil ID.</translation>
    </message>
    <message>
        <source>list, show, submit, return, accept or fulfil.</source>
        <translation>list, show, submit, return, accept o fulfil.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>The deal&apos;s id (all actions but list).</source>
        <translation>El ID del negocio (todas las acciones excepto list).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list: only deals in this state (%1).</source>
        <translation>list: solo los negocios en este estado (%1).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>list, show: print JSON instead of text.</source>
        <translation>list, show: mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>submit, return, accept, fulfil: the email of the user who acts.</source>
        <translation>submit, return, accept, fulfil: el correo electrónico del usuario que realiza la acción.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>return: why the handoff goes back (%1).</source>
        <translation>return: por qué se devuelve el traspaso (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>return: what sales has to do.</source>
        <translation>return: qué debe hacer ventas.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>deal needs an action: %1.</source>
        <translation>deal necesita una acción: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of deal. Actions: %2.</source>
        <translation>«%1» no es una acción de deal. Acciones: %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;deal %2&apos;.</source>
        <translation>--%1 no se aplica a &apos;deal %2&apos;.</translation>
    </message>
    <message>
        <source>deal list takes no other argument.</source>
        <translation>deal list no admite más argumentos.</translation>
    </message>
    <message>
        <source>deal %1 needs exactly one deal id.</source>
        <translation>deal %1 necesita exactamente un ID de negocio.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>«%1» no es un ID de negocio: los ID son números enteros mayores que 0.</translation>
    </message>
    <message>
        <source>deal %1 needs --as EMAIL: the user who acts.</source>
        <translation>deal %1 necesita --as CORREO: el usuario que realiza la acción.</translation>
    </message>
    <message>
        <source>deal return needs --reason CODE, one of: %1.</source>
        <translation>deal return necesita --reason CÓDIGO, uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a return reason. Reasons: %2.</source>
        <translation>«%1» no es un motivo de devolución. Motivos: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state. States: %2.</source>
        <translation>«%1» no es un estado. Estados: %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>SALES REP</source>
        <translation>COMERCIAL</translation>
    </message>
    <message>
        <source>Deal %1: %2 (%3)</source>
        <translation>Negocio %1: %2 (%3)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Sales rep: %1</source>
        <translation>Comercial: %1</translation>
    </message>
    <message>
        <source>Support owner: %1</source>
        <translation>Responsable de soporte: %1</translation>
    </message>
    <message>
        <source>Closed won: %1, amount %2</source>
        <translation>Ganado el %1, importe %2</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 required items answered, %3 of %4 in all</source>
        <translation>Lista de comprobación: %1 de %2 elementos obligatorios respondidos, %3 de %4 en total</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>Compromisos:</translation>
    </message>
    <message>
        <source>  #%1 %2: %3, due %4; feasibility %5; review %6; %7</source>
        <translation>  #%1 %2: %3, vence el %4; viabilidad: %5; revisión: %6; %7</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tareas:</translation>
    </message>
    <message>
        <source>  #%1 %2, %3, due %4; %5</source>
        <translation>  #%1 %2, %3, vence el %4; %5</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Deal %1 &apos;%2&apos; is now %3.</source>
        <translation>El negocio %1 «%2» tiene ahora el estado «%3».</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Promise added</source>
        <translation>Compromiso añadido</translation>
    </message>
    <message>
        <source>Promise removed</source>
        <translation>Compromiso eliminado</translation>
    </message>
    <message>
        <source>Promise changed</source>
        <translation>Compromiso modificado</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contacto añadido</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contacto eliminado</translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation>Canal añadido</translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation>Canal eliminado</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Canal modificado</translation>
    </message>
    <message>
        <source>Changes since the last submission:</source>
        <translation>Cambios desde el último envío:</translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation>  %1 %2: %3 → %4</translation>
    </message>
</context>
<context>
    <name>DealImportStore</name>
    <message>
        <source>it names no sales rep, and the importing user is not in sales</source>
        <translation>no indica ningún comercial y el usuario que importa no pertenece a ventas</translation>
    </message>
    <message>
        <source>the sales rep&apos;s email &apos;%1&apos; is not an email address</source>
        <translation>el correo electrónico del comercial «%1» no es una dirección de correo válida</translation>
    </message>
    <message>
        <source>the sales rep %1 is a support user in Handoff, and support cannot own a deal</source>
        <translation>el comercial %1 es un usuario de soporte en Handoff, y soporte no puede ser titular de un negocio</translation>
    </message>
    <message>
        <source>The deal %1 disappeared during the import.</source>
        <translation>El negocio %1 desapareció durante la importación.</translation>
    </message>
</context>
<context>
    <name>DealImporter</name>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>%1 cannot import deals: only an active sales rep or team lead can.</source>
        <translation>%1 no puede importar negocios: solo puede hacerlo un comercial o un jefe de equipo activo.</translation>
    </message>
    <message>
        <source>The file to import is not open for reading.</source>
        <translation>El archivo que se va a importar no está abierto para lectura.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>El archivo está vacío: una exportación empieza con una línea con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la fila tiene %1 campos, pero el encabezado tiene %2</translation>
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
        <translation>Generando datos de demostración: %1&#xa0;%</translation>
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
    <name>ExportCommand</name>
    <message>
        <source>Exports deals, promises or fulfilment tasks as CSV (UTF-8 with a byte-order mark, safe to open in a spreadsheet) or JSON (an array of objects with snake_case keys), to standard output or a file.</source>
        <translation>Exporta negocios, compromisos o tareas de cumplimiento como CSV (UTF-8 con marca de orden de bytes, se puede abrir sin problemas en una hoja de cálculo) o JSON (una matriz de objetos con claves en snake_case), a la salida estándar o a un archivo.</translation>
    </message>
    <message>
        <source>What to export: deals, promises or tasks.</source>
        <translation>Qué exportar: deals, promises o tasks.</translation>
    </message>
    <message>
        <source>deals|promises|tasks</source>
        <translation>deals|promises|tasks</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv o json (predeterminado: csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once the export is complete.</source>
        <translation>Escribir en este archivo en lugar de en la salida estándar. El archivo solo aparece cuando la exportación ha terminado.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Reemplazar el archivo de salida si ya existe.</translation>
    </message>
    <message>
        <source>export needs exactly one table: deals, promises or tasks.</source>
        <translation>export necesita exactamente una tabla: deals, promises o tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported; choose deals, promises or tasks.</source>
        <translation>«%1» no se puede exportar; elija deals, promises o tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; choose csv or json.</source>
        <translation>«%1» no es un formato de exportación; elija csv o json.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.</source>
        <translation>--force solo se aplica junto con -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Deals exported to &apos;%1&apos;: %2.</source>
        <translation>Negocios exportados a «%1»: %2.</translation>
    </message>
    <message>
        <source>Promises exported to &apos;%1&apos;: %2.</source>
        <translation>Compromisos exportados a «%1»: %2.</translation>
    </message>
    <message>
        <source>Tasks exported to &apos;%1&apos;: %2.</source>
        <translation>Tareas exportadas a «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>&apos;%1&apos; is a folder; name a file to export to.</source>
        <translation>«%1» es una carpeta; indique un archivo al que exportar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists and was left as it is.</source>
        <translation>«%1» ya existe y no se ha modificado.</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos;: %2. Nothing was exported.</source>
        <translation>No se pudo crear «%1»: %2. No se exportó nada.</translation>
    </message>
    <message>
        <source>Nothing was written to &apos;%1&apos;: %2</source>
        <translation>No se escribió nada en «%1»: %2</translation>
    </message>
    <message>
        <source>Could not finish writing &apos;%1&apos;: %2. The file was left as it was.</source>
        <translation>No se pudo terminar de escribir «%1»: %2. El archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>FeasibilityRules</name>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unsupported</source>
        <translation>la capacidad «%1» no está admitida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is planned, not available</source>
        <translation>la capacidad «%1» está planificada, no disponible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in beta, not generally available</source>
        <translation>la capacidad «%1» está en beta, no disponible de forma general</translation>
    </message>
    <message>
        <source>a feature promise names no capability from the catalog</source>
        <translation>un compromiso de funcionalidad no indica ninguna capacidad del catálogo</translation>
    </message>
    <message>
        <source>an integration promise names no capability from the catalog</source>
        <translation>un compromiso de integración no indica ninguna capacidad del catálogo</translation>
    </message>
    <message>
        <source>was due on %1</source>
        <translation>vencía el %1</translation>
    </message>
    <message>
        <source>standard lead time is %1</source>
        <translation>el plazo de entrega estándar es de %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>vence dentro de %1</translation>
    </message>
    <message>
        <source>due %1 before the contract starts on %2</source>
        <translation>vence %1 antes del inicio del contrato, el %2</translation>
    </message>
    <message>
        <source>due the day the contract starts (%1)</source>
        <translation>vence el día en que empieza el contrato (%1)</translation>
    </message>
    <message>
        <source>due %1 after the contract starts on %2</source>
        <translation>vence %1 después del inicio del contrato, el %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
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
    <message>
        <source>Could not update the promises</source>
        <translation>No se pudieron actualizar los compromisos</translation>
    </message>
</context>
<context>
    <name>HandoffClock</name>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>No existe ningún negocio con el ID %1; es posible que se haya eliminado.</translation>
    </message>
</context>
<context>
    <name>HandoffGuards</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1&apos;s user account is inactive.</source>
        <translation>La cuenta de usuario de %1 está inactiva.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can submit the handoff.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede enviar el traspaso.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can cancel the handoff.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede cancelar el traspaso.</translation>
    </message>
    <message>
        <source>Only support or a team lead can return a handoff.</source>
        <translation>Solo soporte o un jefe de equipo puede devolver un traspaso.</translation>
    </message>
    <message>
        <source>Only support or a team lead can accept a handoff.</source>
        <translation>Solo soporte o un jefe de equipo puede aceptar un traspaso.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can mark the handoff fulfilled.</source>
        <translation>Solo el responsable de soporte del negocio o un jefe de equipo puede marcar el traspaso como completado.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a draft or a returned handoff can be submitted.</source>
        <translation>El traspaso está en estado «%1»; solo se puede enviar un borrador o un traspaso devuelto.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be returned.</source>
        <translation>El traspaso está en estado «%1»; solo se puede devolver un traspaso enviado.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be accepted.</source>
        <translation>El traspaso está en estado «%1»; solo se puede aceptar un traspaso enviado.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a handoff that support has not accepted can be cancelled.</source>
        <translation>El traspaso está en estado «%1»; solo se puede cancelar un traspaso que soporte aún no haya aceptado.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only an accepted handoff can be marked fulfilled.</source>
        <translation>El traspaso está en estado «%1»; solo se puede marcar como completado un traspaso aceptado.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is not answered.</source>
        <translation>El elemento obligatorio «%1» (%2) de la lista de comprobación no tiene respuesta.</translation>
    </message>
    <message>
        <source>The deal has no contact; add at least one person support can talk to.</source>
        <translation>El negocio no tiene ningún contacto; añada al menos una persona con la que soporte pueda hablar.</translation>
    </message>
    <message>
        <source>Promise %1 has no description.</source>
        <translation>El compromiso %1 no tiene descripción.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has no due date.</source>
        <translation>El compromiso «%1» no tiene fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is blocked (%2) and needs a justification.</source>
        <translation>El compromiso «%1» está bloqueado (%2) y necesita una justificación.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has not been reviewed.</source>
        <translation>El compromiso «%1» no se ha revisado.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; waits for sales to clarify it.</source>
        <translation>El compromiso «%1» está pendiente de que ventas lo aclare.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; cannot be fulfilled: a lead must waive it or sales must renegotiate it.</source>
        <translation>El compromiso «%1» no se puede cumplir: un jefe de equipo debe dispensarlo o ventas debe renegociarlo.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; was broken; only fulfilled or waived promises close a handoff.</source>
        <translation>El compromiso «%1» se incumplió; solo los compromisos cumplidos o dispensados permiten cerrar un traspaso.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is not fulfilled yet.</source>
        <translation>El compromiso «%1» aún no se ha cumplido.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is not done.</source>
        <translation>La tarea «%1» no está completada.</translation>
    </message>
</context>
<context>
    <name>HandoffWorkflow</name>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be submitted yet.</source>
        <translation>El traspaso de «%1» aún no se puede enviar.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be returned.</source>
        <translation>El traspaso de «%1» no se puede devolver.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be accepted yet.</source>
        <translation>El traspaso de «%1» aún no se puede aceptar.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be cancelled.</source>
        <translation>El traspaso de «%1» no se puede cancelar.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be marked fulfilled yet.</source>
        <translation>El traspaso de «%1» aún no se puede marcar como completado.</translation>
    </message>
    <message>
        <source>Only a team lead can override a handoff decision.</source>
        <translation>Solo un jefe de equipo puede forzar una decisión sobre un traspaso.</translation>
    </message>
    <message>
        <source>An override needs a reason; it is kept in the deal&apos;s history.</source>
        <translation>Forzar una decisión requiere un motivo; se guarda en el historial del negocio.</translation>
    </message>
    <message>
        <source>Write a note that tells sales what to fix.</source>
        <translation>Escriba una nota que indique a ventas qué debe corregir.</translation>
    </message>
    <message>
        <source>Give the reason the handoff is cancelled.</source>
        <translation>Indique el motivo por el que se cancela el traspaso.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; was changed elsewhere while this was being done. Reload it and try again.</source>
        <translation>El negocio «%1» se modificó en otro lugar mientras se realizaba esta acción. Vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Deliver: %1</source>
        <translation>Entregar: %1</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>%1 created the deal &apos;%2&apos;</source>
        <translation>%1 creó el negocio «%2»</translation>
    </message>
    <message>
        <source>%1 submitted the handoff</source>
        <translation>%1 envió el traspaso</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2</source>
        <translation>%1 devolvió el traspaso: %2</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2 — %3</source>
        <translation>%1 devolvió el traspaso: %2 — %3</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner</source>
        <translation>%1 aceptó el traspaso y pasó a ser su responsable</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (1 task generated)</source>
        <translation>%1 aceptó el traspaso y pasó a ser su responsable (se generó 1 tarea)</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (%2 tasks generated)</source>
        <translation>%1 aceptó el traspaso y pasó a ser su responsable (se generaron %2 tareas)</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff</source>
        <translation>%1 canceló el traspaso</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff: %2</source>
        <translation>%1 canceló el traspaso: %2</translation>
    </message>
    <message>
        <source>%1 marked the handoff fulfilled</source>
        <translation>%1 marcó el traspaso como completado</translation>
    </message>
    <message>
        <source>%1 overrode the rules and moved the handoff to %2: %3</source>
        <translation>%1 forzó el paso del traspaso al estado «%2» sin aplicar las reglas: %3</translation>
    </message>
    <message>
        <source>%1 deleted the deal</source>
        <translation>%1 eliminó el negocio</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>referencia CRM</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>closed-won date</source>
        <translation>fecha de cierre</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>inicio del contrato</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>duración en meses</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>comercial</translation>
    </message>
    <message>
        <source>support owner</source>
        <translation>responsable de soporte</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>criterios de éxito</translation>
    </message>
    <message>
        <source>reason for buying</source>
        <translation>motivo de compra</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>riesgos conocidos</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>%1 set the deal&apos;s %2 to %3</source>
        <translation>%1 estableció el campo «%2» del negocio en %3</translation>
    </message>
    <message>
        <source>%1 cleared the deal&apos;s %2 (was %3)</source>
        <translation>%1 vació el campo «%2» del negocio (antes: %3)</translation>
    </message>
    <message>
        <source>%1 changed the deal&apos;s %2 from %3 to %4</source>
        <translation>%1 cambió el campo «%2» del negocio de %3 a %4</translation>
    </message>
    <message>
        <source>%1 added the promise &apos;%2&apos;</source>
        <translation>%1 añadió el compromiso «%2»</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3</source>
        <translation>%1 revisó el compromiso «%2»: %3</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3 — %4</source>
        <translation>%1 revisó el compromiso «%2»: %3 — %4</translation>
    </message>
    <message>
        <source>%1 answered the clarification of the promise &apos;%2&apos;: %3</source>
        <translation>%1 respondió a la solicitud de aclaración del compromiso «%2»: %3</translation>
    </message>
    <message>
        <source>%1 waived the promise &apos;%2&apos;: %3</source>
        <translation>%1 dispensó el compromiso «%2»: %3</translation>
    </message>
    <message>
        <source>%1 marked the promise &apos;%2&apos; fulfilled</source>
        <translation>%1 marcó el compromiso «%2» como cumplido</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; was broken: its due date passed</source>
        <translation>El compromiso «%1» se incumplió: pasó su fecha de vencimiento</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2</source>
        <translation>El compromiso «%1» tiene ahora la valoración «%2»</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2: %3</source>
        <translation>El compromiso «%1» tiene ahora la valoración «%2»: %3</translation>
    </message>
    <message>
        <source>%1 removed the promise &apos;%2&apos;</source>
        <translation>%1 eliminó el compromiso «%2»</translation>
    </message>
    <message>
        <source>%1 reworded the promise &apos;%2&apos; as &apos;%3&apos;</source>
        <translation>%1 reformuló el compromiso «%2» como «%3»</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>customer&apos;s words</source>
        <translation>palabras del cliente</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>feasibility</source>
        <translation>viabilidad</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>fulfilment</source>
        <translation>cumplimiento</translation>
    </message>
    <message>
        <source>%1 changed the promise &apos;%2&apos;</source>
        <translation>%1 cambió el compromiso «%2»</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the promise &apos;%3&apos; from %4 to %5</source>
        <translation>%1 cambió el campo «%2» del compromiso «%3» de %4 a %5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 added the task &apos;%2&apos;</source>
        <translation>%1 añadió la tarea «%2»</translation>
    </message>
    <message>
        <source>%1 removed the task &apos;%2&apos;</source>
        <translation>%1 eliminó la tarea «%2»</translation>
    </message>
    <message>
        <source>%1 set the task &apos;%2&apos; to %3</source>
        <translation>%1 cambió el estado de la tarea «%2» a «%3»</translation>
    </message>
    <message>
        <source>%1 unassigned the task &apos;%2&apos;</source>
        <translation>%1 dejó sin asignar la tarea «%2»</translation>
    </message>
    <message>
        <source>%1 assigned the task &apos;%2&apos; to %3</source>
        <translation>%1 asignó la tarea «%2» a %3</translation>
    </message>
    <message>
        <source>%1 moved the due date of the task &apos;%2&apos; to %3</source>
        <translation>%1 cambió la fecha de vencimiento de la tarea «%2» al %3</translation>
    </message>
    <message>
        <source>%1 cleared the done date of the task &apos;%2&apos;</source>
        <translation>%1 borró la fecha de finalización de la tarea «%2»</translation>
    </message>
    <message>
        <source>%1 recorded the task &apos;%2&apos; as done on %3</source>
        <translation>%1 registró la tarea «%2» como completada el %3</translation>
    </message>
    <message>
        <source>%1 renamed the task &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 cambió el nombre de la tarea «%2» a «%3»</translation>
    </message>
    <message>
        <source>%1 changed the task &apos;%2&apos;</source>
        <translation>%1 cambió la tarea «%2»</translation>
    </message>
    <message>
        <source>%1 added a comment</source>
        <translation>%1 añadió un comentario</translation>
    </message>
    <message>
        <source>%1 deleted a comment</source>
        <translation>%1 eliminó un comentario</translation>
    </message>
    <message>
        <source>%1 edited a comment</source>
        <translation>%1 editó un comentario</translation>
    </message>
    <message>
        <source>%1 changed the checklist item &apos;%2&apos;</source>
        <translation>%1 cambió el elemento «%2» de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1 ticked the checklist item &apos;%2&apos;</source>
        <translation>%1 marcó el elemento «%2» de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1 unticked the checklist item &apos;%2&apos;</source>
        <translation>%1 desmarcó el elemento «%2» de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1 cleared the checklist item &apos;%2&apos;</source>
        <translation>%1 borró la respuesta del elemento «%2» de la lista de comprobación</translation>
    </message>
    <message>
        <source>%1 answered the checklist item &apos;%2&apos;: %3</source>
        <translation>%1 respondió al elemento «%2» de la lista de comprobación: %3</translation>
    </message>
    <message>
        <source>%1 added %2 as %3</source>
        <translation>%1 añadió a %2 como %3</translation>
    </message>
    <message>
        <source>%1 removed %2 as %3</source>
        <translation>%1 quitó a %2 como %3</translation>
    </message>
    <message>
        <source>%1 added the support channel %2</source>
        <translation>%1 añadió el canal de soporte %2</translation>
    </message>
    <message>
        <source>%1 removed the support channel %2</source>
        <translation>%1 quitó el canal de soporte %2</translation>
    </message>
    <message>
        <source>%1 saved the handoff as submitted (submission %2)</source>
        <translation>%1 guardó el traspaso tal como se envió (envío %2)</translation>
    </message>
    <message>
        <source>%1 made a change (%2)</source>
        <translation>%1 hizo un cambio (%2)</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports the closed-won deals of a CRM export (CSV) as drafts ready for handoff. Accounts, sales reps and contacts are matched by name or email, or created; deals imported before are updated by their CRM reference. All or nothing: if any row is rejected, nothing is imported and every rejected row is listed.

Arguments:
  FILE  the CSV file to import</source>
        <translation>Importa los negocios ganados de una exportación de CRM (CSV) como borradores listos para el traspaso. Las cuentas, los comerciales y los contactos se identifican por nombre o correo electrónico, o se crean; los negocios importados anteriormente se actualizan según su referencia CRM. Todo o nada: si se rechaza alguna fila, no se importa nada y se enumeran todas las filas rechazadas.

Argumentos:
  ARCHIVO  el archivo CSV que se va a importar</translation>
    </message>
    <message>
        <source>The export&apos;s layout: %1.</source>
        <translation>La estructura de la exportación: %1.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>Your own mapping instead of a preset, as field=column,field=column (fields: %1).</source>
        <translation>Una asignación propia en lugar de una plantilla, como field=column,field=column (campos: %1).</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>ASIGNACIÓN</translation>
    </message>
    <message>
        <source>A stage value that means closed-won; repeat for several. Replaces the preset&apos;s (Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Without any, every row is won.</source>
        <translation>Un valor de etapa que significa «ganado»; repítalo para indicar varios. Sustituye a los de la plantilla (Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Sin ninguno, todas las filas se consideran ganadas.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>How to read slash dates: mdy (3/14/2026) or dmy (14/3/2026). Without it the other rows decide, and a date that reads both ways in a file that does not tell is rejected.</source>
        <translation>Cómo leer las fechas con barras: mdy (3/14/2026) o dmy (14/3/2026). Sin esta opción deciden las demás filas, y se rechaza una fecha que admite ambas lecturas si el archivo no permite decidir.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The field separator: &apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>El separador de campos: &apos;,&apos;, &apos;;&apos; o tab (predeterminado: detectado automáticamente).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, windows-1252 or latin-1 (default: detected).</source>
        <translation>La codificación del archivo: utf-8, windows-1252 o latin-1 (predeterminado: detectada automáticamente).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>CODIFICACIÓN</translation>
    </message>
    <message>
        <source>Check and count everything, then change nothing.</source>
        <translation>Comprobar y contar todo, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Required: the email of the sales rep or team lead who imports; the audit log names them.</source>
        <translation>Obligatorio: el correo electrónico del comercial o jefe de equipo que importa; el registro de auditoría indica su nombre.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>import needs exactly one file to import.</source>
        <translation>import necesita exactamente un archivo que importar.</translation>
    </message>
    <message>
        <source>import needs --as EMAIL: the sales rep or team lead who imports.</source>
        <translation>import necesita --as CORREO: el comercial o jefe de equipo que importa.</translation>
    </message>
    <message>
        <source>import needs either --preset (%1) or --map field=column,...</source>
        <translation>import necesita --preset (%1) o --map field=column,...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a preset. Presets: %2.</source>
        <translation>«%1» no es una plantilla. Plantillas: %2.</translation>
    </message>
    <message>
        <source>--date-format is mdy or dmy, not &apos;%1&apos;.</source>
        <translation>--date-format admite mdy o dmy, no «%1».</translation>
    </message>
    <message>
        <source>--separator is &apos;,&apos;, &apos;;&apos; or tab, not &apos;%1&apos;.</source>
        <translation>--separator admite &apos;,&apos;, &apos;;&apos; o tab, no «%1».</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252 or latin-1, not &apos;%1&apos;.</source>
        <translation>--encoding admite utf-8, windows-1252 o latin-1, no «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Importing %1: %2%</source>
        <translation>Importando %1: %2&#xa0;%</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3 (not won), rejected %4</source>
        <translation>%1 importados, %2 actualizados, %3 omitidos (no ganados), %4 rechazados</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  línea %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rejected rows (or leave them out) and import again.</source>
        <translation>No se importó nada: corrija las filas rechazadas (u omítalas) e importe de nuevo.</translation>
    </message>
    <message>
        <source>Deals already up to date: %1.</source>
        <translation>Negocios ya actualizados: %1.</translation>
    </message>
    <message>
        <source>New accounts: %1; new sales reps: %2; new contacts: %3.</source>
        <translation>Cuentas nuevas: %1; comerciales nuevos: %2; contactos nuevos: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Simulación: no se guardó nada.</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Duración: %1 s.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>CRM reference</source>
        <translation>referencia CRM</translation>
    </message>
    <message>
        <source>deal name</source>
        <translation>nombre del negocio</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>fecha de cierre</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>comercial</translation>
    </message>
    <message>
        <source>sales rep&apos;s email</source>
        <translation>correo electrónico del comercial</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>inicio del contrato</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>duración en meses</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nombre del contacto</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>correo electrónico del contacto</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>teléfono del contacto</translation>
    </message>
    <message>
        <source>contact title</source>
        <translation>cargo del contacto</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>rol del contacto</translation>
    </message>
    <message>
        <source>why they bought</source>
        <translation>motivo de compra</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>criterios de éxito</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>riesgos conocidos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>«%1» no es un campo que Handoff importe; los campos son: %2.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2.</source>
        <translation>el archivo no tiene ninguna columna «%1» para el campo «%2».</translation>
    </message>
    <message>
        <source>no column is mapped to the %1 (%2), which every deal needs.</source>
        <translation>no hay ninguna columna asignada al campo «%1» (%2), que todo negocio necesita.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2, which every deal needs.</source>
        <translation>el archivo no tiene ninguna columna «%1» para el campo «%2», que todo negocio necesita.</translation>
    </message>
    <message>
        <source>The columns of the file do not fit the mapping (the file has: %1).</source>
        <translation>Las columnas del archivo no coinciden con la asignación (el archivo tiene: %1).</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>a double quote is not closed.</source>
        <translation>hay una comilla doble sin cerrar.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; between the field and the column.</source>
        <translation>«%1» no tiene &apos;=&apos; entre el campo y la columna.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>«%1» no es un campo que Handoff importe; los campos son: %2.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; has no column after the &apos;=&apos;.</source>
        <translation>el campo «%1» no tiene ninguna columna después del &apos;=&apos;.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is mapped twice.</source>
        <translation>el campo «%1» está asignado dos veces.</translation>
    </message>
    <message>
        <source>it maps no field.</source>
        <translation>no asigna ningún campo.</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; cannot be used; write it as field=column,field=column.</source>
        <translation>La asignación «%1» no se puede usar; escríbala como field=column,field=column.</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a date in this row could be read month first or day first, and the file has dates in both orders (line %1 is day first, line %2 month first); use --date-format mdy or dmy</source>
        <translation>una fecha de esta fila puede leerse con el mes primero o con el día primero, y el archivo tiene fechas en ambos órdenes (la línea %1 con el día primero, la línea %2 con el mes primero); use --date-format mdy o dmy</translation>
    </message>
    <message>
        <source>the %1 %2 could be %3 or %4</source>
        <translation>el valor %2 del campo «%1» podría ser %3 o %4</translation>
    </message>
    <message>
        <source>%1, and the file has dates in both orders (line %2 is day first, line %3 month first); use --date-format mdy or dmy</source>
        <translation>%1, y el archivo tiene fechas en ambos órdenes (la línea %2 con el día primero, la línea %3 con el mes primero); use --date-format mdy o dmy</translation>
    </message>
    <message>
        <source>%1, and no other row shows which; use --date-format mdy (month first) or dmy (day first)</source>
        <translation>%1, y ninguna otra fila indica cuál; use --date-format mdy (primero el mes) o dmy (primero el día)</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <translation>el valor %2 del campo «%1» %3</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>the currency %1 is not a three-letter currency code such as USD or EUR</source>
        <translation>la moneda %1 no es un código de moneda de tres letras como USD o EUR</translation>
    </message>
    <message>
        <source>the amount %1 %2</source>
        <translation>el importe %1 %2</translation>
    </message>
    <message>
        <source>the term %1 is not a whole number of months</source>
        <translation>la duración %1 no es un número entero de meses</translation>
    </message>
    <message>
        <source>the contact role %1 is not one of %2</source>
        <translation>el rol del contacto %1 no es ninguno de estos valores: %2</translation>
    </message>
    <message>
        <source>the contact email %1 is not an email address</source>
        <translation>el correo electrónico del contacto %1 no es una dirección de correo electrónico válida</translation>
    </message>
</context>
<context>
    <name>ImportValueParser</name>
    <message>
        <source>is not a date</source>
        <translation>no es una fecha</translation>
    </message>
    <message>
        <source>is negative (in parentheses); a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>es negativo (entre paréntesis); el importe de un negocio ganado no puede ser inferior a cero</translation>
    </message>
    <message>
        <source>names a currency other than %1</source>
        <translation>indica una moneda distinta de %1</translation>
    </message>
    <message>
        <source>is negative; a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>es negativo; el importe de un negocio ganado no puede ser inferior a cero</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>has more decimal places than %1 has</source>
        <translation>tiene más decimales que %1</translation>
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
    <message numerus="yes">
        <source>… and %n more not listed here</source>
        <translation>
            <numerusform>… y %n más que no se muestra aquí</numerusform>
            <numerusform>… y %n más que no se muestran aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries with an id below 1, which Handoff never gives out, were added by hand: %n.</source>
        <translation>
            <numerusform>Se añadió a mano %n entrada de auditoría con un ID inferior a 1, que Handoff nunca asigna.</numerusform>
            <numerusform>Se añadieron a mano %n entradas de auditoría con un ID inferior a 1, que Handoff nunca asigna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are missing: %n (ids %1). Entries only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>Falta %n entrada de auditoría (ID %1). Las entradas solo desaparecen si alguien las elimina a mano del archivo.</numerusform>
            <numerusform>Faltan %n entradas de auditoría (ID %1). Las entradas solo desaparecen si alguien las elimina a mano del archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <comment>user role</comment>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <comment>user role</comment>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>handoff state</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>handoff state</comment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>handoff state</comment>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff state</comment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>handoff state</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>handoff state</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <comment>role of a contact on a deal</comment>
        <translation>Patrocinador ejecutivo</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role of a contact on a deal</comment>
        <translation>Responsable de la decisión</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contacto habitual</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contacto técnico</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contacto de facturación</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact channel</comment>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>contact channel</comment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>contact channel</comment>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>contact channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>contact channel</comment>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Forum</source>
        <comment>contact channel</comment>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Portal</source>
        <comment>contact channel</comment>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>kind of checklist item</comment>
        <translation>Casilla</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>kind of checklist item</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>kind of checklist item</comment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>kind of checklist item</comment>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of checklist item</comment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability status</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Beta</source>
        <comment>capability status</comment>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>capability status</comment>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <comment>capability status</comment>
        <translation>No admitida</translation>
    </message>
    <message>
        <source>Feature</source>
        <comment>kind of promise</comment>
        <translation>Funcionalidad</translation>
    </message>
    <message>
        <source>Integration</source>
        <comment>kind of promise</comment>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>kind of promise</comment>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>kind of promise</comment>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>kind of promise</comment>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Pricing</source>
        <comment>kind of promise</comment>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>kind of promise</comment>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of promise</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Feasible</source>
        <comment>feasibility of a promise</comment>
        <translation>Viable</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>feasibility of a promise</comment>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>feasibility of a promise</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Pending review</source>
        <comment>review status of a promise</comment>
        <translation>Pendiente de revisión</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>review status of a promise</comment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <comment>review status of a promise</comment>
        <translation>Requiere aclaración</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <comment>review status of a promise</comment>
        <translation>No se puede cumplir</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fulfilment of a promise</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>fulfilment of a promise</comment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>fulfilment of a promise</comment>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Waived</source>
        <comment>fulfilment of a promise</comment>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>status of a task</comment>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>status of a task</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>status of a task</comment>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a task</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Missing information</source>
        <comment>reason for returning a handoff</comment>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <comment>reason for returning a handoff</comment>
        <translation>Compromiso inviable</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <comment>reason for returning a handoff</comment>
        <translation>Alcance poco claro</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <comment>reason for returning a handoff</comment>
        <translation>Responsable incorrecto</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reason for returning a handoff</comment>
        <translation>Otro</translation>
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
    <name>PromiseCommand</name>
    <message>
        <source>Reviews a promise for support: review ID --as EMAIL --status STATUS [--note TEXT].</source>
        <translation>Revisa un compromiso en nombre de soporte: review ID --as CORREO --status ESTADO [--note TEXTO].</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>The promise&apos;s id.</source>
        <translation>El ID del compromiso.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The email of the user who reviews.</source>
        <translation>El correo electrónico del usuario que revisa.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>La decisión: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Why; required for needs-clarification and cannot-fulfil.</source>
        <translation>El motivo; obligatorio con needs-clarification y cannot-fulfil.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>promise needs an action: review.</source>
        <translation>promise necesita una acción: review.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of promise. Actions: review.</source>
        <translation>«%1» no es una acción de promise. Acciones: review.</translation>
    </message>
    <message>
        <source>promise review needs exactly one promise id.</source>
        <translation>promise review necesita exactamente un ID de compromiso.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a promise id: ids are whole numbers above 0.</source>
        <translation>«%1» no es un ID de compromiso: los ID son números enteros mayores que 0.</translation>
    </message>
    <message>
        <source>promise review needs --as EMAIL: the user who reviews.</source>
        <translation>promise review necesita --as CORREO: el usuario que revisa.</translation>
    </message>
    <message>
        <source>promise review needs --status, one of: %1.</source>
        <translation>promise review necesita --status, uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review decision. Decisions: %2.</source>
        <translation>«%1» no es una decisión de revisión. Decisiones: %2.</translation>
    </message>
    <message>
        <source>Promise %1 &apos;%2&apos; is now reviewed: %3.</source>
        <translation>El compromiso %1 «%2» ya está revisado: %3.</translation>
    </message>
    <message>
        <source>The action; for now only: review.</source>
        <translation>La acción; por ahora solo: review.</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>The promise %1 was changed elsewhere at the same time; reload it and try again.</source>
        <translation>El compromiso %1 se modificó al mismo tiempo en otro lugar; vuelva a cargarlo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The deal is %1; its promises can no longer change.</source>
        <translation>El negocio está %1; sus compromisos ya no se pueden cambiar.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>No existe ningún negocio con el ID %1.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can record or change its promises.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede registrar o cambiar sus compromisos.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can record or change its promises.</source>
        <translation>Usted no es el comercial de este negocio; solo su comercial o un jefe de equipo puede registrar o cambiar sus compromisos.</translation>
    </message>
    <message>
        <source>The handoff is %1; a sales rep can change promises only while it is a draft or returned by support.</source>
        <translation>El traspaso está %1; un comercial solo puede cambiar compromisos mientras el traspaso es un borrador o ha sido devuelto por soporte.</translation>
    </message>
    <message>
        <source>A promise cannot move to another deal.</source>
        <translation>Un compromiso no se puede mover a otro negocio.</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Describa lo que se prometió.</translation>
    </message>
    <message>
        <source>Choose the kind of promise (feature, integration, timeline ...).</source>
        <translation>Elija el tipo de compromiso (funcionalidad, integración, plazos…).</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Indique la fecha de vencimiento del compromiso.</translation>
    </message>
    <message>
        <source>There is no capability with id %1 in the catalog; choose one that exists or none.</source>
        <translation>No existe ninguna capacidad con el ID %1 en el catálogo; elija una que exista o ninguna.</translation>
    </message>
    <message>
        <source>The promise was not recorded.</source>
        <translation>No se registró el compromiso.</translation>
    </message>
    <message>
        <source>The promise was not saved.</source>
        <translation>No se guardó el compromiso.</translation>
    </message>
    <message>
        <source>Only support or a lead can review promises.</source>
        <translation>Solo soporte o un jefe de equipo puede revisar compromisos.</translation>
    </message>
    <message>
        <source>The handoff was already accepted; only a lead can change a review now.</source>
        <translation>El traspaso ya se aceptó; ahora solo un jefe de equipo puede cambiar una revisión.</translation>
    </message>
    <message>
        <source>Promises are reviewed while the handoff is submitted; this one is %1.</source>
        <translation>Los compromisos se revisan mientras el traspaso está enviado; el estado de este es «%1».</translation>
    </message>
    <message>
        <source>Choose accepted, needs clarification or cannot fulfil as the review.</source>
        <translation>Elija como revisión «aceptado», «requiere aclaración» o «no se puede cumplir».</translation>
    </message>
    <message>
        <source>Write in the note what the sales rep should clarify.</source>
        <translation>Escriba en la nota qué debe aclarar el comercial.</translation>
    </message>
    <message>
        <source>Write in the note why the promise cannot be fulfilled.</source>
        <translation>Escriba en la nota por qué no se puede cumplir el compromiso.</translation>
    </message>
    <message>
        <source>The promise is already %1; it needs no review.</source>
        <translation>El compromiso ya está %1; no necesita revisión.</translation>
    </message>
    <message>
        <source>The promise was not reviewed.</source>
        <translation>No se revisó el compromiso.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can answer support&apos;s question.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede responder a la pregunta de soporte.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can answer support&apos;s question.</source>
        <translation>Usted no es el comercial de este negocio; solo su comercial o un jefe de equipo puede responder a la pregunta de soporte.</translation>
    </message>
    <message>
        <source>Support has not asked about this promise; its review is %1.</source>
        <translation>Soporte no ha preguntado nada sobre este compromiso; el estado de su revisión es «%1».</translation>
    </message>
    <message>
        <source>Write the answer to support&apos;s question.</source>
        <translation>Escriba la respuesta a la pregunta de soporte.</translation>
    </message>
    <message>
        <source>The clarification was not sent.</source>
        <translation>No se envió la aclaración.</translation>
    </message>
    <message>
        <source>Waiving a promise needs a team lead&apos;s approval; ask your lead to waive it.</source>
        <translation>Dispensar un compromiso requiere la aprobación de un jefe de equipo; pida a su jefe de equipo que lo dispense.</translation>
    </message>
    <message>
        <source>The promise is already %1.</source>
        <translation>El compromiso ya está %1.</translation>
    </message>
    <message>
        <source>Before acceptance only a promise support cannot fulfil can be waived; this one&apos;s review is %1.</source>
        <translation>Antes de la aceptación solo se puede dispensar un compromiso que soporte no puede cumplir; el estado de revisión de este es «%1».</translation>
    </message>
    <message>
        <source>Give the reason the promise is waived.</source>
        <translation>Indique el motivo por el que se dispensa el compromiso.</translation>
    </message>
    <message>
        <source>The promise was not waived.</source>
        <translation>No se dispensó el compromiso.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a lead can mark its promises fulfilled.</source>
        <translation>Solo el responsable de soporte del negocio o un jefe de equipo puede marcar sus compromisos como cumplidos.</translation>
    </message>
    <message>
        <source>You are not the support owner of this deal; only its owner or a lead can mark its promises fulfilled.</source>
        <translation>Usted no es el responsable de soporte de este negocio; solo su responsable o un jefe de equipo puede marcar sus compromisos como cumplidos.</translation>
    </message>
    <message>
        <source>Promises are fulfilled after support accepts the handoff; this one is %1.</source>
        <translation>Los compromisos se cumplen después de que soporte acepte el traspaso; el estado de este es «%1».</translation>
    </message>
    <message>
        <source>The promise was already fulfilled on %1.</source>
        <translation>El compromiso ya se cumplió el %1.</translation>
    </message>
    <message>
        <source>The promise was waived; there is nothing left to fulfil.</source>
        <translation>El compromiso se dispensó; no queda nada por cumplir.</translation>
    </message>
    <message>
        <source>Give the date the promise was fulfilled.</source>
        <translation>Indique la fecha en que se cumplió el compromiso.</translation>
    </message>
    <message>
        <source>The promise was not marked fulfilled.</source>
        <translation>El compromiso no se marcó como cumplido.</translation>
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
    <name>SnapshotService</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Referencia CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>Duración en meses</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Criterios de éxito</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Motivo de compra</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Riesgos conocidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Palabras del cliente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Viabilidad</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>No existe ningún negocio con el ID %1; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>A stored handoff snapshot cannot be read: %1</source>
        <translation>No se puede leer una instantánea del traspaso guardada: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>TableExporter</name>
    <message>
        <source>Could not write the %1 export: %2.</source>
        <translation>No se pudo escribir la exportación de %1: %2.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Only support or a team lead can work on fulfilment tasks.</source>
        <translation>Solo soporte o un jefe de equipo puede trabajar en las tareas de cumplimiento.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; is &quot;%2&quot;; its tasks can change only while it is accepted.</source>
        <translation>El traspaso de «%1» está en estado «%2»; sus tareas solo se pueden cambiar mientras está aceptado.</translation>
    </message>
    <message>
        <source>%1 cannot take fulfilment tasks: only active support reps and team leads can.</source>
        <translation>%1 no puede asumir tareas de cumplimiento: solo pueden hacerlo los agentes de soporte y los jefes de equipo activos.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <source>The promise the task is for does not belong to &quot;%1&quot;.</source>
        <translation>El compromiso al que corresponde la tarea no pertenece a «%1».</translation>
    </message>
    <message>
        <source>The task cannot be added.</source>
        <translation>No se puede añadir la tarea.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; cannot be reassigned.</source>
        <translation>No se puede reasignar la tarea «%1».</translation>
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
    <message>
        <source>The database may be damaged</source>
        <translation>Es posible que la base de datos esté dañada</translation>
    </message>
    <message>
        <source>Checking &apos;%1&apos; found a problem. Work on only if you must: make a copy now (&apos;handoff backup FILE&apos;), then go back to your most recent good backup.

%2</source>
        <translation>La comprobación de «%1» encontró un problema. Siga trabajando solo si es imprescindible: haga ahora una copia (&apos;handoff backup ARCHIVO&apos;) y después vuelva a su copia de seguridad correcta más reciente.

%2</translation>
    </message>
</context>
</TS>
