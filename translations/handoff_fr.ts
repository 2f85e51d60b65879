<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupCommand</name>
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
        <translation>backup attend exactement un argument&#xa0;: le fichier à écrire.</translation>
    </message>
    <message>
        <source>Backed up &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>«&#xa0;%1&#xa0;» a été sauvegardé dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the database to a new file, even while the workstation is using it. Never overwrites an existing file. A database on a server is copied by pg_dump into an archive that pg_restore reads.</source>
        <translation>Écrit une copie cohérente de la base de données dans un nouveau fichier, même pendant que l&apos;espace de travail l&apos;utilise. N&apos;écrase jamais un fichier existant. Une base de données sur un serveur est copiée par pg_dump dans une archive que lit pg_restore.</translation>
    </message>
</context>
<context>
    <name>BulkWriter</name>
    <message>
        <source>Rows written in bulk cannot be read back.</source>
        <translation>Les lignes écrites en bloc ne peuvent pas être relues.</translation>
    </message>
    <message>
        <source>number the new rows of %1</source>
        <translation>numéroter les nouvelles lignes de %1</translation>
    </message>
    <message>
        <source>Could not write a row of %1: there is no value %2 to bind.</source>
        <translation>Impossible d’écrire une ligne de %1&#xa0;: il n’y a pas de valeur %2 à lier.</translation>
    </message>
    <message>
        <source>write the new rows of %1</source>
        <translation>écrire les nouvelles lignes de %1</translation>
    </message>
    <message>
        <source>update the statistics of %1</source>
        <translation>mettre à jour les statistiques de %1</translation>
    </message>
</context>
<context>
    <name>CalendarCommand</name>
    <message>
        <source>Writes open fulfilment tasks and promise due dates as an iCalendar (.ics) file that calendar programs import; importing a newer file updates the events instead of adding copies.</source>
        <translation>Écrit les tâches de réalisation ouvertes et les échéances des engagements dans un fichier iCalendar (.ics) que les agendas peuvent importer&#xa0;; l&apos;import d&apos;un fichier plus récent met à jour les événements au lieu d&apos;en ajouter des copies.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once it is complete.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard. Le fichier n&apos;apparaît qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>FILE.ics</source>
        <translation>FICHIER.ics</translation>
    </message>
    <message>
        <source>Only this user&apos;s calendar: the tasks assigned to them and the promises of the deals they sold or own in support.</source>
        <translation>Uniquement l&apos;agenda de cet utilisateur&#xa0;: les tâches qui lui sont attribuées et les engagements des affaires qu&apos;il a vendues ou dont il est responsable au support.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s&apos;il existe.</translation>
    </message>
    <message>
        <source>calendar takes no arguments; name the file with -o FILE.ics.</source>
        <translation>calendar n&apos;accepte aucun argument&#xa0;; indiquez le fichier avec -o FICHIER.ics.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.ics.</source>
        <translation>--force ne s&apos;applique qu&apos;avec -o FICHIER.ics.</translation>
    </message>
    <message>
        <source>Events written to &apos;%1&apos;: %2.</source>
        <translation>Événements écrits dans «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CalendarWriter</name>
    <message>
        <source>Could not write the calendar: %1.</source>
        <translation>Impossible d&apos;écrire l&apos;agenda&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Task: %1 — %2</source>
        <translation>Tâche&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Deal: %1 (%2)</source>
        <translation>Affaire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Deal state: %1</source>
        <translation>État du transfert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task status: %1</source>
        <translation>Statut de la tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation>Attribuée à&#xa0;: %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>For the promise: %1</source>
        <translation>Pour l&apos;engagement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1</source>
        <translation>Faisabilité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Feasibility: %1 — %2</source>
        <translation>Faisabilité&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Promise due: %1 — %2</source>
        <translation>Échéance de l&apos;engagement&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Capability: %1</source>
        <translation>Capacité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Examen&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>Only a team lead can change the capability catalog.</source>
        <translation>Seul un chef d&apos;équipe peut modifier le catalogue des capacités.</translation>
    </message>
    <message>
        <source>Give the capability a name.</source>
        <translation>Donnez un nom à la capacité.</translation>
    </message>
    <message>
        <source>The catalog already has a capability named &apos;%1&apos;.</source>
        <translation>Le catalogue contient déjà une capacité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose whether the capability is available, beta, planned or unsupported.</source>
        <translation>Indiquez si la capacité est disponible, en bêta, prévue ou non prise en charge.</translation>
    </message>
    <message>
        <source>The standard lead time cannot be negative.</source>
        <translation>Le délai standard ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The capability was not added to the catalog.</source>
        <translation>La capacité n&apos;a pas été ajoutée au catalogue.</translation>
    </message>
    <message>
        <source>The capability was not saved.</source>
        <translation>La capacité n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not removed from the catalog.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été retiré du catalogue.</translation>
    </message>
    <message>
        <source>Promises name it: %1. Mark it unsupported instead of removing it.</source>
        <translation>Des engagements la désignent&#xa0;: %1. Marquez-la comme non prise en charge au lieu de la retirer.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
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
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed the check.</source>
        <translation>La vérification de «&#xa0;%1&#xa0;» a échoué.</translation>
    </message>
    <message>
        <source>The check&apos;s result could not be recorded in the database: %1</source>
        <translation>Le résultat de la vérification n’a pas pu être enregistré dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verifies the database: integrity, foreign keys, schema version, the append-only audit log and the kept figures (built again when they differ from the rows). Exits with 0 only when every check passes.</source>
        <translation>Vérifie la base de données&#xa0;: intégrité, clés étrangères, version du schéma, journal d&apos;audit en ajout seul et chiffres tenus à jour (reconstruits quand ils diffèrent des lignes). Se termine par 0 seulement si chaque vérification réussit.</translation>
    </message>
    <message>
        <source>Checking %1: check %2 of %3 (%4 s)</source>
        <translation>Vérification de %1&#xa0;: contrôle %2 sur %3 (%4&#xa0;s)</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>&quot;%1&quot; is a yes-or-no item; answer it with true or false.</source>
        <translation>«&#xa0;%1&#xa0;» est un élément oui/non&#xa0;; répondez par true ou false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a date written as YYYY-MM-DD; &quot;%2&quot; is not one.</source>
        <translation>«&#xa0;%1&#xa0;» attend une date au format AAAA-MM-JJ&#xa0;; «&#xa0;%2&#xa0;» n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices of &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des choix de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name one of the deal&apos;s contacts; add the person to the deal&apos;s contacts first.</source>
        <translation>«&#xa0;%1&#xa0;» doit désigner l&apos;un des contacts de l&apos;affaire&#xa0;; ajoutez d&apos;abord la personne aux contacts de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can fill in the checklist of &quot;%1&quot;.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut remplir la liste de contrôle de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; its checklist can no longer change.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; sa liste de contrôle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; the checklist can change again only while it is a draft or after support returns it.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; la liste de contrôle ne peut de nouveau être modifiée qu&apos;à l&apos;état de brouillon ou après son renvoi par le support.</translation>
    </message>
    <message>
        <source>The checklist has no item &quot;%1&quot;.</source>
        <translation>La liste de contrôle ne contient aucun élément «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot;</source>
        <translation>La réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered by the deal&apos;s %2; change it there, not on the checklist.</source>
        <translation>«&#xa0;%1&#xa0;» a pour réponse %2 de l’affaire&#xa0;; modifiez-le là, pas dans la liste de contrôle.</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateService</name>
    <message>
        <source>The checklist template has no item &quot;%1&quot;; it may have been removed.</source>
        <translation>Le modèle de liste de contrôle ne contient aucun élément «&#xa0;%1&#xa0;»&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Only a team lead can change the checklist template.</source>
        <translation>Seul un chef d&apos;équipe peut modifier le modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>%1&apos;s user account is inactive.</source>
        <translation>Le compte utilisateur de %1 est inactif.</translation>
    </message>
    <message>
        <source>Put the item in a section.</source>
        <translation>Placez l&apos;élément dans une section.</translation>
    </message>
    <message>
        <source>Give the item a label.</source>
        <translation>Donnez un libellé à l&apos;élément.</translation>
    </message>
    <message>
        <source>Choose what kind of answer the item takes: a check, text, a date, a choice or a contact.</source>
        <translation>Choisissez le type de réponse attendu par l&apos;élément&#xa0;: une case à cocher, un texte, une date, un choix ou un contact.</translation>
    </message>
    <message>
        <source>Give a choice item at least two choices, one per line. Choices given: %1.</source>
        <translation>Donnez au moins deux choix à un élément de type choix, un par ligne. Choix indiqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Each choice must be different: &quot;%1&quot; is given more than once.</source>
        <translation>Chaque choix doit être différent&#xa0;: «&#xa0;%1&#xa0;» est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>A key is made of lowercase letters and digits joined by single underscores; &quot;%1&quot; is not.</source>
        <translation>Une clé se compose de lettres minuscules et de chiffres reliés par des tirets bas simples&#xa0;; «&#xa0;%1&#xa0;» ne respecte pas cette règle.</translation>
    </message>
    <message>
        <source>Another item already has the key &quot;%1&quot;.</source>
        <translation>Un autre élément a déjà la clé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>An item&apos;s key never changes: deals&apos; answers and imports refer to &quot;%1&quot;.</source>
        <translation>La clé d&apos;un élément ne change jamais&#xa0;: les réponses des affaires et les imports font référence à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Deals have answered it as %1, so its kind can no longer change. Answered on deals: %2.</source>
        <translation>Des affaires y ont répondu en tant que «&#xa0;%1&#xa0;», son type ne peut donc plus changer. Affaires ayant répondu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The item was not added to the checklist template.</source>
        <translation>L&apos;élément n&apos;a pas été ajouté au modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not saved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not removed from the checklist template.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été retiré du modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. Make it optional instead of removing it.</source>
        <translation>Affaires ayant répondu&#xa0;: %1. Rendez-le facultatif au lieu de le retirer.</translation>
    </message>
    <message>
        <source>Answered on deals: %1. It is optional already, so it holds no deal up; keep it for their answers.</source>
        <translation>Affaires ayant répondu&#xa0;: %1. Il est déjà facultatif et ne bloque donc aucune affaire&#xa0;; conservez-le pour leurs réponses.</translation>
    </message>
    <message>
        <source>An item is put back under the key it had; this one has none.</source>
        <translation>Un élément est rétabli sous la clé qu&apos;il avait&#xa0;; celui-ci n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not put back into the checklist template.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été rétabli dans le modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>The item was not moved.</source>
        <translation>L&apos;élément n&apos;a pas été déplacé.</translation>
    </message>
    <message>
        <source>The checklist template has no item with id %1; it may have been removed.</source>
        <translation>Le modèle de liste de contrôle ne contient aucun élément avec l&apos;identifiant %1&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not moved.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été déplacé.</translation>
    </message>
    <message>
        <source>It is already the first item of &quot;%1&quot;.</source>
        <translation>C&apos;est déjà le premier élément de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>It is already the last item of &quot;%1&quot;.</source>
        <translation>C&apos;est déjà le dernier élément de «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated and cannot act.</source>
        <translation>Le compte de %1 &lt;%2&gt; est désactivé et ne peut effectuer aucune action.</translation>
    </message>
    <message>
        <source>Could not write to standard output: %1.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add --force to replace it.</source>
        <translation>Ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --%2; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide pour --%2&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>La période commence le %1, après son dernier jour, le %2.</translation>
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
        <source>The database: a file, or a team server&apos;s postgresql://[user@]host[:port]/name (default: %1).</source>
        <translation>La base de données&#xa0;: un fichier, ou l&apos;adresse postgresql://[utilisateur@]hôte[:port]/nom d&apos;un serveur d&apos;équipe (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The database is busy: waiting for another program to finish its change…</source>
        <translation>La base de données est occupée&#xa0;: attente de la fin de la modification d’un autre programme…</translation>
    </message>
    <message>
        <source>Start a team&apos;s database with &apos;%1 init --name NAME --email EMAIL&apos;.</source>
        <translation>Créez la base de données d&apos;une équipe avec «&#xa0;%1 init --name NOM --email E-MAIL&#xa0;».</translation>
    </message>
    <message>
        <source>&apos;%1 user list&apos; shows the team&apos;s people; a team lead adds one with &apos;%1 user add&apos;.</source>
        <translation>«&#xa0;%1 user list&#xa0;» montre les membres de l&apos;équipe&#xa0;; un responsable d&apos;équipe en ajoute avec «&#xa0;%1 user add&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs an action: %2.</source>
        <translation>%1 attend une action&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of %2. Actions: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de %2. Actions&#xa0;: %3.</translation>
    </message>
    <message>
        <source>--%1 does not apply to &apos;%2 %3&apos;.</source>
        <translation>--%1 ne s&apos;applique pas à «&#xa0;%2 %3&#xa0;».</translation>
    </message>
    <message>
        <source>at most this many %1.</source>
        <translation>au plus ce nombre (%1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only the %1 after this id (the last id of the previous part).</source>
        <translation>seulement les %1 après cet identifiant (le dernier identifiant de la partie précédente).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for --%2: write a whole number of %3 or more.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre pour --%2&#xa0;: indiquez un nombre entier supérieur ou égal à %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an action of a command, what an option does for it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upgrading &apos;%1&apos; from schema version %2 to %3. On a large database this takes minutes…</source>
        <translation>Mise à jour de «&#xa0;%1&#xa0;» de la version de schéma %2 à la %3. Sur une grande base de données, cela prend quelques minutes…</translation>
    </message>
    <message>
        <source>%1&apos;s login on the server is &apos;%2&apos;. It has no password yet: the server&apos;s administrator gives it one (in psql: \password %2) or lets it in by peer or certificate login (pg_hba.conf). %1 then changes it with \password in psql and opens the team&apos;s database with --database %3.</source>
        <translation>L’identifiant de %1 sur le serveur est «&#xa0;%2&#xa0;». Il n’a pas encore de mot de passe&#xa0;: l’administration du serveur lui en donne un (dans psql&#xa0;: \password %2) ou l’admet par connexion peer ou par certificat (pg_hba.conf). %1 le change ensuite avec \password dans psql et ouvre la base de l’équipe avec --database %3.</translation>
    </message>
    <message>
        <source>You are connected to the team&apos;s server as %1 &lt;%2&gt;, so you act as yourself: --as cannot name someone else.</source>
        <translation>Vous êtes connecté au serveur de l’équipe en tant que %1 &lt;%2&gt;, vous agissez donc en votre propre nom&#xa0;: --as ne peut pas nommer quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Name the person who acts with --as EMAIL: on this database your login is no person of the team.</source>
        <translation>Indiquez avec --as COURRIEL qui agit&#xa0;: dans cette base, votre identifiant n’est pas une personne de l’équipe.</translation>
    </message>
</context>
<context>
    <name>CommentService</name>
    <message>
        <source>%1 cannot comment: the account is deactivated.</source>
        <translation>%1 ne peut pas commenter&#xa0;: le compte utilisateur est désactivé.</translation>
    </message>
    <message>
        <source>The comment was not added: it is empty.</source>
        <translation>Le commentaire n&apos;a pas été ajouté&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Le commentaire</translation>
    </message>
    <message>
        <source>The comment was not added.</source>
        <translation>Le commentaire n&apos;a pas été ajouté.</translation>
    </message>
</context>
<context>
    <name>ContactEdits</name>
    <message>
        <source>The person is no longer on the deal as %1; someone else changed the contacts.</source>
        <translation>La personne ne figure plus sur l&apos;affaire en tant que %1&#xa0;; quelqu&apos;un d&apos;autre a modifié les contacts.</translation>
    </message>
    <message>
        <source>The deal no longer has a %1 channel; someone else changed the channels.</source>
        <translation>L&apos;affaire n&apos;a plus de canal %1&#xa0;; quelqu&apos;un d&apos;autre a modifié les canaux.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere after you opened it.</source>
        <translation>%1 a été modifié ailleurs après son ouverture.</translation>
    </message>
    <message>
        <source>Add contact “%1”</source>
        <translation>Ajouter le contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit contact “%1”</source>
        <translation>Modifier le contact «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1” from the deal</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de l&apos;affaire</translation>
    </message>
    <message>
        <source>The %1 channel</source>
        <translation>Le canal %1</translation>
    </message>
    <message>
        <source>Add channel %1</source>
        <translation>Ajouter le canal %1</translation>
    </message>
    <message>
        <source>Edit channel %1</source>
        <translation>Modifier le canal %1</translation>
    </message>
    <message>
        <source>Remove channel %1</source>
        <translation>Supprimer le canal %1</translation>
    </message>
    <message>
        <source>Make %1 the preferred channel</source>
        <translation>Faire du canal %1 le canal préféré</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la sous la forme nom@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them, and &quot;ext&quot; before an extension.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;; utilisez de %2 à %3 chiffres séparés par + ( ) - . / ou des espaces, et «&#xa0;ext&#xa0;» avant un numéro de poste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone; use a name such as Europe/Berlin or America/New_York.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;; utilisez un nom tel que Europe/Berlin ou America/New_York.</translation>
    </message>
    <message>
        <source>Support changes a deal&apos;s contacts and channels only as the deal&apos;s owner, once it has accepted the handoff.</source>
        <translation>Le support ne modifie les contacts et les canaux d&apos;une affaire qu&apos;en tant que responsable de l&apos;affaire, une fois le transfert accepté.</translation>
    </message>
    <message>
        <source>%1 was not added to the deal.</source>
        <translation>%1 n&apos;a pas pu être ajouté à l&apos;affaire.</translation>
    </message>
    <message>
        <source>%1 is already the deal&apos;s %2.</source>
        <translation>%1 est déjà %2 de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The contact was not added.</source>
        <translation>Le contact n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>%1 works for another customer than the one of &quot;%2&quot;.</source>
        <translation>%1 travaille pour un autre client que celui de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The contact was not changed.</source>
        <translation>Le contact n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not on the deal &quot;%2&quot;.</source>
        <translation>%1 ne figure pas sur l&apos;affaire «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The role was not changed.</source>
        <translation>Le rôle n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The contact was not removed from the deal.</source>
        <translation>Le contact n&apos;a pas été retiré de l&apos;affaire.</translation>
    </message>
    <message>
        <source>%1 is the answer to the checklist item &quot;%2&quot;; choose someone else there first.</source>
        <translation>%1 est la réponse à l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle&#xa0;; choisissez d&apos;abord quelqu&apos;un d&apos;autre à cet endroit.</translation>
    </message>
    <message>
        <source>Enter where the customer is reached by %1: a number, an address or a link.</source>
        <translation>Indiquez où joindre le client par %1&#xa0;: un numéro, une adresse ou un lien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; write it as support@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;; écrivez-la sous la forme support@example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone&#xa0;; utilisez de %2 à %3 chiffres séparés par + ( ) - . / ou des espaces.</translation>
    </message>
    <message>
        <source>The channel was not added.</source>
        <translation>Le canal n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The deal already has a %1 channel (%2); change that one instead.</source>
        <translation>L&apos;affaire a déjà un canal %1 (%2)&#xa0;; modifiez plutôt celui-ci.</translation>
    </message>
    <message>
        <source>The channel was not changed.</source>
        <translation>Le canal n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The channel was not removed.</source>
        <translation>Le canal n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>The preferred channel was not changed.</source>
        <translation>Le canal préféré n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The job title</source>
        <translation>La fonction</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>L&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Le numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>CsatCommand</name>
    <message>
        <source>Records the customer&apos;s satisfaction (1 to 5) with a fulfilled deal: DEAL_ID SCORE --as EMAIL [--note TEXT] [--date DATE]. A new score replaces the deal&apos;s earlier one, which stays in its history.</source>
        <translation>Enregistre la satisfaction du client (de 1 à 5) concernant une affaire réalisée&#xa0;: ID_AFFAIRE SCORE --as E-MAIL [--note TEXTE] [--date DATE]. Un nouveau score remplace le score précédent de l&apos;affaire, qui reste dans son historique.</translation>
    </message>
    <message>
        <source>The deal&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;affaire.</translation>
    </message>
    <message>
        <source>DEAL_ID</source>
        <translation>ID_AFFAIRE</translation>
    </message>
    <message>
        <source>The score, a whole number from 1 to 5.</source>
        <translation>Le score, un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>The email of the user who records it: the deal&apos;s support owner or a lead.</source>
        <translation>L&apos;adresse e-mail de l&apos;utilisateur qui l&apos;enregistre&#xa0;: le responsable du support de l&apos;affaire ou un chef d&apos;équipe.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>What the customer said.</source>
        <translation>Ce que le client a dit.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The day the customer gave the score, YYYY-MM-DD (default: today).</source>
        <translation>Le jour où le client a donné le score, au format AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>csat needs a deal id and a score.</source>
        <translation>csat attend un identifiant d&apos;affaire et un score.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;affaire&#xa0;: les identifiants sont des nombres entiers supérieurs à 0.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a score: give a whole number from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un score&#xa0;: indiquez un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date for --date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide pour --date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>csat needs --as EMAIL: the user who records the score.</source>
        <translation>csat attend --as E-MAIL&#xa0;: l&apos;utilisateur qui enregistre le score.</translation>
    </message>
    <message>
        <source>Deal %1: customer satisfaction %2 of %3, given on %4.</source>
        <translation>Affaire %1&#xa0;: satisfaction du client %2 sur %3, donnée le %4.</translation>
    </message>
</context>
<context>
    <name>CsatService</name>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can record the customer&apos;s satisfaction with &quot;%1&quot;.</source>
        <translation>Seul le responsable du support de l&apos;affaire ou un chef d&apos;équipe peut enregistrer la satisfaction du client concernant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; customer satisfaction is recorded once it is fulfilled.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; la satisfaction du client est enregistrée une fois le transfert réalisé.</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction with &quot;%1&quot; was not recorded.</source>
        <translation>La satisfaction du client concernant «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A satisfaction score is a whole number from %1 to %2; %3 is not one.</source>
        <translation>Un score de satisfaction est un nombre entier de %1 à %2&#xa0;; %3 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is in the future.</source>
        <translation>La date du score, %1, est dans le futur.</translation>
    </message>
    <message>
        <source>The score&apos;s date %1 is before the deal closed on %2.</source>
        <translation>La date du score, %1, est antérieure à la conclusion de l&apos;affaire, le %2.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not open for reading.</source>
        <translation>Le fichier n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>The encoding &quot;%1&quot; is not supported; use utf-8, windows-1252 or latin-1.</source>
        <translation>L&apos;encodage «&#xa0;%1&#xa0;» n&apos;est pas pris en charge&#xa0;; utilisez utf-8, windows-1252 ou latin-1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot separate the columns; use a comma, a semicolon, a tab or another plain character that is not a quote or a line break.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas séparer les colonnes&#xa0;; utilisez une virgule, un point-virgule, une tabulation ou un autre caractère simple qui ne soit ni un guillemet ni un saut de ligne.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;), which cannot be read; save it again as &quot;CSV UTF-8&quot; or plain CSV.</source>
        <translation>Le fichier est enregistré en UTF-16 («&#xa0;Texte Unicode&#xa0;»), qui ne peut pas être lu&#xa0;; enregistrez-le de nouveau au format «&#xa0;CSV UTF-8&#xa0;» ou en CSV simple.</translation>
    </message>
    <message>
        <source>The file could not be read after line %1: %2</source>
        <translation>Le fichier n&apos;a pas pu être lu après la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file; a closing quote is missing in that line or a quote inside the field is not written twice (&quot;&quot;)</source>
        <translation>ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier&#xa0;; il manque un guillemet fermant dans cette ligne ou un guillemet à l&apos;intérieur du champ n&apos;est pas doublé (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: column %2 has text after its closing quote; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>ligne %1&#xa0;: la colonne %2 contient du texte après son guillemet fermant&#xa0;; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être doublé (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is busy or locked by another program. Try again in a moment, or close the other program.</source>
        <translation>Impossible de %1&#xa0;: la base de données «&#xa0;%2&#xa0;» est occupée ou verrouillée par un autre programme. Réessayez dans un instant ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; cannot be written (%3).</source>
        <translation>Impossible de %1&#xa0;: la base de données «&#xa0;%2&#xa0;» n&apos;est pas accessible en écriture (%3).</translation>
    </message>
    <message>
        <source>Could not %1: the database &apos;%2&apos; is damaged (%3). Restore it from a backup.</source>
        <translation>Impossible de %1&#xa0;: la base de données «&#xa0;%2&#xa0;» est endommagée (%3). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1&#xa0;: %2.</translation>
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
        <translation>a été écrit par une version plus récente de Handoff (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2). Mettez à jour Handoff pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>does not exist.</source>
        <translation>n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot be opened: %1.</source>
        <translation>ne peut pas être ouvert&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Handoff did not upgrade &apos;%1&apos; because it could not first make a backup copy: %2</source>
        <translation>Handoff n&apos;a pas mis à jour «&#xa0;%1&#xa0;», car il n&apos;a pas pu en faire d&apos;abord une copie de sauvegarde&#xa0;: %2</translation>
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
        <source>already exists. Choose a new name: a backup never overwrites a file.</source>
        <translation>existe déjà. Choisissez un nouveau nom&#xa0;: une sauvegarde n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>ne peut pas être créé&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>sauvegarder la base de données</translation>
    </message>
    <message>
        <source>back up the database to &apos;%1&apos;</source>
        <translation>sauvegarder la base de données dans «&#xa0;%1&#xa0;»</translation>
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
    <message>
        <source>Handoff cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Handoff ne peut pas joindre les serveurs PostgreSQL&#xa0;: le pilote PostgreSQL de Qt n&apos;est pas installé (Debian&#xa0;: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the server &apos;%1&apos;: %2</source>
        <translation>Impossible de se connecter au serveur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>set up the connection</source>
        <translation>configurer la connexion</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server belongs to another application: it has tables, but not Handoff&apos;s.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur appartient à une autre application&#xa0;: elle contient des tables, mais pas celles de Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is empty, not a Handoff database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur est vide et n&apos;est pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server is not a Handoff database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur n&apos;est pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>The database &apos;%1&apos; on the server was written by a newer version of Handoff (schema %2; this version reads up to %3). Update Handoff to open it.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» sur le serveur a été écrite par une version plus récente de Handoff (schéma %2&#xa0;; cette version lit jusqu&apos;au schéma %3). Mettez à jour Handoff pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The change was not saved: one of its steps failed on the server, so all of it was taken back.</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: l&apos;une de ses étapes a échoué sur le serveur, elle a donc été entièrement annulée.</translation>
    </message>
    <message>
        <source>cannot be created: its write-ahead log was not written back.</source>
        <translation>ne peut pas être créé&#xa0;: son journal d&apos;écriture anticipée n&apos;a pas été reporté dans le fichier.</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; was found damaged by the check of %2. Restore it from a backup; &apos;handoff check&apos; lists the damage, and opens the file again once a check finds none.</source>
        <translation>La vérification du %2 a trouvé le fichier «&#xa0;%1&#xa0;» endommagé. Restaurez-le depuis une sauvegarde&#xa0;; «&#xa0;handoff check&#xa0;» liste les dégâts et rouvre le fichier dès qu’une vérification n’en trouve plus.</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>The file &apos;%1&apos; %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» %2</translation>
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
        <translation>ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>is empty: it is not a Handoff database.</source>
        <translation>est vide&#xa0;: ce n&apos;est pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is not a Handoff database: it is not an SQLite database at all (a text file, a document or a damaged file?).</source>
        <translation>n&apos;est pas une base de données Handoff&#xa0;: ce n&apos;est même pas une base de données SQLite (un fichier texte, un document ou un fichier endommagé&#xa0;?).</translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Handoff database.</source>
        <translation>est une base de données SQLite d&apos;une autre application, pas une base de données Handoff.</translation>
    </message>
    <message>
        <source>is read-only. Handoff needs to write to its database: make the file writable or open a copy.</source>
        <translation>est en lecture seule. Handoff doit pouvoir écrire dans sa base de données&#xa0;: rendez le fichier accessible en écriture ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>is in a folder that cannot be written (&apos;%1&apos;). Handoff keeps a write-ahead log next to the database and needs to write there.</source>
        <translation>se trouve dans un dossier non accessible en écriture («&#xa0;%1&#xa0;»). Handoff tient un journal d&apos;écriture anticipée (WAL) à côté de la base de données et doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; does not exist.</source>
        <translation>ne peut pas être créé&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot be created: the folder &apos;%1&apos; cannot be written.</source>
        <translation>ne peut pas être créé&#xa0;: le dossier «&#xa0;%1&#xa0;» n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>cannot be created: %1.</source>
        <translation>ne peut pas être créé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>cannot be made private to its owner: %1.</source>
        <translation>ne peut pas être réservé à son seul propriétaire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is on a network file system (%2). Handoff&apos;s database needs a local disk: on a network share two computers can damage it. Keep the file on this computer and use backups to share it.</source>
        <translation>«&#xa0;%1&#xa0;» se trouve sur un système de fichiers réseau (%2). La base de données de Handoff nécessite un disque local&#xa0;: sur un partage réseau, deux ordinateurs peuvent l&apos;endommager. Conservez le fichier sur cet ordinateur et utilisez des sauvegardes pour le partager.</translation>
    </message>
    <message>
        <source>is damaged. Restore it from a backup; &apos;handoff check&apos; lists the damage.</source>
        <translation>est endommagé. Restaurez-le depuis une sauvegarde&#xa0;; «&#xa0;handoff check&#xa0;» liste les dégâts.</translation>
    </message>
    <message>
        <source>is damaged: it is shorter than its header says (%1 of %2 bytes), as if it was cut off. Restore it from a backup.</source>
        <translation>est endommagé&#xa0;: il est plus court que ne l’indique son en-tête (%1 sur %2 octets), comme s’il avait été coupé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>DateFields</name>
    <message>
        <source>Not set</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Set to the earliest date to clear it</source>
        <translation>Choisissez la date la plus ancienne pour l&apos;effacer</translation>
    </message>
</context>
<context>
    <name>DealCommand</name>
    <message>
        <source>Lists deals, shows one, and moves a handoff through its workflow: list, show ID, submit ID, return ID, accept ID, fulfil ID.</source>
        <translation>Liste les affaires, en affiche une et fait avancer un transfert dans son processus&#xa0;: list, show ID, submit ID, return ID, accept ID, fulfil ID.</translation>
    </message>
    <message>
        <source>list, show, submit, return, accept or fulfil.</source>
        <translation>list, show, submit, return, accept ou fulfil.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The deal&apos;s id (all actions but list).</source>
        <translation>L&apos;identifiant de l&apos;affaire (toutes les actions sauf list).</translation>
    </message>
    <message>
        <source>[ID]</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>list: only deals in this state (%1).</source>
        <translation>list&#xa0;: uniquement les affaires dans cet état (%1).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>list, show: print JSON instead of text.</source>
        <translation>list, show&#xa0;: afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>submit, return, accept, fulfil: the email of the user who acts.</source>
        <translation>submit, return, accept, fulfil&#xa0;: l&apos;adresse e-mail de l&apos;utilisateur qui effectue l&apos;action.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>return: why the handoff goes back (%1).</source>
        <translation>return&#xa0;: pourquoi le transfert est renvoyé (%1).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>return: what sales has to do.</source>
        <translation>return&#xa0;: ce que les ventes doivent faire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>deal list takes no other argument.</source>
        <translation>deal list n&apos;accepte aucun autre argument.</translation>
    </message>
    <message>
        <source>deal %1 needs exactly one deal id.</source>
        <translation>deal %1 attend exactement un identifiant d&apos;affaire.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a deal id: ids are whole numbers above 0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;affaire&#xa0;: les identifiants sont des nombres entiers supérieurs à 0.</translation>
    </message>
    <message>
        <source>deal %1 needs --as EMAIL: the user who acts.</source>
        <translation>deal %1 attend --as E-MAIL&#xa0;: l&apos;utilisateur qui effectue l&apos;action.</translation>
    </message>
    <message>
        <source>deal return needs --reason CODE, one of: %1.</source>
        <translation>deal return attend --reason CODE, avec l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a return reason. Reasons: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un motif de renvoi. Motifs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state. States: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un état. États&#xa0;: %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>COMPTE</translation>
    </message>
    <message>
        <source>SALES REP</source>
        <translation>COMMERCIAL</translation>
    </message>
    <message>
        <source>Deal %1: %2 (%3)</source>
        <translation>Affaire %1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sales rep: %1</source>
        <translation>Commercial&#xa0;: %1</translation>
    </message>
    <message>
        <source>Support owner: %1</source>
        <translation>Responsable du support&#xa0;: %1</translation>
    </message>
    <message>
        <source>Closed won: %1, amount %2</source>
        <translation>Gagnée le %1, montant %2</translation>
    </message>
    <message>
        <source>Checklist: %1 of %2 required items answered, %3 of %4 in all</source>
        <translation>Liste de contrôle&#xa0;: %1 éléments obligatoires renseignés sur %2, %3 sur %4 au total</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>Engagements&#xa0;:</translation>
    </message>
    <message>
        <source>  #%1 %2: %3, due %4; feasibility %5; review %6; %7</source>
        <translation>  #%1 %2&#xa0;: %3, échéance le %4&#xa0;; faisabilité&#xa0;: %5&#xa0;; examen&#xa0;: %6&#xa0;; %7</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Tâches&#xa0;:</translation>
    </message>
    <message>
        <source>  #%1 %2, %3, due %4; %5</source>
        <translation>  #%1 %2, %3, échéance le %4&#xa0;; %5</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Deal %1 &apos;%2&apos; is now %3.</source>
        <translation>L&apos;affaire %1 «&#xa0;%2&#xa0;» est maintenant à l&apos;état «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Promise added</source>
        <translation>Engagement ajouté</translation>
    </message>
    <message>
        <source>Promise removed</source>
        <translation>Engagement supprimé</translation>
    </message>
    <message>
        <source>Promise changed</source>
        <translation>Engagement modifié</translation>
    </message>
    <message>
        <source>Contact added</source>
        <translation>Contact ajouté</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>Contact supprimé</translation>
    </message>
    <message>
        <source>Channel added</source>
        <translation>Canal ajouté</translation>
    </message>
    <message>
        <source>Channel removed</source>
        <translation>Canal supprimé</translation>
    </message>
    <message>
        <source>Channel changed</source>
        <translation>Canal modifié</translation>
    </message>
    <message>
        <source>Changes since the last submission:</source>
        <translation>Modifications depuis la dernière soumission&#xa0;:</translation>
    </message>
    <message>
        <source>  %1 %2: %3 → %4</source>
        <translation>  %1 %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>affaires</translation>
    </message>
</context>
<context>
    <name>DealImportStore</name>
    <message>
        <source>it names no sales rep, and the importing user is not in sales</source>
        <translation>aucun commercial n&apos;est indiqué et l&apos;utilisateur qui importe ne fait pas partie des ventes</translation>
    </message>
    <message>
        <source>the sales rep&apos;s email &apos;%1&apos; is not an email address</source>
        <translation>l&apos;adresse e-mail du commercial «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>the sales rep %1 is a support user in Handoff, and support cannot own a deal</source>
        <translation>le commercial %1 est un utilisateur du support dans Handoff, et le support ne peut pas être titulaire d&apos;une affaire</translation>
    </message>
    <message>
        <source>The deal %1 disappeared during the import.</source>
        <translation>L&apos;affaire %1 a disparu pendant l&apos;import.</translation>
    </message>
</context>
<context>
    <name>DealImporter</name>
    <message>
        <source>imported from %1</source>
        <translation>importé depuis %1</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>%1 cannot import deals: only an active sales rep or team lead can.</source>
        <translation>%1 ne peut pas importer d&apos;affaires&#xa0;: seul un commercial ou un chef d&apos;équipe actif peut le faire.</translation>
    </message>
    <message>
        <source>The file to import is not open for reading.</source>
        <translation>Le fichier à importer n&apos;est pas ouvert en lecture.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>Le fichier est vide&#xa0;: un export commence par une ligne contenant les noms des colonnes.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the row has %1 fields but the header has %2</source>
        <translation>la ligne contient %1 champs, mais l&apos;en-tête en contient %2</translation>
    </message>
    <message>
        <source>No column gives the deals&apos; names: each deal is named after its account and products, such as &quot;%1&quot;.</source>
        <translation>Aucune colonne ne donne le nom des affaires&#xa0;: chaque affaire est nommée d&apos;après son compte et ses produits, par exemple «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Contact cells are read as lists of people such as &quot;Jane Doe (jane@acme.com); Bo Li (bo@acme.com)&quot;: the first person of each is imported, the email in brackets apart from the name.</source>
        <translation>Les cellules de contact sont lues comme des listes de personnes, par exemple «&#xa0;Jane Doe (jane@acme.com); Bo Li (bo@acme.com)&#xa0;»&#xa0;: la première personne de chacune est importée, l&apos;adresse entre parenthèses séparée du nom.</translation>
    </message>
    <message>
        <source>Rows whose contact cell named more than one person: %1; the first person of each was imported.</source>
        <translation>Lignes dont la cellule de contact nommait plusieurs personnes&#xa0;: %1&#xa0;; la première personne de chacune a été importée.</translation>
    </message>
    <message>
        <source>the row holds %1 characters that are not UTF-8; save the file as UTF-8, or choose the encoding it was saved in (windows-1252 or latin-1)</source>
        <translation>la ligne contient %1 caractères qui ne sont pas de l&apos;UTF-8&#xa0;; enregistrez le fichier en UTF-8 ou choisissez l&apos;encodage dans lequel il a été enregistré (windows-1252 ou latin-1)</translation>
    </message>
</context>
<context>
    <name>DealListScope</name>
    <message>
        <source>My handoffs</source>
        <translation>Mes transferts</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File d&apos;examen</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Toutes les affaires</translation>
    </message>
    <message>
        <source>Your deals whose handoff is not fulfilled or cancelled yet.</source>
        <translation>Vos affaires dont le transfert n&apos;est pas encore réalisé ou annulé.</translation>
    </message>
    <message>
        <source>The accepted deals you own as support.</source>
        <translation>Les affaires acceptées dont vous êtes responsable au support.</translation>
    </message>
    <message>
        <source>Every handoff that is not fulfilled or cancelled yet.</source>
        <translation>Tous les transferts qui ne sont pas encore réalisés ou annulés.</translation>
    </message>
    <message>
        <source>Submitted handoffs waiting for review, the longest waiting first.</source>
        <translation>Les transferts soumis en attente d&apos;examen, les plus anciens en premier.</translation>
    </message>
    <message>
        <source>Your accepted deals, whose promises are being fulfilled.</source>
        <translation>Vos affaires acceptées, dont les engagements sont en cours de réalisation.</translation>
    </message>
    <message>
        <source>Accepted deals, whose promises are being fulfilled.</source>
        <translation>Les affaires acceptées, dont les engagements sont en cours de réalisation.</translation>
    </message>
    <message>
        <source>Every deal, the most recently closed first.</source>
        <translation>Toutes les affaires, les plus récemment conclues en premier.</translation>
    </message>
</context>
<context>
    <name>DealReport</name>
    <message>
        <source>Handoff report</source>
        <translation>Rapport de transfert</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Closed won</source>
        <translation>Date de conclusion</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Date cible de mise en service</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Référence CRM</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfaction client</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts are recorded for this deal.</source>
        <translation>Aucun contact n&apos;est enregistré pour cette affaire.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>Why they bought and how they judge success</source>
        <translation>Raison de l&apos;achat et critères de réussite</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Raison de l&apos;achat</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Risques connus</translation>
    </message>
    <message>
        <source>Not written down.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>Handoff report: %1 — %2</source>
        <translation>Rapport de transfert&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>Handoff checklist</source>
        <translation>Liste de contrôle du transfert</translation>
    </message>
    <message>
        <source>Required items answered: %1 of %2.</source>
        <translation>Éléments obligatoires renseignés&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manquants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Missing (required)</source>
        <translation>Manquant (obligatoire)</translation>
    </message>
    <message>
        <source>Promises made to the customer (%1)</source>
        <translation>Engagements pris envers le client (%1)</translation>
    </message>
    <message>
        <source>No promises are recorded for this deal.</source>
        <translation>Aucun engagement n&apos;est consigné pour cette affaire.</translation>
    </message>
    <message>
        <source>%1 blocked by the capability catalog, %2 that support cannot fulfil, %3 still open.</source>
        <translation>Bloqués par le catalogue des capacités&#xa0;: %1&#xa0;; impossibles à honorer selon le support&#xa0;: %2&#xa0;; encore ouverts&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Customer&apos;s words: “%1”</source>
        <translation>Mots du client&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Fulfilment plan</source>
        <translation>Plan de réalisation</translation>
    </message>
    <message>
        <source>No fulfilment tasks yet: support plans them when it accepts the handoff.</source>
        <translation>Aucune tâche de réalisation pour l&apos;instant&#xa0;: le support les planifie lorsqu&apos;il accepte le transfert.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Pour l&apos;engagement</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Handoff history</source>
        <translation>Historique du transfert</translation>
    </message>
    <message>
        <source>The handoff has not been submitted yet.</source>
        <translation>Le transfert n&apos;a pas encore été soumis.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>By signing, sales confirms that every promise made to the customer is listed above, and support confirms that it has reviewed them and takes the account.</source>
        <translation>En signant, les ventes confirment que tous les engagements pris envers le client figurent ci-dessus, et le support confirme les avoir examinés et prend en charge le compte.</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prefers %1</source>
        <translation>Préfère %1</translation>
    </message>
    <message>
        <source>See the deal&apos;s %1 above</source>
        <translation>Voir %1 de l’affaire plus haut</translation>
    </message>
</context>
<context>
    <name>DealService</name>
    <message>
        <source>Enter a title for the deal.</source>
        <translation>Saisissez un titre pour l&apos;affaire.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO code such as USD or EUR.</source>
        <translation>La devise doit être un code ISO à trois lettres, par exemple USD ou EUR.</translation>
    </message>
    <message>
        <source>Enter the date the deal was closed-won.</source>
        <translation>Saisissez la date à laquelle l&apos;affaire a été gagnée.</translation>
    </message>
    <message>
        <source>The contract start is more than a year before the deal was closed.</source>
        <translation>Le début du contrat précède de plus d&apos;un an la conclusion de l&apos;affaire.</translation>
    </message>
    <message>
        <source>The term must be between 1 and %1 months.</source>
        <translation>La durée doit être comprise entre 1 et %1 mois.</translation>
    </message>
    <message>
        <source>%1&apos;s account is deactivated.</source>
        <translation>Le compte de %1 est désactivé.</translation>
    </message>
    <message>
        <source>A %1 handoff is closed; its deal no longer changes.</source>
        <translation>Un transfert %1 est clos&#xa0;; son affaire ne change plus.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead may edit the deal.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut modifier l&apos;affaire.</translation>
    </message>
    <message>
        <source>The handoff is %1: the sales rep edits it only while it is a draft or returned.</source>
        <translation>Le transfert est %1&#xa0;: le commercial ne peut le modifier que lorsqu&apos;il est à l&apos;état brouillon ou renvoyé.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s account name.</source>
        <translation>Saisissez le nom du compte client.</translation>
    </message>
    <message>
        <source>Choose the sales rep who closed the deal.</source>
        <translation>Choisissez le commercial qui a conclu l&apos;affaire.</translation>
    </message>
    <message>
        <source>Another deal (“%1”) already has the CRM reference %2.</source>
        <translation>Une autre affaire («&#xa0;%1&#xa0;») a déjà la référence CRM %2.</translation>
    </message>
    <message>
        <source>Only sales reps and leads create deals.</source>
        <translation>Seuls les commerciaux et les chefs d&apos;équipe créent des affaires.</translation>
    </message>
    <message>
        <source>The deal was not created.</source>
        <translation>L&apos;affaire n&apos;a pas été créée.</translation>
    </message>
    <message>
        <source>The deal was not changed.</source>
        <translation>L&apos;affaire n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>No deal has the id or CRM reference &apos;%1&apos;.</source>
        <translation>Aucune affaire n&apos;a l&apos;identifiant ou la référence CRM «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>The CRM reference</source>
        <translation>La référence CRM</translation>
    </message>
    <message>
        <source>The products or plan</source>
        <translation>Les produits ou l&apos;offre</translation>
    </message>
    <message>
        <source>The reason they bought</source>
        <translation>La raison de l&apos;achat</translation>
    </message>
    <message>
        <source>The success criteria</source>
        <translation>Les critères de réussite</translation>
    </message>
    <message>
        <source>The known risks</source>
        <translation>Les risques connus</translation>
    </message>
    <message>
        <source>The account name</source>
        <translation>Le nom du compte</translation>
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
        <translation>Nombre d&apos;affaires à générer (par défaut&#xa0;: 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the random generator (default: 1).</source>
        <translation>Graine du générateur aléatoire (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>G</translation>
    </message>
    <message>
        <source>--deals takes a whole number from 1 to 10000000, not &apos;%1&apos;.</source>
        <translation>--deals attend un nombre entier de 1 à 10000000, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--seed takes a whole number from 0 to 4294967295, not &apos;%1&apos;.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>Génération des données de démonstration&#xa0;: %1&#xa0;%</translation>
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
        <translation>Impossible de générer les données de démonstration&#xa0;: aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cannot generate %1 demo deals: choose a number from 1 to %2.</source>
        <translation>Impossible de générer %1 affaires de démonstration&#xa0;: choisissez un nombre de 1 à %2.</translation>
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
        <translation>Les données de démonstration ne peuvent aller que dans une base de données vide, or «&#xa0;%1&#xa0;» contient déjà %2. Créez une nouvelle base de données pour la démonstration (par exemple avec --database).</translation>
    </message>
    <message>
        <source>Demo data generation was cancelled; the database was left unchanged.</source>
        <translation>La génération des données de démonstration a été annulée&#xa0;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not write demo deal %1 of %2; nothing was saved. %3</source>
        <translation>Impossible d&apos;écrire l&apos;affaire de démonstration %1 sur %2&#xa0;; rien n&apos;a été enregistré. %3</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Exports deals, promises or fulfilment tasks as CSV (UTF-8 with a byte-order mark, safe to open in a spreadsheet) or JSON (an array of objects with snake_case keys), to standard output or a file.</source>
        <translation>Exporte les affaires, les engagements ou les tâches de réalisation au format CSV (UTF-8 avec indicateur d&apos;ordre des octets, ouverture sans risque dans un tableur) ou JSON (un tableau d&apos;objets avec des clés en snake_case), vers la sortie standard ou un fichier.</translation>
    </message>
    <message>
        <source>What to export: deals, promises or tasks.</source>
        <translation>Ce qui est exporté&#xa0;: deals, promises ou tasks.</translation>
    </message>
    <message>
        <source>deals|promises|tasks</source>
        <translation>deals|promises|tasks</translation>
    </message>
    <message>
        <source>csv or json (default: csv).</source>
        <translation>csv ou json (par défaut&#xa0;: csv).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output. The file appears only once the export is complete.</source>
        <translation>Écrire dans ce fichier au lieu de la sortie standard. Le fichier n&apos;apparaît qu&apos;une fois l&apos;export terminé.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s&apos;il existe.</translation>
    </message>
    <message>
        <source>export needs exactly one table: deals, promises or tasks.</source>
        <translation>export attend exactement une table&#xa0;: deals, promises ou tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be exported; choose deals, promises or tasks.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être exporté&#xa0;; choisissez deals, promises ou tasks.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an export format; choose csv or json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format d&apos;export&#xa0;; choisissez csv ou json.</translation>
    </message>
    <message>
        <source>--force only applies together with -o FILE.</source>
        <translation>--force ne s&apos;applique qu&apos;avec -o FICHIER.</translation>
    </message>
    <message>
        <source>Deals exported to &apos;%1&apos;: %2.</source>
        <translation>Affaires exportées vers «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Promises exported to &apos;%1&apos;: %2.</source>
        <translation>Engagements exportés vers «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tasks exported to &apos;%1&apos;: %2.</source>
        <translation>Tâches exportées vers «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>&apos;%1&apos; is a folder; name a file to export to.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; indiquez un fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists and was left as it is.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not create &apos;%1&apos;: %2. Nothing was exported.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2. Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Nothing was written to &apos;%1&apos;: %2</source>
        <translation>Rien n&apos;a été écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not finish writing &apos;%1&apos;: %2. The file was left as it was.</source>
        <translation>Impossible de terminer l&apos;écriture de «&#xa0;%1&#xa0;»&#xa0;: %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>FeasibilityRules</name>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is planned, not available</source>
        <translation>la capacité «&#xa0;%1&#xa0;» est prévue, mais pas disponible</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is in beta, not generally available</source>
        <translation>la capacité «&#xa0;%1&#xa0;» est en bêta, pas disponible pour tous</translation>
    </message>
    <message>
        <source>a feature promise names no capability from the catalog</source>
        <translation>un engagement de fonctionnalité ne désigne aucune capacité du catalogue</translation>
    </message>
    <message>
        <source>an integration promise names no capability from the catalog</source>
        <translation>un engagement d&apos;intégration ne désigne aucune capacité du catalogue</translation>
    </message>
    <message>
        <source>was due on %1</source>
        <translation>échéance du %1 dépassée</translation>
    </message>
    <message>
        <source>standard lead time is %1</source>
        <translation>le délai standard est de %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>échéance dans %1</translation>
    </message>
    <message>
        <source>due %1 before the contract starts on %2</source>
        <translation>échéance %1 avant le début du contrat, le %2</translation>
    </message>
    <message>
        <source>due the day the contract starts (%1)</source>
        <translation>échéance le jour du début du contrat (%1)</translation>
    </message>
    <message>
        <source>due %1 after the contract starts on %2</source>
        <translation>échéance %1 après le début du contrat, le %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not offered</source>
        <translation>la capacité «&#xa0;%1&#xa0;» n’est pas proposée</translation>
    </message>
</context>
<context>
    <name>FigureChoices</name>
    <message>
        <source>Handoffs returned at least once</source>
        <translation>Transferts renvoyés au moins une fois</translation>
    </message>
    <message>
        <source>All handoffs submitted</source>
        <translation>Tous les transferts soumis</translation>
    </message>
    <message>
        <source>Returned for: %1 (returns: %L2)</source>
        <translation>Renvoyés pour&#xa0;: %1 (renvois&#xa0;: %L2)</translation>
    </message>
    <message>
        <source>Deals scored in the period</source>
        <translation>Affaires ayant reçu un score pendant la période</translation>
    </message>
    <message>
        <source>Deals counted (the numerator)</source>
        <translation>Affaires comptées (le numérateur)</translation>
    </message>
    <message>
        <source>All deals the rate is taken over (the denominator)</source>
        <translation>Toutes les affaires sur lesquelles le taux est calculé (le dénominateur)</translation>
    </message>
    <message>
        <source>Deals counted</source>
        <translation>Affaires comptées</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 % (%2/%3)</source>
        <translation>%1&#xa0;% (%2/%3)</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>aucun affichage disponible pour montrer l&apos;espace de travail (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; pour l&apos;exécuter sans écran, utilisez &apos;xvfb-run -a %1 --demo&apos; ou définissez QT_QPA_PLATFORM=offscreen.</translation>
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
    <message>
        <source>Could not update the promises</source>
        <translation>Impossible de mettre à jour les engagements</translation>
    </message>
    <message>
        <source>Upgrading the database from schema version %1 to %2. On a large database this takes minutes…</source>
        <translation>Mise à jour de la base de données de la version de schéma %1 à la %2. Sur une grande base de données, cela prend quelques minutes…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: ask a team lead to restore your access.</source>
        <translation>%1 &lt;%2&gt; est désactivé&#xa0;: demandez à un responsable d’équipe de rétablir votre accès.</translation>
    </message>
</context>
<context>
    <name>HandoffClock</name>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>Il n&apos;existe aucune affaire avec l&apos;identifiant %1&#xa0;; elle a peut-être été supprimée.</translation>
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
        <translation>Le compte utilisateur de %1 est inactif.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can submit the handoff.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut soumettre le transfert.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a team lead can cancel the handoff.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut annuler le transfert.</translation>
    </message>
    <message>
        <source>Only support or a team lead can return a handoff.</source>
        <translation>Seul le support ou un chef d&apos;équipe peut renvoyer un transfert.</translation>
    </message>
    <message>
        <source>Only support or a team lead can accept a handoff.</source>
        <translation>Seul le support ou un chef d&apos;équipe peut accepter un transfert.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a team lead can mark the handoff fulfilled.</source>
        <translation>Seul le responsable du support de l&apos;affaire ou un chef d&apos;équipe peut marquer le transfert comme réalisé.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a draft or a returned handoff can be submitted.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un brouillon ou un transfert renvoyé peut être soumis.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be returned.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un transfert soumis peut être renvoyé.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a submitted handoff can be accepted.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un transfert soumis peut être accepté.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only a handoff that support has not accepted can be cancelled.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un transfert que le support n&apos;a pas encore accepté peut être annulé.</translation>
    </message>
    <message>
        <source>The handoff is &quot;%1&quot;; only an accepted handoff can be marked fulfilled.</source>
        <translation>Le transfert est à l&apos;état «&#xa0;%1&#xa0;»&#xa0;; seul un transfert accepté peut être marqué comme réalisé.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is not answered.</source>
        <translation>L&apos;élément obligatoire «&#xa0;%1&#xa0;» (%2) de la liste de contrôle n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <source>The deal has no contact; add at least one person support can talk to.</source>
        <translation>L&apos;affaire n&apos;a aucun contact&#xa0;; ajoutez au moins une personne à qui le support peut s&apos;adresser.</translation>
    </message>
    <message>
        <source>Promise %1 has no description.</source>
        <translation>L&apos;engagement %1 n&apos;a pas de description.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has no due date.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» n&apos;a pas de date d&apos;échéance.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is blocked (%2) and needs a justification.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est bloqué (%2) et nécessite une justification.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; has not been reviewed.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» n&apos;a pas été examiné.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; waits for sales to clarify it.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» attend une clarification des ventes.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; cannot be fulfilled: a lead must waive it or sales must renegotiate it.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» ne peut pas être honoré&#xa0;: un chef d&apos;équipe doit l&apos;abandonner ou les ventes doivent le renégocier.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; was broken; only fulfilled or waived promises close a handoff.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» n&apos;a pas été honoré&#xa0;; seuls des engagements honorés ou abandonnés permettent de clore un transfert.</translation>
    </message>
    <message>
        <source>Promise &quot;%1&quot; is not fulfilled yet.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» n&apos;est pas encore honoré.</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; is not done.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s %3, and the deal has none yet.</source>
        <translation>Le point obligatoire «&#xa0;%1&#xa0;» (%2) a pour réponse %3 de l’affaire, et l’affaire n’en a pas encore.</translation>
    </message>
    <message>
        <source>The required checklist item &quot;%1&quot; (%2) is answered by the deal&apos;s field &quot;%3&quot;, which is empty.</source>
        <translation>Le point obligatoire «&#xa0;%1&#xa0;» (%2) a pour réponse le champ «&#xa0;%3&#xa0;» de l’affaire, qui est vide.</translation>
    </message>
</context>
<context>
    <name>HandoffWorkflow</name>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be submitted yet.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» ne peut pas encore être soumis.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be returned.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be accepted yet.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» ne peut pas encore être accepté.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be cancelled.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; cannot be marked fulfilled yet.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» ne peut pas encore être marqué comme réalisé.</translation>
    </message>
    <message>
        <source>Only a team lead can override a handoff decision.</source>
        <translation>Seul un chef d&apos;équipe peut forcer une décision sur un transfert.</translation>
    </message>
    <message>
        <source>An override needs a reason; it is kept in the deal&apos;s history.</source>
        <translation>Forcer une décision nécessite un motif&#xa0;; il est conservé dans l&apos;historique de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Write a note that tells sales what to fix.</source>
        <translation>Rédigez une note indiquant aux ventes ce qu&apos;il faut corriger.</translation>
    </message>
    <message>
        <source>Give the reason the handoff is cancelled.</source>
        <translation>Indiquez pourquoi le transfert est annulé.</translation>
    </message>
    <message>
        <source>The deal &quot;%1&quot; was changed elsewhere while this was being done. Reload it and try again.</source>
        <translation>L&apos;affaire «&#xa0;%1&#xa0;» a été modifiée ailleurs pendant cette opération. Rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>Deliver: %1</source>
        <translation>Livrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
</context>
<context>
    <name>HistoryFormatter</name>
    <message>
        <source>%1 created the deal &apos;%2&apos;</source>
        <translation>%1 a créé l&apos;affaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 submitted the handoff</source>
        <translation>%1 a soumis le transfert</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2</source>
        <translation>%1 a renvoyé le transfert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 returned the handoff: %2 — %3</source>
        <translation>%1 a renvoyé le transfert&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner</source>
        <translation>%1 a accepté le transfert et en a pris la responsabilité</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (1 task generated)</source>
        <translation>%1 a accepté le transfert et en a pris la responsabilité (1 tâche générée)</translation>
    </message>
    <message>
        <source>%1 accepted the handoff and became its owner (%2 tasks generated)</source>
        <translation>%1 a accepté le transfert et en a pris la responsabilité (%2 tâches générées)</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff</source>
        <translation>%1 a annulé le transfert</translation>
    </message>
    <message>
        <source>%1 cancelled the handoff: %2</source>
        <translation>%1 a annulé le transfert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 marked the handoff fulfilled</source>
        <translation>%1 a marqué le transfert comme réalisé</translation>
    </message>
    <message>
        <source>%1 overrode the rules and moved the handoff to %2: %3</source>
        <translation>%1 a outrepassé les règles et fait passer le transfert à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 deleted the deal</source>
        <translation>%1 a supprimé l&apos;affaire</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>référence CRM</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>closed-won date</source>
        <translation>date de conclusion</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>début du contrat</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>durée en mois</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>support owner</source>
        <translation>responsable du support</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>date cible de mise en service</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>critères de réussite</translation>
    </message>
    <message>
        <source>reason for buying</source>
        <translation>raison de l&apos;achat</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>risques connus</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>%1 set the deal&apos;s %2 to %3</source>
        <translation>%1 a renseigné le champ «&#xa0;%2&#xa0;» de l&apos;affaire&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cleared the deal&apos;s %2 (was %3)</source>
        <translation>%1 a vidé le champ «&#xa0;%2&#xa0;» de l&apos;affaire (ancienne valeur&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1 changed the deal&apos;s %2 from %3 to %4</source>
        <translation>%1 a modifié le champ «&#xa0;%2&#xa0;» de l&apos;affaire&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>%1 added the promise &apos;%2&apos;</source>
        <translation>%1 a ajouté l&apos;engagement «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3</source>
        <translation>%1 a examiné l&apos;engagement «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 reviewed the promise &apos;%2&apos;: %3 — %4</source>
        <translation>%1 a examiné l&apos;engagement «&#xa0;%2&#xa0;»&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>%1 answered the clarification of the promise &apos;%2&apos;: %3</source>
        <translation>%1 a répondu à la demande de clarification sur l&apos;engagement «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 waived the promise &apos;%2&apos;: %3</source>
        <translation>%1 a abandonné l&apos;engagement «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 marked the promise &apos;%2&apos; fulfilled</source>
        <translation>%1 a marqué l&apos;engagement «&#xa0;%2&#xa0;» comme honoré</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; was broken: its due date passed</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» n&apos;a pas été honoré&#xa0;: sa date d&apos;échéance est passée</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est désormais évalué «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The promise &apos;%1&apos; is now rated %2: %3</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est désormais évalué «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 removed the promise &apos;%2&apos;</source>
        <translation>%1 a supprimé l&apos;engagement «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 reworded the promise &apos;%2&apos; as &apos;%3&apos;</source>
        <translation>%1 a reformulé l&apos;engagement «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>customer&apos;s words</source>
        <translation>mots du client</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date d&apos;échéance</translation>
    </message>
    <message>
        <source>feasibility</source>
        <translation>faisabilité</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>review</source>
        <translation>examen</translation>
    </message>
    <message>
        <source>fulfilment</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>%1 changed the promise &apos;%2&apos;</source>
        <translation>%1 a modifié l&apos;engagement «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed the %2 of the promise &apos;%3&apos; from %4 to %5</source>
        <translation>%1 a modifié le champ «&#xa0;%2&#xa0;» de l&apos;engagement «&#xa0;%3&#xa0;»&#xa0;: %4 → %5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 added the task &apos;%2&apos;</source>
        <translation>%1 a ajouté la tâche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 removed the task &apos;%2&apos;</source>
        <translation>%1 a supprimé la tâche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 set the task &apos;%2&apos; to %3</source>
        <translation>%1 a fait passer la tâche «&#xa0;%2&#xa0;» à l&apos;état «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 unassigned the task &apos;%2&apos;</source>
        <translation>%1 a retiré l&apos;attribution de la tâche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 assigned the task &apos;%2&apos; to %3</source>
        <translation>%1 a attribué la tâche «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>%1 moved the due date of the task &apos;%2&apos; to %3</source>
        <translation>%1 a reporté l&apos;échéance de la tâche «&#xa0;%2&#xa0;» au %3</translation>
    </message>
    <message>
        <source>%1 cleared the done date of the task &apos;%2&apos;</source>
        <translation>%1 a effacé la date d&apos;achèvement de la tâche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 recorded the task &apos;%2&apos; as done on %3</source>
        <translation>%1 a enregistré la tâche «&#xa0;%2&#xa0;» comme terminée le %3</translation>
    </message>
    <message>
        <source>%1 renamed the task &apos;%2&apos; to &apos;%3&apos;</source>
        <translation>%1 a renommé la tâche «&#xa0;%2&#xa0;» en «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed the task &apos;%2&apos;</source>
        <translation>%1 a modifié la tâche «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 added a comment</source>
        <translation>%1 a ajouté un commentaire</translation>
    </message>
    <message>
        <source>%1 deleted a comment</source>
        <translation>%1 a supprimé un commentaire</translation>
    </message>
    <message>
        <source>%1 edited a comment</source>
        <translation>%1 a modifié un commentaire</translation>
    </message>
    <message>
        <source>%1 changed the checklist item &apos;%2&apos;</source>
        <translation>%1 a modifié l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 ticked the checklist item &apos;%2&apos;</source>
        <translation>%1 a coché l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 unticked the checklist item &apos;%2&apos;</source>
        <translation>%1 a décoché l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 cleared the checklist item &apos;%2&apos;</source>
        <translation>%1 a effacé la réponse à l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle</translation>
    </message>
    <message>
        <source>%1 answered the checklist item &apos;%2&apos;: %3</source>
        <translation>%1 a répondu à l&apos;élément «&#xa0;%2&#xa0;» de la liste de contrôle&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 added %2 as %3</source>
        <translation>%1 a ajouté %2 en tant que %3</translation>
    </message>
    <message>
        <source>%1 removed %2 as %3</source>
        <translation>%1 a retiré %2 en tant que %3</translation>
    </message>
    <message>
        <source>%1 added the support channel %2</source>
        <translation>%1 a ajouté le canal de support %2</translation>
    </message>
    <message>
        <source>%1 removed the support channel %2</source>
        <translation>%1 a retiré le canal de support %2</translation>
    </message>
    <message>
        <source>%1 saved the handoff as submitted (submission %2)</source>
        <translation>%1 a enregistré le transfert tel qu&apos;il a été soumis (soumission %2)</translation>
    </message>
    <message>
        <source>%1 made a change (%2)</source>
        <translation>%1 a effectué une modification (%2)</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Handoff</translation>
    </message>
    <message>
        <source>a contact</source>
        <translation>un contact</translation>
    </message>
    <message>
        <source>%1 made %2 the %3 instead of the %4</source>
        <translation>%1 a attribué à %2 le rôle «&#xa0;%3&#xa0;» au lieu de «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed how %2 is on the deal</source>
        <translation>%1 a modifié le rôle de %2 sur l&apos;affaire</translation>
    </message>
    <message>
        <source>a channel</source>
        <translation>un canal</translation>
    </message>
    <message>
        <source>%1 made %2 the preferred support channel</source>
        <translation>%1 a fait de %2 le canal de support préféré</translation>
    </message>
    <message>
        <source>%1 no longer prefers the support channel %2</source>
        <translation>%1 ne préfère plus le canal de support %2</translation>
    </message>
    <message>
        <source>%1 changed the address of the support channel %2 from %3 to %4</source>
        <translation>%1 a modifié l&apos;adresse du canal de support %2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>%1 turned the support channel %2 into %3</source>
        <translation>%1 a transformé le canal de support %2 en %3</translation>
    </message>
    <message>
        <source>%1 changed the support channel %2</source>
        <translation>%1 a modifié le canal de support %2</translation>
    </message>
    <message>
        <source>%1 renamed the contact %2 to %3</source>
        <translation>%1 a renommé le contact %2 en %3</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>preferred channel</source>
        <translation>canal préféré</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>%1 changed the contact %2</source>
        <translation>%1 a modifié le contact %2</translation>
    </message>
    <message>
        <source>%1 set the %2 of %3 to %4</source>
        <translation>%1 a renseigné le champ «&#xa0;%2&#xa0;» de %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 cleared the %2 of %3 (was %4)</source>
        <translation>%1 a vidé le champ «&#xa0;%2&#xa0;» de %3 (ancienne valeur&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1 changed the %2 of %3 from %4 to %5</source>
        <translation>%1 a modifié le champ «&#xa0;%2&#xa0;» de %3&#xa0;: %4 → %5</translation>
    </message>
    <message>
        <source>%1 recorded the customer&apos;s satisfaction: %2 of 5</source>
        <translation>%1 a enregistré la satisfaction du client&#xa0;: %2 sur 5</translation>
    </message>
    <message>
        <source>%1 changed the customer&apos;s satisfaction to %2 of 5 (it was %3)</source>
        <translation>%1 a changé la satisfaction du client en %2 sur 5 (auparavant %3)</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The export&apos;s layout: %1.</source>
        <translation>La structure de l&apos;export&#xa0;: %1.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>MODÈLE</translation>
    </message>
    <message>
        <source>Your own mapping instead of a preset, as field=column,field=column (fields: %1).</source>
        <translation>Votre propre association au lieu d&apos;un modèle, sous la forme field=column,field=column (champs&#xa0;: %1).</translation>
    </message>
    <message>
        <source>MAPPING</source>
        <translation>ASSOCIATION</translation>
    </message>
    <message>
        <source>A stage value that means closed-won; repeat for several. Replaces the preset&apos;s (Salesforce: Closed Won; HubSpot: Closed Won, closedwon). Without any, every row is won.</source>
        <translation>Une valeur d&apos;étape qui signifie «&#xa0;gagnée&#xa0;»&#xa0;; répétez l&apos;option pour en indiquer plusieurs. Remplace celles du modèle (Salesforce&#xa0;: Closed Won&#xa0;; HubSpot&#xa0;: Closed Won, closedwon). Sans aucune valeur, toutes les lignes sont considérées comme gagnées.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>How to read slash dates: mdy (3/14/2026) or dmy (14/3/2026). Without it the other rows decide, and a date that reads both ways in a file that does not tell is rejected.</source>
        <translation>Comment lire les dates avec barres obliques&#xa0;: mdy (3/14/2026) ou dmy (14/3/2026). Sans cette option, les autres lignes décident, et une date lisible dans les deux sens est rejetée si le fichier ne permet pas de trancher.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The field separator: &apos;,&apos;, &apos;;&apos; or tab (default: detected).</source>
        <translation>Le séparateur de champs&#xa0;: &apos;,&apos;, &apos;;&apos; ou tab (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, windows-1252 or latin-1 (default: detected).</source>
        <translation>L&apos;encodage du fichier&#xa0;: utf-8, windows-1252 ou latin-1 (par défaut&#xa0;: détecté automatiquement).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODAGE</translation>
    </message>
    <message>
        <source>Check and count everything, then change nothing.</source>
        <translation>Tout vérifier et compter, sans rien modifier.</translation>
    </message>
    <message>
        <source>Required: the email of the sales rep or team lead who imports; the audit log names them.</source>
        <translation>Obligatoire&#xa0;: l&apos;adresse e-mail du commercial ou du chef d&apos;équipe qui importe&#xa0;; le journal d&apos;audit indique son nom.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>import needs exactly one file to import.</source>
        <translation>import attend exactement un fichier à importer.</translation>
    </message>
    <message>
        <source>import needs --as EMAIL: the sales rep or team lead who imports.</source>
        <translation>import attend --as E-MAIL&#xa0;: le commercial ou chef d&apos;équipe qui importe.</translation>
    </message>
    <message>
        <source>import needs either --preset (%1) or --map field=column,...</source>
        <translation>import attend soit --preset (%1), soit --map field=column,...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a preset. Presets: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un modèle. Modèles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--date-format is mdy or dmy, not &apos;%1&apos;.</source>
        <translation>--date-format attend mdy ou dmy, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--separator is &apos;,&apos;, &apos;;&apos; or tab, not &apos;%1&apos;.</source>
        <translation>--separator attend &apos;,&apos;, &apos;;&apos; ou tab, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252 or latin-1, not &apos;%1&apos;.</source>
        <translation>--encoding attend utf-8, windows-1252 ou latin-1, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Importing %1: %2%</source>
        <translation>Import de %1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message>
        <source>imported %1, updated %2, skipped %3 (not won), rejected %4</source>
        <translation>%1 importées, %2 mises à jour, %3 ignorées (non gagnées), %4 rejetées</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rejected rows (or leave them out) and import again.</source>
        <translation>Rien n&apos;a été importé&#xa0;: corrigez les lignes rejetées (ou retirez-les) et relancez l&apos;import.</translation>
    </message>
    <message>
        <source>Deals already up to date: %1.</source>
        <translation>Affaires déjà à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>New accounts: %1; new sales reps: %2; new contacts: %3.</source>
        <translation>Nouveaux comptes&#xa0;: %1&#xa0;; nouveaux commerciaux&#xa0;: %2&#xa0;; nouveaux contacts&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Simulation&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Took %1 s.</source>
        <translation>Durée&#xa0;: %1 s.</translation>
    </message>
    <message>
        <source>Imports the closed-won deals of a CRM export (CSV) as drafts ready for handoff. Accounts, sales reps and contacts are matched by name or email, or created; deals imported before are updated by their CRM reference. All or nothing: if any row is rejected, nothing is imported and every rejected row is listed.</source>
        <translation>Importe les affaires gagnées d&apos;un export CRM (CSV) sous forme de brouillons prêts pour le transfert. Les comptes, les commerciaux et les contacts sont mis en correspondance par nom ou par adresse e-mail, ou bien créés&#xa0;; les affaires déjà importées sont mises à jour d&apos;après leur référence CRM. Tout ou rien&#xa0;: si une ligne est rejetée, rien n&apos;est importé et chaque ligne rejetée est listée.</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>CRM reference</source>
        <translation>référence CRM</translation>
    </message>
    <message>
        <source>deal name</source>
        <translation>nom de l&apos;affaire</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>close date</source>
        <translation>date de conclusion</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>sales rep</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>sales rep&apos;s email</source>
        <translation>adresse e-mail du commercial</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>début du contrat</translation>
    </message>
    <message>
        <source>term in months</source>
        <translation>durée en mois</translation>
    </message>
    <message>
        <source>go-live target</source>
        <translation>date cible de mise en service</translation>
    </message>
    <message>
        <source>contact name</source>
        <translation>nom du contact</translation>
    </message>
    <message>
        <source>contact email</source>
        <translation>adresse e-mail du contact</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>téléphone du contact</translation>
    </message>
    <message>
        <source>contact title</source>
        <translation>fonction du contact</translation>
    </message>
    <message>
        <source>contact role</source>
        <translation>rôle du contact</translation>
    </message>
    <message>
        <source>why they bought</source>
        <translation>raison de l&apos;achat</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>critères de réussite</translation>
    </message>
    <message>
        <source>known risks</source>
        <translation>risques connus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ importé par Handoff&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2.</source>
        <translation>le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;» pour le champ «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>no column is mapped to the %1 (%2), which every deal needs.</source>
        <translation>aucune colonne n&apos;est associée au champ «&#xa0;%1&#xa0;» (%2), obligatoire pour toute affaire.</translation>
    </message>
    <message>
        <source>the file has no column &apos;%1&apos; for the %2, which every deal needs.</source>
        <translation>le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;» pour le champ «&#xa0;%2&#xa0;», obligatoire pour toute affaire.</translation>
    </message>
    <message>
        <source>The columns of the file do not fit the mapping (the file has: %1).</source>
        <translation>Les colonnes du fichier ne correspondent pas à l&apos;association (le fichier contient&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Handoff deal id</source>
        <translation>identifiant Handoff de l&apos;affaire</translation>
    </message>
</context>
<context>
    <name>ImportPresets</name>
    <message>
        <source>a double quote is not closed.</source>
        <translation>un guillemet double n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; between the field and the column.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de &apos;=&apos; entre le champ et la colonne.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field Handoff imports; the fields are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un champ importé par Handoff&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; has no column after the &apos;=&apos;.</source>
        <translation>le champ «&#xa0;%1&#xa0;» n&apos;a pas de colonne après le &apos;=&apos;.</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is mapped twice.</source>
        <translation>le champ «&#xa0;%1&#xa0;» est associé deux fois.</translation>
    </message>
    <message>
        <source>it maps no field.</source>
        <translation>elle n&apos;associe aucun champ.</translation>
    </message>
    <message>
        <source>The mapping &apos;%1&apos; cannot be used; write it as field=column,field=column.</source>
        <translation>L&apos;association «&#xa0;%1&#xa0;» ne peut pas être utilisée&#xa0;; écrivez-la sous la forme field=column,field=column.</translation>
    </message>
</context>
<context>
    <name>ImportRowReader</name>
    <message>
        <source>a date in this row could be read month first or day first, and the file has dates in both orders (line %1 is day first, line %2 month first); use --date-format mdy or dmy</source>
        <translation>une date de cette ligne peut se lire avec le mois en premier ou avec le jour en premier, et le fichier contient des dates dans les deux ordres (la ligne %1 commence par le jour, la ligne %2 par le mois)&#xa0;; utilisez --date-format mdy ou dmy</translation>
    </message>
    <message>
        <source>the %1 %2 could be %3 or %4</source>
        <translation>la valeur %2 du champ «&#xa0;%1&#xa0;» pourrait être %3 ou %4</translation>
    </message>
    <message>
        <source>%1, and the file has dates in both orders (line %2 is day first, line %3 month first); use --date-format mdy or dmy</source>
        <translation>%1, et le fichier contient des dates dans les deux ordres (la ligne %2 commence par le jour, la ligne %3 par le mois)&#xa0;; utilisez --date-format mdy ou dmy</translation>
    </message>
    <message>
        <source>%1, and no other row shows which; use --date-format mdy (month first) or dmy (day first)</source>
        <translation>%1, et aucune autre ligne ne permet de trancher&#xa0;; utilisez --date-format mdy (mois en premier) ou dmy (jour en premier)</translation>
    </message>
    <message>
        <source>the %1 %2 %3</source>
        <translation>la valeur %2 du champ «&#xa0;%1&#xa0;» %3</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>le champ «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the currency %1 is not a three-letter currency code such as USD or EUR</source>
        <translation>la devise %1 n&apos;est pas un code de devise à trois lettres comme USD ou EUR</translation>
    </message>
    <message>
        <source>the amount %1 %2</source>
        <translation>le montant %1 %2</translation>
    </message>
    <message>
        <source>the term %1 is not a whole number of months</source>
        <translation>la durée %1 n&apos;est pas un nombre entier de mois</translation>
    </message>
    <message>
        <source>the contact role %1 is not one of %2</source>
        <translation>le rôle du contact %1 ne fait pas partie des valeurs %2</translation>
    </message>
    <message>
        <source>the contact email %1 is not an email address</source>
        <translation>l&apos;adresse e-mail du contact %1 n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is not one Handoff wrote (a UUID such as %3)</source>
        <translation>le champ «&#xa0;%1&#xa0;» contient «&#xa0;%2&#xa0;», qui n&apos;est pas un identifiant écrit par Handoff (un UUID comme %3)</translation>
    </message>
    <message>
        <source>the %1 (column %2) contains an invisible control character, %3, at position %4</source>
        <translation>le champ «&#xa0;%1&#xa0;» (colonne %2) contient un caractère de contrôle invisible, %3, à la position %4</translation>
    </message>
</context>
<context>
    <name>ImportValueParser</name>
    <message>
        <source>is not a date</source>
        <translation>n&apos;est pas une date</translation>
    </message>
    <message>
        <source>is negative (in parentheses); a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>est négatif (entre parenthèses)&#xa0;; le montant d&apos;une affaire gagnée ne peut pas être inférieur à zéro</translation>
    </message>
    <message>
        <source>names a currency other than %1</source>
        <translation>indique une autre devise que %1</translation>
    </message>
    <message>
        <source>is negative; a closed-won deal&apos;s amount cannot be below zero</source>
        <translation>est négatif&#xa0;; le montant d&apos;une affaire gagnée ne peut pas être inférieur à zéro</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>est trop grand</translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation>n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>has more decimal places than %1 has</source>
        <translation>a plus de décimales que %1</translation>
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
        <translation>La tâche «&#xa0;%1&#xa0;» est en retard.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is overdue.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» est en retard.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is due.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» arrive à échéance.</translation>
    </message>
    <message>
        <source>The promise &quot;%1&quot; is due.</source>
        <translation>L&apos;engagement «&#xa0;%1&#xa0;» arrive à échéance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
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
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Engagement à échéance</translation>
    </message>
    <message>
        <source>Task due</source>
        <translation>Tâche à échéance</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Makes a new database for a team, with its first person as team lead: --name NAME --email EMAIL. The lead then adds the others with &apos;user add&apos;.</source>
        <translation>Crée une nouvelle base de données pour une équipe, dont la première personne est responsable&#xa0;: --name NOM --email E-MAIL. Le responsable ajoute ensuite les autres avec «&#xa0;user add&#xa0;».</translation>
    </message>
    <message>
        <source>The name of the team&apos;s first lead, who will add the others.</source>
        <translation>Le nom du premier responsable de l&apos;équipe, qui ajoutera les autres.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The lead&apos;s email address, which commands take with --as.</source>
        <translation>L&apos;adresse e-mail du responsable, que les commandes prennent avec --as.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>init takes no argument; name the database with --database FILE.</source>
        <translation>init ne prend pas d&apos;argument&#xa0;; indiquez la base de données avec --database FICHIER.</translation>
    </message>
    <message>
        <source>init needs --name NAME and --email EMAIL: the team&apos;s first lead.</source>
        <translation>init attend --name NOM et --email E-MAIL&#xa0;: le premier responsable de l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 n&apos;a pas été créée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Started %1 with %2 &lt;%3&gt; as team lead.</source>
        <translation>%1 créée, avec %2 &lt;%3&gt; comme responsable d&apos;équipe.</translation>
    </message>
    <message>
        <source>Next: add people with &apos;%1 user add --name NAME --email EMAIL --role ROLE --as %2&apos;, or import a CRM export with &apos;%1 import FILE.csv --preset NAME --as %2&apos;.</source>
        <translation>Ensuite&#xa0;: ajoutez des personnes avec «&#xa0;%1 user add --name NOM --email E-MAIL --role RÔLE --as %2&#xa0;» ou importez un export du CRM avec «&#xa0;%1 import FICHIER.csv --preset NOM --as %2&#xa0;».</translation>
    </message>
    <message>
        <source>On a server: the lead&apos;s own login (default: their email&apos;s part before &apos;@&apos;). The login that runs init administers the team&apos;s database.</source>
        <translation>Sur un serveur&#xa0;: l’identifiant propre du responsable (par défaut, la partie de son courriel avant «&#xa0;@&#xa0;»). L’identifiant qui lance init administre la base de l’équipe.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>--login is for a team&apos;s server: a file has no logins, whoever sits at it picks their profile.</source>
        <translation>--login concerne le serveur d’une équipe&#xa0;: un fichier n’a pas d’identifiants, qui l’utilise choisit son profil.</translation>
    </message>
    <message>
        <source>The team works in team mode: each person connects with a login of their own, and the server holds each login to its role.</source>
        <translation>L’équipe travaille en mode équipe&#xa0;: chaque personne se connecte avec son propre identifiant, et le serveur tient chaque identifiant à son rôle.</translation>
    </message>
    <message>
        <source>Next: %1 adds people with &apos;%2 user add --name NAME --email EMAIL --role ROLE&apos;, connected as themselves.</source>
        <translation>Ensuite&#xa0;: %1 ajoute des personnes avec «&#xa0;%2 user add --name NOM --email COURRIEL --role RÔLE&#xa0;», connecté en son propre nom.</translation>
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
    <message>
        <source>Foreign keys</source>
        <translation>Clés étrangères</translation>
    </message>
    <message>
        <source>%1 row %2: %3 = %4 refers to a row of %5 that does not exist</source>
        <translation>%1, ligne %2&#xa0;: %3 = %4 fait référence à une ligne de %5 qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a row of %3 that does not exist</source>
        <translation>%1, ligne %2 fait référence à une ligne de %3 qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>The application id is %1, not Handoff&apos;s %2: the file does not say it is a Handoff database.</source>
        <translation>L&apos;identifiant d&apos;application est %1, et non celui de Handoff (%2)&#xa0;: le fichier ne se déclare pas comme une base de données Handoff.</translation>
    </message>
    <message>
        <source>The schema version is %1; this version of Handoff writes version %2.</source>
        <translation>La version du schéma est %1&#xa0;; cette version de Handoff écrit la version %2.</translation>
    </message>
    <message>
        <source>Audit log protection</source>
        <translation>Protection du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The trigger %1 is missing: audit entries can be changed without a trace.</source>
        <translation>Le déclencheur %1 est absent&#xa0;: les entrées d&apos;audit peuvent être modifiées sans laisser de trace.</translation>
    </message>
    <message>
        <source>The trigger %1 was altered: it no longer refuses every change to an audit entry.</source>
        <translation>Le déclencheur %1 a été modifié&#xa0;: il ne refuse plus toutes les modifications d&apos;une entrée d&apos;audit.</translation>
    </message>
    <message>
        <source>Audit log completeness</source>
        <translation>Complétude du journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out is missing.</source>
        <translation>L&apos;enregistrement du plus grand identifiant d&apos;audit jamais attribué est absent.</translation>
    </message>
    <message>
        <source>The record of the highest audit id ever given out (%1) is below the highest entry (%2): ids could be given out twice.</source>
        <translation>Le plus grand identifiant d&apos;audit jamais attribué, tel qu&apos;enregistré (%1), est inférieur à celui de l&apos;entrée la plus élevée (%2)&#xa0;: des identifiants pourraient être attribués deux fois.</translation>
    </message>
    <message>
        <source>The newest audit entries are missing (ids %1-%2): the log once reached id %2.</source>
        <translation>Les entrées d&apos;audit les plus récentes sont absentes (identifiants %1-%2)&#xa0;: le journal a déjà atteint l&apos;identifiant %2.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more not listed here</source>
        <translation>
            <numerusform>… et %n autre non listé ici</numerusform>
            <numerusform>… et %n autres non listés ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries with an id below 1, which Handoff never gives out, were added by hand: %n.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit dont l&apos;identifiant est inférieur à 1, ce que Handoff n&apos;attribue jamais, a été ajoutée à la main.</numerusform>
            <numerusform>%n entrées d&apos;audit dont l&apos;identifiant est inférieur à 1, ce que Handoff n&apos;attribue jamais, ont été ajoutées à la main.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit entries are missing: %n (ids %1). Entries only disappear when someone removes them from the file by hand.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit est absente (identifiant %1). Les entrées ne disparaissent que si quelqu&apos;un les supprime à la main du fichier.</numerusform>
            <numerusform>%n entrées d&apos;audit sont absentes (identifiants %1). Les entrées ne disparaissent que si quelqu&apos;un les supprime à la main du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The index %1 of %2 is not valid: rebuild it with REINDEX.</source>
        <translation>L&apos;index %1 de %2 n&apos;est pas valide&#xa0;: reconstruisez-le avec REINDEX.</translation>
    </message>
    <message>
        <source>The constraint %1 of %2 was never checked against the rows already there (NOT VALID): validate it with ALTER TABLE … VALIDATE CONSTRAINT.</source>
        <translation>La contrainte %1 de %2 n&apos;a jamais été vérifiée sur les lignes déjà présentes (NOT VALID)&#xa0;: validez-la avec ALTER TABLE … VALIDATE CONSTRAINT.</translation>
    </message>
    <message>
        <source>The trigger %1 is disabled: audit entries can be changed without a trace.</source>
        <translation>Le déclencheur %1 est désactivé&#xa0;: les entrées d&apos;audit peuvent être modifiées sans laisser de trace.</translation>
    </message>
    <message>
        <source>The function %1 behind the audit triggers is missing or was altered: it no longer refuses every change to an audit entry.</source>
        <translation>La fonction %1 derrière les déclencheurs d&apos;audit est absente ou a été modifiée&#xa0;: elle ne refuse plus toutes les modifications d&apos;une entrée d&apos;audit.</translation>
    </message>
    <message>
        <source>Kept figures</source>
        <translation>Chiffres tenus à jour</translation>
    </message>
    <message>
        <source>They were built again from the rows.</source>
        <translation>Ils ont été reconstruits à partir des lignes.</translation>
    </message>
    <message>
        <source>They were not up to date for this time zone; they were built again from the rows.</source>
        <translation>Ils n&apos;étaient pas à jour pour ce fuseau horaire&#xa0;; ils ont été reconstruits à partir des lignes.</translation>
    </message>
    <message>
        <source>Team mode protection</source>
        <translation>Protection du mode équipe</translation>
    </message>
    <message>
        <source>This build of Handoff lacks the list of team mode&apos;s triggers.</source>
        <translation>Il manque à cette version de Handoff la liste des déclencheurs du mode équipe.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is missing: the server no longer holds each login to its role.</source>
        <translation>Le déclencheur %1 sur %2 manque&#xa0;: le serveur ne tient plus chaque identifiant à son rôle.</translation>
    </message>
    <message>
        <source>The trigger %1 on %2 is disabled: the server no longer holds each login to its role.</source>
        <translation>Le déclencheur %1 sur %2 est désactivé&#xa0;: le serveur ne tient plus chaque identifiant à son rôle.</translation>
    </message>
    <message>
        <source>The function %1 of team mode is missing or was altered: the server may no longer hold each login to its role.</source>
        <translation>La fonction %1 du mode équipe manque ou a été modifiée&#xa0;: le serveur risque de ne plus tenir chaque identifiant à son rôle.</translation>
    </message>
</context>
<context>
    <name>KeptFigures</name>
    <message numerus="yes">
        <source>%n kept figure part(s) differ from what the deals&apos; rows give now.</source>
        <translation>
            <numerusform>%n part des chiffres tenus à jour diffère de ce que donnent maintenant les lignes des affaires.</numerusform>
            <numerusform>%n parts des chiffres tenus à jour diffèrent de ce que donnent maintenant les lignes des affaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept daily sum(s) differ from the sum of their parts.</source>
        <translation>
            <numerusform>%n somme journalière tenue à jour diffère de la somme de ses parts.</numerusform>
            <numerusform>%n sommes journalières tenues à jour diffèrent de la somme de leurs parts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Sales rep</source>
        <comment>user role</comment>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <comment>user role</comment>
        <translation>Agent du support</translation>
    </message>
    <message>
        <source>Team lead</source>
        <comment>user role</comment>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>handoff state</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>handoff state</comment>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Returned</source>
        <comment>handoff state</comment>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>handoff state</comment>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>handoff state</comment>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>handoff state</comment>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <comment>role of a contact on a deal</comment>
        <translation>Sponsor de direction</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <comment>role of a contact on a deal</comment>
        <translation>Décideur</translation>
    </message>
    <message>
        <source>Day-to-day contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contact au quotidien</translation>
    </message>
    <message>
        <source>Technical contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contact technique</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <comment>role of a contact on a deal</comment>
        <translation>Contact facturation</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>contact channel</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>contact channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web form</source>
        <comment>contact channel</comment>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Chat</source>
        <comment>contact channel</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social</source>
        <comment>contact channel</comment>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Forum</source>
        <comment>contact channel</comment>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Portal</source>
        <comment>contact channel</comment>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Check</source>
        <comment>kind of checklist item</comment>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Text</source>
        <comment>kind of checklist item</comment>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Date</source>
        <comment>kind of checklist item</comment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Choice</source>
        <comment>kind of checklist item</comment>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of checklist item</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Available</source>
        <comment>capability status</comment>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Beta</source>
        <comment>capability status</comment>
        <translation>Bêta</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>capability status</comment>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Unsupported</source>
        <comment>capability status</comment>
        <translation>Non prise en charge</translation>
    </message>
    <message>
        <source>Feature</source>
        <comment>kind of promise</comment>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Integration</source>
        <comment>kind of promise</comment>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>kind of promise</comment>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Service level</source>
        <comment>kind of promise</comment>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>kind of promise</comment>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Pricing</source>
        <comment>kind of promise</comment>
        <translation>Tarification</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>kind of promise</comment>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of promise</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Feasible</source>
        <comment>feasibility of a promise</comment>
        <translation>Faisable</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>feasibility of a promise</comment>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>feasibility of a promise</comment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Pending review</source>
        <comment>review status of a promise</comment>
        <translation>En attente d&apos;examen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>review status of a promise</comment>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Needs clarification</source>
        <comment>review status of a promise</comment>
        <translation>À clarifier</translation>
    </message>
    <message>
        <source>Cannot fulfil</source>
        <comment>review status of a promise</comment>
        <translation>Impossible à honorer</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>fulfilment of a promise</comment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>fulfilment of a promise</comment>
        <translation>Honoré</translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>fulfilment of a promise</comment>
        <translation>Non honoré</translation>
    </message>
    <message>
        <source>Waived</source>
        <comment>fulfilment of a promise</comment>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>status of a task</comment>
        <translation>À faire</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>status of a task</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Blocked</source>
        <comment>status of a task</comment>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>status of a task</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Missing information</source>
        <comment>reason for returning a handoff</comment>
        <translation>Informations manquantes</translation>
    </message>
    <message>
        <source>Infeasible promise</source>
        <comment>reason for returning a handoff</comment>
        <translation>Engagement irréalisable</translation>
    </message>
    <message>
        <source>Unclear scope</source>
        <comment>reason for returning a handoff</comment>
        <translation>Périmètre flou</translation>
    </message>
    <message>
        <source>Wrong owner</source>
        <comment>reason for returning a handoff</comment>
        <translation>Mauvais responsable</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reason for returning a handoff</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>None</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Produits ou offre</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Contract start</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Mise en service prévue</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Raison de l’achat</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Critères de succès</translation>
    </message>
    <message>
        <source>Known risks</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Risques connus</translation>
    </message>
    <message>
        <source>Support channels</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Canaux de support</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <comment>deal field answering a checklist item</comment>
        <translation>Canal préféré</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Handoff: hand closed deals from sales to support, with every promise reviewed.

Without a command, opens the workstation. Commands (each has --help):</source>
        <translation>Handoff&#xa0;: transfert des affaires conclues des ventes au support, chaque engagement étant examiné.

Sans commande, ouvre l&apos;espace de travail. Commandes (chacune accepte --help)&#xa0;:</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une commande. Commandes&#xa0;: %2. Voir &apos;%3 --help&apos;.</translation>
    </message>
    <message>
        <source>--demo and --database cannot be used together.</source>
        <translation>--demo et --database ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>Print how long each key press, click and wheel turn keeps the workstation busy, and a summary when it closes.</source>
        <translation>Affiche combien de temps chaque frappe, clic et tour de molette occupe l’espace de travail, et un résumé à la fermeture.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modifié ailleurs</translation>
    </message>
    <message>
        <source>Someone else saved a change to %1 after you opened it (in another window or another Handoff).</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré une modification de %1 après que vous l&apos;avez ouvert (dans une autre fenêtre ou une autre instance de Handoff).</translation>
    </message>
    <message>
        <source>Reload to see their version and drop your edit, or overwrite their change with yours.</source>
        <translation>Rechargez pour voir sa version et abandonner votre modification, ou écrasez sa modification avec la vôtre.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>The last change: %1</source>
        <translation>La dernière modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 % (%2 of %3)</source>
        <translation>%1&#xa0;% (%2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation>%1 (%2 / %3)</translation>
    </message>
    <message>
        <source>%1 (median of %2)</source>
        <translation>%1 (médiane sur %2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Handoff metrics from %1 to %2, as of %3.</source>
        <translation>Indicateurs de transfert du %1 au %2, au %3.</translation>
    </message>
    <message>
        <source>Submit target in business days: %1. Handoffs by state, unsubmitted and overdue work and deals at risk are counted as of today, whatever the period.</source>
        <translation>Objectif de soumission en jours ouvrés&#xa0;: %1. Les transferts par état, le travail non soumis ou en retard et les affaires à risque sont comptés à la date du jour, quelle que soit la période.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Team (the chosen rep&apos;s deals)</source>
        <translation>Équipe (affaires du membre choisi)</translation>
    </message>
    <message>
        <source>Sales rep: %1 &lt;%2&gt;</source>
        <translation>Commercial&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Support rep: %1 &lt;%2&gt;</source>
        <translation>Agent du support&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Trend by week</source>
        <translation>Tendance par semaine</translation>
    </message>
    <message>
        <source>Trend by month</source>
        <translation>Tendance par mois</translation>
    </message>
    <message>
        <source>The first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>Le premier jour de la période, au format AAAA-MM-JJ (par défaut&#xa0;: le 1er du mois en cours).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>Le dernier jour de la période, au format AAAA-MM-JJ (par défaut&#xa0;: le dernier jour du mois en cours).</translation>
    </message>
    <message>
        <source>Only this team member&apos;s figures, and the team&apos;s over their deals.</source>
        <translation>Uniquement les indicateurs de ce membre de l&apos;équipe, et ceux de l&apos;équipe sur ses affaires.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>PAS</translation>
    </message>
    <message>
        <source>Print JSON (snake_case keys; every rate as numerator, denominator and value, null without data) instead of text.</source>
        <translation>Afficher du JSON (clés en snake_case&#xa0;; chaque taux sous forme de numérateur, dénominateur et valeur, null en l&apos;absence de données) au lieu du texte.</translation>
    </message>
    <message>
        <source>metrics takes no arguments, only options; see --help.</source>
        <translation>metrics n&apos;accepte aucun argument, uniquement des options&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>Trend by quarter</source>
        <translation>Tendance par trimestre</translation>
    </message>
    <message>
        <source>Prints the handoff quality figures of a period (this month unless --from and --to say otherwise) for the team, each sales rep and each support rep, with a trend by week, month or quarter, as text or JSON. Counts as of today (handoffs by state, open and overdue work) ignore the period.</source>
        <translation>Affiche les indicateurs de qualité des transferts d&apos;une période (le mois en cours, sauf indication contraire de --from et --to) pour l&apos;équipe, chaque commercial et chaque agent du support, avec une tendance par semaine, par mois ou par trimestre, au format texte ou JSON. Les décomptes à la date du jour (transferts par état, travail ouvert et en retard) ne tiennent pas compte de la période.</translation>
    </message>
    <message>
        <source>The step of the trend: week, month, quarter or auto (default: auto, which takes weeks for periods of up to 92 days, months for up to three years and quarters beyond).</source>
        <translation>Le pas de la tendance&#xa0;: week, month, quarter ou auto (par défaut&#xa0;: auto, soit des semaines pour les périodes jusqu&apos;à 92 jours, des mois jusqu&apos;à trois ans et des trimestres au-delà).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a trend step; choose week, month, quarter or auto.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pas de tendance&#xa0;; choisissez week, month, quarter ou auto.</translation>
    </message>
</context>
<context>
    <name>MetricsFigures</name>
    <message>
        <source>Handoffs submitted</source>
        <translation>Transferts soumis</translation>
    </message>
    <message>
        <source>Deals whose first submission to support happened in the period. Later submissions of the same deal (after a return) do not count again. This is the group of handoffs that the other figures of a sales rep describe, except promises kept and broken and CSAT.</source>
        <translation>Affaires dont la première soumission au support a eu lieu pendant la période. Les soumissions ultérieures de la même affaire (après un renvoi) ne sont pas comptées à nouveau. C&apos;est le groupe de transferts que décrivent les autres indicateurs d&apos;un commercial, à l&apos;exception des engagements tenus et non honorés et du CSAT.</translation>
    </message>
    <message>
        <source>First-pass acceptance</source>
        <translation>Acceptation du premier coup</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period that support has decided on (accepted, or returned at least once), the share accepted without ever being returned. Handoffs still waiting for their first review are not counted.</source>
        <translation>Parmi les transferts soumis pour la première fois pendant la période sur lesquels le support s&apos;est prononcé (acceptés, ou renvoyés au moins une fois), la part acceptée sans jamais avoir été renvoyée. Les transferts qui attendent encore leur premier examen ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Checklist completeness at first submission</source>
        <translation>Complétude de la liste de contrôle à la première soumission</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the required checklist items answered when each was first submitted, divided by the required items the checklist had at that moment, both summed over those handoffs: the share of required items answered. A check item counts only when ticked.</source>
        <translation>Pour les transferts soumis pour la première fois pendant la période, les éléments obligatoires de la liste de contrôle renseignés lors de la première soumission de chacun, divisés par les éléments obligatoires que comptait la liste de contrôle à ce moment-là, les deux étant additionnés sur ces transferts&#xa0;: la part des éléments obligatoires renseignés. Une case à cocher n&apos;est comptée que si elle est cochée.</translation>
    </message>
    <message>
        <source>Returns per handoff</source>
        <translation>Renvois par transfert</translation>
    </message>
    <message>
        <source>How many times support returned the handoffs first submitted in the period (every return, up to today), divided by the number of those handoffs.</source>
        <translation>Nombre de fois où le support a renvoyé les transferts soumis pour la première fois pendant la période (chaque renvoi, jusqu&apos;à aujourd&apos;hui), divisé par le nombre de ces transferts.</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>Motifs de renvoi</translation>
    </message>
    <message>
        <source>The returns of the handoffs first submitted in the period, counted by the reason code support gave. A return forced by a lead&apos;s override counts as &quot;other&quot;.</source>
        <translation>Les renvois des transferts soumis pour la première fois pendant la période, comptés par code de motif indiqué par le support. Un renvoi imposé par le forçage d&apos;un chef d&apos;équipe compte comme «&#xa0;Autre&#xa0;».</translation>
    </message>
    <message>
        <source>Promises support could not fulfil</source>
        <translation>Engagements jugés impossibles à honorer</translation>
    </message>
    <message>
        <source>Of the promises of the handoffs first submitted in the period that support has reviewed, the share that support reviewed as &quot;cannot fulfil&quot; at least once, even if they were renegotiated, waived or removed afterwards.</source>
        <translation>Parmi les engagements des transferts soumis pour la première fois pendant la période que le support a examinés, la part que le support a jugée «&#xa0;Impossible à honorer&#xa0;» au moins une fois, même s&apos;ils ont ensuite été renégociés, abandonnés ou supprimés.</translation>
    </message>
    <message>
        <source>Promises kept</source>
        <translation>Engagements tenus</translation>
    </message>
    <message>
        <source>Of the promises due in the period that are settled (fulfilled, broken, or still open after their due date), the share fulfilled on or before their due date. Waived promises and the promises of cancelled deals are not counted, nor open promises not yet due. Counted for the deal&apos;s sales rep.</source>
        <translation>Parmi les engagements arrivant à échéance pendant la période dont l&apos;issue est connue (honorés, non honorés, ou encore ouverts après leur échéance), la part honorée au plus tard à leur échéance. Les engagements abandonnés et ceux des affaires annulées ne sont pas comptés, pas plus que les engagements ouverts pas encore échus. Compté pour le commercial de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Engagements non honorés</translation>
    </message>
    <message>
        <source>Of the same settled promises due in the period, the share not fulfilled by their due date: marked broken, fulfilled late, or still open after the due date. Kept and broken add up to the whole.</source>
        <translation>Parmi ces mêmes engagements arrivant à échéance pendant la période dont l&apos;issue est connue, la part non honorée à leur échéance&#xa0;: marqués comme non honorés, honorés en retard, ou encore ouverts après l&apos;échéance. Les engagements tenus et non honorés forment ensemble la totalité.</translation>
    </message>
    <message>
        <source>Median business days to first submission</source>
        <translation>Médiane des jours ouvrés jusqu&apos;à la première soumission</translation>
    </message>
    <message>
        <source>For the handoffs first submitted in the period, the median number of business days (Monday to Friday) from the closed-won date to the day of the first submission, counted as the submit clock counts them.</source>
        <translation>Pour les transferts soumis pour la première fois pendant la période, le nombre médian de jours ouvrés (du lundi au vendredi) entre la date de conclusion et le jour de la première soumission, comptés de la même façon que le délai de soumission.</translation>
    </message>
    <message>
        <source>First submissions over the submit clock</source>
        <translation>Premières soumissions hors délai de soumission</translation>
    </message>
    <message>
        <source>Of the handoffs first submitted in the period, the share whose first submission took more business days after closed-won than the team&apos;s submit target.</source>
        <translation>Parmi les transferts soumis pour la première fois pendant la période, la part dont la première soumission a pris, après la conclusion, plus de jours ouvrés que l&apos;objectif de soumission de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Unsubmitted handoffs over the submit clock</source>
        <translation>Transferts non soumis hors délai de soumission</translation>
    </message>
    <message>
        <source>As of today, whatever the period: draft or returned handoffs whose closed-won date is more business days ago than the team&apos;s submit target.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: transferts à l&apos;état brouillon ou renvoyé dont la date de conclusion remonte à plus de jours ouvrés que l&apos;objectif de soumission de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Customer satisfaction (sales rep)</source>
        <translation>Satisfaction du client (commercial)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals of the sales rep: the sum of the scores divided by their number.</source>
        <translation>Le score CSAT moyen (de 1 à 5) enregistré avec une date comprise dans la période pour les affaires du commercial&#xa0;: la somme des scores divisée par leur nombre.</translation>
    </message>
    <message>
        <source>Median review turnaround (hours)</source>
        <translation>Délai médian d&apos;examen (heures)</translation>
    </message>
    <message>
        <source>For every acceptance or return made in the period, the hours from the submission it decided on (the latest submission of the deal before it) to the decision, to the minute; the median per support rep who decided.</source>
        <translation>Pour chaque acceptation ou renvoi effectué pendant la période, les heures écoulées entre la soumission sur laquelle porte la décision (la dernière soumission de l&apos;affaire avant celle-ci) et la décision, à la minute près&#xa0;; la médiane par agent du support ayant pris la décision.</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>Tâches terminées dans les délais</translation>
    </message>
    <message>
        <source>Of the fulfilment tasks due in the period that are settled (done, or not done after their due date), the share done on or before their due date. Counted for the task&apos;s assignee; tasks not yet due and not done are not counted.</source>
        <translation>Parmi les tâches de réalisation arrivant à échéance pendant la période dont l&apos;issue est connue (terminées, ou non terminées après leur échéance), la part terminée au plus tard à leur échéance. Compté pour la personne à qui la tâche est attribuée&#xa0;; les tâches pas encore échues et non terminées ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Promises fulfilled on time</source>
        <translation>Engagements honorés dans les délais</translation>
    </message>
    <message>
        <source>Promises kept, counted for the support owner of the deal: of the settled promises due in the period, the share fulfilled on or before their due date.</source>
        <translation>Engagements tenus, comptés pour le responsable du support de l&apos;affaire&#xa0;: parmi les engagements arrivant à échéance pendant la période dont l&apos;issue est connue, la part honorée au plus tard à leur échéance.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>As of today, whatever the period: fulfilment tasks not done whose due date is before today, counted for their assignee.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: tâches de réalisation non terminées dont l&apos;échéance est antérieure à aujourd&apos;hui, comptées pour la personne à qui elles sont attribuées.</translation>
    </message>
    <message>
        <source>Median business days from acceptance to kickoff</source>
        <translation>Médiane des jours ouvrés entre l&apos;acceptation et la réunion de lancement</translation>
    </message>
    <message>
        <source>For the handoffs accepted in the period that have a kickoff date in their checklist, the median number of business days from the day of acceptance to the kickoff date (0 when the kickoff was planned for the day of acceptance or earlier). Counted for the support owner.</source>
        <translation>Pour les transferts acceptés pendant la période dont la liste de contrôle indique une date de réunion de lancement, le nombre médian de jours ouvrés entre le jour de l&apos;acceptation et la date de lancement (0 si le lancement était prévu le jour de l&apos;acceptation ou avant). Compté pour le responsable du support.</translation>
    </message>
    <message>
        <source>Customer satisfaction (support owner)</source>
        <translation>Satisfaction du client (responsable du support)</translation>
    </message>
    <message>
        <source>The average CSAT score (1 to 5) recorded with a date in the period for the deals the support rep owns: the sum of the scores divided by their number.</source>
        <translation>Le score CSAT moyen (de 1 à 5) enregistré avec une date comprise dans la période pour les affaires dont l&apos;agent du support est responsable&#xa0;: la somme des scores divisée par leur nombre.</translation>
    </message>
    <message>
        <source>Handoffs by state</source>
        <translation>Transferts par état</translation>
    </message>
    <message>
        <source>As of today, whatever the period: the number of deals in each handoff state.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: le nombre d&apos;affaires dans chaque état de transfert.</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Engagements ouverts par faisabilité</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by feasibility (ok, warning, blocked).</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: engagements ouverts des transferts ni réalisés ni annulés, comptés par faisabilité (ok, avertissement, bloqué).</translation>
    </message>
    <message>
        <source>Open promises by review status</source>
        <translation>Engagements ouverts par statut d&apos;examen</translation>
    </message>
    <message>
        <source>As of today, whatever the period: open promises of handoffs that are neither fulfilled nor cancelled, counted by support&apos;s review status.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: engagements ouverts des transferts ni réalisés ni annulés, comptés par statut d&apos;examen du support.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>As of today, whatever the period: promises neither fulfilled nor waived whose due date is before today, on handoffs that are neither fulfilled nor cancelled.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: engagements ni honorés ni abandonnés dont l&apos;échéance est antérieure à aujourd&apos;hui, sur des transferts ni réalisés ni annulés.</translation>
    </message>
    <message>
        <source>Deals at risk</source>
        <translation>Affaires à risque</translation>
    </message>
    <message>
        <source>As of today, whatever the period: handoffs neither fulfilled nor cancelled with an open promise due between today and the at-risk horizon (14 days unless chosen otherwise) while fulfilment tasks of the deal are still not done.</source>
        <translation>À la date du jour, quelle que soit la période&#xa0;: transferts ni réalisés ni annulés ayant un engagement ouvert arrivant à échéance entre aujourd&apos;hui et l&apos;horizon de risque (14 jours sauf autre choix) alors que des tâches de réalisation de l&apos;affaire ne sont toujours pas terminées.</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tâches hors délai</translation>
    </message>
    <message>
        <source>Of the settled fulfilment tasks due in the period, the share not done by their due date: done late or still not done after it. Tasks done on time and tasks overdue add up to the whole.</source>
        <translation>Parmi les tâches de réalisation arrivant à échéance pendant la période dont l&apos;issue est connue, la part non terminée à leur échéance&#xa0;: terminées en retard ou toujours pas terminées après celle-ci. Les tâches terminées dans les délais et les tâches hors délai forment ensemble la totalité.</translation>
    </message>
</context>
<context>
    <name>MetricsService</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation>La période doit avoir un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>La période commence le %1, après son dernier jour, le %2.</translation>
    </message>
    <message>
        <source>The at-risk horizon cannot be negative.</source>
        <translation>L&apos;horizon de risque ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The figures cannot be computed for this choice.</source>
        <translation>Les indicateurs ne peuvent pas être calculés pour ce choix.</translation>
    </message>
    <message>
        <source>There is no user with id %1; they may have been deleted.</source>
        <translation>Il n&apos;existe aucun utilisateur avec l&apos;identifiant %1&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of the figure &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de l&apos;indicateur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choisissez l&apos;une de ces valeurs&#xa0;: %1.</translation>
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
    <message>
        <source>grant the team&apos;s roles</source>
        <translation>accorder les droits aux rôles de l’équipe</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <source>Could not %1: another person&apos;s change holds the rows it needs (%2). Try again in a moment.</source>
        <translation>Impossible de %1&#xa0;: une modification d&apos;une autre personne bloque les lignes nécessaires (%2). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not %1: the server does not allow it for your login (%2).</source>
        <translation>Impossible de %1&#xa0;: le serveur ne l&apos;autorise pas pour votre compte (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the server accepts no changes now (%2).</source>
        <translation>Impossible de %1&#xa0;: le serveur n&apos;accepte aucune modification pour le moment (%2).</translation>
    </message>
    <message>
        <source>Could not %1: %2.</source>
        <translation>Impossible de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not prepare a database statement: the server connection is closed.</source>
        <translation>Impossible de préparer une instruction de base de données&#xa0;: la connexion au serveur est fermée.</translation>
    </message>
    <message>
        <source>prepare &quot;%1&quot;</source>
        <translation>préparer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: there is no value %2 to bind.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: il n&apos;y a aucune valeur %2 à lier.</translation>
    </message>
    <message>
        <source>run &quot;%1&quot;</source>
        <translation>lancer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not %1: the connection to the team&apos;s server is lost, so this was not saved. Handoff connects again by itself; try again when the status bar no longer says that the server cannot be reached.</source>
        <translation>Impossible de %1&#xa0;: la connexion au serveur de l&apos;équipe est perdue, rien n&apos;a donc été enregistré. Handoff se reconnecte tout seul&#xa0;; réessayez quand la barre d&apos;état n&apos;indique plus que le serveur est injoignable.</translation>
    </message>
</context>
<context>
    <name>PromiseCommand</name>
    <message>
        <source>Reviews a promise for support: review ID --as EMAIL --status STATUS [--note TEXT].</source>
        <translation>Examine un engagement pour le support&#xa0;: review ID --as E-MAIL --status STATUT [--note TEXTE].</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>The promise&apos;s id.</source>
        <translation>L&apos;identifiant de l&apos;engagement.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The email of the user who reviews.</source>
        <translation>L&apos;adresse e-mail de l&apos;utilisateur qui effectue l&apos;examen.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>The decision: %1.</source>
        <translation>La décision&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Why; required for needs-clarification and cannot-fulfil.</source>
        <translation>Le motif&#xa0;; obligatoire avec needs-clarification et cannot-fulfil.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>promise needs an action: review.</source>
        <translation>promise attend une action&#xa0;: review.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of promise. Actions: review.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une action de promise. Actions&#xa0;: review.</translation>
    </message>
    <message>
        <source>promise review needs exactly one promise id.</source>
        <translation>promise review attend exactement un identifiant d&apos;engagement.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a promise id: ids are whole numbers above 0.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;engagement&#xa0;: les identifiants sont des nombres entiers supérieurs à 0.</translation>
    </message>
    <message>
        <source>promise review needs --as EMAIL: the user who reviews.</source>
        <translation>promise review attend --as E-MAIL&#xa0;: l&apos;utilisateur qui effectue l&apos;examen.</translation>
    </message>
    <message>
        <source>promise review needs --status, one of: %1.</source>
        <translation>promise review attend --status, avec l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a review decision. Decisions: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une décision d&apos;examen. Décisions&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Promise %1 &apos;%2&apos; is now reviewed: %3.</source>
        <translation>L&apos;engagement %1 «&#xa0;%2&#xa0;» est maintenant examiné&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The action; for now only: review.</source>
        <translation>L&apos;action&#xa0;; pour l&apos;instant uniquement&#xa0;: review.</translation>
    </message>
</context>
<context>
    <name>PromiseEdits</name>
    <message>
        <source>Add promise “%1”</source>
        <translation>Ajouter l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit promise “%1”</source>
        <translation>Modifier l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove promise “%1”</source>
        <translation>Supprimer l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Review promise “%1”</source>
        <translation>Examiner l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Waive promise “%1”</source>
        <translation>Abandonner l&apos;engagement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark promise “%1” fulfilled</source>
        <translation>Marquer l&apos;engagement «&#xa0;%1&#xa0;» comme honoré</translation>
    </message>
    <message>
        <source>Could not send the answer</source>
        <translation>Impossible d&apos;envoyer la réponse</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le même champ entre-temps.</translation>
    </message>
</context>
<context>
    <name>PromiseService</name>
    <message>
        <source>The promise %1 was changed elsewhere at the same time; reload it and try again.</source>
        <translation>L&apos;engagement %1 a été modifié ailleurs au même moment&#xa0;; rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The deal is %1; its promises can no longer change.</source>
        <translation>Le transfert de cette affaire est %1&#xa0;; ses engagements ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>There is no deal with id %1.</source>
        <translation>Il n&apos;existe aucune affaire avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can record or change its promises.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut enregistrer ou modifier ses engagements.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can record or change its promises.</source>
        <translation>Vous n&apos;êtes pas le commercial de cette affaire&#xa0;; seul son commercial ou un chef d&apos;équipe peut enregistrer ou modifier ses engagements.</translation>
    </message>
    <message>
        <source>The handoff is %1; a sales rep can change promises only while it is a draft or returned by support.</source>
        <translation>Le transfert est %1&#xa0;; un commercial ne peut modifier les engagements que tant que le transfert est un brouillon ou a été renvoyé par le support.</translation>
    </message>
    <message>
        <source>A promise cannot move to another deal.</source>
        <translation>Un engagement ne peut pas être déplacé vers une autre affaire.</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Décrivez ce qui a été promis.</translation>
    </message>
    <message>
        <source>Choose the kind of promise (feature, integration, timeline ...).</source>
        <translation>Choisissez le type d&apos;engagement (fonctionnalité, intégration, calendrier…).</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Indiquez la date d&apos;échéance de l&apos;engagement.</translation>
    </message>
    <message>
        <source>There is no capability with id %1 in the catalog; choose one that exists or none.</source>
        <translation>Il n&apos;existe aucune capacité avec l&apos;identifiant %1 dans le catalogue&#xa0;; choisissez-en une qui existe, ou aucune.</translation>
    </message>
    <message>
        <source>The promise was not recorded.</source>
        <translation>L&apos;engagement n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The promise was not saved.</source>
        <translation>Les modifications de l&apos;engagement n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Only support or a lead can review promises.</source>
        <translation>Seul le support ou un chef d&apos;équipe peut examiner les engagements.</translation>
    </message>
    <message>
        <source>The handoff was already accepted; only a lead can change a review now.</source>
        <translation>Le transfert a déjà été accepté&#xa0;; seul un chef d&apos;équipe peut désormais modifier un examen.</translation>
    </message>
    <message>
        <source>Promises are reviewed while the handoff is submitted; this one is %1.</source>
        <translation>Les engagements sont examinés pendant que le transfert est soumis&#xa0;; celui-ci est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose accepted, needs clarification or cannot fulfil as the review.</source>
        <translation>Choisissez comme examen «&#xa0;accepté&#xa0;», «&#xa0;à clarifier&#xa0;» ou «&#xa0;impossible à honorer&#xa0;».</translation>
    </message>
    <message>
        <source>Write in the note what the sales rep should clarify.</source>
        <translation>Indiquez dans la note ce que le commercial doit clarifier.</translation>
    </message>
    <message>
        <source>Write in the note why the promise cannot be fulfilled.</source>
        <translation>Indiquez dans la note pourquoi l&apos;engagement ne peut pas être honoré.</translation>
    </message>
    <message>
        <source>The promise is already %1; it needs no review.</source>
        <translation>L&apos;engagement est déjà %1&#xa0;; il n&apos;a pas besoin d&apos;être examiné.</translation>
    </message>
    <message>
        <source>The promise was not reviewed.</source>
        <translation>L&apos;engagement n&apos;a pas été examiné.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can answer support&apos;s question.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut répondre à la question du support.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can answer support&apos;s question.</source>
        <translation>Vous n&apos;êtes pas le commercial de cette affaire&#xa0;; seul son commercial ou un chef d&apos;équipe peut répondre à la question du support.</translation>
    </message>
    <message>
        <source>Support has not asked about this promise; its review is %1.</source>
        <translation>Le support n&apos;a posé aucune question sur cet engagement&#xa0;; son statut d&apos;examen est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write the answer to support&apos;s question.</source>
        <translation>Rédigez la réponse à la question du support.</translation>
    </message>
    <message>
        <source>The clarification was not sent.</source>
        <translation>La clarification n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Waiving a promise needs a team lead&apos;s approval; ask your lead to waive it.</source>
        <translation>L&apos;abandon d&apos;un engagement nécessite l&apos;accord d&apos;un chef d&apos;équipe&#xa0;; demandez à votre chef d&apos;équipe de l&apos;abandonner.</translation>
    </message>
    <message>
        <source>The promise is already %1.</source>
        <translation>L&apos;engagement est déjà %1.</translation>
    </message>
    <message>
        <source>Before acceptance only a promise support cannot fulfil can be waived; this one&apos;s review is %1.</source>
        <translation>Avant l&apos;acceptation, seul un engagement que le support ne peut pas honorer peut être abandonné&#xa0;; le statut d&apos;examen de celui-ci est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give the reason the promise is waived.</source>
        <translation>Indiquez pourquoi l&apos;engagement est abandonné.</translation>
    </message>
    <message>
        <source>The promise was not waived.</source>
        <translation>L&apos;engagement n&apos;a pas été abandonné.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s support owner or a lead can mark its promises fulfilled.</source>
        <translation>Seul le responsable du support de l&apos;affaire ou un chef d&apos;équipe peut marquer ses engagements comme honorés.</translation>
    </message>
    <message>
        <source>You are not the support owner of this deal; only its owner or a lead can mark its promises fulfilled.</source>
        <translation>Vous n&apos;êtes pas le responsable du support de cette affaire&#xa0;; seul son responsable ou un chef d&apos;équipe peut marquer ses engagements comme honorés.</translation>
    </message>
    <message>
        <source>Promises are fulfilled after support accepts the handoff; this one is %1.</source>
        <translation>Les engagements sont honorés une fois le transfert accepté par le support&#xa0;; celui-ci est à l&apos;état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The promise was already fulfilled on %1.</source>
        <translation>L&apos;engagement a déjà été honoré le %1.</translation>
    </message>
    <message>
        <source>The promise was waived; there is nothing left to fulfil.</source>
        <translation>L&apos;engagement a été abandonné&#xa0;; il n&apos;y a plus rien à honorer.</translation>
    </message>
    <message>
        <source>Give the date the promise was fulfilled.</source>
        <translation>Indiquez la date à laquelle l&apos;engagement a été honoré.</translation>
    </message>
    <message>
        <source>The promise was not marked fulfilled.</source>
        <translation>L&apos;engagement n&apos;a pas été marqué comme honoré.</translation>
    </message>
    <message>
        <source>Only the deal&apos;s sales rep or a lead can remove its promises.</source>
        <translation>Seul le commercial de l&apos;affaire ou un chef d&apos;équipe peut supprimer ses engagements.</translation>
    </message>
    <message>
        <source>You are not the sales rep of this deal; only its sales rep or a lead can remove its promises.</source>
        <translation>Vous n&apos;êtes pas le commercial de cette affaire&#xa0;; seul son commercial ou un chef d&apos;équipe peut supprimer ses engagements.</translation>
    </message>
    <message>
        <source>The handoff was accepted, so its promises are owed; a lead waives a promise instead of removing it.</source>
        <translation>Le transfert a été accepté, ses engagements sont donc dus&#xa0;; un chef d&apos;équipe abandonne un engagement au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>The handoff is submitted; a sales rep can remove promises only while it is a draft or returned by support.</source>
        <translation>Le transfert est soumis&#xa0;; un commercial ne peut supprimer des engagements que lorsqu&apos;il est à l&apos;état brouillon ou renvoyé par le support.</translation>
    </message>
    <message>
        <source>A promise can only go back to open or broken.</source>
        <translation>Un engagement ne peut revenir qu&apos;à l&apos;état ouvert ou non honoré.</translation>
    </message>
    <message>
        <source>The promise was not removed.</source>
        <translation>L&apos;engagement n&apos;a pas été supprimé.</translation>
    </message>
    <message>
        <source>The promise has no review to take back.</source>
        <translation>L&apos;engagement n&apos;a aucun examen à annuler.</translation>
    </message>
    <message>
        <source>Someone else reviewed the promise since; only their review stands.</source>
        <translation>Quelqu&apos;un d&apos;autre a examiné l&apos;engagement entre-temps&#xa0;; seul son examen est conservé.</translation>
    </message>
    <message>
        <source>Choose the review the promise goes back to.</source>
        <translation>Choisissez l&apos;examen auquel l&apos;engagement revient.</translation>
    </message>
    <message>
        <source>The promise is not waived; there is no waiver to take back.</source>
        <translation>L&apos;engagement n&apos;est pas abandonné&#xa0;; il n&apos;y a aucun abandon à annuler.</translation>
    </message>
    <message>
        <source>The promise is not marked fulfilled; there is no mark to take back.</source>
        <translation>L&apos;engagement n&apos;est pas marqué comme honoré&#xa0;; il n&apos;y a aucune marque à annuler.</translation>
    </message>
    <message>
        <source>Only a review, a waiver or a fulfilment can be taken back this way.</source>
        <translation>Seuls un examen, un abandon ou une réalisation peuvent être annulés de cette façon.</translation>
    </message>
    <message>
        <source>The change was not taken back.</source>
        <translation>La modification n&apos;a pas été annulée.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>The customer&apos;s words</source>
        <translation>Les mots du client</translation>
    </message>
    <message>
        <source>The justification</source>
        <translation>La justification</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Makes a printable report as PDF or HTML: &apos;report deal ID|REF&apos; for the handoff report of one deal, &apos;report team&apos; for the team report of a period (this month unless --from and --to say otherwise).</source>
        <translation>Produit un rapport imprimable au format PDF ou HTML&#xa0;: &apos;report deal ID|REF&apos; pour le rapport de transfert d&apos;une affaire, &apos;report team&apos; pour le rapport d&apos;équipe d&apos;une période (le mois en cours, sauf indication contraire de --from et --to).</translation>
    </message>
    <message>
        <source>deal or team.</source>
        <translation>deal ou team.</translation>
    </message>
    <message>
        <source>deal|team</source>
        <translation>deal|team</translation>
    </message>
    <message>
        <source>For a deal report: the deal&apos;s id or CRM reference.</source>
        <translation>Pour un rapport d&apos;affaire&#xa0;: l&apos;identifiant ou la référence CRM de l&apos;affaire.</translation>
    </message>
    <message>
        <source>[ID|REF]</source>
        <translation>[ID|REF]</translation>
    </message>
    <message>
        <source>Write to this file; .pdf makes a PDF, .html a web page. Without it the report goes to standard output as HTML (or as PDF with --format pdf).</source>
        <translation>Écrire dans ce fichier&#xa0;; .pdf produit un PDF, .html une page web. Sans cette option, le rapport est envoyé sur la sortie standard au format HTML (ou PDF avec --format pdf).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Remplacer le fichier de sortie s&apos;il existe.</translation>
    </message>
    <message>
        <source>pdf or html, when the file name does not say it.</source>
        <translation>pdf ou html, lorsque le nom du fichier ne l&apos;indique pas.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>a4 or letter (default: what the language and country use).</source>
        <translation>a4 ou letter (par défaut&#xa0;: le format en usage pour la langue et le pays).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>Team report: the first day of the period, YYYY-MM-DD (default: the 1st of this month).</source>
        <translation>Rapport d&apos;équipe&#xa0;: le premier jour de la période, au format AAAA-MM-JJ (par défaut&#xa0;: le 1er du mois en cours).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Team report: the last day of the period, YYYY-MM-DD (default: the last day of this month).</source>
        <translation>Rapport d&apos;équipe&#xa0;: le dernier jour de la période, au format AAAA-MM-JJ (par défaut&#xa0;: le dernier jour du mois en cours).</translation>
    </message>
    <message>
        <source>Team report: only this team member&apos;s figures.</source>
        <translation>Rapport d&apos;équipe&#xa0;: uniquement les indicateurs de ce membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>report needs a kind: deal ID|REF or team.</source>
        <translation>report attend un type&#xa0;: deal ID|REF ou team.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of report; choose deal or team.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de rapport&#xa0;; choisissez deal ou team.</translation>
    </message>
    <message>
        <source>report deal needs the deal&apos;s id or CRM reference, and nothing else.</source>
        <translation>report deal attend l&apos;identifiant ou la référence CRM de l&apos;affaire, et rien d&apos;autre.</translation>
    </message>
    <message>
        <source>report team takes no arguments, only options; see --help.</source>
        <translation>report team n&apos;accepte aucun argument, uniquement des options&#xa0;; voir --help.</translation>
    </message>
    <message>
        <source>--force only applies with -o FILE.</source>
        <translation>--force ne s&apos;applique qu&apos;avec -o FICHIER.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report format; choose pdf or html.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format de rapport&#xa0;; choisissez pdf ou html.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in .pdf or .html; add --format pdf or --format html.</source>
        <translation>«&#xa0;%1&#xa0;» ne se termine pas par .pdf ou .html&#xa0;; ajoutez --format pdf ou --format html.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a paper size; choose a4 or letter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format de papier&#xa0;; choisissez a4 ou letter.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>Fichier écrit&#xa0;: %1 (1 page).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Fichier écrit&#xa0;: %1 (%2 pages).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Fichier écrit&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The report could not be printed: the printer or file did not open.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: l&apos;imprimante ou le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The report could not be printed: page %1 could not be started.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé&#xa0;: impossible de commencer la page %1.</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Le rapport n&apos;a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Le rapport n&apos;a pas pu être écrit&#xa0;: %1</translation>
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
        <translation>Il n&apos;existe aucun enregistrement de type «&#xa0;%1&#xa0;» avec l&apos;identifiant %2&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The %1 %2 was changed elsewhere after you opened it. Reload it to see the other change, or overwrite it with yours.</source>
        <translation>L&apos;enregistrement de type «&#xa0;%1&#xa0;» avec l&apos;identifiant %2 a été modifié ailleurs depuis que vous l&apos;avez ouvert. Rechargez-le pour voir l&apos;autre modification, ou écrasez-le avec la vôtre.</translation>
    </message>
</context>
<context>
    <name>SearchBacklog</name>
    <message>
        <source>The search index could not be brought up to date. %1</source>
        <translation>L&apos;index de recherche n&apos;a pas pu être mis à jour. %1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search failed. %1 If this happens again, &apos;handoff check&apos; tells whether the file is damaged.</source>
        <translation>La recherche a échoué. %1 Si cela se reproduit, &apos;handoff check&apos; indique si le fichier est endommagé.</translation>
    </message>
    <message>
        <source>Deal</source>
        <comment>kind of search result</comment>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Account</source>
        <comment>kind of search result</comment>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Contact</source>
        <comment>kind of search result</comment>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Promise</source>
        <comment>kind of search result</comment>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Affaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>aucune échéance</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server address &apos;%1&apos; cannot be used: %2</source>
        <translation>L&apos;adresse de serveur «&#xa0;%1&#xa0;» ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation>elle doit commencer par postgresql://.</translation>
    </message>
    <message>
        <source>The server address holds a password. Handoff never takes a password on the command line or in an address: put it in ~/.pgpass (or use the server&apos;s peer or certificate login) and give the address without it.</source>
        <translation>L&apos;adresse du serveur contient un mot de passe. Handoff n&apos;accepte jamais de mot de passe sur la ligne de commande ni dans une adresse&#xa0;: placez-le dans ~/.pgpass (ou utilisez l&apos;authentification peer ou par certificat du serveur) et indiquez l&apos;adresse sans mot de passe.</translation>
    </message>
    <message>
        <source>the database name cannot contain &apos;/&apos;.</source>
        <translation>le nom de la base de données ne peut pas contenir &apos;/&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a connection setting.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un paramètre de connexion.</translation>
    </message>
    <message>
        <source>The server address holds a password. Put it in ~/.pgpass instead and give the address without it.</source>
        <translation>L&apos;adresse du serveur contient un mot de passe. Placez-le plutôt dans ~/.pgpass et indiquez l&apos;adresse sans mot de passe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de port.</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>A database on a server is backed up with PostgreSQL&apos;s pg_dump, which is not installed here (Debian: postgresql-client). Install it, or ask the server&apos;s administrator where the server&apos;s backups go.</source>
        <translation>Une base de données sur un serveur se sauvegarde avec pg_dump de PostgreSQL, qui n&apos;est pas installé ici (Debian&#xa0;: postgresql-client). Installez-le, ou demandez à l&apos;administrateur du serveur où vont ses sauvegardes.</translation>
    </message>
    <message>
        <source>Could not back up the database to &apos;%1&apos;: pg_dump failed: %2</source>
        <translation>Impossible de sauvegarder la base de données dans «&#xa0;%1&#xa0;»&#xa0;: pg_dump a échoué&#xa0;: %2</translation>
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
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;a pas été modifié&#xa0;: %2 n&apos;est pas compris entre %3 et %4.</translation>
    </message>
    <message>
        <source>The setting &apos;%1&apos; was not changed: only a team lead changes the team&apos;s settings.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» n&apos;a pas été modifié&#xa0;: seul un responsable d&apos;équipe modifie les paramètres de l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>SnapshotService</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Référence CRM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Date cible de mise en service</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Raison de l&apos;achat</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Risques connus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Mots du client</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no deal with id %1; it may have been deleted.</source>
        <translation>Il n&apos;existe aucune affaire avec l&apos;identifiant %1&#xa0;; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>A stored handoff snapshot cannot be read: %1</source>
        <translation>Un instantané de transfert enregistré ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>Could not prepare a database statement: the database is not open.</source>
        <translation>Impossible de préparer une instruction de base de données&#xa0;: la base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: %2.</source>
        <translation>Impossible de préparer l&apos;instruction de base de données &quot;%1&quot;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not prepare the database statement &quot;%1&quot;: it holds more than one statement.</source>
        <translation>Impossible de préparer l&apos;instruction de base de données &quot;%1&quot;&#xa0;: elle contient plus d&apos;une instruction.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: value %2 could not be bound (%3).</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: la valeur %2 n&apos;a pas pu être liée (%3).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is busy or locked by another program (%2). Try again in a moment, or close the other program.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: la base de données est occupée ou verrouillée par un autre programme (%2). Réessayez dans un instant ou fermez l&apos;autre programme.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database cannot be written (%2).</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: la base de données n&apos;est pas accessible en écriture (%2).</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: the database is damaged (%2). Restore it from a backup.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: la base de données est endommagée (%2). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not run &quot;%1&quot;: %2.</source>
        <translation>Impossible d&apos;exécuter &quot;%1&quot;&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not run a database statement: it was never prepared.</source>
        <translation>Impossible d&apos;exécuter une instruction de base de données&#xa0;: elle n&apos;a jamais été préparée.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Says where the database is, its schema version, whether the server holds a team to its roles, the team&apos;s people and who is connected.</source>
        <translation>Indique où est la base, sa version de schéma, si le serveur tient l’équipe à ses rôles, les personnes de l’équipe et qui est connecté.</translation>
    </message>
    <message>
        <source>status takes no argument.</source>
        <translation>status ne prend aucun argument.</translation>
    </message>
    <message>
        <source>Database: %1, on PostgreSQL %2</source>
        <translation>Base&#xa0;: %1, sur PostgreSQL %2</translation>
    </message>
    <message>
        <source>Database: %1, a file (SQLite %2)</source>
        <translation>Base&#xa0;: %1, un fichier (SQLite %2)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team mode: each person connects with their own login and the server holds them to their role; the login &apos;%1&apos; administers the database.</source>
        <translation>Mode équipe&#xa0;: chaque personne se connecte avec son propre identifiant et le serveur la tient à son rôle&#xa0;; l’identifiant «&#xa0;%1&#xa0;» administre la base.</translation>
    </message>
    <message>
        <source>You: %1 &lt;%2&gt;, %3, login &apos;%4&apos;.</source>
        <translation>Vous&#xa0;: %1 &lt;%2&gt;, %3, identifiant «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>You: the login that administers the database, no person of the team.</source>
        <translation>Vous&#xa0;: l’identifiant qui administre la base, aucune personne de l’équipe.</translation>
    </message>
    <message>
        <source>Team mode: off. One login serves everyone, who say who they are; &apos;handoff init&apos; on an empty database starts a team in team mode.</source>
        <translation>Mode équipe&#xa0;: non. Un identifiant sert à tous, qui disent qui ils sont&#xa0;; «&#xa0;handoff init&#xa0;» sur une base vide lance une équipe en mode équipe.</translation>
    </message>
    <message>
        <source>Team mode: a file has none; whoever sits at it picks their profile, and Handoff enforces the roles.</source>
        <translation>Mode équipe&#xa0;: un fichier n’en a pas&#xa0;; qui l’utilise choisit son profil, et Handoff applique les rôles.</translation>
    </message>
    <message>
        <source>People: %1 active (sales reps: %2, support reps: %3, team leads: %4); deactivated: %5.</source>
        <translation>Personnes&#xa0;: %1 actives (commerciaux&#xa0;: %2, support&#xa0;: %3, responsables&#xa0;: %4)&#xa0;; désactivées&#xa0;: %5.</translation>
    </message>
    <message>
        <source>%1 (sessions: %2, since %3)</source>
        <translation>%1 (sessions&#xa0;: %2, depuis %3)</translation>
    </message>
    <message>
        <source>Connected now: %1</source>
        <translation>Connectés maintenant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Could not write the %1 export: %2.</source>
        <translation>Impossible d&apos;écrire l&apos;export %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>TaskEdits</name>
    <message>
        <source>Add task “%1”</source>
        <translation>Ajouter la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove task “%1”</source>
        <translation>Supprimer la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Reassign task “%1”</source>
        <translation>Réattribuer la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>Terminer la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set task “%1” to %2</source>
        <translation>Passer la tâche «&#xa0;%1&#xa0;» à l&apos;état %2</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Only support or a team lead can work on fulfilment tasks.</source>
        <translation>Seul le support ou un chef d&apos;équipe peut travailler sur les tâches de réalisation.</translation>
    </message>
    <message>
        <source>The handoff of &quot;%1&quot; is &quot;%2&quot;; its tasks can change only while it is accepted.</source>
        <translation>Le transfert de «&#xa0;%1&#xa0;» est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;; ses tâches ne peuvent être modifiées que lorsqu&apos;il est accepté.</translation>
    </message>
    <message>
        <source>%1 cannot take fulfilment tasks: only active support reps and team leads can.</source>
        <translation>%1 ne peut pas prendre en charge de tâches de réalisation&#xa0;: seuls les agents du support et les chefs d&apos;équipe actifs le peuvent.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche doit avoir un titre.</translation>
    </message>
    <message>
        <source>The promise the task is for does not belong to &quot;%1&quot;.</source>
        <translation>L&apos;engagement auquel se rapporte la tâche n&apos;appartient pas à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The task cannot be added.</source>
        <translation>La tâche ne peut pas être ajoutée.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; cannot be reassigned.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» ne peut pas être réattribuée.</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; was changed elsewhere at the same time; reload it and try again.</source>
        <translation>La tâche «&#xa0;%1&#xa0;» a été modifiée ailleurs au même moment&#xa0;; rechargez-la et réessayez.</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Le titre</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>%1 per sales rep</source>
        <translation>%1 par commercial</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Sales reps</source>
        <translation>Commerciaux</translation>
    </message>
    <message>
        <source>Each rate shows the counts it was taken from; &quot;no data&quot; means nothing was counted.</source>
        <translation>Chaque taux indique les décomptes dont il est tiré&#xa0;; «&#xa0;aucune donnée&#xa0;» signifie que rien n&apos;a été compté.</translation>
    </message>
    <message>
        <source>Support reps</source>
        <translation>Agents du support</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Where the work stands today</source>
        <translation>Où en est le travail aujourd&apos;hui</translation>
    </message>
    <message>
        <source>As of %1, whatever the period.</source>
        <translation>Au %1, quelle que soit la période.</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>État du transfert</translation>
    </message>
    <message>
        <source>Open promises by feasibility</source>
        <translation>Engagements ouverts par faisabilité</translation>
    </message>
    <message>
        <source>Open promises by review</source>
        <translation>Engagements ouverts par statut d&apos;examen</translation>
    </message>
    <message>
        <source>What the figures mean</source>
        <translation>Signification des chiffres</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>Team handoff report: %1</source>
        <translation>Rapport d&apos;équipe sur les transferts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team handoff report</source>
        <translation>Rapport d&apos;équipe sur les transferts</translation>
    </message>
    <message>
        <source>%1 · figures as of %2</source>
        <translation>%1 · chiffres au %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>… and %1 more deals: open the dashboard to see them all.</source>
        <translation>… et %1 autres affaires&#xa0;: ouvrez le tableau de bord pour les voir toutes.</translation>
    </message>
    <message>
        <source>No promise is overdue.</source>
        <translation>Aucun engagement n&apos;est en retard.</translation>
    </message>
    <message>
        <source>Overdue promises</source>
        <translation>Engagements en retard</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Échéance la plus ancienne</translation>
    </message>
    <message>
        <source>No deal is at risk.</source>
        <translation>Aucune affaire n&apos;est à risque.</translation>
    </message>
    <message>
        <source>Promises due soon</source>
        <translation>Engagements bientôt échus</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Promises due per week: kept and broken</source>
        <translation>Promesses dues par semaine&#xa0;: tenues et non tenues</translation>
    </message>
    <message>
        <source>Promises due per month: kept and broken</source>
        <translation>Promesses dues par mois&#xa0;: tenues et non tenues</translation>
    </message>
    <message>
        <source>Promises due per quarter: kept and broken</source>
        <translation>Promesses dues par trimestre&#xa0;: tenues et non tenues</translation>
    </message>
</context>
<context>
    <name>TemplateSteps</name>
    <message>
        <source>&quot;%1&quot; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs entre-temps&#xa0;; cette modification est conservée.</translation>
    </message>
</context>
<context>
    <name>TransferFiles</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>[EMAIL]</source>
        <translation>[E-MAIL]</translation>
    </message>
    <message>
        <source>list: print JSON instead of text.</source>
        <translation>list&#xa0;: afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>add: the person&apos;s name.</source>
        <translation>add&#xa0;: le nom de la personne.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>add: the person&apos;s email address.</source>
        <translation>add&#xa0;: l&apos;adresse e-mail de la personne.</translation>
    </message>
    <message>
        <source>add: what the person does (%1).</source>
        <translation>add&#xa0;: ce que fait la personne (%1).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>user %1 needs exactly one email: the person&apos;s.</source>
        <translation>user %1 attend exactement une adresse e-mail&#xa0;: celle de la personne.</translation>
    </message>
    <message>
        <source>user %1 takes no other argument.</source>
        <translation>user %1 ne prend pas d&apos;autre argument.</translation>
    </message>
    <message>
        <source>user %1 needs --as EMAIL: the team lead who acts.</source>
        <translation>user %1 attend --as E-MAIL&#xa0;: le responsable d&apos;équipe qui agit.</translation>
    </message>
    <message>
        <source>user add needs --name NAME, --email EMAIL and --role ROLE (%1).</source>
        <translation>user add attend --name NOM, --email E-MAIL et --role RÔLE (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role. Roles: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle. Rôles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; as %3.</source>
        <translation>%1 &lt;%2&gt; ajouté comme %3.</translation>
    </message>
    <message>
        <source>They open %1 in the workstation and pick their profile.</source>
        <translation>La personne ouvre %1 dans l&apos;espace de travail et choisit son profil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is active again.</source>
        <translation>%1 &lt;%2&gt; est de nouveau actif.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is deactivated: they can no longer act; their deals and history stay theirs.</source>
        <translation>%1 &lt;%2&gt; est désactivé&#xa0;: cette personne ne peut plus agir&#xa0;; ses affaires et son historique restent les siens.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>Lists the team&apos;s people and lets a lead manage them: list, add --name NAME --email EMAIL --role ROLE, deactivate EMAIL, activate EMAIL, and on a team&apos;s server login EMAIL [--login LOGIN].</source>
        <translation>Liste les personnes de l’équipe et permet à un responsable de les gérer&#xa0;: list, add --name NOM --email COURRIEL --role RÔLE, deactivate COURRIEL, activate COURRIEL et, sur le serveur d’une équipe, login COURRIEL [--login IDENTIFIANT].</translation>
    </message>
    <message>
        <source>list, add, deactivate, activate or login.</source>
        <translation>list, add, deactivate, activate ou login.</translation>
    </message>
    <message>
        <source>deactivate, activate, login: the person&apos;s email.</source>
        <translation>deactivate, activate, login&#xa0;: le courriel de la personne.</translation>
    </message>
    <message>
        <source>add, login, on a team&apos;s server: the person&apos;s login (default: their email&apos;s part before &apos;@&apos;).</source>
        <translation>add, login, sur le serveur d’une équipe&#xa0;: l’identifiant de la personne (par défaut, la partie de son courriel avant «&#xa0;@&#xa0;»).</translation>
    </message>
    <message>
        <source>add, deactivate, activate, login: the email of the team lead who acts (on a team&apos;s server, the lead&apos;s own login is the lead).</source>
        <translation>add, deactivate, activate, login&#xa0;: le courriel du responsable d’équipe qui agit (sur le serveur d’une équipe, l’identifiant du responsable suffit).</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Saisissez une adresse e-mail, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>%1 already belongs to %2.</source>
        <translation>%1 appartient déjà à %2.</translation>
    </message>
    <message>
        <source>The profile was not created.</source>
        <translation>Le profil n&apos;a pas été créé.</translation>
    </message>
    <message>
        <source>No user has the email &apos;%1&apos;.</source>
        <translation>Aucun utilisateur n&apos;a l&apos;adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This database already has people in it: a team lead adds more.</source>
        <translation>Cette base de données a déjà des membres&#xa0;: un responsable d&apos;équipe en ajoute d&apos;autres.</translation>
    </message>
    <message>
        <source>%1 was not added: only a team lead adds people.</source>
        <translation>%1 n&apos;a pas été ajouté&#xa0;: seul un responsable d&apos;équipe ajoute des personnes.</translation>
    </message>
    <message>
        <source>Only a team lead restores a person&apos;s access.</source>
        <translation>Seul un responsable d&apos;équipe rétablit l&apos;accès d&apos;une personne.</translation>
    </message>
    <message>
        <source>Only a team lead deactivates a person.</source>
        <translation>Seul un responsable d&apos;équipe désactive une personne.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already active.</source>
        <translation>%1 &lt;%2&gt; est déjà actif.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already deactivated.</source>
        <translation>%1 &lt;%2&gt; est déjà désactivé.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is the team&apos;s only active lead and stays active, so that someone can manage the team. Add another lead first.</source>
        <translation>%1 &lt;%2&gt; est le seul responsable actif de l&apos;équipe et reste actif, pour que quelqu&apos;un puisse gérer l&apos;équipe. Ajoutez d&apos;abord un autre responsable.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Le nom</translation>
    </message>
    <message>
        <source>The email address</source>
        <translation>L&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; was not given: %2</source>
        <translation>L’identifiant «&#xa0;%1&#xa0;» n’a pas été attribué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only a team lead gives people their logins.</source>
        <translation>Seul un responsable d’équipe attribue les identifiants.</translation>
    </message>
    <message>
        <source>Logins are for a team&apos;s server in team mode: on this database whoever works picks their profile.</source>
        <translation>Les identifiants sont pour le serveur d’une équipe en mode équipe&#xa0;: dans cette base, qui travaille choisit son profil.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has the login &apos;%3&apos;.</source>
        <translation>%1 &lt;%2&gt; a déjà l’identifiant «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>UserText</name>
    <message>
        <source>%1 contains an invisible control character, %2, at position %3; remove it.</source>
        <translation>%1 contient un caractère de contrôle invisible, %2, à la position %3&#xa0;; supprimez-le.</translation>
    </message>
</context>
<context>
    <name>handoff::ActivityTab</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Changed since the last submission</source>
        <translation>Modifications depuis la dernière soumission</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Comments, oldest first</source>
        <translation>Commentaires, les plus anciens en premier</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Post the comment (Ctrl+Return). Comments cannot be undone.</source>
        <translation>Publier le commentaire (Ctrl+Entrée). Les commentaires ne peuvent pas être annulés.</translation>
    </message>
    <message>
        <source>History (newest at the bottom)</source>
        <translation>Historique (le plus récent en bas)</translation>
    </message>
    <message>
        <source>History of the deal, oldest first</source>
        <translation>Historique de l&apos;affaire, les plus anciens en premier</translation>
    </message>
    <message>
        <source>The comments could not be read: %1</source>
        <translation>Les commentaires n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>What changed since the last submission could not be read: %1</source>
        <translation>Les modifications depuis la dernière soumission n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Before: %1
After: %2</source>
        <translation>Avant&#xa0;: %1
Après&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not post the comment</source>
        <translation>Impossible de publier le commentaire</translation>
    </message>
    <message>
        <source>Write a comment for sales, support and leads; @sam puts it in the inbox of sam@…</source>
        <translation>Écrivez un commentaire pour les ventes, le support et les responsables&#xa0;; @sam le met dans la boîte de réception de sam@…</translation>
    </message>
</context>
<context>
    <name>handoff::CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <source>Whose dates</source>
        <translation>Dates concernées</translation>
    </message>
    <message>
        <source>E&amp;veryone&apos;s</source>
        <translation>De &amp;tout le monde</translation>
    </message>
    <message>
        <source>Only &amp;mine (%1)</source>
        <translation>Uniquement les &amp;miennes (%1)</translation>
    </message>
    <message>
        <source>The tasks assigned to you and the promises of the deals you sold or own in support</source>
        <translation>Les tâches qui vous sont attribuées et les engagements des affaires que vous avez vendues ou dont vous êtes responsable au support</translation>
    </message>
    <message>
        <source>Each open fulfilment task and open promise with a due date becomes an all-day event. Importing a newer file into the calendar updates the events instead of adding copies.</source>
        <translation>Chaque tâche de réalisation ouverte et chaque engagement ouvert ayant une échéance devient un événement sur toute la journée. L&apos;import d&apos;un fichier plus récent dans l&apos;agenda met à jour les événements au lieu d&apos;en ajouter des copies.</translation>
    </message>
    <message>
        <source>Export calendar to</source>
        <translation>Exporter l&apos;agenda vers</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar was not written</source>
        <translation>L&apos;agenda n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Exported 1 calendar event to %1.</source>
        <translation>1 événement d&apos;agenda exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 calendar events to %2.</source>
        <translation>%1 événements d&apos;agenda exportés vers %2.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. SAML single sign-on</source>
        <translation>p. ex. authentification unique SAML</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned and beta capabilities give promises a warning; unsupported ones block them.</source>
        <translation>Les capacités prévues ou en bêta donnent un avertissement aux engagements&#xa0;; les capacités non prises en charge les bloquent.</translation>
    </message>
    <message>
        <source>Standard lead time in days</source>
        <translation>Délai standard en jours</translation>
    </message>
    <message>
        <source>How long delivering it usually takes; promises due sooner get a warning.</source>
        <translation>Durée habituelle de livraison&#xa0;; les engagements dont l&apos;échéance est plus proche reçoivent un avertissement.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lead time:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source>Which promises this changes could not be read: %1</source>
        <translation>Les promesses concernées n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 open promise names this capability.</source>
        <translation>1 promesse ouverte cite cette capacité.</translation>
    </message>
    <message>
        <source>%L1 open promises name this capability.</source>
        <translation>%L1 promesses ouvertes citent cette capacité.</translation>
    </message>
    <message>
        <source>%L1 become blocked</source>
        <translation>%L1 deviennent bloquées</translation>
    </message>
    <message>
        <source>%L1 get a warning</source>
        <translation>%L1 reçoivent un avertissement</translation>
    </message>
    <message>
        <source>%L1 become feasible</source>
        <translation>%L1 deviennent réalisables</translation>
    </message>
    <message>
        <source>Saving leaves their feasibility as it is.</source>
        <translation>L’enregistrement laisse leur faisabilité telle quelle.</translation>
    </message>
    <message>
        <source>Saving: %1.</source>
        <translation>À l’enregistrement&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityPicker</name>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Type to search the catalog; leave empty for none</source>
        <translation>Tapez pour rechercher dans le catalogue&#xa0;; laissez vide pour aucune</translation>
    </message>
    <message>
        <source>Show all capabilities</source>
        <translation>Afficher toutes les capacités</translation>
    </message>
    <message>
        <source>Show every capability of the catalog (Alt+Down)</source>
        <translation>Afficher toutes les capacités du catalogue (Alt+Bas)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>%1 — %2, lead time %3</source>
        <translation>%1 — %2, délai %3</translation>
    </message>
    <message>
        <source>%1 — not offered</source>
        <translation>%1 — non proposée</translation>
    </message>
</context>
<context>
    <name>handoff::CapabilityTableModel</name>
    <message>
        <source>Unsupported: promises that name it are blocked.</source>
        <translation>Non prise en charge&#xa0;: les engagements qui la désignent sont bloqués.</translation>
    </message>
    <message>
        <source>Planned, not available: promises that name it get a warning.</source>
        <translation>Prévue, pas disponible&#xa0;: les engagements qui la désignent reçoivent un avertissement.</translation>
    </message>
    <message>
        <source>In beta: promises that name it get a warning.</source>
        <translation>En bêta&#xa0;: les engagements qui la désignent reçoivent un avertissement.</translation>
    </message>
    <message>
        <source>Available: promises are checked against its lead time only.</source>
        <translation>Disponible&#xa0;: les engagements sont vérifiés uniquement par rapport à son délai.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lead time (days)</source>
        <translation>Délai (jours)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>handoff::CatalogView</name>
    <message>
        <source>The capability is no longer in the catalog; someone may have removed it.</source>
        <translation>La capacité ne figure plus dans le catalogue&#xa0;; quelqu&apos;un l&apos;a peut-être retirée.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was changed elsewhere in the meantime; that change is kept.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié ailleurs entre-temps&#xa0;; cette modification est conservée.</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Catalogue des capacités</translation>
    </message>
    <message>
        <source>Filter capabilities by name</source>
        <translation>Filtrer les capacités par nom</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>What the product can do, one capability per row. Click a column header to sort by it.</source>
        <translation>Ce que le produit sait faire, une capacité par ligne. Cliquez sur un en-tête de colonne pour trier selon celle-ci.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the capability catalog.</source>
        <translation>Lecture seule&#xa0;: seuls les chefs d&apos;équipe modifient le catalogue des capacités.</translation>
    </message>
    <message>
        <source>&amp;Add capability…</source>
        <translation>&amp;Ajouter une capacité…</translation>
    </message>
    <message>
        <source>&amp;Edit capability…</source>
        <translation>&amp;Modifier la capacité…</translation>
    </message>
    <message>
        <source>Only team leads change the capability catalog.</source>
        <translation>Seuls les chefs d&apos;équipe modifient le catalogue des capacités.</translation>
    </message>
    <message>
        <source>Add a capability to the catalog (%1 or %2)</source>
        <translation>Ajouter une capacité au catalogue (%1 ou %2)</translation>
    </message>
    <message>
        <source>Edit the selected capability (Enter, F2 or double-click)</source>
        <translation>Modifier la capacité sélectionnée (Entrée, F2 ou double-clic)</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add capability</source>
        <translation>Ajouter une capacité</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Modifier la capacité</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to the catalog</source>
        <translation>«&#xa0;%1&#xa0;» ajouté au catalogue</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the catalog again</source>
        <translation>«&#xa0;%1&#xa0;» retiré à nouveau du catalogue</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>«&#xa0;%1&#xa0;» mis à jour&#xa0;; faisabilité des engagements ouverts revérifiée</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;; feasibility of open promises re-checked</source>
        <translation>Modification de «&#xa0;%1&#xa0;» annulée&#xa0;; faisabilité des engagements ouverts revérifiée</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the capability &apos;%1&apos;</source>
        <translation>la capacité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>La modification a été abandonnée au profit de l&apos;autre version.</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>handoff::ChangeFeed</name>
    <message>
        <source>Could not connect to &apos;%1&apos; to hear the others&apos; changes: %2</source>
        <translation>Impossible de se connecter à «&#xa0;%1&#xa0;» pour recevoir les changements des autres&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server &apos;%1&apos; did not let Handoff hear the others&apos; changes: %2</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» n’a pas laissé Handoff recevoir les changements des autres&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelDialog</name>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Numéro, adresse ou lien</translation>
    </message>
    <message>
        <source>The phone number, email address, or the link to the web form, chat, social account, forum or portal</source>
        <translation>Le numéro de téléphone, l&apos;adresse e-mail ou le lien vers le formulaire web, le chat, le compte de réseau social, le forum ou le portail</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred for day-to-day questions</source>
        <translation>&amp;Préféré pour les questions courantes</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Modifier le canal</translation>
    </message>
</context>
<context>
    <name>handoff::ChannelTableModel</name>
    <message>
        <source>Preferred</source>
        <translation>Préféré</translation>
    </message>
    <message>
        <source>The channel the customer prefers for day-to-day questions</source>
        <translation>Le canal que le client préfère pour les questions courantes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Number, address or link</source>
        <translation>Numéro, adresse ou lien</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistItemEditor</name>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Required: the handoff cannot be submitted without it.</source>
        <translation>Obligatoire&#xa0;: le transfert ne peut pas être soumis sans cet élément.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the date of &quot;%1&quot;</source>
        <translation>Effacer la date de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>Personne n&apos;est choisi</translation>
    </message>
    <message>
        <source>%1 (no longer offered)</source>
        <translation>%1 (n&apos;est plus proposé)</translation>
    </message>
    <message>
        <source>Edit in Contacts</source>
        <translation>Modifier dans Contacts</translation>
    </message>
    <message>
        <source>Edit on the Overview</source>
        <translation>Modifier dans l’aperçu</translation>
    </message>
    <message>
        <source>The deal&apos;s %1 answer this item; they are kept on the Contacts tab.</source>
        <translation>Les %1 de l’affaire répondent à ce point&#xa0;; ils se trouvent dans l’onglet Contacts.</translation>
    </message>
    <message>
        <source>The deal&apos;s field &quot;%1&quot; answers this item: one fact, kept in one place.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de l’affaire répond à ce point&#xa0;: un fait, à un seul endroit.</translation>
    </message>
    <message>
        <source>Not filled in on the deal yet</source>
        <translation>Pas encore rempli dans l’affaire</translation>
    </message>
</context>
<context>
    <name>handoff::ChecklistTab</name>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist progress</source>
        <translation>Avancement de la liste de contrôle</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avancement de %1</translation>
    </message>
    <message>
        <source>Required: %1 of %2 · All: %3 of %4</source>
        <translation>Obligatoires&#xa0;: %1 sur %2 · Tous&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>the deal could not be read.</source>
        <translation>l&apos;affaire n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The checklist could not be read completely: %1</source>
        <translation>La liste de contrôle n&apos;a pas pu être lue entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; was changed elsewhere after you opened it.</source>
        <translation>La réponse à «&#xa0;%1&#xa0;» a été modifiée ailleurs après que vous l&apos;avez ouverte.</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>Cocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Décocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clear “%1”</source>
        <translation>Effacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Répondre à «&#xa0;%1&#xa0;»</translation>
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
        <translation>Export Handoff</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>empty: every row is a won deal</source>
        <translation>vide&#xa0;: chaque ligne est une affaire gagnée</translation>
    </message>
    <message>
        <source>The values of the stage column that mean closed-won, separated by commas. Rows with another stage are skipped.</source>
        <translation>Les valeurs de la colonne d&apos;étape qui signifient «&#xa0;gagnée&#xa0;», séparées par des virgules. Les lignes ayant une autre étape sont ignorées.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d&apos;après le fichier</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour en premier (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois en premier (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Won stages:</source>
        <translation>Étapes &amp;gagnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Every deal needs this field.</source>
        <translation>Ce champ est obligatoire pour toute affaire.</translation>
    </message>
    <message>
        <source>&amp;Contact cells list people: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</source>
        <translation>Les cellules de &amp;contact listent des personnes&#xa0;: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)</translation>
    </message>
    <message>
        <source>Import the first person of each contact cell, with the email in brackets apart from the name. Unticked, a contact cell is imported whole, as the person&apos;s name.</source>
        <translation>Importe la première personne de chaque cellule de contact, l&apos;adresse entre parenthèses séparée du nom. Non cochée, une cellule de contact est importée telle quelle, comme nom de la personne.</translation>
    </message>
</context>
<context>
    <name>handoff::ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Job &amp;title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rôle sur l&apos;affaire</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rôle sur l&apos;affaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>+1 555 0100 ext 12</source>
        <translation>+1 555 0100 ext 12</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>&amp;Canal préféré&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Europe/Berlin</source>
        <translation>Europe/Berlin</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
</context>
<context>
    <name>handoff::ContactTableModel</name>
    <message>
        <source>Write to %1 (opens your mail program)</source>
        <translation>Écrire à %1 (ouvre votre messagerie)</translation>
    </message>
    <message>
        <source>Call %1 (opens your phone program)</source>
        <translation>Appeler %1 (ouvre votre application de téléphonie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rôle sur l&apos;affaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
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
        <translation>Contacts et canaux</translation>
    </message>
    <message>
        <source>People on the deal</source>
        <translation>Personnes sur l&apos;affaire</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ajouter un contact…</translation>
    </message>
    <message>
        <source>Add a person to the deal</source>
        <translation>Ajouter une personne à l&apos;affaire</translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>Ajouter une personne &amp;existante…</translation>
    </message>
    <message>
        <source>Put someone the customer&apos;s account already has on the deal</source>
        <translation>Ajouter à l&apos;affaire une personne déjà connue du compte client</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>Change the selected person</source>
        <translation>Modifier la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove from deal</source>
        <translation>&amp;Retirer de l&apos;affaire</translation>
    </message>
    <message>
        <source>Take the selected person off the deal</source>
        <translation>Retirer la personne sélectionnée de l&apos;affaire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Edit the person or open the link</source>
        <translation>Modifier la personne ou ouvrir le lien</translation>
    </message>
    <message>
        <source>Channels the customer uses to reach support</source>
        <translation>Canaux que le client utilise pour joindre le support</translation>
    </message>
    <message>
        <source>Support channels</source>
        <translation>Canaux de support</translation>
    </message>
    <message>
        <source>Add c&amp;hannel…</source>
        <translation>Ajouter un &amp;canal…</translation>
    </message>
    <message>
        <source>Add a channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Edit cha&amp;nnel…</source>
        <translation>Modifier le ca&amp;nal…</translation>
    </message>
    <message>
        <source>Change the selected channel</source>
        <translation>Modifier le canal sélectionné</translation>
    </message>
    <message>
        <source>Remove channe&amp;l</source>
        <translation>Supprimer &amp;le canal</translation>
    </message>
    <message>
        <source>Remove the selected channel</source>
        <translation>Supprimer le canal sélectionné</translation>
    </message>
    <message>
        <source>Make &amp;preferred</source>
        <translation>Définir comme &amp;préféré</translation>
    </message>
    <message>
        <source>Make the selected channel the preferred one</source>
        <translation>Faire du canal sélectionné le canal préféré</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contacts could not be read completely: %1</source>
        <translation>Les contacts n&apos;ont pas pu être lus entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing opened the link</source>
        <translation>Le lien n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links. The address is %2.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les liens %1. L&apos;adresse est %2.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
</context>
<context>
    <name>handoff::CsatDialog</name>
    <message>
        <source>Customer satisfaction with “%1”</source>
        <translation>Satisfaction client concernant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Score from 1 to 5</source>
        <translation>Score de 1 à 5</translation>
    </message>
    <message>
        <source>Choose 1 to 5</source>
        <translation>Choisissez de 1 à 5</translation>
    </message>
    <message>
        <source>Day the customer gave the score</source>
        <translation>Jour où le client a donné le score</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the customer said, how the score was asked for…</source>
        <translation>Ce que le client a dit, comment le score a été demandé…</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Donné le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>This replaces the score of %1 given on %2; the deal&apos;s history keeps it.</source>
        <translation>Ceci remplace le score de %1 donné le %2&#xa0;; l&apos;historique de l&apos;affaire le conserve.</translation>
    </message>
    <message>
        <source>1 is very dissatisfied, 5 very satisfied. The score counts for the deal&apos;s sales rep and support owner on the dashboard.</source>
        <translation>1 signifie très insatisfait, 5 très satisfait. Le score compte pour le commercial et le responsable du support de l&apos;affaire dans le tableau de bord.</translation>
    </message>
    <message>
        <source>&amp;Record score</source>
        <translation>&amp;Enregistrer le score</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Très insatisfait</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Insatisfait</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Ni satisfait ni insatisfait</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <source>The score was not recorded</source>
        <translation>Le score n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardCharts</name>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Click a bar or point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Cliquez sur une barre ou un point pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a point to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Cliquez sur un point pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click a bar to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Cliquez sur une barre pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>%1: %L2 – click to list them</source>
        <translation>%1&#xa0;: %L2 – cliquez pour les lister</translation>
    </message>
    <message>
        <source>First-pass acceptance per sales rep</source>
        <translation>Acceptation du premier coup par commercial</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 – click to list the deals&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 – cliquez pour lister les affaires&lt;/p&gt;</translation>
    </message>
    <message>
        <source>First-pass acceptance over time</source>
        <translation>Acceptation du premier coup dans le temps</translation>
    </message>
    <message>
        <source>@value %</source>
        <translation>@value&#xa0;%</translation>
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
Acceptation du premier coup&#xa0;: %3
Cliquez pour lister les affaires</translation>
    </message>
    <message>
        <source>Promises kept and broken</source>
        <translation>Engagements honorés et non honorés</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Honorés</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>%1 – %2
Kept: %3
Broken: %4</source>
        <translation>%1 – %2
Honorés&#xa0;: %3
Non honorés&#xa0;: %4</translation>
    </message>
    <message>
        <source>
Click to list the kept promises&apos; deals</source>
        <translation>
Cliquez pour lister les affaires des engagements honorés</translation>
    </message>
    <message>
        <source>
Click to list the broken promises&apos; deals</source>
        <translation>
Cliquez pour lister les affaires des engagements non honorés</translation>
    </message>
    <message>
        <source>Not done by their due date</source>
        <translation>Non terminés à leur date d&apos;échéance</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>%1 – %2
%3: %4
Click to list the deals</source>
        <translation>%1 – %2
%3&#xa0;: %4
Cliquez pour lister les affaires</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Promises broken</source>
        <translation>Engagements non honorés</translation>
    </message>
</context>
<context>
    <name>handoff::DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Sales reps scorecard</source>
        <translation>Tableau de résultats des commerciaux</translation>
    </message>
    <message>
        <source>Support reps scorecard</source>
        <translation>Tableau de résultats des agents du support</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The whole team, or one member&apos;s figures and the deals they work on</source>
        <translation>Toute l&apos;équipe, ou les chiffres d&apos;un membre et les affaires sur lesquelles il travaille</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Definitions…</source>
        <translation>&amp;Définitions…</translation>
    </message>
    <message>
        <source>What exactly each figure counts</source>
        <translation>Ce que compte exactement chaque chiffre</translation>
    </message>
    <message>
        <source>Computing the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Click to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Cliquez pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Sales reps</source>
        <translation>&amp;Commerciaux</translation>
    </message>
    <message>
        <source>M&amp;y handoffs</source>
        <translation>&amp;Mes transferts</translation>
    </message>
    <message>
        <source>S&amp;upport reps</source>
        <translation>A&amp;gents du support</translation>
    </message>
    <message>
        <source>My reviews and tas&amp;ks</source>
        <translation>Mes e&amp;xamens et tâches</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Toute l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>%1 · %2 · as of %3</source>
        <translation>%1 · %2 · au %3</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
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
        <translation>au %1</translation>
    </message>
    <message>
        <source>%1: %2 · %3 · as of %4</source>
        <translation>%1&#xa0;: %2 · %3 · au %4</translation>
    </message>
</context>
<context>
    <name>handoff::DealEditor</name>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Contacts &amp;&amp; channels</source>
        <translation>&amp;Contacts &amp;&amp; canaux</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>&amp;Liste de contrôle</translation>
    </message>
    <message>
        <source>&amp;Promises</source>
        <translation>&amp;Engagements</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Acti&amp;vity</source>
        <translation>Acti&amp;vité</translation>
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
        <translation>&amp;Signalées uniquement</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;En retard uniquement</translation>
    </message>
    <message>
        <source>Deal list filters</source>
        <translation>Filtres de la liste des affaires</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Handoff state</source>
        <translation>État du transfert</translation>
    </message>
    <message>
        <source>Show only deals in this handoff state</source>
        <translation>Afficher uniquement les affaires dont le transfert est dans cet état</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>Co&amp;mmercial&#xa0;:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Show only the deals of this sales rep</source>
        <translation>Afficher uniquement les affaires de ce commercial</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>Signalées uniquement</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise that is infeasible or doubtful, or that support cannot fulfil or needs clarified (Alt+L)</source>
        <translation>Afficher uniquement les transferts ouverts ayant un engagement irréalisable ou douteux, ou que le support ne peut pas honorer ou veut voir clarifié (Alt+S)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Show only open handoffs with a promise or task past its due date, or a draft past the submit target (Alt+O)</source>
        <translation>Afficher uniquement les transferts ouverts ayant un engagement ou une tâche dont l&apos;échéance est dépassée, ou un brouillon ayant dépassé le délai de soumission (Alt+E)</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Nombre d&apos;affaires</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>One sales rep</source>
        <translation>Un commercial</translation>
    </message>
    <message>
        <source>All sales reps</source>
        <translation>Tous les commerciaux</translation>
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
    <message>
        <source>No support owner yet</source>
        <translation>Pas encore de responsable du support</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Pas encore soumis</translation>
    </message>
    <message>
        <source>Promises flagged: %1</source>
        <translation>Engagements signalés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Required checklist items answered. Computed for the rows shown; does not sort.</source>
        <translation>Éléments obligatoires de la liste de contrôle renseignés. Calculé pour les lignes affichées&#xa0;; ne permet pas le tri.</translation>
    </message>
    <message>
        <source>Open promises that are infeasible, doubtful, or that support cannot fulfil or needs clarified. Does not sort.</source>
        <translation>Engagements ouverts irréalisables, douteux, ou que le support ne peut pas honorer ou veut voir clarifiés. Ne permet pas le tri.</translation>
    </message>
    <message>
        <source>The earliest due date of an open promise or an unfinished task. Does not sort.</source>
        <translation>La plus proche échéance d&apos;un engagement ouvert ou d&apos;une tâche non terminée. Ne permet pas le tri.</translation>
    </message>
    <message>
        <source>Business days since closed-won against the submit target, while the handoff is a draft or returned. Does not sort.</source>
        <translation>Jours ouvrés écoulés depuis la conclusion par rapport au délai de soumission, tant que le transfert est à l&apos;état brouillon ou renvoyé. Ne permet pas le tri.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalés</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Submit clock</source>
        <translation>Délai de soumission</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Required checklist items answered: %1 of %2</source>
        <translation>Éléments obligatoires de la liste de contrôle renseignés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Overdue: due %1</source>
        <translation>En retard&#xa0;: échéance le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message>
        <source>Nothing open is due</source>
        <translation>Aucune échéance ouverte</translation>
    </message>
    <message>
        <source>—</source>
        <comment>submit clock not running</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>The submit clock stops once the handoff is submitted.</source>
        <translation>Le décompte du délai de soumission s&apos;arrête une fois le transfert soumis.</translation>
    </message>
    <message>
        <source>Over by %1 d</source>
        <comment>business days over the submit target</comment>
        <translation>Dépassé de %1 j</translation>
    </message>
    <message>
        <source>Business days since closed-won: %1; the target is %2.</source>
        <translation>Jours ouvrés depuis la conclusion&#xa0;: %1&#xa0;; l&apos;objectif est de %2.</translation>
    </message>
    <message>
        <source>%1/%2 d</source>
        <comment>business days of the submit target used</comment>
        <translation>%1/%2 j</translation>
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
        <source>Double-click a deal or press Enter to open it.</source>
        <translation>Double-cliquez sur une affaire ou appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Deals: %L1</source>
        <translation>Affaires&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Deals: %L1 or more</source>
        <translation>Affaires&#xa0;: %L1 ou plus</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Show this list&apos;s columns in their first order and widths</source>
        <translation>Afficher les colonnes de cette liste dans leur ordre et leur largeur d&apos;origine</translation>
    </message>
</context>
<context>
    <name>handoff::DealSession</name>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>this deal</source>
        <translation>cette affaire</translation>
    </message>
    <message>
        <source>Could not save “%1”</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindDialog</name>
    <message>
        <source>Deals behind the figure</source>
        <translation>Affaires derrière le chiffre</translation>
    </message>
    <message>
        <source>Which deals</source>
        <translation>Quelles affaires</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open deal</source>
        <translation>&amp;Ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>Rien à lister.</translation>
    </message>
    <message>
        <source>Looking up the deals…</source>
        <translation>Recherche des affaires…</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Aucune affaire.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 deals, by deal number.</source>
        <translation>Les %L1 premières affaires sur %L2, par numéro d&apos;affaire.</translation>
    </message>
    <message>
        <source>Deals: %L1. Double-click or press Enter to open one.</source>
        <translation>Affaires&#xa0;: %L1. Double-cliquez ou appuyez sur Entrée pour en ouvrir une.</translation>
    </message>
</context>
<context>
    <name>handoff::DealsBehindModel</name>
    <message>
        <source>Double-click or press Enter to open the deal</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
</context>
<context>
    <name>handoff::ExportDialog</name>
    <message>
        <source>Exported 1 deal to %1.</source>
        <translation>1 affaire exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 deals to %2.</source>
        <translation>%1 affaires exportées vers %2.</translation>
    </message>
    <message>
        <source>Exported 1 promise to %1.</source>
        <translation>1 engagement exporté vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 promises to %2.</source>
        <translation>%1 engagements exportés vers %2.</translation>
    </message>
    <message>
        <source>Exported 1 fulfilment task to %1.</source>
        <translation>1 tâche de réalisation exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 fulfilment tasks to %2.</source>
        <translation>%1 tâches de réalisation exportées vers %2.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Fulfilment tasks</source>
        <translation>Tâches de réalisation</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, pour les tableurs</translation>
    </message>
    <message>
        <source>JSON, for scripts</source>
        <translation>JSON, pour les scripts</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Every row of the table is written, whatever the lists show. The file appears only once it is complete.</source>
        <translation>Toutes les lignes de la table sont écrites, quel que soit le contenu affiché dans les listes. Le fichier n&apos;apparaît qu&apos;une fois complet.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>The export was not written</source>
        <translation>L&apos;export n&apos;a pas été écrit</translation>
    </message>
</context>
<context>
    <name>handoff::HandoffActionsPanel</name>
    <message>
        <source>&amp;Submit to support</source>
        <translation>&amp;Soumettre au support</translation>
    </message>
    <message>
        <source>&amp;Return to sales…</source>
        <translation>&amp;Renvoyer aux ventes…</translation>
    </message>
    <message>
        <source>&amp;Accept handoff</source>
        <translation>&amp;Accepter le transfert</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff…</source>
        <translation>Annuler le &amp;transfert…</translation>
    </message>
    <message>
        <source>Mark &amp;fulfilled</source>
        <translation>Marquer comme &amp;réalisé</translation>
    </message>
    <message>
        <source>Hand the deal to support for review</source>
        <translation>Confier l&apos;affaire au support pour examen</translation>
    </message>
    <message>
        <source>Take the account: you become its support owner and tasks are made from the accepted promises</source>
        <translation>Prendre en charge le compte&#xa0;: vous devenez responsable du support et des tâches sont créées à partir des engagements acceptés</translation>
    </message>
    <message>
        <source>Send the handoff back to sales with a reason</source>
        <translation>Renvoyer le transfert aux ventes avec un motif</translation>
    </message>
    <message>
        <source>End this handoff for good, with a reason</source>
        <translation>Mettre fin définitivement à ce transfert, avec un motif</translation>
    </message>
    <message>
        <source>Close the handoff: every promise is fulfilled or waived and every task is done</source>
        <translation>Clore le transfert&#xa0;: chaque engagement est honoré ou abandonné et chaque tâche est terminée</translation>
    </message>
    <message>
        <source>&amp;Override…</source>
        <translation>&amp;Forcer…</translation>
    </message>
    <message>
        <source>As a lead, take a step although its checks fail (the reason is recorded)</source>
        <translation>En tant que chef d&apos;équipe, effectuer une étape même si ses vérifications échouent (le motif est consigné)</translation>
    </message>
    <message>
        <source>Reasons the next step is refused</source>
        <translation>Raisons pour lesquelles l&apos;étape suivante est refusée</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a reason to go where it is fixed</source>
        <translation>Double-cliquez sur une raison ou appuyez sur Entrée pour accéder à l&apos;endroit où la corriger</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Handoff: &lt;b&gt;%1&lt;/b&gt; · Sales rep: %2 · Support owner: %3</source>
        <translation>Transfert&#xa0;: &lt;b&gt;%1&lt;/b&gt; · Commercial&#xa0;: %2 · Responsable du support&#xa0;: %3</translation>
    </message>
    <message>
        <source>Before you can %1, fix these (reasons: %2):</source>
        <translation>Avant de pouvoir %1, corrigez ces points (raisons&#xa0;: %2)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 was refused</source>
        <translation>%1&#xa0;: action refusée</translation>
    </message>
    <message>
        <source>Cannot read the deal</source>
        <translation>Impossible de lire l&apos;affaire</translation>
    </message>
    <message>
        <source>The override was refused</source>
        <translation>Le forçage a été refusé</translation>
    </message>
    <message>
        <source>Record customer sat&amp;isfaction…</source>
        <translation>Consigner la sat&amp;isfaction client…</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction with this handoff (CSAT, 1 to 5)</source>
        <translation>Consigner la satisfaction du client concernant ce transfert (CSAT, de 1 à 5)</translation>
    </message>
    <message>
        <source>Cannot read the customer&apos;s satisfaction</source>
        <translation>Impossible de lire la satisfaction du client</translation>
    </message>
    <message>
        <source>%1 (%L2 to fix)</source>
        <translation>%1 (%L2 à corriger)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 (%L2 left)</source>
        <translation>%1 (%L2 restants)</translation>
    </message>
    <message>
        <source>Work left before the handoff is fulfilled (%L1):</source>
        <translation>Travail restant avant que la passation soit accomplie (%L1)&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted: support sees it in the review queue now, and what they decide lands in your inbox.</source>
        <translation>Soumise&#xa0;: le support la voit maintenant dans la file d&apos;examen, et sa décision arrivera dans votre boîte de réception.</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; 1 task was made from the accepted promises (Tasks tab).</source>
        <translation>Acceptée&#xa0;: cette passation est maintenant la vôtre&#xa0;; 1 tâche a été créée à partir des engagements acceptés (onglet Tâches).</translation>
    </message>
    <message>
        <source>Accepted: you own this handoff now; %L1 tasks were made from the accepted promises (Tasks tab).</source>
        <translation>Acceptée&#xa0;: cette passation est maintenant la vôtre&#xa0;; %L1 tâches ont été créées à partir des engagements acceptés (onglet Tâches).</translation>
    </message>
    <message>
        <source>Returned: the sales rep finds your reason in their inbox and on top of the deal.</source>
        <translation>Renvoyée&#xa0;: le commercial trouvera votre motif dans sa boîte de réception et en haut de l&apos;affaire.</translation>
    </message>
    <message>
        <source>Cancelled: the handoff is closed, with your reason in its history.</source>
        <translation>Annulée&#xa0;: la passation est close, avec votre motif dans son historique.</translation>
    </message>
    <message>
        <source>Fulfilled: the handoff is closed. Record the customer&apos;s satisfaction when you hear it.</source>
        <translation>Accomplie&#xa0;: la passation est close. Enregistrez la satisfaction du client quand vous la connaîtrez.</translation>
    </message>
</context>
<context>
    <name>handoff::HeadlineButton</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>handoff::ImportCheckPage</name>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Every row is read as the import would read it; nothing is changed yet.</source>
        <translation>Chaque ligne est lue comme l&apos;import la lirait&#xa0;; rien n&apos;est encore modifié.</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Would import (new deals):</source>
        <translation>À importer (nouvelles affaires)&#xa0;:</translation>
    </message>
    <message>
        <source>Would update:</source>
        <translation>À mettre à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Déjà à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Ignorées (non gagnées)&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Go back and forth to check again.</source>
        <translation>Revenez à la page précédente, puis à celle-ci, pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>The whole file was checked.</source>
        <translation>Tout le fichier a été vérifié.</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Nothing can be imported while any row is rejected: an import is all or nothing. Fix these rows in the file (or the mapping), save it and go Back to check again.</source>
        <translation>Rien ne peut être importé tant qu&apos;une ligne est rejetée&#xa0;: un import, c&apos;est tout ou rien. Corrigez ces lignes dans le fichier (ou dans l&apos;association), enregistrez-le et revenez en arrière (Précédent) pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Every won deal in the file is already in Handoff as the file has it: there is nothing to import.</source>
        <translation>Chaque affaire gagnée du fichier figure déjà dans Handoff telle que le fichier la décrit&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The file holds no won deal to import: check the won stages on the previous page.</source>
        <translation>Le fichier ne contient aucune affaire gagnée à importer&#xa0;: vérifiez les étapes gagnées à la page précédente.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportColumnsPage</name>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
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
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Check that the file reads right and choose which column fills which field of a deal. Fields in bold are required.</source>
        <translation>Vérifiez que le fichier est lu correctement et choisissez quelle colonne remplit chaque champ d&apos;une affaire. Les champs en gras sont obligatoires.</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Read as %1, columns separated by %2. The first %3 records are shown; the line numbers are the file&apos;s.</source>
        <translation>Lu en %1, colonnes séparées par des %2. Les %3 premiers enregistrements sont affichés&#xa0;; les numéros de ligne sont ceux du fichier.</translation>
    </message>
    <message>
        <source>Reading stopped early: %1</source>
        <translation>La lecture s&apos;est arrêtée prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <source>This mapping cannot be imported yet:</source>
        <translation>Cette association ne permet pas encore l&apos;import&#xa0;:</translation>
    </message>
    <message>
        <source>the file has no column names.</source>
        <translation>le fichier n&apos;a pas de noms de colonnes.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A CSV export of closed deals from your CRM (Salesforce, HubSpot) or from Handoff itself.</source>
        <translation>Un export CSV des affaires conclues, issu de votre CRM (Salesforce, HubSpot) ou de Handoff lui-même.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Chemin d&apos;un fichier .csv ou .txt</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détection automatique</translation>
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
        <translation>Virgule (&#xa0;,&#xa0;)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;;&#xa0;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Sép&amp;arateur&#xa0;:</translation>
    </message>
    <message>
        <source>Detect works for almost every export: a file that is not valid UTF-8 is read as Windows-1252, and the separator is the one the first line uses.</source>
        <translation>La détection automatique convient à presque tous les exports&#xa0;: un fichier qui n&apos;est pas en UTF-8 valide est lu en Windows-1252, et le séparateur est celui qu&apos;utilise la première ligne.</translation>
    </message>
    <message>
        <source>Could not open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is empty: an export starts with a line of column names.</source>
        <translation>Le fichier est vide&#xa0;: un export commence par une ligne contenant les noms des colonnes.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The deals are written in one step: until it completes, the database stays as it was.</source>
        <translation>Les affaires sont écrites en une seule opération&#xa0;: tant qu&apos;elle n&apos;est pas terminée, la base de données reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import failed; nothing was changed.</source>
        <translation>L&apos;import a échoué&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file changed since it was checked and now has rejected rows. Go Back to check it again.</source>
        <translation>Rien n&apos;a été importé&#xa0;: le fichier a été modifié depuis sa vérification et contient maintenant des lignes rejetées. Revenez en arrière (Précédent) pour le vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Import terminé.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportRunner</name>
    <message>
        <source>Could not open &apos;%1&apos;: %2.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Deals can be imported only into a database file, not into one held in memory.</source>
        <translation>Les affaires ne peuvent être importées que dans un fichier de base de données, pas dans une base tenue en mémoire.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportSummaryPage</name>
    <message>
        <source>Imported</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Bilan de l&apos;import.</translation>
    </message>
    <message>
        <source>New deals:</source>
        <translation>Nouvelles affaires&#xa0;:</translation>
    </message>
    <message>
        <source>Updated deals:</source>
        <translation>Affaires mises à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Already up to date:</source>
        <translation>Déjà à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped (not won):</source>
        <translation>Ignorées (non gagnées)&#xa0;:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>Rejetées&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts created:</source>
        <translation>Comptes créés&#xa0;:</translation>
    </message>
    <message>
        <source>Sales reps created:</source>
        <translation>Commerciaux créés&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts created:</source>
        <translation>Contacts créés&#xa0;:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Durée&#xa0;:</translation>
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
        <translation>Les nouvelles affaires sont des brouillons prêts pour leur transfert&#xa0;: la liste «&#xa0;Toutes les affaires&#xa0;» les affiche, et chaque commercial retrouve les siennes sous «&#xa0;Mes transferts&#xa0;».</translation>
    </message>
    <message>
        <source>Sales reps the file named but Handoff did not know yet were added as users.</source>
        <translation>Les commerciaux cités dans le fichier mais encore inconnus de Handoff ont été ajoutés comme utilisateurs.</translation>
    </message>
</context>
<context>
    <name>handoff::ImportWizard</name>
    <message>
        <source>Import deals</source>
        <translation>Importer des affaires</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
</context>
<context>
    <name>handoff::InboxModel</name>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>handoff::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Nothing needs you right now. Handoffs of yours that support returns or accepts, questions about your promises, what falls due within a week and comments that mention you (@ and your email&apos;s name) show here.</source>
        <translation>Rien ne vous attend pour l&apos;instant. Ici apparaissent vos passations que le support renvoie ou accepte, les questions sur vos engagements, ce qui arrive à échéance dans la semaine et les commentaires qui vous mentionnent (@ et le nom de votre adresse e-mail).</translation>
    </message>
    <message>
        <source>&amp;Open Deal</source>
        <translation>&amp;Ouvrir l&apos;affaire</translation>
    </message>
    <message>
        <source>Open the deal of the item and mark it read</source>
        <translation>Ouvrir l&apos;affaire de l&apos;élément et le marquer comme lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark the selected items read</source>
        <translation>Marquer les éléments sélectionnés comme lus</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Mark the selected items unread</source>
        <translation>Marquer les éléments sélectionnés comme non lus</translation>
    </message>
    <message>
        <source>Mark &amp;All Read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Mark every item of the inbox read</source>
        <translation>Marquer chaque élément de la boîte de réception comme lu</translation>
    </message>
</context>
<context>
    <name>handoff::InteractionProfile</name>
    <message>
        <source>key press</source>
        <translation>frappe</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>raccourci</translation>
    </message>
    <message>
        <source>mouse press</source>
        <translation>bouton enfoncé</translation>
    </message>
    <message>
        <source>mouse release</source>
        <translation>bouton relâché</translation>
    </message>
    <message>
        <source>double click</source>
        <translation>double-clic</translation>
    </message>
    <message>
        <source>wheel</source>
        <translation>molette</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>minuterie</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; in %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» dans %3</translation>
    </message>
    <message>
        <source>typing in %1</source>
        <translation>saisie dans %1</translation>
    </message>
    <message>
        <source>%1 ms  %2</source>
        <translation>%1 ms  %2</translation>
    </message>
    <message>
        <source>Interactions on the GUI thread (count, median, slowest):</source>
        <translation>Interactions sur le fil de l’interface (nombre, médiane, la plus lente)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 × %2, median %3 ms, slowest %4 ms</source>
        <translation>%1 × %2, médiane %3 ms, la plus lente %4 ms</translation>
    </message>
</context>
<context>
    <name>handoff::LinkContactDialog</name>
    <message>
        <source>Add a person of the account</source>
        <translation>Ajouter une personne du compte</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Role on the deal</source>
        <translation>Rôle sur l&apos;affaire</translation>
    </message>
    <message>
        <source>&amp;Role on the deal:</source>
        <translation>&amp;Rôle sur l&apos;affaire&#xa0;:</translation>
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
        <translation>Affaires&#xa0;: %L1   Engagements&#xa0;: %L2   Tâches&#xa0;: %L3</translation>
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
        <translation>&lt;h3&gt;Handoff %1&lt;/h3&gt;&lt;p&gt;Transfère les affaires conclues des ventes au support client&#xa0;: les engagements pris, les interlocuteurs et le travail qui suit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database may be damaged</source>
        <translation>La base de données est peut-être endommagée</translation>
    </message>
    <message>
        <source>Checking &apos;%1&apos; found a problem. Work on only if you must: make a copy now (&apos;handoff backup FILE&apos;), then go back to your most recent good backup.

%2</source>
        <translation>La vérification de «&#xa0;%1&#xa0;» a détecté un problème. Ne continuez à travailler que si c&apos;est indispensable&#xa0;: faites dès maintenant une copie (&apos;handoff backup FICHIER&apos;), puis revenez à votre dernière sauvegarde valide.

%2</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;. File ▸ Switch user to change.</source>
        <translation>Vous travaillez en tant que %1 &lt;%2&gt;. Fichier ▸ Changer d&apos;utilisateur pour changer.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nouvelle affaire…</translation>
    </message>
    <message>
        <source>Start the handoff of a closed-won deal</source>
        <translation>Démarrer le transfert d&apos;une affaire gagnée</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>Create an empty Handoff database file and open it</source>
        <translation>Créer un fichier de base de données Handoff vide et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open another Handoff database file</source>
        <translation>Ouvrir un autre fichier de base de données Handoff</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database while it is open</source>
        <translation>Écrire une copie cohérente de la base de données pendant qu&apos;elle est ouverte</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Work as another person</source>
        <translation>Travailler en tant qu&apos;une autre personne</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, default database and the team&apos;s handoff settings</source>
        <translation>Langue, base de données par défaut et paramètres de transfert de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Close deal</source>
        <translation>&amp;Fermer l&apos;affaire</translation>
    </message>
    <message>
        <source>Close the deal in front (its edits are already saved)</source>
        <translation>Fermer l&apos;affaire au premier plan (ses modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts and promises</source>
        <translation>Rechercher des affaires, des comptes, des contacts et des engagements</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Open deal in new &amp;window</source>
        <translation>Ouvrir l&apos;affaire dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show the deal in front, or the one selected in the list, in a window of its own</source>
        <translation>Afficher l&apos;affaire au premier plan, ou celle sélectionnée dans la liste, dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Handoff databases (%1);;All files (*)</source>
        <translation>Bases de données Handoff (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Handoff databases (%1)</source>
        <translation>Bases de données Handoff (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; a new database needs a new file. Use File ▸ Open to open it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; une nouvelle base de données nécessite un nouveau fichier. Utilisez Fichier ▸ Ouvrir pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La sauvegarde n&apos;a pas été écrite</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>&amp;Metric definitions…</source>
        <translation>&amp;Définitions des indicateurs…</translation>
    </message>
    <message>
        <source>What exactly each figure of the dashboard counts</source>
        <translation>Ce que compte exactement chaque chiffre du tableau de bord</translation>
    </message>
    <message>
        <source>Team server %1</source>
        <translation>Serveur d&apos;équipe %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database on a team server this window shows</source>
        <translation>La base de données d&apos;un serveur d&apos;équipe que montre cette fenêtre</translation>
    </message>
    <message>
        <source>Working as %1 &lt;%2&gt;, the person of your login on the team&apos;s server.</source>
        <translation>Vous travaillez en tant que %1 &lt;%2&gt;, la personne de votre identifiant sur le serveur de l’équipe.</translation>
    </message>
    <message>
        <source>Changes made by others show after View ▸ Refresh: %1</source>
        <translation>Les changements des autres apparaissent après Affichage ▸ Actualiser&#xa0;: %1</translation>
    </message>
    <message>
        <source>The inbox could not be read: %1</source>
        <translation>Impossible de lire la boîte de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 What is on screen stays as it was; nothing can be saved until the server is back.</source>
        <translation>%1 Ce qui est à l&apos;écran reste affiché&#xa0;; rien ne peut être enregistré avant le retour du serveur.</translation>
    </message>
    <message>
        <source>Team server unreachable</source>
        <translation>Serveur d&apos;équipe injoignable</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in 1 second</source>
        <translation>Serveur d&apos;équipe injoignable&#xa0;: nouvel essai dans 1 seconde</translation>
    </message>
    <message>
        <source>Team server unreachable: trying again in %1 seconds</source>
        <translation>Serveur d&apos;équipe injoignable&#xa0;: nouvel essai dans %1 secondes</translation>
    </message>
    <message>
        <source>Connected to the team&apos;s server again; the window shows what changed meanwhile.</source>
        <translation>De nouveau connecté au serveur de l&apos;équipe&#xa0;; la fenêtre montre ce qui a changé entre-temps.</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Could not read the deals: the team&apos;s server cannot be reached</source>
        <translation>Impossible de lire les affaires&#xa0;: le serveur de l&apos;équipe est injoignable</translation>
    </message>
    <message>
        <source>Read the list, the inbox, the dashboard and the counts again</source>
        <translation>Relire la liste, la boîte de réception, le tableau de bord et les compteurs</translation>
    </message>
</context>
<context>
    <name>handoff::MetricDefinitionsDialog</name>
    <message>
        <source>Metric definitions</source>
        <translation>Définitions des indicateurs</translation>
    </message>
    <message>
        <source>Per sales rep, over the period</source>
        <translation>Par commercial, sur la période</translation>
    </message>
    <message>
        <source>Per support rep, over the period</source>
        <translation>Par agent du support, sur la période</translation>
    </message>
    <message>
        <source>Team trends, over the period</source>
        <translation>Tendances de l&apos;équipe, sur la période</translation>
    </message>
    <message>
        <source>As of today, whatever the period</source>
        <translation>À ce jour, quelle que soit la période</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every figure of the dashboard and of &lt;code&gt;handoff metrics&lt;/code&gt;. A rate is shown with the counts it is taken from, &quot;75 % (3 of 4)&quot;; a rate with nothing to count shows &quot;no data&quot;, never 0 %. Double-click a figure on the dashboard to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tous les chiffres du tableau de bord et de &lt;code&gt;handoff metrics&lt;/code&gt;. Un taux est affiché avec les décomptes dont il est tiré, «&#xa0;75&#xa0;% (3 sur 4)&#xa0;»&#xa0;; un taux sans rien à compter affiche «&#xa0;aucune donnée&#xa0;», jamais 0&#xa0;%. Double-cliquez sur un chiffre du tableau de bord pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>handoff::NavigationPanel</name>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>My handoffs</source>
        <translation>Mes transferts</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>File d&apos;examen</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>All deals</source>
        <translation>Toutes les affaires</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Capability catalog</source>
        <translation>Catalogue des capacités</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: %L2 unread (Ctrl+%3)</source>
        <translation>%1&#xa0;: %L2 non lus (Ctrl+%3)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>handoff::NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nouvelle affaire</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Référence CRM</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Closed-won date</source>
        <translation>Date de conclusion</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <translation>Produits ou offre</translation>
    </message>
    <message>
        <source>The customer&apos;s company</source>
        <translation>L&apos;entreprise du client</translation>
    </message>
    <message>
        <source>e.g. 48,000.00</source>
        <translation>p. ex. 48&#xa0;000,00</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>&amp;Référence CRM&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>Date de &amp;conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>&amp;Début du contrat&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>Dur&amp;ée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Produits ou offre&#xa0;:</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Sales &amp;rep:</source>
        <translation>Commerc&amp;ial&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create deal</source>
        <translation>Créer l&apos;&amp;affaire</translation>
    </message>
    <message>
        <source>The deal was not created</source>
        <translation>L&apos;affaire n&apos;a pas été créée</translation>
    </message>
    <message>
        <source> month</source>
        <translation> mois</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTaskModel</name>
    <message>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source>%1 · 1 day late</source>
        <translation>%1 · 1 jour de retard</translation>
    </message>
    <message>
        <source>%1 · %L2 days late</source>
        <translation>%1 · %L2 jours de retard</translation>
    </message>
    <message>
        <source>%1 · today</source>
        <translation>%1 · aujourd’hui</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Keeps the promise “%1”</source>
        <translation>Tient la promesse «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>En retard&#xa0;: échéance le %1, et pas terminée.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>handoff::OpenTasksView</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Whose tasks</source>
        <translation>Tâches de qui</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Les miennes</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Celles de tous</translation>
    </message>
    <message>
        <source>Due when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toutes les ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;De qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tâches ouvertes</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Les tâches n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open task of yours matches. Tasks are made when support accepts a handoff, from its promises.</source>
        <translation>Aucune de vos tâches ouvertes ne correspond. Les tâches naissent des promesses quand le support accepte une passation.</translation>
    </message>
    <message>
        <source>No open task matches.</source>
        <translation>Aucune tâche ouverte ne correspond.</translation>
    </message>
    <message>
        <source>The first %L1 tasks, soonest due first; narrow the list to see the rest.</source>
        <translation>Les %L1 premières tâches, la plus proche échéance d’abord&#xa0;; affinez la liste pour voir le reste.</translation>
    </message>
    <message>
        <source>1 open task.</source>
        <translation>1 tâche ouverte.</translation>
    </message>
    <message>
        <source>%L1 open tasks.</source>
        <translation>%L1 tâches ouvertes.</translation>
    </message>
</context>
<context>
    <name>handoff::OverviewTab</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>CRM reference</source>
        <translation>Référence CRM</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Closed-won</source>
        <translation>Date de conclusion</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Début du contrat</translation>
    </message>
    <message>
        <source>Term in months</source>
        <translation>Durée en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Products or plan</source>
        <translation>Produits ou offre</translation>
    </message>
    <message>
        <source>Go-live target</source>
        <translation>Date cible de mise en service</translation>
    </message>
    <message>
        <source>Why they bought</source>
        <translation>Raison de l&apos;achat</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Risques connus</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>CRM &amp;reference:</source>
        <translation>&amp;Référence CRM&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Closed-won:</source>
        <translation>Date de &amp;conclusion&#xa0;:</translation>
    </message>
    <message>
        <source>Contract &amp;start:</source>
        <translation>&amp;Début du contrat&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;erm:</source>
        <translation>Dur&amp;ée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Products or plan:</source>
        <translation>&amp;Produits ou offre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Go-live target:</source>
        <translation>Mise en ser&amp;vice visée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why they bought:</source>
        <translation>Raison de l&apos;&amp;achat&#xa0;:</translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation>Critères de ré&amp;ussite&#xa0;:</translation>
    </message>
    <message>
        <source>Known ris&amp;ks:</source>
        <translation>Risques co&amp;nnus&#xa0;:</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <source>Edit CRM reference</source>
        <translation>Modifier la référence CRM</translation>
    </message>
    <message>
        <source>Edit products</source>
        <translation>Modifier les produits</translation>
    </message>
    <message>
        <source>Edit closed-won date</source>
        <translation>Modifier la date de conclusion</translation>
    </message>
    <message>
        <source>Edit contract start</source>
        <translation>Modifier le début du contrat</translation>
    </message>
    <message>
        <source>Edit go-live target</source>
        <translation>Modifier la date cible de mise en service</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <source>Edit why they bought</source>
        <translation>Modifier la raison de l&apos;achat</translation>
    </message>
    <message>
        <source>Edit success criteria</source>
        <translation>Modifier les critères de réussite</translation>
    </message>
    <message>
        <source>Edit known risks</source>
        <translation>Modifier les risques connus</translation>
    </message>
    <message>
        <source>The amount was not saved</source>
        <translation>Le montant n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Edit amount</source>
        <translation>Modifier le montant</translation>
    </message>
    <message>
        <source>Read only: %1</source>
        <translation>Lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Customer satisfaction:</source>
        <translation>Satisfaction client&#xa0;:</translation>
    </message>
    <message>
        <source>%1 of 5 · %2 · given on %3</source>
        <translation>%1 sur 5 · %2 · donné le %3</translation>
    </message>
    <message>
        <source> · “%1”</source>
        <translation> · «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore consignée</translation>
    </message>
    <message>
        <source>Someone else changed the same field meanwhile.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié le même champ entre-temps.</translation>
    </message>
    <message>
        <source> month</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>“%1” (required)</source>
        <translation>«&#xa0;%1&#xa0;» (obligatoire)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Also answers the checklist&apos;s %1.</source>
        <translation>Répond aussi à %1 de la liste de contrôle.</translation>
    </message>
</context>
<context>
    <name>handoff::PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>The days whose events the figures count; states &quot;as of today&quot; ignore it</source>
        <translation>Les jours dont les chiffres comptent les événements&#xa0;; les états «&#xa0;à ce jour&#xa0;» n&apos;en tiennent pas compte</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>handoff::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de données par défaut</translation>
    </message>
    <message>
        <source>The file in Handoff&apos;s data folder</source>
        <translation>Le fichier du dossier de données de Handoff</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the database Handoff opens when started without --database</source>
        <translation>Choisir la base de données que Handoff ouvre lorsqu&apos;il est lancé sans --database</translation>
    </message>
    <message>
        <source>Handoff databases (*.sqlite);;All files (*)</source>
        <translation>Bases de données Handoff (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Default database:</source>
        <translation>&amp;Base de données par défaut&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>Tasks made from a promise are due this many days before the promise</source>
        <translation>Les tâches créées à partir d&apos;un engagement arrivent à échéance ce nombre de jours avant l&apos;engagement</translation>
    </message>
    <message>
        <source>A handoff should be submitted within this many business days of closed-won</source>
        <translation>Un transfert doit être soumis dans ce nombre de jours ouvrés après la conclusion de l&apos;affaire</translation>
    </message>
    <message>
        <source>The kickoff call should happen within this many business days of acceptance</source>
        <translation>La réunion de lancement doit avoir lieu dans ce nombre de jours ouvrés après l&apos;acceptation</translation>
    </message>
    <message>
        <source>For the whole team (in this database)</source>
        <translation>Pour toute l&apos;équipe (dans cette base de données)</translation>
    </message>
    <message>
        <source>Task &amp;due-date buffer:</source>
        <translation>&amp;Marge avant l&apos;échéance des tâches&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Submit within:</source>
        <translation>&amp;Soumettre sous&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kickoff within:</source>
        <translation>&amp;Lancement sous&#xa0;:</translation>
    </message>
    <message>
        <source>Only team leads change the team&apos;s settings</source>
        <translation>Seuls les chefs d&apos;équipe modifient les paramètres de l&apos;équipe</translation>
    </message>
    <message>
        <source>The team settings were not saved</source>
        <translation>Les paramètres de l&apos;équipe n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <source>Handoff shows the new language the next time it starts.</source>
        <translation>Handoff affichera la nouvelle langue au prochain démarrage.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> business day</source>
        <translation> jour ouvré</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>A&amp;pparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>handoff::ProfileDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>Qui travaille&#xa0;?</translation>
    </message>
    <message>
        <source>People in this database</source>
        <translation>Personnes dans cette base de données</translation>
    </message>
    <message>
        <source>%1 — %2 &lt;%3&gt;</source>
        <translation>%1 — %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>&amp;I am one of these people</source>
        <translation>&amp;Je suis l&apos;une de ces personnes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Or create a &amp;new profile</source>
        <translation>Ou créer un &amp;nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start working</source>
        <translation>&amp;Commencer à travailler</translation>
    </message>
    <message>
        <source>Cannot use this profile</source>
        <translation>Impossible d&apos;utiliser ce profil</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseActionPanel</name>
    <message>
        <source>Review and follow-up</source>
        <translation>Examen et suivi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your question, why it cannot be fulfilled, your answer, or why it is waived</source>
        <translation>Votre question, la raison pour laquelle il ne peut pas être honoré, votre réponse ou la raison de l&apos;abandon</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseEditorDialog</name>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Kind of promise</source>
        <translation>Type d&apos;engagement</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>Ce qui a été promis</translation>
    </message>
    <message>
        <source>Required, e.g. Okta single sign-on at go-live</source>
        <translation>Obligatoire, p. ex. authentification unique Okta à la mise en service</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Mots du client</translation>
    </message>
    <message>
        <source>What the customer said, in their words</source>
        <translation>Ce que le client a dit, avec ses propres mots</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why it is promised anyway; needed to submit a blocked promise</source>
        <translation>Pourquoi il est promis malgré tout&#xa0;; nécessaire pour soumettre un engagement bloqué</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What was promised:</source>
        <translation>&amp;Ce qui a été promis&#xa0;:</translation>
    </message>
    <message>
        <source>Customer&apos;s wo&amp;rds:</source>
        <translation>&amp;Mots du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capability:</source>
        <translation>C&amp;apacité&#xa0;:</translation>
    </message>
    <message>
        <source>Feasibility:</source>
        <translation>Faisabilité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>New promise</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Edit promise</source>
        <translation>Modifier l&apos;engagement</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1&#xa0;: aucun problème détecté concernant le catalogue ou l&apos;échéance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Describe what was promised.</source>
        <translation>Décrivez ce qui a été promis.</translation>
    </message>
    <message>
        <source>Give the date the promise is due.</source>
        <translation>Indiquez la date d&apos;échéance de l&apos;engagement.</translation>
    </message>
    <message>
        <source>No capability of the catalog is called “%1”; pick one from the list or leave it empty.</source>
        <translation>Aucune capacité du catalogue ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; choisissez-en une dans la liste ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>handoff::PromiseTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>Le client a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No capability from the catalog</source>
        <translation>Aucune capacité du catalogue</translation>
    </message>
    <message>
        <source>No problem found with the catalog or the due date.</source>
        <translation>Aucun problème détecté concernant le catalogue ou l&apos;échéance.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>Mots du client</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Feasibility</source>
        <translation>Faisabilité</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Fulfilment</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Support has not reviewed this promise yet.</source>
        <translation>Le support n&apos;a pas encore examiné cet engagement.</translation>
    </message>
    <message>
        <source>support</source>
        <translation>support</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>handoff::PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>&amp;Add promise</source>
        <translation>&amp;Ajouter un engagement</translation>
    </message>
    <message>
        <source>Record a new promise</source>
        <translation>Consigner un nouvel engagement</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Change the selected promise</source>
        <translation>Modifier l&apos;engagement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected promise</source>
        <translation>Supprimer l&apos;engagement sélectionné</translation>
    </message>
    <message>
        <source>Acce&amp;pt</source>
        <translation>Acce&amp;pter</translation>
    </message>
    <message>
        <source>Accept the selected promise: support can keep it</source>
        <translation>Accepter l&apos;engagement sélectionné&#xa0;: le support peut le tenir</translation>
    </message>
    <message>
        <source>Needs &amp;clarification</source>
        <translation>À &amp;clarifier</translation>
    </message>
    <message>
        <source>Ask the sales rep about the selected promise; write the question in the note</source>
        <translation>Interroger le commercial sur l&apos;engagement sélectionné&#xa0;; écrivez la question dans la note</translation>
    </message>
    <message>
        <source>Cannot &amp;fulfil</source>
        <translation>&amp;Impossible à honorer</translation>
    </message>
    <message>
        <source>Say support cannot keep the selected promise; write why in the note</source>
        <translation>Indiquer que le support ne peut pas tenir l&apos;engagement sélectionné&#xa0;; écrivez pourquoi dans la note</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <source>Answer support&apos;s question about the selected promise with the note</source>
        <translation>Répondre à la question du support sur l&apos;engagement sélectionné avec la note</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Release the deal from the selected promise; write the reason in the note</source>
        <translation>Libérer l&apos;affaire de l&apos;engagement sélectionné&#xa0;; écrivez le motif dans la note</translation>
    </message>
    <message>
        <source>&amp;Mark fulfilled</source>
        <translation>Marquer comme &amp;honoré</translation>
    </message>
    <message>
        <source>Record that the selected promise was kept today</source>
        <translation>Consigner que l&apos;engagement sélectionné a été tenu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Promise actions</source>
        <translation>Actions sur les engagements</translation>
    </message>
    <message>
        <source>Promises of the deal</source>
        <translation>Engagements de l&apos;affaire</translation>
    </message>
    <message>
        <source>Selected promise</source>
        <translation>Engagement sélectionné</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The promises could not be read: %1</source>
        <translation>Les engagements n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No promises recorded for this deal yet.</source>
        <translation>Aucun engagement n&apos;a encore été consigné pour cette affaire.</translation>
    </message>
    <message>
        <source>Select a promise to see why it is flagged and how it was reviewed.</source>
        <translation>Sélectionnez un engagement pour voir pourquoi il est signalé et comment il a été examiné.</translation>
    </message>
    <message>
        <source>%1: no problem found with the catalog or the due date.</source>
        <translation>%1&#xa0;: aucun problème détecté concernant le catalogue ou l&apos;échéance.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>Justification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Examen&#xa0;: %1</translation>
    </message>
    <message>
        <source>The customer said: “%1”</source>
        <translation>Le client a dit&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select a promise first.</source>
        <translation>Sélectionnez d&apos;abord un engagement.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
Impossible pour l&apos;instant&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Write in the note what the sales rep should clarify.</source>
        <translation>Indiquez dans la note ce que le commercial doit clarifier.</translation>
    </message>
    <message>
        <source>Write in the note why the promise cannot be fulfilled.</source>
        <translation>Indiquez dans la note pourquoi l&apos;engagement ne peut pas être honoré.</translation>
    </message>
    <message>
        <source>Write your answer to support&apos;s question in the note.</source>
        <translation>Écrivez dans la note votre réponse à la question du support.</translation>
    </message>
    <message>
        <source>Write in the note why the promise is waived.</source>
        <translation>Indiquez dans la note pourquoi l&apos;engagement est abandonné.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble</source>
        <translation>Accepter tous les &amp;faisables</translation>
    </message>
    <message>
        <source>Accept every promise waiting for review whose feasibility is OK, each on its own in the history</source>
        <translation>Accepter chaque engagement en attente d&apos;examen dont la faisabilité est correcte, chacun séparément dans l&apos;historique</translation>
    </message>
    <message>
        <source>No promise with an OK feasibility waits for review.</source>
        <translation>Aucun engagement faisable n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>Accept all feasi&amp;ble (%L1)</source>
        <translation>Accepter tous les &amp;faisables (%L1)</translation>
    </message>
    <message>
        <source>Accept 1 feasible promise</source>
        <translation>Accepter 1 engagement faisable</translation>
    </message>
    <message>
        <source>Accept %L1 feasible promises</source>
        <translation>Accepter %L1 engagements faisables</translation>
    </message>
</context>
<context>
    <name>handoff::ReportActions</name>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the handoff report of the deal in front, or the team report of the dashboard</source>
        <translation>Imprimer le rapport de transfert de l&apos;affaire au premier plan, ou le rapport d&apos;équipe du tableau de bord</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing</source>
        <translation>Voir les pages du rapport avant de l&apos;imprimer</translation>
    </message>
    <message>
        <source>Export report as PD&amp;F…</source>
        <translation>Exporter le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF file</source>
        <translation>Enregistrer le rapport dans un fichier PDF</translation>
    </message>
    <message>
        <source>Export report as &amp;HTML…</source>
        <translation>Exporter le rapport en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as a web page</source>
        <translation>Enregistrer le rapport sous forme de page web</translation>
    </message>
    <message>
        <source>Open a deal or the dashboard to print its report.</source>
        <translation>Ouvrez une affaire ou le tableau de bord pour en imprimer le rapport.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le rapport n&apos;a pas pu être généré.</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 page envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <source>handoff-report-deal-%1</source>
        <translation>handoff-report-deal-%1</translation>
    </message>
    <message>
        <source>team-report-%1-to-%2</source>
        <translation>team-report-%1-to-%2</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>Exporter le rapport en HTML</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Name the file with .pdf or .html at the end.</source>
        <translation>Donnez au fichier un nom se terminant par .pdf ou .html.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>Enregistré dans %1 (1 page).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Enregistré dans %1 (%2 pages).</translation>
    </message>
</context>
<context>
    <name>handoff::ScorecardModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>Everyone in the period, counted once</source>
        <translation>Toutes les personnes de la période, comptées une seule fois</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2: %3&lt;/p&gt;&lt;p&gt;Double-click or press Enter to list the deals behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; – %2&#xa0;: %3&lt;/p&gt;&lt;p&gt;Double-cliquez ou appuyez sur Entrée pour lister les affaires correspondantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Support rep</source>
        <translation>Agent du support</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to sort by it; the team&apos;s total stays last.</source>
        <translation>Cliquez sur le titre d&apos;une colonne pour trier selon celle-ci&#xa0;; le total de l&apos;équipe reste en dernier.</translation>
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
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search deals, accounts, contacts, promises (Ctrl+K)</source>
        <translation>Rechercher des affaires, des comptes, des contacts, des engagements (Ctrl+K)</translation>
    </message>
    <message>
        <source>Find deals, accounts, contacts and promises by the words they contain. Up and Down choose a result, Enter opens its deal, Escape closes the list.</source>
        <translation>Trouvez des affaires, des comptes, des contacts et des engagements d&apos;après les mots qu&apos;ils contiennent. Haut et Bas choisissent un résultat, Entrée ouvre son affaire, Échap ferme la liste.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No matches for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>handoff::ServerLink</name>
    <message>
        <source>The connection to the team&apos;s server &apos;%1&apos; is lost.</source>
        <translation>La connexion au serveur de l&apos;équipe «&#xa0;%1&#xa0;» est perdue.</translation>
    </message>
</context>
<context>
    <name>handoff::StateBanner</name>
    <message>
        <source>What needs your attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returned to sales&lt;/b&gt; on %1: %2</source>
        <translation>&lt;b&gt;Renvoyé aux ventes&lt;/b&gt; le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Support asks about these promises&lt;/b&gt; (answer on the Promises tab):</source>
        <translation>&lt;b&gt;Le support pose des questions sur ces engagements&lt;/b&gt; (répondez dans l&apos;onglet Engagements)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>handoff::TaskEditorDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Required, e.g. Configure SSO with the customer&apos;s IT</source>
        <translation>Obligatoire, p. ex. Configurer le SSO avec le service informatique du client</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Pour l&apos;engagement</translation>
    </message>
    <message>
        <source>No promise</source>
        <translation>Aucun engagement</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Attribuée à&#xa0;:</translation>
    </message>
    <message>
        <source>For &amp;promise:</source>
        <translation>Pour l&apos;&amp;engagement&#xa0;:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qui doit être fait.</translation>
    </message>
</context>
<context>
    <name>handoff::TaskTableModel</name>
    <message>
        <source>Overdue: it was due on %1 and is not done.</source>
        <translation>En retard&#xa0;: l&apos;échéance était le %1 et la tâche n&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · En retard</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>For promise</source>
        <translation>Pour l&apos;engagement</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>handoff::TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add a fulfilment task</source>
        <translation>Ajouter une tâche de réalisation</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Mark the selected task done today</source>
        <translation>Marquer la tâche sélectionnée comme terminée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected task</source>
        <translation>Supprimer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Assignee of the selected task</source>
        <translation>Personne à qui la tâche sélectionnée est attribuée</translation>
    </message>
    <message>
        <source>Give the selected task to another support rep or lead</source>
        <translation>Confier la tâche sélectionnée à un autre agent du support ou chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Status of the selected task</source>
        <translation>Statut de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Set the status of the selected task</source>
        <translation>Définir le statut de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation>Attri&amp;buée à&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Task actions</source>
        <translation>Actions sur les tâches</translation>
    </message>
    <message>
        <source>Fulfilment tasks of the deal</source>
        <translation>Tâches de réalisation de l&apos;affaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Les tâches n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>Sélectionnez d&apos;abord une tâche.</translation>
    </message>
    <message>
        <source>The task is already done.</source>
        <translation>La tâche est déjà terminée.</translation>
    </message>
    <message>
        <source>%1
Not possible now:
%2</source>
        <translation>%1
Impossible pour l&apos;instant&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateItemDialog</name>
    <message>
        <source>A deal cannot be submitted without it</source>
        <translation>Une affaire ne peut pas être soumise sans cet élément</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Choose a section or type the name of a new one; a new section goes at the end.</source>
        <translation>Choisissez une section ou tapez le nom d&apos;une nouvelle section&#xa0;; une nouvelle section est placée à la fin.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>What the sales rep is asked, e.g. Security questionnaire</source>
        <translation>Ce qui est demandé au commercial, p. ex. Questionnaire de sécurité</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>What a good answer says, shown under the item</source>
        <translation>Ce que doit contenir une bonne réponse, affiché sous l&apos;élément</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>Choices, one per line</source>
        <translation>Choix, un par ligne</translation>
    </message>
    <message>
        <source>One choice per line; only for an item of the kind Choice.</source>
        <translation>Un choix par ligne&#xa0;; uniquement pour un élément de type Choix.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>The stable name that answers and imports use; it never changes.</source>
        <translation>Le nom stable utilisé par les réponses et les imports&#xa0;; il ne change jamais.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>&amp;Aide&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;quired:</source>
        <translation>&amp;Obligatoire&#xa0;:</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse donnée par</translation>
    </message>
    <message>
        <source>An item that asks for a fact the deal already has is answered by that field, so that the checklist and the Overview never disagree.</source>
        <translation>Un point qui demande un fait que l’affaire a déjà a pour réponse ce champ, pour que la liste de contrôle et l’aperçu ne divergent jamais.</translation>
    </message>
    <message>
        <source>Its own answer on the checklist</source>
        <translation>Sa propre réponse dans la liste de contrôle</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 de l’affaire</translation>
    </message>
    <message>
        <source>&amp;Answered by:</source>
        <translation>&amp;Réponse donnée par&#xa0;:</translation>
    </message>
    <message>
        <source>How many open drafts this affects could not be read: %1</source>
        <translation>Le nombre de brouillons concernés n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No open draft or returned handoff lacks this answer.</source>
        <translation>Aucun brouillon ni aucune passation renvoyée ne manque de cette réponse.</translation>
    </message>
    <message>
        <source>1 open draft or returned handoff will need this answer before it can be submitted.</source>
        <translation>1 brouillon ou passation renvoyée devra avoir cette réponse avant d’être soumis.</translation>
    </message>
    <message>
        <source>%L1 open drafts and returned handoffs will need this answer before they can be submitted.</source>
        <translation>%L1 brouillons et passations renvoyées devront avoir cette réponse avant d’être soumis.</translation>
    </message>
</context>
<context>
    <name>handoff::TemplateView</name>
    <message>
        <source>Checklist template</source>
        <translation>Modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist items by section</source>
        <translation>Éléments de la liste de contrôle par section</translation>
    </message>
    <message>
        <source>Every item a handoff asks for, grouped by section, in the order sales reps see them.</source>
        <translation>Chaque élément demandé par un transfert, regroupé par section, dans l&apos;ordre où les commerciaux les voient.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <source>&amp;Edit item…</source>
        <translation>&amp;Modifier l&apos;élément…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter d&apos;&amp;un cran</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre d&apos;un cran</translation>
    </message>
    <message>
        <source>&amp;Remove item…</source>
        <translation>&amp;Supprimer l&apos;élément…</translation>
    </message>
    <message>
        <source>Only team leads change the checklist template.</source>
        <translation>Seuls les chefs d&apos;équipe modifient le modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add an item to the selected section</source>
        <translation>Ajouter un élément à la section sélectionnée</translation>
    </message>
    <message>
        <source>Edit the selected item (also Enter or double-click)</source>
        <translation>Modifier l&apos;élément sélectionné (aussi Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Move the selected item up within its section</source>
        <translation>Monter l&apos;élément sélectionné dans sa section</translation>
    </message>
    <message>
        <source>Move the selected item down within its section</source>
        <translation>Descendre l&apos;élément sélectionné dans sa section</translation>
    </message>
    <message>
        <source>Remove the selected item from the template</source>
        <translation>Supprimer l&apos;élément sélectionné du modèle</translation>
    </message>
    <message>
        <source>Read-only: only team leads change the checklist template.</source>
        <translation>Lecture seule&#xa0;: seuls les chefs d&apos;équipe modifient le modèle de liste de contrôle.</translation>
    </message>
    <message>
        <source>Could not read the checklist template: %1</source>
        <translation>Impossible de lire le modèle de liste de contrôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choices: %1</source>
        <translation>Choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Ajouter un élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Modifier l&apos;élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Added &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» ajouté à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; again</source>
        <translation>«&#xa0;%1&#xa0;» à nouveau supprimé</translation>
    </message>
    <message>
        <source>Add &apos;%1&apos;</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Updated &apos;%1&apos;</source>
        <translation>«&#xa0;%1&#xa0;» mis à jour</translation>
    </message>
    <message>
        <source>Undid the change to &apos;%1&apos;</source>
        <translation>Modification de «&#xa0;%1&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Edit &apos;%1&apos;</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the checklist item &apos;%1&apos;</source>
        <translation>l&apos;élément de liste de contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The edit was dropped for the other version.</source>
        <translation>La modification a été abandonnée au profit de l&apos;autre version.</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move &apos;%1&apos; down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; up</source>
        <translation>«&#xa0;%1&#xa0;» monté d&apos;un cran</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; down</source>
        <translation>«&#xa0;%1&#xa0;» descendu d&apos;un cran</translation>
    </message>
    <message>
        <source>Moved &apos;%1&apos; back</source>
        <translation>«&#xa0;%1&#xa0;» remis à sa place</translation>
    </message>
    <message>
        <source>Could not move “%1”</source>
        <translation>Impossible de déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Supprimer l&apos;élément de liste de contrôle</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos; from the checklist template?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du modèle de liste de contrôle&#xa0;?</translation>
    </message>
    <message>
        <source>Handoffs will no longer ask for it. Undo brings it back.</source>
        <translation>Les transferts ne le demanderont plus. Annuler le rétablit.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removed &apos;%1&apos; from the checklist template</source>
        <translation>«&#xa0;%1&#xa0;» supprimé du modèle de liste de contrôle</translation>
    </message>
    <message>
        <source>Put &apos;%1&apos; back</source>
        <translation>Rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove &apos;%1&apos;</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not remove “%1”</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not undo or redo “%1”</source>
        <translation>Impossible d&apos;annuler ou de rétablir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The deal&apos;s %1</source>
        <translation>%1 de l’affaire</translation>
    </message>
    <message>
        <source>Answered by the deal&apos;s own field; the checklist shows it and goes to it.</source>
        <translation>Réponse donnée par un champ de l’affaire&#xa0;; la liste de contrôle l’affiche et y mène.</translation>
    </message>
</context>
<context>
    <name>handoff::TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Bring closed deals from a CRM export (CSV) into Handoff</source>
        <translation>Importer dans Handoff les affaires conclues d&apos;un export CRM (CSV)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the deals, promises or fulfilment tasks as CSV or JSON</source>
        <translation>Écrire les affaires, les engagements ou les tâches de réalisation au format CSV ou JSON</translation>
    </message>
    <message>
        <source>Export ca&amp;lendar…</source>
        <translation>Exporter l&apos;a&amp;genda…</translation>
    </message>
    <message>
        <source>Write task and promise due dates as an iCalendar file for a calendar program</source>
        <translation>Écrire les échéances des tâches et des engagements dans un fichier iCalendar pour un agenda</translation>
    </message>
    <message>
        <source>Import deals</source>
        <translation>Importer des affaires</translation>
    </message>
</context>
<context>
    <name>handoff::TransitionDialog</name>
    <message>
        <source>Return “%1” to sales</source>
        <translation>Renvoyer «&#xa0;%1&#xa0;» aux ventes</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note for the sales rep:</source>
        <translation>&amp;Note pour le commercial&#xa0;:</translation>
    </message>
    <message>
        <source>Say what sales must fix; the note is required.</source>
        <translation>Indiquez ce que les ventes doivent corriger&#xa0;; la note est obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Return handoff</source>
        <translation>&amp;Renvoyer le transfert</translation>
    </message>
    <message>
        <source>Cancel the handoff of “%1”</source>
        <translation>Annuler le transfert de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Why is it cancelled?</source>
        <translation>&amp;Pourquoi est-il annulé&#xa0;?</translation>
    </message>
    <message>
        <source>Cancelling ends the handoff for good; the reason is required and kept in the history.</source>
        <translation>L&apos;annulation met fin définitivement au transfert&#xa0;; le motif est obligatoire et conservé dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Cancel &amp;handoff</source>
        <translation>Annuler le &amp;transfert</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Le conserver</translation>
    </message>
    <message>
        <source>Override the rules for “%1”</source>
        <translation>Forcer les règles pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason for the override:</source>
        <translation>&amp;Motif du forçage&#xa0;:</translation>
    </message>
    <message>
        <source>The action is done although its checks fail. The reason is required and recorded with your name.</source>
        <translation>L&apos;action est effectuée même si ses vérifications échouent. Le motif est obligatoire et consigné avec votre nom.</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Forcer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Cancel handoff</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Mark fulfilled</source>
        <translation>Marquer comme réalisé</translation>
    </message>
</context>
<context>
    <name>handoff::Workspace</name>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
</context>
</TS>
