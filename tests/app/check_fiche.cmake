# `relais --fiche` writes one A4 page per category or training scenario, and a guide on as many
# pages as it needs, in the asked language; pdftotext must find the facts in it, and an unknown
# id fails with one clear line.
function(fiche_text id lang out text_var)
    set(pages_pattern "Pages: +1\n")
    if(ARGC GREATER 4)
        set(pages_pattern "${ARGV4}")
    endif()
    set(guide OFF)
    if(id MATCHES "^guide:")
        set(guide ON)
    endif()
    file(REMOVE ${out})
    execute_process(COMMAND ${RELAIS} --fiche ${id} --lang ${lang} --output ${out}
                            --now 2026-12-08T19:00
                    RESULT_VARIABLE rc ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "relais --fiche ${id} exited with ${rc}: ${err}")
    endif()
    execute_process(COMMAND pdfinfo ${out} OUTPUT_VARIABLE info RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0 OR NOT info MATCHES "${pages_pattern}")
        message(FATAL_ERROR "${out} does not have the expected pages (${pages_pattern}):\n${info}")
    endif()
    execute_process(COMMAND ${PDFTOTEXT} -layout ${out} - OUTPUT_VARIABLE text RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "pdftotext failed on ${out}")
    endif()
    if(guide)
        # A guide is running text: a phrase may wrap at the end of a line or a page.
        string(ASCII 12 form_feed)
        string(REGEX REPLACE "[ \n${form_feed}]+" " " text "${text}")
    endif()
    set(${text_var} "${text}" PARENT_SCOPE)
endfunction()

function(expect_in text)
    foreach(expected IN LISTS ARGN)
        string(FIND "${text}" "${expected}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "\"${expected}\" not in the fiche:\n${text}")
        endif()
    endforeach()
endfunction()

# A category, in French: its services with phone, hours and conditions.
fiche_text(sexual-health fr ${OUT_DIR}/fiche-sexual-health-fr.pdf text)
expect_in("${text}" "Fiche mémo" "Santé sexuelle" "Exaequo" "+32 2 736 28 61" "Aide Info Sida"
          "Horaires" "Conditions" "Gratuit")
# Every service of the category, the unverified ones included, fits on the page.
fiche_text(social-aid en ${OUT_DIR}/fiche-social-aid-en.pdf text)
expect_in("${text}" "Memo sheet" "Social assistance" "CPAS" "Bruss'help" "Samusocial")

# A scenario, in Dutch: situation, questions, pitfalls, referrals with why.
fiche_text(signs-of-exploitation nl ${OUT_DIR}/fiche-signs-of-exploitation-nl.pdf text)
expect_in("${text}" "Signalen van uitbuiting" "Valkuilen" "PAG-ASA" "+32 2 511 64 64"
          "+32 78 05 58 00" "geheim")
fiche_text(minor-sexual-exploitation en ${OUT_DIR}/fiche-minor-en.pdf text)
expect_in("${text}" "Minor in a situation of sexual exploitation" "Pitfalls to avoid"
          "Where to refer" "Child Focus" "116000")

# Guides, a few pages each: the professional-secrecy guide cites the articles of the Criminal
# Code; the legal framework covers the 2022 reform and the 2024 law; every guide names its
# sources, the date its facts were checked, and that it is not legal advice.
set(few_pages "Pages: +[1-4]\n")
fiche_text(guide:professional-secrecy fr ${OUT_DIR}/fiche-guide-secrecy-fr.pdf text ${few_pages})
expect_in("${text}" "Le secret professionnel" "458" "458bis" "458ter" "422bis"
          "8 juillet 1976" "Sources" "3 décembre 2026" "avis juridique" "PAG-ASA" "+32 2 511 64 64")
fiche_text(guide:legal-framework en ${OUT_DIR}/fiche-guide-legal-en.pdf text ${few_pages})
expect_in("${text}" "The legal framework of sex work in Belgium" "2022" "1 June 2022"
          "3 May 2024" "1 December 2024" "refuse a client" "Sources" "not legal advice")
fiche_text(guide:signs-of-exploitation nl ${OUT_DIR}/fiche-guide-signs-nl.pdf text ${few_pages})
expect_in("${text}" "Signalen van uitbuiting" "45 dagen" "Bronnen" "geen juridisch advies"
          "+32 78 05 58 00")
execute_process(COMMAND ${RELAIS} --fiche guide:no-such-guide --lang fr
                        --output ${OUT_DIR}/none.pdf
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES
   "(^|\n)relais: no category, training scenario or guide with id guide:no-such-guide\n")
    message(FATAL_ERROR "unknown guide: exit ${rc}, stderr:\n${err}")
endif()

# An unknown id: non-zero exit and one line saying why.
execute_process(COMMAND ${RELAIS} --fiche no-such-thing --lang fr --output ${OUT_DIR}/none.pdf
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES
   "(^|\n)relais: no category, training scenario or guide with id no-such-thing\n")
    message(FATAL_ERROR "unknown id: exit ${rc}, stderr:\n${err}")
endif()
