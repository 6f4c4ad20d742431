# Shared build settings and helpers for every Relais target.

# Warnings for our own targets; -Werror only when asked (the dev preset asks).
function(relais_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion)
    # GCC 12 reports "may be used uninitialized" inside <chrono> and Boost.JSON headers
    # at -O2 (false positives, GCC bug 105562 and kin); clang keeps checking this.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    if(RELAIS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Compiles text files (SQL migrations, synonym lists) into the binary, so programs
# never depend on files lying next to them. Generates NAME.h / NAME.cpp declaring
# `std::span<const relais::EmbeddedFile> NAME()` in namespace relais::embedded.
function(relais_embed target name)
    set(out_h ${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.h)
    set(out_cpp ${CMAKE_CURRENT_BINARY_DIR}/embedded/${name}.cpp)
    add_custom_command(
        OUTPUT ${out_h} ${out_cpp}
        COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DOUT_H=${out_h} -DOUT_CPP=${out_cpp}
                "-DFILES=${ARGN}" -P ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
        DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/Embed.cmake
        COMMENT "Embedding ${name}"
        VERBATIM)
    target_sources(${target} PRIVATE ${out_cpp})
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_BINARY_DIR}/embedded)
endfunction()
