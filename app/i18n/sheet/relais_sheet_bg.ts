<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Български</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>Къде да намерите помощ</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Изготвено на %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Информация от указателя Relais към %1</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Имената и описанията на услугите са на %1.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Работното време и условията може да се променят: ако можете, обадете се, преди да отидете. Този лист не съдържа никаква информация за вас.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Работно време</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Имейл</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Уебсайт</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Говорими езици</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Предлагана помощ</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Сканирайте кода, за да запазите този контакт</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Всеки ден</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Безплатно</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Платено</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Възможна анонимност</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Изисква се лична карта</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Без предварително записване</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Записването не е задължително</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Само със записан час</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>неофициален източник</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>информацията може да е остаряла</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Приемна</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Линия за помощ</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Спешни случаи</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Записване на час</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>French</source>
        <translation>френски</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английски</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немски</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испански</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португалски</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>италиански</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>румънски</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>български</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>албански</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабски</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>турски</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>руски</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украински</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>полски</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайски</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>тайландски</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>унгарски</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>персийски</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>тигриня</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>Подкрепа за секс работници</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>Сексуално здраве (изследвания, ППИ, ХИВ, PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>Здравни грижи</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>Психично здраве и линии за подкрепа</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>Наркотици и намаляване на вредите</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>Насилие (сексуално, домашно)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>Трафик на хора и експлоатация</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>Правна помощ</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>Социална помощ</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>Жилище и спешен подслон</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>Работа, обучение и професионална преориентация</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>Мигранти и хора без документи</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>LGBTQIA+</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Спешни случаи и денонощни линии</translation>
    </message>
</context>
</TS>
