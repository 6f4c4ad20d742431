<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>☎ Call</source>
        <translation>☎ Bellen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 bellen</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ E-mail</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>Een e-mail sturen naar %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>De website openen</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Show directions on a map</source>
        <translation>De route op een kaart tonen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy all facts</source>
        <translation>Alle gegevens kopiëren</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ Op de fiche</translation>
    </message>
    <message>
        <source>+ Add to sheet</source>
        <translation>+ Aan de fiche toevoegen</translation>
    </message>
    <message>
        <source>Remove from the referral sheet</source>
        <translation>Van de doorverwijsfiche halen</translation>
    </message>
    <message>
        <source>Add to the referral sheet</source>
        <translation>Aan de doorverwijsfiche toevoegen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>☎ Call %1</source>
        <translation>☎ Bel %1</translation>
    </message>
    <message>
        <source>★ Pinned</source>
        <translation>★ Vastgezet</translation>
    </message>
    <message>
        <source>☆ Pin</source>
        <translation>☆ Vastzetten</translation>
    </message>
    <message>
        <source>Unpin from the first screen</source>
        <translation>Losmaken van het beginscherm</translation>
    </message>
    <message>
        <source>Pin to the first screen</source>
        <translation>Vastzetten op het beginscherm</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>U hebt deze fiche ingetrokken, maar intussen heeft iemand ze op de server gewijzigd. Trek ze toch in, of behoud de versie van de server.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>U hebt aangegeven dat deze fiche nog klopt, maar intussen heeft iemand ze op de server gewijzigd. Bevestig de versie van de server, of neem ze gewoon over.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>Deze fiche werd op de server verwijderd terwijl u ze bewerkte. Behoud uw versie om ze opnieuw te publiceren, of laat ze los.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Iemand heeft deze fiche op de server gewijzigd terwijl u ze hier bewerkte. Beide versies blijven bewaard tot u kiest, veld per veld.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>Er is geen conflict meer op te lossen voor deze fiche.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Uw versie blijft behouden. Ze wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>De versie van de server blijft behouden; uw wijziging is geschrapt.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>De samengevoegde versie blijft behouden. Ze wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>relais::app::ConflictController</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefoonnummers</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Betrouwbaarheid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Laatst gecontroleerd</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>You retired this listing, but someone changed it on the server meanwhile. Retire it anyway, or keep the server&apos;s version.</source>
        <translation>U hebt deze fiche ingetrokken, maar intussen heeft iemand ze op de server gewijzigd. Trek ze toch in, of behoud de versie van de server.</translation>
    </message>
    <message>
        <source>You marked this listing as still accurate, but someone changed it on the server meanwhile. Confirm the server&apos;s version, or just take it.</source>
        <translation>U hebt aangegeven dat deze fiche nog klopt, maar intussen heeft iemand ze op de server gewijzigd. Bevestig de versie van de server, of neem ze gewoon over.</translation>
    </message>
    <message>
        <source>This listing was removed on the server while you edited it. Keep your version to publish it again, or let it go.</source>
        <translation>Deze fiche werd op de server verwijderd terwijl u ze bewerkte. Behoud uw versie om ze opnieuw te publiceren, of laat ze los.</translation>
    </message>
    <message>
        <source>Someone changed this listing on the server while you edited it here. Both versions are kept until you choose, field by field.</source>
        <translation>Iemand heeft deze fiche op de server gewijzigd terwijl u ze hier bewerkte. Beide versies blijven bewaard tot u kiest, veld per veld.</translation>
    </message>
    <message>
        <source>There is no conflict to resolve for this listing any more.</source>
        <translation>Er is geen conflict meer op te lossen voor deze fiche.</translation>
    </message>
    <message>
        <source>Your version is kept. It is sent at the next sync.</source>
        <translation>Uw versie blijft behouden. Ze wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The server&apos;s version is kept; your edit was dropped.</source>
        <translation>De versie van de server blijft behouden; uw wijziging is geschrapt.</translation>
    </message>
    <message>
        <source>The merged version is kept. It is sent at the next sync.</source>
        <translation>De samengevoegde versie blijft behouden. Ze wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Terug naar mijn fiches</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Conflict: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ. For each, choose the version to keep.</source>
        <translation>
            <numerusform>%n veld verschilt. Kies voor elk de versie die u wilt behouden.</numerusform>
            <numerusform>%n velden verschillen. Kies voor elk de versie die u wilt behouden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version (this device)</source>
        <translation>Uw versie (dit toestel)</translation>
    </message>
    <message>
        <source>Server&apos;s version</source>
        <translation>Versie van de server</translation>
    </message>
    <message>
        <source>Keep your %1: %2</source>
        <translation>Uw %1 behouden: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s %1: %2</source>
        <translation>%1 van de server overnemen: %2</translation>
    </message>
    <message>
        <source>Also show the fields that are the same</source>
        <translation>Ook de gelijke velden tonen</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Mijn keuzes toepassen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mijn versie behouden</translation>
    </message>
    <message>
        <source>Take the server&apos;s</source>
        <translation>Die van de server nemen</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Terug naar mijn diensten</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>Your edit of this listing is saved on this device and will be sent at the next sync.</source>
        <translation>Uw wijziging van deze fiche is op dit toestel bewaard en wordt bij de volgende synchronisatie verzonden.</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My listings.</source>
        <translation>Uw wijziging van deze fiche botst met een nieuwere versie op de server: los dit op in Mijn fiches.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My listings.</source>
        <translation>De server heeft uw wijziging van deze fiche geweigerd: verbeter of verwijder ze in Mijn fiches.</translation>
    </message>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Terug naar de resultaten</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Hours unknown: call before going.</source>
        <translation>Openingsuren onbekend: bel voor u gaat.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Talen: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Adres onbekend</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Telefoon onbekend</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email unknown</source>
        <translation>E-mail onbekend</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over deze dienst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Verification and sources</source>
        <translation>Controle en bronnen</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>Also known as: %1</source>
        <translation>Ook bekend als: %1</translation>
    </message>
    <message>
        <source>Show QR code</source>
        <translation>QR-code tonen</translation>
    </message>
    <message>
        <source>Show a QR code the person can scan to save this contact</source>
        <translation>Een QR-code tonen die de persoon kan scannen om dit contact te bewaren</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Hoe hen bereiken</translation>
    </message>
    <message>
        <source>No phone number is known for this service.</source>
        <translation>Voor deze dienst is geen telefoonnummer bekend.</translation>
    </message>
    <message>
        <source>By email: %1</source>
        <translation>Per e-mail: %1</translation>
    </message>
    <message>
        <source>Through their website: %1</source>
        <translation>Via hun website: %1</translation>
    </message>
    <message>
        <source>In person: %1</source>
        <translation>Ter plaatse: %1</translation>
    </message>
    <message>
        <source>No way to reach them is known yet.</source>
        <translation>Er is nog geen manier bekend om hen te bereiken.</translation>
    </message>
    <message>
        <source>Hours unknown: check with them before going.</source>
        <translation>Openingsuren onbekend: vraag het hen voor u erheen gaat.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Sources and notes (for checking)</source>
        <translation>Bronnen en notities (ter controle)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Getoond</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Research notes and sources behind this listing, for staff who check it. Not meant for the person being referred.</source>
        <translation>Onderzoeksnotities en bronnen achter deze vermelding, voor wie ze controleert. Niet bedoeld voor de doorverwezen persoon.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>phone number — label</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Your edit of this listing conflicts with a newer version on the server: resolve it in My services.</source>
        <translation>Uw wijziging van deze fiche botst met een nieuwere versie op de server: los dit op in Mijn diensten.</translation>
    </message>
    <message>
        <source>The server refused your edit of this listing: correct it or drop it in My services.</source>
        <translation>De server heeft uw wijziging van deze fiche geweigerd: verbeter of verwijder ze in Mijn diensten.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
    <message>
        <source>The directory file on this device could not be read or written (full disk or no permission).</source>
        <translation>Het gidsbestand op dit toestel kon niet gelezen of geschreven worden (schijf vol of geen toegang).</translation>
    </message>
    <message>
        <source>Another program is using the directory file; try again in a moment.</source>
        <translation>Een ander programma gebruikt het gidsbestand; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>This directory was written by a newer version of Relais. Please update the app.</source>
        <translation>Deze gids werd geschreven door een nieuwere versie van Relais. Werk de app bij.</translation>
    </message>
    <message>
        <source>The directory file on this device is damaged.</source>
        <translation>Het gidsbestand op dit toestel is beschadigd.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>De gids kon niet gelezen worden: %1</translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>New listing</source>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>De server heeft enkele velden geweigerd: ze zijn hieronder aangeduid. Verbeter ze en sla dan op.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>Deze fiche staat niet op dit toestel. Synchroniseer en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Enkele velden vragen aandacht: ze zijn in het rood aangeduid.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Opgeslagen op dit toestel. Het wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>relais::app::EditorController</name>
    <message>
        <source>New listing</source>
        <translation>Nieuwe fiche</translation>
    </message>
    <message>
        <source>The server refused some fields: they are marked below. Correct them, then save.</source>
        <translation>De server heeft enkele velden geweigerd: ze zijn hieronder aangeduid. Verbeter ze en sla dan op.</translation>
    </message>
    <message>
        <source>This listing is not on this device. Sync, then try again.</source>
        <translation>Deze fiche staat niet op dit toestel. Synchroniseer en probeer opnieuw.</translation>
    </message>
    <message>
        <source>Some fields need attention: they are marked in red.</source>
        <translation>Enkele velden vragen aandacht: ze zijn in het rood aangeduid.</translation>
    </message>
    <message>
        <source>Saved on this device. It is sent at the next sync.</source>
        <translation>Opgeslagen op dit toestel. Het wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
</context>
<context>
    <name>ServiceForm</name>
    <message>
        <source>Use the international format, for example +32 2 123 45 67, or a short number such as 112.</source>
        <translation>Gebruik het internationale formaat, bijvoorbeeld +32 2 123 45 67, of een kort nummer zoals 112.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.be).</source>
        <translation>Dit is geen e-mailadres (naam@voorbeeld.be).</translation>
    </message>
    <message>
        <source>Enter a full web address starting with https://</source>
        <translation>Vul een volledig webadres in dat begint met https://</translation>
    </message>
    <message>
        <source>Give the name in at least one language.</source>
        <translation>Vul de naam in, in minstens één taal.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 23:59.</source>
        <translation>Vul een uur in als UU:MM, van 00:00 tot 23:59.</translation>
    </message>
    <message>
        <source>Enter a time as HH:MM, from 00:00 to 24:00.</source>
        <translation>Vul een uur in als UU:MM, van 00:00 tot 24:00.</translation>
    </message>
    <message>
        <source>Closing must differ from opening (00:00 to 24:00 means all day).</source>
        <translation>Het sluitingsuur moet verschillen van het openingsuur (00:00 tot 24:00 is de hele dag open).</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Kies minstens één dag.</translation>
    </message>
    <message>
        <source>Choose at least one category.</source>
        <translation>Kies minstens één categorie.</translation>
    </message>
    <message>
        <source>This category is not known.</source>
        <translation>Deze categorie is niet bekend.</translation>
    </message>
    <message>
        <source>Use two-letter language codes separated by commas, for example fr, nl, ar.</source>
        <translation>Gebruik taalcodes van twee letters, gescheiden door komma&apos;s, bijvoorbeeld fr, nl, ar.</translation>
    </message>
    <message>
        <source>Use lowercase letters, digits and hyphens only.</source>
        <translation>Gebruik alleen kleine letters, cijfers en koppeltekens.</translation>
    </message>
    <message>
        <source>Enter a number (latitude -90 to 90, longitude -180 to 180), or leave it empty.</source>
        <translation>Vul een getal in (breedtegraad -90 tot 90, lengtegraad -180 tot 180), of laat leeg.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Vul een datum in als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>This organisation is not known to the server.</source>
        <translation>Deze organisatie is niet bekend bij de server.</translation>
    </message>
    <message>
        <source>The identifier does not match this listing.</source>
        <translation>De id komt niet overeen met deze fiche.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Dit is verplicht.</translation>
    </message>
    <message>
        <source>Closes before it opens. If it runs past midnight, tick &quot;Past midnight&quot;.</source>
        <translation>Sluit voor het opent. Loopt het door na middernacht, vink dan „Na middernacht” aan.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>‹ Back to my listings</source>
        <translation>‹ Terug naar mijn fiches</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.</source>
        <translation>Alles is in orde. Uw wijzigingen blijven op dit toestel bewaard wanneer u opslaat, en worden verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention.</source>
        <translation>
            <numerusform>%n veld vraagt aandacht.</numerusform>
            <numerusform>%n velden vragen aandacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My listings.</source>
        <translation>Deze fiche heeft een conflict: los het eerst op, via Mijn fiches.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>In het Frans</translation>
    </message>
    <message>
        <source>In Dutch</source>
        <translation>In het Nederlands</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>In het Engels</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>Suggested from the name; it cannot change once sent.</source>
        <translation>Voorgesteld op basis van de naam; eenmaal verstuurd kan het niet meer veranderen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>For whom (tags, separated by commas)</source>
        <translation>Voor wie (labels, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Label of this number</source>
        <translation>Label van dit nummer</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>Dit nummer verwijderen</translation>
    </message>
    <message>
        <source>+ Add a phone number</source>
        <translation>+ Telefoonnummer toevoegen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Straat en nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breedtegraad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Lengtegraad</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Languages spoken (codes, separated by commas)</source>
        <translation>Gesproken talen (codes, gescheiden door komma&apos;s)</translation>
    </message>
    <message>
        <source>Leave empty when unknown.</source>
        <translation>Laat leeg als het onbekend is.</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>Appointment possible</source>
        <translation>Afspraak mogelijk</translation>
    </message>
    <message>
        <source>Appointment required</source>
        <translation>Afspraak verplicht</translation>
    </message>
    <message>
        <source>How sure are these facts</source>
        <translation>Hoe zeker zijn deze gegevens</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation>Gedeeltelijk gecontroleerd</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Niet gecontroleerd</translation>
    </message>
    <message>
        <source>Sources and notes</source>
        <translation>Bronnen en opmerkingen</translation>
    </message>
    <message>
        <source>Sources (one per line)</source>
        <translation>Bronnen (één per regel)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>I checked this listing: mark it as verified today</source>
        <translation>Ik heb deze fiche gecontroleerd: markeer ze als vandaag gecontroleerd</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>‹ Back to my services</source>
        <translation>‹ Terug naar mijn diensten</translation>
    </message>
    <message>
        <source>This listing has a conflict: resolve it first, from My services.</source>
        <translation>Deze fiche heeft een conflict: los het eerst op, via Mijn diensten.</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>None ticked: languages unknown.</source>
        <translation>Niets aangevinkt: talen onbekend.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation>Geen enkele dienst past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Bedoelde u:</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Zoeken naar %1</translation>
    </message>
    <message>
        <source>Results exist without these filters:</source>
        <translation>Zonder deze filters zijn er resultaten:</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1” weghalen</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Tip: try another word, or a word in French, Dutch or English.</source>
        <translation>Tip: probeer een ander woord, of een woord in het Frans, Nederlands of Engels.</translation>
    </message>
    <message>
        <source>Look in a category:</source>
        <translation>Zoeken in een categorie:</translation>
    </message>
    <message>
        <source>Show the category %1</source>
        <translation>Categorie %1 tonen</translation>
    </message>
    <message>
        <source>Or start from what the person needs:</source>
        <translation>Of vertrek van wat de persoon nodig heeft:</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>Category ▾</source>
        <translation>Categorie ▾</translation>
    </message>
    <message>
        <source>Commune ▾</source>
        <translation>Gemeente ▾</translation>
    </message>
    <message>
        <source>Language spoken ▾</source>
        <translation>Gesproken taal ▾</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Turns every filter off</source>
        <translation>Zet alle filters uit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Mo</source>
        <comment>Monday, short</comment>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Tu</source>
        <comment>Tuesday, short</comment>
        <translation>Di</translation>
    </message>
    <message>
        <source>We</source>
        <comment>Wednesday, short</comment>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Th</source>
        <comment>Thursday, short</comment>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fr</source>
        <comment>Friday, short</comment>
        <translation>Vr</translation>
    </message>
    <message>
        <source>Sa</source>
        <comment>Saturday, short</comment>
        <translation>Za</translation>
    </message>
    <message>
        <source>Su</source>
        <comment>Sunday, short</comment>
        <translation>Zo</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Maandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dinsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Woensdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donderdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vrijdag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Zaterdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Zondag</translation>
    </message>
    <message>
        <source>The opening hours are known</source>
        <translation>De openingsuren zijn bekend</translation>
    </message>
    <message>
        <source>Shown as &quot;Hours unknown&quot;. Nothing is guessed.</source>
        <translation>Getoond als „Openingsuren onbekend”. Er wordt niets geraden.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Opent om</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Sluit om</translation>
    </message>
    <message>
        <source>Past midnight</source>
        <translation>Na middernacht</translation>
    </message>
    <message>
        <source>Closes the next day, past midnight</source>
        <translation>Sluit de volgende dag, na middernacht</translation>
    </message>
    <message>
        <source>Remove this range</source>
        <translation>Deze tijdspanne verwijderen</translation>
    </message>
    <message>
        <source>Note, e.g. &quot;women only&quot; or &quot;except school holidays&quot;</source>
        <translation>Opmerking, bv. „alleen vrouwen” of „behalve in schoolvakanties”</translation>
    </message>
    <message>
        <source>Note on this range</source>
        <translation>Opmerking bij deze tijdspanne</translation>
    </message>
    <message>
        <source>+ Add a range</source>
        <translation>+ Tijdspanne toevoegen</translation>
    </message>
</context>
<context>
    <name>ListingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Terug naar de resultaten</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mijn fiches</translation>
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
        <translation>Meld u aan in de instellingen om de fiches van uw organisatie te zien.</translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n te bevestigen</numerusform>
            <numerusform>%n te bevestigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n in afwachting</numerusform>
            <numerusform>%n in afwachting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your session has ended. Log in again in the settings: your edits are kept on this device and will be sent then.</source>
        <translation>Uw sessie is afgelopen. Meld u opnieuw aan in de instellingen: uw wijzigingen blijven op dit toestel bewaard en worden dan verstuurd.</translation>
    </message>
    <message>
        <source>+ Add a listing</source>
        <translation>+ Fiche toevoegen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <source>Send and sync now</source>
        <translation>Versturen en synchroniseren</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Te bevestigen</translation>
    </message>
    <message>
        <source>Resolve the conflict</source>
        <translation>Conflict oplossen</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bewerken</translation>
    </message>
    <message>
        <source>Still accurate</source>
        <translation>Klopt nog</translation>
    </message>
    <message>
        <source>%1 is still accurate</source>
        <translation>%1 klopt nog</translation>
    </message>
    <message>
        <source>Drop my edit</source>
        <translation>Mijn wijziging schrappen</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 intrekken</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? Social workers will no longer see it once the next sync has sent this. Retire it only if the service has stopped.</source>
        <translation>„%1” intrekken? Sociaal werkers zien de fiche niet meer zodra de volgende synchronisatie dit heeft verstuurd. Trek ze alleen in als de dienst gestopt is.</translation>
    </message>
    <message>
        <source>Yes, retire it</source>
        <translation>Ja, intrekken</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mijn diensten</translation>
    </message>
    <message>
        <source>Log in to see your organisation&apos;s services.</source>
        <translation>Meld u aan om de diensten van uw organisatie te zien.</translation>
    </message>
</context>
<context>
    <name>LocalDirectory</name>
    <message>
        <source>The bundled directory is missing: %1</source>
        <translation>De meegeleverde gids ontbreekt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Kan de map %1 niet aanmaken</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Uw sessie is afgelopen. Meld u opnieuw aan: uw wijzigingen blijven op dit toestel bewaard en worden dan verstuurd.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Vul eerst het adres van de server in, bijvoorbeeld https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>De sessie kon niet op dit toestel bewaard worden: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>De server is onbereikbaar. Controleer het adres en uw verbinding.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Te veel pogingen. Wacht enkele minuten en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>De server heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::LoginController</name>
    <message>
        <source>Your session has ended. Log in again: your edits are kept on this device and will be sent then.</source>
        <translation>Uw sessie is afgelopen. Meld u opnieuw aan: uw wijzigingen blijven op dit toestel bewaard en worden dan verstuurd.</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Vul eerst het adres van de server in, bijvoorbeeld https://relais.example.be</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Vul uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>The session could not be kept on this device: %1</source>
        <translation>De sessie kon niet op dit toestel bewaard worden: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your connection.</source>
        <translation>De server is onbereikbaar. Controleer het adres en uw verbinding.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>De gebruikersnaam of het wachtwoord klopt niet.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a few minutes, then try again.</source>
        <translation>Te veel pogingen. Wacht enkele minuten en probeer dan opnieuw.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>De server heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
</context>
<context>
    <name>LoginSection</name>
    <message>
        <source>Association staff</source>
        <translation>Medewerkers van verenigingen</translation>
    </message>
    <message>
        <source>Logged in as %1 for %2.</source>
        <translation>Aangemeld als %1 voor %2.</translation>
    </message>
    <message>
        <source>Staff of an association log in to keep their own listings correct.</source>
        <translation>Medewerkers van een vereniging melden zich aan om hun eigen fiches juist te houden.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres van de server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Aanmelden…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mijn fiches</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mijn diensten</translation>
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
        <translation>Gegevens van %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Settings and sync</source>
        <translation>Instellingen en synchronisatie</translation>
    </message>
    <message>
        <source>Choose a service in the list to see everything about it.</source>
        <translation>Kies een dienst in de lijst om er alles over te zien.</translation>
    </message>
    <message>
        <source>My listings</source>
        <translation>Mijn fiches</translation>
    </message>
    <message>
        <source>My listings: your organisation&apos;s services</source>
        <translation>Mijn fiches: de diensten van uw organisatie</translation>
    </message>
    <message>
        <source>My services</source>
        <translation>Mijn diensten</translation>
    </message>
    <message>
        <source>My services: those of your organisation</source>
        <translation>Mijn diensten: die van uw organisatie</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. Everything works with the directory on this device.</source>
        <translation>Offline. Alles werkt met de gids op dit toestel.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>Your edit, not sent yet</source>
        <translation>Uw wijziging, nog niet verzonden</translation>
    </message>
    <message>
        <source>Your edit, in conflict</source>
        <translation>Uw wijziging, in conflict</translation>
    </message>
    <message>
        <source>Your edit, refused</source>
        <translation>Uw wijziging, geweigerd</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>On the sheet ✓</source>
        <translation>Op de fiche ✓</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Niet bevestigd</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>Geen telefoon bekend</translation>
    </message>
    <message>
        <source>☎ Call</source>
        <translation>☎ Bellen</translation>
    </message>
    <message>
        <source>Call %1 at %2</source>
        <comment>service name, phone number</comment>
        <translation>%1 bellen op %2</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: need, service, organisation, commune…</source>
        <translation>Zoeken: hulpvraag, dienst, organisatie, gemeente…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Diensten zoeken</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>First %n results</source>
        <translation>
            <numerusform>De eerste %n resultaten</numerusform>
            <numerusform>De eerste %n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Nothing in %1; the nearest are shown.</source>
        <translation>Niets in %1; de dichtstbijzijnde worden getoond.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Terug naar de resultaten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Taal van de app</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Gids en synchronisatie</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Sync only downloads the directory. Searches and referral sheets never leave this device.</source>
        <translation>Synchroniseren downloadt enkel de gids. Zoekopdrachten en doorverwijsfiches verlaten dit toestel nooit.</translation>
    </message>
    <message>
        <source>Where do you work?</source>
        <translation>Waar werkt u?</translation>
    </message>
    <message>
        <source>Services in this municipality and its neighbours come first. Kept on this device only.</source>
        <translation>Diensten in deze gemeente en de buurgemeenten komen eerst. Alleen op dit toestel bewaard.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Wegwijzers</translation>
    </message>
    <message>
        <source>Professional secrecy, the legal framework of sex work, signs of exploitation: short sourced texts, readable offline.</source>
        <translation>Beroepsgeheim, het wettelijk kader van sekswerk, signalen van uitbuiting: korte teksten met bronnen, ook offline leesbaar.</translation>
    </message>
    <message>
        <source>Open the guides</source>
        <translation>De wegwijzers openen</translation>
    </message>
    <message>
        <source>Recently opened services</source>
        <translation>Onlangs geopende diensten</translation>
    </message>
    <message>
        <source>The first screen lists the services you opened last, and those you pinned. Kept on this device only, never synced or sent.</source>
        <translation>Het beginscherm toont de diensten die u het laatst opende en die u vastzette. Enkel op dit toestel bewaard, nooit gesynchroniseerd of verstuurd.</translation>
    </message>
    <message>
        <source>Remember the services I open</source>
        <translation>Onthoud de diensten die ik open</translation>
    </message>
    <message>
        <source>Clear recently opened</source>
        <translation>Onlangs geopende wissen</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Alles losmaken</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Kleuren: %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groot</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <source>Text size: %1</source>
        <translation>Tekstgrootte: %1</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Terug naar de resultaten</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Doorverwijsfiche</translation>
    </message>
    <message>
        <source>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</source>
        <translation>De diensten om mee te geven, met contactgegevens en openingsuren. Niets over de persoon wordt gevraagd of bewaard.</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Taal van de fiche</translation>
    </message>
    <message>
        <source>Sheet in %1</source>
        <translation>Fiche: %1</translation>
    </message>
    <message>
        <source>Services on the sheet</source>
        <translation>Diensten op de fiche</translation>
    </message>
    <message>
        <source>No service yet. Open a service and choose “Add to sheet”.</source>
        <translation>Nog geen dienst. Open een dienst en kies „Aan de fiche toevoegen”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>%1 van de fiche halen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als pdf</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Kopiëren als tekst</translation>
    </message>
    <message>
        <source>Copy the sheet as text, to paste in a message</source>
        <translation>De fiche als tekst kopiëren, om in een bericht te plakken</translation>
    </message>
    <message>
        <source>Clear sheet</source>
        <translation>Fiche leegmaken</translation>
    </message>
    <message>
        <source>Remove every service from the sheet</source>
        <translation>Alle diensten van de fiche halen</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message or a document.</source>
        <translation>Gekopieerd. Plak ze in een bericht of document.</translation>
    </message>
    <message>
        <source>The services to hand over, as they will print: contact details, hours and a QR code to save each contact. Nothing about the person is asked or kept.</source>
        <translation>De diensten om mee te geven, zoals ze afgedrukt worden: contactgegevens, openingsuren en een QR-code om elk contact te bewaren. Over de persoon wordt niets gevraagd of bewaard.</translation>
    </message>
    <message>
        <source>Service names and descriptions exist in French, Dutch and English. Print them in:</source>
        <translation>Namen en beschrijvingen van diensten bestaan in het Frans, Nederlands en Engels. Druk ze af in:</translation>
    </message>
    <message>
        <source>Service names in %1</source>
        <translation>Namen van diensten in het %1</translation>
    </message>
    <message>
        <source>No phone known</source>
        <translation>Geen telefoonnummer bekend</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>QR-code om %1 als contact te bewaren</translation>
    </message>
    <message>
        <source>Copy as text message</source>
        <translation>Kopiëren als sms</translation>
    </message>
    <message>
        <source>Copy %1 as a text message</source>
        <translation>%1 kopiëren als sms</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Tonen aan de persoon</translation>
    </message>
    <message>
        <source>Show the sheet on the screen in large print</source>
        <translation>De fiche groot op het scherm tonen</translation>
    </message>
    <message>
        <source>Copy all as text messages</source>
        <translation>Alles kopiëren als sms</translation>
    </message>
    <message>
        <source>Copy every service as a text message, to paste in SMS, WhatsApp or Signal</source>
        <translation>Elke dienst kopiëren als bericht, om te plakken in sms, WhatsApp of Signal</translation>
    </message>
    <message>
        <source>Clear sheet…</source>
        <translation>Fiche leegmaken…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message on the work phone.</source>
        <translation>Gekopieerd. Plak het in een bericht op de werktelefoon.</translation>
    </message>
    <message>
        <source>Clear the sheet?</source>
        <translation>De fiche leegmaken?</translation>
    </message>
    <message>
        <source>Every service will be removed from the sheet.</source>
        <translation>Alle diensten worden van de fiche gehaald.</translation>
    </message>
    <message>
        <source>Clear the sheet? Every service will be removed from the sheet.</source>
        <translation>De fiche leegmaken? Alle diensten worden eruit gehaald.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leegmaken</translation>
    </message>
    <message>
        <source>Yes, remove every service from the sheet</source>
        <translation>Ja, alle diensten van de fiche halen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open to print</source>
        <translation>Openen om af te drukken</translation>
    </message>
    <message>
        <source>Open the saved PDF in the document viewer, to print it</source>
        <translation>De bewaarde pdf openen in de documentviewer, om hem af te drukken</translation>
    </message>
</context>
<context>
    <name>SheetTray</name>
    <message>
        <source>Referral sheet</source>
        <translation>Doorverwijsfiche</translation>
    </message>
    <message>
        <source>Referral sheet: empty</source>
        <translation>Doorverwijsfiche: leeg</translation>
    </message>
    <message numerus="yes">
        <source>Referral sheet: %n service(s)</source>
        <translation>
            <numerusform>Doorverwijsfiche: %n dienst</numerusform>
            <numerusform>Doorverwijsfiche: %n diensten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Fiche openen</translation>
    </message>
    <message>
        <source>Open the referral sheet</source>
        <translation>De doorverwijsfiche openen</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>Deze fiche hoort bij een andere organisatie: alleen haar medewerkers of een beheerder kunnen ze wijzigen. Uw wijziging blijft hier bewaard; u kunt ze schrappen.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>De server heeft enkele velden geweigerd. Open de fiche om ze aangeduid te zien en te verbeteren.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>Deze fiche bestaat niet meer op de server.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>De server heeft deze wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Ingetrokken, wacht op verzending</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>In afwachting: verstuurd bij de volgende synchronisatie</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflict: ook op de server gewijzigd</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Gemarkeerd als nog juist. Dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Fiche ingetrokken. Dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>De geweigerde wijziging is geschrapt.</translation>
    </message>
</context>
<context>
    <name>relais::app::StaffController</name>
    <message>
        <source>This listing belongs to another organisation: only its staff or an administrator can change it. Your edit is kept here; you can drop it.</source>
        <translation>Deze fiche hoort bij een andere organisatie: alleen haar medewerkers of een beheerder kunnen ze wijzigen. Uw wijziging blijft hier bewaard; u kunt ze schrappen.</translation>
    </message>
    <message>
        <source>The server refused some fields. Open the listing to see them highlighted and correct them.</source>
        <translation>De server heeft enkele velden geweigerd. Open de fiche om ze aangeduid te zien en te verbeteren.</translation>
    </message>
    <message>
        <source>This listing no longer exists on the server.</source>
        <translation>Deze fiche bestaat niet meer op de server.</translation>
    </message>
    <message>
        <source>The server refused this edit: %1</source>
        <translation>De server heeft deze wijziging geweigerd: %1</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actueel</translation>
    </message>
    <message>
        <source>Retired, waiting to be sent</source>
        <translation>Ingetrokken, wacht op verzending</translation>
    </message>
    <message>
        <source>Pending: sent at the next sync</source>
        <translation>In afwachting: verstuurd bij de volgende synchronisatie</translation>
    </message>
    <message>
        <source>Conflict: changed on the server too</source>
        <translation>Conflict: ook op de server gewijzigd</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Geweigerd door de server</translation>
    </message>
    <message>
        <source>Marked as still accurate. This is sent at the next sync.</source>
        <translation>Gemarkeerd als nog juist. Dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Listing retired. This is sent at the next sync.</source>
        <translation>Fiche ingetrokken. Dit wordt verstuurd bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The refused edit was dropped.</source>
        <translation>De geweigerde wijziging is geschrapt.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisatie geannuleerd.</translation>
    </message>
    <message>
        <source>Sync cancelled. The directory stays as it was after the last completed step.</source>
        <translation>Synchronisatie geannuleerd. De gids blijft zoals na de laatste voltooide stap.</translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation>De server meldt een probleem: %1. Probeer later opnieuw.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Check the server address.</source>
        <translation>Het antwoord van de server werd niet begrepen. Controleer het serveradres.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synchronisatie mislukt.</translation>
    </message>
    <message>
        <source>Sync is not available in this version of Relais.</source>
        <translation>Synchroniseren is niet beschikbaar in deze versie van Relais.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Directory data as of %1</source>
        <translation>Gegevens van de gids van %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on this device</source>
        <translation>
            <numerusform>%n dienst op dit toestel</numerusform>
            <numerusform>%n diensten op dit toestel</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Laatste synchronisatie: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Voortgang van de synchronisatie</translation>
    </message>
    <message>
        <source>Sync is not available in this version. The directory that came with the app is used.</source>
        <translation>Synchroniseren is niet beschikbaar in deze versie. De meegeleverde gids wordt gebruikt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisatie annuleren</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>date unknown</source>
        <translation>datum onbekend</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Adres onbekend</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Telefoon onbekend</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Openingsuren onbekend</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Gesproken talen</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Geboden hulp</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Waar vindt u hulp</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Opgemaakt op %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Gegevens uit de Relais-gids van %1</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Openingsuren en voorwaarden kunnen veranderen: bel indien mogelijk voor u gaat. Deze fiche bevat geen gegevens over u.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Dag en nacht open</translation>
    </message>
    <message>
        <source>Open now · until %1</source>
        <translation>Nu open · tot %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Nu open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Closed · opens at %1</source>
        <translation>Gesloten · opent om %1</translation>
    </message>
    <message>
        <source>Closed · opens tomorrow at %1</source>
        <translation>Gesloten · opent morgen om %1</translation>
    </message>
    <message>
        <source>Closed · opens %1 at %2</source>
        <translation>Gesloten · opent %1 om %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugees</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiaans</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roemeens</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaars</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanees</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Oekraïens</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinees</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongaars</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Perzisch</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Languages unknown</source>
        <translation>Talen onbekend</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Kostprijs onbekend</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Betalend</translation>
    </message>
    <message>
        <source>Anonymity unknown</source>
        <translation>Anonimiteit onbekend</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anoniem mogelijk</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Identiteit gevraagd</translation>
    </message>
    <message>
        <source>Appointment policy unknown</source>
        <translation>Afspraak: onbekend</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Zonder afspraak</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Afspraak mogelijk, niet verplicht</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Enkel op afspraak</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <source>Confirmed by the organisation %1.</source>
        <translation>Bevestigd door de organisatie %1.</translation>
    </message>
    <message>
        <source>Checked against public sources %1, not yet confirmed by the service.</source>
        <translation>Gecontroleerd in openbare bronnen %1, nog niet bevestigd door de dienst.</translation>
    </message>
    <message>
        <source>Not confirmed: check before referring.</source>
        <translation>Niet bevestigd: controleer voor u doorverwijst.</translation>
    </message>
    <message>
        <source>Not confirmed: last confirmed by the organisation %1.</source>
        <translation>Niet bevestigd: laatst bevestigd door de organisatie %1.</translation>
    </message>
    <message>
        <source>Not confirmed: last checked against public sources %1.</source>
        <translation>Niet bevestigd: laatst gecontroleerd in openbare bronnen %1.</translation>
    </message>
    <message>
        <source>The newest source found dates from %1.</source>
        <translation>De recentste gevonden bron dateert van %1.</translation>
    </message>
    <message>
        <source>National line</source>
        <translation>Nationale lijn</translation>
    </message>
    <message>
        <source>outside Brussels</source>
        <translation>buiten Brussel</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>niet-officiële bron</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>informatie mogelijk verouderd</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Onthaal</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Hulplijn</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Noodnummer</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Secretariaat</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>De namen en beschrijvingen van de diensten zijn in het %1.</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Scan de code om dit contact te bewaren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
</context>
<context>
    <name>relais::app::DetailController</name>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>Deze dienst staat niet meer in de gids.</translation>
    </message>
</context>
<context>
    <name>relais::app::SheetController</name>
    <message>
        <source>referral-sheet</source>
        <translation>doorverwijsfiche</translation>
    </message>
    <message>
        <source>No translation for the sheet language %1.</source>
        <translation>Geen vertaling voor de taal van de fiche %1.</translation>
    </message>
</context>
<context>
    <name>relais::app::SyncController</name>
    <message>
        <source>Never: using the directory that came with the app</source>
        <translation>Nooit: de meegeleverde gids wordt gebruikt</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Vul eerst het serveradres in, bijvoorbeeld https://relais.example.be</translation>
    </message>
    <message>
        <source>No connection to the server. Everything still works offline with the directory on this device.</source>
        <translation>Geen verbinding met de server. Alles werkt offline met de gids op dit toestel.</translation>
    </message>
</context>
<context>
    <name>DemoMark</name>
    <message>
        <source>Demo: presentation mode for training</source>
        <translation>Demo: presentatiemodus voor opleiding</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>Fiche</name>
    <message>
        <source>Not in the current directory: look it up again before referring.</source>
        <translation>Niet in de huidige gids: zoek het opnieuw op voor u doorverwijst.</translation>
    </message>
    <message>
        <source>to verify by phone</source>
        <translation>telefonisch na te gaan</translation>
    </message>
    <message>
        <source>Memo sheet</source>
        <translation>Geheugensteun</translation>
    </message>
    <message>
        <source>Training scenario (fictional situation)</source>
        <translation>Opleidingsscenario (fictieve situatie)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Vragen om met zorg te stellen</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Valkuilen om te vermijden</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Waarnaar doorverwijzen</translation>
    </message>
    <message>
        <source>No service in this category yet.</source>
        <translation>Nog geen dienst in deze categorie.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Phone and address</source>
        <translation>Telefoon en adres</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent.</source>
        <translation>Openingsuren en voorwaarden veranderen: bel indien mogelijk voor u iemand doorstuurt. Doorverwijzen respecteert het beroepsgeheim: deel niets over de persoon zonder diens toestemming.</translation>
    </message>
    <message>
        <source>Hours and conditions change: call before sending someone when you can. Referring respects professional secrecy: share nothing about the person without their consent, outside the exceptions the law makes (see the guide on professional secrecy).</source>
        <translation>Openingsuren en voorwaarden veranderen: bel indien mogelijk voor u iemand doorstuurt. Doorverwijzen respecteert het beroepsgeheim: deel niets over de persoon zonder diens toestemming, buiten de uitzonderingen die de wet maakt (zie de wegwijzer over het beroepsgeheim).</translation>
    </message>
    <message>
        <source>Knowledge guide · facts checked on %1</source>
        <translation>Wegwijzer · feiten gecontroleerd op %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Diensten in de gids</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <source>‹ All scenarios</source>
        <translation>‹ Alle scenario&apos;s</translation>
    </message>
    <message>
        <source>Training scenario: a fictional situation.</source>
        <translation>Opleidingsscenario: een fictieve situatie.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Questions to ask, with care</source>
        <translation>Vragen om met zorg te stellen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Pitfalls to avoid</source>
        <translation>Valkuilen om te vermijden</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>list item</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Where to refer</source>
        <translation>Waarnaar doorverwijzen</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of this scenario are not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find them again.</source>
        <translation>
            <numerusform>%n dienst van dit scenario staat niet in de huidige gids (verwijderd door een synchronisatie of een wijziging). Zet de meegeleverde gids terug om hem terug te vinden.</numerusform>
            <numerusform>%n diensten van dit scenario staan niet in de huidige gids (verwijderd door een synchronisatie of een wijziging). Zet de meegeleverde gids terug om ze terug te vinden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Niet in de huidige gids</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ Op de fiche</translation>
    </message>
    <message>
        <source>Add to sheet</source>
        <translation>Toevoegen aan fiche</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>%1 van de fiche halen</translation>
    </message>
    <message>
        <source>Add %1 to the referral sheet</source>
        <translation>%1 toevoegen aan de doorverwijsfiche</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>Toon de vragen</translation>
    </message>
    <message>
        <source>Show the pitfalls</source>
        <translation>Toon de valkuilen</translation>
    </message>
    <message>
        <source>Show the next referral</source>
        <translation>Toon de volgende doorverwijzing</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Volgende vraag</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Hide the questions and referrals again</source>
        <translation>Verberg de vragen en doorverwijzingen opnieuw</translation>
    </message>
    <message>
        <source>Add all to sheet</source>
        <translation>Alles toevoegen aan fiche</translation>
    </message>
    <message>
        <source>Put every referral of this scenario on the referral sheet</source>
        <translation>Zet alle doorverwijzingen van dit scenario op de doorverwijsfiche</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Geheugensteun (pdf)</translation>
    </message>
    <message>
        <source>Save this scenario&apos;s memo sheet as PDF</source>
        <translation>De geheugensteun van dit scenario als pdf bewaren</translation>
    </message>
</context>
<context>
    <name>TrainerButton</name>
    <message>
        <source>Training</source>
        <translation>Opleiding</translation>
    </message>
    <message>
        <source>Trainer mode: case scenarios, presentation mode and memo sheets</source>
        <translation>Opleidingsmodus: casussen, presentatiemodus en geheugensteunen</translation>
    </message>
</context>
<context>
    <name>TrainerPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Terug naar de resultaten</translation>
    </message>
    <message>
        <source>Training: case scenarios</source>
        <translation>Opleiding: casussen</translation>
    </message>
    <message>
        <source>Pick a situation, ask the class which questions and referrals fit, then reveal them step by step. Scenarios are fictional; the services are those of the directory.</source>
        <translation>Kies een situatie, vraag de groep welke vragen en doorverwijzingen passen en toon ze dan stap voor stap. De scenario&apos;s zijn fictief; de diensten zijn die van de gids.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>number. scenario title</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Wegwijzers</translation>
    </message>
    <message>
        <source>Guide: %1</source>
        <translation>Wegwijzer: %1</translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Presentation mode: large text, high contrast, no account data</source>
        <translation>Presentatiemodus: grote tekst, hoog contrast, geen accountgegevens</translation>
    </message>
    <message>
        <source>Start every class the same</source>
        <translation>Elke sessie op dezelfde manier beginnen</translation>
    </message>
    <message>
        <source>Reset puts back the directory shipped with the app: synced updates and local edits on this device are discarded.</source>
        <translation>Terugzetten herstelt de gids die met de app meekomt: gesynchroniseerde updates en lokale wijzigingen op dit toestel worden gewist.</translation>
    </message>
    <message>
        <source>Resetting…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Reset to the bundled directory…</source>
        <translation>Terugzetten naar de meegeleverde gids…</translation>
    </message>
    <message>
        <source>Memo sheets (PDF, one page)</source>
        <translation>Geheugensteunen (pdf, één pagina)</translation>
    </message>
    <message>
        <source>Memo sheets in %1</source>
        <translation>Geheugensteunen in het %1</translation>
    </message>
    <message>
        <source>Category of the memo sheet</source>
        <translation>Categorie van de geheugensteun</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf bewaren</translation>
    </message>
    <message>
        <source>Save the memo sheet of %1 as PDF</source>
        <translation>De geheugensteun „%1” als pdf bewaren</translation>
    </message>
    <message>
        <source>Reset the directory?</source>
        <translation>De gids terugzetten?</translation>
    </message>
    <message>
        <source>Synced updates and every local edit on this device will be discarded. The directory shipped with the app comes back. The referral sheet is kept.</source>
        <translation>Gesynchroniseerde updates en alle lokale wijzigingen op dit toestel worden gewist. De gids die met de app meekomt, keert terug. De doorverwijsfiche blijft bewaard.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>relais::app::TrainerController</name>
    <message>
        <source>Some training scenarios could not be read: %1</source>
        <translation>Sommige opleidingsscenario&apos;s konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>No training scenario with id %1.</source>
        <translation>Geen opleidingsscenario met id %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) added to the referral sheet.</source>
        <translation>
            <numerusform>%n dienst toegevoegd aan de doorverwijsfiche.</numerusform>
            <numerusform>%n diensten toegevoegd aan de doorverwijsfiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sync is running: wait for it to finish, then reset.</source>
        <translation>Er loopt een synchronisatie: wacht tot ze klaar is en zet dan terug.</translation>
    </message>
    <message>
        <source>This directory file was opened from the command line; it is not reset.</source>
        <translation>Dit gidsbestand werd via de opdrachtregel geopend; het wordt niet teruggezet.</translation>
    </message>
    <message>
        <source>The directory is back to the bundled version.</source>
        <translation>De gids is terug naar de meegeleverde versie.</translation>
    </message>
    <message>
        <source>No category or training scenario with id %1.</source>
        <translation>Geen categorie of opleidingsscenario met id %1.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the large view</source>
        <translation>De grote weergave sluiten</translation>
    </message>
    <message>
        <source>QR code to save %1 as a contact</source>
        <translation>QR-code om %1 als contact te bewaren</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the QR code</source>
        <translation>De QR-code sluiten</translation>
    </message>
    <message>
        <source>QR code of the contact</source>
        <translation>QR-code van het contact</translation>
    </message>
    <message>
        <source>Point the phone's camera at the code to save the contact: no number to type, nothing sent.</source>
        <translation>Richt de camera van de telefoon op de code om het contact te bewaren: geen nummer te typen, niets wordt verstuurd.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>‹ All guides</source>
        <translation>‹ Alle wegwijzers</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Terug</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Wegwijzers</translation>
    </message>
    <message>
        <source>Short sourced texts on the law and the practice behind a referral, readable offline. They inform; they are not legal advice.</source>
        <translation>Korte teksten met bronnen over de wet en de praktijk achter een doorverwijzing, ook offline leesbaar. Ze informeren; ze zijn geen juridisch advies.</translation>
    </message>
    <message>
        <source>Facts checked on %1</source>
        <translation>Feiten gecontroleerd op %1</translation>
    </message>
    <message>
        <source>Services in the directory</source>
        <translation>Diensten in de gids</translation>
    </message>
    <message>
        <source>Not in the current directory</source>
        <translation>Niet in de huidige gids</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Memo sheet (PDF)</source>
        <translation>Geheugensteun (pdf)</translation>
    </message>
    <message>
        <source>Save this guide as a memo sheet (PDF)</source>
        <translation>Deze wegwijzer als geheugensteun (pdf) bewaren</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Bewaard: %1</translation>
    </message>
</context>
<context>
    <name>relais::app::GuideController</name>
    <message>
        <source>Some guides could not be read: %1</source>
        <translation>Sommige wegwijzers konden niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>No guide with id %1.</source>
        <translation>Geen wegwijzer met id %1.</translation>
    </message>
</context>
<context>
    <name>NeedTiles</name>
    <message numerus="yes">
        <source>%1: %n service(s)</source>
        <translation>
            <numerusform>%1: %n dienst</numerusform>
            <numerusform>%1: %n diensten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n dienst</numerusform>
            <numerusform>%n diensten</numerusform>
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
        <translation>%1 bellen op %2</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Pinned</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Onlangs geopend</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Clear the recently opened services</source>
        <translation>De onlangs geopende diensten wissen</translation>
    </message>
    <message>
        <source>What does the person need?</source>
        <translation>Wat heeft de persoon nodig?</translation>
    </message>
    <message>
        <source>Emergency and 24/7 lines</source>
        <translation>Noodnummers en lijnen 24/7</translation>
    </message>
    <message numerus="yes">
        <source>See all %n service(s)</source>
        <translation>
            <numerusform>Bekijk de dienst</numerusform>
            <numerusform>Bekijk alle %n diensten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursNote</name>
    <message>
        <source>permanence médicale anonyme, gratuite, sans rendez-vous (source 2023)</source>
        <translation>anonieme, gratis medische permanentie zonder afspraak (bron 2023)</translation>
    </message>
    <message>
        <source>jours ouvrables; en urgence hors heures, permanence téléphonique</source>
        <translation>werkdagen; bij nood buiten de uren telefonische permanentie</translation>
    </message>
    <message>
        <source>24h/24 (ligne téléphonique)</source>
        <translation>24 uur op 24 (telefoonlijn)</translation>
    </message>
    <message>
        <source>24h/24, 7j/7</source>
        <translation>24 uur op 24, 7 dagen op 7</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24 uur op 24</translation>
    </message>
    <message>
        <source>ligne téléphonique (source 2022-2023)</source>
        <translation>telefoonlijn (bron 2022-2023)</translation>
    </message>
    <message>
        <source>chat en ligne</source>
        <translation>onlinechat</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite 0800 20 120</source>
        <translation>gratis luisterlijn 0800 20 120</translation>
    </message>
    <message>
        <source>call center téléphonique</source>
        <translation>telefonisch callcenter</translation>
    </message>
    <message>
        <source>introduction des nouvelles demandes</source>
        <translation>indienen van nieuwe aanvragen</translation>
    </message>
    <message>
        <source>permanences sociales; pas de permanence le vendredi</source>
        <translation>sociale permanenties; geen permanentie op vrijdag</translation>
    </message>
    <message>
        <source>accueil du service social général sans rendez-vous (horaire de la période COVID)</source>
        <translation>onthaal van de algemene sociale dienst zonder afspraak (uurrooster uit de COVID-periode)</translation>
    </message>
    <message>
        <source>idem</source>
        <translation>zelfde uren</translation>
    </message>
    <message>
        <source>accueil central, nouvelles demandes</source>
        <translation>centraal onthaal, nieuwe aanvragen</translation>
    </message>
    <message>
        <source>guichet du siège central (à partir du 5 janvier 2026)</source>
        <translation>loket van de hoofdzetel (vanaf 5 januari 2026)</translation>
    </message>
    <message>
        <source>sans rendez-vous; juillet-août : lu, me, ve uniquement</source>
        <translation>zonder afspraak; juli-augustus: enkel ma, wo, vr</translation>
    </message>
    <message>
        <source>permanence téléphonique uniquement</source>
        <translation>enkel telefonische permanentie</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>telefonische permanentie</translation>
    </message>
    <message>
        <source>Legal Aid Office, niveau -1, sans rendez-vous</source>
        <translation>Legal Aid Office, niveau -1, zonder afspraak</translation>
    </message>
    <message>
        <source>Justice centre, 2e étage : 1er et 3e jeudi du mois</source>
        <translation>Justice centre, 2e verdieping: 1e en 3e donderdag van de maand</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit de séjour</source>
        <translation>telefonische permanentie – verblijfsrecht</translation>
    </message>
    <message>
        <source>permanence téléphonique – droit international privé familial et nationalité</source>
        <translation>telefonische permanentie – internationaal privaat familierecht en nationaliteit</translation>
    </message>
    <message>
        <source>ligne téléphonique 24h/24</source>
        <translation>telefoonlijn 24 uur op 24</translation>
    </message>
    <message>
        <source>nuit; arriver avant 20h, réveil vers 7h30-8h</source>
        <translation>nacht; aankomen voor 20 uur, wekken rond 7.30-8 uur</translation>
    </message>
    <message>
        <source>douches (horaire 2017)</source>
        <translation>douches (uurrooster 2017)</translation>
    </message>
    <message>
        <source>infirmerie sans rendez-vous, inscription à l&apos;accueil</source>
        <translation>verpleegpost zonder afspraak, inschrijven aan het onthaal</translation>
    </message>
    <message>
        <source>centre de jour; se présenter entre 9h et 12h pour l&apos;hébergement</source>
        <translation>dagcentrum; voor opvang u aanmelden tussen 9 en 12 uur</translation>
    </message>
    <message>
        <source>comptoir LAIRR (matériel stérile) 24h/24, anonyme</source>
        <translation>LAIRR-balie (steriel materiaal) 24 uur op 24, anoniem</translation>
    </message>
    <message>
        <source>espace d&apos;accueil du CLIP (selon La Libre, 2023)</source>
        <translation>onthaalruimte van CLIP (volgens La Libre, 2023)</translation>
    </message>
    <message>
        <source>centrale téléphonique</source>
        <translation>telefooncentrale</translation>
    </message>
    <message>
        <source>accueil téléphonique</source>
        <translation>telefonisch onthaal</translation>
    </message>
    <message>
        <source>permanence d&apos;accueil et d&apos;orientation pour femmes seules cherchant un hébergement (BelRefugees)</source>
        <translation>onthaal- en doorverwijspermanentie voor alleenstaande vrouwen die opvang zoeken (BelRefugees)</translation>
    </message>
    <message>
        <source>24h/24, 365 jours/an</source>
        <translation>24 uur op 24, 365 dagen per jaar</translation>
    </message>
    <message>
        <source>téléphone 24h/24; chat à horaires plus restreints</source>
        <translation>telefoon 24 uur op 24; chat met beperktere uren</translation>
    </message>
    <message>
        <source>sauf jours fériés; en dehors de ces heures, bascule vers Télé-Accueil 107 (24h/24)</source>
        <translation>behalve op feestdagen; buiten deze uren doorgeschakeld naar Télé-Accueil 107 (24 uur op 24)</translation>
    </message>
    <message>
        <source>permanence à la Maison Arc-en-Ciel de Bruxelles, 1er jeudi du mois</source>
        <translation>permanentie in het Regenbooghuis Brussel, 1e donderdag van de maand</translation>
    </message>
    <message>
        <source>groupe de parole, 3e samedi du mois</source>
        <translation>praatgroep, 3e zaterdag van de maand</translation>
    </message>
    <message>
        <source>permanence sociale sans rendez-vous (introduire une demande d&apos;aide), rue de la Charrette 27</source>
        <translation>sociale permanentie zonder afspraak (hulpaanvraag indienen), Karrenstraat 27</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone</source>
        <translation>maatschappelijk werkers op afspraak of telefonisch</translation>
    </message>
    <message>
        <source>travailleurs sociaux sur rendez-vous ou par téléphone; Gulledelle 98 mêmes heures</source>
        <translation>maatschappelijk werkers op afspraak of telefonisch; Gulledelle 98 zelfde uren</translation>
    </message>
    <message>
        <source>inscription à l&apos;accueil du CPAS (première demande), jours ouvrables</source>
        <translation>inschrijving aan het onthaal van het OCMW (eerste aanvraag), werkdagen</translation>
    </message>
    <message>
        <source>accueil</source>
        <translation>onthaal</translation>
    </message>
    <message>
        <source>permanence des assistants sociaux sans rendez-vous; l&apos;après-midi sur rendez-vous sauf le lundi</source>
        <translation>permanentie van de maatschappelijk werkers zonder afspraak; &apos;s namiddags op afspraak behalve op maandag</translation>
    </message>
    <message>
        <source>fermé le vendredi après-midi</source>
        <translation>gesloten op vrijdagnamiddag</translation>
    </message>
    <message>
        <source>accueil 24h/24 selon l&apos;association</source>
        <translation>onthaal 24 uur op 24 volgens de vereniging</translation>
    </message>
    <message>
        <source>permanence sociale</source>
        <translation>sociale permanentie</translation>
    </message>
    <message>
        <source>jours ouvrables</source>
        <translation>werkdagen</translation>
    </message>
    <message>
        <source>permanence téléphonique, jours ouvrables</source>
        <translation>telefonische permanentie, werkdagen</translation>
    </message>
    <message>
        <source>accueil (téléphone ou sur place, confidentiel) – pas d&apos;accueil en urgence</source>
        <translation>onthaal (telefonisch of ter plaatse, vertrouwelijk) – geen onthaal bij nood</translation>
    </message>
    <message>
        <source>écoute des signalements</source>
        <translation>luisteren naar meldingen</translation>
    </message>
</context>
<context>
    <name>PhoneLabel</name>
    <message>
        <source>accueil</source>
        <translation>onthaal</translation>
    </message>
    <message>
        <source>téléphone (page non datée)</source>
        <translation>telefoon (pagina zonder datum)</translation>
    </message>
    <message>
        <source>ligne d&apos;aide</source>
        <translation>hulplijn</translation>
    </message>
    <message>
        <source>accueil (permanence téléphonique d&apos;urgence hors heures)</source>
        <translation>onthaal (telefonische noodpermanentie buiten de uren)</translation>
    </message>
    <message>
        <source>WhatsApp (source tierce non officielle)</source>
        <translation>WhatsApp (onofficiële bron van derden)</translation>
    </message>
    <message>
        <source>ligne d&apos;assistance traite 24h/24, 7j/7</source>
        <translation>hulplijn mensenhandel 24 uur op 24, 7 dagen op 7</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>24h/24</source>
        <translation>24 uur op 24</translation>
    </message>
    <message>
        <source>24h/24 – transport vers le CPVS</source>
        <translation>24 uur op 24 – vervoer naar het ZSG</translation>
    </message>
    <message>
        <source>ligne d&apos;écoute gratuite</source>
        <translation>gratis luisterlijn</translation>
    </message>
    <message>
        <source>information</source>
        <translation>informatie</translation>
    </message>
    <message>
        <source>secrétariat</source>
        <translation>secretariaat</translation>
    </message>
    <message>
        <source>bureau</source>
        <translation>kantoor</translation>
    </message>
    <message>
        <source>ligne gratuite (tous les jours 18h-21h)</source>
        <translation>gratis lijn (elke dag 18-21 uur)</translation>
    </message>
    <message>
        <source>information (source 2017)</source>
        <translation>informatie (bron 2017)</translation>
    </message>
    <message>
        <source>site Solbosch</source>
        <translation>campus Solbosch</translation>
    </message>
    <message>
        <source>accueil central</source>
        <translation>centraal onthaal</translation>
    </message>
    <message>
        <source>siège administratif (standard)</source>
        <translation>administratieve zetel (centrale)</translation>
    </message>
    <message>
        <source>call center 7j/7 8h30-16h30</source>
        <translation>callcenter 7 dagen op 7, 8.30-16.30 uur</translation>
    </message>
    <message>
        <source>call center (2e ligne)</source>
        <translation>callcenter (2e lijn)</translation>
    </message>
    <message>
        <source>call center</source>
        <translation>callcenter</translation>
    </message>
    <message>
        <source>call center (permanence téléphonique lu-ve 8h-12h, 13h-16h)</source>
        <translation>callcenter (telefonische permanentie ma-vr 8-12 uur, 13-16 uur)</translation>
    </message>
    <message>
        <source>CDCS-CMDC (secrétariat)</source>
        <translation>CDCS-CMDC (secretariaat)</translation>
    </message>
    <message>
        <source>accueil / coordination</source>
        <translation>onthaal / coördinatie</translation>
    </message>
    <message>
        <source>BAJ (secrétariat)</source>
        <translation>BJB (secretariaat)</translation>
    </message>
    <message>
        <source>secretariaat BJB</source>
        <translation>secretariaat BJB</translation>
    </message>
    <message>
        <source>telefonische permanentie (woensdag 9u-11u)</source>
        <translation>telefonische permanentie (woensdag 9-11 uur)</translation>
    </message>
    <message>
        <source>helpline juridique (lu-ve 12h-15h)</source>
        <translation>juridische hulplijn (ma-vr 12-15 uur)</translation>
    </message>
    <message>
        <source>service juridique – consultations téléphoniques et prise de rendez-vous</source>
        <translation>juridische dienst – telefonisch advies en afspraken</translation>
    </message>
    <message>
        <source>numéro vert 0800/99.340, 24h/24, 7j/7</source>
        <translation>gratis nummer 0800/99.340, 24 uur op 24, 7 dagen op 7</translation>
    </message>
    <message>
        <source>secrétariat (rapport 2014-2015)</source>
        <translation>secretariaat (verslag 2014-2015)</translation>
    </message>
    <message>
        <source>permanence téléphonique</source>
        <translation>telefonische permanentie</translation>
    </message>
    <message>
        <source>service prévention (lu-ve 9h-17h)</source>
        <translation>preventiedienst (ma-vr 9-17 uur)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800/35 123 (lu-ve 8h30-16h30)</source>
        <translation>gratis nummer 0800/35 123 (ma-vr 8.30-16.30 uur)</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 30 700 (lu-ve 8h-16h30)</source>
        <translation>gratis nummer 0800 30 700 (ma-vr 8-16.30 uur)</translation>
    </message>
    <message>
        <source>depuis l&apos;étranger (payant)</source>
        <translation>vanuit het buitenland (betalend)</translation>
    </message>
    <message>
        <source>ligne de crise gratuite 0800 32 123, 24h/24</source>
        <translation>gratis crisislijn 0800 32 123, 24 uur op 24</translation>
    </message>
    <message>
        <source>numéro gratuit, 24h/24</source>
        <translation>gratis nummer, 24 uur op 24</translation>
    </message>
    <message>
        <source>gratis, 24/7</source>
        <translation>gratis, 24/7</translation>
    </message>
    <message>
        <source>urgence médicale / pompiers, 24h/24</source>
        <translation>medische nood / brandweer, 24 uur op 24</translation>
    </message>
    <message>
        <source>police – intervention urgente, 24h/24</source>
        <translation>politie – dringende interventie, 24 uur op 24</translation>
    </message>
    <message>
        <source>numéro vert 0800 30 030 (lu-ve 9h-19h; relais 107 en dehors)</source>
        <translation>gratis nummer 0800 30 030 (ma-vr 9-19 uur; daarbuiten doorgeschakeld naar 107)</translation>
    </message>
    <message>
        <source>hulplijn (telefoon; ook chat en e-mail via de website)</source>
        <translation>hulplijn (telefoon; ook chat en e-mail via de website)</translation>
    </message>
    <message>
        <source>116 000, 24h/24, 7j/7</source>
        <translation>116 000, 24 uur op 24, 7 dagen op 7</translation>
    </message>
    <message>
        <source>général</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administratie</translation>
    </message>
    <message>
        <source>call center / service social de première ligne</source>
        <translation>callcenter / eerstelijns sociale dienst</translation>
    </message>
    <message>
        <source>CPAS (numéro donné par la commune)</source>
        <translation>OCMW (nummer gegeven door de gemeente)</translation>
    </message>
    <message>
        <source>accueil du CPAS / onthaal</source>
        <translation>onthaal van het OCMW</translation>
    </message>
    <message>
        <source>service social général (assistante sociale en chef)</source>
        <translation>algemene sociale dienst (hoofdmaatschappelijk werker)</translation>
    </message>
    <message>
        <source>accueil du CPAS (lu-ve 8h-16h)</source>
        <translation>onthaal van het OCMW (ma-vr 8-16 uur)</translation>
    </message>
    <message>
        <source>CPAS – service social</source>
        <translation>OCMW – sociale dienst</translation>
    </message>
    <message>
        <source>accueil / standard</source>
        <translation>onthaal / centrale</translation>
    </message>
    <message>
        <source>CPVCF (numéro publié en avril 2020, 9h30-17h30 7j/7 pour les places d&apos;hébergement d&apos;urgence)</source>
        <translation>CPVCF (nummer gepubliceerd in april 2020, 9.30-17.30 uur 7 dagen op 7 voor noodopvangplaatsen)</translation>
    </message>
    <message>
        <source>secrétariat (rapports annuels)</source>
        <translation>secretariaat (jaarverslagen)</translation>
    </message>
    <message>
        <source>accueil général</source>
        <translation>algemeen onthaal</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>permanentie</translation>
    </message>
    <message>
        <source>réservations (services uniquement)</source>
        <translation>reservaties (enkel voor diensten)</translation>
    </message>
    <message>
        <source>centrale</source>
        <translation>centrale</translation>
    </message>
    <message>
        <source>interprétariat par déplacement</source>
        <translation>tolken ter plaatse</translation>
    </message>
    <message>
        <source>interprétariat par téléphone</source>
        <translation>telefonisch tolken</translation>
    </message>
    <message>
        <source>traductions écrites</source>
        <translation>schriftelijke vertalingen</translation>
    </message>
    <message>
        <source>numéro gratuit 0800 12 800 (jours ouvrables 9h30-13h)</source>
        <translation>gratis nummer 0800 12 800 (werkdagen 9.30-13 uur)</translation>
    </message>
    <message>
        <source>accueil – demandes d&apos;hébergement (source : fiche Bruss&apos;help)</source>
        <translation>onthaal – aanvragen voor opvang (bron: fiche van Bruss&apos;help)</translation>
    </message>
</context>
<context>
    <name>ClassroomShare</name>
    <message>
        <source>Share with the class</source>
        <translation>Delen met de groep</translation>
    </message>
    <message>
        <source>Participants on the same Wi-Fi sync this directory from this computer: no internet, no account. Nothing about them is kept.</source>
        <translation>Deelnemers op hetzelfde wifinetwerk synchroniseren deze gids vanaf deze computer: zonder internet, zonder account. Er wordt niets over hen bewaard.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Port of the class server</source>
        <translation>Poort van de groepsserver</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>In Relais, participants open Settings and enter this server address, then sync:</source>
        <translation>In Relais openen de deelnemers Instellingen, vullen ze dit serveradres in en synchroniseren ze:</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Serveradres: %1</translation>
    </message>
    <message>
        <source>QR code of the server address</source>
        <translation>QR-code van het serveradres</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Stoppen met delen</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) shared, as this computer shows them now. Stop sharing at the end of the class.</source>
        <translation>
            <numerusform>%n dienst gedeeld, zoals deze computer hem nu toont. Stop met delen aan het einde van de opleiding.</numerusform>
            <numerusform>%n diensten gedeeld, zoals deze computer ze nu toont. Stop met delen aan het einde van de opleiding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::app::ClassroomController</name>
    <message>
        <source>The class server did not start in time.</source>
        <translation>De groepsserver is niet op tijd gestart.</translation>
    </message>
    <message>
        <source>Sharing needs the Relais server program (relais-server), which is not installed on this computer. Install it with Relais, then share again.</source>
        <translation>Delen vraagt het serverprogramma van Relais (relais-server), dat niet op deze computer geïnstalleerd is. Installeer het samen met Relais en deel daarna opnieuw.</translation>
    </message>
    <message>
        <source>This computer is not on a network. Connect it to the classroom&apos;s Wi-Fi or network, then share again.</source>
        <translation>Deze computer is niet met een netwerk verbonden. Verbind hem met de wifi of het netwerk van het lokaal en deel daarna opnieuw.</translation>
    </message>
    <message>
        <source>Could not prepare the shared copy: %1</source>
        <translation>De gedeelde kopie kon niet worden voorbereid: %1</translation>
    </message>
    <message>
        <source>The class server answered something unexpected.</source>
        <translation>De groepsserver gaf een onverwacht antwoord.</translation>
    </message>
    <message>
        <source>Port %1 is already in use on this computer. Close the program using it, or choose another port, then share again.</source>
        <translation>Poort %1 is al in gebruik op deze computer. Sluit het programma dat hem gebruikt of kies een andere poort en deel daarna opnieuw.</translation>
    </message>
    <message>
        <source>The class server did not start.</source>
        <translation>De groepsserver is niet gestart.</translation>
    </message>
    <message>
        <source>The class server did not start: %1</source>
        <translation>De groepsserver is niet gestart: %1</translation>
    </message>
    <message>
        <source>The class server stopped. Participants can no longer sync from this computer; share again to restart it.</source>
        <translation>De groepsserver is gestopt. Deelnemers kunnen niet meer synchroniseren vanaf deze computer; deel opnieuw om hem te herstarten.</translation>
    </message>
    <message>
        <source>The class server could not be started: %1</source>
        <translation>De groepsserver kon niet worden gestart: %1</translation>
    </message>
</context>
</TS>
