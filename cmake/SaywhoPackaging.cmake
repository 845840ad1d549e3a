# CPack settings for the Debian package built by `make package` (cpack -G DEB). The package holds
# exactly what SaywhoInstall.cmake installs, under /usr; its library dependencies are computed by
# dpkg-shlibdeps, so it installs with `apt install ./saywho_<version>_<arch>.deb`.
set(SAYWHO_PACKAGE_MAINTAINER "The Saywho developers <saywho@users.noreply.github.com>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "saywho")
set(CPACK_PACKAGE_VENDOR "The Saywho developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${SAYWHO_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "news reader that shows who said what")
set(CPACK_PACKAGE_DESCRIPTION
"Saywho opens a news article in a reading pane and lists the people quoted in
it in a sidebar, with their role and the number of times they are quoted.
Clicking a speaker highlights all of their quotes in the article.

It finds direct quotes in all common quotation marks, partial quotes and
reported speech, and reads plain text, HTML, Markdown, RSS and Atom files.
`saywho --extract FILE` prints the speakers and quotes as JSON for scripts.")
set(CPACK_PACKAGE_CHECKSUM "SHA256")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SAYWHO_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "text")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries come from dpkg-shlibdeps. Qt plugins are loaded at run time, so no library dependency
# reveals them: without qt6-qpa-plugins the window cannot open, and without the SVG image and icon
# engine plugins of libqt6svg6 the window icon and the toolbar and speaker icons stay blank.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libqt6sql6-sqlite")
# Native Wayland windows, and Qt's own translations of its standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

include(CPack)
