<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank in eine neue Datei, auch während die Arbeitsoberfläche sie verwendet. Überschreibt nie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Die neue Sicherungsdatei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>backup needs exactly one argument: the file to write.</source>
        <translation>backup erwartet genau ein Argument: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Backed up &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>„%1“ wurde in „%2“ gesichert.</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Writes open fulfilment tasks and promise due dates as an iCalendar (.ics) file that calendar programs import; importing a newer file updates the events instead of adding copies.</source>
        <translation>Schreibt offene Umsetzungsaufgaben und Fälligkeitstermine von Zusagen in eine iCalendar-Datei (.ics), die Kalenderprogramme importieren können; beim Import einer neueren Datei werden die Termine aktualisiert, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once it is complete.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben. Die Datei erscheint erst, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>DATEI.ics</translation>
    </message>
    <message>
        <source>Only this user&apos;s calendar: the tasks assigned to them and the promises of the deals they sold or own in support.</source>
        <translation>Nur den Kalender dieses Benutzers: die ihm zugewiesenen Aufgaben und die Zusagen der Deals, die er verkauft hat oder im Support verantwortet.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>calendar takes no arguments; name the file with -o FILE.ics.</source>
        <translation>calendar erwartet keine Argumente; geben Sie die Datei mit -o DATEI.ics an.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.ics.</source>
        <translation>--force gilt nur zusammen mit -o DATEI.ics.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>Events written to &apos;%1&apos;: %2.</source>
        <translation>Nach „%1“ geschriebene Termine: %2.</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Could not write the calendar: %1.</source>
        <translation>Der Kalender konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Task: %1 — %2</source>
        <translation>Aufgabe: %1 — %2</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Deal: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal state: %1</source>
        <translation>Übergabestatus: %1</translation>
    </message>
    <message>
        <source>Task status: %1</source>
        <translation>Aufgabenstatus: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Zugewiesen an: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemanden</translation>
    </message>
    <message>
        <source>For the promise: %1</source>
        <translation>Zur Zusage: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1</source>
        <translation>Machbarkeit: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1 — %2</source>
        <translation>Machbarkeit: %1 — %2</translation>
    </message>
    <message>
        <source>Promise due: %1 — %2</source>
        <translation>Zusage fällig: %1 — %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Capability: %1</source>
        <translation>Leistungsmerkmal: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Only a team lead can change the capability catalog.</source>
        <translation>Nur ein Teamleiter kann den Katalog der Leistungsmerkmale ändern.</translation>
    </message>
    <message>
        <source>Give the capability a name.</source>
        <translation>Geben Sie dem Leistungsmerkmal einen Namen.</translation>
    </message>
    <message>
        <source>The catalog already has a capability named &apos;%1&apos;.</source>
        <translation>Der Katalog enthält bereits ein Leistungsmerkmal namens „%1“.</translation>
    </message>
    <message>
        <source>Choose whether the capability is available, beta, planned or unsupported.</source>
        <translation>Wählen Sie, ob das Leistungsmerkmal verfügbar, in der Beta-Phase, geplant oder nicht unterstützt ist.</translation>
    </message>
    <message>
        <source>The standard lead time cannot be negative.</source>
        <translation>Die Standardvorlaufzeit darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The capability was not added to the catalog.</source>
        <translation>Das Leistungsmerkmal wurde nicht in den Katalog aufgenommen.</translation>
    </message>
    <message>
        <source>The capability was not saved.</source>
        <translation>Das Leistungsmerkmal wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version and the append-only audit log. Exits with 0 only when every check passes.</source>
        <translation>Prüft die Datenbank: Integrität, Fremdschlüssel, Schemaversion und das Audit-Protokoll, das nur ergänzt werden darf. Beendet sich nur dann mit 0, wenn alle Prüfungen bestanden sind.</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok    </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed the check.</source>
        <translation>„%1“ hat die Prüfung nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>&quot;%1&quot; is a yes-or-no item; answer it with true or false.</source>
        <translation>„%1“ ist ein Ja/Nein-Punkt; beantworten Sie ihn mit true oder false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a date written as YYYY-MM-DD; &quot;%2&quot; is not one.</source>
        <translation>„%1“ erwartet ein Datum im Format JJJJ-MM-TT; „%2“ ist keines.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten von „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name one of the deal&apos;s contacts; add the person to the deal&apos;s contacts first.</source>
        <translation>„%1“ muss einen der Kontakte des Deals angeben; fügen Sie die Person zuerst zu den Kontakten des Deals hinzu.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can fill in the checklist of &quot;%1&quot;.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann die Checkliste von „%1“ ausfüllen.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; its checklist can no longer change.</source>
        <translation>Die Übergabe hat den Status „%1“; ihre Checkliste kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; the checklist can change again only while it is a draft or after support returns it.</source>
        <translation>Die Übergabe hat den Status „%1“; die Checkliste kann erst wieder geändert werden, wenn die Übergabe ein Entwurf ist oder der Support sie zurückgegeben hat.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>Die Checkliste hat keinen Punkt „%1“.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Die Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated and cannot act.</source>
        <translation>%1 &lt;%2&gt; ist deaktiviert und kann nicht handeln.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>In die Standardausgabe konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Fügen Sie --force hinzu, um sie zu ersetzen.</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>%1 cannot comment: the account is deactivated.</source>
        <translation>%1 kann nicht kommentieren: Das Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>The comment was not added: it is empty.</source>
        <translation>Der Kommentar wurde nicht hinzugefügt: Er ist leer.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Die Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not supported; use utf-8, windows-1252 or latin-1.</source>
        <translation>Die Kodierung „%1“ wird nicht unterstützt; verwenden Sie utf-8, windows-1252 oder latin-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate the columns; use a comma, a semicolon, a tab or another plain character that is not a quote or a line break.</source>
        <translation>„%1“ kann keine Spalten trennen; verwenden Sie ein Komma, ein Semikolon, einen Tabulator oder ein anderes einfaches Zeichen, das weder ein Anführungszeichen noch ein Zeilenumbruch ist.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be read; save it again as &quot;CSV UTF-8&quot; or plain CSV.</source>
        <translation>Die Datei ist als UTF-16 („Unicode-Text“) gespeichert, das nicht gelesen werden kann; speichern Sie sie erneut als „CSV UTF-8“ oder als einfache CSV-Datei.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>Die Datei konnte nach Zeile %1 nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file; a closing quote is missing in that line or a quote inside the field is not written twice (&quot;&quot;)</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist vor dem Dateiende nicht geschlossen; in dieser Zeile fehlt ein schließendes Anführungszeichen, oder ein Anführungszeichen im Feld ist nicht verdoppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: column %2 has text after its closing quote; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>Zeile %1: Spalte %2 enthält Text nach dem schließenden Anführungszeichen; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is busy or locked by another program. Try again in a moment, or close the other program.</source>
        <translation>Fehler beim %1: Die Datenbank „%2“ ist belegt oder von einem anderen Programm gesperrt. Versuchen Sie es gleich noch einmal, oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; cannot be written (%3).</source>
        <translation>Fehler beim %1: In die Datenbank „%2“ kann nicht geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is damaged (%3). Restore it from a backup.</source>
        <translation>Fehler beim %1: Die Datenbank „%2“ ist beschädigt (%3). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Fehler beim %1: %2.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>read or write the database</source>
        <translation>Lesen oder Schreiben der Datenbank</translation>
    </message>
    <message>
        <source>was written by a newer version of Handoff (schema %1; this version reads up to %2). Update Handoff to open it.</source>
        <translation>wurde von einer neueren Version von Handoff geschrieben (Schema %1; diese Version liest bis Schema %2). Aktualisieren Sie Handoff, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>existiert nicht.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Handoff did not upgrade &apos;%1&apos; because it could not first make a backup copy: %2</source>
        <translation>Handoff hat „%1“ nicht aktualisiert, weil zuvor keine Sicherungskopie erstellt werden konnte: %2</translation>
    </message>
    <message>
        <source>is damaged or is not a database. Restore it from a backup.</source>
        <translation>ist beschädigt oder keine Datenbank. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a Handoff database.</source>
        <translation>ist eine leere SQLite-Datenbank, keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>ist eine SQLite-Datenbank einer anderen Anwendung, keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>is damaged. Restore it from a backup.</source>
        <translation>ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>Die Datei „%1“ ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; &apos;handoff check&apos; listet die Schäden auf.</translation>
    </message>
    <message>
        <source>already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>existiert bereits. Wählen Sie einen neuen Namen: Eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>kann nicht erstellt werden: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>Sichern der Datenbank</translation>
    </message>
    <message>
        <source>back up the database to &apos;%1&apos;</source>
        <translation>Sichern der Datenbank in „%1“</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>Beginnen einer Änderung</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>Die Änderung wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &apos;%1&apos; %2</source>
        <translation>Die Datei „%1“ %2</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>existiert nicht.</translation>
    </message>
    <message>
        <source>is a folder or a device, not a database file.</source>
        <translation>ist ein Ordner oder ein Gerät, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Handoff database.</source>
        <translation>ist leer: Es ist keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>is not a Handoff database: it is not an SQLite database at all (a text file, a document or a damaged file?).</source>
        <translation>ist keine Handoff-Datenbank: Es ist überhaupt keine SQLite-Datenbank (eine Textdatei, ein Dokument oder eine beschädigte Datei?).</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>ist eine SQLite-Datenbank einer anderen Anwendung, keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>is read-only. Handoff needs to write to its database: make the file writable or open a copy.</source>
        <translation>ist schreibgeschützt. Handoff muss in seine Datenbank schreiben können: Machen Sie die Datei beschreibbar, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>is in a folder that cannot be written (&apos;%1&apos;). Handoff keeps a write-ahead log next to the database and needs to write there.</source>
        <translation>liegt in einem Ordner, in den nicht geschrieben werden kann („%1“). Handoff führt neben der Datenbank ein Write-Ahead-Log und muss dort schreiben können.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>kann nicht erstellt werden: Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; cannot be written.</source>
        <translation>kann nicht erstellt werden: In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>kann nicht erstellt werden: %1.</translation>
    </message>
    <message>
        <source>cannot be made private to its owner: %1.</source>
        <translation>kann nicht auf den Zugriff durch den Eigentümer beschränkt werden: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on a network file system (%2). Handoff&apos;s database needs a local disk: on a network share two computers can damage it. Keep the file on this computer and use backups to share it.</source>
        <translation>„%1“ liegt auf einem Netzwerkdateisystem (%2). Die Datenbank von Handoff benötigt einen lokalen Datenträger: Auf einer Netzwerkfreigabe können zwei Computer sie beschädigen. Bewahren Sie die Datei auf diesem Computer auf, und geben Sie sie über Sicherungen weiter.</translation>
    </message>
</context>
<context>
    <name>DealCommand</name>
    <message>
        <source>Lists deals, shows one, and moves a handoff through its workflow: list, show ID, submit ID, return ID, accept ID, fulfil ID.</source>
        <translation>Listet Deals auf, zeigt einen Deal an und führt eine Übergabe durch ihren Workflow: list, show ID, submit ID, return ID, accept ID, fulfil ID.</translation>
    </message>
    <message>
        <source>list, show, submit, return, accept or fulfil.</source>
        <translation>list, show, submit, return, accept oder fulfil.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>The deal&apos;s id (all actions but list).</source>
        <translation>Die ID des Deals (alle Aktionen außer list).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list: only deals in this state (%1).</source>
        <translation>list: nur Deals in diesem Status (%1).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>list, show: print JSON instead of text.</source>
        <translation>list, show: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>submit, return, accept, fulfil: the email of the user who acts.</source>
        <translation>submit, return, accept, fulfil: die E-Mail-Adresse des handelnden Benutzers.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>return: why the handoff goes back (%1).</source>
        <translation>return: warum die Übergabe zurückgegeben wird (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>return: what sales has to do.</source>
        <translation>return: was der Vertrieb tun muss.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>deal needs an action: %1.</source>
        <translation>deal erwartet eine Aktion: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of deal. Actions: %2.</source>
        <translation>„%1“ ist keine Aktion von deal. Aktionen: %2.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;deal %2&apos;.</source>
        <translation>--%1 gilt nicht für &apos;deal %2&apos;.</translation>
    </message>
    <message>
        <source>deal list takes no other argument.</source>
        <translation>deal list erwartet kein weiteres Argument.</translation>
    </message>
    <message>
        <source>deal %1 needs exactly one deal id.</source>
        <translation>deal %1 erwartet genau eine Deal-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>„%1“ ist keine Deal-ID: IDs sind ganze Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>deal %1 needs --as EMAIL: the user who acts.</source>
        <translation>deal %1 erwartet --as E-MAIL: den handelnden Benutzer.</translation>
    </message>
    <message>
        <source>deal return needs --reason CODE, one of: %1.</source>
        <translation>deal return erwartet --reason CODE mit einem dieser Werte: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a return reason. Reasons: %2.</source>
        <translation>„%1“ ist kein Rückgabegrund. Gründe: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state. States: %2.</source>
        <translation>„%1“ ist kein Status. Mögliche Status: %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KUNDE</translation>
    </message>
    <message>
        <source>SALES REP</source>
        <translation>VERTRIEBSMITARBEITER</translation>
    </message>
    <message>
        <source>Deal %1: %2 (%3)</source>
        <translation>Deal %1: %2 (%3)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sales rep: %1</source>
        <translation>Vertriebsmitarbeiter: %1</translation>
    </message>
    <message>
        <source>Support owner: %1</source>
        <translation>Support-Verantwortlicher: %1</translation>
    </message>
    <message>
        <source>Closed won: %1, amount %2</source>
        <translation>Gewonnen am %1, Betrag %2</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 required items answered, %3 of %4 in all</source>
        <translation>Checkliste: %1 von %2 Pflichtpunkten beantwortet, %3 von %4 insgesamt</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>Zusagen:</translation>
    </message>
    <message>
        <source>  #%1 %2: %3, due %4; feasibility %5; review %6; %7</source>
        <translation>  #%1 %2: %3, fällig am %4; Machbarkeit: %5; Prüfung: %6; %7</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>  #%1 %2, %3, due %4; %5</source>
        <translation>  #%1 %2, %3, fällig am %4; %5</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Deal %1 &apos;%2&apos; is now %3.</source>
        <translation>Deal %1 „%2“ hat jetzt den Status „%3“.</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Promise added</source>
        <translation>Zusage hinzugefügt</translation>
    </message>
    <message>
        <source>Promise removed</source>
        <translation>Zusage entfernt</translation>
    </message>
    <message>
        <source>Promise changed</source>
        <translation>Zusage geändert</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Kontakt hinzugefügt</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Kontakt entfernt</translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation>Kanal hinzugefügt</translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation>Kanal entfernt</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Kanal geändert</translation>
    </message>
    <message>
        <source>Changes since the last submission:</source>
        <translation>Änderungen seit der letzten Einreichung:</translation>
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
        <translation>es ist kein Vertriebsmitarbeiter angegeben, und der importierende Benutzer gehört nicht zum Vertrieb</translation>
    </message>
    <message>
        <source>the sales rep&apos;s email &apos;%1&apos; is not an email address</source>
        <translation>die E-Mail-Adresse „%1“ des Vertriebsmitarbeiters ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the sales rep %1 is a support user in Handoff, and support cannot own a deal</source>
        <translation>der Vertriebsmitarbeiter %1 ist in Handoff ein Support-Benutzer, und der Support kann nicht für einen Deal verantwortlich sein</translation>
    </message>
    <message>
        <source>The deal %1 disappeared during the import.</source>
        <translation>Der Deal %1 ist während des Imports verschwunden.</translation>
    </message>
</context>
<context>
    <name>DealImporter</name>
    <message>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>%1 cannot import deals: only an active sales rep or team lead can.</source>
        <translation>%1 kann keine Deals importieren: Das können nur aktive Vertriebsmitarbeiter oder Teamleiter.</translation>
    </message>
    <message>
        <source>The file to import is not open for reading.</source>
        <translation>Die zu importierende Datei ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>Die Datei ist leer: Ein Export beginnt mit einer Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fills an empty database with realistic generated deals, promises and tasks. The same seed gives the same data.</source>
        <translation>Füllt eine leere Datenbank mit realistisch generierten Deals, Zusagen und Aufgaben. Derselbe Startwert ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>How many deals to generate (default: 200).</source>
        <translation>Anzahl der zu generierenden Deals (Standard: 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator (default: 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--deals takes a whole number from 1 to 10000000, not &apos;%1&apos;.</source>
        <translation>--deals erwartet eine ganze Zahl von 1 bis 10000000, nicht „%1“.</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 4294967295, nicht „%1“.</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Demodaten werden generiert: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Generated %1 deals, %2 promises, %3 tasks, %4 contacts, %5 audit entries in %6 s into %7.</source>
        <translation>%1 Deals, %2 Zusagen, %3 Aufgaben, %4 Kontakte und %5 Audit-Einträge in %6 s generiert und in %7 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot generate demo data: no database is open.</source>
        <translation>Demodaten können nicht generiert werden: Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Cannot generate %1 demo deals: choose a number from 1 to %2.</source>
        <translation>%1 Demo-Deals können nicht generiert werden: Wählen Sie eine Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>customer accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message>
        <source>capabilities in its catalog</source>
        <translation>Leistungsmerkmale im Katalog</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, and &apos;%1&apos; already has %2. Create a new database for the demo (for example with --database).</source>
        <translation>Demodaten können nur in eine leere Datenbank geschrieben werden, aber „%1“ enthält bereits %2. Legen Sie für die Demo eine neue Datenbank an (zum Beispiel mit --database).</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the database was left unchanged.</source>
        <translation>Das Generieren der Demodaten wurde abgebrochen; die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not write demo deal %1 of %2; nothing was saved. %3</source>
        <translation>Demo-Deal %1 von %2 konnte nicht geschrieben werden; es wurde nichts gespeichert. %3</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports deals, promises or fulfilment tasks as CSV (UTF-8 with a byte-order mark, safe to open in a spreadsheet) or JSON (an array of objects with snake_case keys), to standard output or a file.</source>
        <translation>Exportiert Deals, Zusagen oder Umsetzungsaufgaben als CSV (UTF-8 mit Byte-Order-Mark, kann gefahrlos in einer Tabellenkalkulation geöffnet werden) oder als JSON (ein Array von Objekten mit Schlüsseln in snake_case), in die Standardausgabe oder in eine Datei.</translation>
    </message>
    <message>
        <source>What to export: deals, promises or tasks.</source>
        <translation>Was exportiert wird: deals, promises oder tasks.</translation>
    </message>
    <message>
        <source>deals|promises|tasks</source>
        <translation>deals|promises|tasks</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv oder json (Standard: csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once the export is complete.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben. Die Datei erscheint erst, wenn der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Die Ausgabedatei ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>export needs exactly one table: deals, promises or tasks.</source>
        <translation>export erwartet genau eine Tabelle: deals, promises oder tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported; choose deals, promises or tasks.</source>
        <translation>„%1“ kann nicht exportiert werden; wählen Sie deals, promises oder tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; choose csv or json.</source>
        <translation>„%1“ ist kein Exportformat; wählen Sie csv oder json.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.</source>
        <translation>--force gilt nur zusammen mit -o DATEI.</translation>
    </message>
    <message>
        <source>Deals exported to &apos;%1&apos;: %2.</source>
        <translation>Nach „%1“ exportierte Deals: %2.</translation>
    </message>
    <message>
        <source>Promises exported to &apos;%1&apos;: %2.</source>
        <translation>Nach „%1“ exportierte Zusagen: %2.</translation>
    </message>
    <message>
        <source>Tasks exported to &apos;%1&apos;: %2.</source>
        <translation>Nach „%1“ exportierte Aufgaben: %2.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>&apos;%1&apos; is a folder; name a file to export to.</source>
        <translation>„%1“ ist ein Ordner; geben Sie eine Datei als Exportziel an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists and was left as it is.</source>
        <translation>„%1“ existiert bereits und wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos;: %2. Nothing was exported.</source>
        <translation>„%1“ konnte nicht erstellt werden: %2. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Nothing was written to &apos;%1&apos;: %2</source>
        <translation>In „%1“ wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>Could not finish writing &apos;%1&apos;: %2. The file was left as it was.</source>
        <translation>„%1“ konnte nicht fertig geschrieben werden: %2. Die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>FeasibilityRules</name>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is unsupported</source>
        <translation>„%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is planned, not available</source>
        <translation>„%1“ ist geplant, aber nicht verfügbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in beta, not generally available</source>
        <translation>„%1“ ist in der Beta-Phase, nicht allgemein verfügbar</translation>
    </message>
    <message>
        <source>a feature promise names no capability from the catalog</source>
        <translation>eine Funktionszusage nennt kein Leistungsmerkmal aus dem Katalog</translation>
    </message>
    <message>
        <source>an integration promise names no capability from the catalog</source>
        <translation>eine Integrationszusage nennt kein Leistungsmerkmal aus dem Katalog</translation>
    </message>
    <message>
        <source>was due on %1</source>
        <translation>war am %1 fällig</translation>
    </message>
    <message>
        <source>standard lead time is %1</source>
        <translation>die Standardvorlaufzeit beträgt %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>noch %1 bis zur Fälligkeit</translation>
    </message>
    <message>
        <source>due %1 before the contract starts on %2</source>
        <translation>fällig %1 vor Vertragsbeginn am %2</translation>
    </message>
    <message>
        <source>due the day the contract starts (%1)</source>
        <translation>fällig am Tag des Vertragsbeginns (%1)</translation>
    </message>
    <message>
        <source>due %1 after the contract starts on %2</source>
        <translation>fällig %1 nach Vertragsbeginn am %2</translation>
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
        <translation>keine Anzeige verfügbar, auf der die Arbeitsoberfläche erscheinen kann (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); um sie ohne Bildschirm auszuführen, verwenden Sie &apos;xvfb-run -a %1 --demo&apos; oder setzen Sie QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Datenbank auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Demodatenbank wird erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>Cannot make the demo database</source>
        <translation>Demodatenbank kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not update the promises</source>
        <translation>Die Zusagen konnten nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>HandoffClock</name>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>Es gibt keinen Deal mit der ID %1; er wurde möglicherweise gelöscht.</translation>
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
        <translation>Das Benutzerkonto von %1 ist inaktiv.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can submit the handoff.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann die Übergabe einreichen.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can cancel the handoff.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann die Übergabe stornieren.</translation>
    </message>
    <message>
        <source>Only support or a team lead can return a handoff.</source>
        <translation>Nur der Support oder ein Teamleiter kann eine Übergabe zurückgeben.</translation>
    </message>
    <message>
        <source>Only support or a team lead can accept a handoff.</source>
        <translation>Nur der Support oder ein Teamleiter kann eine Übergabe annehmen.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can mark the handoff fulfilled.</source>
        <translation>Nur der Support-Verantwortliche des Deals oder ein Teamleiter kann die Übergabe als erfüllt markieren.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a draft or a returned handoff can be submitted.</source>
        <translation>Die Übergabe hat den Status „%1“; nur ein Entwurf oder eine zurückgegebene Übergabe kann eingereicht werden.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be returned.</source>
        <translation>Die Übergabe hat den Status „%1“; nur eine eingereichte Übergabe kann zurückgegeben werden.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be accepted.</source>
        <translation>Die Übergabe hat den Status „%1“; nur eine eingereichte Übergabe kann angenommen werden.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a handoff that support has not accepted can be cancelled.</source>
        <translation>Die Übergabe hat den Status „%1“; nur eine Übergabe, die der Support noch nicht angenommen hat, kann storniert werden.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only an accepted handoff can be marked fulfilled.</source>
        <translation>Die Übergabe hat den Status „%1“; nur eine angenommene Übergabe kann als erfüllt markiert werden.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is not answered.</source>
        <translation>Der Pflichtpunkt „%1“ (%2) der Checkliste ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>The deal has no contact; add at least one person support can talk to.</source>
        <translation>Der Deal hat keinen Kontakt; fügen Sie mindestens eine Person hinzu, an die sich der Support wenden kann.</translation>
    </message>
    <message>
        <source>Promise %1 has no description.</source>
        <translation>Die Zusage %1 hat keine Beschreibung.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has no due date.</source>
        <translation>Die Zusage „%1“ hat kein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is blocked (%2) and needs a justification.</source>
        <translation>Die Zusage „%1“ ist blockiert (%2) und benötigt eine Begründung.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has not been reviewed.</source>
        <translation>Die Zusage „%1“ wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; waits for sales to clarify it.</source>
        <translation>Die Zusage „%1“ wartet auf eine Klärung durch den Vertrieb.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; cannot be fulfilled: a lead must waive it or sales must renegotiate it.</source>
        <translation>Die Zusage „%1“ kann nicht erfüllt werden: Ein Teamleiter muss sie streichen, oder der Vertrieb muss sie neu verhandeln.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; was broken; only fulfilled or waived promises close a handoff.</source>
        <translation>Die Zusage „%1“ wurde nicht eingehalten; eine Übergabe kann nur mit erfüllten oder gestrichenen Zusagen abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is not fulfilled yet.</source>
        <translation>Die Zusage „%1“ ist noch nicht erfüllt.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is not done.</source>
        <translation>Die Aufgabe „%1“ ist nicht erledigt.</translation>
    </message>
</context>
<context>
    <name>HandoffWorkflow</name>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be submitted yet.</source>
        <translation>Die Übergabe von „%1“ kann noch nicht eingereicht werden.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be returned.</source>
        <translation>Die Übergabe von „%1“ kann nicht zurückgegeben werden.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be accepted yet.</source>
        <translation>Die Übergabe von „%1“ kann noch nicht angenommen werden.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be cancelled.</source>
        <translation>Die Übergabe von „%1“ kann nicht storniert werden.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be marked fulfilled yet.</source>
        <translation>Die Übergabe von „%1“ kann noch nicht als erfüllt markiert werden.</translation>
    </message>
    <message>
        <source>Only a team lead can override a handoff decision.</source>
        <translation>Nur ein Teamleiter kann eine Entscheidung zur Übergabe übersteuern.</translation>
    </message>
    <message>
        <source>An override needs a reason; it is kept in the deal&apos;s history.</source>
        <translation>Eine Übersteuerung benötigt eine Begründung; sie wird im Verlauf des Deals festgehalten.</translation>
    </message>
    <message>
        <source>Write a note that tells sales what to fix.</source>
        <translation>Schreiben Sie eine Notiz, die dem Vertrieb sagt, was zu korrigieren ist.</translation>
    </message>
    <message>
        <source>Give the reason the handoff is cancelled.</source>
        <translation>Geben Sie an, warum die Übergabe storniert wird.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; was changed elsewhere while this was being done. Reload it and try again.</source>
        <translation>Der Deal „%1“ wurde währenddessen an anderer Stelle geändert. Laden Sie ihn neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deliver: %1</source>
        <translation>Umsetzen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>%1 created the deal &apos;%2&apos;</source>
        <translation>%1 hat den Deal „%2“ angelegt</translation>
    </message>
    <message>
        <source>%1 submitted the handoff</source>
        <translation>%1 hat die Übergabe eingereicht</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2</source>
        <translation>%1 hat die Übergabe zurückgegeben: %2</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2 — %3</source>
        <translation>%1 hat die Übergabe zurückgegeben: %2 — %3</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner</source>
        <translation>%1 hat die Übergabe angenommen und die Verantwortung übernommen</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (1 task generated)</source>
        <translation>%1 hat die Übergabe angenommen und die Verantwortung übernommen (1 Aufgabe erzeugt)</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (%2 tasks generated)</source>
        <translation>%1 hat die Übergabe angenommen und die Verantwortung übernommen (%2 Aufgaben erzeugt)</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff</source>
        <translation>%1 hat die Übergabe storniert</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff: %2</source>
        <translation>%1 hat die Übergabe storniert: %2</translation>
    </message>
    <message>
        <source>%1 marked the handoff fulfilled</source>
        <translation>%1 hat die Übergabe als erfüllt markiert</translation>
    </message>
    <message>
        <source>%1 overrode the rules and moved the handoff to %2: %3</source>
        <translation>%1 hat die Regeln übersteuert und die Übergabe auf „%2“ gesetzt: %3</translation>
    </message>
    <message>
        <source>%1 deleted the deal</source>
        <translation>%1 hat den Deal gelöscht</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>CRM-Referenz</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>closed-won date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>Go-live-Termin</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>reason for buying</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 set the deal&apos;s %2 to %3</source>
        <translation>%1 hat das Feld „%2“ des Deals auf %3 gesetzt</translation>
    </message>
    <message>
        <source>%1 cleared the deal&apos;s %2 (was %3)</source>
        <translation>%1 hat das Feld „%2“ des Deals geleert (vorher: %3)</translation>
    </message>
    <message>
        <source>%1 changed the deal&apos;s %2 from %3 to %4</source>
        <translation>%1 hat das Feld „%2“ des Deals von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 added the promise &apos;%2&apos;</source>
        <translation>%1 hat die Zusage „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3</source>
        <translation>%1 hat die Zusage „%2“ geprüft: %3</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3 — %4</source>
        <translation>%1 hat die Zusage „%2“ geprüft: %3 — %4</translation>
    </message>
    <message>
        <source>%1 answered the clarification of the promise &apos;%2&apos;: %3</source>
        <translation>%1 hat die Rückfrage zur Zusage „%2“ beantwortet: %3</translation>
    </message>
    <message>
        <source>%1 waived the promise &apos;%2&apos;: %3</source>
        <translation>%1 hat die Zusage „%2“ gestrichen: %3</translation>
    </message>
    <message>
        <source>%1 marked the promise &apos;%2&apos; fulfilled</source>
        <translation>%1 hat die Zusage „%2“ als erfüllt markiert</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; was broken: its due date passed</source>
        <translation>Die Zusage „%1“ wurde nicht eingehalten: Ihr Fälligkeitsdatum ist verstrichen</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2</source>
        <translation>Die Zusage „%1“ ist jetzt als „%2“ eingestuft</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2: %3</source>
        <translation>Die Zusage „%1“ ist jetzt als „%2“ eingestuft: %3</translation>
    </message>
    <message>
        <source>%1 removed the promise &apos;%2&apos;</source>
        <translation>%1 hat die Zusage „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 reworded the promise &apos;%2&apos; as &apos;%3&apos;</source>
        <translation>%1 hat die Zusage „%2“ umformuliert zu „%3“</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>customer&apos;s words</source>
        <translation>Worte des Kunden</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>fulfilment</source>
        <translation>Erfüllung</translation>
    </message>
    <message>
        <source>%1 changed the promise &apos;%2&apos;</source>
        <translation>%1 hat die Zusage „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the promise &apos;%3&apos; from %4 to %5</source>
        <translation>%1 hat das Feld „%2“ der Zusage „%3“ von %4 auf %5 geändert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 added the task &apos;%2&apos;</source>
        <translation>%1 hat die Aufgabe „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed the task &apos;%2&apos;</source>
        <translation>%1 hat die Aufgabe „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 set the task &apos;%2&apos; to %3</source>
        <translation>%1 hat die Aufgabe „%2“ auf „%3“ gesetzt</translation>
    </message>
    <message>
        <source>%1 unassigned the task &apos;%2&apos;</source>
        <translation>%1 hat die Zuweisung der Aufgabe „%2“ aufgehoben</translation>
    </message>
    <message>
        <source>%1 assigned the task &apos;%2&apos; to %3</source>
        <translation>%1 hat die Aufgabe „%2“ %3 zugewiesen</translation>
    </message>
    <message>
        <source>%1 moved the due date of the task &apos;%2&apos; to %3</source>
        <translation>%1 hat das Fälligkeitsdatum der Aufgabe „%2“ auf %3 verschoben</translation>
    </message>
    <message>
        <source>%1 cleared the done date of the task &apos;%2&apos;</source>
        <translation>%1 hat das Erledigungsdatum der Aufgabe „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 recorded the task &apos;%2&apos; as done on %3</source>
        <translation>%1 hat die Aufgabe „%2“ als am %3 erledigt erfasst</translation>
    </message>
    <message>
        <source>%1 renamed the task &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 hat die Aufgabe „%2“ in „%3“ umbenannt</translation>
    </message>
    <message>
        <source>%1 changed the task &apos;%2&apos;</source>
        <translation>%1 hat die Aufgabe „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 added a comment</source>
        <translation>%1 hat einen Kommentar hinzugefügt</translation>
    </message>
    <message>
        <source>%1 deleted a comment</source>
        <translation>%1 hat einen Kommentar gelöscht</translation>
    </message>
    <message>
        <source>%1 edited a comment</source>
        <translation>%1 hat einen Kommentar bearbeitet</translation>
    </message>
    <message>
        <source>%1 changed the checklist item &apos;%2&apos;</source>
        <translation>%1 hat den Checklistenpunkt „%2“ geändert</translation>
    </message>
    <message>
        <source>%1 ticked the checklist item &apos;%2&apos;</source>
        <translation>%1 hat den Checklistenpunkt „%2“ abgehakt</translation>
    </message>
    <message>
        <source>%1 unticked the checklist item &apos;%2&apos;</source>
        <translation>%1 hat das Häkchen beim Checklistenpunkt „%2“ entfernt</translation>
    </message>
    <message>
        <source>%1 cleared the checklist item &apos;%2&apos;</source>
        <translation>%1 hat die Antwort auf den Checklistenpunkt „%2“ gelöscht</translation>
    </message>
    <message>
        <source>%1 answered the checklist item &apos;%2&apos;: %3</source>
        <translation>%1 hat den Checklistenpunkt „%2“ beantwortet: %3</translation>
    </message>
    <message>
        <source>%1 added %2 as %3</source>
        <translation>%1 hat %2 als %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %2 as %3</source>
        <translation>%1 hat %2 als %3 entfernt</translation>
    </message>
    <message>
        <source>%1 added the support channel %2</source>
        <translation>%1 hat den Support-Kanal %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed the support channel %2</source>
        <translation>%1 hat den Support-Kanal %2 entfernt</translation>
    </message>
    <message>
        <source>%1 saved the handoff as submitted (submission %2)</source>
        <translation>%1 hat die Übergabe im eingereichten Stand gespeichert (Einreichung %2)</translation>
    </message>
    <message>
        <source>%1 made a change (%2)</source>
        <translation>%1 hat eine Änderung vorgenommen (%2)</translation>
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
        <translation>Importiert die gewonnenen Deals eines CRM-Exports (CSV) als Entwürfe, die zur Übergabe bereit sind. Kunden, Vertriebsmitarbeiter und Kontakte werden über Name oder E-Mail-Adresse zugeordnet oder neu angelegt; bereits früher importierte Deals werden anhand ihrer CRM-Referenz aktualisiert. Alles oder nichts: Wird auch nur eine Zeile abgelehnt, wird nichts importiert, und alle abgelehnten Zeilen werden aufgelistet.

Argumente:
  DATEI  die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>The export&apos;s layout: %1.</source>
        <translation>Der Aufbau des Exports: %1.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>Your own mapping instead of a preset, as field=column,field=column (fields: %1).</source>
        <translation>Eine eigene Zuordnung statt einer Vorlage, als field=column,field=column (Felder: %1).</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>ZUORDNUNG</translation>
    </message>
    <message>
        <source>A stage value that means closed-won; repeat for several. Replaces the preset&apos;s (Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Without any, every row is won.</source>
        <translation>Ein Wert der Phase, der „gewonnen“ bedeutet; für mehrere Werte wiederholen. Ersetzt die Werte der Vorlage (Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Ohne solche Werte gilt jede Zeile als gewonnen.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>How to read slash dates: mdy (3/14/2026) or dmy (14/3/2026). Without it the other rows decide, and a date that reads both ways in a file that does not tell is rejected.</source>
        <translation>Wie Datumsangaben mit Schrägstrichen gelesen werden: mdy (3/14/2026) oder dmy (14/3/2026). Ohne diese Option entscheiden die übrigen Zeilen, und ein Datum, das sich in beiden Reihenfolgen lesen lässt, wird abgelehnt, wenn die Datei keinen Aufschluss gibt.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The field separator: &apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>Das Feldtrennzeichen: &apos;,&apos;, &apos;;&apos; oder tab (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, windows-1252 or latin-1 (default: detected).</source>
        <translation>Die Kodierung der Datei: utf-8, windows-1252 oder latin-1 (Standard: automatisch erkannt).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>KODIERUNG</translation>
    </message>
    <message>
        <source>Check and count everything, then change nothing.</source>
        <translation>Alles prüfen und zählen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Required: the email of the sales rep or team lead who imports; the audit log names them.</source>
        <translation>Erforderlich: die E-Mail-Adresse des Vertriebsmitarbeiters oder Teamleiters, der importiert; das Audit-Protokoll nennt diese Person.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>import needs exactly one file to import.</source>
        <translation>import erwartet genau eine zu importierende Datei.</translation>
    </message>
    <message>
        <source>import needs --as EMAIL: the sales rep or team lead who imports.</source>
        <translation>import erwartet --as E-MAIL: den Vertriebsmitarbeiter oder Teamleiter, der importiert.</translation>
    </message>
    <message>
        <source>import needs either --preset (%1) or --map field=column,...</source>
        <translation>import erwartet entweder --preset (%1) oder --map field=column,...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a preset. Presets: %2.</source>
        <translation>„%1“ ist keine Vorlage. Vorlagen: %2.</translation>
    </message>
    <message>
        <source>--date-format is mdy or dmy, not &apos;%1&apos;.</source>
        <translation>--date-format erwartet mdy oder dmy, nicht „%1“.</translation>
    </message>
    <message>
        <source>--separator is &apos;,&apos;, &apos;;&apos; or tab, not &apos;%1&apos;.</source>
        <translation>--separator erwartet &apos;,&apos;, &apos;;&apos; oder tab, nicht „%1“.</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252 or latin-1, not &apos;%1&apos;.</source>
        <translation>--encoding erwartet utf-8, windows-1252 oder latin-1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Importing %1: %2%</source>
        <translation>%1 wird importiert: %2&#xa0;%</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3 (not won), rejected %4</source>
        <translation>%1 importiert, %2 aktualisiert, %3 übersprungen (nicht gewonnen), %4 abgelehnt</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rejected rows (or leave them out) and import again.</source>
        <translation>Es wurde nichts importiert: Korrigieren Sie die abgelehnten Zeilen (oder lassen Sie sie weg), und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Deals already up to date: %1.</source>
        <translation>Bereits aktuelle Deals: %1.</translation>
    </message>
    <message>
        <source>New accounts: %1; new sales reps: %2; new contacts: %3.</source>
        <translation>Neue Kunden: %1; neue Vertriebsmitarbeiter: %2; neue Kontakte: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Probelauf: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Dauer: %1 s.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>CRM reference</source>
        <translation>CRM-Referenz</translation>
    </message>
    <message>
        <source>deal name</source>
        <translation>Deal-Name</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>sales rep&apos;s email</source>
        <translation>E-Mail-Adresse des Vertriebsmitarbeiters</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>Go-live-Termin</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>Name des Kontakts</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>E-Mail-Adresse des Kontakts</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>Telefonnummer des Kontakts</translation>
    </message>
    <message>
        <source>contact title</source>
        <translation>Position des Kontakts</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>Rolle des Kontakts</translation>
    </message>
    <message>
        <source>why they bought</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>„%1“ ist kein Feld, das Handoff importiert; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2.</source>
        <translation>die Datei hat keine Spalte „%1“ für das Feld „%2“.</translation>
    </message>
    <message>
        <source>no column is mapped to the %1 (%2), which every deal needs.</source>
        <translation>dem Feld „%1“ (%2), das jeder Deal benötigt, ist keine Spalte zugeordnet.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2, which every deal needs.</source>
        <translation>die Datei hat keine Spalte „%1“ für das Feld „%2“, das jeder Deal benötigt.</translation>
    </message>
    <message>
        <source>The columns of the file do not fit the mapping (the file has: %1).</source>
        <translation>Die Spalten der Datei passen nicht zur Zuordnung (die Datei enthält: %1).</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>a double quote is not closed.</source>
        <translation>ein doppeltes Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; between the field and the column.</source>
        <translation>„%1“ enthält kein &apos;=&apos; zwischen Feld und Spalte.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>„%1“ ist kein Feld, das Handoff importiert; die Felder sind: %2.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; has no column after the &apos;=&apos;.</source>
        <translation>das Feld „%1“ hat keine Spalte nach dem &apos;=&apos;.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is mapped twice.</source>
        <translation>das Feld „%1“ ist zweimal zugeordnet.</translation>
    </message>
    <message>
        <source>it maps no field.</source>
        <translation>sie ordnet kein Feld zu.</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; cannot be used; write it as field=column,field=column.</source>
        <translation>Die Zuordnung „%1“ kann nicht verwendet werden; schreiben Sie sie als field=column,field=column.</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a date in this row could be read month first or day first, and the file has dates in both orders (line %1 is day first, line %2 month first); use --date-format mdy or dmy</source>
        <translation>ein Datum in dieser Zeile lässt sich mit dem Monat oder mit dem Tag zuerst lesen, und die Datei enthält Datumsangaben in beiden Reihenfolgen (Zeile %1 mit dem Tag zuerst, Zeile %2 mit dem Monat zuerst); verwenden Sie --date-format mdy oder dmy</translation>
    </message>
    <message>
        <source>the %1 %2 could be %3 or %4</source>
        <translation>der Wert %2 im Feld „%1“ könnte %3 oder %4 sein</translation>
    </message>
    <message>
        <source>%1, and the file has dates in both orders (line %2 is day first, line %3 month first); use --date-format mdy or dmy</source>
        <translation>%1, und die Datei enthält Datumsangaben in beiden Reihenfolgen (Zeile %2 mit dem Tag zuerst, Zeile %3 mit dem Monat zuerst); verwenden Sie --date-format mdy oder dmy</translation>
    </message>
    <message>
        <source>%1, and no other row shows which; use --date-format mdy (month first) or dmy (day first)</source>
        <translation>%1, und keine andere Zeile zeigt, was gilt; verwenden Sie --date-format mdy (Monat zuerst) oder dmy (Tag zuerst)</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <translation>der Wert %2 im Feld „%1“ %3</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>the currency %1 is not a three-letter currency code such as USD or EUR</source>
        <translation>die Währung %1 ist kein dreibuchstabiger Währungscode wie USD oder EUR</translation>
    </message>
    <message>
        <source>the amount %1 %2</source>
        <translation>der Betrag %1 %2</translation>
    </message>
    <message>
        <source>the term %1 is not a whole number of months</source>
        <translation>die Laufzeit %1 ist keine ganze Zahl von Monaten</translation>
    </message>
    <message>
        <source>the contact role %1 is not one of %2</source>
        <translation>die Rolle des Kontakts %1 ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>the contact email %1 is not an email address</source>
        <translation>die E-Mail-Adresse des Kontakts %1 ist keine gültige E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>ImportValueParser</name>
    <message>
        <source>is not a date</source>
        <translation>ist kein Datum</translation>
    </message>
    <message>
        <source>is negative (in parentheses); a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>ist negativ (in Klammern); der Betrag eines gewonnenen Deals kann nicht unter null liegen</translation>
    </message>
    <message>
        <source>names a currency other than %1</source>
        <translation>nennt eine andere Währung als %1</translation>
    </message>
    <message>
        <source>is negative; a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>ist negativ; der Betrag eines gewonnenen Deals kann nicht unter null liegen</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>ist kein Betrag</translation>
    </message>
    <message>
        <source>has more decimal places than %1 has</source>
        <translation>hat mehr Nachkommastellen als %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>%1 row %2: %3 = %4 refers to a row of %5 that does not exist</source>
        <translation>%1, Zeile %2: %3 = %4 verweist auf eine nicht vorhandene Zeile in %5</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a row of %3 that does not exist</source>
        <translation>%1, Zeile %2 verweist auf eine nicht vorhandene Zeile in %3</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>The application id is %1, not Handoff&apos;s %2: the file does not say it is a Handoff database.</source>
        <translation>Die Anwendungs-ID ist %1, nicht die von Handoff (%2): Die Datei weist sich nicht als Handoff-Datenbank aus.</translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Handoff writes version %2.</source>
        <translation>Die Schemaversion ist %1; diese Version von Handoff schreibt Version %2.</translation>
    </message>
    <message>
        <source>Audit log protection</source>
        <translation>Schutz des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The trigger %1 is missing: audit entries can be changed without a trace.</source>
        <translation>Der Trigger %1 fehlt: Audit-Einträge können spurlos geändert werden.</translation>
    </message>
    <message>
        <source>The trigger %1 was altered: it no longer refuses every change to an audit entry.</source>
        <translation>Der Trigger %1 wurde verändert: Er verhindert nicht mehr jede Änderung an einem Audit-Eintrag.</translation>
    </message>
    <message>
        <source>Audit log completeness</source>
        <translation>Vollständigkeit des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Das Audit-Protokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out is missing.</source>
        <translation>Die Aufzeichnung der höchsten jemals vergebenen Audit-ID fehlt.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out (%1) is below the highest entry (%2): ids could be given out twice.</source>
        <translation>Die aufgezeichnete höchste jemals vergebene Audit-ID (%1) liegt unter der des höchsten Eintrags (%2): IDs könnten doppelt vergeben werden.</translation>
    </message>
    <message>
        <source>The newest audit entries are missing (ids %1-%2): the log once reached id %2.</source>
        <translation>Die neuesten Audit-Einträge fehlen (IDs %1-%2): Das Protokoll reichte bereits bis ID %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed here</source>
        <translation>
            <numerusform>… sowie %n weiterer, hier nicht aufgeführter Eintrag</numerusform>
            <numerusform>… sowie %n weitere, hier nicht aufgeführte Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries with an id below 1, which Handoff never gives out, were added by hand: %n.</source>
        <translation>
            <numerusform>%n Audit-Eintrag mit einer ID unter 1, die Handoff nie vergibt, wurde von Hand hinzugefügt.</numerusform>
            <numerusform>%n Audit-Einträge mit einer ID unter 1, die Handoff nie vergibt, wurden von Hand hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are missing: %n (ids %1). Entries only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>%n Audit-Eintrag fehlt (ID %1). Einträge verschwinden nur, wenn jemand sie von Hand aus der Datei entfernt.</numerusform>
            <numerusform>%n Audit-Einträge fehlen (IDs %1). Einträge verschwinden nur, wenn jemand sie von Hand aus der Datei entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <comment>user role</comment>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support rep</source>
        <comment>user role</comment>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>handoff state</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>handoff state</comment>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>handoff state</comment>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff state</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>handoff state</comment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>handoff state</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <comment>role of a contact on a deal</comment>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role of a contact on a deal</comment>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Ansprechpartner im Tagesgeschäft</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Technischer Ansprechpartner</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Ansprechpartner Abrechnung</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact channel</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>contact channel</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>contact channel</comment>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>contact channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>contact channel</comment>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Forum</source>
        <comment>contact channel</comment>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Portal</source>
        <comment>contact channel</comment>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>kind of checklist item</comment>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>kind of checklist item</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>kind of checklist item</comment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>kind of checklist item</comment>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of checklist item</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability status</comment>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Beta</source>
        <comment>capability status</comment>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>capability status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <comment>capability status</comment>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Feature</source>
        <comment>kind of promise</comment>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Integration</source>
        <comment>kind of promise</comment>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>kind of promise</comment>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>kind of promise</comment>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>kind of promise</comment>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Pricing</source>
        <comment>kind of promise</comment>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>kind of promise</comment>
        <translation>Individuell</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of promise</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Feasible</source>
        <comment>feasibility of a promise</comment>
        <translation>Machbar</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>feasibility of a promise</comment>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>feasibility of a promise</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pending review</source>
        <comment>review status of a promise</comment>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>review status of a promise</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <comment>review status of a promise</comment>
        <translation>Klärung nötig</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <comment>review status of a promise</comment>
        <translation>Nicht erfüllbar</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fulfilment of a promise</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>fulfilment of a promise</comment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>fulfilment of a promise</comment>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>Waived</source>
        <comment>fulfilment of a promise</comment>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>status of a task</comment>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>status of a task</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>status of a task</comment>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a task</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Missing information</source>
        <comment>reason for returning a handoff</comment>
        <translation>Fehlende Informationen</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <comment>reason for returning a handoff</comment>
        <translation>Nicht machbare Zusage</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <comment>reason for returning a handoff</comment>
        <translation>Unklarer Umfang</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <comment>reason for returning a handoff</comment>
        <translation>Falscher Verantwortlicher</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reason for returning a handoff</comment>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handoff: hand closed deals from sales to support, with every promise reviewed.

Without a command, opens the workstation. Commands (each has --help):</source>
        <translation>Handoff: abgeschlossene Deals vom Vertrieb an den Support übergeben, jede Zusage geprüft.

Ohne Befehl wird die Arbeitsoberfläche geöffnet. Befehle (jeweils mit --help):</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the demo database, made and filled on first use.</source>
        <translation>Die Demodatenbank öffnen; sie wird bei der ersten Verwendung erstellt und gefüllt.</translation>
    </message>
    <message>
        <source>The language of the user interface (de, es, fr, en).</source>
        <translation>Die Sprache der Benutzeroberfläche (de, es, fr, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A command to run instead of the workstation.</source>
        <translation>Ein Befehl, der statt der Arbeitsoberfläche ausgeführt wird.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Commands: %2. See &apos;%3 --help&apos;.</source>
        <translation>„%1“ ist kein Befehl. Befehle: %2. Siehe &apos;%3 --help&apos;.</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together.</source>
        <translation>--demo und --database können nicht zusammen verwendet werden.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build of Handoff.</source>
        <translation>Das Aktualisierungsskript für Schemaversion %1 fehlt in diesem Build von Handoff.</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>Aktualisieren der Datenbank auf Schemaversion %1</translation>
    </message>
    <message>
        <source>record schema version %1</source>
        <translation>Eintragen der Schemaversion %1</translation>
    </message>
</context>
<context>
    <name>PromiseCommand</name>
    <message>
        <source>Reviews a promise for support: review ID --as EMAIL --status STATUS [--note TEXT].</source>
        <translation>Prüft eine Zusage für den Support: review ID --as E-MAIL --status STATUS [--note TEXT].</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>The promise&apos;s id.</source>
        <translation>Die ID der Zusage.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The email of the user who reviews.</source>
        <translation>Die E-Mail-Adresse des prüfenden Benutzers.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>Die Entscheidung: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Why; required for needs-clarification and cannot-fulfil.</source>
        <translation>Die Begründung; erforderlich bei needs-clarification und cannot-fulfil.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>promise needs an action: review.</source>
        <translation>promise erwartet eine Aktion: review.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of promise. Actions: review.</source>
        <translation>„%1“ ist keine Aktion von promise. Aktionen: review.</translation>
    </message>
    <message>
        <source>promise review needs exactly one promise id.</source>
        <translation>promise review erwartet genau eine Zusagen-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a promise id: ids are whole numbers above 0.</source>
        <translation>„%1“ ist keine Zusagen-ID: IDs sind ganze Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>promise review needs --as EMAIL: the user who reviews.</source>
        <translation>promise review erwartet --as E-MAIL: den prüfenden Benutzer.</translation>
    </message>
    <message>
        <source>promise review needs --status, one of: %1.</source>
        <translation>promise review erwartet --status mit einem dieser Werte: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review decision. Decisions: %2.</source>
        <translation>„%1“ ist keine Prüfentscheidung. Entscheidungen: %2.</translation>
    </message>
    <message>
        <source>Promise %1 &apos;%2&apos; is now reviewed: %3.</source>
        <translation>Die Zusage %1 „%2“ ist jetzt geprüft: %3.</translation>
    </message>
    <message>
        <source>The action; for now only: review.</source>
        <translation>Die Aktion; derzeit nur: review.</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>The promise %1 was changed elsewhere at the same time; reload it and try again.</source>
        <translation>Die Zusage %1 wurde gleichzeitig an anderer Stelle geändert; laden Sie sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The deal is %1; its promises can no longer change.</source>
        <translation>Der Deal ist %1; seine Zusagen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Es gibt keinen Deal mit der ID %1.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can record or change its promises.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann dessen Zusagen erfassen oder ändern.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can record or change its promises.</source>
        <translation>Sie sind nicht der Vertriebsmitarbeiter dieses Deals; nur dessen Vertriebsmitarbeiter oder ein Teamleiter kann seine Zusagen erfassen oder ändern.</translation>
    </message>
    <message>
        <source>The handoff is %1; a sales rep can change promises only while it is a draft or returned by support.</source>
        <translation>Die Übergabe ist %1; ein Vertriebsmitarbeiter kann Zusagen nur ändern, solange die Übergabe ein Entwurf ist oder vom Support zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>A promise cannot move to another deal.</source>
        <translation>Eine Zusage kann nicht in einen anderen Deal verschoben werden.</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Beschreiben Sie, was zugesagt wurde.</translation>
    </message>
    <message>
        <source>Choose the kind of promise (feature, integration, timeline ...).</source>
        <translation>Wählen Sie die Art der Zusage (Funktion, Integration, Zeitplan …).</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Geben Sie das Fälligkeitsdatum der Zusage an.</translation>
    </message>
    <message>
        <source>There is no capability with id %1 in the catalog; choose one that exists or none.</source>
        <translation>Im Katalog gibt es kein Leistungsmerkmal mit der ID %1; wählen Sie ein vorhandenes oder keines.</translation>
    </message>
    <message>
        <source>The promise was not recorded.</source>
        <translation>Die Zusage wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>The promise was not saved.</source>
        <translation>Die Zusage wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Only support or a lead can review promises.</source>
        <translation>Nur der Support oder ein Teamleiter kann Zusagen prüfen.</translation>
    </message>
    <message>
        <source>The handoff was already accepted; only a lead can change a review now.</source>
        <translation>Die Übergabe wurde bereits angenommen; jetzt kann nur noch ein Teamleiter eine Prüfung ändern.</translation>
    </message>
    <message>
        <source>Promises are reviewed while the handoff is submitted; this one is %1.</source>
        <translation>Zusagen werden geprüft, solange die Übergabe eingereicht ist; diese hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Choose accepted, needs clarification or cannot fulfil as the review.</source>
        <translation>Wählen Sie als Prüfergebnis „Angenommen“, „Klärung nötig“ oder „Nicht erfüllbar“.</translation>
    </message>
    <message>
        <source>Write in the note what the sales rep should clarify.</source>
        <translation>Schreiben Sie in die Notiz, was der Vertriebsmitarbeiter klären soll.</translation>
    </message>
    <message>
        <source>Write in the note why the promise cannot be fulfilled.</source>
        <translation>Schreiben Sie in die Notiz, warum die Zusage nicht erfüllt werden kann.</translation>
    </message>
    <message>
        <source>The promise is already %1; it needs no review.</source>
        <translation>Die Zusage ist bereits %1; sie muss nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The promise was not reviewed.</source>
        <translation>Die Zusage wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can answer support&apos;s question.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann die Rückfrage des Supports beantworten.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can answer support&apos;s question.</source>
        <translation>Sie sind nicht der Vertriebsmitarbeiter dieses Deals; nur dessen Vertriebsmitarbeiter oder ein Teamleiter kann die Rückfrage des Supports beantworten.</translation>
    </message>
    <message>
        <source>Support has not asked about this promise; its review is %1.</source>
        <translation>Der Support hat zu dieser Zusage keine Rückfrage gestellt; ihr Prüfstatus ist „%1“.</translation>
    </message>
    <message>
        <source>Write the answer to support&apos;s question.</source>
        <translation>Schreiben Sie die Antwort auf die Rückfrage des Supports.</translation>
    </message>
    <message>
        <source>The clarification was not sent.</source>
        <translation>Die Klärung wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Waiving a promise needs a team lead&apos;s approval; ask your lead to waive it.</source>
        <translation>Das Streichen einer Zusage erfordert die Zustimmung eines Teamleiters; bitten Sie Ihren Teamleiter, sie zu streichen.</translation>
    </message>
    <message>
        <source>The promise is already %1.</source>
        <translation>Die Zusage ist bereits %1.</translation>
    </message>
    <message>
        <source>Before acceptance only a promise support cannot fulfil can be waived; this one&apos;s review is %1.</source>
        <translation>Vor der Annahme kann nur eine Zusage gestrichen werden, die der Support nicht erfüllen kann; der Prüfstatus dieser Zusage ist „%1“.</translation>
    </message>
    <message>
        <source>Give the reason the promise is waived.</source>
        <translation>Geben Sie an, warum die Zusage gestrichen wird.</translation>
    </message>
    <message>
        <source>The promise was not waived.</source>
        <translation>Die Zusage wurde nicht gestrichen.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a lead can mark its promises fulfilled.</source>
        <translation>Nur der Support-Verantwortliche des Deals oder ein Teamleiter kann dessen Zusagen als erfüllt markieren.</translation>
    </message>
    <message>
        <source>You are not the support owner of this deal; only its owner or a lead can mark its promises fulfilled.</source>
        <translation>Sie sind nicht der Support-Verantwortliche dieses Deals; nur dessen Verantwortlicher oder ein Teamleiter kann seine Zusagen als erfüllt markieren.</translation>
    </message>
    <message>
        <source>Promises are fulfilled after support accepts the handoff; this one is %1.</source>
        <translation>Zusagen werden erfüllt, nachdem der Support die Übergabe angenommen hat; diese hat den Status „%1“.</translation>
    </message>
    <message>
        <source>The promise was already fulfilled on %1.</source>
        <translation>Die Zusage wurde bereits am %1 erfüllt.</translation>
    </message>
    <message>
        <source>The promise was waived; there is nothing left to fulfil.</source>
        <translation>Die Zusage wurde gestrichen; es ist nichts mehr zu erfüllen.</translation>
    </message>
    <message>
        <source>Give the date the promise was fulfilled.</source>
        <translation>Geben Sie das Datum an, an dem die Zusage erfüllt wurde.</translation>
    </message>
    <message>
        <source>The promise was not marked fulfilled.</source>
        <translation>Die Zusage wurde nicht als erfüllt markiert.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>deal contact</source>
        <translation>Deal-Kontakt</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>Checklistenpunkt</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>Checklistenantwort</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>handoff snapshot</source>
        <translation>Übergabe-Snapshot</translation>
    </message>
    <message>
        <source>There is no %1 with id %2; it may have been deleted.</source>
        <translation>Es gibt keinen Datensatz „%1“ mit der ID %2; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed elsewhere after you opened it. Reload it to see the other change, or overwrite it with yours.</source>
        <translation>Der Datensatz „%1“ mit der ID %2 wurde an anderer Stelle geändert, nachdem Sie ihn geöffnet haben. Laden Sie ihn neu, um die andere Änderung zu sehen, oder überschreiben Sie ihn mit Ihrer Änderung.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>days a task is due before its promise</source>
        <translation>Tage, um die eine Aufgabe vor ihrer Zusage fällig wird</translation>
    </message>
    <message>
        <source>business days to submit a handoff</source>
        <translation>Werktage bis zum Einreichen einer Übergabe</translation>
    </message>
    <message>
        <source>business days from acceptance to kickoff</source>
        <translation>Werktage von der Annahme bis zum Kick-off</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; was not changed: %2 is not between %3 and %4.</source>
        <translation>Die Einstellung „%1“ wurde nicht geändert: %2 liegt nicht zwischen %3 und %4.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>CRM-Referenz</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>Laufzeit in Monaten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Go-live-Termin</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Worte des Kunden</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Machbarkeit</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>Es gibt keinen Deal mit der ID %1; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>A stored handoff snapshot cannot be read: %1</source>
        <translation>Ein gespeicherter Übergabe-Snapshot kann nicht gelesen werden: %1</translation>
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
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden: Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: %2.</source>
        <translation>Die Datenbankanweisung &quot;%1&quot; konnte nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: it holds more than one statement.</source>
        <translation>Die Datenbankanweisung &quot;%1&quot; konnte nicht vorbereitet werden: Sie enthält mehr als eine Anweisung.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: value %2 could not be bound (%3).</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: Der Wert %2 konnte nicht gebunden werden (%3).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is busy or locked by another program (%2). Try again in a moment, or close the other program.</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: Die Datenbank ist belegt oder von einem anderen Programm gesperrt (%2). Versuchen Sie es gleich noch einmal, oder schließen Sie das andere Programm.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database cannot be written (%2).</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: In die Datenbank kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is damaged (%2). Restore it from a backup.</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: Die Datenbank ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: %2.</translation>
    </message>
    <message>
        <source>Could not run a database statement: it was never prepared.</source>
        <translation>Eine Datenbankanweisung konnte nicht ausgeführt werden: Sie wurde nie vorbereitet.</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Could not write the %1 export: %2.</source>
        <translation>Der Export von %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Only support or a team lead can work on fulfilment tasks.</source>
        <translation>Nur der Support oder ein Teamleiter kann an Umsetzungsaufgaben arbeiten.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; is &quot;%2&quot;; its tasks can change only while it is accepted.</source>
        <translation>Die Übergabe von „%1“ hat den Status „%2“; ihre Aufgaben können nur geändert werden, solange sie angenommen ist.</translation>
    </message>
    <message>
        <source>%1 cannot take fulfilment tasks: only active support reps and team leads can.</source>
        <translation>%1 kann keine Umsetzungsaufgaben übernehmen: Das können nur aktive Support-Mitarbeiter und Teamleiter.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The promise the task is for does not belong to &quot;%1&quot;.</source>
        <translation>Die Zusage, zu der die Aufgabe gehört, ist nicht Teil von „%1“.</translation>
    </message>
    <message>
        <source>The task cannot be added.</source>
        <translation>Die Aufgabe kann nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; cannot be reassigned.</source>
        <translation>Die Aufgabe „%1“ kann nicht neu zugewiesen werden.</translation>
    </message>
</context>
<context>
    <name>handoff::DealListModel</name>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Übergabestatus</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abschlussdatum</translation>
    </message>
</context>
<context>
    <name>handoff::DealListView</name>
    <message>
        <source>Deal list</source>
        <translation>Deal-Liste</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>All deals, one per row. Click a column header to sort by it.</source>
        <translation>Alle Deals, einer pro Zeile. Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren.</translation>
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
        <translation>Anzahlen nicht verfügbar</translation>
    </message>
    <message>
        <source>Deals: %L1   Promises: %L2   Tasks: %L3</source>
        <translation>Deals: %L1   Zusagen: %L2   Aufgaben: %L3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Handoff</source>
        <translation>Handoff schließen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Handoff</source>
        <translation>Ü&amp;ber Handoff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Anzahl der Datensätze</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>The database file this window shows</source>
        <translation>Die Datenbankdatei, die dieses Fenster anzeigt</translation>
    </message>
    <message>
        <source>Could not read the deals</source>
        <translation>Die Deals konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>About Handoff</source>
        <translation>Über Handoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Hands closed deals from sales to customer support: the promises made, the people to talk to and the work that follows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Übergibt abgeschlossene Deals vom Vertrieb an den Kundensupport: die gemachten Zusagen, die Ansprechpartner und die anschließende Arbeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database may be damaged</source>
        <translation>Die Datenbank ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>Checking &apos;%1&apos; found a problem. Work on only if you must: make a copy now (&apos;handoff backup FILE&apos;), then go back to your most recent good backup.

%2</source>
        <translation>Bei der Prüfung von „%1“ wurde ein Problem gefunden. Arbeiten Sie nur weiter, wenn es unbedingt sein muss: Erstellen Sie jetzt eine Kopie (&apos;handoff backup DATEI&apos;), und kehren Sie dann zu Ihrer letzten fehlerfreien Sicherung zurück.

%2</translation>
    </message>
</context>
</TS>
