<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupCommand</name>
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
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file. A database on a server is copied by pg_dump into an archive that pg_restore reads.</source>
        <translation>Schreibt eine konsistente Kopie der Datenbank in eine neue Datei, auch während die Arbeitsoberfläche sie verwendet. Überschreibt nie eine vorhandene Datei. Eine Datenbank auf einem Server kopiert pg_dump in ein Archiv, das pg_restore liest.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Rows written in bulk cannot be read back.</source>
        <translation>In einem Zug geschriebene Zeilen können nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>number the new rows of %1</source>
        <translation>die neuen Zeilen von %1 nummerieren</translation>
    </message>
    <message>
        <source>Could not write a row of %1: there is no value %2 to bind.</source>
        <translation>Eine Zeile von %1 konnte nicht geschrieben werden: Es gibt keinen Wert %2 zum Binden.</translation>
    </message>
    <message>
        <source>write the new rows of %1</source>
        <translation>die neuen Zeilen von %1 schreiben</translation>
    </message>
    <message>
        <source>update the statistics of %1</source>
        <translation>die Statistiken von %1 aktualisieren</translation>
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
    <message>
        <source>&apos;%1&apos; was not removed from the catalog.</source>
        <translation>„%1“ wurde nicht aus dem Katalog entfernt.</translation>
    </message>
    <message>
        <source>Promises name it: %1. Mark it unsupported instead of removing it.</source>
        <translation>Zusagen, die es nennen: %1. Markieren Sie es als nicht unterstützt, statt es zu entfernen.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
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
    <message>
        <source>The check&apos;s result could not be recorded in the database: %1</source>
        <translation>Das Ergebnis der Prüfung konnte nicht in der Datenbank gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version, the append-only audit log and the kept figures (built again when they differ from the rows). Exits with 0 only when every check passes.</source>
        <translation>Prüft die Datenbank: Integrität, Fremdschlüssel, Schemaversion, das nur ergänzbare Änderungsprotokoll und die geführten Kennzahlen (die neu aufgebaut werden, wenn sie von den Zeilen abweichen). Endet nur dann mit 0, wenn jede Prüfung besteht.</translation>
    </message>
    <message>
        <source>Checking %1: check %2 of %3 (%4 s)</source>
        <translation>Prüfe %1: Prüfung %2 von %3 (%4 s)</translation>
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
    <message>
        <source>The answer to &quot;%1&quot;</source>
        <translation>Die Antwort auf „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered by the deal&apos;s %2; change it there, not on the checklist.</source>
        <translation>„%1“ wird durch %2 des Deals beantwortet; ändern Sie es dort, nicht in der Checkliste.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist template has no item &quot;%1&quot;; it may have been removed.</source>
        <translation>Die Checklistenvorlage hat keinen Punkt „%1“; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>Only a team lead can change the checklist template.</source>
        <translation>Nur ein Teamleiter kann die Checklistenvorlage ändern.</translation>
    </message>
    <message>
        <source>%1&apos;s user account is inactive.</source>
        <translation>Das Benutzerkonto von %1 ist inaktiv.</translation>
    </message>
    <message>
        <source>Put the item in a section.</source>
        <translation>Ordnen Sie den Punkt einem Abschnitt zu.</translation>
    </message>
    <message>
        <source>Give the item a label.</source>
        <translation>Geben Sie dem Punkt eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Choose what kind of answer the item takes: a check, text, a date, a choice or a contact.</source>
        <translation>Wählen Sie, welche Art von Antwort der Punkt erwartet: ein Häkchen, einen Text, ein Datum, eine Auswahl oder einen Kontakt.</translation>
    </message>
    <message>
        <source>Give a choice item at least two choices, one per line. Choices given: %1.</source>
        <translation>Geben Sie einem Auswahlpunkt mindestens zwei Auswahlmöglichkeiten, eine pro Zeile. Angegebene Auswahlmöglichkeiten: %1.</translation>
    </message>
    <message>
        <source>Each choice must be different: &quot;%1&quot; is given more than once.</source>
        <translation>Jede Auswahlmöglichkeit muss eindeutig sein: „%1“ ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>A key is made of lowercase letters and digits joined by single underscores; &quot;%1&quot; is not.</source>
        <translation>Ein Schlüssel besteht aus Kleinbuchstaben und Ziffern, die durch einzelne Unterstriche verbunden sind; „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>Another item already has the key &quot;%1&quot;.</source>
        <translation>Ein anderer Punkt hat bereits den Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>An item&apos;s key never changes: deals&apos; answers and imports refer to &quot;%1&quot;.</source>
        <translation>Der Schlüssel eines Punkts ändert sich nie: Antworten in Deals und Importe verweisen auf „%1“.</translation>
    </message>
    <message>
        <source>Deals have answered it as %1, so its kind can no longer change. Answered on deals: %2.</source>
        <translation>Deals haben ihn als „%1“ beantwortet, daher kann seine Art nicht mehr geändert werden. Deals mit Antwort: %2.</translation>
    </message>
    <message>
        <source>The item was not added to the checklist template.</source>
        <translation>Der Punkt wurde nicht zur Checklistenvorlage hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved.</source>
        <translation>„%1“ wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed from the checklist template.</source>
        <translation>„%1“ wurde nicht aus der Checklistenvorlage entfernt.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. Make it optional instead of removing it.</source>
        <translation>Deals mit Antwort: %1. Machen Sie ihn optional, statt ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. It is optional already, so it holds no deal up; keep it for their answers.</source>
        <translation>Deals mit Antwort: %1. Er ist bereits optional und hält daher keinen Deal auf; behalten Sie ihn wegen dieser Antworten.</translation>
    </message>
    <message>
        <source>An item is put back under the key it had; this one has none.</source>
        <translation>Ein Punkt wird unter dem Schlüssel wiederhergestellt, den er hatte; dieser hat keinen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not put back into the checklist template.</source>
        <translation>„%1“ wurde nicht in der Checklistenvorlage wiederhergestellt.</translation>
    </message>
    <message>
        <source>The item was not moved.</source>
        <translation>Der Punkt wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>The checklist template has no item with id %1; it may have been removed.</source>
        <translation>Die Checklistenvorlage hat keinen Punkt mit der ID %1; er wurde möglicherweise entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not moved.</source>
        <translation>„%1“ wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>It is already the first item of &quot;%1&quot;.</source>
        <translation>Das ist bereits der erste Punkt in „%1“.</translation>
    </message>
    <message>
        <source>It is already the last item of &quot;%1&quot;.</source>
        <translation>Das ist bereits der letzte Punkt in „%1“.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
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
    <message>
        <source>&apos;%1&apos; is not a date for --%2; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum für --%2; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>Der Zeitraum beginnt am %1, also nach seinem letzten Tag %2.</translation>
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
        <source>The database: a file, or a team server&apos;s postgresql://[user@]host[:port]/name (default: %1).</source>
        <translation>Die Datenbank: eine Datei oder postgresql://[benutzer@]host[:port]/name eines Teamservers (Standard: %1).</translation>
    </message>
    <message>
        <source>The database is busy: waiting for another program to finish its change…</source>
        <translation>Die Datenbank ist belegt: Es wird gewartet, bis ein anderes Programm seine Änderung abgeschlossen hat …</translation>
    </message>
    <message>
        <source>Start a team&apos;s database with &apos;%1 init --name NAME --email EMAIL&apos;.</source>
        <translation>Legen Sie die Datenbank eines Teams mit „%1 init --name NAME --email E-MAIL“ an.</translation>
    </message>
    <message>
        <source>&apos;%1 user list&apos; shows the team&apos;s people; a team lead adds one with &apos;%1 user add&apos;.</source>
        <translation>„%1 user list“ zeigt die Personen des Teams; eine Teamleitung fügt mit „%1 user add“ jemanden hinzu.</translation>
    </message>
    <message>
        <source>%1 needs an action: %2.</source>
        <translation>%1 erwartet eine Aktion: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of %2. Actions: %3.</source>
        <translation>„%1“ ist keine Aktion von %2. Aktionen: %3.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2 %3&apos;.</source>
        <translation>--%1 gilt nicht für „%2 %3“.</translation>
    </message>
    <message>
        <source>at most this many %1.</source>
        <translation>höchstens so viele %1.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only the %1 after this id (the last id of the previous part).</source>
        <translation>nur die %1 nach dieser ID (der letzten ID des vorigen Teils).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for --%2: write a whole number of %3 or more.</source>
        <translation>„%1“ ist keine Zahl für --%2: Geben Sie eine ganze Zahl ab %3 an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an action of a command, what an option does for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; from schema version %2 to %3. On a large database this takes minutes…</source>
        <translation>»%1« wird von Schemaversion %2 auf %3 aktualisiert. Bei einer großen Datenbank dauert das einige Minuten …</translation>
    </message>
    <message>
        <source>%1&apos;s login on the server is &apos;%2&apos;. It has no password yet: the server&apos;s administrator gives it one (in psql: \password %2) or lets it in by peer or certificate login (pg_hba.conf). %1 then changes it with \password in psql and opens the team&apos;s database with --database %3.</source>
        <translation>Das Login von %1 auf dem Server ist „%2“. Es hat noch kein Passwort: Die Administration des Servers vergibt eines (in psql: \password %2) oder lässt es per Peer- oder Zertifikat-Anmeldung zu (pg_hba.conf). %1 ändert es danach mit \password in psql und öffnet die Datenbank des Teams mit --database %3.</translation>
    </message>
    <message>
        <source>You are connected to the team&apos;s server as %1 &lt;%2&gt;, so you act as yourself: --as cannot name someone else.</source>
        <translation>Sie sind als %1 &lt;%2&gt; mit dem Server des Teams verbunden und handeln daher als Sie selbst: --as kann niemand anderen nennen.</translation>
    </message>
    <message>
        <source>Name the person who acts with --as EMAIL: on this database your login is no person of the team.</source>
        <translation>Nennen Sie mit --as E-MAIL, wer handelt: In dieser Datenbank ist Ihr Login keine Person des Teams.</translation>
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
    <message>
        <source>The comment</source>
        <translation>Der Kommentar</translation>
    </message>
    <message>
        <source>The comment was not added.</source>
        <translation>Der Kommentar wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>The person is no longer on the deal as %1; someone else changed the contacts.</source>
        <translation>Die Person ist nicht mehr als %1 im Deal eingetragen; jemand anderes hat die Kontakte geändert.</translation>
    </message>
    <message>
        <source>The deal no longer has a %1 channel; someone else changed the channels.</source>
        <translation>Der Deal hat keinen Kanal vom Typ %1 mehr; jemand anderes hat die Kanäle geändert.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you opened it.</source>
        <translation>%1 wurde nach dem Öffnen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Kontakt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Kontakt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove “%1” from the deal</source>
        <translation>„%1“ aus dem Deal entfernen</translation>
    </message>
    <message>
        <source>The %1 channel</source>
        <translation>Der Kanal %1</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Kanal %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Kanal %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Kanal %1 entfernen</translation>
    </message>
    <message>
        <source>Make %1 the preferred channel</source>
        <translation>%1 als bevorzugten Kanal festlegen</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie in der Form name@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them, and &quot;ext&quot; before an extension.</source>
        <translation>„%1“ ist keine Telefonnummer; verwenden Sie %2 bis %3 Ziffern, getrennt durch + ( ) - . / oder Leerzeichen, und „ext“ vor einer Durchwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use a name such as Europe/Berlin or America/New_York.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen Namen wie Europe/Berlin oder America/New_York.</translation>
    </message>
    <message>
        <source>Support changes a deal&apos;s contacts and channels only as the deal&apos;s owner, once it has accepted the handoff.</source>
        <translation>Der Support ändert die Kontakte und Kanäle eines Deals nur als dessen Support-Verantwortlicher, nachdem er die Übergabe angenommen hat.</translation>
    </message>
    <message>
        <source>%1 was not added to the deal.</source>
        <translation>%1 wurde nicht zum Deal hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is already the deal&apos;s %2.</source>
        <translation>%1 ist bereits als %2 im Deal eingetragen.</translation>
    </message>
    <message>
        <source>The contact was not added.</source>
        <translation>Der Kontakt wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 works for another customer than the one of &quot;%2&quot;.</source>
        <translation>%1 arbeitet für einen anderen Kunden als den von „%2“.</translation>
    </message>
    <message>
        <source>The contact was not changed.</source>
        <translation>Der Kontakt wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is not on the deal &quot;%2&quot;.</source>
        <translation>%1 ist nicht im Deal „%2“ eingetragen.</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>Die Rolle wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The contact was not removed from the deal.</source>
        <translation>Der Kontakt wurde nicht aus dem Deal entfernt.</translation>
    </message>
    <message>
        <source>%1 is the answer to the checklist item &quot;%2&quot;; choose someone else there first.</source>
        <translation>%1 ist die Antwort auf den Checklistenpunkt „%2“; wählen Sie dort zuerst eine andere Person.</translation>
    </message>
    <message>
        <source>Enter where the customer is reached by %1: a number, an address or a link.</source>
        <translation>Geben Sie an, wo der Kunde über %1 erreichbar ist: eine Nummer, eine Adresse oder ein Link.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as support@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie in der Form support@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them.</source>
        <translation>„%1“ ist keine Telefonnummer; verwenden Sie %2 bis %3 Ziffern, getrennt durch + ( ) - . / oder Leerzeichen.</translation>
    </message>
    <message>
        <source>The channel was not added.</source>
        <translation>Der Kanal wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The deal already has a %1 channel (%2); change that one instead.</source>
        <translation>Der Deal hat bereits einen Kanal vom Typ %1 (%2); ändern Sie stattdessen diesen.</translation>
    </message>
    <message>
        <source>The channel was not changed.</source>
        <translation>Der Kanal wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The channel was not removed.</source>
        <translation>Der Kanal wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The preferred channel was not changed.</source>
        <translation>Der bevorzugte Kanal wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>Die Position</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Die Telefonnummer</translation>
    </message>
</context>
<context>
    <name>CsatCommand</name>
    <message>
        <source>Records the customer&apos;s satisfaction (1 to 5) with a fulfilled deal: DEAL_ID SCORE --as EMAIL [--note TEXT] [--date DATE]. A new score replaces the deal&apos;s earlier one, which stays in its history.</source>
        <translation>Erfasst die Zufriedenheit des Kunden (1 bis 5) mit einem erfüllten Deal: DEAL_ID WERT --as E-MAIL [--note TEXT] [--date DATUM]. Ein neuer Wert ersetzt den bisherigen Wert des Deals, der in dessen Verlauf erhalten bleibt.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>Die ID des Deals.</translation>
    </message>
    <message>
        <source>DEAL_ID</source>
        <translation>DEAL_ID</translation>
    </message>
    <message>
        <source>The score, a whole number from 1 to 5.</source>
        <translation>Der Wert, eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>The email of the user who records it: the deal&apos;s support owner or a lead.</source>
        <translation>Die E-Mail-Adresse des erfassenden Benutzers: der Support-Verantwortliche des Deals oder ein Teamleiter.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>Was der Kunde gesagt hat.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The day the customer gave the score, YYYY-MM-DD (default: today).</source>
        <translation>Der Tag, an dem der Kunde den Wert vergeben hat, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>csat needs a deal id and a score.</source>
        <translation>csat erwartet eine Deal-ID und einen Wert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>„%1“ ist keine Deal-ID: IDs sind ganze Zahlen größer als 0.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score: give a whole number from %2 to %3.</source>
        <translation>„%1“ ist kein gültiger Wert: Geben Sie eine ganze Zahl von %2 bis %3 an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum für --date; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>csat needs --as EMAIL: the user who records the score.</source>
        <translation>csat erwartet --as E-MAIL: den Benutzer, der den Wert erfasst.</translation>
    </message>
    <message>
        <source>Deal %1: customer satisfaction %2 of %3, given on %4.</source>
        <translation>Deal %1: Kundenzufriedenheit %2 von %3, vergeben am %4.</translation>
    </message>
</context>
<context>
    <name>CsatService</name>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can record the customer&apos;s satisfaction with &quot;%1&quot;.</source>
        <translation>Nur der Support-Verantwortliche des Deals oder ein Teamleiter kann die Zufriedenheit des Kunden mit „%1“ erfassen.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; customer satisfaction is recorded once it is fulfilled.</source>
        <translation>Die Übergabe hat den Status „%1“; die Kundenzufriedenheit wird erfasst, sobald sie erfüllt ist.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with &quot;%1&quot; was not recorded.</source>
        <translation>Die Zufriedenheit des Kunden mit „%1“ wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from %1 to %2; %3 is not one.</source>
        <translation>Ein Zufriedenheitswert ist eine ganze Zahl von %1 bis %2; %3 ist keine solche.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is in the future.</source>
        <translation>Das Datum %1 des Werts liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is before the deal closed on %2.</source>
        <translation>Das Datum %1 des Werts liegt vor dem Abschluss des Deals am %2.</translation>
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
    <message>
        <source>Handoff cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Handoff kann keine PostgreSQL-Server erreichen: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the server &apos;%1&apos;: %2</source>
        <translation>Die Verbindung zum Server „%1“ konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>set up the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server belongs to another application: it has tables, but not Handoff&apos;s.</source>
        <translation>Die Datenbank „%1“ auf dem Server gehört zu einer anderen Anwendung: Sie enthält Tabellen, aber nicht die von Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is empty, not a Handoff database.</source>
        <translation>Die Datenbank „%1“ auf dem Server ist leer und keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is not a Handoff database.</source>
        <translation>Die Datenbank „%1“ auf dem Server ist keine Handoff-Datenbank.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server was written by a newer version of Handoff (schema %2; this version reads up to %3). Update Handoff to open it.</source>
        <translation>Die Datenbank „%1“ auf dem Server wurde von einer neueren Version von Handoff geschrieben (Schema %2; diese Version liest bis Schema %3). Aktualisieren Sie Handoff, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The change was not saved: one of its steps failed on the server, so all of it was taken back.</source>
        <translation>Die Änderung wurde nicht gespeichert: Einer ihrer Schritte ist auf dem Server fehlgeschlagen, deshalb wurde sie ganz zurückgenommen.</translation>
    </message>
    <message>
        <source>cannot be created: its write-ahead log was not written back.</source>
        <translation>kann nicht erstellt werden: sein Write-Ahead-Log wurde nicht zurückgeschrieben.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; was found damaged by the check of %2. Restore it from a backup; &apos;handoff check&apos; lists the damage, and opens the file again once a check finds none.</source>
        <translation>Die Datei „%1“ wurde bei der Prüfung vom %2 als beschädigt erkannt. Stellen Sie sie aus einer Sicherung wieder her; „handoff check“ listet die Schäden auf und öffnet die Datei wieder, sobald eine Prüfung keine mehr findet.</translation>
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
    <message>
        <source>is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her; „handoff check“ listet die Schäden auf.</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), as if it was cut off. Restore it from a backup.</source>
        <translation>ist beschädigt: Sie ist kürzer, als ihr Kopf angibt (%1 von %2 Bytes), als wäre sie abgeschnitten worden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Set to the earliest date to clear it</source>
        <translation>Zum Leeren auf das früheste Datum setzen</translation>
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
    <message>
        <source>deals</source>
        <translation>Deals</translation>
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
    <message>
        <source>No column gives the deals&apos; names: each deal is named after its account and products, such as &quot;%1&quot;.</source>
        <translation>Keine Spalte gibt die Namen der Deals an: Jeder Deal wird nach seinem Kunden und seinen Produkten benannt, etwa „%1“.</translation>
    </message>
    <message>
        <source>Contact cells are read as lists of people such as &quot;Jane Doe (jane@acme.com); Bo Li (bo@acme.com)&quot;: the first person of each is imported, the email in brackets apart from the name.</source>
        <translation>Kontaktzellen werden als Personenlisten gelesen, etwa „Jane Doe (jane@acme.com); Bo Li (bo@acme.com)“: Die erste Person jeder Zelle wird importiert, die E-Mail-Adresse in Klammern getrennt vom Namen.</translation>
    </message>
    <message>
        <source>Rows whose contact cell named more than one person: %1; the first person of each was imported.</source>
        <translation>Zeilen, deren Kontaktzelle mehr als eine Person nannte: %1; jeweils die erste Person wurde importiert.</translation>
    </message>
    <message>
        <source>the row holds %1 characters that are not UTF-8; save the file as UTF-8, or choose the encoding it was saved in (windows-1252 or latin-1)</source>
        <translation>die Zeile enthält %1 Zeichen, die kein UTF-8 sind; speichern Sie die Datei als UTF-8 oder wählen Sie die Kodierung, in der sie gespeichert wurde (windows-1252 oder latin-1)</translation>
    </message>
</context>
<context>
    <name>DealListScope</name>
    <message>
        <source>My handoffs</source>
        <translation>Meine Übergaben</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>Your deals whose handoff is not fulfilled or cancelled yet.</source>
        <translation>Ihre Deals, deren Übergabe noch nicht erfüllt oder storniert ist.</translation>
    </message>
    <message>
        <source>The accepted deals you own as support.</source>
        <translation>Die angenommenen Deals, die Sie im Support verantworten.</translation>
    </message>
    <message>
        <source>Every handoff that is not fulfilled or cancelled yet.</source>
        <translation>Alle Übergaben, die noch nicht erfüllt oder storniert sind.</translation>
    </message>
    <message>
        <source>Submitted handoffs waiting for review, the longest waiting first.</source>
        <translation>Eingereichte Übergaben, die auf ihre Prüfung warten, die am längsten wartenden zuerst.</translation>
    </message>
    <message>
        <source>Your accepted deals, whose promises are being fulfilled.</source>
        <translation>Ihre angenommenen Deals, deren Zusagen gerade erfüllt werden.</translation>
    </message>
    <message>
        <source>Accepted deals, whose promises are being fulfilled.</source>
        <translation>Angenommene Deals, deren Zusagen gerade erfüllt werden.</translation>
    </message>
    <message>
        <source>Every deal, the most recently closed first.</source>
        <translation>Alle Deals, die zuletzt abgeschlossenen zuerst.</translation>
    </message>
</context>
<context>
    <name>DealReport</name>
    <message>
        <source>Handoff report</source>
        <translation>Übergabebericht</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Gewonnen am</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Go-live-Termin</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>CRM-Referenz</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>No contacts are recorded for this deal.</source>
        <translation>Für diesen Deal sind keine Kontakte erfasst.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
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
        <source>Why they bought and how they judge success</source>
        <translation>Warum der Kunde gekauft hat und woran er den Erfolg misst</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>Not written down.</source>
        <translation>Nicht festgehalten.</translation>
    </message>
    <message>
        <source>Handoff report: %1 — %2</source>
        <translation>Übergabebericht: %1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Handoff checklist</source>
        <translation>Übergabe-Checkliste</translation>
    </message>
    <message>
        <source>Required items answered: %1 of %2.</source>
        <translation>Beantwortete Pflichtpunkte: %1 von %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlend: %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>Promises made to the customer (%1)</source>
        <translation>Zusagen an den Kunden (%1)</translation>
    </message>
    <message>
        <source>No promises are recorded for this deal.</source>
        <translation>Für diesen Deal sind keine Zusagen erfasst.</translation>
    </message>
    <message>
        <source>%1 blocked by the capability catalog, %2 that support cannot fulfil, %3 still open.</source>
        <translation>%1 durch den Katalog der Leistungsmerkmale blockiert, %2 vom Support nicht erfüllbar, %3 noch offen.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
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
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Erfüllung</translation>
    </message>
    <message>
        <source>Customer&apos;s words: “%1”</source>
        <translation>Worte des Kunden: „%1“</translation>
    </message>
    <message>
        <source>Fulfilment plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <source>No fulfilment tasks yet: support plans them when it accepts the handoff.</source>
        <translation>Noch keine Umsetzungsaufgaben: Der Support plant sie, wenn er die Übergabe annimmt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Zur Zusage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handoff history</source>
        <translation>Verlauf der Übergabe</translation>
    </message>
    <message>
        <source>The handoff has not been submitted yet.</source>
        <translation>Die Übergabe wurde noch nicht eingereicht.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>By signing, sales confirms that every promise made to the customer is listed above, and support confirms that it has reviewed them and takes the account.</source>
        <translation>Mit der Unterschrift bestätigt der Vertrieb, dass alle dem Kunden gegebenen Zusagen oben aufgeführt sind, und der Support bestätigt, dass er sie geprüft hat und den Kunden übernimmt.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Bevorzugt %1</translation>
    </message>
    <message>
        <source>See the deal&apos;s %1 above</source>
        <translation>Siehe %1 des Deals oben</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Geben Sie einen Titel für den Deal ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreibuchstabiger ISO-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>Enter the date the deal was closed-won.</source>
        <translation>Geben Sie das Datum ein, an dem der Deal gewonnen wurde.</translation>
    </message>
    <message>
        <source>The contract start is more than a year before the deal was closed.</source>
        <translation>Der Vertragsbeginn liegt mehr als ein Jahr vor dem Abschluss des Deals.</translation>
    </message>
    <message>
        <source>The term must be between 1 and %1 months.</source>
        <translation>Die Laufzeit muss zwischen 1 und %1 Monaten liegen.</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>Das Benutzerkonto von %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>A %1 handoff is closed; its deal no longer changes.</source>
        <translation>Eine Übergabe mit dem Status „%1“ ist abgeschlossen; ihr Deal wird nicht mehr geändert.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead may edit the deal.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter darf den Deal bearbeiten.</translation>
    </message>
    <message>
        <source>The handoff is %1: the sales rep edits it only while it is a draft or returned.</source>
        <translation>Die Übergabe hat den Status „%1“: Der Vertriebsmitarbeiter kann sie nur bearbeiten, solange sie ein Entwurf ist oder zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s account name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Choose the sales rep who closed the deal.</source>
        <translation>Wählen Sie den Vertriebsmitarbeiter, der den Deal abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Another deal (“%1”) already has the CRM reference %2.</source>
        <translation>Ein anderer Deal („%1“) hat bereits die CRM-Referenz %2.</translation>
    </message>
    <message>
        <source>Only sales reps and leads create deals.</source>
        <translation>Nur Vertriebsmitarbeiter und Teamleiter legen Deals an.</translation>
    </message>
    <message>
        <source>The deal was not created.</source>
        <translation>Der Deal wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>The deal was not changed.</source>
        <translation>Der Deal wurde nicht geändert.</translation>
    </message>
    <message>
        <source>No deal has the id or CRM reference &apos;%1&apos;.</source>
        <translation>Kein Deal hat die ID oder CRM-Referenz „%1“.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>The CRM reference</source>
        <translation>Die CRM-Referenz</translation>
    </message>
    <message>
        <source>The products or plan</source>
        <translation>Die Produkte oder der Tarif</translation>
    </message>
    <message>
        <source>The reason they bought</source>
        <translation>Der Kaufgrund</translation>
    </message>
    <message>
        <source>The success criteria</source>
        <translation>Die Erfolgskriterien</translation>
    </message>
    <message>
        <source>The known risks</source>
        <translation>Die bekannten Risiken</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>Der Kundenname</translation>
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
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
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
    <message>
        <source>&apos;%1&apos; is not offered</source>
        <translation>„%1“ wird nicht angeboten</translation>
    </message>
</context>
<context>
    <name>FigureChoices</name>
    <message>
        <source>Handoffs returned at least once</source>
        <translation>Mindestens einmal zurückgegebene Übergaben</translation>
    </message>
    <message>
        <source>All handoffs submitted</source>
        <translation>Alle eingereichten Übergaben</translation>
    </message>
    <message>
        <source>Returned for: %1 (returns: %L2)</source>
        <translation>Zurückgegeben wegen: %1 (Rückgaben: %L2)</translation>
    </message>
    <message>
        <source>Deals scored in the period</source>
        <translation>Im Zeitraum bewertete Deals</translation>
    </message>
    <message>
        <source>Deals counted (the numerator)</source>
        <translation>Gezählte Deals (Zähler)</translation>
    </message>
    <message>
        <source>All deals the rate is taken over (the denominator)</source>
        <translation>Alle Deals, auf die sich die Quote bezieht (Nenner)</translation>
    </message>
    <message>
        <source>Deals counted</source>
        <translation>Gezählte Deals</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 % (%2/%3)</source>
        <translation>%1&#xa0;% (%2/%3)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
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
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a month on a chart axis</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>a calendar quarter on a chart axis: its number (1 to 4) and year</comment>
        <translation>Q%1 %2</translation>
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
    <message>
        <source>Upgrading the database from schema version %1 to %2. On a large database this takes minutes…</source>
        <translation>Die Datenbank wird von Schemaversion %1 auf %2 aktualisiert. Bei einer großen Datenbank dauert das einige Minuten …</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: ask a team lead to restore your access.</source>
        <translation>%1 &lt;%2&gt; ist deaktiviert: Bitten Sie eine Teamleitung, Ihren Zugang wiederherzustellen.</translation>
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
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s %3, and the deal has none yet.</source>
        <translation>Der Pflichtpunkt „%1“ (%2) wird durch %3 des Deals beantwortet, und der Deal hat noch keine.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s field &quot;%3&quot;, which is empty.</source>
        <translation>Der Pflichtpunkt „%1“ (%2) wird durch das Feld „%3“ des Deals beantwortet, und das ist leer.</translation>
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
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
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
    <message>
        <source>a contact</source>
        <translation>einen Kontakt</translation>
    </message>
    <message>
        <source>%1 made %2 the %3 instead of the %4</source>
        <translation>%1 hat %2 als %3 statt als %4 eingetragen</translation>
    </message>
    <message>
        <source>%1 changed how %2 is on the deal</source>
        <translation>%1 hat den Eintrag für %2 im Deal geändert</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 made %2 the preferred support channel</source>
        <translation>%1 hat den Support-Kanal %2 als bevorzugt festgelegt</translation>
    </message>
    <message>
        <source>%1 no longer prefers the support channel %2</source>
        <translation>%1 hat die Bevorzugung des Support-Kanals %2 aufgehoben</translation>
    </message>
    <message>
        <source>%1 changed the address of the support channel %2 from %3 to %4</source>
        <translation>%1 hat die Adresse des Support-Kanals %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1 turned the support channel %2 into %3</source>
        <translation>%1 hat den Support-Kanal %2 in %3 umgewandelt</translation>
    </message>
    <message>
        <source>%1 changed the support channel %2</source>
        <translation>%1 hat den Support-Kanal %2 geändert</translation>
    </message>
    <message>
        <source>%1 renamed the contact %2 to %3</source>
        <translation>%1 hat den Kontakt %2 in %3 umbenannt</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>%1 changed the contact %2</source>
        <translation>%1 hat den Kontakt %2 geändert</translation>
    </message>
    <message>
        <source>%1 set the %2 of %3 to %4</source>
        <translation>%1 hat bei %3 das Feld „%2“ auf %4 gesetzt</translation>
    </message>
    <message>
        <source>%1 cleared the %2 of %3 (was %4)</source>
        <translation>%1 hat bei %3 das Feld „%2“ geleert (vorher: %4)</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 from %4 to %5</source>
        <translation>%1 hat bei %3 das Feld „%2“ von %4 auf %5 geändert</translation>
    </message>
    <message>
        <source>%1 recorded the customer&apos;s satisfaction: %2 of 5</source>
        <translation>%1 hat die Kundenzufriedenheit erfasst: %2 von 5</translation>
    </message>
    <message>
        <source>%1 changed the customer&apos;s satisfaction to %2 of 5 (it was %3)</source>
        <translation>%1 hat die Kundenzufriedenheit auf %2 von 5 geändert (vorher %3)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
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
    <message>
        <source>Imports the closed-won deals of a CRM export (CSV) as drafts ready for handoff. Accounts, sales reps and contacts are matched by name or email, or created; deals imported before are updated by their CRM reference. All or nothing: if any row is rejected, nothing is imported and every rejected row is listed.</source>
        <translation>Importiert die gewonnenen Deals eines CRM-Exports (CSV) als Entwürfe, die zur Übergabe bereit sind. Kunden, Vertriebsmitarbeiter und Kontakte werden über Name oder E-Mail-Adresse zugeordnet oder neu angelegt; bereits importierte Deals werden anhand ihrer CRM-Referenz aktualisiert. Alles oder nichts: Wird eine Zeile abgelehnt, wird nichts importiert, und alle abgelehnten Zeilen werden aufgelistet.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
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
    <message>
        <source>Handoff deal id</source>
        <translation>Handoff-Deal-ID</translation>
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
    <message>
        <source>the %1 &apos;%2&apos; is not one Handoff wrote (a UUID such as %3)</source>
        <translation>das Feld „%1“ enthält „%2“, keine von Handoff geschriebene ID (eine UUID wie %3)</translation>
    </message>
    <message>
        <source>the %1 (column %2) contains an invisible control character, %3, at position %4</source>
        <translation>das Feld „%1“ (Spalte %2) enthält ein unsichtbares Steuerzeichen, %3, an Position %4</translation>
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
    <name>Inbox</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is overdue.</source>
        <translation>Die Aufgabe „%1“ ist überfällig.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is overdue.</source>
        <translation>Die Zusage „%1“ ist überfällig.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is due.</source>
        <translation>Die Aufgabe „%1“ ist fällig.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is due.</source>
        <translation>Die Zusage „%1“ ist fällig.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückgegeben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Zusage fällig</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Aufgabe fällig</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnung</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a new database for a team, with its first person as team lead: --name NAME --email EMAIL. The lead then adds the others with &apos;user add&apos;.</source>
        <translation>Legt eine neue Datenbank für ein Team an, mit der ersten Person als Teamleitung: --name NAME --email E-MAIL. Die Leitung fügt dann die anderen mit „user add“ hinzu.</translation>
    </message>
    <message>
        <source>The name of the team&apos;s first lead, who will add the others.</source>
        <translation>Der Name der ersten Teamleitung, die die anderen hinzufügt.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The lead&apos;s email address, which commands take with --as.</source>
        <translation>Die E-Mail-Adresse der Leitung, die Befehle mit --as erwarten.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>init takes no argument; name the database with --database FILE.</source>
        <translation>init erwartet kein Argument; nennen Sie die Datenbank mit --database DATEI.</translation>
    </message>
    <message>
        <source>init needs --name NAME and --email EMAIL: the team&apos;s first lead.</source>
        <translation>init erwartet --name NAME und --email E-MAIL: die erste Teamleitung.</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 wurde nicht angelegt: %2</translation>
    </message>
    <message>
        <source>Started %1 with %2 &lt;%3&gt; as team lead.</source>
        <translation>%1 angelegt, mit %2 &lt;%3&gt; als Teamleitung.</translation>
    </message>
    <message>
        <source>Next: add people with &apos;%1 user add --name NAME --email EMAIL --role ROLE --as %2&apos;, or import a CRM export with &apos;%1 import FILE.csv --preset NAME --as %2&apos;.</source>
        <translation>Als Nächstes: Personen mit „%1 user add --name NAME --email E-MAIL --role ROLLE --as %2“ hinzufügen oder einen CRM-Export mit „%1 import DATEI.csv --preset NAME --as %2“ importieren.</translation>
    </message>
    <message>
        <source>On a server: the lead&apos;s own login (default: their email&apos;s part before &apos;@&apos;). The login that runs init administers the team&apos;s database.</source>
        <translation>Auf einem Server: das eigene Login der Teamleitung (Vorgabe: der Teil der E-Mail vor „@“). Das Login, das init ausführt, verwaltet die Datenbank des Teams.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>--login is for a team&apos;s server: a file has no logins, whoever sits at it picks their profile.</source>
        <translation>--login gilt für den Server eines Teams: Eine Datei hat keine Logins, wer an ihr sitzt, wählt sein Profil.</translation>
    </message>
    <message>
        <source>The team works in team mode: each person connects with a login of their own, and the server holds each login to its role.</source>
        <translation>Das Team arbeitet im Teammodus: Jede Person verbindet sich mit einem eigenen Login, und der Server hält jedes Login an seine Rolle.</translation>
    </message>
    <message>
        <source>Next: %1 adds people with &apos;%2 user add --name NAME --email EMAIL --role ROLE&apos;, connected as themselves.</source>
        <translation>Als Nächstes fügt %1 Personen mit „%2 user add --name NAME --email E-MAIL --role ROLLE“ hinzu, verbunden als sie selbst.</translation>
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
    <message>
        <source>The index %1 of %2 is not valid: rebuild it with REINDEX.</source>
        <translation>Der Index %1 von %2 ist ungültig: Bauen Sie ihn mit REINDEX neu auf.</translation>
    </message>
    <message>
        <source>The constraint %1 of %2 was never checked against the rows already there (NOT VALID): validate it with ALTER TABLE … VALIDATE CONSTRAINT.</source>
        <translation>Die Einschränkung %1 von %2 wurde nie gegen die bereits vorhandenen Zeilen geprüft (NOT VALID): Prüfen Sie sie mit ALTER TABLE … VALIDATE CONSTRAINT.</translation>
    </message>
    <message>
        <source>The trigger %1 is disabled: audit entries can be changed without a trace.</source>
        <translation>Der Trigger %1 ist deaktiviert: Audit-Einträge können spurlos geändert werden.</translation>
    </message>
    <message>
        <source>The function %1 behind the audit triggers is missing or was altered: it no longer refuses every change to an audit entry.</source>
        <translation>Die Funktion %1 hinter den Audit-Triggern fehlt oder wurde verändert: Sie verweigert nicht mehr jede Änderung eines Audit-Eintrags.</translation>
    </message>
    <message>
        <source>Kept figures</source>
        <translation>Geführte Kennzahlen</translation>
    </message>
    <message>
        <source>They were built again from the rows.</source>
        <translation>Sie wurden aus den Zeilen neu aufgebaut.</translation>
    </message>
    <message>
        <source>They were not up to date for this time zone; they were built again from the rows.</source>
        <translation>Sie waren für diese Zeitzone nicht aktuell; sie wurden aus den Zeilen neu aufgebaut.</translation>
    </message>
    <message>
        <source>Team mode protection</source>
        <translation>Schutz des Teammodus</translation>
    </message>
    <message>
        <source>This build of Handoff lacks the list of team mode&apos;s triggers.</source>
        <translation>Diesem Build von Handoff fehlt die Liste der Trigger des Teammodus.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is missing: the server no longer holds each login to its role.</source>
        <translation>Der Trigger %1 auf %2 fehlt: Der Server hält die Logins nicht mehr an ihre Rollen.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is disabled: the server no longer holds each login to its role.</source>
        <translation>Der Trigger %1 auf %2 ist abgeschaltet: Der Server hält die Logins nicht mehr an ihre Rollen.</translation>
    </message>
    <message>
        <source>The function %1 of team mode is missing or was altered: the server may no longer hold each login to its role.</source>
        <translation>Die Funktion %1 des Teammodus fehlt oder wurde geändert: Der Server hält die Logins womöglich nicht mehr an ihre Rollen.</translation>
    </message>
</context>
<context>
    <name>KeptFigures</name>
    <message numerus="yes">
        <source>%n kept figure part(s) differ from what the deals&apos; rows give now.</source>
        <translation>
            <numerusform>%n geführter Kennzahlanteil weicht von dem ab, was die Zeilen der Deals jetzt ergeben.</numerusform>
            <numerusform>%n geführte Kennzahlanteile weichen von dem ab, was die Zeilen der Deals jetzt ergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept daily sum(s) differ from the sum of their parts.</source>
        <translation>
            <numerusform>%n geführte Tagessumme weicht von der Summe ihrer Anteile ab.</numerusform>
            <numerusform>%n geführte Tagessummen weichen von der Summe ihrer Anteile ab.</numerusform>
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
    <message>
        <source>None</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Produkte oder Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Contract start</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Geplanter Go-live</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Known risks</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>Support channels</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Support-Kanäle</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Bevorzugter Kanal</translation>
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
    <message>
        <source>Print how long each key press, click and wheel turn keeps the workstation busy, and a summary when it closes.</source>
        <translation>Gibt aus, wie lange jeder Tastendruck, Klick und jede Mausraddrehung die Arbeitsoberfläche beschäftigt, und beim Schließen eine Zusammenfassung.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <source>Someone else saved a change to %1 after you opened it (in another window or another Handoff).</source>
        <translation>Nachdem Sie %1 geöffnet haben, hat jemand anderes eine Änderung daran gespeichert (in einem anderen Fenster oder einer anderen Handoff-Instanz).</translation>
    </message>
    <message>
        <source>Reload to see their version and drop your edit, or overwrite their change with yours.</source>
        <translation>Laden Sie neu, um die andere Version zu sehen und Ihre Bearbeitung zu verwerfen, oder überschreiben Sie die andere Änderung mit Ihrer.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>The last change: %1</source>
        <translation>Die letzte Änderung: %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>%1 (median of %2)</source>
        <translation>%1 (Median von %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Handoff metrics from %1 to %2, as of %3.</source>
        <translation>Übergabekennzahlen vom %1 bis %2, Stand %3.</translation>
    </message>
    <message>
        <source>Submit target in business days: %1. Handoffs by state, unsubmitted and overdue work and deals at risk are counted as of today, whatever the period.</source>
        <translation>Zielvorgabe für das Einreichen in Werktagen: %1. Übergaben nach Status, nicht eingereichte und überfällige Arbeit sowie gefährdete Deals werden unabhängig vom Zeitraum mit Stand heute gezählt.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team (the chosen rep&apos;s deals)</source>
        <translation>Team (die Deals des gewählten Mitarbeiters)</translation>
    </message>
    <message>
        <source>Sales rep: %1 &lt;%2&gt;</source>
        <translation>Vertriebsmitarbeiter: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Support rep: %1 &lt;%2&gt;</source>
        <translation>Support-Mitarbeiter: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Trend by week</source>
        <translation>Trend nach Woche</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Trend nach Monat</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>Der erste Tag des Zeitraums, JJJJ-MM-TT (Standard: der 1. des aktuellen Monats).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>Der letzte Tag des Zeitraums, JJJJ-MM-TT (Standard: der letzte Tag des aktuellen Monats).</translation>
    </message>
    <message>
        <source>Only this team member&apos;s figures, and the team&apos;s over their deals.</source>
        <translation>Nur die Kennzahlen dieses Teammitglieds und die des Teams für dessen Deals.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>Print JSON (snake_case keys; every rate as numerator, denominator and value, null without data) instead of text.</source>
        <translation>JSON statt Text ausgeben (Schlüssel in snake_case; jede Quote als Zähler, Nenner und Wert, null ohne Daten).</translation>
    </message>
    <message>
        <source>metrics takes no arguments, only options; see --help.</source>
        <translation>metrics erwartet keine Argumente, nur Optionen; siehe --help.</translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation>Trend nach Quartal</translation>
    </message>
    <message>
        <source>Prints the handoff quality figures of a period (this month unless --from and --to say otherwise) for the team, each sales rep and each support rep, with a trend by week, month or quarter, as text or JSON. Counts as of today (handoffs by state, open and overdue work) ignore the period.</source>
        <translation>Gibt die Qualitätskennzahlen der Übergaben für einen Zeitraum (der aktuelle Monat, sofern --from und --to nichts anderes angeben) für das Team, jeden Vertriebsmitarbeiter und jeden Support-Mitarbeiter aus, mit einem Trend nach Woche, Monat oder Quartal, als Text oder JSON. Zählungen mit Stand heute (Übergaben nach Status, offene und überfällige Arbeit) berücksichtigen den Zeitraum nicht.</translation>
    </message>
    <message>
        <source>The step of the trend: week, month, quarter or auto (default: auto, which takes weeks for periods of up to 92 days, months for up to three years and quarters beyond).</source>
        <translation>Die Schrittweite des Trends: week, month, quarter oder auto (Standard: auto, also Wochen für Zeiträume bis 92 Tage, Monate bis drei Jahre und Quartale darüber hinaus).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trend step; choose week, month, quarter or auto.</source>
        <translation>„%1“ ist keine gültige Schrittweite für den Trend; wählen Sie week, month, quarter oder auto.</translation>
    </message>
</context>
<context>
    <name>MetricsFigures</name>
    <message>
        <source>Handoffs submitted</source>
        <translation>Eingereichte Übergaben</translation>
    </message>
    <message>
        <source>Deals whose first submission to support happened in the period. Later submissions of the same deal (after a return) do not count again. This is the group of handoffs that the other figures of a sales rep describe, except promises kept and broken and CSAT.</source>
        <translation>Deals, deren erste Einreichung beim Support im Zeitraum erfolgte. Spätere Einreichungen desselben Deals (nach einer Rückgabe) werden nicht erneut gezählt. Auf diese Gruppe von Übergaben beziehen sich die übrigen Kennzahlen eines Vertriebsmitarbeiters, außer eingehaltenen und nicht eingehaltenen Zusagen sowie CSAT.</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>Annahme im ersten Anlauf</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period that support has decided on (accepted, or returned at least once), the share accepted without ever being returned. Handoffs still waiting for their first review are not counted.</source>
        <translation>Anteil der im Zeitraum erstmals eingereichten Übergaben, über die der Support entschieden hat (angenommen oder mindestens einmal zurückgegeben), die ohne jede Rückgabe angenommen wurden. Übergaben, die noch auf ihre erste Prüfung warten, werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Checklist completeness at first submission</source>
        <translation>Vollständigkeit der Checkliste bei der ersten Einreichung</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the required checklist items answered when each was first submitted, divided by the required items the checklist had at that moment, both summed over those handoffs: the share of required items answered. A check item counts only when ticked.</source>
        <translation>Für die im Zeitraum erstmals eingereichten Übergaben: die bei der jeweils ersten Einreichung beantworteten Pflichtpunkte der Checkliste, geteilt durch die Pflichtpunkte, die die Checkliste zu diesem Zeitpunkt hatte, jeweils summiert über diese Übergaben – also der Anteil der beantworteten Pflichtpunkte. Ein Ankreuzpunkt zählt nur, wenn er abgehakt ist.</translation>
    </message>
    <message>
        <source>Returns per handoff</source>
        <translation>Rückgaben pro Übergabe</translation>
    </message>
    <message>
        <source>How many times support returned the handoffs first submitted in the period (every return, up to today), divided by the number of those handoffs.</source>
        <translation>Wie oft der Support die im Zeitraum erstmals eingereichten Übergaben zurückgegeben hat (jede Rückgabe, bis heute), geteilt durch die Anzahl dieser Übergaben.</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Rückgabegründe</translation>
    </message>
    <message>
        <source>The returns of the handoffs first submitted in the period, counted by the reason code support gave. A return forced by a lead&apos;s override counts as &quot;other&quot;.</source>
        <translation>Die Rückgaben der im Zeitraum erstmals eingereichten Übergaben, gezählt nach dem vom Support angegebenen Grund. Eine durch die Übersteuerung eines Teamleiters erzwungene Rückgabe zählt als „Sonstiges“.</translation>
    </message>
    <message>
        <source>Promises support could not fulfil</source>
        <translation>Vom Support nicht erfüllbare Zusagen</translation>
    </message>
    <message>
        <source>Of the promises of the handoffs first submitted in the period that support has reviewed, the share that support reviewed as &quot;cannot fulfil&quot; at least once, even if they were renegotiated, waived or removed afterwards.</source>
        <translation>Anteil der vom Support geprüften Zusagen der im Zeitraum erstmals eingereichten Übergaben, die der Support mindestens einmal als „Nicht erfüllbar“ eingestuft hat, auch wenn sie danach neu verhandelt, gestrichen oder entfernt wurden.</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Of the promises due in the period that are settled (fulfilled, broken, or still open after their due date), the share fulfilled on or before their due date. Waived promises and the promises of cancelled deals are not counted, nor open promises not yet due. Counted for the deal&apos;s sales rep.</source>
        <translation>Anteil der im Zeitraum fälligen, abgeschlossenen Zusagen (erfüllt, nicht eingehalten oder nach ihrem Fälligkeitsdatum noch offen), die bis zu ihrem Fälligkeitsdatum erfüllt wurden. Gestrichene Zusagen und Zusagen stornierter Deals werden nicht gezählt, ebenso wenig offene Zusagen, die noch nicht fällig sind. Gezählt für den Vertriebsmitarbeiter des Deals.</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Nicht eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Of the same settled promises due in the period, the share not fulfilled by their due date: marked broken, fulfilled late, or still open after the due date. Kept and broken add up to the whole.</source>
        <translation>Anteil derselben im Zeitraum fälligen, abgeschlossenen Zusagen, die nicht bis zu ihrem Fälligkeitsdatum erfüllt wurden: als nicht eingehalten markiert, verspätet erfüllt oder nach dem Fälligkeitsdatum noch offen. Eingehaltene und nicht eingehaltene Zusagen ergeben zusammen das Ganze.</translation>
    </message>
    <message>
        <source>Median business days to first submission</source>
        <translation>Median der Werktage bis zur ersten Einreichung</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the median number of business days (Monday to Friday) from the closed-won date to the day of the first submission, counted as the submit clock counts them.</source>
        <translation>Für die im Zeitraum erstmals eingereichten Übergaben: der Median der Werktage (Montag bis Freitag) vom Abschlussdatum bis zum Tag der ersten Einreichung, so gezählt wie bei der Einreichfrist.</translation>
    </message>
    <message>
        <source>First submissions over the submit clock</source>
        <translation>Erste Einreichungen nach Ablauf der Einreichfrist</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period, the share whose first submission took more business days after closed-won than the team&apos;s submit target.</source>
        <translation>Anteil der im Zeitraum erstmals eingereichten Übergaben, deren erste Einreichung nach dem Abschluss mehr Werktage gedauert hat als die Zielvorgabe des Teams für das Einreichen.</translation>
    </message>
    <message>
        <source>Unsubmitted handoffs over the submit clock</source>
        <translation>Nicht eingereichte Übergaben nach Ablauf der Einreichfrist</translation>
    </message>
    <message>
        <source>As of today, whatever the period: draft or returned handoffs whose closed-won date is more business days ago than the team&apos;s submit target.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: Übergaben im Entwurf oder zurückgegebene Übergaben, deren Abschlussdatum mehr Werktage zurückliegt als die Zielvorgabe des Teams für das Einreichen.</translation>
    </message>
    <message>
        <source>Customer satisfaction (sales rep)</source>
        <translation>Kundenzufriedenheit (Vertriebsmitarbeiter)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals of the sales rep: the sum of the scores divided by their number.</source>
        <translation>Der durchschnittliche CSAT-Wert (1 bis 5), erfasst mit einem Datum im Zeitraum, für die Deals des Vertriebsmitarbeiters: die Summe der Werte geteilt durch ihre Anzahl.</translation>
    </message>
    <message>
        <source>Median review turnaround (hours)</source>
        <translation>Median der Prüfdauer (Stunden)</translation>
    </message>
    <message>
        <source>For every acceptance or return made in the period, the hours from the submission it decided on (the latest submission of the deal before it) to the decision, to the minute; the median per support rep who decided.</source>
        <translation>Für jede Annahme oder Rückgabe im Zeitraum die Stunden von der Einreichung, über die entschieden wurde (die letzte Einreichung des Deals davor), bis zur Entscheidung, minutengenau; der Median je Support-Mitarbeiter, der entschieden hat.</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>Pünktlich erledigte Aufgaben</translation>
    </message>
    <message>
        <source>Of the fulfilment tasks due in the period that are settled (done, or not done after their due date), the share done on or before their due date. Counted for the task&apos;s assignee; tasks not yet due and not done are not counted.</source>
        <translation>Anteil der im Zeitraum fälligen, abgeschlossenen Umsetzungsaufgaben (erledigt oder nach ihrem Fälligkeitsdatum nicht erledigt), die bis zu ihrem Fälligkeitsdatum erledigt wurden. Gezählt für die Person, der die Aufgabe zugewiesen ist; noch nicht fällige und nicht erledigte Aufgaben werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Promises fulfilled on time</source>
        <translation>Pünktlich erfüllte Zusagen</translation>
    </message>
    <message>
        <source>Promises kept, counted for the support owner of the deal: of the settled promises due in the period, the share fulfilled on or before their due date.</source>
        <translation>Eingehaltene Zusagen, gezählt für den Support-Verantwortlichen des Deals: Anteil der im Zeitraum fälligen, abgeschlossenen Zusagen, die bis zu ihrem Fälligkeitsdatum erfüllt wurden.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>As of today, whatever the period: fulfilment tasks not done whose due date is before today, counted for their assignee.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: nicht erledigte Umsetzungsaufgaben, deren Fälligkeitsdatum vor heute liegt, gezählt für die Person, der sie zugewiesen sind.</translation>
    </message>
    <message>
        <source>Median business days from acceptance to kickoff</source>
        <translation>Median der Werktage von der Annahme bis zum Kick-off</translation>
    </message>
    <message>
        <source>For the handoffs accepted in the period that have a kickoff date in their checklist, the median number of business days from the day of acceptance to the kickoff date (0 when the kickoff was planned for the day of acceptance or earlier). Counted for the support owner.</source>
        <translation>Für die im Zeitraum angenommenen Übergaben mit einem Kick-off-Datum in der Checkliste: der Median der Werktage vom Tag der Annahme bis zum Kick-off-Datum (0, wenn der Kick-off für den Tag der Annahme oder früher geplant war). Gezählt für den Support-Verantwortlichen.</translation>
    </message>
    <message>
        <source>Customer satisfaction (support owner)</source>
        <translation>Kundenzufriedenheit (Support-Verantwortlicher)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals the support rep owns: the sum of the scores divided by their number.</source>
        <translation>Der durchschnittliche CSAT-Wert (1 bis 5), erfasst mit einem Datum im Zeitraum, für die Deals, die der Support-Mitarbeiter verantwortet: die Summe der Werte geteilt durch ihre Anzahl.</translation>
    </message>
    <message>
        <source>Handoffs by state</source>
        <translation>Übergaben nach Status</translation>
    </message>
    <message>
        <source>As of today, whatever the period: the number of deals in each handoff state.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: die Anzahl der Deals in jedem Übergabestatus.</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Offene Zusagen nach Machbarkeit</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by feasibility (ok, warning, blocked).</source>
        <translation>Stand heute, unabhängig vom Zeitraum: offene Zusagen von Übergaben, die weder erfüllt noch storniert sind, gezählt nach Machbarkeit („Machbar“, „Gefährdet“, „Blockiert“).</translation>
    </message>
    <message>
        <source>Open promises by review status</source>
        <translation>Offene Zusagen nach Prüfstatus</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by support&apos;s review status.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: offene Zusagen von Übergaben, die weder erfüllt noch storniert sind, gezählt nach dem Prüfstatus des Supports.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <source>As of today, whatever the period: promises neither fulfilled nor waived whose due date is before today, on handoffs that are neither fulfilled nor cancelled.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: weder erfüllte noch gestrichene Zusagen, deren Fälligkeitsdatum vor heute liegt, bei Übergaben, die weder erfüllt noch storniert sind.</translation>
    </message>
    <message>
        <source>Deals at risk</source>
        <translation>Gefährdete Deals</translation>
    </message>
    <message>
        <source>As of today, whatever the period: handoffs neither fulfilled nor cancelled with an open promise due between today and the at-risk horizon (14 days unless chosen otherwise) while fulfilment tasks of the deal are still not done.</source>
        <translation>Stand heute, unabhängig vom Zeitraum: weder erfüllte noch stornierte Übergaben mit einer offenen Zusage, die zwischen heute und dem Risikohorizont (14 Tage, sofern nicht anders gewählt) fällig ist, während Umsetzungsaufgaben des Deals noch nicht erledigt sind.</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Of the settled fulfilment tasks due in the period, the share not done by their due date: done late or still not done after it. Tasks done on time and tasks overdue add up to the whole.</source>
        <translation>Anteil der im Zeitraum fälligen, abgeschlossenen Umsetzungsaufgaben, die nicht bis zu ihrem Fälligkeitsdatum erledigt wurden: verspätet erledigt oder danach noch nicht erledigt. Pünktlich erledigte und überfällige Aufgaben ergeben zusammen das Ganze.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>Der Zeitraum benötigt einen ersten und einen letzten Tag.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>Der Zeitraum beginnt am %1, also nach seinem letzten Tag %2.</translation>
    </message>
    <message>
        <source>The at-risk horizon cannot be negative.</source>
        <translation>Der Risikohorizont darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The figures cannot be computed for this choice.</source>
        <translation>Die Kennzahlen können für diese Auswahl nicht berechnet werden.</translation>
    </message>
    <message>
        <source>There is no user with id %1; they may have been deleted.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1; er wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of the figure &quot;%2&quot;.</source>
        <translation>„%1“ ist kein Bestandteil der Kennzahl „%2“.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen der folgenden Werte: %1.</translation>
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
    <message>
        <source>grant the team&apos;s roles</source>
        <translation>die Rollen des Teams berechtigen</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <source>Could not %1: another person&apos;s change holds the rows it needs (%2). Try again in a moment.</source>
        <translation>Fehler beim %1: Eine Änderung einer anderen Person sperrt die benötigten Zeilen (%2). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not %1: the server does not allow it for your login (%2).</source>
        <translation>Fehler beim %1: Der Server erlaubt dies für Ihre Anmeldung nicht (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the server accepts no changes now (%2).</source>
        <translation>Fehler beim %1: Der Server nimmt derzeit keine Änderungen an (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Fehler beim %1: %2.</translation>
    </message>
    <message>
        <source>Could not prepare a database statement: the server connection is closed.</source>
        <translation>Eine Datenbankanweisung konnte nicht vorbereitet werden: Die Verbindung zum Server ist geschlossen.</translation>
    </message>
    <message>
        <source>prepare &quot;%1&quot;</source>
        <translation>Vorbereiten von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: there is no value %2 to bind.</source>
        <translation>&quot;%1&quot; konnte nicht ausgeführt werden: Es gibt keinen Wert %2 zum Binden.</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation>Ausführen von &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the team&apos;s server is lost, so this was not saved. Handoff connects again by itself; try again when the status bar no longer says that the server cannot be reached.</source>
        <translation>Fehler beim %1: Die Verbindung zum Server des Teams ist unterbrochen, daher wurde dies nicht gespeichert. Handoff verbindet sich von selbst wieder; versuchen Sie es erneut, sobald die Statusleiste nicht mehr meldet, dass der Server nicht erreichbar ist.</translation>
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
    <name>PromiseEdits</name>
    <message>
        <source>Add promise “%1”</source>
        <translation>Zusage „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit promise “%1”</source>
        <translation>Zusage „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove promise “%1”</source>
        <translation>Zusage „%1“ entfernen</translation>
    </message>
    <message>
        <source>Review promise “%1”</source>
        <translation>Zusage „%1“ prüfen</translation>
    </message>
    <message>
        <source>Waive promise “%1”</source>
        <translation>Zusage „%1“ streichen</translation>
    </message>
    <message>
        <source>Mark promise “%1” fulfilled</source>
        <translation>Zusage „%1“ als erfüllt markieren</translation>
    </message>
    <message>
        <source>Could not send the answer</source>
        <translation>Die Antwort konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Jemand anderes hat inzwischen dasselbe Feld geändert.</translation>
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
    <message>
        <source>Only the deal&apos;s sales rep or a lead can remove its promises.</source>
        <translation>Nur der Vertriebsmitarbeiter des Deals oder ein Teamleiter kann dessen Zusagen entfernen.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can remove its promises.</source>
        <translation>Sie sind nicht der Vertriebsmitarbeiter dieses Deals; nur dessen Vertriebsmitarbeiter oder ein Teamleiter kann seine Zusagen entfernen.</translation>
    </message>
    <message>
        <source>The handoff was accepted, so its promises are owed; a lead waives a promise instead of removing it.</source>
        <translation>Die Übergabe wurde angenommen, ihre Zusagen sind also verbindlich; ein Teamleiter streicht eine Zusage, statt sie zu entfernen.</translation>
    </message>
    <message>
        <source>The handoff is submitted; a sales rep can remove promises only while it is a draft or returned by support.</source>
        <translation>Die Übergabe ist eingereicht; ein Vertriebsmitarbeiter kann Zusagen nur entfernen, solange die Übergabe ein Entwurf ist oder vom Support zurückgegeben wurde.</translation>
    </message>
    <message>
        <source>A promise can only go back to open or broken.</source>
        <translation>Eine Zusage kann nur auf „Offen“ oder „Nicht eingehalten“ zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>The promise was not removed.</source>
        <translation>Die Zusage wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The promise has no review to take back.</source>
        <translation>Die Zusage hat keine Prüfung, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>Someone else reviewed the promise since; only their review stands.</source>
        <translation>Jemand anderes hat die Zusage inzwischen geprüft; nur diese Prüfung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Choose the review the promise goes back to.</source>
        <translation>Wählen Sie das Prüfergebnis, auf das die Zusage zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>The promise is not waived; there is no waiver to take back.</source>
        <translation>Die Zusage ist nicht gestrichen; es gibt keine Streichung, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>The promise is not marked fulfilled; there is no mark to take back.</source>
        <translation>Die Zusage ist nicht als erfüllt markiert; es gibt keine Markierung, die zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <source>Only a review, a waiver or a fulfilment can be taken back this way.</source>
        <translation>Nur eine Prüfung, eine Streichung oder eine Erfüllung kann auf diese Weise zurückgenommen werden.</translation>
    </message>
    <message>
        <source>The change was not taken back.</source>
        <translation>Die Änderung wurde nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Die Notiz</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Die Worte des Kunden</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>Die Begründung</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Makes a printable report as PDF or HTML: &apos;report deal ID|REF&apos; for the handoff report of one deal, &apos;report team&apos; for the team report of a period (this month unless --from and --to say otherwise).</source>
        <translation>Erstellt einen druckbaren Bericht als PDF oder HTML: „report deal ID|REF“ für den Übergabebericht eines Deals, „report team“ für den Teambericht eines Zeitraums (der aktuelle Monat, sofern --from und --to nichts anderes angeben).</translation>
    </message>
    <message>
        <source>deal or team.</source>
        <translation>deal oder team.</translation>
    </message>
    <message>
        <source>deal|team</source>
        <translation>deal|team</translation>
    </message>
    <message>
        <source>For a deal report: the deal&apos;s id or CRM reference.</source>
        <translation>Für einen Deal-Bericht: die ID oder CRM-Referenz des Deals.</translation>
    </message>
    <message>
        <source>[ID|REF]</source>
        <translation>[ID|REF]</translation>
    </message>
    <message>
        <source>Write to this file; .pdf makes a PDF, .html a web page. Without it the report goes to standard output as HTML (or as PDF with --format pdf).</source>
        <translation>In diese Datei schreiben; .pdf erzeugt ein PDF, .html eine Webseite. Ohne diese Option wird der Bericht als HTML in die Standardausgabe geschrieben (oder mit --format pdf als PDF).</translation>
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
        <source>pdf or html, when the file name does not say it.</source>
        <translation>pdf oder html, wenn der Dateiname es nicht angibt.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>a4 or letter (default: what the language and country use).</source>
        <translation>a4 oder letter (Standard: das in Sprache und Land übliche Format).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>Team report: the first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>Teambericht: der erste Tag des Zeitraums, JJJJ-MM-TT (Standard: der 1. des aktuellen Monats).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Team report: the last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>Teambericht: der letzte Tag des Zeitraums, JJJJ-MM-TT (Standard: der letzte Tag des aktuellen Monats).</translation>
    </message>
    <message>
        <source>Team report: only this team member&apos;s figures.</source>
        <translation>Teambericht: nur die Kennzahlen dieses Teammitglieds.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>report needs a kind: deal ID|REF or team.</source>
        <translation>report erwartet eine Berichtsart: deal ID|REF oder team.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of report; choose deal or team.</source>
        <translation>„%1“ ist keine Berichtsart; wählen Sie deal oder team.</translation>
    </message>
    <message>
        <source>report deal needs the deal&apos;s id or CRM reference, and nothing else.</source>
        <translation>report deal erwartet die ID oder CRM-Referenz des Deals und sonst nichts.</translation>
    </message>
    <message>
        <source>report team takes no arguments, only options; see --help.</source>
        <translation>report team erwartet keine Argumente, nur Optionen; siehe --help.</translation>
    </message>
    <message>
        <source>--force only applies with -o FILE.</source>
        <translation>--force gilt nur zusammen mit -o DATEI.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report format; choose pdf or html.</source>
        <translation>„%1“ ist kein Berichtsformat; wählen Sie pdf oder html.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf or .html; add --format pdf or --format html.</source>
        <translation>„%1“ endet nicht auf .pdf oder .html; geben Sie --format pdf oder --format html an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size; choose a4 or letter.</source>
        <translation>„%1“ ist kein Papierformat; wählen Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>%1 geschrieben (1 Seite).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer or file did not open.</source>
        <translation>Der Bericht konnte nicht gedruckt werden: Der Drucker oder die Datei ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The report could not be printed: page %1 could not be started.</source>
        <translation>Der Bericht konnte nicht gedruckt werden: Seite %1 konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Der Bericht konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
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
    <name>SearchBacklog</name>
    <message>
        <source>The search index could not be brought up to date. %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden. %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search failed. %1 If this happens again, &apos;handoff check&apos; tells whether the file is damaged.</source>
        <translation>Die Suche ist fehlgeschlagen. %1 Falls das erneut passiert, zeigt &apos;handoff check&apos;, ob die Datei beschädigt ist.</translation>
    </message>
    <message>
        <source>Deal</source>
        <comment>kind of search result</comment>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>kind of search result</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of search result</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Promise</source>
        <comment>kind of search result</comment>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Deals: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>kein Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address &apos;%1&apos; cannot be used: %2</source>
        <translation>Die Serveradresse „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation>Sie muss mit postgresql:// beginnen.</translation>
    </message>
    <message>
        <source>The server address holds a password. Handoff never takes a password on the command line or in an address: put it in ~/.pgpass (or use the server&apos;s peer or certificate login) and give the address without it.</source>
        <translation>Die Serveradresse enthält ein Passwort. Handoff nimmt Passwörter nie auf der Befehlszeile oder in einer Adresse entgegen: Hinterlegen Sie es in ~/.pgpass (oder verwenden Sie die Peer- oder Zertifikatsanmeldung des Servers), und geben Sie die Adresse ohne Passwort an.</translation>
    </message>
    <message>
        <source>the database name cannot contain &apos;/&apos;.</source>
        <translation>Der Datenbankname darf kein &apos;/&apos; enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection setting.</source>
        <translation>„%1“ ist keine Verbindungseinstellung.</translation>
    </message>
    <message>
        <source>The server address holds a password. Put it in ~/.pgpass instead and give the address without it.</source>
        <translation>Die Serveradresse enthält ein Passwort. Hinterlegen Sie es stattdessen in ~/.pgpass, und geben Sie die Adresse ohne Passwort an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>A database on a server is backed up with PostgreSQL&apos;s pg_dump, which is not installed here (Debian: postgresql-client). Install it, or ask the server&apos;s administrator where the server&apos;s backups go.</source>
        <translation>Eine Datenbank auf einem Server wird mit pg_dump von PostgreSQL gesichert, das hier nicht installiert ist (Debian: postgresql-client). Installieren Sie es, oder fragen Sie die Administration des Servers, wohin dessen Sicherungen gehen.</translation>
    </message>
    <message>
        <source>Could not back up the database to &apos;%1&apos;: pg_dump failed: %2</source>
        <translation>Die Datenbank konnte nicht nach „%1“ gesichert werden: pg_dump ist fehlgeschlagen: %2</translation>
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
    <message>
        <source>The setting &apos;%1&apos; was not changed: only a team lead changes the team&apos;s settings.</source>
        <translation>Die Einstellung „%1“ wurde nicht geändert: Nur eine Teamleitung ändert die Einstellungen des Teams.</translation>
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
    <name>StatusCommand</name>
    <message>
        <source>Says where the database is, its schema version, whether the server holds a team to its roles, the team&apos;s people and who is connected.</source>
        <translation>Sagt, wo die Datenbank liegt, ihre Schemaversion, ob der Server ein Team an seine Rollen hält, die Personen des Teams und wer verbunden ist.</translation>
    </message>
    <message>
        <source>status takes no argument.</source>
        <translation>status nimmt kein Argument.</translation>
    </message>
    <message>
        <source>Database: %1, on PostgreSQL %2</source>
        <translation>Datenbank: %1, auf PostgreSQL %2</translation>
    </message>
    <message>
        <source>Database: %1, a file (SQLite %2)</source>
        <translation>Datenbank: %1, eine Datei (SQLite %2)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Team mode: each person connects with their own login and the server holds them to their role; the login &apos;%1&apos; administers the database.</source>
        <translation>Teammodus: Jede Person verbindet sich mit ihrem eigenen Login, und der Server hält sie an ihre Rolle; das Login „%1“ verwaltet die Datenbank.</translation>
    </message>
    <message>
        <source>You: %1 &lt;%2&gt;, %3, login &apos;%4&apos;.</source>
        <translation>Sie: %1 &lt;%2&gt;, %3, Login „%4“.</translation>
    </message>
    <message>
        <source>You: the login that administers the database, no person of the team.</source>
        <translation>Sie: das Login, das die Datenbank verwaltet, keine Person des Teams.</translation>
    </message>
    <message>
        <source>Team mode: off. One login serves everyone, who say who they are; &apos;handoff init&apos; on an empty database starts a team in team mode.</source>
        <translation>Teammodus: aus. Ein Login dient allen, die sagen, wer sie sind; „handoff init“ auf einer leeren Datenbank startet ein Team im Teammodus.</translation>
    </message>
    <message>
        <source>Team mode: a file has none; whoever sits at it picks their profile, and Handoff enforces the roles.</source>
        <translation>Teammodus: Eine Datei hat keinen; wer an ihr sitzt, wählt sein Profil, und Handoff setzt die Rollen durch.</translation>
    </message>
    <message>
        <source>People: %1 active (sales reps: %2, support reps: %3, team leads: %4); deactivated: %5.</source>
        <translation>Personen: %1 aktiv (Vertrieb: %2, Support: %3, Teamleitung: %4); deaktiviert: %5.</translation>
    </message>
    <message>
        <source>%1 (sessions: %2, since %3)</source>
        <translation>%1 (Sitzungen: %2, seit %3)</translation>
    </message>
    <message>
        <source>Connected now: %1</source>
        <translation>Jetzt verbunden: %1</translation>
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
    <name>TaskEdits</name>
    <message>
        <source>Add task “%1”</source>
        <translation>Aufgabe „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove task “%1”</source>
        <translation>Aufgabe „%1“ entfernen</translation>
    </message>
    <message>
        <source>Reassign task “%1”</source>
        <translation>Aufgabe „%1“ neu zuweisen</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>Aufgabe „%1“ abschließen</translation>
    </message>
    <message>
        <source>Set task “%1” to %2</source>
        <translation>Aufgabe „%1“ auf „%2“ setzen</translation>
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
    <message>
        <source>The task &quot;%1&quot; was changed elsewhere at the same time; reload it and try again.</source>
        <translation>Die Aufgabe „%1“ wurde gleichzeitig an anderer Stelle geändert; laden Sie sie neu, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Wichtigste Kennzahlen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>%1 per sales rep</source>
        <translation>%1 pro Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Each rate shows the counts it was taken from; &quot;no data&quot; means nothing was counted.</source>
        <translation>Jede Quote zeigt die Anzahlen, aus denen sie berechnet wurde; „keine Daten“ bedeutet, dass nichts gezählt wurde.</translation>
    </message>
    <message>
        <source>Support reps</source>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Where the work stands today</source>
        <translation>Aktueller Stand der Arbeit</translation>
    </message>
    <message>
        <source>As of %1, whatever the period.</source>
        <translation>Stand %1, unabhängig vom Zeitraum.</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Übergabestatus</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Offene Zusagen nach Machbarkeit</translation>
    </message>
    <message>
        <source>Open promises by review</source>
        <translation>Offene Zusagen nach Prüfstatus</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Bedeutung der Kennzahlen</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Das ganze Team</translation>
    </message>
    <message>
        <source>Team handoff report: %1</source>
        <translation>Übergabebericht des Teams: %1</translation>
    </message>
    <message>
        <source>Team handoff report</source>
        <translation>Übergabebericht des Teams</translation>
    </message>
    <message>
        <source>%1 · figures as of %2</source>
        <translation>%1 · Kennzahlen mit Stand %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>… and %1 more deals: open the dashboard to see them all.</source>
        <translation>… und %1 weitere Deals: Öffnen Sie das Dashboard, um alle zu sehen.</translation>
    </message>
    <message>
        <source>No promise is overdue.</source>
        <translation>Keine Zusage ist überfällig.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Überfällige Zusagen</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Älteste Fälligkeit</translation>
    </message>
    <message>
        <source>No deal is at risk.</source>
        <translation>Kein Deal ist gefährdet.</translation>
    </message>
    <message>
        <source>Promises due soon</source>
        <translation>Bald fällige Zusagen</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Promises due per week: kept and broken</source>
        <translation>Fällige Zusagen pro Woche: eingehalten und nicht eingehalten</translation>
    </message>
    <message>
        <source>Promises due per month: kept and broken</source>
        <translation>Fällige Zusagen pro Monat: eingehalten und nicht eingehalten</translation>
    </message>
    <message>
        <source>Promises due per quarter: kept and broken</source>
        <translation>Fällige Zusagen pro Quartal: eingehalten und nicht eingehalten</translation>
    </message>
</context>
<context>
    <name>TemplateSteps</name>
    <message>
        <source>&quot;%1&quot; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>„%1“ wurde zwischenzeitlich an anderer Stelle geändert; diese Änderung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>TransferFiles</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>[EMAIL]</source>
        <translation>[E-MAIL]</translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation>list: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation>add: der Name der Person.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>add: the person&apos;s email address.</source>
        <translation>add: die E-Mail-Adresse der Person.</translation>
    </message>
    <message>
        <source>add: what the person does (%1).</source>
        <translation>add: was die Person tut (%1).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>user %1 needs exactly one email: the person&apos;s.</source>
        <translation>user %1 erwartet genau eine E-Mail-Adresse: die der Person.</translation>
    </message>
    <message>
        <source>user %1 takes no other argument.</source>
        <translation>user %1 erwartet kein weiteres Argument.</translation>
    </message>
    <message>
        <source>user %1 needs --as EMAIL: the team lead who acts.</source>
        <translation>user %1 erwartet --as E-MAIL: die handelnde Teamleitung.</translation>
    </message>
    <message>
        <source>user add needs --name NAME, --email EMAIL and --role ROLE (%1).</source>
        <translation>user add erwartet --name NAME, --email E-MAIL und --role ROLLE (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role. Roles: %2.</source>
        <translation>„%1“ ist keine Rolle. Rollen: %2.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3.</source>
        <translation>%1 &lt;%2&gt; als %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>They open %1 in the workstation and pick their profile.</source>
        <translation>Die Person öffnet %1 in der Arbeitsoberfläche und wählt ihr Profil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is active again.</source>
        <translation>%1 &lt;%2&gt; ist wieder aktiv.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: they can no longer act; their deals and history stay theirs.</source>
        <translation>%1 &lt;%2&gt; ist deaktiviert: Die Person kann nicht mehr handeln; ihre Deals und ihr Verlauf bleiben ihr.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and lets a lead manage them: list, add --name NAME --email EMAIL --role ROLE, deactivate EMAIL, activate EMAIL, and on a team&apos;s server login EMAIL [--login LOGIN].</source>
        <translation>Listet die Personen des Teams und lässt eine Teamleitung sie verwalten: list, add --name NAME --email E-MAIL --role ROLLE, deactivate E-MAIL, activate E-MAIL und auf dem Server eines Teams login E-MAIL [--login LOGIN].</translation>
    </message>
    <message>
        <source>list, add, deactivate, activate or login.</source>
        <translation>list, add, deactivate, activate oder login.</translation>
    </message>
    <message>
        <source>deactivate, activate, login: the person&apos;s email.</source>
        <translation>deactivate, activate, login: die E-Mail der Person.</translation>
    </message>
    <message>
        <source>add, login, on a team&apos;s server: the person&apos;s login (default: their email&apos;s part before &apos;@&apos;).</source>
        <translation>add, login, auf dem Server eines Teams: das Login der Person (Vorgabe: der Teil ihrer E-Mail vor „@“).</translation>
    </message>
    <message>
        <source>add, deactivate, activate, login: the email of the team lead who acts (on a team&apos;s server, the lead&apos;s own login is the lead).</source>
        <translation>add, deactivate, activate, login: die E-Mail der Teamleitung, die handelt (auf dem Server eines Teams ist das eigene Login der Teamleitung die Teamleitung).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 gehört bereits zu %2.</translation>
    </message>
    <message>
        <source>The profile was not created.</source>
        <translation>Das Profil wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Kein Benutzer hat die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>This database already has people in it: a team lead adds more.</source>
        <translation>Diese Datenbank hat schon Personen: Weitere fügt eine Teamleitung hinzu.</translation>
    </message>
    <message>
        <source>%1 was not added: only a team lead adds people.</source>
        <translation>%1 wurde nicht hinzugefügt: Nur eine Teamleitung fügt Personen hinzu.</translation>
    </message>
    <message>
        <source>Only a team lead restores a person&apos;s access.</source>
        <translation>Nur eine Teamleitung stellt den Zugang einer Person wieder her.</translation>
    </message>
    <message>
        <source>Only a team lead deactivates a person.</source>
        <translation>Nur eine Teamleitung deaktiviert eine Person.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already active.</source>
        <translation>%1 &lt;%2&gt; ist bereits aktiv.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already deactivated.</source>
        <translation>%1 &lt;%2&gt; ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is the team&apos;s only active lead and stays active, so that someone can manage the team. Add another lead first.</source>
        <translation>%1 &lt;%2&gt; ist die einzige aktive Teamleitung und bleibt aktiv, damit jemand das Team verwalten kann. Fügen Sie zuerst eine weitere Leitung hinzu.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Der Name</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>Die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; was not given: %2</source>
        <translation>Das Login „%1“ wurde nicht vergeben: %2</translation>
    </message>
    <message>
        <source>Only a team lead gives people their logins.</source>
        <translation>Nur eine Teamleitung vergibt Logins.</translation>
    </message>
    <message>
        <source>Logins are for a team&apos;s server in team mode: on this database whoever works picks their profile.</source>
        <translation>Logins gibt es auf dem Server eines Teams im Teammodus: In dieser Datenbank wählt, wer arbeitet, sein Profil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has the login &apos;%3&apos;.</source>
        <translation>%1 &lt;%2&gt; hat bereits das Login „%3“.</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>%1 contains an invisible control character, %2, at position %3; remove it.</source>
        <translation>%1 enthält ein unsichtbares Steuerzeichen, %2, an Position %3; entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>handoff::ActivityTab</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Changed since the last submission</source>
        <translation>Geändert seit der letzten Einreichung</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comments, oldest first</source>
        <translation>Kommentare, älteste zuerst</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return). Comments cannot be undone.</source>
        <translation>Kommentar senden (Ctrl+Return). Kommentare können nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>History (newest at the bottom)</source>
        <translation>Verlauf (neueste Einträge unten)</translation>
    </message>
    <message>
        <source>History of the deal, oldest first</source>
        <translation>Verlauf des Deals, älteste Einträge zuerst</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Die Kommentare konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>What changed since the last submission could not be read: %1</source>
        <translation>Die Änderungen seit der letzten Einreichung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Vorher: %1
Nachher: %2</translation>
    </message>
    <message>
        <source>Could not post the comment</source>
        <translation>Der Kommentar konnte nicht gesendet werden</translation>
    </message>
    <message>
        <source>Write a comment for sales, support and leads; @sam puts it in the inbox of sam@…</source>
        <translation>Kommentar für Vertrieb, Support und Teamleitung; @sam legt ihn in den Posteingang von sam@…</translation>
    </message>
</context>
<context>
    <name>handoff::CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Whose dates</source>
        <translation>Wessen Termine</translation>
    </message>
    <message>
        <source>E&amp;veryone&apos;s</source>
        <translation>Von &amp;allen</translation>
    </message>
    <message>
        <source>Only &amp;mine (%1)</source>
        <translation>Nur &amp;meine (%1)</translation>
    </message>
    <message>
        <source>The tasks assigned to you and the promises of the deals you sold or own in support</source>
        <translation>Die Ihnen zugewiesenen Aufgaben und die Zusagen der Deals, die Sie verkauft haben oder im Support verantworten</translation>
    </message>
    <message>
        <source>Each open fulfilment task and open promise with a due date becomes an all-day event. Importing a newer file into the calendar updates the events instead of adding copies.</source>
        <translation>Jede offene Umsetzungsaufgabe und jede offene Zusage mit Fälligkeitsdatum wird zu einem ganztägigen Termin. Beim Import einer neueren Datei in den Kalender werden die Termine aktualisiert, statt Kopien anzulegen.</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Kalender exportieren nach</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>Der Kalender wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Exported 1 calendar event to %1.</source>
        <translation>Es wurde 1 Kalendertermin nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 calendar events to %2.</source>
        <translation>Es wurden %1 Kalendertermine nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. SAML single sign-on</source>
        <translation>z. B. SAML-Single-Sign-On</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned and beta capabilities give promises a warning; unsupported ones block them.</source>
        <translation>Geplante Leistungsmerkmale und solche in der Beta-Phase versehen Zusagen mit einer Warnung; nicht unterstützte blockieren sie.</translation>
    </message>
    <message>
        <source>Standard lead time in days</source>
        <translation>Standardvorlaufzeit in Tagen</translation>
    </message>
    <message>
        <source>How long delivering it usually takes; promises due sooner get a warning.</source>
        <translation>Wie lange die Umsetzung üblicherweise dauert; früher fällige Zusagen erhalten eine Warnung.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Vorlaufzeit:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source>Which promises this changes could not be read: %1</source>
        <translation>Welche Zusagen das ändert, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>1 open promise names this capability.</source>
        <translation>1 offene Zusage nennt dieses Leistungsmerkmal.</translation>
    </message>
    <message>
        <source>%L1 open promises name this capability.</source>
        <translation>%L1 offene Zusagen nennen dieses Leistungsmerkmal.</translation>
    </message>
    <message>
        <source>%L1 become blocked</source>
        <translation>%L1 werden blockiert</translation>
    </message>
    <message>
        <source>%L1 get a warning</source>
        <translation>%L1 bekommen eine Warnung</translation>
    </message>
    <message>
        <source>%L1 become feasible</source>
        <translation>%L1 werden machbar</translation>
    </message>
    <message>
        <source>Saving leaves their feasibility as it is.</source>
        <translation>Speichern lässt ihre Machbarkeit, wie sie ist.</translation>
    </message>
    <message>
        <source>Saving: %1.</source>
        <translation>Beim Speichern: %1.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityPicker</name>
    <message>
        <source>Capability</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>Type to search the catalog; leave empty for none</source>
        <translation>Zum Suchen im Katalog tippen; leer lassen für keines</translation>
    </message>
    <message>
        <source>Show all capabilities</source>
        <translation>Alle Leistungsmerkmale anzeigen</translation>
    </message>
    <message>
        <source>Show every capability of the catalog (Alt+Down)</source>
        <translation>Alle Leistungsmerkmale des Katalogs anzeigen (Alt+Down)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 — %2, lead time %3</source>
        <translation>%1 — %2, Vorlaufzeit %3</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — nicht im Angebot</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityTableModel</name>
    <message>
        <source>Unsupported: promises that name it are blocked.</source>
        <translation>Nicht unterstützt: Zusagen, die es nennen, werden blockiert.</translation>
    </message>
    <message>
        <source>Planned, not available: promises that name it get a warning.</source>
        <translation>Geplant, nicht verfügbar: Zusagen, die es nennen, erhalten eine Warnung.</translation>
    </message>
    <message>
        <source>In beta: promises that name it get a warning.</source>
        <translation>In der Beta-Phase: Zusagen, die es nennen, erhalten eine Warnung.</translation>
    </message>
    <message>
        <source>Available: promises are checked against its lead time only.</source>
        <translation>Verfügbar: Zusagen werden nur anhand seiner Vorlaufzeit geprüft.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Vorlaufzeit (Tage)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>handoff::CatalogView</name>
    <message>
        <source>The capability is no longer in the catalog; someone may have removed it.</source>
        <translation>Das Leistungsmerkmal ist nicht mehr im Katalog; möglicherweise hat es jemand entfernt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>„%1“ wurde zwischenzeitlich an anderer Stelle geändert; diese Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Katalog der Leistungsmerkmale</translation>
    </message>
    <message>
        <source>Filter capabilities by name</source>
        <translation>Leistungsmerkmale nach Namen filtern</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Namen filtern</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Leistungsmerkmale</translation>
    </message>
    <message>
        <source>What the product can do, one capability per row. Click a column header to sort by it.</source>
        <translation>Was das Produkt kann, ein Leistungsmerkmal pro Zeile. Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the capability catalog.</source>
        <translation>Schreibgeschützt: Nur Teamleiter ändern den Katalog der Leistungsmerkmale.</translation>
    </message>
    <message>
        <source>&amp;Add capability…</source>
        <translation>Leistungsmerkmal &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit capability…</source>
        <translation>Leistungsmerkmal &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Only team leads change the capability catalog.</source>
        <translation>Nur Teamleiter ändern den Katalog der Leistungsmerkmale.</translation>
    </message>
    <message>
        <source>Add a capability to the catalog (%1 or %2)</source>
        <translation>Ein Leistungsmerkmal zum Katalog hinzufügen (%1 oder %2)</translation>
    </message>
    <message>
        <source>Edit the selected capability (Enter, F2 or double-click)</source>
        <translation>Das ausgewählte Leistungsmerkmal bearbeiten (Eingabetaste, F2 oder Doppelklick)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add capability</source>
        <translation>Leistungsmerkmal hinzufügen</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Leistungsmerkmal bearbeiten</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to the catalog</source>
        <translation>„%1“ zum Katalog hinzugefügt</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the catalog again</source>
        <translation>„%1“ wieder aus dem Katalog entfernt</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>„%1“ aktualisiert; Machbarkeit offener Zusagen neu geprüft</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>Änderung an „%1“ rückgängig gemacht; Machbarkeit offener Zusagen neu geprüft</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>the capability &apos;%1&apos;</source>
        <translation>das Leistungsmerkmal „%1“</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>Die Bearbeitung wurde zugunsten der anderen Version verworfen.</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederholt werden</translation>
    </message>
</context>
<context>
    <name>handoff::ChangeFeed</name>
    <message>
        <source>Could not connect to &apos;%1&apos; to hear the others&apos; changes: %2</source>
        <translation>Keine Verbindung zu „%1“, um die Änderungen der anderen zu hören: %2</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; did not let Handoff hear the others&apos; changes: %2</source>
        <translation>Der Server „%1“ ließ Handoff die Änderungen der anderen nicht hören: %2</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelDialog</name>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Nummer, Adresse oder Link</translation>
    </message>
    <message>
        <source>The phone number, email address, or the link to the web form, chat, social account, forum or portal</source>
        <translation>Die Telefonnummer, die E-Mail-Adresse oder der Link zum Webformular, Chat, Social-Media-Konto, Forum oder Portal</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Preferred for day-to-day questions</source>
        <translation>&amp;Bevorzugt für Fragen im Tagesgeschäft</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Kanal bearbeiten</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelTableModel</name>
    <message>
        <source>Preferred</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <source>The channel the customer prefers for day-to-day questions</source>
        <translation>Der Kanal, den der Kunde für Fragen im Tagesgeschäft bevorzugt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Nummer, Adresse oder Link</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistItemEditor</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Required: the handoff cannot be submitted without it.</source>
        <translation>Erforderlich: Die Übergabe kann ohne diesen Punkt nicht eingereicht werden.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove the date of &quot;%1&quot;</source>
        <translation>Das Datum von „%1“ entfernen</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (nicht mehr zur Auswahl)</translation>
    </message>
    <message>
        <source>Edit in Contacts</source>
        <translation>In Kontakte bearbeiten</translation>
    </message>
    <message>
        <source>Edit on the Overview</source>
        <translation>In der Übersicht bearbeiten</translation>
    </message>
    <message>
        <source>The deal&apos;s %1 answer this item; they are kept on the Contacts tab.</source>
        <translation>%1 des Deals beantworten diesen Punkt; sie stehen auf der Registerkarte Kontakte.</translation>
    </message>
    <message>
        <source>The deal&apos;s field &quot;%1&quot; answers this item: one fact, kept in one place.</source>
        <translation>Das Feld „%1“ des Deals beantwortet diesen Punkt: eine Angabe, an einer Stelle.</translation>
    </message>
    <message>
        <source>Not filled in on the deal yet</source>
        <translation>Im Deal noch nicht ausgefüllt</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistTab</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Required: %1 of %2 · All: %3 of %4</source>
        <translation>Pflichtpunkte: %1 von %2 · Alle: %3 von %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>the deal could not be read.</source>
        <translation>Der Deal konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The checklist could not be read completely: %1</source>
        <translation>Die Checkliste konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was changed elsewhere after you opened it.</source>
        <translation>Die Antwort auf „%1“ wurde an anderer Stelle geändert, nachdem Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>„%1“ abhaken</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Häkchen bei „%1“ entfernen</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>„%1“ leeren</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>„%1“ beantworten</translation>
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
        <translation>Handoff-Export</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>empty: every row is a won deal</source>
        <translation>leer: Jede Zeile ist ein gewonnener Deal</translation>
    </message>
    <message>
        <source>The values of the stage column that mean closed-won, separated by commas. Rows with another stage are skipped.</source>
        <translation>Die Werte der Phasenspalte, die „gewonnen“ bedeuten, durch Kommas getrennt. Zeilen mit einer anderen Phase werden übersprungen.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Aus der Datei erkennen</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Won stages:</source>
        <translation>Phasen für „&amp;gewonnen“:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datumsformat:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Every deal needs this field.</source>
        <translation>Jeder Deal benötigt dieses Feld.</translation>
    </message>
    <message>
        <source>&amp;Contact cells list people: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</source>
        <translation>&amp;Kontaktzellen listen Personen: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</translation>
    </message>
    <message>
        <source>Import the first person of each contact cell, with the email in brackets apart from the name. Unticked, a contact cell is imported whole, as the person&apos;s name.</source>
        <translation>Importiert die erste Person jeder Kontaktzelle, die E-Mail-Adresse in Klammern getrennt vom Namen. Ohne Haken wird eine Kontaktzelle unverändert als Name der Person importiert.</translation>
    </message>
</context>
<context>
    <name>handoff::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rolle im Deal</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rolle im Deal:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+1 555 0100 ext 12</source>
        <translation>+49 30 5550100-12</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>Bevorzugter &amp;Kanal:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Europe/Berlin</source>
        <translation>Europe/Berlin</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
</context>
<context>
    <name>handoff::ContactTableModel</name>
    <message>
        <source>Write to %1 (opens your mail program)</source>
        <translation>E-Mail an %1 schreiben (öffnet Ihr E-Mail-Programm)</translation>
    </message>
    <message>
        <source>Call %1 (opens your phone program)</source>
        <translation>%1 anrufen (öffnet Ihr Telefonieprogramm)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rolle im Deal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
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
        <translation>Kontakte und Kanäle</translation>
    </message>
    <message>
        <source>People on the deal</source>
        <translation>Personen im Deal</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person to the deal</source>
        <translation>Eine Person zum Deal hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>&amp;Vorhandene Person hinzufügen…</translation>
    </message>
    <message>
        <source>Put someone the customer&apos;s account already has on the deal</source>
        <translation>Eine Person, die beim Kunden bereits erfasst ist, zum Deal hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected person</source>
        <translation>Die ausgewählte Person bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove from deal</source>
        <translation>Aus Deal &amp;entfernen</translation>
    </message>
    <message>
        <source>Take the selected person off the deal</source>
        <translation>Die ausgewählte Person aus dem Deal entfernen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Edit the person or open the link</source>
        <translation>Die Person bearbeiten oder den Link öffnen</translation>
    </message>
    <message>
        <source>Channels the customer uses to reach support</source>
        <translation>Kanäle, über die der Kunde den Support erreicht</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Support-Kanäle</translation>
    </message>
    <message>
        <source>Add c&amp;hannel…</source>
        <translation>&amp;Kanal hinzufügen…</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Einen Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Edit cha&amp;nnel…</source>
        <translation>Ka&amp;nal bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected channel</source>
        <translation>Den ausgewählten Kanal bearbeiten</translation>
    </message>
    <message>
        <source>Remove channe&amp;l</source>
        <translation>Kana&amp;l entfernen</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Den ausgewählten Kanal entfernen</translation>
    </message>
    <message>
        <source>Make &amp;preferred</source>
        <translation>Als bevorzugt &amp;festlegen</translation>
    </message>
    <message>
        <source>Make the selected channel the preferred one</source>
        <translation>Den ausgewählten Kanal als bevorzugten Kanal festlegen</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read completely: %1</source>
        <translation>Die Kontakte konnten nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>Nothing opened the link</source>
        <translation>Der Link wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links. The address is %2.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das %1-Links öffnet. Die Adresse lautet %2.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
</context>
<context>
    <name>handoff::CsatDialog</name>
    <message>
        <source>Customer satisfaction with “%1”</source>
        <translation>Kundenzufriedenheit mit „%1“</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Bewertung von 1 bis 5</translation>
    </message>
    <message>
        <source>Choose 1 to 5</source>
        <translation>1 bis 5 auswählen</translation>
    </message>
    <message>
        <source>Day the customer gave the score</source>
        <translation>Tag, an dem der Kunde die Bewertung abgegeben hat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What the customer said, how the score was asked for…</source>
        <translation>Was der Kunde gesagt hat, wie nach der Bewertung gefragt wurde…</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Abgegeben am:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>This replaces the score of %1 given on %2; the deal&apos;s history keeps it.</source>
        <translation>Dies ersetzt die am %2 abgegebene Bewertung %1; sie bleibt im Verlauf des Deals erhalten.</translation>
    </message>
    <message>
        <source>1 is very dissatisfied, 5 very satisfied. The score counts for the deal&apos;s sales rep and support owner on the dashboard.</source>
        <translation>1 bedeutet sehr unzufrieden, 5 sehr zufrieden. Die Bewertung zählt im Dashboard für den Vertriebsmitarbeiter und den Support-Verantwortlichen des Deals.</translation>
    </message>
    <message>
        <source>&amp;Record score</source>
        <translation>Bewertung &amp;erfassen</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Sehr unzufrieden</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Weder zufrieden noch unzufrieden</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <source>The score was not recorded</source>
        <translation>Die Bewertung wurde nicht erfasst</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardCharts</name>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Click a bar or point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Balken oder Punkt, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Punkt, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a bar to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Balken, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>%1: %L2 – click to list them</source>
        <translation>%1: %L2 – klicken, um sie aufzulisten</translation>
    </message>
    <message>
        <source>First-pass acceptance per sales rep</source>
        <translation>Annahme im ersten Anlauf je Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 – click to list the deals&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 – klicken, um die Deals aufzulisten&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First-pass acceptance over time</source>
        <translation>Annahme im ersten Anlauf im Zeitverlauf</translation>
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
Annahme im ersten Anlauf: %3
Klicken, um die Deals aufzulisten</translation>
    </message>
    <message>
        <source>Promises kept and broken</source>
        <translation>Eingehaltene und nicht eingehaltene Zusagen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>%1 – %2
Kept: %3
Broken: %4</source>
        <translation>%1 – %2
Eingehalten: %3
Nicht eingehalten: %4</translation>
    </message>
    <message>
        <source>
Click to list the kept promises&apos; deals</source>
        <translation>
Klicken, um die Deals der eingehaltenen Zusagen aufzulisten</translation>
    </message>
    <message>
        <source>
Click to list the broken promises&apos; deals</source>
        <translation>
Klicken, um die Deals der nicht eingehaltenen Zusagen aufzulisten</translation>
    </message>
    <message>
        <source>Not done by their due date</source>
        <translation>Nicht bis zum Fälligkeitsdatum erledigt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>%1 – %2
%3: %4
Click to list the deals</source>
        <translation>%1 – %2
%3: %4
Klicken, um die Deals aufzulisten</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Nicht eingehaltene Zusagen</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Sales reps scorecard</source>
        <translation>Scorecard der Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support reps scorecard</source>
        <translation>Scorecard der Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>The whole team, or one member&apos;s figures and the deals they work on</source>
        <translation>Das ganze Team oder die Kennzahlen eines Mitglieds und die Deals, an denen es arbeitet</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Definitions…</source>
        <translation>&amp;Definitionen…</translation>
    </message>
    <message>
        <source>What exactly each figure counts</source>
        <translation>Was genau jede Kennzahl zählt</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Kennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Klicken Sie, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sales reps</source>
        <translation>&amp;Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>M&amp;y handoffs</source>
        <translation>&amp;Meine Übergaben</translation>
    </message>
    <message>
        <source>S&amp;upport reps</source>
        <translation>S&amp;upport-Mitarbeiter</translation>
    </message>
    <message>
        <source>My reviews and tas&amp;ks</source>
        <translation>Meine Prüfungen und &amp;Aufgaben</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Ganzes Team</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · Stand: %3</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
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
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · as of %4</source>
        <translation>%1: %2 · %3 · Stand: %4</translation>
    </message>
</context>
<context>
    <name>handoff::DealEditor</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; channels</source>
        <translation>&amp;Kontakte &amp;&amp; Kanäle</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>Check&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>&amp;Zusagen</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Akti&amp;vität</translation>
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
        <translation>Nur &amp;markierte</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur über&amp;fällige</translation>
    </message>
    <message>
        <source>Deal list filters</source>
        <translation>Filter der Deal-Liste</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>Übergabestatus</translation>
    </message>
    <message>
        <source>Show only deals in this handoff state</source>
        <translation>Nur Deals mit diesem Übergabestatus anzeigen</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>&amp;Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Show only the deals of this sales rep</source>
        <translation>Nur die Deals dieses Vertriebsmitarbeiters anzeigen</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise that is infeasible or doubtful, or that support cannot fulfil or needs clarified (Alt+L)</source>
        <translation>Nur offene Übergaben mit einer Zusage anzeigen, die nicht machbar oder gefährdet ist oder die der Support nicht erfüllen kann oder geklärt haben möchte (Alt+M)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise or task past its due date, or a draft past the submit target (Alt+O)</source>
        <translation>Nur offene Übergaben anzeigen, bei denen eine Zusage oder Aufgabe überfällig ist oder ein Entwurf die Einreichfrist überschritten hat (Alt+F)</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Anzahl der Deals</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>One sales rep</source>
        <translation>Ein Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>All sales reps</source>
        <translation>Alle Vertriebsmitarbeiter</translation>
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
    <message>
        <source>No support owner yet</source>
        <translation>Noch kein Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Noch nicht eingereicht</translation>
    </message>
    <message>
        <source>Promises flagged: %1</source>
        <translation>Markierte Zusagen: %1</translation>
    </message>
    <message>
        <source>Required checklist items answered. Computed for the rows shown; does not sort.</source>
        <translation>Beantwortete Pflichtpunkte der Checkliste. Für die angezeigten Zeilen berechnet; nicht sortierbar.</translation>
    </message>
    <message>
        <source>Open promises that are infeasible, doubtful, or that support cannot fulfil or needs clarified. Does not sort.</source>
        <translation>Offene Zusagen, die nicht machbar oder gefährdet sind oder die der Support nicht erfüllen kann oder geklärt haben möchte. Nicht sortierbar.</translation>
    </message>
    <message>
        <source>The earliest due date of an open promise or an unfinished task. Does not sort.</source>
        <translation>Das früheste Fälligkeitsdatum einer offenen Zusage oder einer nicht erledigten Aufgabe. Nicht sortierbar.</translation>
    </message>
    <message>
        <source>Business days since closed-won against the submit target, while the handoff is a draft or returned. Does not sort.</source>
        <translation>Werktage seit dem Abschluss im Vergleich zur Einreichfrist, solange die Übergabe ein Entwurf oder zurückgegeben ist. Nicht sortierbar.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Submit clock</source>
        <translation>Einreichfrist</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Required checklist items answered: %1 of %2</source>
        <translation>Beantwortete Pflichtpunkte der Checkliste: %1 von %2</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>Überfällig: fällig am %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>Nothing open is due</source>
        <translation>Keine offenen Fälligkeiten</translation>
    </message>
    <message>
        <source>—</source>
        <comment>submit clock not running</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>The submit clock stops once the handoff is submitted.</source>
        <translation>Die Einreichfrist läuft nur, bis die Übergabe eingereicht ist.</translation>
    </message>
    <message>
        <source>Over by %1 d</source>
        <comment>business days over the submit target</comment>
        <translation>%1 T überschritten</translation>
    </message>
    <message>
        <source>Business days since closed-won: %1; the target is %2.</source>
        <translation>Werktage seit dem Abschluss: %1; Zielvorgabe: %2.</translation>
    </message>
    <message>
        <source>%1/%2 d</source>
        <comment>business days of the submit target used</comment>
        <translation>%1/%2 T</translation>
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
        <source>Double-click a deal or press Enter to open it.</source>
        <translation>Doppelklicken Sie auf einen Deal, oder drücken Sie die Eingabetaste, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Deals: %L1</source>
        <translation>Deals: %L1</translation>
    </message>
    <message>
        <source>Deals: %L1 or more</source>
        <translation>Deals: %L1 oder mehr</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show this list&apos;s columns in their first order and widths</source>
        <translation>Die Spalten dieser Liste in ihrer ursprünglichen Reihenfolge und Breite zeigen</translation>
    </message>
</context>
<context>
    <name>handoff::DealSession</name>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>diesen Deal</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindDialog</name>
    <message>
        <source>Deals behind the figure</source>
        <translation>Deals zur Kennzahl</translation>
    </message>
    <message>
        <source>Which deals</source>
        <translation>Welche Deals</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>Deal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Nichts aufzulisten.</translation>
    </message>
    <message>
        <source>Looking up the deals…</source>
        <translation>Deals werden gesucht…</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Keine Deals.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 deals, by deal number.</source>
        <translation>Die ersten %L1 von %L2 Deals, nach Deal-Nummer.</translation>
    </message>
    <message>
        <source>Deals: %L1. Double-click or press Enter to open one.</source>
        <translation>Deals: %L1. Doppelklicken Sie auf einen Deal, oder drücken Sie die Eingabetaste, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindModel</name>
    <message>
        <source>Double-click or press Enter to open the deal</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um den Deal zu öffnen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
</context>
<context>
    <name>handoff::ExportDialog</name>
    <message>
        <source>Exported 1 deal to %1.</source>
        <translation>Es wurde 1 Deal nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2.</source>
        <translation>Es wurden %1 Deals nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported 1 promise to %1.</source>
        <translation>Es wurde 1 Zusage nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 promises to %2.</source>
        <translation>Es wurden %1 Zusagen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Exported 1 fulfilment task to %1.</source>
        <translation>Es wurde 1 Umsetzungsaufgabe nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 fulfilment tasks to %2.</source>
        <translation>Es wurden %1 Umsetzungsaufgaben nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Umsetzungsaufgaben</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>JSON, for scripts</source>
        <translation>JSON, für Skripte</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Every row of the table is written, whatever the lists show. The file appears only once it is complete.</source>
        <translation>Jede Zeile der Tabelle wird geschrieben, unabhängig davon, was die Listen anzeigen. Die Datei erscheint erst, wenn sie vollständig ist.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>Der Export wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>handoff::HandoffActionsPanel</name>
    <message>
        <source>&amp;Submit to support</source>
        <translation>An den Support &amp;einreichen</translation>
    </message>
    <message>
        <source>&amp;Return to sales…</source>
        <translation>An den Vertrieb &amp;zurückgeben…</translation>
    </message>
    <message>
        <source>&amp;Accept handoff</source>
        <translation>Übergabe &amp;annehmen</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff…</source>
        <translation>Übergabe &amp;stornieren…</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>Als e&amp;rfüllt markieren</translation>
    </message>
    <message>
        <source>Hand the deal to support for review</source>
        <translation>Den Deal zur Prüfung an den Support übergeben</translation>
    </message>
    <message>
        <source>Take the account: you become its support owner and tasks are made from the accepted promises</source>
        <translation>Den Kunden übernehmen: Sie werden Support-Verantwortlicher, und aus den angenommenen Zusagen werden Aufgaben erstellt</translation>
    </message>
    <message>
        <source>Send the handoff back to sales with a reason</source>
        <translation>Die Übergabe mit einer Begründung an den Vertrieb zurückgeben</translation>
    </message>
    <message>
        <source>End this handoff for good, with a reason</source>
        <translation>Diese Übergabe mit einer Begründung endgültig beenden</translation>
    </message>
    <message>
        <source>Close the handoff: every promise is fulfilled or waived and every task is done</source>
        <translation>Die Übergabe abschließen: Jede Zusage ist erfüllt oder gestrichen, und jede Aufgabe ist erledigt</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Übersteuern…</translation>
    </message>
    <message>
        <source>As a lead, take a step although its checks fail (the reason is recorded)</source>
        <translation>Als Teamleiter einen Schritt ausführen, obwohl seine Prüfungen fehlschlagen (die Begründung wird festgehalten)</translation>
    </message>
    <message>
        <source>Reasons the next step is refused</source>
        <translation>Gründe, warum der nächste Schritt abgelehnt wird</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a reason to go where it is fixed</source>
        <translation>Doppelklicken Sie auf einen Grund, oder drücken Sie die Eingabetaste, um zu der Stelle zu gelangen, an der er behoben wird</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <source>Handoff: &lt;b&gt;%1&lt;/b&gt; · Sales rep: %2 · Support owner: %3</source>
        <translation>Übergabe: &lt;b&gt;%1&lt;/b&gt; · Vertriebsmitarbeiter: %2 · Support-Verantwortlicher: %3</translation>
    </message>
    <message>
        <source>Before you can %1, fix these (reasons: %2):</source>
        <translation>Bevor Sie „%1“ ausführen können, beheben Sie diese Punkte (Gründe: %2):</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>„%1“ wurde abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Der Deal kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The override was refused</source>
        <translation>Die Übersteuerung wurde abgelehnt</translation>
    </message>
    <message>
        <source>Record customer sat&amp;isfaction…</source>
        <translation>&amp;Kundenzufriedenheit erfassen…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction with this handoff (CSAT, 1 to 5)</source>
        <translation>Die Zufriedenheit des Kunden mit dieser Übergabe erfassen (CSAT, 1 bis 5)</translation>
    </message>
    <message>
        <source>Cannot read the customer&apos;s satisfaction</source>
        <translation>Die Kundenzufriedenheit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (%L2 to fix)</source>
        <translation>%1 (%L2 zu beheben)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 (%L2 left)</source>
        <translation>%1 (%L2 offen)</translation>
    </message>
    <message>
        <source>Work left before the handoff is fulfilled (%L1):</source>
        <translation>Offene Arbeit, bis die Übergabe erfüllt ist (%L1):</translation>
    </message>
    <message>
        <source>Submitted: support sees it in the review queue now, and what they decide lands in your inbox.</source>
        <translation>Übermittelt: Der Support sieht sie jetzt in der Prüfwarteschlange, und seine Entscheidung landet in Ihrem Posteingang.</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; 1 task was made from the accepted promises (Tasks tab).</source>
        <translation>Angenommen: Die Übergabe gehört jetzt Ihnen; aus den angenommenen Zusagen wurde 1 Aufgabe erstellt (Reiter Aufgaben).</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; %L1 tasks were made from the accepted promises (Tasks tab).</source>
        <translation>Angenommen: Die Übergabe gehört jetzt Ihnen; aus den angenommenen Zusagen wurden %L1 Aufgaben erstellt (Reiter Aufgaben).</translation>
    </message>
    <message>
        <source>Returned: the sales rep finds your reason in their inbox and on top of the deal.</source>
        <translation>Zurückgegeben: Der Vertrieb findet Ihren Grund in seinem Posteingang und oben im Deal.</translation>
    </message>
    <message>
        <source>Cancelled: the handoff is closed, with your reason in its history.</source>
        <translation>Abgebrochen: Die Übergabe ist geschlossen, Ihr Grund steht im Verlauf.</translation>
    </message>
    <message>
        <source>Fulfilled: the handoff is closed. Record the customer&apos;s satisfaction when you hear it.</source>
        <translation>Erfüllt: Die Übergabe ist geschlossen. Erfassen Sie die Kundenzufriedenheit, sobald Sie sie erfahren.</translation>
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
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Every row is read as the import would read it; nothing is changed yet.</source>
        <translation>Jede Zeile wird so gelesen, wie der Import sie lesen würde; noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Would import (new deals):</source>
        <translation>Zu importieren (neue Deals):</translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation>Zu aktualisieren:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Bereits aktuell:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Übersprungen (nicht gewonnen):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Die Datei konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Go back and forth to check again.</source>
        <translation>Klicken Sie auf „Zurück“ und dann wieder auf „Weiter“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>The whole file was checked.</source>
        <translation>Die ganze Datei wurde geprüft.</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Nothing can be imported while any row is rejected: an import is all or nothing. Fix these rows in the file (or the mapping), save it and go Back to check again.</source>
        <translation>Solange eine Zeile abgelehnt ist, kann nichts importiert werden: Ein Import gilt ganz oder gar nicht. Korrigieren Sie diese Zeilen in der Datei (oder die Zuordnung), speichern Sie die Datei, und klicken Sie auf „Zurück“, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Every won deal in the file is already in Handoff as the file has it: there is nothing to import.</source>
        <translation>Jeder gewonnene Deal der Datei ist bereits so in Handoff vorhanden, wie die Datei ihn enthält: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The file holds no won deal to import: check the won stages on the previous page.</source>
        <translation>Die Datei enthält keinen gewonnenen Deal zum Importieren: Prüfen Sie auf der vorherigen Seite die Phasen für „gewonnen“.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportColumnsPage</name>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
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
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Check that the file reads right and choose which column fills which field of a deal. Fields in bold are required.</source>
        <translation>Prüfen Sie, ob die Datei richtig gelesen wird, und wählen Sie, welche Spalte welches Feld eines Deals füllt. Fett dargestellte Felder sind erforderlich.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2. The first %3 records are shown; the line numbers are the file&apos;s.</source>
        <translation>Gelesen als %1, Spalten getrennt durch %2. Die ersten %3 Datensätze werden angezeigt; die Zeilennummern sind die der Datei.</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>Das Lesen wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet:</source>
        <translation>Diese Zuordnung kann noch nicht importiert werden:</translation>
    </message>
    <message>
        <source>the file has no column names.</source>
        <translation>die Datei hat keine Spaltennamen.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>A CSV export of closed deals from your CRM (Salesforce, HubSpot) or from Handoff itself.</source>
        <translation>Ein CSV-Export abgeschlossener Deals aus Ihrem CRM (Salesforce, HubSpot) oder aus Handoff selbst.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Pfad einer .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
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
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Detect works for almost every export: a file that is not valid UTF-8 is read as Windows-1252, and the separator is the one the first line uses.</source>
        <translation>„Automatisch erkennen“ funktioniert bei fast jedem Export: Eine Datei, die kein gültiges UTF-8 ist, wird als Windows-1252 gelesen, und als Trennzeichen gilt das Zeichen, das die erste Zeile verwendet.</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>Die Datei ist leer: Ein Export beginnt mit einer Zeile mit den Spaltennamen.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The deals are written in one step: until it completes, the database stays as it was.</source>
        <translation>Die Deals werden in einem Schritt geschrieben: Bis dieser abgeschlossen ist, bleibt die Datenbank unverändert.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked and now has rejected rows. Go Back to check it again.</source>
        <translation>Es wurde nichts importiert: Die Datei wurde seit der Prüfung geändert und enthält jetzt abgelehnte Zeilen. Klicken Sie auf „Zurück“, um sie erneut zu prüfen.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunner</name>
    <message>
        <source>Could not open &apos;%1&apos;: %2.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Deals can be imported only into a database file, not into one held in memory.</source>
        <translation>Deals lassen sich nur in eine Datenbankdatei importieren, nicht in eine, die im Arbeitsspeicher liegt.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Das Ergebnis des Imports.</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Neue Deals:</translation>
    </message>
    <message>
        <source>Updated deals:</source>
        <translation>Aktualisierte Deals:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Bereits aktuell:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Übersprungen (nicht gewonnen):</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Abgelehnt:</translation>
    </message>
    <message>
        <source>Accounts created:</source>
        <translation>Angelegte Kunden:</translation>
    </message>
    <message>
        <source>Sales reps created:</source>
        <translation>Angelegte Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>Angelegte Kontakte:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Dauer:</translation>
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
        <translation>Neue Deals sind Entwürfe, bereit für ihre Übergabe: „Alle Deals“ listet sie auf, und jeder Vertriebsmitarbeiter findet seine eigenen unter „Meine Übergaben“.</translation>
    </message>
    <message>
        <source>Sales reps the file named but Handoff did not know yet were added as users.</source>
        <translation>Vertriebsmitarbeiter, die in der Datei genannt, aber Handoff noch nicht bekannt waren, wurden als Benutzer hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportWizard</name>
    <message>
        <source>Import deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
</context>
<context>
    <name>handoff::InboxModel</name>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Worum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>handoff::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Nothing needs you right now. Handoffs of yours that support returns or accepts, questions about your promises, what falls due within a week and comments that mention you (@ and your email&apos;s name) show here.</source>
        <translation>Gerade braucht Sie nichts. Hier erscheinen Ihre Übergaben, die der Support zurückgibt oder annimmt, Rückfragen zu Ihren Zusagen, was innerhalb einer Woche fällig wird, und Kommentare, die Sie erwähnen (@ und der Name Ihrer E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>Deal ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the deal of the item and mark it read</source>
        <translation>Den Deal des Eintrags öffnen und ihn als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected items read</source>
        <translation>Die ausgewählten Einträge als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark the selected items unread</source>
        <translation>Die ausgewählten Einträge als ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every item of the inbox read</source>
        <translation>Jeden Eintrag des Posteingangs als gelesen markieren</translation>
    </message>
</context>
<context>
    <name>handoff::InteractionProfile</name>
    <message>
        <source>key press</source>
        <translation>Tastendruck</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>mouse press</source>
        <translation>Maustaste gedrückt</translation>
    </message>
    <message>
        <source>mouse release</source>
        <translation>Maustaste losgelassen</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in %3</source>
        <translation>%1 „%2“ in %3</translation>
    </message>
    <message>
        <source>typing in %1</source>
        <translation>Eingabe in %1</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>Interactions on the GUI thread (count, median, slowest):</source>
        <translation>Interaktionen im GUI-Thread (Anzahl, Median, langsamste):</translation>
    </message>
    <message>
        <source>%1 × %2, median %3 ms, slowest %4 ms</source>
        <translation>%1 × %2, Median %3 ms, langsamste %4 ms</translation>
    </message>
</context>
<context>
    <name>handoff::LinkContactDialog</name>
    <message>
        <source>Add a person of the account</source>
        <translation>Eine Person des Kunden hinzufügen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rolle im Deal</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rolle im Deal:</translation>
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
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;. File ▸ Switch user to change.</source>
        <translation>Sie arbeiten als %1 &lt;%2&gt;. Zum Wechseln: Datei ▸ Benutzer wechseln.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Neuer Deal…</translation>
    </message>
    <message>
        <source>Start the handoff of a closed-won deal</source>
        <translation>Die Übergabe eines gewonnenen Deals beginnen</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <source>Create an empty Handoff database file and open it</source>
        <translation>Eine leere Handoff-Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another Handoff database file</source>
        <translation>Eine andere Handoff-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is open</source>
        <translation>Eine konsistente Kopie der Datenbank schreiben, während sie geöffnet ist</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Work as another person</source>
        <translation>Als andere Person arbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, default database and the team&apos;s handoff settings</source>
        <translation>Sprache, Standarddatenbank und die Übergabeeinstellungen des Teams</translation>
    </message>
    <message>
        <source>&amp;Close deal</source>
        <translation>Deal s&amp;chließen</translation>
    </message>
    <message>
        <source>Close the deal in front (its edits are already saved)</source>
        <translation>Den Deal im Vordergrund schließen (seine Änderungen sind bereits gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts and promises</source>
        <translation>Deals, Kunden, Kontakte und Zusagen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Open deal in new &amp;window</source>
        <translation>Deal in neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Show the deal in front, or the one selected in the list, in a window of its own</source>
        <translation>Den Deal im Vordergrund oder den in der Liste ausgewählten in einem eigenen Fenster anzeigen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Handoff databases (%1);;All files (*)</source>
        <translation>Handoff-Datenbanken (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Handoff databases (%1)</source>
        <translation>Handoff-Datenbanken (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; a new database needs a new file. Use File ▸ Open to open it.</source>
        <translation>„%1“ existiert bereits; eine neue Datenbank benötigt eine neue Datei. Verwenden Sie Datei ▸ Öffnen, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>Die Sicherung wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>&amp;Metric definitions…</source>
        <translation>&amp;Kennzahlendefinitionen…</translation>
    </message>
    <message>
        <source>What exactly each figure of the dashboard counts</source>
        <translation>Was genau jede Kennzahl des Dashboards zählt</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Teamserver %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The database on a team server this window shows</source>
        <translation>Die Datenbank auf einem Teamserver, die dieses Fenster zeigt</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;, the person of your login on the team&apos;s server.</source>
        <translation>Sie arbeiten als %1 &lt;%2&gt;, die Person Ihres Logins auf dem Server des Teams.</translation>
    </message>
    <message>
        <source>Changes made by others show after View ▸ Refresh: %1</source>
        <translation>Änderungen anderer erscheinen nach Ansicht ▸ Aktualisieren: %1</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>Der Posteingang konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 What is on screen stays as it was; nothing can be saved until the server is back.</source>
        <translation>%1 Was angezeigt wird, bleibt stehen; gespeichert werden kann erst wieder, wenn der Server zurück ist.</translation>
    </message>
    <message>
        <source>Team server unreachable</source>
        <translation>Teamserver nicht erreichbar</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in 1 second</source>
        <translation>Teamserver nicht erreichbar: neuer Versuch in 1 Sekunde</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in %1 seconds</source>
        <translation>Teamserver nicht erreichbar: neuer Versuch in %1 Sekunden</translation>
    </message>
    <message>
        <source>Connected to the team&apos;s server again; the window shows what changed meanwhile.</source>
        <translation>Wieder mit dem Server des Teams verbunden; das Fenster zeigt, was sich inzwischen geändert hat.</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Could not read the deals: the team&apos;s server cannot be reached</source>
        <translation>Die Deals konnten nicht gelesen werden: Der Server des Teams ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Read the list, the inbox, the dashboard and the counts again</source>
        <translation>Liste, Posteingang, Dashboard und Zählungen neu lesen</translation>
    </message>
</context>
<context>
    <name>handoff::MetricDefinitionsDialog</name>
    <message>
        <source>Metric definitions</source>
        <translation>Kennzahlendefinitionen</translation>
    </message>
    <message>
        <source>Per sales rep, over the period</source>
        <translation>Pro Vertriebsmitarbeiter, im Zeitraum</translation>
    </message>
    <message>
        <source>Per support rep, over the period</source>
        <translation>Pro Support-Mitarbeiter, im Zeitraum</translation>
    </message>
    <message>
        <source>Team trends, over the period</source>
        <translation>Team-Trends, im Zeitraum</translation>
    </message>
    <message>
        <source>As of today, whatever the period</source>
        <translation>Stand heute, unabhängig vom Zeitraum</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure of the dashboard and of &lt;code&gt;handoff metrics&lt;/code&gt;. A rate is shown with the counts it is taken from, &quot;75 % (3 of 4)&quot;; a rate with nothing to count shows &quot;no data&quot;, never 0 %. Double-click a figure on the dashboard to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Kennzahlen des Dashboards und von &lt;code&gt;handoff metrics&lt;/code&gt;. Eine Quote wird mit den Anzahlen angezeigt, aus denen sie berechnet wird, „75 % (3 von 4)“; eine Quote ohne Zählbares zeigt „keine Daten“, niemals 0 %. Doppelklicken Sie im Dashboard auf eine Kennzahl, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>handoff::NavigationPanel</name>
    <message>
        <source>Places</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>My handoffs</source>
        <translation>Meine Übergaben</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Alle Deals</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Katalog der Leistungsmerkmale</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Checklistenvorlage</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: %L2 unread (Ctrl+%3)</source>
        <translation>%1: %L2 ungelesen (Strg+%3)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>handoff::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Closed-won date</source>
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
        <source>Products or plan</source>
        <translation>Produkte oder Tarif</translation>
    </message>
    <message>
        <source>The customer&apos;s company</source>
        <translation>Das Unternehmen des Kunden</translation>
    </message>
    <message>
        <source>e.g. 48,000.00</source>
        <translation>z. B. 48.000,00</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>CRM-Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>&amp;Abschlussdatum:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>&amp;Vertragsbeginn:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Produkte oder Tarif:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>Vertriebs&amp;mitarbeiter:</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>Deal &amp;erstellen</translation>
    </message>
    <message>
        <source>The deal was not created</source>
        <translation>Der Deal wurde nicht erstellt</translation>
    </message>
    <message>
        <source> month</source>
        <translation> Monat</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTaskModel</name>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>%1 · 1 day late</source>
        <translation>%1 · 1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 · %L2 days late</source>
        <translation>%1 · %L2 Tage überfällig</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Keeps the promise “%1”</source>
        <translation>Hält die Zusage „%1“</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>Überfällig: am %1 fällig und nicht erledigt.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Wessen Aufgaben</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Due when</source>
        <translation>Wann fällig</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Wessen:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No open task of yours matches. Tasks are made when support accepts a handoff, from its promises.</source>
        <translation>Keine offene Aufgabe von Ihnen passt. Aufgaben entstehen aus den Zusagen, wenn der Support eine Übergabe annimmt.</translation>
    </message>
    <message>
        <source>No open task matches.</source>
        <translation>Keine offene Aufgabe passt.</translation>
    </message>
    <message>
        <source>The first %L1 tasks, soonest due first; narrow the list to see the rest.</source>
        <translation>Die ersten %L1 Aufgaben, die früheste Fälligkeit zuerst; grenzen Sie die Liste ein, um den Rest zu sehen.</translation>
    </message>
    <message>
        <source>1 open task.</source>
        <translation>1 offene Aufgabe.</translation>
    </message>
    <message>
        <source>%L1 open tasks.</source>
        <translation>%L1 offene Aufgaben.</translation>
    </message>
</context>
<context>
    <name>handoff::OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>CRM-Referenz</translation>
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
        <source>Closed-won</source>
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
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <translation>Produkte oder Tarif</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Go-live-Termin</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Kaufgrund</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Erfolgskriterien</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Bekannte Risiken</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>CRM-Re&amp;ferenz:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>&amp;Abschlussdatum:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>&amp;Vertragsbeginn:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Produkte oder Tarif:</translation>
    </message>
    <message>
        <source>&amp;Go-live target:</source>
        <translation>&amp;Go-live-Termin:</translation>
    </message>
    <message>
        <source>&amp;Why they bought:</source>
        <translation>&amp;Kaufgrund:</translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation>&amp;Erfolgskriterien:</translation>
    </message>
    <message>
        <source>Known ris&amp;ks:</source>
        <translation>Bekannte &amp;Risiken:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Titel ändern</translation>
    </message>
    <message>
        <source>Edit CRM reference</source>
        <translation>CRM-Referenz ändern</translation>
    </message>
    <message>
        <source>Edit products</source>
        <translation>Produkte ändern</translation>
    </message>
    <message>
        <source>Edit closed-won date</source>
        <translation>Abschlussdatum ändern</translation>
    </message>
    <message>
        <source>Edit contract start</source>
        <translation>Vertragsbeginn ändern</translation>
    </message>
    <message>
        <source>Edit go-live target</source>
        <translation>Go-live-Termin ändern</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Laufzeit ändern</translation>
    </message>
    <message>
        <source>Edit why they bought</source>
        <translation>Kaufgrund ändern</translation>
    </message>
    <message>
        <source>Edit success criteria</source>
        <translation>Erfolgskriterien ändern</translation>
    </message>
    <message>
        <source>Edit known risks</source>
        <translation>Bekannte Risiken ändern</translation>
    </message>
    <message>
        <source>The amount was not saved</source>
        <translation>Der Betrag wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Edit amount</source>
        <translation>Betrag ändern</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>Kundenzufriedenheit:</translation>
    </message>
    <message>
        <source>%1 of 5 · %2 · given on %3</source>
        <translation>%1 von 5 · %2 · abgegeben am %3</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · „%1“</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Noch nicht erfasst</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Jemand anderes hat inzwischen dasselbe Feld geändert.</translation>
    </message>
    <message>
        <source> month</source>
        <translation> Monat</translation>
    </message>
    <message>
        <source>“%1” (required)</source>
        <translation>„%1“ (Pflicht)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Also answers the checklist&apos;s %1.</source>
        <translation>Beantwortet auch %1 der Checkliste.</translation>
    </message>
</context>
<context>
    <name>handoff::PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>The days whose events the figures count; states &quot;as of today&quot; ignore it</source>
        <translation>Die Tage, deren Ereignisse in die Kennzahlen eingehen; Werte mit „Stand heute“ berücksichtigen ihn nicht</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
</context>
<context>
    <name>handoff::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Standarddatenbank</translation>
    </message>
    <message>
        <source>The file in Handoff&apos;s data folder</source>
        <translation>Die Datei im Datenordner von Handoff</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the database Handoff opens when started without --database</source>
        <translation>Die Datenbank wählen, die Handoff öffnet, wenn es ohne --database gestartet wird</translation>
    </message>
    <message>
        <source>Handoff databases (*.sqlite);;All files (*)</source>
        <translation>Handoff-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>Standard&amp;datenbank:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> Werktage</translation>
    </message>
    <message>
        <source>Tasks made from a promise are due this many days before the promise</source>
        <translation>Aufgaben aus einer Zusage werden diese Anzahl von Tagen vor der Zusage fällig</translation>
    </message>
    <message>
        <source>A handoff should be submitted within this many business days of closed-won</source>
        <translation>Eine Übergabe sollte innerhalb dieser Anzahl von Werktagen nach dem Gewinn des Deals eingereicht werden</translation>
    </message>
    <message>
        <source>The kickoff call should happen within this many business days of acceptance</source>
        <translation>Das Kick-off-Gespräch sollte innerhalb dieser Anzahl von Werktagen nach der Annahme stattfinden</translation>
    </message>
    <message>
        <source>For the whole team (in this database)</source>
        <translation>Für das ganze Team (in dieser Datenbank)</translation>
    </message>
    <message>
        <source>Task &amp;due-date buffer:</source>
        <translation>&amp;Vorlauf für Aufgaben:</translation>
    </message>
    <message>
        <source>&amp;Submit within:</source>
        <translation>&amp;Einreichen innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Kickoff within:</source>
        <translation>&amp;Kick-off innerhalb von:</translation>
    </message>
    <message>
        <source>Only team leads change the team&apos;s settings</source>
        <translation>Nur Teamleiter können die Teameinstellungen ändern</translation>
    </message>
    <message>
        <source>The team settings were not saved</source>
        <translation>Die Teameinstellungen wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>Handoff shows the new language the next time it starts.</source>
        <translation>Handoff zeigt die neue Sprache beim nächsten Start an.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> business day</source>
        <translation> Werktag</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>Darste&amp;llung:</translation>
    </message>
</context>
<context>
    <name>handoff::ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet gerade?</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personen in dieser Datenbank</translation>
    </message>
    <message>
        <source>%1 — %2 &lt;%3&gt;</source>
        <translation>%1 — %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>&amp;I am one of these people</source>
        <translation>&amp;Ich bin eine dieser Personen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Or create a &amp;new profile</source>
        <translation>Oder ein neues &amp;Profil anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>Arbeit &amp;beginnen</translation>
    </message>
    <message>
        <source>Cannot use this profile</source>
        <translation>Dieses Profil kann nicht verwendet werden</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseActionPanel</name>
    <message>
        <source>Review and follow-up</source>
        <translation>Prüfung und Nachverfolgung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your question, why it cannot be fulfilled, your answer, or why it is waived</source>
        <translation>Ihre Rückfrage, warum die Zusage nicht erfüllt werden kann, Ihre Antwort oder warum sie gestrichen wird</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseEditorDialog</name>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Art der Zusage</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Was zugesagt wurde</translation>
    </message>
    <message>
        <source>Required, e.g. Okta single sign-on at go-live</source>
        <translation>Erforderlich, z. B. Single Sign-on mit Okta zum Go-live</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Worte des Kunden</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Was der Kunde gesagt hat, in seinen eigenen Worten</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
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
        <source>Why it is promised anyway; needed to submit a blocked promise</source>
        <translation>Warum trotzdem zugesagt wird; erforderlich, um eine blockierte Zusage einzureichen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Was zugesagt wurde:</translation>
    </message>
    <message>
        <source>Customer&apos;s wo&amp;rds:</source>
        <translation>Worte des &amp;Kunden:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>&amp;Leistungsmerkmal:</translation>
    </message>
    <message>
        <source>Feasibility:</source>
        <translation>Machbarkeit:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Neue Zusage</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Zusage bearbeiten</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1: Bei Katalog und Fälligkeitsdatum wurde kein Problem gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Beschreiben Sie, was zugesagt wurde.</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Geben Sie das Fälligkeitsdatum der Zusage an.</translation>
    </message>
    <message>
        <source>No capability of the catalog is called “%1”; pick one from the list or leave it empty.</source>
        <translation>Im Katalog gibt es kein Leistungsmerkmal namens „%1“; wählen Sie eines aus der Liste, oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>Der Kunde sagte: „%1“</translation>
    </message>
    <message>
        <source>No capability from the catalog</source>
        <translation>Kein Leistungsmerkmal aus dem Katalog</translation>
    </message>
    <message>
        <source>No problem found with the catalog or the due date.</source>
        <translation>Bei Katalog und Fälligkeitsdatum wurde kein Problem gefunden.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Worte des Kunden</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
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
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Erfüllung</translation>
    </message>
    <message>
        <source>Support has not reviewed this promise yet.</source>
        <translation>Der Support hat diese Zusage noch nicht geprüft.</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>handoff::PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>&amp;Add promise</source>
        <translation>Zusage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Record a new promise</source>
        <translation>Eine neue Zusage erfassen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Change the selected promise</source>
        <translation>Die ausgewählte Zusage ändern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected promise</source>
        <translation>Die ausgewählte Zusage entfernen</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected promise: support can keep it</source>
        <translation>Die ausgewählte Zusage annehmen: Der Support kann sie einhalten</translation>
    </message>
    <message>
        <source>Needs &amp;clarification</source>
        <translation>&amp;Klärung nötig</translation>
    </message>
    <message>
        <source>Ask the sales rep about the selected promise; write the question in the note</source>
        <translation>Beim Vertriebsmitarbeiter zur ausgewählten Zusage nachfragen; schreiben Sie die Frage in die Notiz</translation>
    </message>
    <message>
        <source>Cannot &amp;fulfil</source>
        <translation>&amp;Nicht erfüllbar</translation>
    </message>
    <message>
        <source>Say support cannot keep the selected promise; write why in the note</source>
        <translation>Angeben, dass der Support die ausgewählte Zusage nicht einhalten kann; schreiben Sie den Grund in die Notiz</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>Answer support&apos;s question about the selected promise with the note</source>
        <translation>Die Rückfrage des Supports zur ausgewählten Zusage mit der Notiz beantworten</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Streichen</translation>
    </message>
    <message>
        <source>Release the deal from the selected promise; write the reason in the note</source>
        <translation>Den Deal von der ausgewählten Zusage entbinden; schreiben Sie den Grund in die Notiz</translation>
    </message>
    <message>
        <source>&amp;Mark fulfilled</source>
        <translation>Als erfüllt &amp;markieren</translation>
    </message>
    <message>
        <source>Record that the selected promise was kept today</source>
        <translation>Erfassen, dass die ausgewählte Zusage heute erfüllt wurde</translation>
    </message>
    <message>
        <source>Promise actions</source>
        <translation>Aktionen für Zusagen</translation>
    </message>
    <message>
        <source>Promises of the deal</source>
        <translation>Zusagen des Deals</translation>
    </message>
    <message>
        <source>Selected promise</source>
        <translation>Ausgewählte Zusage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Die Zusagen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No promises recorded for this deal yet.</source>
        <translation>Für diesen Deal wurden noch keine Zusagen erfasst.</translation>
    </message>
    <message>
        <source>Select a promise to see why it is flagged and how it was reviewed.</source>
        <translation>Wählen Sie eine Zusage aus, um zu sehen, warum sie gekennzeichnet ist und wie sie geprüft wurde.</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1: Bei Katalog und Fälligkeitsdatum wurde kein Problem gefunden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>Der Kunde sagte: „%1“</translation>
    </message>
    <message>
        <source>Select a promise first.</source>
        <translation>Wählen Sie zuerst eine Zusage aus.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
Derzeit nicht möglich:
%2</translation>
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
        <source>Write your answer to support&apos;s question in the note.</source>
        <translation>Schreiben Sie Ihre Antwort auf die Rückfrage des Supports in die Notiz.</translation>
    </message>
    <message>
        <source>Write in the note why the promise is waived.</source>
        <translation>Schreiben Sie in die Notiz, warum die Zusage gestrichen wird.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble</source>
        <translation>Alle &amp;machbaren annehmen</translation>
    </message>
    <message>
        <source>Accept every promise waiting for review whose feasibility is OK, each on its own in the history</source>
        <translation>Jede Zusage annehmen, die auf Prüfung wartet und machbar ist, jede einzeln im Verlauf</translation>
    </message>
    <message>
        <source>No promise with an OK feasibility waits for review.</source>
        <translation>Keine machbare Zusage wartet auf Prüfung.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble (%L1)</source>
        <translation>Alle &amp;machbaren annehmen (%L1)</translation>
    </message>
    <message>
        <source>Accept 1 feasible promise</source>
        <translation>1 machbare Zusage annehmen</translation>
    </message>
    <message>
        <source>Accept %L1 feasible promises</source>
        <translation>%L1 machbare Zusagen annehmen</translation>
    </message>
</context>
<context>
    <name>handoff::ReportActions</name>
    <message>
        <source>Prin&amp;t…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <source>Print the handoff report of the deal in front, or the team report of the dashboard</source>
        <translation>Den Übergabebericht des Deals im Vordergrund oder den Teambericht des Dashboards drucken</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>Die Seiten des Berichts vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Export report as PD&amp;F…</source>
        <translation>Bericht als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Save the report as a web page</source>
        <translation>Den Bericht als Webseite speichern</translation>
    </message>
    <message>
        <source>Open a deal or the dashboard to print its report.</source>
        <translation>Öffnen Sie einen Deal oder das Dashboard, um dessen Bericht zu drucken.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Der Bericht konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 Seite wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 Seiten wurden an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Druckvorschau: %1</translation>
    </message>
    <message>
        <source>handoff-report-deal-%1</source>
        <translation>uebergabebericht-deal-%1</translation>
    </message>
    <message>
        <source>team-report-%1-to-%2</source>
        <translation>teambericht-%1-bis-%2</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Name the file with .pdf or .html at the end.</source>
        <translation>Geben Sie dem Dateinamen die Endung .pdf oder .html.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>%1 gespeichert (1 Seite).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
</context>
<context>
    <name>handoff::ScorecardModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Everyone in the period, counted once</source>
        <translation>Alle im Zeitraum, jeweils einmal gezählt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2: %3&lt;/p&gt;&lt;p&gt;Double-click or press Enter to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2: %3&lt;/p&gt;&lt;p&gt;Doppelklicken Sie, oder drücken Sie die Eingabetaste, um die zugehörigen Deals aufzulisten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to sort by it; the team&apos;s total stays last.</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um danach zu sortieren; die Teamsumme bleibt an letzter Stelle.</translation>
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
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts, promises (Ctrl+K)</source>
        <translation>Deals, Kunden, Kontakte und Zusagen durchsuchen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find deals, accounts, contacts and promises by the words they contain. Up and Down choose a result, Enter opens its deal, Escape closes the list.</source>
        <translation>Finden Sie Deals, Kunden, Kontakte und Zusagen anhand der Wörter, die sie enthalten. Mit den Pfeiltasten nach oben und unten wählen Sie ein Ergebnis aus, die Eingabetaste öffnet den zugehörigen Deal, Esc schließt die Liste.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Keine Treffer für „%1“</translation>
    </message>
</context>
<context>
    <name>handoff::ServerLink</name>
    <message>
        <source>The connection to the team&apos;s server &apos;%1&apos; is lost.</source>
        <translation>Die Verbindung zum Server des Teams „%1“ ist unterbrochen.</translation>
    </message>
</context>
<context>
    <name>handoff::StateBanner</name>
    <message>
        <source>What needs your attention</source>
        <translation>Was Ihre Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned to sales&lt;/b&gt; on %1: %2</source>
        <translation>&lt;b&gt;An den Vertrieb zurückgegeben&lt;/b&gt; am %1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support asks about these promises&lt;/b&gt; (answer on the Promises tab):</source>
        <translation>&lt;b&gt;Der Support hat Rückfragen zu diesen Zusagen&lt;/b&gt; (Antwort im Reiter Zusagen):</translation>
    </message>
</context>
<context>
    <name>handoff::TaskEditorDialog</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Required, e.g. Configure SSO with the customer&apos;s IT</source>
        <translation>Erforderlich, z. B. SSO mit der IT des Kunden einrichten</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Zur Zusage</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>Keine Zusage</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>Zu&amp;gewiesen an:</translation>
    </message>
    <message>
        <source>For &amp;promise:</source>
        <translation>Zur &amp;Zusage:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Geben Sie an, was zu tun ist.</translation>
    </message>
</context>
<context>
    <name>handoff::TaskTableModel</name>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>Überfällig: Die Aufgabe war am %1 fällig und ist nicht erledigt.</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Überfällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Zur Zusage</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt am</translation>
    </message>
</context>
<context>
    <name>handoff::TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a fulfilment task</source>
        <translation>Eine Umsetzungsaufgabe hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>Erle&amp;digen</translation>
    </message>
    <message>
        <source>Mark the selected task done today</source>
        <translation>Die ausgewählte Aufgabe mit dem heutigen Datum als erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected task</source>
        <translation>Die ausgewählte Aufgabe entfernen</translation>
    </message>
    <message>
        <source>Assignee of the selected task</source>
        <translation>Wem die ausgewählte Aufgabe zugewiesen ist</translation>
    </message>
    <message>
        <source>Give the selected task to another support rep or lead</source>
        <translation>Die ausgewählte Aufgabe einem anderen Support-Mitarbeiter oder Teamleiter zuweisen</translation>
    </message>
    <message>
        <source>Status of the selected task</source>
        <translation>Status der ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>Set the status of the selected task</source>
        <translation>Den Status der ausgewählten Aufgabe festlegen</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>Aktionen für Aufgaben</translation>
    </message>
    <message>
        <source>Fulfilment tasks of the deal</source>
        <translation>Umsetzungsaufgaben des Deals</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Die Aufgaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Wählen Sie zuerst eine Aufgabe aus.</translation>
    </message>
    <message>
        <source>The task is already done.</source>
        <translation>Die Aufgabe ist bereits erledigt.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
Derzeit nicht möglich:
%2</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateItemDialog</name>
    <message>
        <source>A deal cannot be submitted without it</source>
        <translation>Ohne diesen Punkt kann ein Deal nicht eingereicht werden</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Choose a section or type the name of a new one; a new section goes at the end.</source>
        <translation>Wählen Sie einen Abschnitt, oder geben Sie den Namen eines neuen ein; ein neuer Abschnitt wird am Ende angefügt.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>What the sales rep is asked, e.g. Security questionnaire</source>
        <translation>Was der Vertriebsmitarbeiter gefragt wird, z. B. Sicherheitsfragebogen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>What a good answer says, shown under the item</source>
        <translation>Was eine gute Antwort enthält; wird unter dem Punkt angezeigt</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Art der Antwort</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Auswahlmöglichkeiten, eine pro Zeile</translation>
    </message>
    <message>
        <source>One choice per line; only for an item of the kind Choice.</source>
        <translation>Eine Auswahlmöglichkeit pro Zeile; nur für Punkte der Art „Auswahl“.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>The stable name that answers and imports use; it never changes.</source>
        <translation>Der feste Name, den Antworten und Importe verwenden; er ändert sich nie.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Abschnitt:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>&amp;Hilfetext:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>Aus&amp;wahlmöglichkeiten:</translation>
    </message>
    <message>
        <source>Re&amp;quired:</source>
        <translation>&amp;Erforderlich:</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet durch</translation>
    </message>
    <message>
        <source>An item that asks for a fact the deal already has is answered by that field, so that the checklist and the Overview never disagree.</source>
        <translation>Ein Punkt, der nach einer Angabe fragt, die der Deal schon hat, wird durch dieses Feld beantwortet, damit Checkliste und Übersicht nie voneinander abweichen.</translation>
    </message>
    <message>
        <source>Its own answer on the checklist</source>
        <translation>Eigene Antwort in der Checkliste</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 des Deals</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Beantwortet durch:</translation>
    </message>
    <message>
        <source>How many open drafts this affects could not be read: %1</source>
        <translation>Wie viele offene Entwürfe das betrifft, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No open draft or returned handoff lacks this answer.</source>
        <translation>Keinem offenen Entwurf und keiner zurückgegebenen Übergabe fehlt diese Antwort.</translation>
    </message>
    <message>
        <source>1 open draft or returned handoff will need this answer before it can be submitted.</source>
        <translation>1 offener Entwurf oder zurückgegebene Übergabe braucht diese Antwort, bevor sie eingereicht werden kann.</translation>
    </message>
    <message>
        <source>%L1 open drafts and returned handoffs will need this answer before they can be submitted.</source>
        <translation>%L1 offene Entwürfe und zurückgegebene Übergaben brauchen diese Antwort, bevor sie eingereicht werden können.</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateView</name>
    <message>
        <source>Checklist template</source>
        <translation>Checklistenvorlage</translation>
    </message>
    <message>
        <source>Checklist items by section</source>
        <translation>Checklistenpunkte nach Abschnitt</translation>
    </message>
    <message>
        <source>Every item a handoff asks for, grouped by section, in the order sales reps see them.</source>
        <translation>Alle Punkte, die eine Übergabe abfragt, nach Abschnitten gruppiert, in der Reihenfolge, in der Vertriebsmitarbeiter sie sehen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Punkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>Punkt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>Punkt &amp;entfernen…</translation>
    </message>
    <message>
        <source>Only team leads change the checklist template.</source>
        <translation>Nur Teamleiter können die Checklistenvorlage ändern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an item to the selected section</source>
        <translation>Dem ausgewählten Abschnitt einen Punkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit the selected item (also Enter or double-click)</source>
        <translation>Den ausgewählten Punkt bearbeiten (auch mit der Eingabetaste oder per Doppelklick)</translation>
    </message>
    <message>
        <source>Move the selected item up within its section</source>
        <translation>Den ausgewählten Punkt innerhalb seines Abschnitts nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected item down within its section</source>
        <translation>Den ausgewählten Punkt innerhalb seines Abschnitts nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove the selected item from the template</source>
        <translation>Den ausgewählten Punkt aus der Vorlage entfernen</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the checklist template.</source>
        <translation>Schreibgeschützt: Nur Teamleiter können die Checklistenvorlage ändern.</translation>
    </message>
    <message>
        <source>Could not read the checklist template: %1</source>
        <translation>Die Checklistenvorlage konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Auswahlmöglichkeiten: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Checklistenpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Checklistenpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>„%1“ zu „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; again</source>
        <translation>„%1“ wieder entfernt</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;</source>
        <translation>„%1“ aktualisiert</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;</source>
        <translation>Änderung an „%1“ rückgängig gemacht</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>the checklist item &apos;%1&apos;</source>
        <translation>den Checklistenpunkt „%1“</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>Die Bearbeitung wurde zugunsten der anderen Version verworfen.</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; up</source>
        <translation>„%1“ nach oben verschoben</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; down</source>
        <translation>„%1“ nach unten verschoben</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; back</source>
        <translation>„%1“ zurückverschoben</translation>
    </message>
    <message>
        <source>Could not move “%1”</source>
        <translation>„%1“ konnte nicht verschoben werden</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Checklistenpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the checklist template?</source>
        <translation>„%1“ aus der Checklistenvorlage entfernen?</translation>
    </message>
    <message>
        <source>Handoffs will no longer ask for it. Undo brings it back.</source>
        <translation>Übergaben fragen diesen Punkt nicht mehr ab. Mit „Rückgängig“ wird er wiederhergestellt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the checklist template</source>
        <translation>„%1“ aus der Checklistenvorlage entfernt</translation>
    </message>
    <message>
        <source>Put &apos;%1&apos; back</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Could not remove “%1”</source>
        <translation>„%1“ konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 des Deals</translation>
    </message>
    <message>
        <source>Answered by the deal&apos;s own field; the checklist shows it and goes to it.</source>
        <translation>Durch ein eigenes Feld des Deals beantwortet; die Checkliste zeigt es und führt dorthin.</translation>
    </message>
</context>
<context>
    <name>handoff::TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring closed deals from a CRM export (CSV) into Handoff</source>
        <translation>Abgeschlossene Deals aus einem CRM-Export (CSV) in Handoff übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the deals, promises or fulfilment tasks as CSV or JSON</source>
        <translation>Deals, Zusagen oder Umsetzungsaufgaben als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Write task and promise due dates as an iCalendar file for a calendar program</source>
        <translation>Fälligkeitstermine von Aufgaben und Zusagen als iCalendar-Datei für ein Kalenderprogramm schreiben</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Deals importieren</translation>
    </message>
</context>
<context>
    <name>handoff::TransitionDialog</name>
    <message>
        <source>Return “%1” to sales</source>
        <translation>Übergabe von „%1“ an den Vertrieb zurückgeben</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note for the sales rep:</source>
        <translation>&amp;Notiz für den Vertriebsmitarbeiter:</translation>
    </message>
    <message>
        <source>Say what sales must fix; the note is required.</source>
        <translation>Geben Sie an, was der Vertrieb korrigieren muss; die Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>&amp;Return handoff</source>
        <translation>Übergabe &amp;zurückgeben</translation>
    </message>
    <message>
        <source>Cancel the handoff of “%1”</source>
        <translation>Übergabe von „%1“ stornieren</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled?</source>
        <translation>&amp;Warum wird sie storniert?</translation>
    </message>
    <message>
        <source>Cancelling ends the handoff for good; the reason is required and kept in the history.</source>
        <translation>Mit der Stornierung endet die Übergabe endgültig; der Grund ist erforderlich und wird im Verlauf festgehalten.</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff</source>
        <translation>Übergabe &amp;stornieren</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>Override the rules for “%1”</source>
        <translation>Regeln für „%1“ übersteuern</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Reason for the override:</source>
        <translation>&amp;Begründung der Übersteuerung:</translation>
    </message>
    <message>
        <source>The action is done although its checks fail. The reason is required and recorded with your name.</source>
        <translation>Die Aktion wird ausgeführt, obwohl ihre Prüfungen fehlschlagen. Die Begründung ist erforderlich und wird mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>Übe&amp;rsteuern</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Einreichen</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zurückgeben</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Cancel handoff</source>
        <translation>Übergabe stornieren</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>Als erfüllt markieren</translation>
    </message>
</context>
<context>
    <name>handoff::Workspace</name>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
</context>
</TS>
