<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Română</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>Unde găsiți ajutor</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Pregătită la %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Informații din ghidul Relais la data de %1</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Numele și descrierile serviciilor sunt în %1.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Programul și condițiile se pot schimba: dacă puteți, sunați înainte să mergeți. Această fișă nu conține nicio informație despre dumneavoastră.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Program</translation>
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
        <source>Conditions</source>
        <translation>Condiții</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Limbi vorbite</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Ajutor oferit</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Scanați codul pentru a salva acest contact</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>În fiecare zi</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Cu plată</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anonimat posibil</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Se cere actul de identitate</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Fără programare</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Programare opțională</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Doar cu programare</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>sursă neoficială</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>informație posibil veche</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepție</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Linie de sprijin</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgențe</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Programări</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Birou</translation>
    </message>
    <message>
        <source>French</source>
        <translation>franceză</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandeză</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engleză</translation>
    </message>
    <message>
        <source>German</source>
        <translation>germană</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>spaniolă</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugheză</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiană</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>română</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgară</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albaneză</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabă</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turcă</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusă</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraineană</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>poloneză</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chineză</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thailandeză</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>maghiară</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persană</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigrină</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>Sprijin pentru lucrătorii și lucrătoarele sexuale</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>Sănătate sexuală (testare, ITS, HIV, PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>Îngrijiri medicale</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>Sănătate mintală și linii de ascultare</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>Droguri și reducerea riscurilor</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>Violență (sexuală, domestică)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>Trafic de persoane și exploatare</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>Asistență juridică</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>Asistență socială</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>Locuință și adăpost de urgență</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>Loc de muncă, formare și reorientare profesională</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>Migranți și persoane fără acte</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>LGBTQIA+</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Urgențe și linii non-stop</translation>
    </message>
</context>
</TS>
