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
        <translation>Demodaten werden generiert: %1 %</translation>
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
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>und %n weiteres Problem</numerusform>
            <numerusform>und %n weitere Probleme</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>and %n more broken reference(s)</source>
        <translation>
            <numerusform>und %n weiterer ungültiger Verweis</numerusform>
            <numerusform>und %n weitere ungültige Verweise</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n audit entry(s) have an id below 1, which Handoff never gives out: they were added by hand.</source>
        <translation>
            <numerusform>%n Audit-Eintrag hat eine ID unter 1, die Handoff nie vergibt: Er wurde von Hand hinzugefügt.</numerusform>
            <numerusform>%n Audit-Einträge haben eine ID unter 1, die Handoff nie vergibt: Sie wurden von Hand hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) are missing (ids %1): entries can only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>%n Audit-Eintrag fehlt (ID %1): Einträge können nur verschwinden, wenn jemand sie von Hand aus der Datei entfernt.</numerusform>
            <numerusform>%n Audit-Einträge fehlen (IDs %1): Einträge können nur verschwinden, wenn jemand sie von Hand aus der Datei entfernt.</numerusform>
        </translation>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <translation>Vertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Support-Mitarbeiter</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
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
        <source>Fulfilled</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <translation>Ansprechpartner im Tagesgeschäft</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Technischer Ansprechpartner</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Ansprechpartner Abrechnung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Häkchen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Nicht unterstützt</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Individuell</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>Klärung nötig</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <translation>Nicht erfüllbar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Fehlende Informationen</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <translation>Nicht machbare Zusage</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <translation>Unklarer Umfang</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <translation>Falscher Verantwortlicher</translation>
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
</context>
</TS>
