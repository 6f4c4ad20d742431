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
    <message>
        <source>☎ Call %1</source>
        <translation>☎ Appeler le %1</translation>
    </message>
    <message>
        <source>★ Pinned</source>
        <translation>★ Épinglé</translation>
    </message>
    <message>
        <source>☆ Pin</source>
        <translation>☆ Épingler</translation>
    </message>
    <message>
        <source>Unpin from the first screen</source>
        <translation>Retirer de l&apos;écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Pin to the first screen</source>
        <translation>Épingler sur l&apos;écran d&apos;accueil</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>Vous avez retiré cette fiche, mais quelqu&apos;un l&apos;a modifiée sur le serveur entre-temps. Retirez-la quand même, ou gardez la version du serveur.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>Vous avez indiqué que cette fiche est toujours exacte, mais quelqu&apos;un l&apos;a modifiée sur le serveur entre-temps. Confirmez la version du serveur, ou reprenez-la simplement.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>Cette fiche a été supprimée sur le serveur pendant que vous la modifiiez. Gardez votre version pour la publier à nouveau, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Quelqu&apos;un a modifié cette fiche sur le serveur pendant que vous la modifiiez ici. Les deux versions sont gardées jusqu&apos;à ce que vous choisissiez, champ par champ.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>Il n&apos;y a plus de conflit à résoudre pour cette fiche.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Votre version est gardée. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>La version du serveur est gardée ; votre modification a été abandonnée.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>La version fusionnée est gardée. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>relais::app::ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>Vous avez retiré cette fiche, mais quelqu&apos;un l&apos;a modifiée sur le serveur entre-temps. Retirez-la quand même, ou gardez la version du serveur.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>Vous avez indiqué que cette fiche est toujours exacte, mais quelqu&apos;un l&apos;a modifiée sur le serveur entre-temps. Confirmez la version du serveur, ou reprenez-la simplement.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>Cette fiche a été supprimée sur le serveur pendant que vous la modifiiez. Gardez votre version pour la publier à nouveau, ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Quelqu&apos;un a modifié cette fiche sur le serveur pendant que vous la modifiiez ici. Les deux versions sont gardées jusqu&apos;à ce que vous choisissiez, champ par champ.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>Il n&apos;y a plus de conflit à résoudre pour cette fiche.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Votre version est gardée. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>La version du serveur est gardée ; votre modification a été abandonnée.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>La version fusionnée est gardée. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Retour à mes fiches</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflit : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. For each, choose the version to keep.</source>
        <translation>
            <numerusform>%n champ diffère. Pour chacun, choisissez la version à garder.</numerusform>
            <numerusform>%n champs diffèrent. Pour chacun, choisissez la version à garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version (this device)</source>
        <translation>Votre version (cet appareil)</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Version du serveur</translation>
    </message>
    <message>
        <source>Keep your %1: %2</source>
        <translation>Garder votre %1 : %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1: %2</source>
        <translation>Prendre la valeur du serveur (%1) : %2</translation>
    </message>
    <message>
        <source>Also show the fields that are the same</source>
        <translation>Afficher aussi les champs identiques</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Appliquer mes choix</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Prendre celle du serveur</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Retour à mes services</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Your edit of this listing is saved on this device and will be sent at the next sync.</source>
        <translation>Votre modification de cette fiche est enregistrée sur cet appareil et sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My listings.</source>
        <translation>Votre modification de cette fiche est en conflit avec une version plus récente sur le serveur : résolvez-le dans Mes fiches.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My listings.</source>
        <translation>Le serveur a refusé votre modification de cette fiche : corrigez-la ou abandonnez-la dans Mes fiches.</translation>
    </message>
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
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Aussi connu comme : %1</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>Show a QR code the person can scan to save this contact</source>
        <translation>Afficher un code QR que la personne peut scanner pour enregistrer ce contact</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>No phone number is known for this service.</source>
        <translation>Aucun numéro de téléphone n&apos;est connu pour ce service.</translation>
    </message>
    <message>
        <source>By email: %1</source>
        <translation>Par e-mail : %1</translation>
    </message>
    <message>
        <source>Through their website: %1</source>
        <translation>Par leur site web : %1</translation>
    </message>
    <message>
        <source>In person: %1</source>
        <translation>Sur place : %1</translation>
    </message>
    <message>
        <source>No way to reach them is known yet.</source>
        <translation>Aucun moyen de les joindre n&apos;est encore connu.</translation>
    </message>
    <message>
        <source>Hours unknown: check with them before going.</source>
        <translation>Horaires inconnus : se renseigner auprès d&apos;eux avant d&apos;y aller.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Sources and notes (for checking)</source>
        <translation>Sources et notes (pour vérification)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Research notes and sources behind this listing, for staff who check it. Not meant for the person being referred.</source>
        <translation>Notes de recherche et sources de cette fiche, pour les personnes qui la vérifient. Pas destinées à la personne orientée.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>phone number — label</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My services.</source>
        <translation>Votre modification de cette fiche est en conflit avec une version plus récente sur le serveur : résolvez-le dans Mes services.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My services.</source>
        <translation>Le serveur a refusé votre modification de cette fiche : corrigez-la ou abandonnez-la dans Mes services.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
    <message>
        <source>The directory file on this device could not be read or written (full disk or no permission).</source>
        <translation>Le fichier du répertoire sur cet appareil n&apos;a pas pu être lu ou écrit (disque plein ou accès refusé).</translation>
    </message>
    <message>
        <source>Another program is using the directory file; try again in a moment.</source>
        <translation>Un autre programme utilise le fichier du répertoire ; réessayez dans un instant.</translation>
    </message>
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
    <name>EditorController</name>
    <message>
        <source>New listing</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>Le serveur a refusé certains champs : ils sont signalés ci-dessous. Corrigez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>Cette fiche n&apos;est pas sur cet appareil. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Certains champs demandent votre attention : ils sont signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Enregistré sur cet appareil. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>relais::app::EditorController</name>
    <message>
        <source>New listing</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>Le serveur a refusé certains champs : ils sont signalés ci-dessous. Corrigez-les, puis enregistrez.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>Cette fiche n&apos;est pas sur cet appareil. Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Certains champs demandent votre attention : ils sont signalés en rouge.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Enregistré sur cet appareil. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Use the international format, for example +32 2 123 45 67, or a short number such as 112.</source>
        <translation>Utilisez le format international, par exemple +32 2 123 45 67, ou un numéro court comme 112.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.be).</source>
        <translation>Ce n&apos;est pas une adresse e-mail (nom@exemple.be).</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>Entrez une adresse web complète commençant par https://</translation>
    </message>
    <message>
        <source>Give the name in at least one language.</source>
        <translation>Donnez le nom dans au moins une langue.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 23:59.</source>
        <translation>Entrez une heure au format HH:MM, de 00:00 à 23:59.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 24:00.</source>
        <translation>Entrez une heure au format HH:MM, de 00:00 à 24:00.</translation>
    </message>
    <message>
        <source>Closing must differ from opening (00:00 to 24:00 means all day).</source>
        <translation>La fermeture doit différer de l&apos;ouverture (00:00 à 24:00 signifie toute la journée).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>Choose at least one category.</source>
        <translation>Choisissez au moins une catégorie.</translation>
    </message>
    <message>
        <source>This category is not known.</source>
        <translation>Cette catégorie n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>Use two-letter language codes separated by commas, for example fr, nl, ar.</source>
        <translation>Utilisez des codes de langue à deux lettres séparés par des virgules, par exemple fr, nl, ar.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and hyphens only.</source>
        <translation>N&apos;utilisez que des minuscules, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>Enter a number (latitude -90 to 90, longitude -180 to 180), or leave it empty.</source>
        <translation>Entrez un nombre (latitude -90 à 90, longitude -180 à 180), ou laissez vide.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Entrez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>This organisation is not known to the server.</source>
        <translation>Cette organisation n&apos;est pas connue du serveur.</translation>
    </message>
    <message>
        <source>The identifier does not match this listing.</source>
        <translation>L&apos;identifiant ne correspond pas à cette fiche.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Closes before it opens. If it runs past midnight, tick &quot;Past midnight&quot;.</source>
        <translation>Ferme avant d&apos;ouvrir. Si la plage dépasse minuit, cochez « Après minuit ».</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Retour à mes fiches</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.</source>
        <translation>Tout est en ordre. Vos modifications sont gardées sur cet appareil quand vous enregistrez, et envoyées à la prochaine synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n champ demande votre attention.</numerusform>
            <numerusform>%n champs demandent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My listings.</source>
        <translation>Cette fiche a un conflit : résolvez-le d&apos;abord, depuis Mes fiches.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>En néerlandais</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Suggested from the name; it cannot change once sent.</source>
        <translation>Proposé à partir du nom ; il ne peut plus changer une fois envoyé.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>For whom (tags, separated by commas)</source>
        <translation>Pour qui (étiquettes, séparées par des virgules)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Label of this number</source>
        <translation>Libellé de ce numéro</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Retirer ce numéro</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages spoken (codes, separated by commas)</source>
        <translation>Langues parlées (codes, séparés par des virgules)</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Laissez vide si inconnu.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>Appointment possible</source>
        <translation>Rendez-vous possible</translation>
    </message>
    <message>
        <source>Appointment required</source>
        <translation>Rendez-vous obligatoire</translation>
    </message>
    <message>
        <source>How sure are these facts</source>
        <translation>Fiabilité de ces informations</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Partiellement vérifié</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation>Sources et remarques</translation>
    </message>
    <message>
        <source>Sources (one per line)</source>
        <translation>Sources (une par ligne)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>I checked this listing: mark it as verified today</source>
        <translation>J&apos;ai vérifié cette fiche : la marquer comme vérifiée aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Retour à mes services</translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My services.</source>
        <translation>Cette fiche a un conflit : résolvez-le d&apos;abord, depuis Mes services.</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>None ticked: languages unknown.</source>
        <translation>Aucune cochée : langues inconnues.</translation>
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
    <message>
        <source>Look in a category:</source>
        <translation>Chercher dans une catégorie :</translation>
    </message>
    <message>
        <source>Show the category %1</source>
        <translation>Afficher la catégorie %1</translation>
    </message>
    <message>
        <source>Or start from what the person needs:</source>
        <translation>Ou partez de ce dont la personne a besoin :</translation>
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
    <name>HoursEditor</name>
    <message>
        <source>Mo</source>
        <comment>Monday, short</comment>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Tu</source>
        <comment>Tuesday, short</comment>
        <translation>Ma</translation>
    </message>
    <message>
        <source>We</source>
        <comment>Wednesday, short</comment>
        <translation>Me</translation>
    </message>
    <message>
        <source>Th</source>
        <comment>Thursday, short</comment>
        <translation>Je</translation>
    </message>
    <message>
        <source>Fr</source>
        <comment>Friday, short</comment>
        <translation>Ve</translation>
    </message>
    <message>
        <source>Sa</source>
        <comment>Saturday, short</comment>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Su</source>
        <comment>Sunday, short</comment>
        <translation>Di</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>The opening hours are known</source>
        <translation>Les horaires sont connus</translation>
    </message>
    <message>
        <source>Shown as &quot;Hours unknown&quot;. Nothing is guessed.</source>
        <translation>Affiché comme « Horaires inconnus ». Rien n&apos;est deviné.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>Past midnight</source>
        <translation>Après minuit</translation>
    </message>
    <message>
        <source>Closes the next day, past midnight</source>
        <translation>Ferme le lendemain, après minuit</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Retirer cette plage</translation>
    </message>
    <message>
        <source>Note, e.g. &quot;women only&quot; or &quot;except school holidays&quot;</source>
        <translation>Remarque, p. ex. « femmes uniquement » ou « sauf congés scolaires »</translation>
    </message>
    <message>
        <source>Note on this range</source>
        <translation>Remarque sur cette plage</translation>
    </message>
    <message>
        <source>+ Add a range</source>
        <translation>+ Ajouter une plage</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mes fiches</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n listing(s)</source>
        <translation>
            <numerusform>%1 · %n fiche</numerusform>
            <numerusform>%1 · %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Log in from the settings to see your organisation&apos;s listings.</source>
        <translation>Connectez-vous dans les réglages pour voir les fiches de votre organisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n à confirmer</numerusform>
            <numerusform>%n à confirmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Log in again in the settings: your edits are kept on this device and will be sent then.</source>
        <translation>Votre session a pris fin. Reconnectez-vous dans les réglages : vos modifications sont gardées sur cet appareil et seront envoyées à ce moment-là.</translation>
    </message>
    <message>
        <source>+ Add a listing</source>
        <translation>+ Ajouter une fiche</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send and sync now</source>
        <translation>Envoyer et synchroniser</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Still accurate</source>
        <translation>Toujours exact</translation>
    </message>
    <message>
        <source>%1 is still accurate</source>
        <translation>%1 est toujours exact</translation>
    </message>
    <message>
        <source>Drop my edit</source>
        <translation>Abandonner ma modification</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? Social workers will no longer see it once the next sync has sent this. Retire it only if the service has stopped.</source>
        <translation>Retirer « %1 » ? Les travailleur·euses sociaux·ales ne la verront plus une fois ce retrait envoyé à la prochaine synchronisation. Ne la retirez que si le service a cessé.</translation>
    </message>
    <message>
        <source>Yes, retire it</source>
        <translation>Oui, la retirer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>Log in to see your organisation&apos;s services.</source>
        <translation>Connectez-vous pour voir les services de votre organisation.</translation>
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
    <name>LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Votre session a pris fin. Reconnectez-vous : vos modifications sont gardées sur cet appareil et seront envoyées à ce moment-là.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Entrez d&apos;abord l&apos;adresse du serveur, par exemple https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Entrez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>La session n&apos;a pas pu être gardée sur cet appareil : %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Votre session a pris fin. Reconnectez-vous : vos modifications sont gardées sur cet appareil et seront envoyées à ce moment-là.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Entrez d&apos;abord l&apos;adresse du serveur, par exemple https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Entrez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>La session n&apos;a pas pu être gardée sur cet appareil : %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>Le serveur est injoignable. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé la connexion : %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
</context>
<context>
    <name>LoginSection</name>
    <message>
        <source>Association staff</source>
        <translation>Personnel des associations</translation>
    </message>
    <message>
        <source>Logged in as %1 for %2.</source>
        <translation>Connecté·e en tant que %1 pour %2.</translation>
    </message>
    <message>
        <source>Staff of an association log in to keep their own listings correct.</source>
        <translation>Le personnel d&apos;une association se connecte pour tenir ses propres fiches à jour.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mes fiches</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
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
    <message>
        <source>My listings</source>
        <translation>Mes fiches</translation>
    </message>
    <message>
        <source>My listings: your organisation&apos;s services</source>
        <translation>Mes fiches : les services de votre organisation</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mes services</translation>
    </message>
    <message>
        <source>My services: those of your organisation</source>
        <translation>Mes services : ceux de votre organisation</translation>
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
        <source>Your edit, not sent yet</source>
        <translation>Votre modification, pas encore envoyée</translation>
    </message>
    <message>
        <source>Your edit, in conflict</source>
        <translation>Votre modification, en conflit</translation>
    </message>
    <message>
        <source>Your edit, refused</source>
        <translation>Votre modification, refusée</translation>
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
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>Aucun téléphone connu</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Appeler</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <comment>service name, phone number</comment>
        <translation>Appeler %1 au %2</translation>
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
    <message>
        <source>Nothing in %1; the nearest are shown.</source>
        <translation>Rien à %1 ; les plus proches sont affichés.</translation>
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
    <message>
        <source>Where do you work?</source>
        <translation>Où travaillez-vous ?</translation>
    </message>
    <message>
        <source>Services in this municipality and its neighbours come first. Kept on this device only.</source>
        <translation>Les services de cette commune et des communes voisines apparaissent en premier. Gardé sur cet appareil uniquement.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Professional secrecy, the legal framework of sex work, signs of exploitation: short sourced texts, readable offline.</source>
        <translation>Secret professionnel, cadre légal du travail du sexe, signes d&apos;exploitation : de courts textes sourcés, lisibles hors ligne.</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>Ouvrir les guides</translation>
    </message>
    <message>
        <source>Recently opened services</source>
        <translation>Services consultés récemment</translation>
    </message>
    <message>
        <source>The first screen lists the services you opened last, and those you pinned. Kept on this device only, never synced or sent.</source>
        <translation>L&apos;écran d&apos;accueil montre les derniers services que vous avez ouverts, et ceux que vous avez épinglés. Gardé sur cet appareil uniquement, jamais synchronisé ni envoyé.</translation>
    </message>
    <message>
        <source>Remember the services I open</source>
        <translation>Retenir les services que j&apos;ouvre</translation>
    </message>
    <message>
        <source>Clear recently opened</source>
        <translation>Effacer les consultations récentes</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Tout désépingler</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Couleurs : %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Taille du texte : %1</translation>
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
    <message>
        <source>The services to hand over, as they will print: contact details, hours and a QR code to save each contact. Nothing about the person is asked or kept.</source>
        <translation>Les services à transmettre, tels qu'ils seront imprimés : coordonnées, horaires et un code QR pour enregistrer chaque contact. Rien n'est demandé ni gardé sur la personne.</translation>
    </message>
    <message>
        <source>Service names and descriptions exist in French, Dutch and English. Print them in:</source>
        <translation>Les noms et descriptions des services existent en français, néerlandais et anglais. Les imprimer en :</translation>
    </message>
    <message>
        <source>Service names in %1</source>
        <translation>Noms des services en %1</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>Aucun téléphone connu</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>Code QR pour enregistrer %1 comme contact</translation>
    </message>
    <message>
        <source>Copy as text message</source>
        <translation>Copier en SMS</translation>
    </message>
    <message>
        <source>Copy %1 as a text message</source>
        <translation>Copier %1 en message texte</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Montrer à la personne</translation>
    </message>
    <message>
        <source>Show the sheet on the screen in large print</source>
        <translation>Afficher la fiche à l'écran en grands caractères</translation>
    </message>
    <message>
        <source>Copy all as text messages</source>
        <translation>Tout copier en SMS</translation>
    </message>
    <message>
        <source>Copy every service as a text message, to paste in SMS, WhatsApp or Signal</source>
        <translation>Copier chaque service en message texte, à coller dans un SMS, WhatsApp ou Signal</translation>
    </message>
    <message>
        <source>Clear sheet…</source>
        <translation>Vider la fiche…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message on the work phone.</source>
        <translation>Copié. Collez-le dans un message depuis le téléphone professionnel.</translation>
    </message>
    <message>
        <source>Clear the sheet?</source>
        <translation>Vider la fiche ?</translation>
    </message>
    <message>
        <source>Every service will be removed from the sheet.</source>
        <translation>Tous les services seront retirés de la fiche.</translation>
    </message>
    <message>
        <source>Clear the sheet? Every service will be removed from the sheet.</source>
        <translation>Vider la fiche ? Tous les services en seront retirés.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Yes, remove every service from the sheet</source>
        <translation>Oui, retirer tous les services de la fiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open to print</source>
        <translation>Ouvrir pour imprimer</translation>
    </message>
    <message>
        <source>Open the saved PDF in the document viewer, to print it</source>
        <translation>Ouvrir le PDF enregistré dans la visionneuse de documents, pour l'imprimer</translation>
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
    <name>StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>Cette fiche appartient à une autre organisation : seuls son personnel ou un administrateur peuvent la modifier. Votre modification est gardée ici ; vous pouvez l&apos;abandonner.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>Le serveur a refusé certains champs. Ouvrez la fiche pour les voir signalés et les corriger.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>Cette fiche n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>Le serveur a refusé cette modification : %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Retirée, en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>En attente : envoyé à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflit : modifié aussi sur le serveur</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Marqué comme toujours exact. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Fiche retirée. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>La modification refusée a été abandonnée.</translation>
    </message>
</context>
<context>
    <name>relais::app::StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>Cette fiche appartient à une autre organisation : seuls son personnel ou un administrateur peuvent la modifier. Votre modification est gardée ici ; vous pouvez l&apos;abandonner.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>Le serveur a refusé certains champs. Ouvrez la fiche pour les voir signalés et les corriger.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>Cette fiche n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>Le serveur a refusé cette modification : %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Retirée, en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>En attente : envoyé à la prochaine synchronisation</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflit : modifié aussi sur le serveur</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Marqué comme toujours exact. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Fiche retirée. Ce sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>La modification refusée a été abandonnée.</translation>
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
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Confirmed by the organisation %1.</source>
        <translation>Confirmé par l’organisation %1.</translation>
    </message>
    <message>
        <source>Checked against public sources %1, not yet confirmed by the service.</source>
        <translation>Vérifié dans des sources publiques %1, pas encore confirmé par le service.</translation>
    </message>
    <message>
        <source>Not confirmed: check before referring.</source>
        <translation>Non confirmé : à vérifier avant d’orienter.</translation>
    </message>
    <message>
        <source>Not confirmed: last confirmed by the organisation %1.</source>
        <translation>Non confirmé : dernière confirmation par l’organisation %1.</translation>
    </message>
    <message>
        <source>Not confirmed: last checked against public sources %1.</source>
        <translation>Non confirmé : dernière vérification dans des sources publiques %1.</translation>
    </message>
    <message>
        <source>The newest source found dates from %1.</source>
        <translation>La source la plus récente trouvée date de %1.</translation>
    </message>
    <message>
        <source>National line</source>
        <translation>Ligne nationale</translation>
    </message>
    <message>
        <source>outside Brussels</source>
        <translation>hors de Bruxelles</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>source non officielle</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>information peut-être ancienne</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Ligne d'aide</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Les noms et les descriptions des services sont en %1.</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Scannez le code pour enregistrer ce contact</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24 h/24, 7 j/7</translation>
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
    <message>
        <source>No translation for the sheet language %1.</source>
        <translation>Pas de traduction pour la langue de fiche %1.</translation>
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
<context>
    <name>DemoMark</name>
    <message>
        <source>Demo: presentation mode for training</source>
        <translation>Démo : mode présentation pour la formation</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>Not in the current directory: look it up again before referring.</source>
        <translation>Absent du répertoire actuel : le rechercher à nouveau avant d&apos;orienter.</translation>
    </message>
    <message>
        <source>to verify by phone</source>
        <translation>à vérifier par téléphone</translation>
    </message>
    <message>
        <source>Memo sheet</source>
        <translation>Fiche mémo</translation>
    </message>
    <message>
        <source>Training scenario (fictional situation)</source>
        <translation>Scénario de formation (situation fictive)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Questions à poser, avec tact</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Pièges à éviter</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Vers qui orienter</translation>
    </message>
    <message>
        <source>No service in this category yet.</source>
        <translation>Aucun service dans cette catégorie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Téléphone et adresse</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent.</source>
        <translation>Les horaires et conditions changent : appelez avant d&apos;envoyer quelqu&apos;un quand c&apos;est possible. Orienter respecte le secret professionnel : ne partagez rien sur la personne sans son accord.</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent, outside the exceptions the law makes (see the guide on professional secrecy).</source>
        <translation>Les horaires et conditions changent : appelez avant d&apos;envoyer quelqu&apos;un quand c&apos;est possible. Orienter respecte le secret professionnel : ne partagez rien sur la personne sans son accord, hors des exceptions prévues par la loi (voir le guide sur le secret professionnel).</translation>
    </message>
    <message>
        <source>Knowledge guide · facts checked on %1</source>
        <translation>Guide · faits vérifiés le %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Services du répertoire</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>‹ All scenarios</source>
        <translation>‹ Tous les scénarios</translation>
    </message>
    <message>
        <source>Training scenario: a fictional situation.</source>
        <translation>Scénario de formation : une situation fictive.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Questions à poser, avec tact</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Pièges à éviter</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>list item</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Vers qui orienter</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of this scenario are not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find them again.</source>
        <translation>
            <numerusform>%n service de ce scénario est absent du répertoire actuel (retiré par une synchronisation ou une modification). Réinitialisez au répertoire intégré pour le retrouver.</numerusform>
            <numerusform>%n services de ce scénario sont absents du répertoire actuel (retirés par une synchronisation ou une modification). Réinitialisez au répertoire intégré pour les retrouver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Absent du répertoire actuel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ Sur la fiche</translation>
    </message>
    <message>
        <source>Add to sheet</source>
        <translation>Ajouter à la fiche</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>Retirer %1 de la fiche</translation>
    </message>
    <message>
        <source>Add %1 to the referral sheet</source>
        <translation>Ajouter %1 à la fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>Montrer les questions</translation>
    </message>
    <message>
        <source>Show the pitfalls</source>
        <translation>Montrer les pièges</translation>
    </message>
    <message>
        <source>Show the next referral</source>
        <translation>Montrer l&apos;orientation suivante</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Tout montrer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Hide the questions and referrals again</source>
        <translation>Masquer à nouveau les questions et orientations</translation>
    </message>
    <message>
        <source>Add all to sheet</source>
        <translation>Tout ajouter à la fiche</translation>
    </message>
    <message>
        <source>Put every referral of this scenario on the referral sheet</source>
        <translation>Mettre toutes les orientations de ce scénario sur la fiche d&apos;orientation</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Fiche mémo (PDF)</translation>
    </message>
    <message>
        <source>Save this scenario&apos;s memo sheet as PDF</source>
        <translation>Enregistrer la fiche mémo de ce scénario en PDF</translation>
    </message>
</context>
<context>
    <name>TrainerButton</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Trainer mode: case scenarios, presentation mode and memo sheets</source>
        <translation>Mode formation : scénarios, mode présentation et fiches mémo</translation>
    </message>
</context>
<context>
    <name>TrainerPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Retour aux résultats</translation>
    </message>
    <message>
        <source>Training: case scenarios</source>
        <translation>Formation : scénarios de cas</translation>
    </message>
    <message>
        <source>Pick a situation, ask the class which questions and referrals fit, then reveal them step by step. Scenarios are fictional; the services are those of the directory.</source>
        <translation>Choisissez une situation, demandez au groupe quelles questions et orientations conviennent, puis révélez-les pas à pas. Les scénarios sont fictifs ; les services sont ceux du répertoire.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. scenario title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Guide : %1</translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation mode: large text, high contrast, no account data</source>
        <translation>Mode présentation : grand texte, contraste élevé, aucune donnée de compte</translation>
    </message>
    <message>
        <source>Start every class the same</source>
        <translation>Commencer chaque séance de la même façon</translation>
    </message>
    <message>
        <source>Reset puts back the directory shipped with the app: synced updates and local edits on this device are discarded.</source>
        <translation>La réinitialisation remet le répertoire livré avec l&apos;application : les mises à jour synchronisées et les modifications locales sur cet appareil sont effacées.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Réinitialisation…</translation>
    </message>
    <message>
        <source>Reset to the bundled directory…</source>
        <translation>Réinitialiser au répertoire intégré…</translation>
    </message>
    <message>
        <source>Memo sheets (PDF, one page)</source>
        <translation>Fiches mémo (PDF, une page)</translation>
    </message>
    <message>
        <source>Memo sheets in %1</source>
        <translation>Fiches mémo en %1</translation>
    </message>
    <message>
        <source>Category of the memo sheet</source>
        <translation>Catégorie de la fiche mémo</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the memo sheet of %1 as PDF</source>
        <translation>Enregistrer la fiche mémo « %1 » en PDF</translation>
    </message>
    <message>
        <source>Reset the directory?</source>
        <translation>Réinitialiser le répertoire ?</translation>
    </message>
    <message>
        <source>Synced updates and every local edit on this device will be discarded. The directory shipped with the app comes back. The referral sheet is kept.</source>
        <translation>Les mises à jour synchronisées et toutes les modifications locales sur cet appareil seront effacées. Le répertoire livré avec l&apos;application revient. La fiche d&apos;orientation est conservée.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>relais::app::TrainerController</name>
    <message>
        <source>Some training scenarios could not be read: %1</source>
        <translation>Certains scénarios de formation n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No training scenario with id %1.</source>
        <translation>Aucun scénario de formation avec l&apos;identifiant %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added to the referral sheet.</source>
        <translation>
            <numerusform>%n service ajouté à la fiche d&apos;orientation.</numerusform>
            <numerusform>%n services ajoutés à la fiche d&apos;orientation.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running: wait for it to finish, then reset.</source>
        <translation>Une synchronisation est en cours : attendez qu&apos;elle se termine, puis réinitialisez.</translation>
    </message>
    <message>
        <source>This directory file was opened from the command line; it is not reset.</source>
        <translation>Ce fichier de répertoire a été ouvert en ligne de commande ; il n&apos;est pas réinitialisé.</translation>
    </message>
    <message>
        <source>The directory is back to the bundled version.</source>
        <translation>Le répertoire est revenu à la version intégrée.</translation>
    </message>
    <message>
        <source>No category or training scenario with id %1.</source>
        <translation>Aucune catégorie ni aucun scénario de formation avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation>Fermer l'affichage en grand</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>Code QR pour enregistrer %1 comme contact</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>Fermer le code QR</translation>
    </message>
    <message>
        <source>QR code of the contact</source>
        <translation>Code QR du contact</translation>
    </message>
    <message>
        <source>Point the phone's camera at the code to save the contact: no number to type, nothing sent.</source>
        <translation>Pointez l'appareil photo du téléphone vers le code pour enregistrer le contact : aucun numéro à taper, rien n'est envoyé.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>‹ All guides</source>
        <translation>‹ Tous les guides</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Short sourced texts on the law and the practice behind a referral, readable offline. They inform; they are not legal advice.</source>
        <translation>De courts textes sourcés sur la loi et la pratique qui entourent une orientation, lisibles hors ligne. Ils informent ; ce ne sont pas des avis juridiques.</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Faits vérifiés le %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Services du répertoire</translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Absent du répertoire actuel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Fiche mémo (PDF)</translation>
    </message>
    <message>
        <source>Save this guide as a memo sheet (PDF)</source>
        <translation>Enregistrer ce guide comme fiche mémo (PDF)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>relais::app::GuideController</name>
    <message>
        <source>Some guides could not be read: %1</source>
        <translation>Certains guides n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No guide with id %1.</source>
        <translation>Aucun guide avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>NeedTiles</name>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1 : %n service</numerusform>
            <numerusform>%1 : %n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceLinks</name>
    <message>
        <source>%1, %2</source>
        <comment>service name, 24/7</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>☎ %1</source>
        <comment>call button with the number</comment>
        <translation>☎ %1</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <comment>service name, phone number</comment>
        <translation>Appeler %1 au %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Pinned</source>
        <translation>Épinglés</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Consultés récemment</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the recently opened services</source>
        <translation>Effacer les services consultés récemment</translation>
    </message>
    <message>
        <source>What does the person need?</source>
        <translation>De quoi la personne a-t-elle besoin ?</translation>
    </message>
    <message>
        <source>Emergency and 24/7 lines</source>
        <translation>Urgences et lignes 24 h/24</translation>
    </message>
    <message numerus="yes">
        <source>See all %n service(s)</source>
        <translation>
            <numerusform>Voir le service</numerusform>
            <numerusform>Voir les %n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursNote</name>
    <message>
        <source>permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)</source>
        <translation>permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)</translation>
    </message>
    <message>
        <source>jours ouvrables; en urgence hors heures, permanence téléphonique</source>
        <translation>jours ouvrables; en urgence hors heures, permanence téléphonique</translation>
    </message>
    <message>
        <source>24h/24 (ligne téléphonique)</source>
        <translation>24h/24 (ligne téléphonique)</translation>
    </message>
    <message>
        <source>24h/24, 7j/7</source>
        <translation>24h/24, 7j/7</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24h/24</translation>
    </message>
    <message>
        <source>ligne téléphonique (source 2022-2023)</source>
        <translation>ligne téléphonique (source 2022-2023)</translation>
    </message>
    <message>
        <source>chat en ligne</source>
        <translation>chat en ligne</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite 0800 20 120</source>
        <translation>ligne d&apos;écoute gratuite 0800 20 120</translation>
    </message>
    <message>
        <source>call center téléphonique</source>
        <translation>call center téléphonique</translation>
    </message>
    <message>
        <source>introduction des nouvelles demandes</source>
        <translation>introduction des nouvelles demandes</translation>
    </message>
    <message>
        <source>permanences sociales; pas de permanence le vendredi</source>
        <translation>permanences sociales; pas de permanence le vendredi</translation>
    </message>
    <message>
        <source>accueil du service social général sans rendez-vous (horaire de la période COVID)</source>
        <translation>accueil du service social général sans rendez-vous (horaire de la période COVID)</translation>
    </message>
    <message>
        <source>idem</source>
        <translation>idem</translation>
    </message>
    <message>
        <source>accueil central, nouvelles demandes</source>
        <translation>accueil central, nouvelles demandes</translation>
    </message>
    <message>
        <source>guichet du siège central (à partir du 5 janvier 2026)</source>
        <translation>guichet du siège central (à partir du 5 janvier 2026)</translation>
    </message>
    <message>
        <source>sans rendez-vous; juillet-août : lu, me, ve uniquement</source>
        <translation>sans rendez-vous; juillet-août : lu, me, ve uniquement</translation>
    </message>
    <message>
        <source>permanence téléphonique uniquement</source>
        <translation>permanence téléphonique uniquement</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>permanence téléphonique</translation>
    </message>
    <message>
        <source>Legal Aid Office, niveau -1, sans rendez-vous</source>
        <translation>Legal Aid Office, niveau -1, sans rendez-vous</translation>
    </message>
    <message>
        <source>Justice centre, 2e étage : 1er et 3e jeudi du mois</source>
        <translation>Justice centre, 2e étage : 1er et 3e jeudi du mois</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit de séjour</source>
        <translation>permanence téléphonique – droit de séjour</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit international privé familial et nationalité</source>
        <translation>permanence téléphonique – droit international privé familial et nationalité</translation>
    </message>
    <message>
        <source>ligne téléphonique 24h/24</source>
        <translation>ligne téléphonique 24h/24</translation>
    </message>
    <message>
        <source>nuit; arriver avant 20h, réveil vers 7h30-8h</source>
        <translation>nuit; arriver avant 20h, réveil vers 7h30-8h</translation>
    </message>
    <message>
        <source>douches (horaire 2017)</source>
        <translation>douches (horaire 2017)</translation>
    </message>
    <message>
        <source>infirmerie sans rendez-vous, inscription à l&apos;accueil</source>
        <translation>infirmerie sans rendez-vous, inscription à l&apos;accueil</translation>
    </message>
    <message>
        <source>centre de jour; se présenter entre 9h et 12h pour l&apos;hébergement</source>
        <translation>centre de jour; se présenter entre 9h et 12h pour l&apos;hébergement</translation>
    </message>
    <message>
        <source>comptoir LAIRR (matériel stérile) 24h/24, anonyme</source>
        <translation>comptoir LAIRR (matériel stérile) 24h/24, anonyme</translation>
    </message>
    <message>
        <source>espace d&apos;accueil du CLIP (selon La Libre, 2023)</source>
        <translation>espace d&apos;accueil du CLIP (selon La Libre, 2023)</translation>
    </message>
    <message>
        <source>centrale téléphonique</source>
        <translation>centrale téléphonique</translation>
    </message>
    <message>
        <source>accueil téléphonique</source>
        <translation>accueil téléphonique</translation>
    </message>
    <message>
        <source>permanence d&apos;accueil et d&apos;orientation pour femmes seules cherchant un hébergement (BelRefugees)</source>
        <translation>permanence d&apos;accueil et d&apos;orientation pour femmes seules cherchant un hébergement (BelRefugees)</translation>
    </message>
    <message>
        <source>24h/24, 365 jours/an</source>
        <translation>24h/24, 365 jours/an</translation>
    </message>
    <message>
        <source>téléphone 24h/24; chat à horaires plus restreints</source>
        <translation>téléphone 24h/24; chat à horaires plus restreints</translation>
    </message>
    <message>
        <source>sauf jours fériés; en dehors de ces heures, bascule vers Télé-Accueil 107 (24h/24)</source>
        <translation>sauf jours fériés; en dehors de ces heures, bascule vers Télé-Accueil 107 (24h/24)</translation>
    </message>
    <message>
        <source>permanence à la Maison Arc-en-Ciel de Bruxelles, 1er jeudi du mois</source>
        <translation>permanence à la Maison Arc-en-Ciel de Bruxelles, 1er jeudi du mois</translation>
    </message>
    <message>
        <source>groupe de parole, 3e samedi du mois</source>
        <translation>groupe de parole, 3e samedi du mois</translation>
    </message>
    <message>
        <source>permanence sociale sans rendez-vous (introduire une demande d&apos;aide), rue de la Charrette 27</source>
        <translation>permanence sociale sans rendez-vous (introduire une demande d&apos;aide), rue de la Charrette 27</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone</source>
        <translation>travailleurs sociaux sur rendez-vous ou par téléphone</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone; Gulledelle 98 mêmes heures</source>
        <translation>travailleurs sociaux sur rendez-vous ou par téléphone; Gulledelle 98 mêmes heures</translation>
    </message>
    <message>
        <source>inscription à l&apos;accueil du CPAS (première demande), jours ouvrables</source>
        <translation>inscription à l&apos;accueil du CPAS (première demande), jours ouvrables</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>permanence des assistants sociaux sans rendez-vous; l&apos;après-midi sur rendez-vous sauf le lundi</source>
        <translation>permanence des assistants sociaux sans rendez-vous; l&apos;après-midi sur rendez-vous sauf le lundi</translation>
    </message>
    <message>
        <source>fermé le vendredi après-midi</source>
        <translation>fermé le vendredi après-midi</translation>
    </message>
    <message>
        <source>accueil 24h/24 selon l&apos;association</source>
        <translation>accueil 24h/24 selon l&apos;association</translation>
    </message>
    <message>
        <source>permanence sociale</source>
        <translation>permanence sociale</translation>
    </message>
    <message>
        <source>jours ouvrables</source>
        <translation>jours ouvrables</translation>
    </message>
    <message>
        <source>permanence téléphonique, jours ouvrables</source>
        <translation>permanence téléphonique, jours ouvrables</translation>
    </message>
    <message>
        <source>accueil (téléphone ou sur place, confidentiel) – pas d&apos;accueil en urgence</source>
        <translation>accueil (téléphone ou sur place, confidentiel) – pas d&apos;accueil en urgence</translation>
    </message>
    <message>
        <source>écoute des signalements</source>
        <translation>écoute des signalements</translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>accueil</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>téléphone (page non datée)</source>
        <translation>téléphone (page non datée)</translation>
    </message>
    <message>
        <source>ligne d&apos;aide</source>
        <translation>ligne d&apos;aide</translation>
    </message>
    <message>
        <source>accueil (permanence téléphonique d&apos;urgence hors heures)</source>
        <translation>accueil (permanence téléphonique d&apos;urgence hors heures)</translation>
    </message>
    <message>
        <source>WhatsApp (source tierce non officielle)</source>
        <translation>WhatsApp (source tierce non officielle)</translation>
    </message>
    <message>
        <source>ligne d&apos;assistance traite 24h/24, 7j/7</source>
        <translation>ligne d&apos;assistance traite 24h/24, 7j/7</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24h/24</translation>
    </message>
    <message>
        <source>24h/24 – transport vers le CPVS</source>
        <translation>24h/24 – transport vers le CPVS</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite</source>
        <translation>ligne d&apos;écoute gratuite</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>secrétariat</source>
        <translation>secrétariat</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>ligne gratuite (tous les jours 18h-21h)</source>
        <translation>ligne gratuite (tous les jours 18h-21h)</translation>
    </message>
    <message>
        <source>information (source 2017)</source>
        <translation>information (source 2017)</translation>
    </message>
    <message>
        <source>site Solbosch</source>
        <translation>site Solbosch</translation>
    </message>
    <message>
        <source>accueil central</source>
        <translation>accueil central</translation>
    </message>
    <message>
        <source>siège administratif (standard)</source>
        <translation>siège administratif (standard)</translation>
    </message>
    <message>
        <source>call center 7j/7 8h30-16h30</source>
        <translation>call center 7j/7 8h30-16h30</translation>
    </message>
    <message>
        <source>call center (2e ligne)</source>
        <translation>call center (2e ligne)</translation>
    </message>
    <message>
        <source>call center</source>
        <translation>call center</translation>
    </message>
    <message>
        <source>call center (permanence téléphonique lu-ve 8h-12h, 13h-16h)</source>
        <translation>call center (permanence téléphonique lu-ve 8h-12h, 13h-16h)</translation>
    </message>
    <message>
        <source>CDCS-CMDC (secrétariat)</source>
        <translation>CDCS-CMDC (secrétariat)</translation>
    </message>
    <message>
        <source>accueil / coordination</source>
        <translation>accueil / coordination</translation>
    </message>
    <message>
        <source>BAJ (secrétariat)</source>
        <translation>BAJ (secrétariat)</translation>
    </message>
    <message>
        <source>secretariaat BJB</source>
        <translation>secrétariat du BAJ</translation>
    </message>
    <message>
        <source>telefonische permanentie (woensdag 9u-11u)</source>
        <translation>permanence téléphonique (mercredi 9h-11h)</translation>
    </message>
    <message>
        <source>helpline juridique (lu-ve 12h-15h)</source>
        <translation>helpline juridique (lu-ve 12h-15h)</translation>
    </message>
    <message>
        <source>service juridique – consultations téléphoniques et prise de rendez-vous</source>
        <translation>service juridique – consultations téléphoniques et prise de rendez-vous</translation>
    </message>
    <message>
        <source>numéro vert 0800/99.340, 24h/24, 7j/7</source>
        <translation>numéro vert 0800/99.340, 24h/24, 7j/7</translation>
    </message>
    <message>
        <source>secrétariat (rapport 2014-2015)</source>
        <translation>secrétariat (rapport 2014-2015)</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>permanence téléphonique</translation>
    </message>
    <message>
        <source>service prévention (lu-ve 9h-17h)</source>
        <translation>service prévention (lu-ve 9h-17h)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800/35 123 (lu-ve 8h30-16h30)</source>
        <translation>numéro gratuit 0800/35 123 (lu-ve 8h30-16h30)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 30 700 (lu-ve 8h-16h30)</source>
        <translation>numéro gratuit 0800 30 700 (lu-ve 8h-16h30)</translation>
    </message>
    <message>
        <source>depuis l&apos;étranger (payant)</source>
        <translation>depuis l&apos;étranger (payant)</translation>
    </message>
    <message>
        <source>ligne de crise gratuite 0800 32 123, 24h/24</source>
        <translation>ligne de crise gratuite 0800 32 123, 24h/24</translation>
    </message>
    <message>
        <source>numéro gratuit, 24h/24</source>
        <translation>numéro gratuit, 24h/24</translation>
    </message>
    <message>
        <source>gratis, 24/7</source>
        <translation>gratuit, 24h/24, 7j/7</translation>
    </message>
    <message>
        <source>urgence médicale / pompiers, 24h/24</source>
        <translation>urgence médicale / pompiers, 24h/24</translation>
    </message>
    <message>
        <source>police – intervention urgente, 24h/24</source>
        <translation>police – intervention urgente, 24h/24</translation>
    </message>
    <message>
        <source>numéro vert 0800 30 030 (lu-ve 9h-19h; relais 107 en dehors)</source>
        <translation>numéro vert 0800 30 030 (lu-ve 9h-19h; relais 107 en dehors)</translation>
    </message>
    <message>
        <source>hulplijn (telefoon; ook chat en e-mail via de website)</source>
        <translation>ligne d&apos;aide (téléphone ; aussi chat et e-mail via le site)</translation>
    </message>
    <message>
        <source>116 000, 24h/24, 7j/7</source>
        <translation>116 000, 24h/24, 7j/7</translation>
    </message>
    <message>
        <source>général</source>
        <translation>général</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>call center / service social de première ligne</source>
        <translation>call center / service social de première ligne</translation>
    </message>
    <message>
        <source>CPAS (numéro donné par la commune)</source>
        <translation>CPAS (numéro donné par la commune)</translation>
    </message>
    <message>
        <source>accueil du CPAS / onthaal</source>
        <translation>accueil du CPAS / onthaal</translation>
    </message>
    <message>
        <source>service social général (assistante sociale en chef)</source>
        <translation>service social général (assistante sociale en chef)</translation>
    </message>
    <message>
        <source>accueil du CPAS (lu-ve 8h-16h)</source>
        <translation>accueil du CPAS (lu-ve 8h-16h)</translation>
    </message>
    <message>
        <source>CPAS – service social</source>
        <translation>CPAS – service social</translation>
    </message>
    <message>
        <source>accueil / standard</source>
        <translation>accueil / standard</translation>
    </message>
    <message>
        <source>CPVCF (numéro publié en avril 2020, 9h30-17h30 7j/7 pour les places d&apos;hébergement d&apos;urgence)</source>
        <translation>CPVCF (numéro publié en avril 2020, 9h30-17h30 7j/7 pour les places d&apos;hébergement d&apos;urgence)</translation>
    </message>
    <message>
        <source>secrétariat (rapports annuels)</source>
        <translation>secrétariat (rapports annuels)</translation>
    </message>
    <message>
        <source>accueil général</source>
        <translation>accueil général</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>permanence</translation>
    </message>
    <message>
        <source>réservations (services uniquement)</source>
        <translation>réservations (services uniquement)</translation>
    </message>
    <message>
        <source>centrale</source>
        <translation>centrale</translation>
    </message>
    <message>
        <source>interprétariat par déplacement</source>
        <translation>interprétariat par déplacement</translation>
    </message>
    <message>
        <source>interprétariat par téléphone</source>
        <translation>interprétariat par téléphone</translation>
    </message>
    <message>
        <source>traductions écrites</source>
        <translation>traductions écrites</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 12 800 (jours ouvrables 9h30-13h)</source>
        <translation>numéro gratuit 0800 12 800 (jours ouvrables 9h30-13h)</translation>
    </message>
    <message>
        <source>accueil – demandes d&apos;hébergement (source : fiche Bruss&apos;help)</source>
        <translation>accueil – demandes d&apos;hébergement (source : fiche Bruss&apos;help)</translation>
    </message>
</context>
<context>
    <name>ClassroomShare</name>
    <message>
        <source>Share with the class</source>
        <translation>Partager avec le groupe</translation>
    </message>
    <message>
        <source>Participants on the same Wi-Fi sync this directory from this computer: no internet, no account. Nothing about them is kept.</source>
        <translation>Les participants sur le même Wi-Fi synchronisent ce répertoire depuis cet ordinateur : sans internet, sans compte. Rien n&apos;est gardé à leur sujet.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port of the class server</source>
        <translation>Port du serveur du groupe</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>In Relais, participants open Settings and enter this server address, then sync:</source>
        <translation>Dans Relais, les participants ouvrent Réglages, saisissent cette adresse de serveur, puis synchronisent :</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Adresse du serveur : %1</translation>
    </message>
    <message>
        <source>QR code of the server address</source>
        <translation>Code QR de l&apos;adresse du serveur</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) shared, as this computer shows them now. Stop sharing at the end of the class.</source>
        <translation>
            <numerusform>%n service partagé, tel que cet ordinateur l&apos;affiche maintenant. Arrêtez le partage à la fin de la formation.</numerusform>
            <numerusform>%n services partagés, tels que cet ordinateur les affiche maintenant. Arrêtez le partage à la fin de la formation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::app::ClassroomController</name>
    <message>
        <source>The class server did not start in time.</source>
        <translation>Le serveur du groupe n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>Sharing needs the Relais server program (relais-server), which is not installed on this computer. Install it with Relais, then share again.</source>
        <translation>Le partage a besoin du programme serveur de Relais (relais-server), qui n&apos;est pas installé sur cet ordinateur. Installez-le avec Relais, puis partagez à nouveau.</translation>
    </message>
    <message>
        <source>This computer is not on a network. Connect it to the classroom&apos;s Wi-Fi or network, then share again.</source>
        <translation>Cet ordinateur n&apos;est connecté à aucun réseau. Connectez-le au Wi-Fi ou au réseau de la salle, puis partagez à nouveau.</translation>
    </message>
    <message>
        <source>Could not prepare the shared copy: %1</source>
        <translation>Impossible de préparer la copie partagée : %1</translation>
    </message>
    <message>
        <source>The class server answered something unexpected.</source>
        <translation>Le serveur du groupe a répondu de façon inattendue.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer. Close the program using it, or choose another port, then share again.</source>
        <translation>Le port %1 est déjà utilisé sur cet ordinateur. Fermez le programme qui l&apos;utilise ou choisissez un autre port, puis partagez à nouveau.</translation>
    </message>
    <message>
        <source>The class server did not start.</source>
        <translation>Le serveur du groupe n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>The class server did not start: %1</source>
        <translation>Le serveur du groupe n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The class server stopped. Participants can no longer sync from this computer; share again to restart it.</source>
        <translation>Le serveur du groupe s&apos;est arrêté. Les participants ne peuvent plus synchroniser depuis cet ordinateur ; partagez à nouveau pour le relancer.</translation>
    </message>
    <message>
        <source>The class server could not be started: %1</source>
        <translation>Le serveur du groupe n&apos;a pas pu être lancé : %1</translation>
    </message>
</context>
</TS>
