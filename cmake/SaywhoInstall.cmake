# Install rules for `cmake --install`: the program, its desktop entry, AppStream metainfo, icons in the
# hicolor theme (scalable SVG plus PNG sizes rendered at build time) and the man page, all under the
# GNUInstallDirs locations. Included from the top-level CMakeLists.txt after the saywho target exists.
include(GNUInstallDirs)

set(SAYWHO_APP_ID "io.github.saywho.Saywho")
set(SAYWHO_ICON_SIZES 16 32 48 64 128 256)
set(_saywho_packaging_dir "${PROJECT_SOURCE_DIR}/packaging")
set(_saywho_icon_svg "${_saywho_packaging_dir}/icons/${SAYWHO_APP_ID}.svg")

find_program(SAYWHO_RSVG_CONVERT rsvg-convert)
if(NOT SAYWHO_RSVG_CONVERT)
    message(FATAL_ERROR "rsvg-convert is needed to render the application icon: "
        "run packaging/install-deps.sh (Debian package librsvg2-bin)")
endif()
find_program(SAYWHO_GZIP gzip REQUIRED)

# The PNG icons are rendered from the one SVG so the sizes never drift apart from it.
set(_saywho_generated "")
foreach(size IN LISTS SAYWHO_ICON_SIZES)
    set(dir "${PROJECT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps")
    set(png "${dir}/${SAYWHO_APP_ID}.png")
    add_custom_command(OUTPUT "${png}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${dir}"
        COMMAND "${SAYWHO_RSVG_CONVERT}" --width=${size} --height=${size} --format=png
                --output "${png}" "${_saywho_icon_svg}"
        DEPENDS "${_saywho_icon_svg}"
        COMMENT "Rendering the ${size}x${size} application icon"
        VERBATIM)
    list(APPEND _saywho_generated "${png}")
    install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
endforeach()

# Man pages are installed compressed, as Debian policy asks; -n keeps the archive reproducible.
set(_saywho_man_dir "${PROJECT_BINARY_DIR}/man")
set(_saywho_man_gz "${_saywho_man_dir}/saywho.1.gz")
add_custom_command(OUTPUT "${_saywho_man_gz}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${_saywho_man_dir}"
    COMMAND "${CMAKE_COMMAND}" -E copy "${_saywho_packaging_dir}/saywho.1" "${_saywho_man_dir}/saywho.1"
    COMMAND "${SAYWHO_GZIP}" -9nf "${_saywho_man_dir}/saywho.1"
    DEPENDS "${_saywho_packaging_dir}/saywho.1"
    COMMENT "Compressing the saywho(1) man page"
    VERBATIM)
list(APPEND _saywho_generated "${_saywho_man_gz}")

add_custom_target(saywho_desktop_data ALL DEPENDS ${_saywho_generated})

# qt_standard_project_setup() gives installed programs an $ORIGIN RPATH for self-contained bundles;
# Saywho installs into a system prefix and links only system libraries, so it needs none.
set_target_properties(saywho PROPERTIES INSTALL_RPATH "")
install(TARGETS saywho RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${_saywho_packaging_dir}/${SAYWHO_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_saywho_packaging_dir}/${SAYWHO_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${_saywho_icon_svg}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${_saywho_man_gz}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${_saywho_packaging_dir}/copyright" DESTINATION "${CMAKE_INSTALL_DOCDIR}")
