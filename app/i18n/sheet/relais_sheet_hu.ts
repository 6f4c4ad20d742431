<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu_HU" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Magyar</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>Hol kaphat segítséget</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Készült: %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>A Relais-jegyzék adatai (állapot: %1)</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>A szolgáltatások neve és leírása %1 nyelvű.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>A nyitvatartás és a feltételek változhatnak: ha teheti, telefonáljon, mielőtt elmegy. Ez a lap semmilyen adatot nem tartalmaz Önről.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Nyitvatartás</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Weboldal</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Feltételek</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Beszélt nyelvek</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Nyújtott segítség</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Olvassa be a kódot a névjegy mentéséhez</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Minden nap</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ingyenes</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Fizetős</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Névtelenül is igénybe vehető</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Személyazonosságot kérnek</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Időpont nélkül</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Időpont nem kötelező</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Csak előzetes időpontfoglalással</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>nem hivatalos forrás</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>az információ elavult lehet</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepció</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Segélyvonal</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Sürgősségi</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Időpontfoglalás</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Iroda</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francia</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>holland</translation>
    </message>
    <message>
        <source>English</source>
        <translation>angol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>német</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spanyol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugál</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>olasz</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>román</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bolgár</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albán</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arab</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>török</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>orosz</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrán</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>lengyel</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>kínai</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thai</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>magyar</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>perzsa</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrinya</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>Szexmunkások támogatása</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>Szexuális egészség (szűrés, STI, HIV, PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>Egészségügyi ellátás</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>Mentális egészség és lelki segélyvonalak</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>Drogok és ártalomcsökkentés</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>Erőszak (szexuális, párkapcsolati)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>Emberkereskedelem és kizsákmányolás</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>Jogi segítség</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>Szociális segítség</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>Lakhatás és sürgősségi szállás</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>Munka, képzés és pályaváltás</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>Migránsok és papírok nélküli emberek</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>LGBTQIA+</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Sürgősségi és éjjel-nappali vonalak</translation>
    </message>
</context>
</TS>
