<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>Dónde encontrar ayuda</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparada el %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Información del directorio Relais a fecha de %1</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Los nombres y las descripciones de los servicios están en %1.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Los horarios y las condiciones pueden cambiar: si puede, llame antes de ir. Esta hoja no contiene ningún dato sobre usted.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Idiomas hablados</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Ayuda ofrecida</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Escanee el código para guardar este contacto</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>De pago</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Posibilidad de anonimato</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Se pide la identidad</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Sin cita previa</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Cita previa opcional</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Solo con cita previa</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>fuente no oficial</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>la información puede estar desactualizada</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Línea de ayuda</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugués</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumano</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>búlgaro</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turco</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ruso</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polaco</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chino</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>húngaro</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persa</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>tigriña</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>Apoyo a trabajadoras y trabajadores sexuales</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>Salud sexual (pruebas, ITS, VIH, PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>Atención sanitaria</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>Salud mental y líneas de escucha</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>Drogas y reducción de riesgos</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>Violencia (sexual, en la pareja)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>Trata de personas y explotación</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>Asistencia social</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>Vivienda y alojamiento de urgencia</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>Empleo, formación y reorientación profesional</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>Personas migrantes y sin papeles</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>LGBTQIA+</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Urgencias y líneas 24/7</translation>
    </message>
</context>
</TS>
