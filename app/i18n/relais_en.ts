<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE" sourcelanguage="en">
<context>
    <name>ActionRow</name>
    <message>
        <source>☎ Call</source>
        <translation>☎ Call</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
    <message>
        <source>✉ Email</source>
        <translation>✉ Email</translation>
    </message>
    <message>
        <source>Write an email to %1</source>
        <translation>Write an email to %1</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Open the website</source>
        <translation>Open the website</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Directions</translation>
    </message>
    <message>
        <source>Show directions on a map</source>
        <translation>Show directions on a map</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy all facts</source>
        <translation>Copy all facts</translation>
    </message>
    <message>
        <source>✓ On the sheet</source>
        <translation>✓ On the sheet</translation>
    </message>
    <message>
        <source>+ Add to sheet</source>
        <translation>+ Add to sheet</translation>
    </message>
    <message>
        <source>Remove from the referral sheet</source>
        <translation>Remove from the referral sheet</translation>
    </message>
    <message>
        <source>Add to the referral sheet</source>
        <translation>Add to the referral sheet</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hours unknown: call before going.</source>
        <translation>Hours unknown: call before going.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages: %1</source>
        <translation>Languages: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Phone unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>phone number (label)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email unknown</source>
        <translation>Email unknown</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verification and sources</source>
        <translation>Verification and sources</translation>
    </message>
    <message>
        <source>Last verified: %1</source>
        <translation>Last verified: %1</translation>
    </message>
    <message>
        <source>Not verified in the last 12 months: check by phone before referring.</source>
        <translation>Not verified in the last 12 months: check by phone before referring.</translation>
    </message>
</context>
<context>
    <name>DirectoryWorker</name>
    <message>
        <source>This directory was written by a newer version of Relais. Please update the app.</source>
        <translation>This directory was written by a newer version of Relais. Please update the app.</translation>
    </message>
    <message>
        <source>The directory file on this device is damaged.</source>
        <translation>The directory file on this device is damaged.</translation>
    </message>
    <message>
        <source>The directory could not be read: %1</source>
        <translation>The directory could not be read: %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Language spoken</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>No service matches this search.</source>
        <translation>No service matches this search.</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <source>Search for %1</source>
        <translation>Search for %1</translation>
    </message>
    <message>
        <source>Results exist without these filters:</source>
        <translation>Results exist without these filters:</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Remove “%1”</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Tip: try another word, or a word in French, Dutch or English.</source>
        <translation>Tip: try another word, or a word in French, Dutch or English.</translation>
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
        <translation>Open now</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>Category ▾</source>
        <translation>Category ▾</translation>
    </message>
    <message>
        <source>Commune ▾</source>
        <translation>Commune ▾</translation>
    </message>
    <message>
        <source>Language spoken ▾</source>
        <translation>Language spoken ▾</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Language spoken</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Turns every filter off</source>
        <translation>Turns every filter off</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>LocalDirectory</name>
    <message>
        <source>The bundled directory is missing: %1</source>
        <translation>The bundled directory is missing: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation>Cannot create folder %1</translation>
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
        <translation>Data as of %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings and sync</source>
        <translation>Settings and sync</translation>
    </message>
    <message>
        <source>Choose a service in the list to see everything about it.</source>
        <translation>Choose a service in the list to see everything about it.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline. Everything works with the directory on this device.</source>
        <translation>Offline. Everything works with the directory on this device.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <source>To verify</source>
        <translation>To verify</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>organisation · commune</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>On the sheet ✓</source>
        <translation>On the sheet ✓</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search: need, service, organisation, commune…</source>
        <translation>Search: need, service, organisation, commune…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Search services</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>First %n results</source>
        <translation>
            <numerusform>First %n result</numerusform>
            <numerusform>First %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Language of the app</translation>
    </message>
    <message>
        <source>Directory and sync</source>
        <translation>Directory and sync</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Sync only downloads the directory. Searches and referral sheets never leave this device.</source>
        <translation>Sync only downloads the directory. Searches and referral sheets never leave this device.</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>‹ Back to results</source>
        <translation>‹ Back to results</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</source>
        <translation>The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>Sheet in %1</source>
        <translation>Sheet in %1</translation>
    </message>
    <message>
        <source>Services on the sheet</source>
        <translation>Services on the sheet</translation>
    </message>
    <message>
        <source>No service yet. Open a service and choose “Add to sheet”.</source>
        <translation>No service yet. Open a service and choose “Add to sheet”.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove %1 from the sheet</source>
        <translation>Remove %1 from the sheet</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy the sheet as text, to paste in a message</source>
        <translation>Copy the sheet as text, to paste in a message</translation>
    </message>
    <message>
        <source>Clear sheet</source>
        <translation>Clear sheet</translation>
    </message>
    <message>
        <source>Remove every service from the sheet</source>
        <translation>Remove every service from the sheet</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Copied. Paste it into a message or a document.</source>
        <translation>Copied. Paste it into a message or a document.</translation>
    </message>
</context>
<context>
    <name>SheetTray</name>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>Referral sheet: empty</source>
        <translation>Referral sheet: empty</translation>
    </message>
    <message numerus="yes">
        <source>Referral sheet: %n service(s)</source>
        <translation>
            <numerusform>Referral sheet: %n service</numerusform>
            <numerusform>Referral sheet: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Open sheet</translation>
    </message>
    <message>
        <source>Open the referral sheet</source>
        <translation>Open the referral sheet</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sync cancelled.</translation>
    </message>
    <message>
        <source>Sync cancelled. The directory stays as it was after the last completed step.</source>
        <translation>Sync cancelled. The directory stays as it was after the last completed step.</translation>
    </message>
    <message>
        <source>The server reported a problem: %1. Try again later.</source>
        <translation>The server reported a problem: %1. Try again later.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not understood. Check the server address.</source>
        <translation>The server&apos;s answer was not understood. Check the server address.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <source>Sync is not available in this version of Relais.</source>
        <translation>Sync is not available in this version of Relais.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Directory data as of %1</source>
        <translation>Directory data as of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) on this device</source>
        <translation>
            <numerusform>%n service on this device</numerusform>
            <numerusform>%n services on this device</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Last sync: %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync is not available in this version. The directory that came with the app is used.</source>
        <translation>Sync is not available in this version. The directory that came with the app is used.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancel sync</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>date unknown</source>
        <translation>date unknown</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Address unknown</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Phone unknown</source>
        <translation>Phone unknown</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Hours unknown</source>
        <translation>Hours unknown</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Languages spoken</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Help offered</translation>
    </message>
    <message>
        <source>Where to find help</source>
        <translation>Where to find help</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Prepared on %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Information from the Relais directory as of %1</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Never verified</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Open 24/7</translation>
    </message>
    <message>
        <source>Open now · until %1</source>
        <translation>Open now · until %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed · opens at %1</source>
        <translation>Closed · opens at %1</translation>
    </message>
    <message>
        <source>Closed · opens tomorrow at %1</source>
        <translation>Closed · opens tomorrow at %1</translation>
    </message>
    <message>
        <source>Closed · opens %1 at %2</source>
        <translation>Closed · opens %1 at %2</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainian</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hungarian</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrinya</translation>
    </message>
    <message>
        <source>Languages unknown</source>
        <translation>Languages unknown</translation>
    </message>
    <message>
        <source>Cost unknown</source>
        <translation>Cost unknown</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Not free</translation>
    </message>
    <message>
        <source>Anonymity unknown</source>
        <translation>Anonymity unknown</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anonymous possible</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Identity asked</translation>
    </message>
    <message>
        <source>Appointment policy unknown</source>
        <translation>Appointment policy unknown</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Walk-in, no appointment</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Appointment optional</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>By appointment only</translation>
    </message>
</context>
<context>
    <name>relais::app::DetailController</name>
    <message>
        <source>This service is no longer in the directory.</source>
        <translation>This service is no longer in the directory.</translation>
    </message>
</context>
<context>
    <name>relais::app::SheetController</name>
    <message>
        <source>referral-sheet</source>
        <translation>referral-sheet</translation>
    </message>
</context>
<context>
    <name>relais::app::SyncController</name>
    <message>
        <source>Never: using the directory that came with the app</source>
        <translation>Never: using the directory that came with the app</translation>
    </message>
    <message>
        <source>Enter the server address first, for example https://relais.example.be</source>
        <translation>Enter the server address first, for example https://relais.example.be</translation>
    </message>
    <message>
        <source>No connection to the server. Everything still works offline with the directory on this device.</source>
        <translation>No connection to the server. Everything still works offline with the directory on this device.</translation>
    </message>
</context>
</TS>
