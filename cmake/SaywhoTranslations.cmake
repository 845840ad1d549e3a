# Qt Linguist translations. lupdate collects the tr() strings of the core, the widgets and the program
# into resources/translations/saywho_<language>.ts (target update_translations, `make translations`);
# lrelease compiles them at build time into .qm files embedded in the widget library under :/i18n,
# where SaywhoApp::installTranslators loads saywho_<locale>.qm for the system locale.
# Included from the top-level CMakeLists.txt after the saywhocore, saywhoui and saywho targets exist.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

# One file per language; to add one, list resources/translations/saywho_<language>.ts here and run
# `make translations` to create it.
set(SAYWHO_TS_FILES "${PROJECT_SOURCE_DIR}/resources/translations/saywho_de.ts")

# lupdate reads the sources of the three targets; generated files (moc, resources) hold no strings.
set(_saywho_tr_sources "")
foreach(target IN ITEMS saywhocore saywhoui saywho)
    get_target_property(dir ${target} SOURCE_DIR)
    get_target_property(sources ${target} SOURCES)
    foreach(source IN LISTS sources)
        if(source MATCHES "\\.(cpp|h|ui)$" AND NOT source MATCHES "^\\$<")
            get_filename_component(path "${source}" ABSOLUTE BASE_DIR "${dir}")
            string(FIND "${path}" "${PROJECT_BINARY_DIR}/" in_build_tree)
            if(in_build_tree EQUAL -1)
                list(APPEND _saywho_tr_sources "${path}")
            endif()
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES _saywho_tr_sources)
# The same list for the test that checks the translations cover every string of the sources.
string(REPLACE ";" "\n" _saywho_tr_list "${_saywho_tr_sources}")
file(GENERATE OUTPUT "${PROJECT_BINARY_DIR}/saywho-translation-sources.lst" CONTENT "${_saywho_tr_list}\n")

# No source locations in the .ts files: line numbers change with every edit and would make every
# change of code a change of the translations.
qt_add_translations(saywhoui
    TS_FILES ${SAYWHO_TS_FILES}
    SOURCES ${_saywho_tr_sources}
    INCLUDE_DIRECTORIES "${PROJECT_SOURCE_DIR}/app" "${PROJECT_SOURCE_DIR}/ui"
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -locations none -no-obsolete)
