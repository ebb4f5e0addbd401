# Debian packages through CPack: `ejournal-server` (the program with its migrations compiled
# in, the systemd unit, the maintainer scripts, the administrator's guide) and
# `ejournal-client` (the program with its translations compiled in, menu entry, icon).
# Build them with `cpack -G DEB` in the build directory. Included from the top CMakeLists.txt.

set(EJ_INSTALLER_DIR ${CMAKE_CURRENT_LIST_DIR})

# The binaries are installed by server/ and client/ (components "server" and "client").
install(FILES ${EJ_INSTALLER_DIR}/ejournal-server.service
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${EJ_INSTALLER_DIR}/README.md ${EJ_INSTALLER_DIR}/README.en.md
        DESTINATION share/doc/ejournal-server COMPONENT server)
install(FILES ${EJ_INSTALLER_DIR}/ejournal-client.desktop
        DESTINATION share/applications COMPONENT client)
install(FILES ${EJ_INSTALLER_DIR}/ejournal.svg
        DESTINATION share/icons/hicolor/scalable/apps COMPONENT client)

set(EJOURNAL_PACKAGE_MAINTAINER "ejournal developers <ejournal@localhost>" CACHE STRING
    "Maintainer field of the Debian packages")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ejournal)
set(CPACK_PACKAGE_VENDOR ejournal)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${EJOURNAL_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/packages)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL server client)
# cpack packs what the build made; it does not rebuild the whole tree (with its test suites)
# through the install target first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps adds the Qt 6, libsodium and OpenSSL libraries the binaries link to.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ejournal-server)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "electronic class journal for schools: server
The server of ejournal, the school's electronic class journal and diary. It keeps the
school's data in PostgreSQL (an embedded cluster in /var/lib/ejournal, or an external
server), enforces every access rule and serves the clients over TLS on port 7443.
It runs as the systemd service ejournal-server under the system user ejournal.")
# postgresql-15 for the embedded cluster (initdb, pg_ctl); the QPSQL driver is a plugin,
# which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "postgresql-15, libqt6sql6-psql, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${EJ_INSTALLER_DIR}/debian/postinst
    ${EJ_INSTALLER_DIR}/debian/prerm
    ${EJ_INSTALLER_DIR}/debian/postrm)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME ejournal-client)
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
    "electronic class journal for schools: client
The desktop program of ejournal, the school's electronic class journal and diary:
journals, timetable, school structure, people and accounts, reports and printing.
It connects to an ejournal server on the school's network over TLS. Russian and
English interface.")
# Qt's own Russian strings (dialogs, buttons) and fonts with Cyrillic for the screen and
# printing.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "hicolor-icon-theme")

include(CPack)

# tst_packages (tests/) packs what this build made, with this configuration.
if(TARGET tst_packages)
  add_dependencies(tst_packages ejournal-server ejournal-client)
  target_compile_definitions(tst_packages PRIVATE
    EJ_CPACK="${CMAKE_CPACK_COMMAND}"
    EJ_CPACK_CONFIG="${CMAKE_BINARY_DIR}/CPackConfig.cmake"
    EJ_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()
