<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file.</source>
        <translation>Écrit une copie cohérente de la base de données dans un nouveau fichier, même pendant que l&apos;espace de travail l&apos;utilise. N&apos;écrase jamais un fichier existant.</translation>
    </message>
    <message>
        <source>The new backup file.</source>
        <translation>Le nouveau fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>backup needs exactly one argument: the file to write.</source>
        <translation>backup attend exactement un argument : le fichier à écrire.</translation>
    </message>
    <message>
        <source>Backed up &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>« %1 » a été sauvegardé dans « %2 ».</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version and the append-only audit log. Exits with 0 only when every check passes.</source>
        <translation>Vérifie la base de données : intégrité, clés étrangères, version du schéma et journal d&apos;audit, qui n&apos;accepte que des ajouts. Se termine avec le code 0 uniquement si toutes les vérifications réussissent.</translation>
    </message>
    <message>
        <source>ok    </source>
        <translation>ok   </translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed the check.</source>
        <translation>La vérification de « %1 » a échoué.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de base de données (par défaut : %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is busy or locked by another program. Try again in a moment, or close the other program.</source>
        <translation>Impossible de %1 : la base de données « %2 » est occupée ou verrouillée par un autre programme. Réessayez dans un instant ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; cannot be written (%3).</source>
        <translation>Impossible de %1 : la base de données « %2 » n&apos;est pas accessible en écriture (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is damaged (%3). Restore it from a backup.</source>
        <translation>Impossible de %1 : la base de données « %2 » est endommagée (%3). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1 : %2.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>préparer une requête</translation>
    </message>
    <message>
        <source>read or write the database</source>
        <translation>lire ou écrire la base de données</translation>
    </message>
    <message>
        <source>was written by a newer version of Handoff (schema %1; this version reads up to %2). Update Handoff to open it.</source>
        <translation>a été écrit par une version plus récente de Handoff (schéma %1 ; cette version lit jusqu&apos;au schéma %2). Mettez à jour Handoff pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>ne peut pas être ouvert : %1.</translation>
    </message>
    <message>
        <source>Handoff did not upgrade &apos;%1&apos; because it could not first make a backup copy: %2</source>
        <translation>Handoff n&apos;a pas mis à jour « %1 », car il n&apos;a pas pu en faire d&apos;abord une copie de sauvegarde : %2</translation>
    </message>
    <message>
        <source>is damaged or is not a database. Restore it from a backup.</source>
        <translation>est endommagé ou n&apos;est pas une base de données. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>is an empty SQLite database, not a Handoff database.</source>
        <translation>est une base de données SQLite vide, pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>est une base de données SQLite d&apos;une autre application, pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is damaged. Restore it from a backup.</source>
        <translation>est endommagé. Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>Le fichier « %1 » est endommagé. Restaurez-le à partir d&apos;une sauvegarde ; &apos;handoff check&apos; indique les dommages.</translation>
    </message>
    <message>
        <source>already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>existe déjà. Choisissez un nouveau nom : une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>ne peut pas être créé : le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <source>back up the database to &apos;%1&apos;</source>
        <translation>sauvegarder la base de données dans « %1 »</translation>
    </message>
    <message>
        <source>start a change</source>
        <translation>commencer une modification</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>La modification était déjà terminée.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>valider la modification</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &apos;%1&apos; %2</source>
        <translation>Le fichier « %1 » %2</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>n&apos;existe pas.</translation>
    </message>
    <message>
        <source>is a folder or a device, not a database file.</source>
        <translation>est un dossier ou un périphérique, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>ne peut pas être lu : %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Handoff database.</source>
        <translation>est vide : ce n&apos;est pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is not a Handoff database: it is not an SQLite database at all (a text file, a document or a damaged file?).</source>
        <translation>n&apos;est pas une base de données Handoff : ce n&apos;est même pas une base de données SQLite (un fichier texte, un document ou un fichier endommagé ?).</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>est une base de données SQLite d&apos;une autre application, pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is read-only. Handoff needs to write to its database: make the file writable or open a copy.</source>
        <translation>est en lecture seule. Handoff doit pouvoir écrire dans sa base de données : rendez le fichier accessible en écriture ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>is in a folder that cannot be written (&apos;%1&apos;). Handoff keeps a write-ahead log next to the database and needs to write there.</source>
        <translation>se trouve dans un dossier non accessible en écriture (« %1 »). Handoff tient un journal d&apos;écriture anticipée (WAL) à côté de la base de données et doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>ne peut pas être créé : le dossier « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; cannot be written.</source>
        <translation>ne peut pas être créé : le dossier « %1 » n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>ne peut pas être créé : %1.</translation>
    </message>
    <message>
        <source>cannot be made private to its owner: %1.</source>
        <translation>ne peut pas être réservé à son seul propriétaire : %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on a network file system (%2). Handoff&apos;s database needs a local disk: on a network share two computers can damage it. Keep the file on this computer and use backups to share it.</source>
        <translation>« %1 » se trouve sur un système de fichiers réseau (%2). La base de données de Handoff nécessite un disque local : sur un partage réseau, deux ordinateurs peuvent l&apos;endommager. Conservez le fichier sur cet ordinateur et utilisez des sauvegardes pour le partager.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fills an empty database with realistic generated deals, promises and tasks. The same seed gives the same data.</source>
        <translation>Remplit une base de données vide avec des affaires, des engagements et des tâches générés de façon réaliste. La même graine produit les mêmes données.</translation>
    </message>
    <message>
        <source>How many deals to generate (default: 200).</source>
        <translation>Nombre d&apos;affaires à générer (par défaut : 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator (default: 1).</source>
        <translation>Graine du générateur aléatoire (par défaut : 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>G</translation>
    </message>
    <message>
        <source>--deals takes a whole number from 1 to 10000000, not &apos;%1&apos;.</source>
        <translation>--deals attend un nombre entier de 1 à 10000000, et non « %1 ».</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, et non « %1 ».</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Génération des données de démonstration : %1 %</translation>
    </message>
    <message>
        <source>Generated %1 deals, %2 promises, %3 tasks, %4 contacts, %5 audit entries in %6 s into %7.</source>
        <translation>%1 affaires, %2 engagements, %3 tâches, %4 contacts et %5 entrées d&apos;audit générés en %6 s dans %7.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Cannot generate demo data: no database is open.</source>
        <translation>Impossible de générer les données de démonstration : aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot generate %1 demo deals: choose a number from 1 to %2.</source>
        <translation>Impossible de générer %1 affaires de démonstration : choisissez un nombre de 1 à %2.</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>des affaires</translation>
    </message>
    <message>
        <source>customer accounts</source>
        <translation>des comptes clients</translation>
    </message>
    <message>
        <source>capabilities in its catalog</source>
        <translation>des capacités dans son catalogue</translation>
    </message>
    <message>
        <source>Demo data goes only into an empty database, and &apos;%1&apos; already has %2. Create a new database for the demo (for example with --database).</source>
        <translation>Les données de démonstration ne peuvent aller que dans une base de données vide, or « %1 » contient déjà %2. Créez une nouvelle base de données pour la démonstration (par exemple avec --database).</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the database was left unchanged.</source>
        <translation>La génération des données de démonstration a été annulée ; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not write demo deal %1 of %2; nothing was saved. %3</source>
        <translation>Impossible d&apos;écrire l&apos;affaire de démonstration %1 sur %2 ; rien n&apos;a été enregistré. %3</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>no display to show the workstation on (DISPLAY and WAYLAND_DISPLAY are not set); to run it without a screen use &apos;xvfb-run -a %1 --demo&apos; or set QT_QPA_PLATFORM=offscreen.</source>
        <translation>aucun affichage disponible pour montrer l&apos;espace de travail (DISPLAY et WAYLAND_DISPLAY ne sont pas définies) ; pour l&apos;exécuter sans écran, utilisez &apos;xvfb-run -a %1 --demo&apos; ou définissez QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Base de données sur un lecteur réseau</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>Création de la base de données de démonstration…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>Cannot make the demo database</source>
        <translation>Impossible de créer la base de données de démonstration</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>et %n autre problème</numerusform>
            <numerusform>et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Clés étrangères</translation>
    </message>
    <message>
        <source>%1 row %2: %3 = %4 refers to a row of %5 that does not exist</source>
        <translation>%1, ligne %2 : %3 = %4 fait référence à une ligne de %5 qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a row of %3 that does not exist</source>
        <translation>%1, ligne %2 fait référence à une ligne de %3 qui n&apos;existe pas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more broken reference(s)</source>
        <translation>
            <numerusform>et %n autre référence rompue</numerusform>
            <numerusform>et %n autres références rompues</numerusform>
        </translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>The application id is %1, not Handoff&apos;s %2: the file does not say it is a Handoff database.</source>
        <translation>L&apos;identifiant d&apos;application est %1, et non celui de Handoff (%2) : le fichier ne se déclare pas comme une base de données Handoff.</translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Handoff writes version %2.</source>
        <translation>La version du schéma est %1 ; cette version de Handoff écrit la version %2.</translation>
    </message>
    <message>
        <source>Audit log protection</source>
        <translation>Protection du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The trigger %1 is missing: audit entries can be changed without a trace.</source>
        <translation>Le déclencheur %1 est absent : les entrées d&apos;audit peuvent être modifiées sans laisser de trace.</translation>
    </message>
    <message>
        <source>The trigger %1 was altered: it no longer refuses every change to an audit entry.</source>
        <translation>Le déclencheur %1 a été modifié : il ne refuse plus toutes les modifications d&apos;une entrée d&apos;audit.</translation>
    </message>
    <message>
        <source>Audit log completeness</source>
        <translation>Complétude du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) have an id below 1, which Handoff never gives out: they were added by hand.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit a un identifiant inférieur à 1, ce que Handoff n&apos;attribue jamais : elle a été ajoutée à la main.</numerusform>
            <numerusform>%n entrées d&apos;audit ont un identifiant inférieur à 1, ce que Handoff n&apos;attribue jamais : elles ont été ajoutées à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) are missing (ids %1): entries can only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit est manquante (identifiant %1) : les entrées ne peuvent disparaître que si quelqu&apos;un les supprime du fichier à la main.</numerusform>
            <numerusform>%n entrées d&apos;audit sont manquantes (identifiants %1) : les entrées ne peuvent disparaître que si quelqu&apos;un les supprime du fichier à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out is missing.</source>
        <translation>L&apos;enregistrement du plus grand identifiant d&apos;audit jamais attribué est absent.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out (%1) is below the highest entry (%2): ids could be given out twice.</source>
        <translation>Le plus grand identifiant d&apos;audit jamais attribué, tel qu&apos;enregistré (%1), est inférieur à celui de l&apos;entrée la plus élevée (%2) : des identifiants pourraient être attribués deux fois.</translation>
    </message>
    <message>
        <source>The newest audit entries are missing (ids %1-%2): the log once reached id %2.</source>
        <translation>Les entrées d&apos;audit les plus récentes sont absentes (identifiants %1-%2) : le journal a déjà atteint l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Agent du support</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor de direction</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <translation>Contact au quotidien</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>Contact facturation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <translation>Non prise en charge</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Faisable</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <translation>À clarifier</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <translation>Impossible à honorer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non tenu</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation>Informations manquantes</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <translation>Engagement irréalisable</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <translation>Périmètre flou</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <translation>Mauvais responsable</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handoff: hand closed deals from sales to support, with every promise reviewed.

Without a command, opens the workstation. Commands (each has --help):</source>
        <translation>Handoff : transfert des affaires conclues des ventes au support, chaque engagement étant examiné.

Sans commande, ouvre l&apos;espace de travail. Commandes (chacune accepte --help) :</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Open the demo database, made and filled on first use.</source>
        <translation>Ouvrir la base de données de démonstration, créée et remplie à la première utilisation.</translation>
    </message>
    <message>
        <source>The language of the user interface (de, es, fr, en).</source>
        <translation>La langue de l&apos;interface utilisateur (de, es, fr, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>A command to run instead of the workstation.</source>
        <translation>Une commande à exécuter à la place de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command. Commands: %2. See &apos;%3 --help&apos;.</source>
        <translation>« %1 » n&apos;est pas une commande. Commandes : %2. Voir &apos;%3 --help&apos;.</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together.</source>
        <translation>--demo et --database ne peuvent pas être utilisés ensemble.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The upgrade script for schema version %1 is missing from this build of Handoff.</source>
        <translation>Le script de mise à jour vers la version de schéma %1 est absent de cette compilation de Handoff.</translation>
    </message>
    <message>
        <source>upgrade the database to schema version %1</source>
        <translation>mettre à jour la base de données vers la version de schéma %1</translation>
    </message>
    <message>
        <source>record schema version %1</source>
        <translation>consigner la version de schéma %1</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>affaire</translation>
    </message>
    <message>
        <source>deal contact</source>
        <translation>contact de l&apos;affaire</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>élément de liste de contrôle</translation>
    </message>
    <message>
        <source>checklist answer</source>
        <translation>réponse de liste de contrôle</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>promise</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>handoff snapshot</source>
        <translation>instantané du transfert</translation>
    </message>
    <message>
        <source>There is no %1 with id %2; it may have been deleted.</source>
        <translation>Il n&apos;existe aucun enregistrement de type « %1 » avec l&apos;identifiant %2 ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed elsewhere after you opened it. Reload it to see the other change, or overwrite it with yours.</source>
        <translation>L&apos;enregistrement de type « %1 » avec l&apos;identifiant %2 a été modifié ailleurs depuis que vous l&apos;avez ouvert. Rechargez-le pour voir l&apos;autre modification, ou écrasez-le avec la vôtre.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>days a task is due before its promise</source>
        <translation>jours entre l&apos;échéance d&apos;une tâche et celle de son engagement</translation>
    </message>
    <message>
        <source>business days to submit a handoff</source>
        <translation>jours ouvrés pour soumettre un transfert</translation>
    </message>
    <message>
        <source>business days from acceptance to kickoff</source>
        <translation>jours ouvrés de l&apos;acceptation à la réunion de lancement</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; was not changed: %2 is not between %3 and %4.</source>
        <translation>Le paramètre « %1 » n&apos;a pas été modifié : %2 n&apos;est pas compris entre %3 et %4.</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not prepare a database statement: the database is not open.</source>
        <translation>Impossible de préparer une instruction de base de données : la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: %2.</source>
        <translation>Impossible de préparer l&apos;instruction de base de données &quot;%1&quot; : %2.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: it holds more than one statement.</source>
        <translation>Impossible de préparer l&apos;instruction de base de données &quot;%1&quot; : elle contient plus d&apos;une instruction.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: value %2 could not be bound (%3).</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot; : la valeur %2 n&apos;a pas pu être liée (%3).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is busy or locked by another program (%2). Try again in a moment, or close the other program.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot; : la base de données est occupée ou verrouillée par un autre programme (%2). Réessayez dans un instant ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database cannot be written (%2).</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot; : la base de données n&apos;est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is damaged (%2). Restore it from a backup.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot; : la base de données est endommagée (%2). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot; : %2.</translation>
    </message>
    <message>
        <source>Could not run a database statement: it was never prepared.</source>
        <translation>Impossible d&apos;exécuter une instruction de base de données : elle n&apos;a jamais été préparée.</translation>
    </message>
</context>
<context>
    <name>handoff::DealListModel</name>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>État du transfert</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Date de clôture</translation>
    </message>
</context>
<context>
    <name>handoff::DealListView</name>
    <message>
        <source>Deal list</source>
        <translation>Liste des affaires</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>All deals, one per row. Click a column header to sort by it.</source>
        <translation>Toutes les affaires, une par ligne. Cliquez sur un en-tête de colonne pour trier selon cette colonne.</translation>
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
        <translation>Décomptes indisponibles</translation>
    </message>
    <message>
        <source>Deals: %L1   Promises: %L2   Tasks: %L3</source>
        <translation>Affaires : %L1   Engagements : %L2   Tâches : %L3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Handoff</source>
        <translation>Fermer Handoff</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Handoff</source>
        <translation>À &amp;propos de Handoff</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Record counts</source>
        <translation>Nombre d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>The database file this window shows</source>
        <translation>Le fichier de base de données affiché dans cette fenêtre</translation>
    </message>
    <message>
        <source>Could not read the deals</source>
        <translation>Impossible de lire les affaires</translation>
    </message>
    <message>
        <source>About Handoff</source>
        <translation>À propos de Handoff</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Hands closed deals from sales to customer support: the promises made, the people to talk to and the work that follows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Transfère les affaires conclues des ventes au support client : les engagements pris, les interlocuteurs et le travail qui suit.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
