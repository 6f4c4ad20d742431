<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_MA" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>أين يمكن إيجاد المساعدة</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>أُعدّت في %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>معلومات من دليل Relais بتاريخ %1</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>أسماء الخدمات وأوصافها باللغة %1.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>قد تتغير المواعيد والشروط: يُستحسن الاتصال قبل الذهاب إن أمكن. لا تحتوي هذه الورقة على أي معلومات عنك.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>مواعيد العمل</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>الشروط</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المستعملة</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>المساعدة المقدَّمة</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>امسح الرمز لحفظ جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>بمقابل</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>يمكن عدم الكشف عن الهوية</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>يُطلب إثبات الهوية</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>بدون موعد</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>الموعد اختياري</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>بموعد فقط</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>مصدر غير رسمي</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>قد تكون المعلومة قديمة</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>خط المساعدة</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>الطوارئ</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>المجرية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التيغرينية</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>دعم العاملين والعاملات في الجنس</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>الصحة الجنسية (الفحص، الأمراض المنقولة جنسيًا، فيروس نقص المناعة، PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>الصحة النفسية وخطوط الاستماع</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>المخدرات والحد من المخاطر</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>العنف (الجنسي، الزوجي)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>الاتجار بالبشر والاستغلال</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>المساعدة الاجتماعية</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>السكن والإيواء الطارئ</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>الشغل والتكوين وإعادة التوجيه المهني</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>المهاجرون والأشخاص بدون وثائق</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>مجتمع الميم (LGBTQIA+)</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>الطوارئ والخطوط المتاحة على مدار الساعة</translation>
    </message>
</context>
</TS>
