<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackupCommand</name>
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
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file. A database on a server is copied by pg_dump into an archive that pg_restore reads.</source>
        <translation>Escribe una copia coherente de la base de datos en un archivo nuevo, incluso mientras el espacio de trabajo la está usando. Nunca sobrescribe un archivo existente. Una base de datos en un servidor la copia pg_dump en un archivo que lee pg_restore.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Rows written in bulk cannot be read back.</source>
        <translation>Las filas escritas en bloque no se pueden volver a leer.</translation>
    </message>
    <message>
        <source>number the new rows of %1</source>
        <translation>numerar las filas nuevas de %1</translation>
    </message>
    <message>
        <source>Could not write a row of %1: there is no value %2 to bind.</source>
        <translation>No se pudo escribir una fila de %1: no hay ningún valor %2 que vincular.</translation>
    </message>
    <message>
        <source>write the new rows of %1</source>
        <translation>escribir las filas nuevas de %1</translation>
    </message>
    <message>
        <source>update the statistics of %1</source>
        <translation>actualizar las estadísticas de %1</translation>
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
    <message>
        <source>&apos;%1&apos; was not removed from the catalog.</source>
        <translation>No se eliminó «%1» del catálogo.</translation>
    </message>
    <message>
        <source>Promises name it: %1. Mark it unsupported instead of removing it.</source>
        <translation>Hay compromisos que la indican: %1. Márquela como no admitida en lugar de eliminarla.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
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
    <message>
        <source>The check&apos;s result could not be recorded in the database: %1</source>
        <translation>No se pudo guardar el resultado de la comprobación en la base de datos: %1</translation>
    </message>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version, the append-only audit log and the kept figures (built again when they differ from the rows). Exits with 0 only when every check passes.</source>
        <translation>Verifica la base de datos: integridad, claves foráneas, versión del esquema, el registro de auditoría de solo adición y las cifras mantenidas (que se reconstruyen cuando difieren de las filas). Termina con 0 solo cuando pasan todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Checking %1: check %2 of %3 (%4 s)</source>
        <translation>Comprobando %1: comprobación %2 de %3 (%4 s)</translation>
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
    <message>
        <source>The answer to &quot;%1&quot;</source>
        <translation>La respuesta a «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered by the deal&apos;s %2; change it there, not on the checklist.</source>
        <translation>«%1» se responde con %2 del acuerdo; cámbielo allí, no en la lista de comprobación.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist template has no item &quot;%1&quot;; it may have been removed.</source>
        <translation>La plantilla de la lista de comprobación no tiene ningún elemento «%1»; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>Only a team lead can change the checklist template.</source>
        <translation>Solo un jefe de equipo puede cambiar la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>%1&apos;s user account is inactive.</source>
        <translation>La cuenta de usuario de %1 está inactiva.</translation>
    </message>
    <message>
        <source>Put the item in a section.</source>
        <translation>Coloque el elemento en una sección.</translation>
    </message>
    <message>
        <source>Give the item a label.</source>
        <translation>Asigne una etiqueta al elemento.</translation>
    </message>
    <message>
        <source>Choose what kind of answer the item takes: a check, text, a date, a choice or a contact.</source>
        <translation>Elija qué tipo de respuesta admite el elemento: una casilla, un texto, una fecha, una selección o un contacto.</translation>
    </message>
    <message>
        <source>Give a choice item at least two choices, one per line. Choices given: %1.</source>
        <translation>Indique al menos dos opciones para un elemento de selección, una por línea. Opciones indicadas: %1.</translation>
    </message>
    <message>
        <source>Each choice must be different: &quot;%1&quot; is given more than once.</source>
        <translation>Cada opción debe ser distinta: «%1» aparece más de una vez.</translation>
    </message>
    <message>
        <source>A key is made of lowercase letters and digits joined by single underscores; &quot;%1&quot; is not.</source>
        <translation>Una clave se compone de letras minúsculas y dígitos unidos por guiones bajos simples; «%1» no cumple esta regla.</translation>
    </message>
    <message>
        <source>Another item already has the key &quot;%1&quot;.</source>
        <translation>Otro elemento ya tiene la clave «%1».</translation>
    </message>
    <message>
        <source>An item&apos;s key never changes: deals&apos; answers and imports refer to &quot;%1&quot;.</source>
        <translation>La clave de un elemento nunca cambia: las respuestas de los negocios y las importaciones hacen referencia a «%1».</translation>
    </message>
    <message>
        <source>Deals have answered it as %1, so its kind can no longer change. Answered on deals: %2.</source>
        <translation>Hay negocios que lo han respondido como «%1», por lo que su tipo ya no se puede cambiar. Respondido en los negocios: %2.</translation>
    </message>
    <message>
        <source>The item was not added to the checklist template.</source>
        <translation>No se añadió el elemento a la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved.</source>
        <translation>No se guardó «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed from the checklist template.</source>
        <translation>No se quitó «%1» de la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. Make it optional instead of removing it.</source>
        <translation>Respondido en los negocios: %1. Hágalo opcional en lugar de quitarlo.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. It is optional already, so it holds no deal up; keep it for their answers.</source>
        <translation>Respondido en los negocios: %1. Ya es opcional, así que no retiene ningún negocio; consérvelo por sus respuestas.</translation>
    </message>
    <message>
        <source>An item is put back under the key it had; this one has none.</source>
        <translation>Un elemento se restaura con la clave que tenía; este no tiene ninguna.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not put back into the checklist template.</source>
        <translation>No se restauró «%1» en la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>The item was not moved.</source>
        <translation>No se movió el elemento.</translation>
    </message>
    <message>
        <source>The checklist template has no item with id %1; it may have been removed.</source>
        <translation>La plantilla de la lista de comprobación no tiene ningún elemento con el ID %1; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not moved.</source>
        <translation>No se movió «%1».</translation>
    </message>
    <message>
        <source>It is already the first item of &quot;%1&quot;.</source>
        <translation>Ya es el primer elemento de «%1».</translation>
    </message>
    <message>
        <source>It is already the last item of &quot;%1&quot;.</source>
        <translation>Ya es el último elemento de «%1».</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Pruebe &apos;%1 --help&apos;.</translation>
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
    <message>
        <source>&apos;%1&apos; is not a date for --%2; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha válida para --%2; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>El período empieza el %1, después de su último día, el %2.</translation>
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
        <source>The database: a file, or a team server&apos;s postgresql://[user@]host[:port]/name (default: %1).</source>
        <translation>La base de datos: un archivo o la dirección postgresql://[usuario@]host[:puerto]/nombre de un servidor de equipo (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The database is busy: waiting for another program to finish its change…</source>
        <translation>La base de datos está ocupada: esperando a que otro programa termine su cambio…</translation>
    </message>
    <message>
        <source>Start a team&apos;s database with &apos;%1 init --name NAME --email EMAIL&apos;.</source>
        <translation>Cree la base de datos de un equipo con «%1 init --name NOMBRE --email CORREO».</translation>
    </message>
    <message>
        <source>&apos;%1 user list&apos; shows the team&apos;s people; a team lead adds one with &apos;%1 user add&apos;.</source>
        <translation>«%1 user list» muestra las personas del equipo; un responsable del equipo añade una con «%1 user add».</translation>
    </message>
    <message>
        <source>%1 needs an action: %2.</source>
        <translation>%1 necesita una acción: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of %2. Actions: %3.</source>
        <translation>«%1» no es una acción de %2. Acciones: %3.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2 %3&apos;.</source>
        <translation>--%1 no se aplica a «%2 %3».</translation>
    </message>
    <message>
        <source>at most this many %1.</source>
        <translation>como máximo esta cantidad de %1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only the %1 after this id (the last id of the previous part).</source>
        <translation>solo %1 con un id mayor que este (el último id de la parte anterior).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for --%2: write a whole number of %3 or more.</source>
        <translation>«%1» no es un número para --%2: escriba un número entero de %3 o más.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an action of a command, what an option does for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; from schema version %2 to %3. On a large database this takes minutes…</source>
        <translation>Actualizando «%1» de la versión de esquema %2 a la %3. En una base de datos grande tarda unos minutos…</translation>
    </message>
    <message>
        <source>%1&apos;s login on the server is &apos;%2&apos;. It has no password yet: the server&apos;s administrator gives it one (in psql: \password %2) or lets it in by peer or certificate login (pg_hba.conf). %1 then changes it with \password in psql and opens the team&apos;s database with --database %3.</source>
        <translation>El usuario de %1 en el servidor es «%2». Aún no tiene contraseña: la administración del servidor le da una (en psql: \password %2) o le permite entrar por peer o por certificado (pg_hba.conf). Después, %1 la cambia con \password en psql y abre la base de datos del equipo con --database %3.</translation>
    </message>
    <message>
        <source>You are connected to the team&apos;s server as %1 &lt;%2&gt;, so you act as yourself: --as cannot name someone else.</source>
        <translation>Está conectado al servidor del equipo como %1 &lt;%2&gt;, así que actúa en su propio nombre: --as no puede nombrar a otra persona.</translation>
    </message>
    <message>
        <source>Name the person who acts with --as EMAIL: on this database your login is no person of the team.</source>
        <translation>Indique con --as CORREO quién actúa: en esta base de datos su usuario no es una persona del equipo.</translation>
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
    <message>
        <source>The comment</source>
        <translation>El comentario</translation>
    </message>
    <message>
        <source>The comment was not added.</source>
        <translation>No se añadió el comentario.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>The person is no longer on the deal as %1; someone else changed the contacts.</source>
        <translation>La persona ya no figura en el negocio como %1; otra persona cambió los contactos.</translation>
    </message>
    <message>
        <source>The deal no longer has a %1 channel; someone else changed the channels.</source>
        <translation>El negocio ya no tiene un canal %1; otra persona cambió los canales.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you opened it.</source>
        <translation>%1 se modificó en otro lugar después de que usted lo abriera.</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Añadir contacto «%1»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Editar contacto «%1»</translation>
    </message>
    <message>
        <source>Remove “%1” from the deal</source>
        <translation>Quitar a «%1» del negocio</translation>
    </message>
    <message>
        <source>The %1 channel</source>
        <translation>El canal %1</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Añadir canal %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Editar canal %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Eliminar canal %1</translation>
    </message>
    <message>
        <source>Make %1 the preferred channel</source>
        <translation>Establecer el canal %1 como preferido</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Introduzca el nombre de la persona.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico; escríbala como nombre@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them, and &quot;ext&quot; before an extension.</source>
        <translation>«%1» no es un número de teléfono; use de %2 a %3 dígitos con + ( ) - . / o espacios entre ellos, y «ext» antes de una extensión.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use a name such as Europe/Berlin or America/New_York.</source>
        <translation>«%1» no es una zona horaria conocida; use un nombre como Europe/Berlin o America/New_York.</translation>
    </message>
    <message>
        <source>Support changes a deal&apos;s contacts and channels only as the deal&apos;s owner, once it has accepted the handoff.</source>
        <translation>Soporte solo cambia los contactos y canales de un negocio como responsable del negocio, una vez aceptado el traspaso.</translation>
    </message>
    <message>
        <source>%1 was not added to the deal.</source>
        <translation>%1 no se añadió al negocio.</translation>
    </message>
    <message>
        <source>%1 is already the deal&apos;s %2.</source>
        <translation>%1 ya figura como %2 en el negocio.</translation>
    </message>
    <message>
        <source>The contact was not added.</source>
        <translation>No se añadió el contacto.</translation>
    </message>
    <message>
        <source>%1 works for another customer than the one of &quot;%2&quot;.</source>
        <translation>%1 trabaja para un cliente distinto del de «%2».</translation>
    </message>
    <message>
        <source>The contact was not changed.</source>
        <translation>No se modificó el contacto.</translation>
    </message>
    <message>
        <source>%1 is not on the deal &quot;%2&quot;.</source>
        <translation>%1 no figura en el negocio «%2».</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>No se modificó el rol.</translation>
    </message>
    <message>
        <source>The contact was not removed from the deal.</source>
        <translation>No se quitó el contacto del negocio.</translation>
    </message>
    <message>
        <source>%1 is the answer to the checklist item &quot;%2&quot;; choose someone else there first.</source>
        <translation>%1 es la respuesta al elemento «%2» de la lista de comprobación; primero elija allí a otra persona.</translation>
    </message>
    <message>
        <source>Enter where the customer is reached by %1: a number, an address or a link.</source>
        <translation>Indique cómo se contacta con el cliente por %1: un número, una dirección o un enlace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as support@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico; escríbala como support@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them.</source>
        <translation>«%1» no es un número de teléfono; use de %2 a %3 dígitos con + ( ) - . / o espacios entre ellos.</translation>
    </message>
    <message>
        <source>The channel was not added.</source>
        <translation>No se añadió el canal.</translation>
    </message>
    <message>
        <source>The deal already has a %1 channel (%2); change that one instead.</source>
        <translation>El negocio ya tiene un canal %1 (%2); modifique ese canal en su lugar.</translation>
    </message>
    <message>
        <source>The channel was not changed.</source>
        <translation>No se modificó el canal.</translation>
    </message>
    <message>
        <source>The channel was not removed.</source>
        <translation>No se eliminó el canal.</translation>
    </message>
    <message>
        <source>The preferred channel was not changed.</source>
        <translation>No se cambió el canal preferido.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>El cargo</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
</context>
<context>
    <name>CsatCommand</name>
    <message>
        <source>Records the customer&apos;s satisfaction (1 to 5) with a fulfilled deal: DEAL_ID SCORE --as EMAIL [--note TEXT] [--date DATE]. A new score replaces the deal&apos;s earlier one, which stays in its history.</source>
        <translation>Registra la satisfacción del cliente (de 1 a 5) con un negocio completado: ID_NEGOCIO PUNTUACIÓN --as CORREO [--note TEXTO] [--date FECHA]. Una nueva puntuación sustituye a la anterior del negocio, que se conserva en su historial.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>El ID del negocio.</translation>
    </message>
    <message>
        <source>DEAL_ID</source>
        <translation>ID_NEGOCIO</translation>
    </message>
    <message>
        <source>The score, a whole number from 1 to 5.</source>
        <translation>La puntuación, un número entero del 1 al 5.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTUACIÓN</translation>
    </message>
    <message>
        <source>The email of the user who records it: the deal&apos;s support owner or a lead.</source>
        <translation>El correo electrónico del usuario que la registra: el responsable de soporte del negocio o un jefe de equipo.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>Lo que dijo el cliente.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The day the customer gave the score, YYYY-MM-DD (default: today).</source>
        <translation>El día en que el cliente dio la puntuación, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>csat needs a deal id and a score.</source>
        <translation>csat necesita un ID de negocio y una puntuación.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>«%1» no es un ID de negocio: los ID son números enteros mayores que 0.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score: give a whole number from %2 to %3.</source>
        <translation>«%1» no es una puntuación: indique un número entero del %2 al %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha válida para --date; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>csat needs --as EMAIL: the user who records the score.</source>
        <translation>csat necesita --as CORREO: el usuario que registra la puntuación.</translation>
    </message>
    <message>
        <source>Deal %1: customer satisfaction %2 of %3, given on %4.</source>
        <translation>Negocio %1: satisfacción del cliente %2 de %3, dada el %4.</translation>
    </message>
</context>
<context>
    <name>CsatService</name>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can record the customer&apos;s satisfaction with &quot;%1&quot;.</source>
        <translation>Solo el responsable de soporte del negocio o un jefe de equipo puede registrar la satisfacción del cliente con «%1».</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; customer satisfaction is recorded once it is fulfilled.</source>
        <translation>El traspaso está en estado «%1»; la satisfacción del cliente se registra una vez completado.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with &quot;%1&quot; was not recorded.</source>
        <translation>No se registró la satisfacción del cliente con «%1».</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from %1 to %2; %3 is not one.</source>
        <translation>Una puntuación de satisfacción es un número entero del %1 al %2; %3 no lo es.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is in the future.</source>
        <translation>La fecha de la puntuación, %1, está en el futuro.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is before the deal closed on %2.</source>
        <translation>La fecha de la puntuación, %1, es anterior al cierre del negocio el %2.</translation>
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
    <message>
        <source>Handoff cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Handoff no puede conectar con servidores PostgreSQL: el controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the server &apos;%1&apos;: %2</source>
        <translation>No se pudo conectar con el servidor «%1»: %2</translation>
    </message>
    <message>
        <source>set up the connection</source>
        <translation>configurar la conexión</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server belongs to another application: it has tables, but not Handoff&apos;s.</source>
        <translation>La base de datos «%1» del servidor pertenece a otra aplicación: contiene tablas, pero no las de Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is empty, not a Handoff database.</source>
        <translation>La base de datos «%1» del servidor está vacía y no es una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is not a Handoff database.</source>
        <translation>La base de datos «%1» del servidor no es una base de datos de Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server was written by a newer version of Handoff (schema %2; this version reads up to %3). Update Handoff to open it.</source>
        <translation>La base de datos «%1» del servidor fue escrita por una versión más reciente de Handoff (esquema %2; esta versión lee hasta el esquema %3). Actualice Handoff para abrirla.</translation>
    </message>
    <message>
        <source>The change was not saved: one of its steps failed on the server, so all of it was taken back.</source>
        <translation>El cambio no se guardó: uno de sus pasos falló en el servidor, así que se deshizo por completo.</translation>
    </message>
    <message>
        <source>cannot be created: its write-ahead log was not written back.</source>
        <translation>no se puede crear: su registro de escritura anticipada no se volcó al archivo.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; was found damaged by the check of %2. Restore it from a backup; &apos;handoff check&apos; lists the damage, and opens the file again once a check finds none.</source>
        <translation>La comprobación del %2 encontró dañado el archivo «%1». Restáurelo desde una copia de seguridad; «handoff check» enumera los daños y vuelve a abrir el archivo en cuanto una comprobación no encuentra ninguno.</translation>
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
    <message>
        <source>is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>está dañado. Restáurelo desde una copia de seguridad; «handoff check» enumera los daños.</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), as if it was cut off. Restore it from a backup.</source>
        <translation>está dañado: es más corto de lo que indica su cabecera (%1 de %2 bytes), como si se hubiera cortado. Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Set to the earliest date to clear it</source>
        <translation>Elija la fecha más antigua para borrarla</translation>
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
    <message>
        <source>deals</source>
        <translation>negocios</translation>
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
    <message>
        <source>No column gives the deals&apos; names: each deal is named after its account and products, such as &quot;%1&quot;.</source>
        <translation>Ninguna columna da el nombre de los negocios: cada negocio se nombra por su cuenta y sus productos, como «%1».</translation>
    </message>
    <message>
        <source>Contact cells are read as lists of people such as &quot;Jane Doe (jane@acme.com); Bo Li (bo@acme.com)&quot;: the first person of each is imported, the email in brackets apart from the name.</source>
        <translation>Las celdas de contacto se leen como listas de personas, como «Jane Doe (jane@acme.com); Bo Li (bo@acme.com)»: se importa la primera persona de cada una, con el correo entre paréntesis separado del nombre.</translation>
    </message>
    <message>
        <source>Rows whose contact cell named more than one person: %1; the first person of each was imported.</source>
        <translation>Filas cuya celda de contacto nombraba a más de una persona: %1; se importó la primera persona de cada una.</translation>
    </message>
    <message>
        <source>the row holds %1 characters that are not UTF-8; save the file as UTF-8, or choose the encoding it was saved in (windows-1252 or latin-1)</source>
        <translation>la fila contiene %1 caracteres que no son UTF-8; guarde el archivo como UTF-8 o elija la codificación con la que se guardó (windows-1252 o latin-1)</translation>
    </message>
</context>
<context>
    <name>DealListScope</name>
    <message>
        <source>My handoffs</source>
        <translation>Mis traspasos</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Todos los negocios</translation>
    </message>
    <message>
        <source>Your deals whose handoff is not fulfilled or cancelled yet.</source>
        <translation>Sus negocios cuyo traspaso aún no está completado ni cancelado.</translation>
    </message>
    <message>
        <source>The accepted deals you own as support.</source>
        <translation>Los negocios aceptados de los que es responsable en soporte.</translation>
    </message>
    <message>
        <source>Every handoff that is not fulfilled or cancelled yet.</source>
        <translation>Todos los traspasos que aún no están completados ni cancelados.</translation>
    </message>
    <message>
        <source>Submitted handoffs waiting for review, the longest waiting first.</source>
        <translation>Traspasos enviados pendientes de revisión, primero los que llevan más tiempo esperando.</translation>
    </message>
    <message>
        <source>Your accepted deals, whose promises are being fulfilled.</source>
        <translation>Sus negocios aceptados, cuyos compromisos se están cumpliendo.</translation>
    </message>
    <message>
        <source>Accepted deals, whose promises are being fulfilled.</source>
        <translation>Negocios aceptados, cuyos compromisos se están cumpliendo.</translation>
    </message>
    <message>
        <source>Every deal, the most recently closed first.</source>
        <translation>Todos los negocios, primero los cerrados más recientemente.</translation>
    </message>
</context>
<context>
    <name>DealReport</name>
    <message>
        <source>Handoff report</source>
        <translation>Informe de traspaso</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable de soporte</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Referencia CRM</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>No contacts are recorded for this deal.</source>
        <translation>No hay contactos registrados para este negocio.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
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
        <source>Why they bought and how they judge success</source>
        <translation>Motivo de compra y criterios de éxito</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Motivo de compra</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Criterios de éxito</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Riesgos conocidos</translation>
    </message>
    <message>
        <source>Not written down.</source>
        <translation>No consta.</translation>
    </message>
    <message>
        <source>Handoff report: %1 — %2</source>
        <translation>Informe de traspaso: %1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Handoff checklist</source>
        <translation>Lista de comprobación del traspaso</translation>
    </message>
    <message>
        <source>Required items answered: %1 of %2.</source>
        <translation>Elementos obligatorios respondidos: %1 de %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Sin respuesta: %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Sin respuesta (obligatorio)</translation>
    </message>
    <message>
        <source>Promises made to the customer (%1)</source>
        <translation>Compromisos adquiridos con el cliente (%1)</translation>
    </message>
    <message>
        <source>No promises are recorded for this deal.</source>
        <translation>No hay compromisos registrados para este negocio.</translation>
    </message>
    <message>
        <source>%1 blocked by the capability catalog, %2 that support cannot fulfil, %3 still open.</source>
        <translation>%1 bloqueados por el catálogo de capacidades, %2 que soporte no puede cumplir, %3 aún abiertos.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
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
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Customer&apos;s words: “%1”</source>
        <translation>Palabras del cliente: «%1»</translation>
    </message>
    <message>
        <source>Fulfilment plan</source>
        <translation>Plan de cumplimiento</translation>
    </message>
    <message>
        <source>No fulfilment tasks yet: support plans them when it accepts the handoff.</source>
        <translation>Todavía no hay tareas de cumplimiento: soporte las planifica al aceptar el traspaso.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Para el compromiso</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Handoff history</source>
        <translation>Historial del traspaso</translation>
    </message>
    <message>
        <source>The handoff has not been submitted yet.</source>
        <translation>El traspaso aún no se ha enviado.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>By signing, sales confirms that every promise made to the customer is listed above, and support confirms that it has reviewed them and takes the account.</source>
        <translation>Con su firma, ventas confirma que todos los compromisos adquiridos con el cliente figuran arriba, y soporte confirma que los ha revisado y asume la cuenta.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Prefiere %1</translation>
    </message>
    <message>
        <source>See the deal&apos;s %1 above</source>
        <translation>Véase %1 del acuerdo más arriba</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Introduzca un título para el negocio.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation>La moneda debe ser un código ISO de tres letras, como USD o EUR.</translation>
    </message>
    <message>
        <source>Enter the date the deal was closed-won.</source>
        <translation>Introduzca la fecha en que se ganó el negocio.</translation>
    </message>
    <message>
        <source>The contract start is more than a year before the deal was closed.</source>
        <translation>El inicio del contrato es más de un año anterior al cierre del negocio.</translation>
    </message>
    <message>
        <source>The term must be between 1 and %1 months.</source>
        <translation>La duración debe estar entre 1 y %1 meses.</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
    <message>
        <source>A %1 handoff is closed; its deal no longer changes.</source>
        <translation>Un traspaso en estado «%1» está cerrado; su negocio ya no cambia.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead may edit the deal.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede modificar el negocio.</translation>
    </message>
    <message>
        <source>The handoff is %1: the sales rep edits it only while it is a draft or returned.</source>
        <translation>El traspaso está en estado «%1»: el comercial solo puede modificarlo mientras es un borrador o ha sido devuelto.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s account name.</source>
        <translation>Introduzca el nombre de la cuenta del cliente.</translation>
    </message>
    <message>
        <source>Choose the sales rep who closed the deal.</source>
        <translation>Elija el comercial que cerró el negocio.</translation>
    </message>
    <message>
        <source>Another deal (“%1”) already has the CRM reference %2.</source>
        <translation>Otro negocio («%1») ya tiene la referencia CRM %2.</translation>
    </message>
    <message>
        <source>Only sales reps and leads create deals.</source>
        <translation>Solo los comerciales y los jefes de equipo crean negocios.</translation>
    </message>
    <message>
        <source>The deal was not created.</source>
        <translation>No se creó el negocio.</translation>
    </message>
    <message>
        <source>The deal was not changed.</source>
        <translation>No se modificó el negocio.</translation>
    </message>
    <message>
        <source>No deal has the id or CRM reference &apos;%1&apos;.</source>
        <translation>Ningún negocio tiene el ID o la referencia CRM «%1».</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>The CRM reference</source>
        <translation>La referencia CRM</translation>
    </message>
    <message>
        <source>The products or plan</source>
        <translation>Los productos o el plan</translation>
    </message>
    <message>
        <source>The reason they bought</source>
        <translation>El motivo de la compra</translation>
    </message>
    <message>
        <source>The success criteria</source>
        <translation>Los criterios de éxito</translation>
    </message>
    <message>
        <source>The known risks</source>
        <translation>Los riesgos conocidos</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>El nombre de la cuenta</translation>
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
    <message>
        <source>rows</source>
        <translation>filas</translation>
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
    <message>
        <source>&apos;%1&apos; is not offered</source>
        <translation>la capacidad «%1» no se ofrece</translation>
    </message>
</context>
<context>
    <name>FigureChoices</name>
    <message>
        <source>Handoffs returned at least once</source>
        <translation>Traspasos devueltos al menos una vez</translation>
    </message>
    <message>
        <source>All handoffs submitted</source>
        <translation>Todos los traspasos enviados</translation>
    </message>
    <message>
        <source>Returned for: %1 (returns: %L2)</source>
        <translation>Devuelto por: %1 (devoluciones: %L2)</translation>
    </message>
    <message>
        <source>Deals scored in the period</source>
        <translation>Negocios puntuados en el período</translation>
    </message>
    <message>
        <source>Deals counted (the numerator)</source>
        <translation>Negocios contados (el numerador)</translation>
    </message>
    <message>
        <source>All deals the rate is taken over (the denominator)</source>
        <translation>Todos los negocios sobre los que se calcula la tasa (el denominador)</translation>
    </message>
    <message>
        <source>Deals counted</source>
        <translation>Negocios contados</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 % (%2/%3)</source>
        <translation>%1 % (%2/%3)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week&apos;s first day on a chart axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month on a chart axis</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a calendar quarter on a chart axis: its number (1 to 4) and year</comment>
        <translation>T%1 %2</translation>
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
    <message>
        <source>Upgrading the database from schema version %1 to %2. On a large database this takes minutes…</source>
        <translation>Actualizando la base de datos de la versión de esquema %1 a la %2. En una base de datos grande tarda unos minutos…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: ask a team lead to restore your access.</source>
        <translation>%1 &lt;%2&gt; está desactivado: pida a una jefa o un jefe de equipo que restablezca su acceso.</translation>
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
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s %3, and the deal has none yet.</source>
        <translation>El punto obligatorio «%1» (%2) se responde con %3 del acuerdo, y el acuerdo aún no tiene ninguno.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s field &quot;%3&quot;, which is empty.</source>
        <translation>El punto obligatorio «%1» (%2) se responde con el campo «%3» del acuerdo, que está vacío.</translation>
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
    <message>
        <source>The note</source>
        <translation>La nota</translation>
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
    <message>
        <source>a contact</source>
        <translation>un contacto</translation>
    </message>
    <message>
        <source>%1 made %2 the %3 instead of the %4</source>
        <translation>%1 asignó a %2 el rol «%3» en lugar de «%4»</translation>
    </message>
    <message>
        <source>%1 changed how %2 is on the deal</source>
        <translation>%1 cambió el rol de %2 en el negocio</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>un canal</translation>
    </message>
    <message>
        <source>%1 made %2 the preferred support channel</source>
        <translation>%1 estableció %2 como canal de soporte preferido</translation>
    </message>
    <message>
        <source>%1 no longer prefers the support channel %2</source>
        <translation>%1 desmarcó el canal de soporte %2 como preferido</translation>
    </message>
    <message>
        <source>%1 changed the address of the support channel %2 from %3 to %4</source>
        <translation>%1 cambió la dirección del canal de soporte %2 de %3 a %4</translation>
    </message>
    <message>
        <source>%1 turned the support channel %2 into %3</source>
        <translation>%1 convirtió el canal de soporte %2 en %3</translation>
    </message>
    <message>
        <source>%1 changed the support channel %2</source>
        <translation>%1 cambió el canal de soporte %2</translation>
    </message>
    <message>
        <source>%1 renamed the contact %2 to %3</source>
        <translation>%1 cambió el nombre del contacto %2 a %3</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>canal preferido</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>%1 changed the contact %2</source>
        <translation>%1 cambió el contacto %2</translation>
    </message>
    <message>
        <source>%1 set the %2 of %3 to %4</source>
        <translation>%1 estableció el campo «%2» de %3 en %4</translation>
    </message>
    <message>
        <source>%1 cleared the %2 of %3 (was %4)</source>
        <translation>%1 vació el campo «%2» de %3 (antes: %4)</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 from %4 to %5</source>
        <translation>%1 cambió el campo «%2» de %3 de %4 a %5</translation>
    </message>
    <message>
        <source>%1 recorded the customer&apos;s satisfaction: %2 of 5</source>
        <translation>%1 registró la satisfacción del cliente: %2 de 5</translation>
    </message>
    <message>
        <source>%1 changed the customer&apos;s satisfaction to %2 of 5 (it was %3)</source>
        <translation>%1 cambió la satisfacción del cliente a %2 de 5 (antes %3)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
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
    <message>
        <source>Imports the closed-won deals of a CRM export (CSV) as drafts ready for handoff. Accounts, sales reps and contacts are matched by name or email, or created; deals imported before are updated by their CRM reference. All or nothing: if any row is rejected, nothing is imported and every rejected row is listed.</source>
        <translation>Importa los negocios ganados de una exportación de CRM (CSV) como borradores listos para el traspaso. Las cuentas, los comerciales y los contactos se asocian por nombre o correo electrónico, o se crean; los negocios importados anteriormente se actualizan según su referencia CRM. Todo o nada: si se rechaza alguna fila, no se importa nada y se enumeran todas las filas rechazadas.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que se va a importar.</translation>
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
    <message>
        <source>Handoff deal id</source>
        <translation>id de negocio de Handoff</translation>
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
    <message>
        <source>the %1 &apos;%2&apos; is not one Handoff wrote (a UUID such as %3)</source>
        <translation>el campo «%1» contiene «%2», que no es un id escrito por Handoff (un UUID como %3)</translation>
    </message>
    <message>
        <source>the %1 (column %2) contains an invisible control character, %3, at position %4</source>
        <translation>el campo «%1» (columna %2) contiene un carácter de control invisible, %3, en la posición %4</translation>
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
    <name>Inbox</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is overdue.</source>
        <translation>La tarea «%1» está vencida.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is overdue.</source>
        <translation>El compromiso «%1» está vencido.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is due.</source>
        <translation>La tarea «%1» vence pronto.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is due.</source>
        <translation>El compromiso «%1» vence pronto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
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
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Compromiso por vencer</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tarea por vencer</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mención</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a new database for a team, with its first person as team lead: --name NAME --email EMAIL. The lead then adds the others with &apos;user add&apos;.</source>
        <translation>Crea una base de datos nueva para un equipo, con su primera persona como responsable: --name NOMBRE --email CORREO. El responsable añade después a los demás con «user add».</translation>
    </message>
    <message>
        <source>The name of the team&apos;s first lead, who will add the others.</source>
        <translation>El nombre del primer responsable del equipo, que añadirá a los demás.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The lead&apos;s email address, which commands take with --as.</source>
        <translation>El correo del responsable, que los comandos reciben con --as.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>init takes no argument; name the database with --database FILE.</source>
        <translation>init no admite argumentos; indique la base de datos con --database ARCHIVO.</translation>
    </message>
    <message>
        <source>init needs --name NAME and --email EMAIL: the team&apos;s first lead.</source>
        <translation>init necesita --name NOMBRE y --email CORREO: el primer responsable del equipo.</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 no se creó: %2</translation>
    </message>
    <message>
        <source>Started %1 with %2 &lt;%3&gt; as team lead.</source>
        <translation>%1 creada, con %2 &lt;%3&gt; como responsable del equipo.</translation>
    </message>
    <message>
        <source>Next: add people with &apos;%1 user add --name NAME --email EMAIL --role ROLE --as %2&apos;, or import a CRM export with &apos;%1 import FILE.csv --preset NAME --as %2&apos;.</source>
        <translation>Siguiente paso: añada personas con «%1 user add --name NOMBRE --email CORREO --role ROL --as %2» o importe una exportación del CRM con «%1 import ARCHIVO.csv --preset NOMBRE --as %2».</translation>
    </message>
    <message>
        <source>On a server: the lead&apos;s own login (default: their email&apos;s part before &apos;@&apos;). The login that runs init administers the team&apos;s database.</source>
        <translation>En un servidor: el usuario propio de la jefatura de equipo (por defecto, la parte del correo antes de «@»). El usuario que ejecuta init administra la base de datos del equipo.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>--login is for a team&apos;s server: a file has no logins, whoever sits at it picks their profile.</source>
        <translation>--login es para el servidor de un equipo: un archivo no tiene usuarios; quien trabaja en él elige su perfil.</translation>
    </message>
    <message>
        <source>The team works in team mode: each person connects with a login of their own, and the server holds each login to its role.</source>
        <translation>El equipo trabaja en modo equipo: cada persona se conecta con su propio usuario y el servidor limita cada usuario a su rol.</translation>
    </message>
    <message>
        <source>Next: %1 adds people with &apos;%2 user add --name NAME --email EMAIL --role ROLE&apos;, connected as themselves.</source>
        <translation>Siguiente paso: %1 añade personas con «%2 user add --name NOMBRE --email CORREO --role ROL», conectado con su propio usuario.</translation>
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
    <message>
        <source>The index %1 of %2 is not valid: rebuild it with REINDEX.</source>
        <translation>El índice %1 de %2 no es válido: reconstrúyalo con REINDEX.</translation>
    </message>
    <message>
        <source>The constraint %1 of %2 was never checked against the rows already there (NOT VALID): validate it with ALTER TABLE … VALIDATE CONSTRAINT.</source>
        <translation>La restricción %1 de %2 nunca se comprobó con las filas que ya existían (NOT VALID): valídela con ALTER TABLE … VALIDATE CONSTRAINT.</translation>
    </message>
    <message>
        <source>The trigger %1 is disabled: audit entries can be changed without a trace.</source>
        <translation>El trigger %1 está desactivado: las entradas de auditoría se pueden modificar sin dejar rastro.</translation>
    </message>
    <message>
        <source>The function %1 behind the audit triggers is missing or was altered: it no longer refuses every change to an audit entry.</source>
        <translation>Falta la función %1 de los triggers de auditoría o se ha modificado: ya no rechaza todos los cambios de una entrada de auditoría.</translation>
    </message>
    <message>
        <source>Kept figures</source>
        <translation>Cifras mantenidas</translation>
    </message>
    <message>
        <source>They were built again from the rows.</source>
        <translation>Se reconstruyeron a partir de las filas.</translation>
    </message>
    <message>
        <source>They were not up to date for this time zone; they were built again from the rows.</source>
        <translation>No estaban al día para esta zona horaria; se reconstruyeron a partir de las filas.</translation>
    </message>
    <message>
        <source>Team mode protection</source>
        <translation>Protección del modo equipo</translation>
    </message>
    <message>
        <source>This build of Handoff lacks the list of team mode&apos;s triggers.</source>
        <translation>A esta compilación de Handoff le falta la lista de disparadores del modo equipo.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is missing: the server no longer holds each login to its role.</source>
        <translation>Falta el disparador %1 de %2: el servidor ya no limita cada usuario a su rol.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is disabled: the server no longer holds each login to its role.</source>
        <translation>El disparador %1 de %2 está desactivado: el servidor ya no limita cada usuario a su rol.</translation>
    </message>
    <message>
        <source>The function %1 of team mode is missing or was altered: the server may no longer hold each login to its role.</source>
        <translation>La función %1 del modo equipo falta o fue modificada: puede que el servidor ya no limite cada usuario a su rol.</translation>
    </message>
</context>
<context>
    <name>KeptFigures</name>
    <message numerus="yes">
        <source>%n kept figure part(s) differ from what the deals&apos; rows give now.</source>
        <translation>
            <numerusform>%n parte de las cifras mantenidas difiere de lo que dan ahora las filas de los negocios.</numerusform>
            <numerusform>%n partes de las cifras mantenidas difieren de lo que dan ahora las filas de los negocios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept daily sum(s) differ from the sum of their parts.</source>
        <translation>
            <numerusform>%n suma diaria mantenida difiere de la suma de sus partes.</numerusform>
            <numerusform>%n sumas diarias mantenidas difieren de la suma de sus partes.</numerusform>
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
    <message>
        <source>None</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Productos o plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Contract start</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Inicio del contrato</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Puesta en marcha prevista</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Por qué compraron</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Criterios de éxito</translation>
    </message>
    <message>
        <source>Known risks</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Riesgos conocidos</translation>
    </message>
    <message>
        <source>Support channels</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Canales de soporte</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Canal preferido</translation>
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
    <message>
        <source>Print how long each key press, click and wheel turn keeps the workstation busy, and a summary when it closes.</source>
        <translation>Muestra cuánto tiempo ocupa al espacio de trabajo cada pulsación de tecla, clic y giro de la rueda, y un resumen al cerrarlo.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificado en otro lugar</translation>
    </message>
    <message>
        <source>Someone else saved a change to %1 after you opened it (in another window or another Handoff).</source>
        <translation>Otra persona guardó un cambio en %1 después de que usted lo abriera (en otra ventana o en otra instancia de Handoff).</translation>
    </message>
    <message>
        <source>Reload to see their version and drop your edit, or overwrite their change with yours.</source>
        <translation>Vuelva a cargar para ver la versión de la otra persona y descartar su modificación, o sobrescriba el cambio de la otra persona con el suyo.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Volver a cargar</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>The last change: %1</source>
        <translation>El último cambio: %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>%1 (median of %2)</source>
        <translation>%1 (mediana de %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Handoff metrics from %1 to %2, as of %3.</source>
        <translation>Métricas de traspaso del %1 al %2, a fecha de %3.</translation>
    </message>
    <message>
        <source>Submit target in business days: %1. Handoffs by state, unsubmitted and overdue work and deals at risk are counted as of today, whatever the period.</source>
        <translation>Plazo de envío en días hábiles: %1. Los traspasos por estado, el trabajo sin enviar o con retraso y los negocios en riesgo se cuentan a fecha de hoy, sea cual sea el período.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Team (the chosen rep&apos;s deals)</source>
        <translation>Equipo (los negocios del miembro elegido)</translation>
    </message>
    <message>
        <source>Sales rep: %1 &lt;%2&gt;</source>
        <translation>Comercial: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Support rep: %1 &lt;%2&gt;</source>
        <translation>Agente de soporte: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Trend by week</source>
        <translation>Tendencia por semana</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Tendencia por mes</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>El primer día del período, AAAA-MM-DD (predeterminado: el día 1 de este mes).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>El último día del período, AAAA-MM-DD (predeterminado: el último día de este mes).</translation>
    </message>
    <message>
        <source>Only this team member&apos;s figures, and the team&apos;s over their deals.</source>
        <translation>Solo las cifras de este miembro del equipo, y las del equipo sobre sus negocios.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>INTERVALO</translation>
    </message>
    <message>
        <source>Print JSON (snake_case keys; every rate as numerator, denominator and value, null without data) instead of text.</source>
        <translation>Mostrar JSON (claves en snake_case; cada tasa como numerador, denominador y valor, null si no hay datos) en lugar de texto.</translation>
    </message>
    <message>
        <source>metrics takes no arguments, only options; see --help.</source>
        <translation>metrics no admite argumentos, solo opciones; consulte --help.</translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation>Tendencia por trimestre</translation>
    </message>
    <message>
        <source>Prints the handoff quality figures of a period (this month unless --from and --to say otherwise) for the team, each sales rep and each support rep, with a trend by week, month or quarter, as text or JSON. Counts as of today (handoffs by state, open and overdue work) ignore the period.</source>
        <translation>Muestra las cifras de calidad de los traspasos de un período (este mes, salvo que --from y --to indiquen otra cosa) para el equipo, cada comercial y cada agente de soporte, con una tendencia por semana, mes o trimestre, como texto o JSON. Los recuentos a fecha de hoy (traspasos por estado, trabajo abierto y con retraso) no tienen en cuenta el período.</translation>
    </message>
    <message>
        <source>The step of the trend: week, month, quarter or auto (default: auto, which takes weeks for periods of up to 92 days, months for up to three years and quarters beyond).</source>
        <translation>El intervalo de la tendencia: week, month, quarter o auto (por defecto: auto, que toma semanas para períodos de hasta 92 días, meses hasta tres años y trimestres a partir de ahí).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trend step; choose week, month, quarter or auto.</source>
        <translation>«%1» no es un intervalo de tendencia; elija week, month, quarter o auto.</translation>
    </message>
</context>
<context>
    <name>MetricsFigures</name>
    <message>
        <source>Handoffs submitted</source>
        <translation>Traspasos enviados</translation>
    </message>
    <message>
        <source>Deals whose first submission to support happened in the period. Later submissions of the same deal (after a return) do not count again. This is the group of handoffs that the other figures of a sales rep describe, except promises kept and broken and CSAT.</source>
        <translation>Negocios cuyo primer envío a soporte se produjo en el período. Los envíos posteriores del mismo negocio (después de una devolución) no vuelven a contar. Este es el grupo de traspasos que describen las demás cifras de un comercial, excepto los compromisos cumplidos e incumplidos y la CSAT.</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>Aceptación a la primera</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period that support has decided on (accepted, or returned at least once), the share accepted without ever being returned. Handoffs still waiting for their first review are not counted.</source>
        <translation>De los traspasos enviados por primera vez en el período sobre los que soporte ya ha decidido (aceptados o devueltos al menos una vez), la proporción aceptada sin haber sido devuelta nunca. No se cuentan los traspasos que aún esperan su primera revisión.</translation>
    </message>
    <message>
        <source>Checklist completeness at first submission</source>
        <translation>Integridad de la lista de comprobación en el primer envío</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the required checklist items answered when each was first submitted, divided by the required items the checklist had at that moment, both summed over those handoffs: the share of required items answered. A check item counts only when ticked.</source>
        <translation>Para los traspasos enviados por primera vez en el período, los elementos obligatorios de la lista de comprobación respondidos en el primer envío de cada uno, divididos entre los elementos obligatorios que tenía la lista en ese momento, sumados ambos para todos esos traspasos: la proporción de elementos obligatorios respondidos. Una casilla solo cuenta si está marcada.</translation>
    </message>
    <message>
        <source>Returns per handoff</source>
        <translation>Devoluciones por traspaso</translation>
    </message>
    <message>
        <source>How many times support returned the handoffs first submitted in the period (every return, up to today), divided by the number of those handoffs.</source>
        <translation>Cuántas veces devolvió soporte los traspasos enviados por primera vez en el período (todas las devoluciones, hasta hoy), dividido entre el número de esos traspasos.</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Motivos de devolución</translation>
    </message>
    <message>
        <source>The returns of the handoffs first submitted in the period, counted by the reason code support gave. A return forced by a lead&apos;s override counts as &quot;other&quot;.</source>
        <translation>Las devoluciones de los traspasos enviados por primera vez en el período, contadas según el código de motivo que indicó soporte. Una devolución forzada por un jefe de equipo cuenta como «otro».</translation>
    </message>
    <message>
        <source>Promises support could not fulfil</source>
        <translation>Compromisos que soporte no pudo cumplir</translation>
    </message>
    <message>
        <source>Of the promises of the handoffs first submitted in the period that support has reviewed, the share that support reviewed as &quot;cannot fulfil&quot; at least once, even if they were renegotiated, waived or removed afterwards.</source>
        <translation>De los compromisos de los traspasos enviados por primera vez en el período que soporte ha revisado, la proporción que soporte revisó como «no se puede cumplir» al menos una vez, aunque después se renegociaran, dispensaran o quitaran.</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Compromisos cumplidos</translation>
    </message>
    <message>
        <source>Of the promises due in the period that are settled (fulfilled, broken, or still open after their due date), the share fulfilled on or before their due date. Waived promises and the promises of cancelled deals are not counted, nor open promises not yet due. Counted for the deal&apos;s sales rep.</source>
        <translation>De los compromisos que vencen en el período y están resueltos (cumplidos, incumplidos o aún abiertos después de su fecha de vencimiento), la proporción cumplida en su fecha de vencimiento o antes. No se cuentan los compromisos dispensados ni los de negocios cancelados, ni los compromisos abiertos que aún no han vencido. Se cuentan para el comercial del negocio.</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Compromisos incumplidos</translation>
    </message>
    <message>
        <source>Of the same settled promises due in the period, the share not fulfilled by their due date: marked broken, fulfilled late, or still open after the due date. Kept and broken add up to the whole.</source>
        <translation>De esos mismos compromisos resueltos que vencen en el período, la proporción no cumplida en su fecha de vencimiento: marcados como incumplidos, cumplidos con retraso o aún abiertos después de la fecha de vencimiento. Cumplidos e incumplidos suman el total.</translation>
    </message>
    <message>
        <source>Median business days to first submission</source>
        <translation>Mediana de días hábiles hasta el primer envío</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the median number of business days (Monday to Friday) from the closed-won date to the day of the first submission, counted as the submit clock counts them.</source>
        <translation>Para los traspasos enviados por primera vez en el período, la mediana del número de días hábiles (de lunes a viernes) desde la fecha de cierre hasta el día del primer envío, contados como los cuenta el plazo de envío.</translation>
    </message>
    <message>
        <source>First submissions over the submit clock</source>
        <translation>Primeros envíos fuera del plazo de envío</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period, the share whose first submission took more business days after closed-won than the team&apos;s submit target.</source>
        <translation>De los traspasos enviados por primera vez en el período, la proporción cuyo primer envío tardó, desde el cierre del negocio, más días hábiles que el plazo de envío del equipo.</translation>
    </message>
    <message>
        <source>Unsubmitted handoffs over the submit clock</source>
        <translation>Traspasos sin enviar fuera del plazo de envío</translation>
    </message>
    <message>
        <source>As of today, whatever the period: draft or returned handoffs whose closed-won date is more business days ago than the team&apos;s submit target.</source>
        <translation>A fecha de hoy, sea cual sea el período: traspasos en borrador o devueltos cuya fecha de cierre queda más días hábiles atrás que el plazo de envío del equipo.</translation>
    </message>
    <message>
        <source>Customer satisfaction (sales rep)</source>
        <translation>Satisfacción del cliente (comercial)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals of the sales rep: the sum of the scores divided by their number.</source>
        <translation>La puntuación CSAT media (de 1 a 5) registrada con una fecha del período para los negocios del comercial: la suma de las puntuaciones dividida entre su número.</translation>
    </message>
    <message>
        <source>Median review turnaround (hours)</source>
        <translation>Mediana del tiempo de revisión (horas)</translation>
    </message>
    <message>
        <source>For every acceptance or return made in the period, the hours from the submission it decided on (the latest submission of the deal before it) to the decision, to the minute; the median per support rep who decided.</source>
        <translation>Para cada aceptación o devolución realizada en el período, las horas desde el envío sobre el que se decidió (el último envío del negocio anterior a la decisión) hasta la decisión, al minuto; la mediana por agente de soporte que decidió.</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>Tareas completadas a tiempo</translation>
    </message>
    <message>
        <source>Of the fulfilment tasks due in the period that are settled (done, or not done after their due date), the share done on or before their due date. Counted for the task&apos;s assignee; tasks not yet due and not done are not counted.</source>
        <translation>De las tareas de cumplimiento que vencen en el período y están resueltas (completadas, o sin completar después de su fecha de vencimiento), la proporción completada en su fecha de vencimiento o antes. Se cuentan para la persona asignada a la tarea; no se cuentan las tareas que aún no han vencido y no están completadas.</translation>
    </message>
    <message>
        <source>Promises fulfilled on time</source>
        <translation>Compromisos cumplidos a tiempo</translation>
    </message>
    <message>
        <source>Promises kept, counted for the support owner of the deal: of the settled promises due in the period, the share fulfilled on or before their due date.</source>
        <translation>Compromisos cumplidos, contados para el responsable de soporte del negocio: de los compromisos resueltos que vencen en el período, la proporción cumplida en su fecha de vencimiento o antes.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas con retraso</translation>
    </message>
    <message>
        <source>As of today, whatever the period: fulfilment tasks not done whose due date is before today, counted for their assignee.</source>
        <translation>A fecha de hoy, sea cual sea el período: tareas de cumplimiento sin completar cuya fecha de vencimiento es anterior a hoy, contadas para la persona asignada.</translation>
    </message>
    <message>
        <source>Median business days from acceptance to kickoff</source>
        <translation>Mediana de días hábiles desde la aceptación hasta la reunión de inicio</translation>
    </message>
    <message>
        <source>For the handoffs accepted in the period that have a kickoff date in their checklist, the median number of business days from the day of acceptance to the kickoff date (0 when the kickoff was planned for the day of acceptance or earlier). Counted for the support owner.</source>
        <translation>Para los traspasos aceptados en el período que tienen una fecha de reunión de inicio en su lista de comprobación, la mediana del número de días hábiles desde el día de la aceptación hasta la fecha de la reunión de inicio (0 si la reunión de inicio se planificó para el día de la aceptación o antes). Se cuenta para el responsable de soporte.</translation>
    </message>
    <message>
        <source>Customer satisfaction (support owner)</source>
        <translation>Satisfacción del cliente (responsable de soporte)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals the support rep owns: the sum of the scores divided by their number.</source>
        <translation>La puntuación CSAT media (de 1 a 5) registrada con una fecha del período para los negocios de los que es responsable el agente de soporte: la suma de las puntuaciones dividida entre su número.</translation>
    </message>
    <message>
        <source>Handoffs by state</source>
        <translation>Traspasos por estado</translation>
    </message>
    <message>
        <source>As of today, whatever the period: the number of deals in each handoff state.</source>
        <translation>A fecha de hoy, sea cual sea el período: el número de negocios en cada estado de traspaso.</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Compromisos abiertos por viabilidad</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by feasibility (ok, warning, blocked).</source>
        <translation>A fecha de hoy, sea cual sea el período: compromisos abiertos de traspasos que no están completados ni cancelados, contados por viabilidad (viable, advertencia, bloqueado).</translation>
    </message>
    <message>
        <source>Open promises by review status</source>
        <translation>Compromisos abiertos por estado de revisión</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by support&apos;s review status.</source>
        <translation>A fecha de hoy, sea cual sea el período: compromisos abiertos de traspasos que no están completados ni cancelados, contados por el estado de revisión de soporte.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Compromisos con retraso</translation>
    </message>
    <message>
        <source>As of today, whatever the period: promises neither fulfilled nor waived whose due date is before today, on handoffs that are neither fulfilled nor cancelled.</source>
        <translation>A fecha de hoy, sea cual sea el período: compromisos no cumplidos ni dispensados cuya fecha de vencimiento es anterior a hoy, en traspasos que no están completados ni cancelados.</translation>
    </message>
    <message>
        <source>Deals at risk</source>
        <translation>Negocios en riesgo</translation>
    </message>
    <message>
        <source>As of today, whatever the period: handoffs neither fulfilled nor cancelled with an open promise due between today and the at-risk horizon (14 days unless chosen otherwise) while fulfilment tasks of the deal are still not done.</source>
        <translation>A fecha de hoy, sea cual sea el período: traspasos no completados ni cancelados con un compromiso abierto que vence entre hoy y el horizonte de riesgo (14 días, salvo que se elija otro valor) mientras las tareas de cumplimiento del negocio siguen sin completarse.</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tareas con retraso</translation>
    </message>
    <message>
        <source>Of the settled fulfilment tasks due in the period, the share not done by their due date: done late or still not done after it. Tasks done on time and tasks overdue add up to the whole.</source>
        <translation>De las tareas de cumplimiento resueltas que vencen en el período, la proporción no completada en su fecha de vencimiento: completadas con retraso o aún sin completar después de ella. Las tareas completadas a tiempo y las tareas con retraso suman el total.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>El período necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>El período empieza el %1, después de su último día, el %2.</translation>
    </message>
    <message>
        <source>The at-risk horizon cannot be negative.</source>
        <translation>El horizonte de riesgo no puede ser negativo.</translation>
    </message>
    <message>
        <source>The figures cannot be computed for this choice.</source>
        <translation>No se pueden calcular las cifras para esta selección.</translation>
    </message>
    <message>
        <source>There is no user with id %1; they may have been deleted.</source>
        <translation>No hay ningún usuario con el ID %1; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of the figure &quot;%2&quot;.</source>
        <translation>«%1» no forma parte de la cifra «%2».</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija una de estas opciones: %1.</translation>
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
    <message>
        <source>grant the team&apos;s roles</source>
        <translation>conceder permisos a los roles del equipo</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <source>Could not %1: another person&apos;s change holds the rows it needs (%2). Try again in a moment.</source>
        <translation>No se pudo %1: un cambio de otra persona bloquea las filas que necesita (%2). Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not %1: the server does not allow it for your login (%2).</source>
        <translation>No se pudo %1: el servidor no se lo permite a su usuario (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the server accepts no changes now (%2).</source>
        <translation>No se pudo %1: el servidor no acepta cambios en este momento (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>No se pudo %1: %2.</translation>
    </message>
    <message>
        <source>Could not prepare a database statement: the server connection is closed.</source>
        <translation>No se pudo preparar una instrucción de base de datos: la conexión con el servidor está cerrada.</translation>
    </message>
    <message>
        <source>prepare &quot;%1&quot;</source>
        <translation>preparar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: there is no value %2 to bind.</source>
        <translation>No se pudo ejecutar &quot;%1&quot;: no hay ningún valor %2 que enlazar.</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation>ejecutar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the team&apos;s server is lost, so this was not saved. Handoff connects again by itself; try again when the status bar no longer says that the server cannot be reached.</source>
        <translation>No se pudo %1: se perdió la conexión con el servidor del equipo, así que esto no se guardó. Handoff vuelve a conectarse solo; inténtelo de nuevo cuando la barra de estado ya no diga que no se puede acceder al servidor.</translation>
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
    <name>PromiseEdits</name>
    <message>
        <source>Add promise “%1”</source>
        <translation>Añadir compromiso «%1»</translation>
    </message>
    <message>
        <source>Edit promise “%1”</source>
        <translation>Editar compromiso «%1»</translation>
    </message>
    <message>
        <source>Remove promise “%1”</source>
        <translation>Eliminar compromiso «%1»</translation>
    </message>
    <message>
        <source>Review promise “%1”</source>
        <translation>Revisar compromiso «%1»</translation>
    </message>
    <message>
        <source>Waive promise “%1”</source>
        <translation>Dispensar compromiso «%1»</translation>
    </message>
    <message>
        <source>Mark promise “%1” fulfilled</source>
        <translation>Marcar compromiso «%1» como cumplido</translation>
    </message>
    <message>
        <source>Could not send the answer</source>
        <translation>No se pudo enviar la respuesta</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Otra persona cambió el mismo campo mientras tanto.</translation>
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
    <message>
        <source>Only the deal&apos;s sales rep or a lead can remove its promises.</source>
        <translation>Solo el comercial del negocio o un jefe de equipo puede eliminar sus compromisos.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can remove its promises.</source>
        <translation>Usted no es el comercial de este negocio; solo su comercial o un jefe de equipo puede eliminar sus compromisos.</translation>
    </message>
    <message>
        <source>The handoff was accepted, so its promises are owed; a lead waives a promise instead of removing it.</source>
        <translation>El traspaso se aceptó, por lo que sus compromisos son exigibles; un jefe de equipo dispensa un compromiso en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>The handoff is submitted; a sales rep can remove promises only while it is a draft or returned by support.</source>
        <translation>El traspaso está enviado; un comercial solo puede eliminar compromisos mientras el traspaso es un borrador o ha sido devuelto por soporte.</translation>
    </message>
    <message>
        <source>A promise can only go back to open or broken.</source>
        <translation>Un compromiso solo puede volver al estado «abierto» o «incumplido».</translation>
    </message>
    <message>
        <source>The promise was not removed.</source>
        <translation>No se eliminó el compromiso.</translation>
    </message>
    <message>
        <source>The promise has no review to take back.</source>
        <translation>El compromiso no tiene ninguna revisión que deshacer.</translation>
    </message>
    <message>
        <source>Someone else reviewed the promise since; only their review stands.</source>
        <translation>Otra persona revisó el compromiso entretanto; solo se mantiene su revisión.</translation>
    </message>
    <message>
        <source>Choose the review the promise goes back to.</source>
        <translation>Elija la revisión a la que vuelve el compromiso.</translation>
    </message>
    <message>
        <source>The promise is not waived; there is no waiver to take back.</source>
        <translation>El compromiso no está dispensado; no hay ninguna dispensa que deshacer.</translation>
    </message>
    <message>
        <source>The promise is not marked fulfilled; there is no mark to take back.</source>
        <translation>El compromiso no está marcado como cumplido; no hay ninguna marca que deshacer.</translation>
    </message>
    <message>
        <source>Only a review, a waiver or a fulfilment can be taken back this way.</source>
        <translation>Solo una revisión, una dispensa o un cumplimiento se pueden deshacer de esta manera.</translation>
    </message>
    <message>
        <source>The change was not taken back.</source>
        <translation>No se deshizo el cambio.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Las palabras del cliente</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>La justificación</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Makes a printable report as PDF or HTML: &apos;report deal ID|REF&apos; for the handoff report of one deal, &apos;report team&apos; for the team report of a period (this month unless --from and --to say otherwise).</source>
        <translation>Genera un informe imprimible en PDF o HTML: &apos;report deal ID|REF&apos; para el informe de traspaso de un negocio, &apos;report team&apos; para el informe del equipo de un período (este mes, salvo que --from y --to indiquen otra cosa).</translation>
    </message>
    <message>
        <source>deal or team.</source>
        <translation>deal o team.</translation>
    </message>
    <message>
        <source>deal|team</source>
        <translation>deal|team</translation>
    </message>
    <message>
        <source>For a deal report: the deal&apos;s id or CRM reference.</source>
        <translation>Para un informe de negocio: el ID o la referencia CRM del negocio.</translation>
    </message>
    <message>
        <source>[ID|REF]</source>
        <translation>[ID|REF]</translation>
    </message>
    <message>
        <source>Write to this file; .pdf makes a PDF, .html a web page. Without it the report goes to standard output as HTML (or as PDF with --format pdf).</source>
        <translation>Escribir en este archivo; .pdf genera un PDF y .html, una página web. Sin esta opción, el informe se envía a la salida estándar como HTML (o como PDF con --format pdf).</translation>
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
        <source>pdf or html, when the file name does not say it.</source>
        <translation>pdf o html, cuando el nombre del archivo no lo indica.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>a4 or letter (default: what the language and country use).</source>
        <translation>a4 o letter (predeterminado: el habitual según el idioma y el país).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Team report: the first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>Informe del equipo: el primer día del período, AAAA-MM-DD (predeterminado: el día 1 de este mes).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Team report: the last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>Informe del equipo: el último día del período, AAAA-MM-DD (predeterminado: el último día de este mes).</translation>
    </message>
    <message>
        <source>Team report: only this team member&apos;s figures.</source>
        <translation>Informe del equipo: solo las cifras de este miembro del equipo.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>report needs a kind: deal ID|REF or team.</source>
        <translation>report necesita un tipo: deal ID|REF o team.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of report; choose deal or team.</source>
        <translation>«%1» no es un tipo de informe; elija deal o team.</translation>
    </message>
    <message>
        <source>report deal needs the deal&apos;s id or CRM reference, and nothing else.</source>
        <translation>report deal necesita el ID o la referencia CRM del negocio, y nada más.</translation>
    </message>
    <message>
        <source>report team takes no arguments, only options; see --help.</source>
        <translation>report team no admite argumentos, solo opciones; consulte --help.</translation>
    </message>
    <message>
        <source>--force only applies with -o FILE.</source>
        <translation>--force solo se aplica junto con -o ARCHIVO.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report format; choose pdf or html.</source>
        <translation>«%1» no es un formato de informe; elija pdf o html.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf or .html; add --format pdf or --format html.</source>
        <translation>«%1» no termina en .pdf ni en .html; añada --format pdf o --format html.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size; choose a4 or letter.</source>
        <translation>«%1» no es un tamaño de papel; elija a4 o letter.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>Se escribió %1 (1 página).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Se escribió %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer or file did not open.</source>
        <translation>No se pudo imprimir el informe: no se pudo abrir la impresora o el archivo.</translation>
    </message>
    <message>
        <source>The report could not be printed: page %1 could not be started.</source>
        <translation>No se pudo imprimir el informe: no se pudo iniciar la página %1.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>No se pudo terminar el informe.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
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
    <name>SearchBacklog</name>
    <message>
        <source>The search index could not be brought up to date. %1</source>
        <translation>No se pudo actualizar el índice de búsqueda. %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search failed. %1 If this happens again, &apos;handoff check&apos; tells whether the file is damaged.</source>
        <translation>La búsqueda falló. %1 Si vuelve a ocurrir, &apos;handoff check&apos; indica si el archivo está dañado.</translation>
    </message>
    <message>
        <source>Deal</source>
        <comment>kind of search result</comment>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>kind of search result</comment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of search result</comment>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Promise</source>
        <comment>kind of search result</comment>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Negocios: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha de vencimiento</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address &apos;%1&apos; cannot be used: %2</source>
        <translation>La dirección de servidor «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation>debe empezar por postgresql://.</translation>
    </message>
    <message>
        <source>The server address holds a password. Handoff never takes a password on the command line or in an address: put it in ~/.pgpass (or use the server&apos;s peer or certificate login) and give the address without it.</source>
        <translation>La dirección del servidor contiene una contraseña. Handoff nunca acepta contraseñas en la línea de comandos ni en una dirección: guárdela en ~/.pgpass (o use el inicio de sesión por peer o por certificado del servidor) e indique la dirección sin ella.</translation>
    </message>
    <message>
        <source>the database name cannot contain &apos;/&apos;.</source>
        <translation>el nombre de la base de datos no puede contener &apos;/&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection setting.</source>
        <translation>«%1» no es un ajuste de conexión.</translation>
    </message>
    <message>
        <source>The server address holds a password. Put it in ~/.pgpass instead and give the address without it.</source>
        <translation>La dirección del servidor contiene una contraseña. Guárdela mejor en ~/.pgpass e indique la dirección sin ella.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>«%1» no es un número de puerto.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>A database on a server is backed up with PostgreSQL&apos;s pg_dump, which is not installed here (Debian: postgresql-client). Install it, or ask the server&apos;s administrator where the server&apos;s backups go.</source>
        <translation>Una base de datos en un servidor se copia con pg_dump de PostgreSQL, que no está instalado aquí (Debian: postgresql-client). Instálelo o pregunte al administrador del servidor adónde van sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Could not back up the database to &apos;%1&apos;: pg_dump failed: %2</source>
        <translation>No se pudo hacer la copia de seguridad de la base de datos en «%1»: pg_dump falló: %2</translation>
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
    <message>
        <source>The setting &apos;%1&apos; was not changed: only a team lead changes the team&apos;s settings.</source>
        <translation>No se cambió el ajuste «%1»: solo un responsable de equipo cambia los ajustes del equipo.</translation>
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
    <name>StatusCommand</name>
    <message>
        <source>Says where the database is, its schema version, whether the server holds a team to its roles, the team&apos;s people and who is connected.</source>
        <translation>Indica dónde está la base de datos, su versión de esquema, si el servidor limita al equipo a sus roles, las personas del equipo y quién está conectado.</translation>
    </message>
    <message>
        <source>status takes no argument.</source>
        <translation>status no admite argumentos.</translation>
    </message>
    <message>
        <source>Database: %1, on PostgreSQL %2</source>
        <translation>Base de datos: %1, en PostgreSQL %2</translation>
    </message>
    <message>
        <source>Database: %1, a file (SQLite %2)</source>
        <translation>Base de datos: %1, un archivo (SQLite %2)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>Team mode: each person connects with their own login and the server holds them to their role; the login &apos;%1&apos; administers the database.</source>
        <translation>Modo equipo: cada persona se conecta con su propio usuario y el servidor la limita a su rol; el usuario «%1» administra la base de datos.</translation>
    </message>
    <message>
        <source>You: %1 &lt;%2&gt;, %3, login &apos;%4&apos;.</source>
        <translation>Usted: %1 &lt;%2&gt;, %3, usuario «%4».</translation>
    </message>
    <message>
        <source>You: the login that administers the database, no person of the team.</source>
        <translation>Usted: el usuario que administra la base de datos, ninguna persona del equipo.</translation>
    </message>
    <message>
        <source>Team mode: off. One login serves everyone, who say who they are; &apos;handoff init&apos; on an empty database starts a team in team mode.</source>
        <translation>Modo equipo: desactivado. Un solo usuario sirve a todos, que dicen quiénes son; «handoff init» en una base de datos vacía inicia un equipo en modo equipo.</translation>
    </message>
    <message>
        <source>Team mode: a file has none; whoever sits at it picks their profile, and Handoff enforces the roles.</source>
        <translation>Modo equipo: un archivo no lo tiene; quien trabaja en él elige su perfil y Handoff aplica los roles.</translation>
    </message>
    <message>
        <source>People: %1 active (sales reps: %2, support reps: %3, team leads: %4); deactivated: %5.</source>
        <translation>Personas: %1 activas (ventas: %2, soporte: %3, jefatura de equipo: %4); desactivadas: %5.</translation>
    </message>
    <message>
        <source>%1 (sessions: %2, since %3)</source>
        <translation>%1 (sesiones: %2, desde %3)</translation>
    </message>
    <message>
        <source>Connected now: %1</source>
        <translation>Conectados ahora: %1</translation>
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
    <name>TaskEdits</name>
    <message>
        <source>Add task “%1”</source>
        <translation>Añadir tarea «%1»</translation>
    </message>
    <message>
        <source>Remove task “%1”</source>
        <translation>Eliminar tarea «%1»</translation>
    </message>
    <message>
        <source>Reassign task “%1”</source>
        <translation>Reasignar tarea «%1»</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>Completar tarea «%1»</translation>
    </message>
    <message>
        <source>Set task “%1” to %2</source>
        <translation>Cambiar el estado de la tarea «%1» a «%2»</translation>
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
    <message>
        <source>The task &quot;%1&quot; was changed elsewhere at the same time; reload it and try again.</source>
        <translation>La tarea «%1» se modificó en otro lugar al mismo tiempo; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Cifras principales</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>%1 per sales rep</source>
        <translation>%1 por comercial</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>Each rate shows the counts it was taken from; &quot;no data&quot; means nothing was counted.</source>
        <translation>Cada tasa muestra los recuentos de los que se obtiene; «sin datos» significa que no se contó nada.</translation>
    </message>
    <message>
        <source>Support reps</source>
        <translation>Agentes de soporte</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Where the work stands today</source>
        <translation>Situación actual del trabajo</translation>
    </message>
    <message>
        <source>As of %1, whatever the period.</source>
        <translation>A fecha de %1, sea cual sea el período.</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Estado del traspaso</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Compromisos abiertos por viabilidad</translation>
    </message>
    <message>
        <source>Open promises by review</source>
        <translation>Compromisos abiertos por estado de revisión</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Qué significan las cifras</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Team handoff report: %1</source>
        <translation>Informe de traspasos del equipo: %1</translation>
    </message>
    <message>
        <source>Team handoff report</source>
        <translation>Informe de traspasos del equipo</translation>
    </message>
    <message>
        <source>%1 · figures as of %2</source>
        <translation>%1 · cifras a fecha de %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable de soporte</translation>
    </message>
    <message>
        <source>… and %1 more deals: open the dashboard to see them all.</source>
        <translation>… y %1 negocios más: abra el panel de control para verlos todos.</translation>
    </message>
    <message>
        <source>No promise is overdue.</source>
        <translation>No hay compromisos con retraso.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Compromisos con retraso</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Vencimiento más antiguo</translation>
    </message>
    <message>
        <source>No deal is at risk.</source>
        <translation>No hay negocios en riesgo.</translation>
    </message>
    <message>
        <source>Promises due soon</source>
        <translation>Compromisos que vencen pronto</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Promises due per week: kept and broken</source>
        <translation>Promesas que vencen por semana: cumplidas e incumplidas</translation>
    </message>
    <message>
        <source>Promises due per month: kept and broken</source>
        <translation>Promesas que vencen por mes: cumplidas e incumplidas</translation>
    </message>
    <message>
        <source>Promises due per quarter: kept and broken</source>
        <translation>Promesas que vencen por trimestre: cumplidas e incumplidas</translation>
    </message>
</context>
<context>
    <name>TemplateSteps</name>
    <message>
        <source>&quot;%1&quot; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>«%1» se modificó en otro lugar entretanto; se conserva ese cambio.</translation>
    </message>
</context>
<context>
    <name>TransferFiles</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>[EMAIL]</source>
        <translation>[CORREO]</translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation>list: imprimir JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation>add: el nombre de la persona.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>add: the person&apos;s email address.</source>
        <translation>add: el correo de la persona.</translation>
    </message>
    <message>
        <source>add: what the person does (%1).</source>
        <translation>add: lo que hace la persona (%1).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>user %1 needs exactly one email: the person&apos;s.</source>
        <translation>user %1 necesita exactamente un correo: el de la persona.</translation>
    </message>
    <message>
        <source>user %1 takes no other argument.</source>
        <translation>user %1 no admite más argumentos.</translation>
    </message>
    <message>
        <source>user %1 needs --as EMAIL: the team lead who acts.</source>
        <translation>user %1 necesita --as CORREO: el responsable que actúa.</translation>
    </message>
    <message>
        <source>user add needs --name NAME, --email EMAIL and --role ROLE (%1).</source>
        <translation>user add necesita --name NOMBRE, --email CORREO y --role ROL (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role. Roles: %2.</source>
        <translation>«%1» no es un rol. Roles: %2.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3.</source>
        <translation>%1 &lt;%2&gt; añadido como %3.</translation>
    </message>
    <message>
        <source>They open %1 in the workstation and pick their profile.</source>
        <translation>La persona abre %1 en la espacio de trabajo y elige su perfil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is active again.</source>
        <translation>%1 &lt;%2&gt; vuelve a estar activo.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: they can no longer act; their deals and history stay theirs.</source>
        <translation>%1 &lt;%2&gt; está desactivado: ya no puede actuar; sus negocios y su historial siguen siendo suyos.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and lets a lead manage them: list, add --name NAME --email EMAIL --role ROLE, deactivate EMAIL, activate EMAIL, and on a team&apos;s server login EMAIL [--login LOGIN].</source>
        <translation>Lista las personas del equipo y deja que una jefatura de equipo las gestione: list, add --name NOMBRE --email CORREO --role ROL, deactivate CORREO, activate CORREO y, en el servidor de un equipo, login CORREO [--login USUARIO].</translation>
    </message>
    <message>
        <source>list, add, deactivate, activate or login.</source>
        <translation>list, add, deactivate, activate o login.</translation>
    </message>
    <message>
        <source>deactivate, activate, login: the person&apos;s email.</source>
        <translation>deactivate, activate, login: el correo de la persona.</translation>
    </message>
    <message>
        <source>add, login, on a team&apos;s server: the person&apos;s login (default: their email&apos;s part before &apos;@&apos;).</source>
        <translation>add, login, en el servidor de un equipo: el usuario de la persona (por defecto, la parte de su correo antes de «@»).</translation>
    </message>
    <message>
        <source>add, deactivate, activate, login: the email of the team lead who acts (on a team&apos;s server, the lead&apos;s own login is the lead).</source>
        <translation>add, deactivate, activate, login: el correo de la jefatura de equipo que actúa (en el servidor de un equipo, el propio usuario de la jefatura la identifica).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Enter a name.</source>
        <translation>Introduzca un nombre.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Introduzca una dirección de correo electrónico, como nombre@example.com.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 ya pertenece a %2.</translation>
    </message>
    <message>
        <source>The profile was not created.</source>
        <translation>No se creó el perfil.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Ningún usuario tiene el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>This database already has people in it: a team lead adds more.</source>
        <translation>Esta base de datos ya tiene personas: un responsable del equipo añade más.</translation>
    </message>
    <message>
        <source>%1 was not added: only a team lead adds people.</source>
        <translation>%1 no se añadió: solo un responsable del equipo añade personas.</translation>
    </message>
    <message>
        <source>Only a team lead restores a person&apos;s access.</source>
        <translation>Solo un responsable del equipo restablece el acceso de una persona.</translation>
    </message>
    <message>
        <source>Only a team lead deactivates a person.</source>
        <translation>Solo un responsable del equipo desactiva a una persona.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already active.</source>
        <translation>%1 &lt;%2&gt; ya está activo.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already deactivated.</source>
        <translation>%1 &lt;%2&gt; ya está desactivado.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is the team&apos;s only active lead and stays active, so that someone can manage the team. Add another lead first.</source>
        <translation>%1 &lt;%2&gt; es el único responsable activo del equipo y sigue activo, para que alguien pueda gestionar el equipo. Añada antes otro responsable.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>El correo electrónico</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; was not given: %2</source>
        <translation>No se concedió el usuario «%1»: %2</translation>
    </message>
    <message>
        <source>Only a team lead gives people their logins.</source>
        <translation>Solo una jefatura de equipo da usuarios a las personas.</translation>
    </message>
    <message>
        <source>Logins are for a team&apos;s server in team mode: on this database whoever works picks their profile.</source>
        <translation>Los usuarios son para el servidor de un equipo en modo equipo: en esta base de datos quien trabaja elige su perfil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has the login &apos;%3&apos;.</source>
        <translation>%1 &lt;%2&gt; ya tiene el usuario «%3».</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>%1 contains an invisible control character, %2, at position %3; remove it.</source>
        <translation>%1 contiene un carácter de control invisible, %2, en la posición %3; elimínelo.</translation>
    </message>
</context>
<context>
    <name>handoff::ActivityTab</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Changed since the last submission</source>
        <translation>Cambios desde el último envío</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Comments, oldest first</source>
        <translation>Comentarios, primero los más antiguos</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return). Comments cannot be undone.</source>
        <translation>Publicar el comentario (Ctrl+Return). Los comentarios no se pueden deshacer.</translation>
    </message>
    <message>
        <source>History (newest at the bottom)</source>
        <translation>Historial (lo más reciente, abajo)</translation>
    </message>
    <message>
        <source>History of the deal, oldest first</source>
        <translation>Historial del negocio, primero lo más antiguo</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>No se pudieron leer los comentarios: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aún no hay comentarios.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>What changed since the last submission could not be read: %1</source>
        <translation>No se pudieron leer los cambios desde el último envío: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Antes: %1
Después: %2</translation>
    </message>
    <message>
        <source>Could not post the comment</source>
        <translation>No se pudo publicar el comentario</translation>
    </message>
    <message>
        <source>Write a comment for sales, support and leads; @sam puts it in the inbox of sam@…</source>
        <translation>Escriba un comentario para ventas, soporte y responsables; @sam lo deja en la bandeja de entrada de sam@…</translation>
    </message>
</context>
<context>
    <name>handoff::CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>Whose dates</source>
        <translation>Qué fechas incluir</translation>
    </message>
    <message>
        <source>E&amp;veryone&apos;s</source>
        <translation>Las de &amp;todos</translation>
    </message>
    <message>
        <source>Only &amp;mine (%1)</source>
        <translation>Solo las &amp;mías (%1)</translation>
    </message>
    <message>
        <source>The tasks assigned to you and the promises of the deals you sold or own in support</source>
        <translation>Las tareas que tiene asignadas y los compromisos de los negocios que vendió o de los que es responsable en soporte</translation>
    </message>
    <message>
        <source>Each open fulfilment task and open promise with a due date becomes an all-day event. Importing a newer file into the calendar updates the events instead of adding copies.</source>
        <translation>Cada tarea de cumplimiento abierta y cada compromiso abierto con fecha de vencimiento se convierte en un evento de todo el día. Al importar un archivo más reciente en el calendario, se actualizan los eventos en lugar de añadir copias.</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Exportar calendario a</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>No se escribió el calendario</translation>
    </message>
    <message>
        <source>Exported 1 calendar event to %1.</source>
        <translation>Se exportó 1 evento de calendario a %1.</translation>
    </message>
    <message>
        <source>Exported %1 calendar events to %2.</source>
        <translation>Se exportaron %1 eventos de calendario a %2.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. SAML single sign-on</source>
        <translation>p. ej., inicio de sesión único SAML</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned and beta capabilities give promises a warning; unsupported ones block them.</source>
        <translation>Las capacidades planificadas y en beta generan una advertencia en los compromisos; las no admitidas los bloquean.</translation>
    </message>
    <message>
        <source>Standard lead time in days</source>
        <translation>Plazo de entrega estándar en días</translation>
    </message>
    <message>
        <source>How long delivering it usually takes; promises due sooner get a warning.</source>
        <translation>Cuánto se suele tardar en entregarla; los compromisos que vencen antes reciben una advertencia.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Plazo de entrega:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source> day</source>
        <translation> día</translation>
    </message>
    <message>
        <source>Which promises this changes could not be read: %1</source>
        <translation>No se pudo leer a qué promesas afecta: %1</translation>
    </message>
    <message>
        <source>1 open promise names this capability.</source>
        <translation>1 promesa abierta nombra esta capacidad.</translation>
    </message>
    <message>
        <source>%L1 open promises name this capability.</source>
        <translation>%L1 promesas abiertas nombran esta capacidad.</translation>
    </message>
    <message>
        <source>%L1 become blocked</source>
        <translation>%L1 quedan bloqueadas</translation>
    </message>
    <message>
        <source>%L1 get a warning</source>
        <translation>%L1 reciben un aviso</translation>
    </message>
    <message>
        <source>%L1 become feasible</source>
        <translation>%L1 pasan a ser viables</translation>
    </message>
    <message>
        <source>Saving leaves their feasibility as it is.</source>
        <translation>Guardar deja su viabilidad como está.</translation>
    </message>
    <message>
        <source>Saving: %1.</source>
        <translation>Al guardar: %1.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityPicker</name>
    <message>
        <source>Capability</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Type to search the catalog; leave empty for none</source>
        <translation>Escriba para buscar en el catálogo; déjelo vacío para no indicar ninguna</translation>
    </message>
    <message>
        <source>Show all capabilities</source>
        <translation>Mostrar todas las capacidades</translation>
    </message>
    <message>
        <source>Show every capability of the catalog (Alt+Down)</source>
        <translation>Mostrar todas las capacidades del catálogo (Alt+Down)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 — %2, lead time %3</source>
        <translation>%1 — %2, plazo de entrega %3</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — no se ofrece</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityTableModel</name>
    <message>
        <source>Unsupported: promises that name it are blocked.</source>
        <translation>No admitida: los compromisos que la indican quedan bloqueados.</translation>
    </message>
    <message>
        <source>Planned, not available: promises that name it get a warning.</source>
        <translation>Planificada, no disponible: los compromisos que la indican reciben una advertencia.</translation>
    </message>
    <message>
        <source>In beta: promises that name it get a warning.</source>
        <translation>En beta: los compromisos que la indican reciben una advertencia.</translation>
    </message>
    <message>
        <source>Available: promises are checked against its lead time only.</source>
        <translation>Disponible: los compromisos solo se comprueban con respecto a su plazo de entrega.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Plazo de entrega (días)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>handoff::CatalogView</name>
    <message>
        <source>The capability is no longer in the catalog; someone may have removed it.</source>
        <translation>La capacidad ya no está en el catálogo; es posible que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>«%1» se modificó en otro lugar entretanto; se conserva ese cambio.</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Catálogo de capacidades</translation>
    </message>
    <message>
        <source>Filter capabilities by name</source>
        <translation>Filtrar capacidades por nombre</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>What the product can do, one capability per row. Click a column header to sort by it.</source>
        <translation>Lo que puede hacer el producto, una capacidad por fila. Haga clic en el encabezado de una columna para ordenar por ella.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the capability catalog.</source>
        <translation>Solo lectura: solo los jefes de equipo cambian el catálogo de capacidades.</translation>
    </message>
    <message>
        <source>&amp;Add capability…</source>
        <translation>&amp;Añadir capacidad…</translation>
    </message>
    <message>
        <source>&amp;Edit capability…</source>
        <translation>&amp;Editar capacidad…</translation>
    </message>
    <message>
        <source>Only team leads change the capability catalog.</source>
        <translation>Solo los jefes de equipo cambian el catálogo de capacidades.</translation>
    </message>
    <message>
        <source>Add a capability to the catalog (%1 or %2)</source>
        <translation>Añadir una capacidad al catálogo (%1 o %2)</translation>
    </message>
    <message>
        <source>Edit the selected capability (Enter, F2 or double-click)</source>
        <translation>Editar la capacidad seleccionada (Enter, F2 o doble clic)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
    <message>
        <source>Add capability</source>
        <translation>Añadir capacidad</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Editar capacidad</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to the catalog</source>
        <translation>Se añadió «%1» al catálogo</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the catalog again</source>
        <translation>Se volvió a eliminar «%1» del catálogo</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>Se actualizó «%1»; se volvió a comprobar la viabilidad de los compromisos abiertos</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>Se deshizo el cambio en «%1»; se volvió a comprobar la viabilidad de los compromisos abiertos</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>the capability &apos;%1&apos;</source>
        <translation>la capacidad «%1»</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>Se descartó la modificación en favor de la otra versión.</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>No se pudo deshacer ni rehacer «%1»</translation>
    </message>
</context>
<context>
    <name>handoff::ChangeFeed</name>
    <message>
        <source>Could not connect to &apos;%1&apos; to hear the others&apos; changes: %2</source>
        <translation>No se pudo conectar a «%1» para recibir los cambios de los demás: %2</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; did not let Handoff hear the others&apos; changes: %2</source>
        <translation>El servidor «%1» no dejó que Handoff recibiera los cambios de los demás: %2</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelDialog</name>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Número, dirección o enlace</translation>
    </message>
    <message>
        <source>The phone number, email address, or the link to the web form, chat, social account, forum or portal</source>
        <translation>El número de teléfono, la dirección de correo electrónico o el enlace al formulario web, al chat, a la cuenta de redes sociales, al foro o al portal</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Preferred for day-to-day questions</source>
        <translation>&amp;Preferido para consultas habituales</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Editar canal</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelTableModel</name>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>The channel the customer prefers for day-to-day questions</source>
        <translation>El canal que prefiere el cliente para las consultas habituales</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Número, dirección o enlace</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistItemEditor</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatorio)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Required: the handoff cannot be submitted without it.</source>
        <translation>Obligatorio: el traspaso no se puede enviar sin él.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Remove the date of &quot;%1&quot;</source>
        <translation>Borrar la fecha de «%1»</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Nadie seleccionado</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (ya no se ofrece)</translation>
    </message>
    <message>
        <source>Edit in Contacts</source>
        <translation>Editar en Contactos</translation>
    </message>
    <message>
        <source>Edit on the Overview</source>
        <translation>Editar en el resumen</translation>
    </message>
    <message>
        <source>The deal&apos;s %1 answer this item; they are kept on the Contacts tab.</source>
        <translation>Los %1 del acuerdo responden este punto; están en la pestaña Contactos.</translation>
    </message>
    <message>
        <source>The deal&apos;s field &quot;%1&quot; answers this item: one fact, kept in one place.</source>
        <translation>El campo «%1» del acuerdo responde este punto: un dato, en un solo lugar.</translation>
    </message>
    <message>
        <source>Not filled in on the deal yet</source>
        <translation>Aún sin rellenar en el acuerdo</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistTab</name>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Progreso de la lista de comprobación</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Sección %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <source>Required: %1 of %2 · All: %3 of %4</source>
        <translation>Obligatorios: %1 de %2 · Todos: %3 de %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>the deal could not be read.</source>
        <translation>no se pudo leer el negocio.</translation>
    </message>
    <message>
        <source>The checklist could not be read completely: %1</source>
        <translation>No se pudo leer por completo la lista de comprobación: %1</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was changed elsewhere after you opened it.</source>
        <translation>La respuesta a «%1» se modificó en otro lugar después de que usted la abriera.</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>Marcar «%1»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Desmarcar «%1»</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>Borrar «%1»</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Responder a «%1»</translation>
    </message>
</context>
<context>
    <name>handoff::ColumnMappingEditor</name>
    <message>
        <source>Salesforce</source>
        <translation>Salesforce</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Handoff export</source>
        <translation>Exportación de Handoff</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>empty: every row is a won deal</source>
        <translation>vacío: todas las filas son negocios ganados</translation>
    </message>
    <message>
        <source>The values of the stage column that mean closed-won, separated by commas. Rows with another stage are skipped.</source>
        <translation>Los valores de la columna de etapa que significan «ganado», separados por comas. Las filas con otra etapa se omiten.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Primero el día (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Primero el mes (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Won stages:</source>
        <translation>Etapas &amp;ganadas:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Every deal needs this field.</source>
        <translation>Todo negocio necesita este campo.</translation>
    </message>
    <message>
        <source>&amp;Contact cells list people: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</source>
        <translation>Las celdas de &amp;contacto listan personas: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</translation>
    </message>
    <message>
        <source>Import the first person of each contact cell, with the email in brackets apart from the name. Unticked, a contact cell is imported whole, as the person&apos;s name.</source>
        <translation>Importa la primera persona de cada celda de contacto, con el correo entre paréntesis separado del nombre. Sin marcar, la celda se importa entera como nombre de la persona.</translation>
    </message>
</context>
<context>
    <name>handoff::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Añadir contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rol en el negocio</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rol en el negocio:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>+1 555 0100 ext 12</source>
        <translation>+1 555 0100 ext 12</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>Canal &amp;preferido:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Europe/Berlin</source>
        <translation>Europe/Berlin</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
</context>
<context>
    <name>handoff::ContactTableModel</name>
    <message>
        <source>Write to %1 (opens your mail program)</source>
        <translation>Escribir a %1 (abre su programa de correo)</translation>
    </message>
    <message>
        <source>Call %1 (opens your phone program)</source>
        <translation>Llamar a %1 (abre su programa de telefonía)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rol en el negocio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>handoff::ContactsTab</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contacts and channels</source>
        <translation>Contactos y canales</translation>
    </message>
    <message>
        <source>People on the deal</source>
        <translation>Personas del negocio</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Añadir contac&amp;to…</translation>
    </message>
    <message>
        <source>Add a person to the deal</source>
        <translation>Añadir una persona al negocio</translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>Añadir persona &amp;existente…</translation>
    </message>
    <message>
        <source>Put someone the customer&apos;s account already has on the deal</source>
        <translation>Añadir al negocio a alguien que ya figura en la cuenta del cliente</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>E&amp;ditar contacto…</translation>
    </message>
    <message>
        <source>Change the selected person</source>
        <translation>Modificar la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove from deal</source>
        <translation>&amp;Quitar del negocio</translation>
    </message>
    <message>
        <source>Take the selected person off the deal</source>
        <translation>Quitar del negocio a la persona seleccionada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Edit the person or open the link</source>
        <translation>Editar la persona o abrir el enlace</translation>
    </message>
    <message>
        <source>Channels the customer uses to reach support</source>
        <translation>Canales que usa el cliente para contactar con soporte</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Canales de soporte</translation>
    </message>
    <message>
        <source>Add c&amp;hannel…</source>
        <translation>Añadir ca&amp;nal…</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Añadir un canal</translation>
    </message>
    <message>
        <source>Edit cha&amp;nnel…</source>
        <translation>Ed&amp;itar canal…</translation>
    </message>
    <message>
        <source>Change the selected channel</source>
        <translation>Modificar el canal seleccionado</translation>
    </message>
    <message>
        <source>Remove channe&amp;l</source>
        <translation>Q&amp;uitar canal</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Quitar el canal seleccionado</translation>
    </message>
    <message>
        <source>Make &amp;preferred</source>
        <translation>Marcar como &amp;preferido</translation>
    </message>
    <message>
        <source>Make the selected channel the preferred one</source>
        <translation>Convertir el canal seleccionado en el preferido</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read completely: %1</source>
        <translation>No se pudieron leer por completo los contactos: %1</translation>
    </message>
    <message>
        <source>Nothing opened the link</source>
        <translation>No se abrió el enlace</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links. The address is %2.</source>
        <translation>Ningún programa de este equipo abre enlaces %1. La dirección es %2.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
</context>
<context>
    <name>handoff::CsatDialog</name>
    <message>
        <source>Customer satisfaction with “%1”</source>
        <translation>Satisfacción del cliente con «%1»</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Puntuación de 1 a 5</translation>
    </message>
    <message>
        <source>Choose 1 to 5</source>
        <translation>Elija de 1 a 5</translation>
    </message>
    <message>
        <source>Day the customer gave the score</source>
        <translation>Día en que el cliente dio la puntuación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What the customer said, how the score was asked for…</source>
        <translation>Qué dijo el cliente, cómo se le pidió la puntuación…</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Otorgada el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>This replaces the score of %1 given on %2; the deal&apos;s history keeps it.</source>
        <translation>Esto sustituye la puntuación de %1 otorgada el %2; el historial del negocio la conserva.</translation>
    </message>
    <message>
        <source>1 is very dissatisfied, 5 very satisfied. The score counts for the deal&apos;s sales rep and support owner on the dashboard.</source>
        <translation>1 significa muy insatisfecho y 5, muy satisfecho. La puntuación cuenta en el panel de control para el comercial y el responsable de soporte del negocio.</translation>
    </message>
    <message>
        <source>&amp;Record score</source>
        <translation>&amp;Registrar puntuación</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Muy insatisfecho</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Insatisfecho</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Ni satisfecho ni insatisfecho</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Muy satisfecho</translation>
    </message>
    <message>
        <source>The score was not recorded</source>
        <translation>No se registró la puntuación</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardCharts</name>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Click a bar or point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Haga clic en una barra o un punto para ver los negocios que lo componen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Haga clic en un punto para ver los negocios que lo componen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a bar to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Haga clic en una barra para ver los negocios que la componen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Traspasos</translation>
    </message>
    <message>
        <source>%1: %L2 – click to list them</source>
        <translation>%1: %L2 – haga clic para verlos</translation>
    </message>
    <message>
        <source>First-pass acceptance per sales rep</source>
        <translation>Aceptación a la primera por comercial</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 – click to list the deals&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 – haga clic para ver los negocios&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First-pass acceptance over time</source>
        <translation>Aceptación a la primera a lo largo del tiempo</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 – %2
First-pass acceptance: %3
Click to list the deals</source>
        <translation>%1 – %2
Aceptación a la primera: %3
Haga clic para ver los negocios</translation>
    </message>
    <message>
        <source>Promises kept and broken</source>
        <translation>Compromisos cumplidos e incumplidos</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <source>%1 – %2
Kept: %3
Broken: %4</source>
        <translation>%1 – %2
Cumplidos: %3
Incumplidos: %4</translation>
    </message>
    <message>
        <source>
Click to list the kept promises&apos; deals</source>
        <translation>
Haga clic para ver los negocios de los compromisos cumplidos</translation>
    </message>
    <message>
        <source>
Click to list the broken promises&apos; deals</source>
        <translation>
Haga clic para ver los negocios de los compromisos incumplidos</translation>
    </message>
    <message>
        <source>Not done by their due date</source>
        <translation>No completados antes de su fecha de vencimiento</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>%1 – %2
%3: %4
Click to list the deals</source>
        <translation>%1 – %2
%3: %4
Haga clic para ver los negocios</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tareas vencidas</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Compromisos incumplidos</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Sales reps scorecard</source>
        <translation>Resultados de los comerciales</translation>
    </message>
    <message>
        <source>Support reps scorecard</source>
        <translation>Resultados de los agentes de soporte</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>The whole team, or one member&apos;s figures and the deals they work on</source>
        <translation>Todo el equipo, o las cifras de un miembro y los negocios en los que trabaja</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsona:</translation>
    </message>
    <message>
        <source>&amp;Definitions…</source>
        <translation>&amp;Definiciones…</translation>
    </message>
    <message>
        <source>What exactly each figure counts</source>
        <translation>Qué cuenta exactamente cada cifra</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Calculando las cifras</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Haga clic para ver los negocios que la componen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sales reps</source>
        <translation>&amp;Comerciales</translation>
    </message>
    <message>
        <source>M&amp;y handoffs</source>
        <translation>&amp;Mis traspasos</translation>
    </message>
    <message>
        <source>S&amp;upport reps</source>
        <translation>Agentes de s&amp;oporte</translation>
    </message>
    <message>
        <source>My reviews and tas&amp;ks</source>
        <translation>Mis revisiones y &amp;tareas</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · a fecha de %3</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>No se pudieron calcular las cifras: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Usuario %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · as of %4</source>
        <translation>%1: %2 · %3 · a fecha de %4</translation>
    </message>
</context>
<context>
    <name>handoff::DealEditor</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; channels</source>
        <translation>&amp;Contactos &amp;&amp; canales</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>&amp;Lista de comprobación</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>C&amp;ompromisos</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>T&amp;areas</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1   [%2]</source>
        <translation>%1   [%2]</translation>
    </message>
</context>
<context>
    <name>handoff::DealListFilterBar</name>
    <message>
        <source>F&amp;lagged only</source>
        <translation>Solo seña&amp;lados</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Solo con &amp;retraso</translation>
    </message>
    <message>
        <source>Deal list filters</source>
        <translation>Filtros de la lista de negocios</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Estado del traspaso</translation>
    </message>
    <message>
        <source>Show only deals in this handoff state</source>
        <translation>Mostrar solo los negocios cuyo traspaso está en este estado</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>&amp;Comercial:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Show only the deals of this sales rep</source>
        <translation>Mostrar solo los negocios de este comercial</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Solo señalados</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise that is infeasible or doubtful, or that support cannot fulfil or needs clarified (Alt+L)</source>
        <translation>Mostrar solo los traspasos abiertos con algún compromiso inviable o dudoso, o que soporte no puede cumplir o necesita que se aclare (Alt+L)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo con retraso</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise or task past its due date, or a draft past the submit target (Alt+O)</source>
        <translation>Mostrar solo los traspasos abiertos con un compromiso o una tarea cuya fecha de vencimiento ya pasó, o con un borrador que superó el plazo de envío (Alt+R)</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Número de negocios</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>One sales rep</source>
        <translation>Un comercial</translation>
    </message>
    <message>
        <source>All sales reps</source>
        <translation>Todos los comerciales</translation>
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
    <message>
        <source>No support owner yet</source>
        <translation>Todavía sin responsable de soporte</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Promises flagged: %1</source>
        <translation>Compromisos señalados: %1</translation>
    </message>
    <message>
        <source>Required checklist items answered. Computed for the rows shown; does not sort.</source>
        <translation>Elementos obligatorios de la lista de comprobación respondidos. Se calcula para las filas mostradas; no permite ordenar.</translation>
    </message>
    <message>
        <source>Open promises that are infeasible, doubtful, or that support cannot fulfil or needs clarified. Does not sort.</source>
        <translation>Compromisos abiertos que son inviables o dudosos, o que soporte no puede cumplir o necesita que se aclaren. No permite ordenar.</translation>
    </message>
    <message>
        <source>The earliest due date of an open promise or an unfinished task. Does not sort.</source>
        <translation>La fecha de vencimiento más próxima de un compromiso abierto o de una tarea sin completar. No permite ordenar.</translation>
    </message>
    <message>
        <source>Business days since closed-won against the submit target, while the handoff is a draft or returned. Does not sort.</source>
        <translation>Días hábiles transcurridos desde el cierre del negocio respecto al plazo de envío, mientras el traspaso es un borrador o está devuelto. No permite ordenar.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable de soporte</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalados</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Submit clock</source>
        <translation>Plazo de envío</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Required checklist items answered: %1 of %2</source>
        <translation>Elementos obligatorios de la lista de comprobación respondidos: %1 de %2</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Con retraso: vencía el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Nothing open is due</source>
        <translation>No hay nada pendiente con vencimiento</translation>
    </message>
    <message>
        <source>—</source>
        <comment>submit clock not running</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>The submit clock stops once the handoff is submitted.</source>
        <translation>El plazo de envío deja de contar cuando se envía el traspaso.</translation>
    </message>
    <message>
        <source>Over by %1 d</source>
        <comment>business days over the submit target</comment>
        <translation>Superado en %1 d</translation>
    </message>
    <message>
        <source>Business days since closed-won: %1; the target is %2.</source>
        <translation>Días hábiles desde el cierre del negocio: %1; el objetivo es %2.</translation>
    </message>
    <message>
        <source>%1/%2 d</source>
        <comment>business days of the submit target used</comment>
        <translation>%1/%2 d</translation>
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
        <source>Double-click a deal or press Enter to open it.</source>
        <translation>Haga doble clic en un negocio o pulse Intro para abrirlo.</translation>
    </message>
    <message>
        <source>Deals: %L1</source>
        <translation>Negocios: %L1</translation>
    </message>
    <message>
        <source>Deals: %L1 or more</source>
        <translation>Negocios: %L1 o más</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Restablecer columnas</translation>
    </message>
    <message>
        <source>Show this list&apos;s columns in their first order and widths</source>
        <translation>Mostrar las columnas de esta lista en su orden y anchura iniciales</translation>
    </message>
</context>
<context>
    <name>handoff::DealSession</name>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>No se pudo deshacer ni rehacer «%1»</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>este negocio</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>No se pudo guardar «%1»</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindDialog</name>
    <message>
        <source>Deals behind the figure</source>
        <translation>Negocios que componen la cifra</translation>
    </message>
    <message>
        <source>Which deals</source>
        <translation>Qué negocios</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Abrir negocio</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <source>Looking up the deals…</source>
        <translation>Buscando los negocios…</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>No hay negocios.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 deals, by deal number.</source>
        <translation>Los primeros %L1 de %L2 negocios, por número de negocio.</translation>
    </message>
    <message>
        <source>Deals: %L1. Double-click or press Enter to open one.</source>
        <translation>Negocios: %L1. Haga doble clic o pulse Intro para abrir uno.</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindModel</name>
    <message>
        <source>Double-click or press Enter to open the deal</source>
        <translation>Haga doble clic o pulse Intro para abrir el negocio</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable de soporte</translation>
    </message>
</context>
<context>
    <name>handoff::ExportDialog</name>
    <message>
        <source>Exported 1 deal to %1.</source>
        <translation>Se exportó 1 negocio a %1.</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2.</source>
        <translation>Se exportaron %1 negocios a %2.</translation>
    </message>
    <message>
        <source>Exported 1 promise to %1.</source>
        <translation>Se exportó 1 compromiso a %1.</translation>
    </message>
    <message>
        <source>Exported %1 promises to %2.</source>
        <translation>Se exportaron %1 compromisos a %2.</translation>
    </message>
    <message>
        <source>Exported 1 fulfilment task to %1.</source>
        <translation>Se exportó 1 tarea de cumplimiento a %1.</translation>
    </message>
    <message>
        <source>Exported %1 fulfilment tasks to %2.</source>
        <translation>Se exportaron %1 tareas de cumplimiento a %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Tareas de cumplimiento</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, para hojas de cálculo</translation>
    </message>
    <message>
        <source>JSON, for scripts</source>
        <translation>JSON, para scripts</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabla:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Every row of the table is written, whatever the lists show. The file appears only once it is complete.</source>
        <translation>Se escriben todas las filas de la tabla, independientemente de lo que muestren las listas. El archivo solo aparece cuando está completo.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>No se escribió la exportación</translation>
    </message>
</context>
<context>
    <name>handoff::HandoffActionsPanel</name>
    <message>
        <source>&amp;Submit to support</source>
        <translation>Enviar a &amp;soporte</translation>
    </message>
    <message>
        <source>&amp;Return to sales…</source>
        <translation>&amp;Devolver a ventas…</translation>
    </message>
    <message>
        <source>&amp;Accept handoff</source>
        <translation>Ace&amp;ptar traspaso</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff…</source>
        <translation>Ca&amp;ncelar traspaso…</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>Marcar como co&amp;mpletado</translation>
    </message>
    <message>
        <source>Hand the deal to support for review</source>
        <translation>Pasar el negocio a soporte para que lo revise</translation>
    </message>
    <message>
        <source>Take the account: you become its support owner and tasks are made from the accepted promises</source>
        <translation>Asumir la cuenta: usted pasa a ser su responsable de soporte y se crean tareas a partir de los compromisos aceptados</translation>
    </message>
    <message>
        <source>Send the handoff back to sales with a reason</source>
        <translation>Devolver el traspaso a ventas indicando un motivo</translation>
    </message>
    <message>
        <source>End this handoff for good, with a reason</source>
        <translation>Cerrar este traspaso de forma definitiva, indicando un motivo</translation>
    </message>
    <message>
        <source>Close the handoff: every promise is fulfilled or waived and every task is done</source>
        <translation>Cerrar el traspaso: todos los compromisos están cumplidos o dispensados y todas las tareas, completadas</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Forzar…</translation>
    </message>
    <message>
        <source>As a lead, take a step although its checks fail (the reason is recorded)</source>
        <translation>Como jefe de equipo, realizar un paso aunque no se superen sus comprobaciones (el motivo queda registrado)</translation>
    </message>
    <message>
        <source>Reasons the next step is refused</source>
        <translation>Motivos por los que se rechaza el siguiente paso</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a reason to go where it is fixed</source>
        <translation>Haga doble clic en un motivo o pulse Intro sobre él para ir adonde se corrige</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Handoff: &lt;b&gt;%1&lt;/b&gt; · Sales rep: %2 · Support owner: %3</source>
        <translation>Traspaso: &lt;b&gt;%1&lt;/b&gt; · Comercial: %2 · Responsable de soporte: %3</translation>
    </message>
    <message>
        <source>Before you can %1, fix these (reasons: %2):</source>
        <translation>Antes de poder %1, corrija lo siguiente (motivos: %2):</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>%1: acción rechazada</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>No se puede leer el negocio</translation>
    </message>
    <message>
        <source>The override was refused</source>
        <translation>Se rechazó la acción forzada</translation>
    </message>
    <message>
        <source>Record customer sat&amp;isfaction…</source>
        <translation>Registrar satisfacción del cl&amp;iente…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction with this handoff (CSAT, 1 to 5)</source>
        <translation>Registrar la satisfacción del cliente con este traspaso (CSAT, de 1 a 5)</translation>
    </message>
    <message>
        <source>Cannot read the customer&apos;s satisfaction</source>
        <translation>No se puede leer la satisfacción del cliente</translation>
    </message>
    <message>
        <source>%1 (%L2 to fix)</source>
        <translation>%1 (%L2 por resolver)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>%1 (%L2 left)</source>
        <translation>%1 (%L2 pendientes)</translation>
    </message>
    <message>
        <source>Work left before the handoff is fulfilled (%L1):</source>
        <translation>Trabajo pendiente antes de que el traspaso se cumpla (%L1):</translation>
    </message>
    <message>
        <source>Submitted: support sees it in the review queue now, and what they decide lands in your inbox.</source>
        <translation>Enviado: soporte lo ve ahora en la cola de revisión, y lo que decida llegará a su bandeja de entrada.</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; 1 task was made from the accepted promises (Tasks tab).</source>
        <translation>Aceptado: ahora este traspaso es suyo; se creó 1 tarea a partir de los compromisos aceptados (pestaña Tareas).</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; %L1 tasks were made from the accepted promises (Tasks tab).</source>
        <translation>Aceptado: ahora este traspaso es suyo; se crearon %L1 tareas a partir de los compromisos aceptados (pestaña Tareas).</translation>
    </message>
    <message>
        <source>Returned: the sales rep finds your reason in their inbox and on top of the deal.</source>
        <translation>Devuelto: el comercial encontrará su motivo en su bandeja de entrada y arriba del negocio.</translation>
    </message>
    <message>
        <source>Cancelled: the handoff is closed, with your reason in its history.</source>
        <translation>Cancelado: el traspaso está cerrado, con su motivo en el historial.</translation>
    </message>
    <message>
        <source>Fulfilled: the handoff is closed. Record the customer&apos;s satisfaction when you hear it.</source>
        <translation>Cumplido: el traspaso está cerrado. Registre la satisfacción del cliente cuando la conozca.</translation>
    </message>
</context>
<context>
    <name>handoff::HeadlineButton</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>handoff::ImportCheckPage</name>
    <message>
        <source>Check the file</source>
        <translation>Comprobar el archivo</translation>
    </message>
    <message>
        <source>Every row is read as the import would read it; nothing is changed yet.</source>
        <translation>Cada fila se lee tal como la leería la importación; todavía no se cambia nada.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Would import (new deals):</source>
        <translation>Se importarían (negocios nuevos):</translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation>Se actualizarían:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Ya actualizados:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Omitidos (no ganados):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>No se pudo comprobar el archivo.</translation>
    </message>
    <message>
        <source>Go back and forth to check again.</source>
        <translation>Pulse «Atrás» y después «Siguiente» para volver a comprobarlo.</translation>
    </message>
    <message>
        <source>The whole file was checked.</source>
        <translation>Se comprobó todo el archivo.</translation>
    </message>
    <message>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Nothing can be imported while any row is rejected: an import is all or nothing. Fix these rows in the file (or the mapping), save it and go Back to check again.</source>
        <translation>No se puede importar nada mientras haya alguna fila rechazada: una importación es todo o nada. Corrija estas filas en el archivo (o en la asignación), guárdelo y pulse «Atrás» para volver a comprobarlo.</translation>
    </message>
    <message>
        <source>Every won deal in the file is already in Handoff as the file has it: there is nothing to import.</source>
        <translation>Todos los negocios ganados del archivo ya están en Handoff tal como figuran en el archivo: no hay nada que importar.</translation>
    </message>
    <message>
        <source>The file holds no won deal to import: check the won stages on the previous page.</source>
        <translation>El archivo no contiene ningún negocio ganado que importar: compruebe las etapas ganadas en la página anterior.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportColumnsPage</name>
    <message>
        <source>tabs</source>
        <translation>tabuladores</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Check that the file reads right and choose which column fills which field of a deal. Fields in bold are required.</source>
        <translation>Compruebe que el archivo se lee correctamente y elija qué columna rellena cada campo de un negocio. Los campos en negrita son obligatorios.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>No se pudo abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2. The first %3 records are shown; the line numbers are the file&apos;s.</source>
        <translation>Leído como %1, con las columnas separadas por %2. Se muestran los primeros %3 registros; los números de línea son los del archivo.</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>La lectura se detuvo antes de tiempo: %1</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet:</source>
        <translation>Todavía no se puede importar con esta asignación:</translation>
    </message>
    <message>
        <source>the file has no column names.</source>
        <translation>el archivo no tiene nombres de columna.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>A CSV export of closed deals from your CRM (Salesforce, HubSpot) or from Handoff itself.</source>
        <translation>Una exportación CSV de negocios cerrados de su CRM (Salesforce, HubSpot) o del propio Handoff.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Ruta de un archivo .csv o .txt</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>S&amp;eparador:</translation>
    </message>
    <message>
        <source>Detect works for almost every export: a file that is not valid UTF-8 is read as Windows-1252, and the separator is the one the first line uses.</source>
        <translation>«Detectar» funciona con casi cualquier exportación: un archivo que no es UTF-8 válido se lee como Windows-1252, y el separador es el que usa la primera línea.</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>No se pudo abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>El archivo está vacío: una exportación empieza con una línea con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo que se va a importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The deals are written in one step: until it completes, the database stays as it was.</source>
        <translation>Los negocios se escriben en un solo paso: hasta que termina, la base de datos permanece como estaba.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>La importación falló; no se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked and now has rejected rows. Go Back to check it again.</source>
        <translation>No se importó nada: el archivo cambió después de comprobarlo y ahora tiene filas rechazadas. Pulse «Atrás» para volver a comprobarlo.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importación completada.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunner</name>
    <message>
        <source>Could not open &apos;%1&apos;: %2.</source>
        <translation>No se pudo abrir «%1»: %2.</translation>
    </message>
    <message>
        <source>Deals can be imported only into a database file, not into one held in memory.</source>
        <translation>Los acuerdos solo se pueden importar a un archivo de base de datos, no a una base de datos en memoria.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importación completada</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Lo que hizo la importación.</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Negocios nuevos:</translation>
    </message>
    <message>
        <source>Updated deals:</source>
        <translation>Negocios actualizados:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Ya actualizados:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Omitidos (no ganados):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rechazados:</translation>
    </message>
    <message>
        <source>Accounts created:</source>
        <translation>Cuentas creadas:</translation>
    </message>
    <message>
        <source>Sales reps created:</source>
        <translation>Comerciales creados:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>Contactos creados:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>New deals are drafts, ready for their handoff: All deals lists them, and each sales rep finds their own under My handoffs.</source>
        <translation>Los negocios nuevos son borradores listos para su traspaso: aparecen en «Todos los negocios», y cada comercial encuentra los suyos en «Mis traspasos».</translation>
    </message>
    <message>
        <source>Sales reps the file named but Handoff did not know yet were added as users.</source>
        <translation>Los comerciales que figuraban en el archivo y que Handoff aún no conocía se añadieron como usuarios.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportWizard</name>
    <message>
        <source>Import deals</source>
        <translation>Importar negocios</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
</context>
<context>
    <name>handoff::InboxModel</name>
    <message>
        <source>overdue since %1</source>
        <translation>vencido desde el %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leído</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>handoff::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Nothing needs you right now. Handoffs of yours that support returns or accepts, questions about your promises, what falls due within a week and comments that mention you (@ and your email&apos;s name) show here.</source>
        <translation>Ahora nada le necesita. Aquí aparecen sus traspasos que soporte devuelve o acepta, las preguntas sobre sus compromisos, lo que vence en una semana y los comentarios que le mencionan (@ y el nombre de su correo).</translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>&amp;Abrir negocio</translation>
    </message>
    <message>
        <source>Open the deal of the item and mark it read</source>
        <translation>Abrir el negocio del elemento y marcarlo como leído</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;leído</translation>
    </message>
    <message>
        <source>Mark the selected items read</source>
        <translation>Marcar como leídos los elementos seleccionados</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;no leído</translation>
    </message>
    <message>
        <source>Mark the selected items unread</source>
        <translation>Marcar como no leídos los elementos seleccionados</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>Mark every item of the inbox read</source>
        <translation>Marcar como leído cada elemento de la bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>handoff::InteractionProfile</name>
    <message>
        <source>key press</source>
        <translation>pulsación de tecla</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>atajo</translation>
    </message>
    <message>
        <source>mouse press</source>
        <translation>botón pulsado</translation>
    </message>
    <message>
        <source>mouse release</source>
        <translation>botón soltado</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>doble clic</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>rueda</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>temporizador</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in %3</source>
        <translation>%1 «%2» en %3</translation>
    </message>
    <message>
        <source>typing in %1</source>
        <translation>escritura en %1</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>Interactions on the GUI thread (count, median, slowest):</source>
        <translation>Interacciones en el hilo de la interfaz (número, mediana, la más lenta):</translation>
    </message>
    <message>
        <source>%1 × %2, median %3 ms, slowest %4 ms</source>
        <translation>%1 × %2, mediana %3 ms, la más lenta %4 ms</translation>
    </message>
</context>
<context>
    <name>handoff::LinkContactDialog</name>
    <message>
        <source>Add a person of the account</source>
        <translation>Añadir una persona de la cuenta</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rol en el negocio</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rol en el negocio:</translation>
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
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;. File ▸ Switch user to change.</source>
        <translation>Trabaja como %1 &lt;%2&gt;. Para cambiarlo, use Archivo ▸ Cambiar de usuario.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nuevo negocio…</translation>
    </message>
    <message>
        <source>Start the handoff of a closed-won deal</source>
        <translation>Iniciar el traspaso de un negocio ganado</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <source>Create an empty Handoff database file and open it</source>
        <translation>Crear un archivo de base de datos de Handoff vacío y abrirlo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open another Handoff database file</source>
        <translation>Abrir otro archivo de base de datos de Handoff</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Hacer &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is open</source>
        <translation>Escribir una copia coherente de la base de datos mientras está abierta</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <source>Work as another person</source>
        <translation>Trabajar como otra persona</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Language, default database and the team&apos;s handoff settings</source>
        <translation>Idioma, base de datos predeterminada y ajustes de traspaso del equipo</translation>
    </message>
    <message>
        <source>&amp;Close deal</source>
        <translation>C&amp;errar negocio</translation>
    </message>
    <message>
        <source>Close the deal in front (its edits are already saved)</source>
        <translation>Cerrar el negocio en primer plano (sus cambios ya están guardados)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts and promises</source>
        <translation>Buscar negocios, cuentas, contactos y compromisos</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Open deal in new &amp;window</source>
        <translation>Abrir negocio en una &amp;ventana nueva</translation>
    </message>
    <message>
        <source>Show the deal in front, or the one selected in the list, in a window of its own</source>
        <translation>Mostrar el negocio en primer plano, o el seleccionado en la lista, en una ventana propia</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Handoff databases (%1);;All files (*)</source>
        <translation>Bases de datos de Handoff (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Handoff databases (%1)</source>
        <translation>Bases de datos de Handoff (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; a new database needs a new file. Use File ▸ Open to open it.</source>
        <translation>«%1» ya existe; una base de datos nueva necesita un archivo nuevo. Use Archivo ▸ Abrir para abrirlo.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>No se escribió la copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>&amp;Metric definitions…</source>
        <translation>&amp;Definiciones de métricas…</translation>
    </message>
    <message>
        <source>What exactly each figure of the dashboard counts</source>
        <translation>Qué cuenta exactamente cada cifra del panel de control</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Servidor de equipo %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>The database on a team server this window shows</source>
        <translation>La base de datos de un servidor de equipo que muestra esta ventana</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;, the person of your login on the team&apos;s server.</source>
        <translation>Trabaja como %1 &lt;%2&gt;, la persona de su usuario en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Changes made by others show after View ▸ Refresh: %1</source>
        <translation>Los cambios de los demás aparecen tras Ver ▸ Actualizar: %1</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de entrada: %1</translation>
    </message>
    <message>
        <source>%1 What is on screen stays as it was; nothing can be saved until the server is back.</source>
        <translation>%1 Lo que se ve en pantalla se mantiene; no se puede guardar nada hasta que vuelva el servidor.</translation>
    </message>
    <message>
        <source>Team server unreachable</source>
        <translation>Servidor del equipo inaccesible</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in 1 second</source>
        <translation>Servidor del equipo inaccesible: nuevo intento en 1 segundo</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in %1 seconds</source>
        <translation>Servidor del equipo inaccesible: nuevo intento en %1 segundos</translation>
    </message>
    <message>
        <source>Connected to the team&apos;s server again; the window shows what changed meanwhile.</source>
        <translation>De nuevo conectado al servidor del equipo; la ventana muestra lo que cambió mientras tanto.</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Conexión con el servidor</translation>
    </message>
    <message>
        <source>Could not read the deals: the team&apos;s server cannot be reached</source>
        <translation>No se pudieron leer los negocios: no se puede acceder al servidor del equipo</translation>
    </message>
    <message>
        <source>Read the list, the inbox, the dashboard and the counts again</source>
        <translation>Volver a leer la lista, la bandeja de entrada, el panel y los recuentos</translation>
    </message>
</context>
<context>
    <name>handoff::MetricDefinitionsDialog</name>
    <message>
        <source>Metric definitions</source>
        <translation>Definiciones de métricas</translation>
    </message>
    <message>
        <source>Per sales rep, over the period</source>
        <translation>Por comercial, en el periodo</translation>
    </message>
    <message>
        <source>Per support rep, over the period</source>
        <translation>Por agente de soporte, en el periodo</translation>
    </message>
    <message>
        <source>Team trends, over the period</source>
        <translation>Tendencias del equipo, en el periodo</translation>
    </message>
    <message>
        <source>As of today, whatever the period</source>
        <translation>A fecha de hoy, sea cual sea el periodo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure of the dashboard and of &lt;code&gt;handoff metrics&lt;/code&gt;. A rate is shown with the counts it is taken from, &quot;75 % (3 of 4)&quot;; a rate with nothing to count shows &quot;no data&quot;, never 0 %. Double-click a figure on the dashboard to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todas las cifras del panel de control y de &lt;code&gt;handoff metrics&lt;/code&gt;. Una tasa se muestra con los recuentos de los que se obtiene, «75 % (3 de 4)»; una tasa sin nada que contar muestra «sin datos», nunca 0 %. Haga doble clic en una cifra del panel de control para ver los negocios que la componen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>handoff::NavigationPanel</name>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>My handoffs</source>
        <translation>Mis traspasos</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Cola de revisión</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Todos los negocios</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de control</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Catálogo de capacidades</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Plantilla de la lista de comprobación</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: %L2 unread (Ctrl+%3)</source>
        <translation>%1: %L2 sin leer (Ctrl+%3)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
</context>
<context>
    <name>handoff::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nuevo negocio</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
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
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Closed-won date</source>
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
        <source>Products or plan</source>
        <translation>Productos o plan</translation>
    </message>
    <message>
        <source>The customer&apos;s company</source>
        <translation>La empresa del cliente</translation>
    </message>
    <message>
        <source>e.g. 48,000.00</source>
        <translation>p. ej., 48.000,00</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>Re&amp;ferencia CRM:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>Fecha de ci&amp;erre:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>I&amp;nicio del contrato:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Productos o plan:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>C&amp;omercial:</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>C&amp;rear negocio</translation>
    </message>
    <message>
        <source>The deal was not created</source>
        <translation>No se creó el negocio</translation>
    </message>
    <message>
        <source> month</source>
        <translation> mes</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTaskModel</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>%1 · 1 day late</source>
        <translation>%1 · 1 día de retraso</translation>
    </message>
    <message>
        <source>%1 · %L2 days late</source>
        <translation>%1 · %L2 días de retraso</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · hoy</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Keeps the promise “%1”</source>
        <translation>Cumple la promesa «%1»</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>Vencida: vencía el %1 y no está hecha.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>De quién son las tareas</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <source>Due when</source>
        <translation>Cuándo vence</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Todas las abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;De quién:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>No se pudieron leer las tareas: %1</translation>
    </message>
    <message>
        <source>No open task of yours matches. Tasks are made when support accepts a handoff, from its promises.</source>
        <translation>Ninguna tarea abierta suya coincide. Las tareas se crean a partir de las promesas cuando soporte acepta un traspaso.</translation>
    </message>
    <message>
        <source>No open task matches.</source>
        <translation>Ninguna tarea abierta coincide.</translation>
    </message>
    <message>
        <source>The first %L1 tasks, soonest due first; narrow the list to see the rest.</source>
        <translation>Las primeras %L1 tareas, las que antes vencen primero; acote la lista para ver el resto.</translation>
    </message>
    <message>
        <source>1 open task.</source>
        <translation>1 tarea abierta.</translation>
    </message>
    <message>
        <source>%L1 open tasks.</source>
        <translation>%L1 tareas abiertas.</translation>
    </message>
</context>
<context>
    <name>handoff::OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Referencia CRM</translation>
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
        <source>Closed-won</source>
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
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <translation>Productos o plan</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Motivo de compra</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Criterios de éxito</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Riesgos conocidos</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>Re&amp;ferencia CRM:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>Fecha de ci&amp;erre:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>I&amp;nicio del contrato:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Productos o plan:</translation>
    </message>
    <message>
        <source>&amp;Go-live target:</source>
        <translation>Fecha prevista de p&amp;uesta en marcha:</translation>
    </message>
    <message>
        <source>&amp;Why they bought:</source>
        <translation>&amp;Motivo de compra:</translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation>Criterios de é&amp;xito:</translation>
    </message>
    <message>
        <source>Known ris&amp;ks:</source>
        <translation>Ries&amp;gos conocidos:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Editar el título</translation>
    </message>
    <message>
        <source>Edit CRM reference</source>
        <translation>Editar la referencia CRM</translation>
    </message>
    <message>
        <source>Edit products</source>
        <translation>Editar los productos</translation>
    </message>
    <message>
        <source>Edit closed-won date</source>
        <translation>Editar la fecha de cierre</translation>
    </message>
    <message>
        <source>Edit contract start</source>
        <translation>Editar el inicio del contrato</translation>
    </message>
    <message>
        <source>Edit go-live target</source>
        <translation>Editar la fecha prevista de puesta en marcha</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Editar la duración</translation>
    </message>
    <message>
        <source>Edit why they bought</source>
        <translation>Editar el motivo de compra</translation>
    </message>
    <message>
        <source>Edit success criteria</source>
        <translation>Editar los criterios de éxito</translation>
    </message>
    <message>
        <source>Edit known risks</source>
        <translation>Editar los riesgos conocidos</translation>
    </message>
    <message>
        <source>The amount was not saved</source>
        <translation>No se guardó el importe</translation>
    </message>
    <message>
        <source>Edit amount</source>
        <translation>Editar el importe</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Solo lectura: %1</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>Satisfacción del cliente:</translation>
    </message>
    <message>
        <source>%1 of 5 · %2 · given on %3</source>
        <translation>%1 de 5 · %2 · otorgada el %3</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · «%1»</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Aún no registrada</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Otra persona cambió el mismo campo mientras tanto.</translation>
    </message>
    <message>
        <source> month</source>
        <translation> mes</translation>
    </message>
    <message>
        <source>“%1” (required)</source>
        <translation>«%1» (obligatorio)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Also answers the checklist&apos;s %1.</source>
        <translation>También responde %1 de la lista de comprobación.</translation>
    </message>
</context>
<context>
    <name>handoff::PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>The days whose events the figures count; states &quot;as of today&quot; ignore it</source>
        <translation>Los días cuyos eventos cuentan las cifras; los estados «a fecha de hoy» no lo tienen en cuenta</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
</context>
<context>
    <name>handoff::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Igual que el sistema (%1)</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de datos predeterminada</translation>
    </message>
    <message>
        <source>The file in Handoff&apos;s data folder</source>
        <translation>El archivo de la carpeta de datos de Handoff</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the database Handoff opens when started without --database</source>
        <translation>Elegir la base de datos que Handoff abre al iniciarse sin --database</translation>
    </message>
    <message>
        <source>Handoff databases (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de Handoff (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>&amp;Base de datos predeterminada:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>Tasks made from a promise are due this many days before the promise</source>
        <translation>Las tareas creadas a partir de un compromiso vencen este número de días antes que el compromiso</translation>
    </message>
    <message>
        <source>A handoff should be submitted within this many business days of closed-won</source>
        <translation>Un traspaso debe enviarse dentro de este número de días hábiles después de ganar el negocio</translation>
    </message>
    <message>
        <source>The kickoff call should happen within this many business days of acceptance</source>
        <translation>La reunión de inicio debe celebrarse dentro de este número de días hábiles después de la aceptación</translation>
    </message>
    <message>
        <source>For the whole team (in this database)</source>
        <translation>Para todo el equipo (en esta base de datos)</translation>
    </message>
    <message>
        <source>Task &amp;due-date buffer:</source>
        <translation>Margen de &amp;vencimiento de las tareas:</translation>
    </message>
    <message>
        <source>&amp;Submit within:</source>
        <translation>&amp;Enviar en un plazo de:</translation>
    </message>
    <message>
        <source>&amp;Kickoff within:</source>
        <translation>&amp;Reunión de inicio en un plazo de:</translation>
    </message>
    <message>
        <source>Only team leads change the team&apos;s settings</source>
        <translation>Solo los jefes de equipo pueden cambiar los ajustes del equipo</translation>
    </message>
    <message>
        <source>The team settings were not saved</source>
        <translation>No se guardaron los ajustes del equipo</translation>
    </message>
    <message>
        <source>Handoff shows the new language the next time it starts.</source>
        <translation>Handoff mostrará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source> day</source>
        <translation> día</translation>
    </message>
    <message>
        <source> business day</source>
        <translation> día hábil</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
</context>
<context>
    <name>handoff::ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>¿Quién está trabajando?</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personas de esta base de datos</translation>
    </message>
    <message>
        <source>%1 — %2 &lt;%3&gt;</source>
        <translation>%1 — %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>&amp;I am one of these people</source>
        <translation>&amp;Soy una de estas personas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Or create a &amp;new profile</source>
        <translation>O crear un perfil &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Empezar a trabajar</translation>
    </message>
    <message>
        <source>Cannot use this profile</source>
        <translation>No se puede usar este perfil</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseActionPanel</name>
    <message>
        <source>Review and follow-up</source>
        <translation>Revisión y seguimiento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Your question, why it cannot be fulfilled, your answer, or why it is waived</source>
        <translation>Su pregunta, por qué no se puede cumplir, su respuesta o por qué se dispensa</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseEditorDialog</name>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Tipo de compromiso</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Lo que se prometió</translation>
    </message>
    <message>
        <source>Required, e.g. Okta single sign-on at go-live</source>
        <translation>Obligatorio, p. ej., inicio de sesión único de Okta en la puesta en marcha</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Palabras del cliente</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Lo que dijo el cliente, con sus propias palabras</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
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
        <source>Why it is promised anyway; needed to submit a blocked promise</source>
        <translation>Por qué se promete de todos modos; necesaria para enviar un compromiso bloqueado</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Lo que se prometió:</translation>
    </message>
    <message>
        <source>Customer&apos;s wo&amp;rds:</source>
        <translation>&amp;Palabras del cliente:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>&amp;Capacidad:</translation>
    </message>
    <message>
        <source>Feasibility:</source>
        <translation>Viabilidad:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Editar compromiso</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1: no se encontró ningún problema con el catálogo ni con la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Describa lo que se prometió.</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Indique la fecha de vencimiento del compromiso.</translation>
    </message>
    <message>
        <source>No capability of the catalog is called “%1”; pick one from the list or leave it empty.</source>
        <translation>Ninguna capacidad del catálogo se llama «%1»; elija una de la lista o deje el campo vacío.</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>El cliente dijo: «%1»</translation>
    </message>
    <message>
        <source>No capability from the catalog</source>
        <translation>Ninguna capacidad del catálogo</translation>
    </message>
    <message>
        <source>No problem found with the catalog or the due date.</source>
        <translation>No se encontró ningún problema con el catálogo ni con la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Palabras del cliente</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
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
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Support has not reviewed this promise yet.</source>
        <translation>Soporte aún no ha revisado este compromiso.</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
</context>
<context>
    <name>handoff::PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>&amp;Add promise</source>
        <translation>&amp;Añadir compromiso</translation>
    </message>
    <message>
        <source>Record a new promise</source>
        <translation>Registrar un compromiso nuevo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Change the selected promise</source>
        <translation>Editar el compromiso seleccionado</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove the selected promise</source>
        <translation>Eliminar el compromiso seleccionado</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Ace&amp;ptar</translation>
    </message>
    <message>
        <source>Accept the selected promise: support can keep it</source>
        <translation>Aceptar el compromiso seleccionado: soporte puede cumplirlo</translation>
    </message>
    <message>
        <source>Needs &amp;clarification</source>
        <translation>Requiere a&amp;claración</translation>
    </message>
    <message>
        <source>Ask the sales rep about the selected promise; write the question in the note</source>
        <translation>Preguntar al comercial sobre el compromiso seleccionado; escriba la pregunta en la nota</translation>
    </message>
    <message>
        <source>Cannot &amp;fulfil</source>
        <translation>&amp;No se puede cumplir</translation>
    </message>
    <message>
        <source>Say support cannot keep the selected promise; write why in the note</source>
        <translation>Indicar que soporte no puede cumplir el compromiso seleccionado; escriba el motivo en la nota</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Answer support&apos;s question about the selected promise with the note</source>
        <translation>Responder con la nota a la pregunta de soporte sobre el compromiso seleccionado</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Dispensar</translation>
    </message>
    <message>
        <source>Release the deal from the selected promise; write the reason in the note</source>
        <translation>Liberar el negocio del compromiso seleccionado; escriba el motivo en la nota</translation>
    </message>
    <message>
        <source>&amp;Mark fulfilled</source>
        <translation>&amp;Marcar como cumplido</translation>
    </message>
    <message>
        <source>Record that the selected promise was kept today</source>
        <translation>Registrar que el compromiso seleccionado se cumplió hoy</translation>
    </message>
    <message>
        <source>Promise actions</source>
        <translation>Acciones sobre compromisos</translation>
    </message>
    <message>
        <source>Promises of the deal</source>
        <translation>Compromisos del negocio</translation>
    </message>
    <message>
        <source>Selected promise</source>
        <translation>Compromiso seleccionado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>No se pudieron leer los compromisos: %1</translation>
    </message>
    <message>
        <source>No promises recorded for this deal yet.</source>
        <translation>Todavía no hay compromisos registrados para este negocio.</translation>
    </message>
    <message>
        <source>Select a promise to see why it is flagged and how it was reviewed.</source>
        <translation>Seleccione un compromiso para ver por qué está señalado y cómo se revisó.</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1: no se encontró ningún problema con el catálogo ni con la fecha de vencimiento.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revisión: %1</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>El cliente dijo: «%1»</translation>
    </message>
    <message>
        <source>Select a promise first.</source>
        <translation>Seleccione primero un compromiso.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
No es posible en este momento:
%2</translation>
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
        <source>Write your answer to support&apos;s question in the note.</source>
        <translation>Escriba en la nota su respuesta a la pregunta de soporte.</translation>
    </message>
    <message>
        <source>Write in the note why the promise is waived.</source>
        <translation>Escriba en la nota por qué se dispensa el compromiso.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble</source>
        <translation>Aceptar todos los &amp;viables</translation>
    </message>
    <message>
        <source>Accept every promise waiting for review whose feasibility is OK, each on its own in the history</source>
        <translation>Aceptar cada compromiso pendiente de revisión cuya viabilidad es correcta, cada uno por separado en el historial</translation>
    </message>
    <message>
        <source>No promise with an OK feasibility waits for review.</source>
        <translation>Ningún compromiso viable espera revisión.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble (%L1)</source>
        <translation>Aceptar todos los &amp;viables (%L1)</translation>
    </message>
    <message>
        <source>Accept 1 feasible promise</source>
        <translation>Aceptar 1 compromiso viable</translation>
    </message>
    <message>
        <source>Accept %L1 feasible promises</source>
        <translation>Aceptar %L1 compromisos viables</translation>
    </message>
</context>
<context>
    <name>handoff::ReportActions</name>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Impri&amp;mir…</translation>
    </message>
    <message>
        <source>Print the handoff report of the deal in front, or the team report of the dashboard</source>
        <translation>Imprimir el informe de traspaso del negocio en primer plano o el informe del equipo del panel de control</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>Ver las páginas del informe antes de imprimir</translation>
    </message>
    <message>
        <source>Export report as PD&amp;F…</source>
        <translation>Exportar informe como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Guardar el informe como archivo PDF</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Exportar informe como &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page</source>
        <translation>Guardar el informe como página web</translation>
    </message>
    <message>
        <source>Open a deal or the dashboard to print its report.</source>
        <translation>Abra un negocio o el panel de control para imprimir su informe.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>No se pudo generar el informe.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>Se envió 1 página a la impresora.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <source>handoff-report-deal-%1</source>
        <translation>informe-traspaso-negocio-%1</translation>
    </message>
    <message>
        <source>team-report-%1-to-%2</source>
        <translation>informe-equipo-%1-a-%2</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar informe como PDF</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Exportar informe como HTML</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <source>Name the file with .pdf or .html at the end.</source>
        <translation>Ponga .pdf o .html al final del nombre del archivo.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>Se guardó %1 (1 página).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Se guardó %1 (%2 páginas).</translation>
    </message>
</context>
<context>
    <name>handoff::ScorecardModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>Everyone in the period, counted once</source>
        <translation>Todos los del periodo, contados una sola vez</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2: %3&lt;/p&gt;&lt;p&gt;Double-click or press Enter to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2: %3&lt;/p&gt;&lt;p&gt;Haga doble clic o pulse Intro para ver los negocios que la componen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Agente de soporte</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to sort by it; the team&apos;s total stays last.</source>
        <translation>Haga clic en el título de una columna para ordenar por ella; el total del equipo siempre queda al final.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>handoff::SearchField</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts, promises (Ctrl+K)</source>
        <translation>Buscar negocios, cuentas, contactos y compromisos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find deals, accounts, contacts and promises by the words they contain. Up and Down choose a result, Enter opens its deal, Escape closes the list.</source>
        <translation>Busque negocios, cuentas, contactos y compromisos por las palabras que contienen. Las teclas Arriba y Abajo eligen un resultado, Intro abre su negocio y Esc cierra la lista.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>No hay resultados para «%1»</translation>
    </message>
</context>
<context>
    <name>handoff::ServerLink</name>
    <message>
        <source>The connection to the team&apos;s server &apos;%1&apos; is lost.</source>
        <translation>Se perdió la conexión con el servidor del equipo «%1».</translation>
    </message>
</context>
<context>
    <name>handoff::StateBanner</name>
    <message>
        <source>What needs your attention</source>
        <translation>Lo que requiere su atención</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned to sales&lt;/b&gt; on %1: %2</source>
        <translation>&lt;b&gt;Devuelto a ventas&lt;/b&gt; el %1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support asks about these promises&lt;/b&gt; (answer on the Promises tab):</source>
        <translation>&lt;b&gt;Soporte pregunta por estos compromisos&lt;/b&gt; (responda en la pestaña Compromisos):</translation>
    </message>
</context>
<context>
    <name>handoff::TaskEditorDialog</name>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Required, e.g. Configure SSO with the customer&apos;s IT</source>
        <translation>Obligatorio, p. ej., Configurar el SSO con el departamento de TI del cliente</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Para el compromiso</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>Ningún compromiso</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vencimiento:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Asignada a:</translation>
    </message>
    <message>
        <source>For &amp;promise:</source>
        <translation>Para el &amp;compromiso:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
</context>
<context>
    <name>handoff::TaskTableModel</name>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>Atrasada: vencía el %1 y no está completada.</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Atrasada</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Para el compromiso</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>handoff::TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <source>Add a fulfilment task</source>
        <translation>Añadir una tarea de cumplimiento</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Completar</translation>
    </message>
    <message>
        <source>Mark the selected task done today</source>
        <translation>Marcar la tarea seleccionada como completada hoy</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove the selected task</source>
        <translation>Eliminar la tarea seleccionada</translation>
    </message>
    <message>
        <source>Assignee of the selected task</source>
        <translation>Persona asignada a la tarea seleccionada</translation>
    </message>
    <message>
        <source>Give the selected task to another support rep or lead</source>
        <translation>Asignar la tarea seleccionada a otro agente de soporte o jefe de equipo</translation>
    </message>
    <message>
        <source>Status of the selected task</source>
        <translation>Estado de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Set the status of the selected task</source>
        <translation>Establecer el estado de la tarea seleccionada</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>A&amp;signada a:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>Acciones sobre tareas</translation>
    </message>
    <message>
        <source>Fulfilment tasks of the deal</source>
        <translation>Tareas de cumplimiento del negocio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>No se pudieron leer las tareas: %1</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Seleccione primero una tarea.</translation>
    </message>
    <message>
        <source>The task is already done.</source>
        <translation>La tarea ya está completada.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
No es posible en este momento:
%2</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateItemDialog</name>
    <message>
        <source>A deal cannot be submitted without it</source>
        <translation>Un negocio no se puede enviar sin este elemento</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Choose a section or type the name of a new one; a new section goes at the end.</source>
        <translation>Elija una sección o escriba el nombre de una nueva; una sección nueva se coloca al final.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>What the sales rep is asked, e.g. Security questionnaire</source>
        <translation>Lo que se pregunta al comercial, p. ej., Cuestionario de seguridad</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>What a good answer says, shown under the item</source>
        <translation>Lo que dice una buena respuesta; se muestra debajo del elemento</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Opciones, una por línea</translation>
    </message>
    <message>
        <source>One choice per line; only for an item of the kind Choice.</source>
        <translation>Una opción por línea; solo para un elemento de tipo Selección.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>The stable name that answers and imports use; it never changes.</source>
        <translation>El nombre estable que usan las respuestas y las importaciones; nunca cambia.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>A&amp;yuda:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Opciones:</translation>
    </message>
    <message>
        <source>Re&amp;quired:</source>
        <translation>O&amp;bligatorio:</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <source>An item that asks for a fact the deal already has is answered by that field, so that the checklist and the Overview never disagree.</source>
        <translation>Un punto que pide un dato que el acuerdo ya tiene se responde con ese campo, para que la lista de comprobación y el resumen nunca discrepen.</translation>
    </message>
    <message>
        <source>Its own answer on the checklist</source>
        <translation>Su propia respuesta en la lista de comprobación</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 del acuerdo</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Respondido por:</translation>
    </message>
    <message>
        <source>How many open drafts this affects could not be read: %1</source>
        <translation>No se pudo leer a cuántos borradores afecta: %1</translation>
    </message>
    <message>
        <source>No open draft or returned handoff lacks this answer.</source>
        <translation>A ningún borrador ni traspaso devuelto le falta esta respuesta.</translation>
    </message>
    <message>
        <source>1 open draft or returned handoff will need this answer before it can be submitted.</source>
        <translation>1 borrador o traspaso devuelto necesitará esta respuesta antes de poder enviarse.</translation>
    </message>
    <message>
        <source>%L1 open drafts and returned handoffs will need this answer before they can be submitted.</source>
        <translation>%L1 borradores y traspasos devueltos necesitarán esta respuesta antes de poder enviarse.</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateView</name>
    <message>
        <source>Checklist template</source>
        <translation>Plantilla de la lista de comprobación</translation>
    </message>
    <message>
        <source>Checklist items by section</source>
        <translation>Elementos de la lista de comprobación por sección</translation>
    </message>
    <message>
        <source>Every item a handoff asks for, grouped by section, in the order sales reps see them.</source>
        <translation>Todos los elementos que pide un traspaso, agrupados por sección, en el orden en que los ven los comerciales.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Añadir elemento…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Editar elemento…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>E&amp;liminar elemento…</translation>
    </message>
    <message>
        <source>Only team leads change the checklist template.</source>
        <translation>Solo los jefes de equipo pueden cambiar la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an item to the selected section</source>
        <translation>Añadir un elemento a la sección seleccionada</translation>
    </message>
    <message>
        <source>Edit the selected item (also Enter or double-click)</source>
        <translation>Editar el elemento seleccionado (también con Intro o doble clic)</translation>
    </message>
    <message>
        <source>Move the selected item up within its section</source>
        <translation>Subir el elemento seleccionado dentro de su sección</translation>
    </message>
    <message>
        <source>Move the selected item down within its section</source>
        <translation>Bajar el elemento seleccionado dentro de su sección</translation>
    </message>
    <message>
        <source>Remove the selected item from the template</source>
        <translation>Eliminar el elemento seleccionado de la plantilla</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the checklist template.</source>
        <translation>Solo lectura: solo los jefes de equipo pueden cambiar la plantilla de la lista de comprobación.</translation>
    </message>
    <message>
        <source>Could not read the checklist template: %1</source>
        <translation>No se pudo leer la plantilla de la lista de comprobación: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Opciones: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Añadir elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Editar elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Se añadió «%1» a «%2»</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; again</source>
        <translation>Se volvió a quitar «%1»</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;</source>
        <translation>Se actualizó «%1»</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;</source>
        <translation>Se deshizo el cambio en «%1»</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>the checklist item &apos;%1&apos;</source>
        <translation>el elemento «%1» de la lista de comprobación</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>La modificación se descartó en favor de la otra versión.</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; up</source>
        <translation>Subir «%1»</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; down</source>
        <translation>Bajar «%1»</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; up</source>
        <translation>Se subió «%1»</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; down</source>
        <translation>Se bajó «%1»</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; back</source>
        <translation>Se devolvió «%1» a su posición</translation>
    </message>
    <message>
        <source>Could not move “%1”</source>
        <translation>No se pudo mover «%1»</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Eliminar elemento de la lista de comprobación</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the checklist template?</source>
        <translation>¿Eliminar «%1» de la plantilla de la lista de comprobación?</translation>
    </message>
    <message>
        <source>Handoffs will no longer ask for it. Undo brings it back.</source>
        <translation>Los traspasos ya no lo pedirán. Deshacer lo restaura.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the checklist template</source>
        <translation>Se eliminó «%1» de la plantilla de la lista de comprobación</translation>
    </message>
    <message>
        <source>Put &apos;%1&apos; back</source>
        <translation>Restaurar «%1»</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Could not remove “%1”</source>
        <translation>No se pudo eliminar «%1»</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>No se pudo deshacer ni rehacer «%1»</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 del acuerdo</translation>
    </message>
    <message>
        <source>Answered by the deal&apos;s own field; the checklist shows it and goes to it.</source>
        <translation>Respondido por un campo propio del acuerdo; la lista de comprobación lo muestra y lleva a él.</translation>
    </message>
</context>
<context>
    <name>handoff::TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring closed deals from a CRM export (CSV) into Handoff</source>
        <translation>Traer a Handoff los negocios cerrados de una exportación de CRM (CSV)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the deals, promises or fulfilment tasks as CSV or JSON</source>
        <translation>Escribir los negocios, compromisos o tareas de cumplimiento como CSV o JSON</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Exportar ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Write task and promise due dates as an iCalendar file for a calendar program</source>
        <translation>Escribir las fechas de vencimiento de tareas y compromisos en un archivo iCalendar para un programa de calendario</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Importar negocios</translation>
    </message>
</context>
<context>
    <name>handoff::TransitionDialog</name>
    <message>
        <source>Return “%1” to sales</source>
        <translation>Devolver «%1» a ventas</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note for the sales rep:</source>
        <translation>&amp;Nota para el comercial:</translation>
    </message>
    <message>
        <source>Say what sales must fix; the note is required.</source>
        <translation>Indique qué debe corregir ventas; la nota es obligatoria.</translation>
    </message>
    <message>
        <source>&amp;Return handoff</source>
        <translation>&amp;Devolver traspaso</translation>
    </message>
    <message>
        <source>Cancel the handoff of “%1”</source>
        <translation>Cancelar el traspaso de «%1»</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled?</source>
        <translation>¿&amp;Por qué se cancela?</translation>
    </message>
    <message>
        <source>Cancelling ends the handoff for good; the reason is required and kept in the history.</source>
        <translation>La cancelación pone fin definitivamente al traspaso; el motivo es obligatorio y se conserva en el historial.</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff</source>
        <translation>Cancelar &amp;traspaso</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>Override the rules for “%1”</source>
        <translation>Forzar una decisión sobre «%1»</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Reason for the override:</source>
        <translation>&amp;Motivo para forzar la decisión:</translation>
    </message>
    <message>
        <source>The action is done although its checks fail. The reason is required and recorded with your name.</source>
        <translation>La acción se realiza aunque no se superen sus comprobaciones. El motivo es obligatorio y se registra con su nombre.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Forzar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel handoff</source>
        <translation>Cancelar traspaso</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>Marcar como completado</translation>
    </message>
</context>
<context>
    <name>handoff::Workspace</name>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
</context>
</TS>
