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
</context>
<context>
    <name>DetailPage</name>
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
        <source>To verify</source>
        <translation>Te controleren</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Openingsuren</translation>
    </message>
    <message>
        <source>Hours unknown: call before going.</source>
        <translation>Openingsuren onbekend: bel voor je gaat.</translation>
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
        <source>Last verified: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Not verified in the last 12 months: check by phone before referring.</source>
        <translation>Niet gecontroleerd in de laatste 12 maanden: bel eerst na voor je doorverwijst.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
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
        <translation>Bedoelde je:</translation>
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
        <source>To verify</source>
        <translation>Te controleren</translation>
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
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: need, service, organisation, commune…</source>
        <translation>Zoeken: nood, dienst, organisatie, gemeente…</translation>
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
        <translation>Waar vind je hulp</translation>
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
        <translation>Openingsuren en voorwaarden kunnen veranderen: bel indien mogelijk voor je gaat. Deze fiche bevat geen gegevens over jou.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nooit gecontroleerd</translation>
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
</context>
<context>
    <name>relais::app::SyncController</name>
    <message>
        <source>Never: using the directory that came with the app</source>
        <translation>Nooit: de meegeleverde gids wordt gebruikt</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Geef eerst het serveradres in, bijvoorbeeld https://relais.example.be</translation>
    </message>
    <message>
        <source>No connection to the server. Everything still works offline with the directory on this device.</source>
        <translation>Geen verbinding met de server. Alles werkt offline met de gids op dit toestel.</translation>
    </message>
</context>
</TS>
