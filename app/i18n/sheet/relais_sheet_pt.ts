<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>SheetLanguage</name>
    <message>
        <source>English</source>
        <translation>Português</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Where to find help</source>
        <translation>Onde encontrar ajuda</translation>
    </message>
    <message>
        <source>Prepared on %1</source>
        <translation>Preparada em %1</translation>
    </message>
    <message>
        <source>Information from the Relais directory as of %1</source>
        <translation>Informações do diretório Relais em %1</translation>
    </message>
    <message>
        <source>Service names and descriptions are in %1.</source>
        <translation>Os nomes e as descrições dos serviços estão em %1.</translation>
    </message>
    <message>
        <source>Hours and conditions can change: call before you go when you can. This sheet holds no information about you.</source>
        <translation>Os horários e as condições podem mudar: se puder, telefone antes de ir. Esta folha não contém nenhuma informação sobre você.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Línguas faladas</translation>
    </message>
    <message>
        <source>Help offered</source>
        <translation>Ajuda oferecida</translation>
    </message>
    <message>
        <source>Scan to save this contact</source>
        <translation>Escaneie o código para salvar este contato</translation>
    </message>
    <message>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuito</translation>
    </message>
    <message>
        <source>Not free</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Anonymous possible</source>
        <translation>Anonimato possível</translation>
    </message>
    <message>
        <source>Identity asked</source>
        <translation>Pedem documento de identidade</translation>
    </message>
    <message>
        <source>Walk-in, no appointment</source>
        <translation>Sem agendamento</translation>
    </message>
    <message>
        <source>Appointment optional</source>
        <translation>Agendamento opcional</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Somente com agendamento</translation>
    </message>
    <message>
        <source>unofficial source</source>
        <translation>fonte não oficial</translation>
    </message>
    <message>
        <source>information may be old</source>
        <translation>informação talvez desatualizada</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Recepção</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Linha de apoio</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergência</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Agendamentos</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>neerlandês</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemão</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espanhol</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>português</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>romeno</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>búlgaro</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanês</translation>
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
        <translation>russo</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ucraniano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonês</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinês</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandês</translation>
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
        <translation>tigrínia</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>sex-work-support</source>
        <translation>Apoio a trabalhadoras e trabalhadores do sexo</translation>
    </message>
    <message>
        <source>sexual-health</source>
        <translation>Saúde sexual (testes, ISTs, HIV, PrEP)</translation>
    </message>
    <message>
        <source>health-care</source>
        <translation>Cuidados de saúde</translation>
    </message>
    <message>
        <source>mental-health</source>
        <translation>Saúde mental e linhas de escuta</translation>
    </message>
    <message>
        <source>harm-reduction</source>
        <translation>Drogas e redução de danos</translation>
    </message>
    <message>
        <source>violence-support</source>
        <translation>Violência (sexual, doméstica)</translation>
    </message>
    <message>
        <source>trafficking-exploitation</source>
        <translation>Tráfico de pessoas e exploração</translation>
    </message>
    <message>
        <source>legal-aid</source>
        <translation>Assistência jurídica</translation>
    </message>
    <message>
        <source>social-aid</source>
        <translation>Assistência social</translation>
    </message>
    <message>
        <source>housing-shelter</source>
        <translation>Moradia e abrigo de emergência</translation>
    </message>
    <message>
        <source>employment-training</source>
        <translation>Emprego, formação e reorientação profissional</translation>
    </message>
    <message>
        <source>migrants-undocumented</source>
        <translation>Migrantes e pessoas sem documentos</translation>
    </message>
    <message>
        <source>lgbtqi</source>
        <translation>LGBTQIA+</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Emergências e linhas 24 horas</translation>
    </message>
</context>
</TS>
