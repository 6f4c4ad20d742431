<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>☎ Call</source>
        <translation>☎ Appeler</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler le %1</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ E-mail</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>Écrire un e-mail à %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Show directions on a map</source>
        <translation>Montrer l&apos;itinéraire sur une carte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy all facts</source>
        <translation>Copier toutes les informations</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ Sur la fiche</translation>
    </message>
    <message>
        <source>+ Add to sheet</source>
        <translation>+ Ajouter à la fiche</translation>
    </message>
    <message>
        <source>Remove from the referral sheet</source>
        <translation>Retirer de la fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Add to the referral sheet</source>
        <translation>Ajouter à la fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Hours unknown: call before going.</source>
        <translation>Horaires inconnus : téléphoner avant d&apos;y aller.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Langues : %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Adresse inconnue</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Téléphone inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email unknown</source>
        <translation>E-mail inconnu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verification and sources</source>
        <translation>Vérification et sources</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Dernière vérification : %1</translation>
    </message>
    <message>
        <source>Not verified in the last 12 months: check by phone before referring.</source>
        <translation>Pas vérifié depuis 12 mois : vérifier par téléphone avant d&apos;orienter.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
    <message>
        <source>This directory was written by a newer version of Relais. Please update the app.</source>
        <translation>Ce répertoire a été écrit par une version plus récente de Relais. Mettez l&apos;application à jour.</translation>
    </message>
    <message>
        <source>The directory file on this device is damaged.</source>
        <translation>Le fichier du répertoire sur cet appareil est endommagé.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>Le répertoire n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation>Aucun service ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire :</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Rechercher %1</translation>
    </message>
    <message>
        <source>Results exist without these filters:</source>
        <translation>Il y a des résultats sans ces filtres :</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer « %1 »</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Tip: try another word, or a word in French, Dutch or English.</source>
        <translation>Astuce : essayez un autre mot, ou un mot en français, néerlandais ou anglais.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Category ▾</source>
        <translation>Catégorie ▾</translation>
    </message>
    <message>
        <source>Commune ▾</source>
        <translation>Commune ▾</translation>
    </message>
    <message>
        <source>Language spoken ▾</source>
        <translation>Langue parlée ▾</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Langue parlée</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Turns every filter off</source>
        <translation>Désactive tous les filtres</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>LocalDirectory</name>
    <message>
        <source>The bundled directory is missing: %1</source>
        <translation>Le répertoire fourni avec l&apos;application est introuvable : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Settings and sync</source>
        <translation>Réglages et synchronisation</translation>
    </message>
    <message>
        <source>Choose a service in the list to see everything about it.</source>
        <translation>Choisissez un service dans la liste pour tout voir à son sujet.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. Everything works with the directory on this device.</source>
        <translation>Hors ligne. Tout fonctionne avec le répertoire de cet appareil.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>To verify</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>On the sheet ✓</source>
        <translation>Sur la fiche ✓</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: need, service, organisation, commune…</source>
        <translation>Rechercher : besoin, service, association, commune…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>First %n results</source>
        <translation>
            <numerusform>Les %n premiers résultats</numerusform>
            <numerusform>Les %n premiers résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Répertoire et synchronisation</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Sync only downloads the directory. Searches and referral sheets never leave this device.</source>
        <translation>La synchronisation ne fait que télécharger le répertoire. Les recherches et les fiches d&apos;orientation ne quittent jamais cet appareil.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</source>
        <translation>Les services à transmettre, avec leurs coordonnées et horaires. Rien sur la personne n&apos;est demandé ni conservé.</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>Sheet in %1</source>
        <translation>Fiche : %1</translation>
    </message>
    <message>
        <source>Services on the sheet</source>
        <translation>Services sur la fiche</translation>
    </message>
    <message>
        <source>No service yet. Open a service and choose “Add to sheet”.</source>
        <translation>Aucun service pour l&apos;instant. Ouvrez un service et choisissez « Ajouter à la fiche ».</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>Retirer %1 de la fiche</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Copy the sheet as text, to paste in a message</source>
        <translation>Copier la fiche en texte, à coller dans un message</translation>
    </message>
    <message>
        <source>Clear sheet</source>
        <translation>Vider la fiche</translation>
    </message>
    <message>
        <source>Remove every service from the sheet</source>
        <translation>Retirer tous les services de la fiche</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistrée : %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message or a document.</source>
        <translation>Copiée. Collez-la dans un message ou un document.</translation>
    </message>
</context>
<context>
    <name>SheetTray</name>
    <message>
        <source>Referral sheet</source>
        <translation>Fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Referral sheet: empty</source>
        <translation>Fiche d&apos;orientation : vide</translation>
    </message>
    <message numerus="yes">
        <source>Referral sheet: %n service(s)</source>
        <translation>
            <numerusform>Fiche d&apos;orientation : %n service</numerusform>
            <numerusform>Fiche d&apos;orientation : %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Open the referral sheet</source>
        <translation>Ouvrir la fiche d&apos;orientation</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Sync cancelled. The directory stays as it was after the last completed step.</source>
        <translation>Synchronisation annulée. Le répertoire reste tel qu&apos;après la dernière étape terminée.</translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation>Le serveur a signalé un problème : %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Check the server address.</source>
        <translation>La réponse du serveur n&apos;a pas été comprise. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>La synchronisation a échoué : %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>La synchronisation a échoué.</translation>
    </message>
    <message>
        <source>Sync is not available in this version of Relais.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette version de Relais.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Directory data as of %1</source>
        <translation>Données du répertoire au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on this device</source>
        <translation>
            <numerusform>%n service sur cet appareil</numerusform>
            <numerusform>%n services sur cet appareil</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync is not available in this version. The directory that came with the app is used.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette version. Le répertoire fourni avec l&apos;application est utilisé.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Adresse inconnue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Téléphone inconnu</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Horaires inconnus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Aide proposée</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Où trouver de l&apos;aide</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Préparée le %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Informations du répertoire Relais au %1</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Les horaires et les conditions peuvent changer : si possible, téléphonez avant d&apos;y aller. Cette fiche ne contient aucune information sur vous.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Ouvert 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Open now · until %1</source>
        <translation>Ouvert · jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Closed · opens at %1</source>
        <translation>Fermé · ouvre à %1</translation>
    </message>
    <message>
        <source>Closed · opens tomorrow at %1</source>
        <translation>Fermé · ouvre demain à %1</translation>
    </message>
    <message>
        <source>Closed · opens %1 at %2</source>
        <translation>Fermé · ouvre %1 à %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1 : %2–%3</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrigna</translation>
    </message>
    <message>
        <source>Languages unknown</source>
        <translation>Langues inconnues</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Coût inconnu</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>Anonymity unknown</source>
        <translation>Anonymat inconnu</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anonymat possible</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Identité demandée</translation>
    </message>
    <message>
        <source>Appointment policy unknown</source>
        <translation>Rendez-vous : inconnu</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Rendez-vous possible, pas obligatoire</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Uniquement sur rendez-vous</translation>
    </message>
</context>
<context>
    <name>relais::app::DetailController</name>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Ce service n&apos;est plus dans le répertoire.</translation>
    </message>
</context>
<context>
    <name>relais::app::SheetController</name>
    <message>
        <source>referral-sheet</source>
        <translation>fiche-orientation</translation>
    </message>
</context>
<context>
    <name>relais::app::SyncController</name>
    <message>
        <source>Never: using the directory that came with the app</source>
        <translation>Jamais : le répertoire fourni avec l&apos;application est utilisé</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Indiquez d&apos;abord l&apos;adresse du serveur, par exemple https://relais.example.be</translation>
    </message>
    <message>
        <source>No connection to the server. Everything still works offline with the directory on this device.</source>
        <translation>Pas de connexion au serveur. Tout fonctionne hors ligne avec le répertoire de cet appareil.</translation>
    </message>
</context>
</TS>
