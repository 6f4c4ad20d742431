# Script mode: fails when clang-format would change any C++ file of the project.
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/data/*.h ${SOURCE_DIR}/data/*.cpp
     ${SOURCE_DIR}/sync/*.h ${SOURCE_DIR}/sync/*.cpp
     ${SOURCE_DIR}/app/*.h ${SOURCE_DIR}/app/*.cpp
     ${SOURCE_DIR}/tests/*.h ${SOURCE_DIR}/tests/*.cpp)
list(FILTER files EXCLUDE REGEX "^build")
set(bad "")
foreach(f IN LISTS files)
    execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${f}
                    WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(NOT rc EQUAL 0)
        list(APPEND bad ${f})
    endif()
endforeach()
list(LENGTH files n)
if(bad)
    message(FATAL_ERROR "clang-format would change: ${bad}")
endif()
message(STATUS "clang-format: ${n} files clean")
